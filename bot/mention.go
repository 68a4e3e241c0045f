package bot

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/handlers"
)

// Mention answers a message that mentions the bot, is sent to it in a DM,
// or replies to one of its answers (a follow-up). It returns the messages
// to send, the first as a reply to m; nil means m is not for the bot.
func (r *Router) Mention(ctx context.Context, m *discordgo.Message, botID string) (out []*discordgo.MessageSend) {
	replyToBot, ok := forBot(m, botID)
	if !ok {
		return nil
	}
	ev := &event{kind: "mention", name: cmdAsk, user: m.Author.ID, guild: m.GuildID, start: r.now(), outcome: "ok"}
	defer r.logEvent(ev)
	defer func() {
		if p := recover(); p != nil {
			r.log.Error("panic answering mention", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			ev.outcome = "panic"
			out = replyText(m, apology)
		}
	}()
	if strings.TrimSpace(m.Content) == "" {
		// Discord withholds the text of replies that don't mention the bot.
		ev.outcome = "user_error"
		return replyText(m, "I can't read that message. Mention me in it (when replying, keep the @ mention on) and ask your question.")
	}
	if ok, wait := r.limiter.allow(ev.user, m.GuildID, r.now()); !ok {
		ev.outcome = "rate_limited"
		if !r.limiter.tell(ev.user, r.now(), wait) {
			return nil // already told to wait; one notice is enough
		}
		return replyText(m, fmt.Sprintf("You're asking faster than I can answer everyone. Please try again in %d s.", seconds(wait)))
	}
	req := handlers.Request{
		UserID: m.Author.ID, GuildID: m.GuildID, ChannelID: m.ChannelID,
		Options: map[string]any{"question": m.Content},
	}
	if replyToBot {
		req.Previous = questionOf(m.ReferencedMessage)
	}
	req.ParentID = r.place(ctx, m.GuildID, m.ChannelID).parent
	sha, err := r.shaAt(ctx, place{m.GuildID, m.ChannelID, req.ParentID})
	if err != nil {
		return replyText(m, r.failure(err, ev))
	}
	ask := r.inArticle(sha, func(g *grounded) handlers.Handler {
		return g.commands[commandKey{discordgo.ChatApplicationCommand, cmdAsk}].handle
	})
	resp, err := r.call(ctx, ask, req, deferredTimeout)
	if err != nil {
		return replyText(m, r.failure(err, ev))
	}
	for i, msg := range render(resp, maxMessages) {
		send := &discordgo.MessageSend{Embeds: msg.Embeds, Components: msg.Components, AllowedMentions: noMentions()}
		if i == 0 {
			send.Reference = replyTo(m)
		}
		out = append(out, send)
	}
	return out
}

// forBot reports whether m is for the bot: it mentions the bot, is a DM,
// or replies to one of the bot's messages (replyToBot).
func forBot(m *discordgo.Message, botID string) (replyToBot, ok bool) {
	// Bots (this one included) and webhooks are never answered, so two
	// bots cannot talk to each other forever; nor are system messages
	// (pins, joins, thread starts), which nobody typed.
	if m == nil || m.Author == nil || m.Author.Bot || m.WebhookID != "" || m.Author.ID == botID || botID == "" ||
		(m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply) {
		return false, false
	}
	replyToBot = m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil && m.ReferencedMessage.Author.ID == botID
	return replyToBot, m.GuildID == "" || mentions(m, botID) || replyToBot
}

// SlowMention reports whether Mention will answer m with the slow asker,
// so the gateway can show the bot typing meanwhile.
func (r *Router) SlowMention(m *discordgo.Message, botID string) bool {
	_, ok := forBot(m, botID)
	return ok && r.slowAsk && strings.TrimSpace(m.Content) != ""
}

// mentions reports whether m mentions the user botID.
func mentions(m *discordgo.Message, botID string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == botID {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+botID+">") || strings.Contains(m.Content, "<@!"+botID+">")
}

func replyTo(m *discordgo.Message) *discordgo.MessageReference {
	return &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: new(false)}
}

func replyText(m *discordgo.Message, s string) []*discordgo.MessageSend {
	return []*discordgo.MessageSend{{Content: truncate(escape(s), maxContent), Reference: replyTo(m), AllowedMentions: noMentions()}}
}
