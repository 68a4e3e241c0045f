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

// withPayloadChannel remembers the channel object of an interaction
// payload (HTTP mode), so its thread's parent needs no lookup. discordgo's
// Interaction has no field for it.
func withPayloadChannel(ctx context.Context, body []byte) context.Context {
	var w struct {
		Channel *wireChannel `json:"channel"`
	}
	if gojson.Unmarshal(body, &w) != nil || w.Channel == nil || w.Channel.ID == "" {
		return ctx
	}
	return context.WithValue(ctx, channelCtxKey{}, *w.Channel)
}

// isThread reports whether t is a thread (announcement, public or private).
func isThread(t discordgo.ChannelType) bool {
	return t == discordgo.ChannelTypeGuildNewsThread || t == discordgo.ChannelTypeGuildPublicThread || t == discordgo.ChannelTypeGuildPrivateThread
}

// SetChannelLookup lets the router find threads' parents (the gateway sets
// it once connected).
func (r *Router) SetChannelLookup(l ChannelLookup) { r.lookup.Store(&l) }

// place says where a request comes from, finding a thread's parent: from
// the payload's channel object, the cache, or a lookup. When none of them
// knows, the channel is taken as no thread.
func (r *Router) place(ctx context.Context, guild, channel string) place {
	p := place{guild: guild, channel: channel}
	if guild == "" || channel == "" {
		return p
	}
	if ch, ok := ctx.Value(channelCtxKey{}).(wireChannel); ok && ch.ID == channel {
		if isThread(ch.Type) {
			p.parent = ch.ParentID
		}
		r.parents.put(channel, p.parent)
		return p
	}
	if parent, ok := r.parents.get(channel); ok {
		p.parent = parent
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
