package bot

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"

	"github.com/bwmarrin/discordgo"
)

// RouteDiscordgoLogs sends discordgo's own log lines, which it otherwise
// prints as plain text through the standard logger, to log as structured
// records (source "discordgo", discordgo's level mapped to slog's, any
// interaction token in a URL redacted).
//
// discordgo.Logger is a package-level variable, read by every session, so
// it cannot be set per session: the serve commands call this once, in
// their wiring (cmd/quotebot), never at init. It returns a function that
// restores the previous logger (for tests).
func RouteDiscordgoLogs(log *slog.Logger) (restore func()) {
	prev := discordgo.Logger
	discordgo.Logger = func(msgL, _ int, format string, a ...any) {
		level := slog.LevelDebug
		switch msgL {
		case discordgo.LogError:
			level = slog.LevelError
		case discordgo.LogWarning:
			level = slog.LevelWarn
		}
		if !log.Enabled(context.Background(), level) {
			return
		}
		msg := tokenInURL.ReplaceAllString(fmt.Sprintf(format, a...), "$1:token")
		log.Log(context.Background(), level, msg, "source", "discordgo")
	}
	return func() { discordgo.Logger = prev }
}

// tokenInURL matches the interaction token in a callback or webhook URL.
var tokenInURL = regexp.MustCompile(`((?:interactions|webhooks)/[0-9]+/)[^/\s?"]+`)
