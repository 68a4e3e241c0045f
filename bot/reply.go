// Package bot is quotebot's Discord adapter, and the only package that
// imports discordgo: it maps Discord payloads to handler requests and handler
// responses back to Discord, over the gateway and over HTTP.
package bot

import (
	"context"

	"github.com/bwmarrin/discordgo"
)

// Reply is how one interaction is answered; the gateway and the HTTP
// endpoint both send it, so the 3-second rule is decided once, by whoever
// builds the Reply.
type Reply struct {
	// Response is sent at once: the answer itself (types 4, 7, 8), or a
	// deferral (type 5 or 6) when Followup is set.
	Response *discordgo.InteractionResponse
	// Followup, when set, computes the edit of the deferred original
	// response. It is run after Response has been sent.
	Followup func(ctx context.Context) *discordgo.WebhookEdit
	// Extra are further messages, sent as follow-ups after Response (and
	// after Followup's edit), when one message cannot hold the answer.
	Extra []*discordgo.WebhookParams
	// Post, when set, is a channel message to send before Response: the
	// public copy of a moderator's verdict. When it cannot be sent,
	// Post.Failed is sent instead of Response.
	Post *Post
}

// Post is a message the bot sends to a channel on its own account (not as
// an interaction response), such as a reply to another message.
type Post struct {
	ChannelID string
	Message   *discordgo.MessageSend
	// Failed is the interaction response to send when posting fails.
	Failed *discordgo.InteractionResponse
	// outcome, when set, writes the interaction's one log line once the
	// post's fate is known (posted, post_failed, post_unavailable): only
	// whoever sends the Post knows the final outcome.
	outcome func(string)
}

// report gives the post's final outcome to whoever logs the interaction.
func (p *Post) report(outcome string) {
	if p != nil && p.outcome != nil {
		p.outcome(outcome)
		p.outcome = nil
	}
}

// Responder answers interactions; the gateway and the HTTP endpoint share one.
type Responder interface {
	Respond(ctx context.Context, i *discordgo.Interaction) Reply
}

// autocompleteResult is an autocomplete response as Discord documents it:
// type 8 with its choices and nothing else. discordgo's
// InteractionResponseData would drop an empty list, and without a list
// Discord shows "Loading options failed" instead of "No options match your
// search".
type autocompleteResult struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data struct {
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	} `json:"data"`
}

// wire is what is sent for r: r itself, or an autocomplete result.
func wire(r *discordgo.InteractionResponse) any {
	if r.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
		return r
	}
	out := autocompleteResult{Type: r.Type}
	out.Data.Choices = []*discordgo.ApplicationCommandOptionChoice{}
	if r.Data != nil && r.Data.Choices != nil {
		out.Data.Choices = r.Data.Choices
	}
	return out
}
