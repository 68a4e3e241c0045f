package bot

import (
	"context"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

// notReadyText answers an interaction that arrives before the article is
// indexed (the HTTP server answers 503 then, so this is a safety net).
const notReadyText = "I'm still starting up. Please try again in a moment."

// LateResponder is a Responder that is given its Router after the server
// has started: serve-http opens its listener first, so that /healthz says
// 503 while the article is being indexed, and sets the Router when it is.
type LateResponder struct {
	r atomic.Pointer[Responder]
}

var (
	_ Responder = (*LateResponder)(nil)
	_ privacy   = (*LateResponder)(nil)
)

// Set makes r answer from now on.
func (l *LateResponder) Set(r Responder) { l.r.Store(&r) }

// Respond answers with the Responder set, or says the bot is starting.
func (l *LateResponder) Respond(ctx context.Context, i *discordgo.Interaction) Reply {
	r := l.r.Load()
	if r == nil {
		return Reply{Response: privateText(notReadyText)}
	}
	return (*r).Respond(ctx, i)
}

// Private asks the Responder set whether its answer to i will be private.
func (l *LateResponder) Private(i *discordgo.Interaction) bool {
	if r := l.r.Load(); r != nil {
		if p, ok := (*r).(privacy); ok {
			return p.Private(i)
		}
	}
	return false
}
