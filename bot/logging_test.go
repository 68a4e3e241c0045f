package bot

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
)

// TestRouteDiscordgoLogs: a discordgo error becomes one JSON line.
func TestRouteDiscordgoLogs(t *testing.T) {
	var buf bytes.Buffer
	restore := RouteDiscordgoLogs(slog.New(slog.NewJSONHandler(&buf, nil)))
	defer restore()
	s, err := newSession(testToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.AddHandler(42) // discordgo logs "Invalid handler type" at LogError
	var rec struct {
		Level, Msg, Source string
	}
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("not one JSON line: %q", buf.String())
	}
	if rec.Level != "ERROR" || rec.Source != "discordgo" || !strings.Contains(rec.Msg, "Invalid handler type") {
		t.Errorf("logged %+v", rec)
	}
	if got := tokenInURL.ReplaceAllString("POST https://discord.com/api/v9/interactions/123/aW50ZXJhY3Rpb24/callback failed", "$1:token"); strings.Contains(got, "aW50") {
		t.Errorf("token kept: %s", got)
	}
}
