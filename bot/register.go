package bot

import (
	"context"
	"net/url"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// Permissions are all the bot needs in a channel: to see it, reply to
// mentions there and in its threads, with embeds, as replies (which need
// the message history). Interaction responses need no permission.
const Permissions = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages |
	discordgo.PermissionSendMessagesInThreads | discordgo.PermissionEmbedLinks | discordgo.PermissionReadMessageHistory

// InviteURL is the OAuth2 URL that adds the bot to a server with its
// commands and only the permissions it needs.
func InviteURL(appID string) string {
	q := url.Values{}
	q.Set("client_id", appID)
	q.Set("scope", "bot applications.commands")
	q.Set("permissions", strconv.FormatInt(Permissions, 10))
	return "https://discord.com/oauth2/authorize?" + q.Encode()
}

func session(token string) (*discordgo.Session, error) {
	return newSession(token, NewRESTClient(nil, RESTPolicy{}, nil))
}

// ApplicationID asks Discord which application the token belongs to.
func ApplicationID(token string) (string, error) {
	s, err := session(token)
	if err != nil {
		return "", err
	}
	app, err := s.Application("@me")
	if err != nil {
		return "", describeAuthError("looking up the application", err)
	}
	return app.ID, nil
}

// Register replaces the application's commands with Commands(): in one
// guild when guildID is set (instant, for testing), else globally.
func Register(ctx context.Context, token, appID, guildID string) ([]*discordgo.ApplicationCommand, error) {
	s, err := session(token)
	if err != nil {
		return nil, err
	}
	got, err := s.ApplicationCommandBulkOverwrite(appID, guildID, Commands(), discordgo.WithContext(ctx))
	if err != nil {
		return nil, describeAuthError("registering the commands", err)
	}
	return got, nil
}
