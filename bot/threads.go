package bot

import (
	"context"
	"errors"

	"github.com/bwmarrin/discordgo"
	gojson "github.com/goccy/go-json"
)

// ChannelLookup finds a channel by ID (its type and parent), for a thread
// to follow its parent channel's article. The gateway looks in its session
// state, then asks Discord.
type ChannelLookup func(ctx context.Context, id string) (*discordgo.Channel, error)

// parentCacheSize bounds the remembered thread → parent channel pairs
// (a thread's parent never changes; a channel that is no thread has "").
const parentCacheSize = 4096

// wireChannel is the partial channel an interaction payload carries.
type wireChannel struct {
	ID       string                `json:"id"`
	Type     discordgo.ChannelType `json:"type"`
	ParentID string                `json:"parent_id"`
}

type channelCtxKey struct{}

// withPayloadChannel keeps an interaction's payload so that its channel
// object can tell a thread's parent without a lookup (discordgo's
// Interaction has no field for it). It is decoded only for a channel not
// seen before.
func withPayloadChannel(ctx context.Context, body []byte) context.Context {
	return context.WithValue(ctx, channelCtxKey{}, body)
}

// payloadChannel decodes the channel object of the payload in ctx.
func payloadChannel(ctx context.Context) (wireChannel, bool) {
	body, _ := ctx.Value(channelCtxKey{}).([]byte)
	if body == nil {
		return wireChannel{}, false
	}
	var w struct {
		Channel *wireChannel `json:"channel"`
	}
	if gojson.Unmarshal(body, &w) != nil || w.Channel == nil || w.Channel.ID == "" {
		return wireChannel{}, false
	}
	return *w.Channel, true
}

// isThread reports whether t is a thread (announcement, public or private).
func isThread(t discordgo.ChannelType) bool {
	return t == discordgo.ChannelTypeGuildNewsThread || t == discordgo.ChannelTypeGuildPublicThread || t == discordgo.ChannelTypeGuildPrivateThread
}

// SetChannelLookup lets the router find threads' parents (the gateway sets
// it once connected).
func (r *Router) SetChannelLookup(l ChannelLookup) { r.lookup.Store(&l) }

// place says where a request comes from, finding a thread's parent: from
// the cache, the payload's channel object, or a lookup. When none of them
// knows, the channel is taken as no thread.
func (r *Router) place(ctx context.Context, guild, channel string) place {
	p := place{guild: guild, channel: channel}
	if guild == "" || channel == "" {
		return p
	}
	// A channel's parent never changes: what is remembered holds.
	if parent, ok := r.parents.get(channel); ok {
		p.parent = parent
		return p
	}
	if ch, ok := payloadChannel(ctx); ok && ch.ID == channel {
		if isThread(ch.Type) {
			p.parent = ch.ParentID
		}
		r.parents.put(channel, p.parent)
		return p
	}
	look := r.lookup.Load()
	if look == nil {
		return p
	}
	lctx, cancel := context.WithTimeout(ctx, resolveTimeout)
	defer cancel()
	ch, err := (*look)(lctx, channel)
	if rest, ok := errors.AsType[*discordgo.RESTError](err); ok && rest.Response != nil && rest.Response.StatusCode/100 == 4 {
		// Not visible to the bot (403, 404): it will not become a thread.
		r.parents.put(channel, "")
	}
	if err != nil || ch == nil {
		r.log.Debug("looking up a channel", "channel", channel, "err", withoutURL(err))
		return p
	}
	if isThread(ch.Type) {
		p.parent = ch.ParentID
	}
	r.parents.put(channel, p.parent)
	return p
}
