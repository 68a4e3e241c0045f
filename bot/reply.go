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
}

// Responder answers interactions; the gateway and the HTTP endpoint share one.
type Responder interface {
	Respond(ctx context.Context, i *discordgo.Interaction) Reply
}
