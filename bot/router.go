package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/handlers"
	"github.com/quotebot/quotebot/knowledge"
)

// Deps are everything the router needs.
type Deps struct {
	// Article is what every answer is grounded in.
	Article *knowledge.Article
	// Asker answers questions; nil means the article's extractive Ask.
	Asker handlers.Asker
	// SlowAsker marks Asker as possibly slower than Discord's 3-second
	// deadline (a language model): /ask is then deferred and edited in.
	SlowAsker bool
	// Limits are the per-user and per-guild rate limits.
	Limits Limits
	// Log receives one line per interaction; nil discards.
	Log *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Metrics counts rate-limited requests; nil counts nothing.
	Metrics *Metrics
}

// Timeouts for handlers. Discord waits 3 seconds for the first response:
// a handler still running after deferAfter is deferred (type 5) and its
// answer edited in when ready, within the interaction token's 15 minutes,
// of which we use a little. Autocomplete cannot be deferred.
const (
	deferAfter          = 1500 * time.Millisecond
	autocompleteTimeout = 2500 * time.Millisecond
	deferredTimeout     = 60 * time.Second
)

// Short replies for failures. None says anything internal.
const (
	apology       = "Sorry, something went wrong on my side. Please try again in a moment."
	tooSlow       = "Sorry, that took too long to answer. Please try again in a moment."
	staleButton   = "That button no longer works. Please ask again."
	unknownAction = "I don't know that command. It may be out of date: ask a server admin to register my commands again (quotebot register)."
)

// Router answers every interaction (slash commands, the message command,
// buttons and autocomplete) and mentions, through the one routing table.
type Router struct {
	commands map[commandKey]route
	buttons  map[string]route
	limiter  *limiter
	metrics  *Metrics
	replies  *replyCache
	log      *slog.Logger
	now      func() time.Time
	// deferAfter is how long an answer may take before it is deferred;
	// zero defers at once (tests).
	deferAfter time.Duration
	// slowAsk is Deps.SlowAsker.
	slowAsk bool
}

var _ Responder = (*Router)(nil)

// NewRouter builds the router, checking that every registered command has
// a handler and every handler a command.
func NewRouter(d Deps) (*Router, error) {
	if d.Article == nil {
		return nil, errors.New("bot: no article")
	}
	if d.Asker == nil {
		d.Asker = handlers.Extractive{Article: d.Article}
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	cmds, btns := routes(d.Article, d.Asker, d.SlowAsker)
	if err := checkRoutes(Commands(), cmds); err != nil {
		return nil, err
	}
	return &Router{commands: cmds, buttons: btns, limiter: newLimiter(d.Limits), log: d.Log, now: d.Now, metrics: d.Metrics, replies: newReplyCache(replyCacheSize), deferAfter: deferAfter, slowAsk: d.SlowAsker}, nil
}

// checkRoutes reports commands without handlers and handlers without commands.
func checkRoutes(defs []*discordgo.ApplicationCommand, cmds map[commandKey]route) error {
	var errs []error
	seen := map[commandKey]bool{}
	for _, c := range defs {
		k := keyOf(c)
		seen[k] = true
		rt, ok := cmds[k]
		if !ok {
			errs = append(errs, fmt.Errorf("command %q has no handler", c.Name))
			continue
		}
		wantsAuto := false
		for _, o := range c.Options {
			wantsAuto = wantsAuto || o.Autocomplete
		}
		if wantsAuto != (rt.autocomplete != nil) {
			errs = append(errs, fmt.Errorf("command %q: autocomplete options and autocomplete handler disagree", c.Name))
		}
	}
	for k := range cmds {
		if !seen[k] {
			errs = append(errs, fmt.Errorf("handler for %q has no command definition", k.name))
		}
	}
	return errors.Join(errs...)
}

// event describes one interaction or mention for the log.
type event struct {
	kind, name    string
	user, guild   string
	start         time.Time
	outcome       string
	deferredReply bool
}

func (r *Router) logEvent(ev *event) {
	lvl := slog.LevelInfo
	if ev.outcome == "error" || ev.outcome == "panic" {
		lvl = slog.LevelError
	}
	r.log.Log(context.Background(), lvl, "interaction",
		"kind", ev.kind, "command", ev.name, "user", ev.user, "guild", ev.guild,
		"latency_ms", r.now().Sub(ev.start).Milliseconds(), "outcome", ev.outcome, "deferred", ev.deferredReply)
}

// Respond answers one interaction. It never panics and always returns a
// response: the answer, a deferral with its Followup, or a short message.
func (r *Router) Respond(ctx context.Context, i *discordgo.Interaction) (reply Reply) {
	ev := &event{start: r.now(), user: userID(i), guild: i.GuildID, outcome: "ok"}
	defer func() {
		if p := recover(); p != nil {
			r.log.Error("panic answering interaction", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			ev.outcome = "panic"
			reply = Reply{Response: privateText(apology)}
		}
		if !ev.deferredReply {
			r.logEvent(ev)
		}
	}()
	switch i.Type {
	case discordgo.InteractionPing:
		ev.kind = "ping"
		return Reply{Response: &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}}
	case discordgo.InteractionApplicationCommand:
		return r.command(ctx, i, ev)
	case discordgo.InteractionApplicationCommandAutocomplete:
		return r.autocomplete(ctx, i, ev)
	case discordgo.InteractionMessageComponent:
		return r.component(ctx, i, ev)
	default:
		ev.kind, ev.outcome = "unsupported", "user_error"
		return Reply{Response: privateText(unknownAction)}
	}
}

func (r *Router) command(ctx context.Context, i *discordgo.Interaction, ev *event) Reply {
	data := i.ApplicationCommandData()
	data.CommandType = commandType(data)
	ev.kind, ev.name = "command", data.Name
	rt, ok := r.commands[commandKey{data.CommandType, data.Name}]
	if !ok {
		ev.outcome = "unknown"
		return Reply{Response: privateText(unknownAction)}
	}
	if msg, limited := r.limited(i, ev); limited {
		return Reply{Response: privateText(msg)}
	}
	req := baseRequest(i)
	req.Options = map[string]any{}
	for _, o := range data.Options {
		req.Options[o.Name] = o.Value
	}
	if data.CommandType == discordgo.MessageApplicationCommand {
		req.Target = targetMessage(i, data)
	}
	// A slash command's answer depends on its options alone, unless a
	// model writes it.
	key := ""
	if data.CommandType == discordgo.ChatApplicationCommand && !rt.slow {
		key = optionsKey(data)
		if rep, ok := r.replies.get(key); ok {
			return rep
		}
	}
	got, late := r.answer(ctx, rt, req, ev, func(resp handlers.Response) {
		if key != "" {
			r.replies.put(key, inline(resp, discordgo.InteractionResponseChannelMessageWithSource))
		}
	})
	if late != nil {
		return *late
	}
	if got.err != nil {
		return Reply{Response: privateText(r.failure(got.err, ev))}
	}
	rep := inline(got.resp, discordgo.InteractionResponseChannelMessageWithSource)
	if key != "" {
		r.replies.put(key, rep)
	}
	return rep
}

// commandType is an application command's type; Discord leaves data.type
// out of some payloads, and a missing type means a slash command (1), as in
// command definitions.
func commandType(data discordgo.ApplicationCommandInteractionData) discordgo.ApplicationCommandType {
	if data.CommandType == 0 {
		return discordgo.ChatApplicationCommand
	}
	return data.CommandType
}

// result is what a handler returned.
type result struct {
	resp handlers.Response
	err  error
}

// answer runs a route's handler: this is where the 3-second rule is decided,
// once for every command and button. An answer ready within deferAfter is
// returned for an inline reply; otherwise late is a deferral (type 5,
// ephemeral when the answer will be) whose Followup edits the answer in
// when it is ready. A slow route is deferred at once. done, if set, gets a
// deferred answer that succeeded, so it can be reused.
func (r *Router) answer(ctx context.Context, rt route, req handlers.Request, ev *event, done func(handlers.Response)) (got result, late *Reply) {
	res := make(chan result, 1) // buffered: an abandoned handler still finishes
	// A deferred answer outlives the request that asked for it.
	hctx := context.WithoutCancel(ctx)
	go func() {
		resp, err := r.call(hctx, rt.handle, req, deferredTimeout)
		res <- result{resp, err}
	}()
	if !rt.slow && r.deferAfter > 0 {
		t := time.NewTimer(r.deferAfter)
		defer t.Stop()
		select {
		case got = <-res:
			return got, nil
		case <-t.C:
		}
	}
	rep := r.deferred(res, rt.private || req.Bool("private"), ev, done)
	return got, &rep
}

// deferred acknowledges at once and edits the answer in when res delivers it.
func (r *Router) deferred(res <-chan result, private bool, ev *event, done func(handlers.Response)) Reply {
	ev.deferredReply = true
	var flags discordgo.MessageFlags
	if private {
		flags = discordgo.MessageFlagsEphemeral
	}
	return Reply{
		Response: &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: flags, AllowedMentions: noMentions()},
		},
		Followup: func(ctx context.Context) (edit *discordgo.WebhookEdit) {
			defer r.logEvent(ev)
			defer func() {
				if p := recover(); p != nil {
					r.log.Error("panic answering interaction", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
					ev.outcome = "panic"
					edit = textEdit(apology)
				}
			}()
			// The handler's own deadline is deferredTimeout too; this one
			// also bounds a handler that ignores its context.
			t := time.NewTimer(deferredTimeout)
			defer t.Stop()
			var got result
			select {
			case got = <-res:
			case <-ctx.Done():
				got.err = ctx.Err()
			case <-t.C:
				got.err = context.DeadlineExceeded
			}
			if got.err != nil {
				return textEdit(r.failure(got.err, ev))
			}
			if done != nil {
				done(got.resp)
			}
			m := render(got.resp, 1)[0]
			return &discordgo.WebhookEdit{Content: new(""), Embeds: &m.Embeds, Components: &m.Components, AllowedMentions: noMentions()}
		},
	}
}

func (r *Router) autocomplete(ctx context.Context, i *discordgo.Interaction, ev *event) Reply {
	data := i.ApplicationCommandData()
	ev.kind, ev.name = "autocomplete", data.Name
	req := baseRequest(i)
	req.Options = map[string]any{}
	for _, o := range data.Options {
		req.Options[o.Name] = o.Value
		if o.Focused {
			req.Focused = o.Name
		}
	}
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	rt, ok := r.commands[commandKey{discordgo.ChatApplicationCommand, data.Name}]
	if ok && rt.autocomplete != nil {
		resp, err := r.call(ctx, rt.autocomplete, req, autocompleteTimeout)
		if err != nil {
			r.failure(err, ev)
		}
		for _, c := range resp.Choices {
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: c.Name, Value: c.Value})
		}
	} else {
		ev.outcome = "unknown"
	}
	return Reply{Response: &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}}
}

func (r *Router) component(ctx context.Context, i *discordgo.Interaction, ev *event) Reply {
	data := i.MessageComponentData()
	action, args := decodeCustomID(data.CustomID)
	ev.kind, ev.name = "button", action
	rt, ok := r.buttons[action]
	if !ok {
		ev.outcome = "unknown"
		return Reply{Response: privateText(staleButton)}
	}
	if msg, limited := r.limited(i, ev); limited {
		return Reply{Response: privateText(msg)}
	}
	req := baseRequest(i)
	req.Args = args
	req.Previous = questionOf(i.Message)
	var got result
	if rt.inline {
		got.resp, got.err = r.call(ctx, rt.handle, req, deferAfter)
	} else {
		var late *Reply
		if got, late = r.answer(ctx, rt, req, ev, nil); late != nil {
			return *late
		}
	}
	resp, err := got.resp, got.err
	if err != nil {
		return Reply{Response: privateText(r.failure(err, ev))}
	}
	if resp.Publish != nil {
		return publish(i, resp)
	}
	return inline(resp, discordgo.InteractionResponseChannelMessageWithSource)
}

// publish posts the message the button is on (a private verdict) publicly,
// in reply to the checked message, and marks the private copy as posted.
func publish(i *discordgo.Interaction, resp handlers.Response) Reply {
	if i.Message == nil || resp.Publish.ChannelID != i.ChannelID || len(i.Message.Embeds) == 0 {
		return Reply{Response: privateText(staleButton)}
	}
	done := render(handlers.Response{Blocks: resp.Blocks}, 1)[0]
	embeds := append([]*discordgo.MessageEmbed{}, i.Message.Embeds...)
	return Reply{
		Post: &Post{
			ChannelID: resp.Publish.ChannelID,
			Message: &discordgo.MessageSend{
				Embeds:          embeds,
				Components:      []discordgo.MessageComponent{},
				Reference:       &discordgo.MessageReference{MessageID: resp.Publish.MessageID, ChannelID: resp.Publish.ChannelID, GuildID: i.GuildID, FailIfNotExists: new(false)},
				AllowedMentions: noMentions(),
			},
			Failed: privateText("I couldn't post it there. I need permission to send messages and read message history in that channel."),
		},
		Response: &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{
				Content: truncate(done.Embeds[0].Description, maxContent), Embeds: embeds,
				Components: []discordgo.MessageComponent{}, AllowedMentions: noMentions(),
			},
		},
	}
}

// limited applies the rate limits, returning the message for a refused request.
func (r *Router) limited(i *discordgo.Interaction, ev *event) (string, bool) {
	ok, wait := r.limiter.allow(ev.user, i.GuildID, r.now())
	if ok {
		return "", false
	}
	ev.outcome = "rate_limited"
	r.metrics.RateLimited(ev.name)
	return fmt.Sprintf("You're asking faster than I can answer everyone. Please try again in %d s.", seconds(wait)), true
}

// panicError is a recovered handler panic.
type panicError struct{ value any }

func (p panicError) Error() string { return fmt.Sprintf("handler panic: %v", p.value) }

// call runs a handler with a deadline, turning a panic into an error.
func (r *Router) call(ctx context.Context, h handlers.Handler, req handlers.Request, timeout time.Duration) (resp handlers.Response, err error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	defer func() {
		if p := recover(); p != nil {
			r.log.Error("handler panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			err = panicError{p}
		}
	}()
	return h(ctx, req)
}

// failure returns what the user sees for err: a user error's own message,
// or an apology while the cause is logged.
func (r *Router) failure(err error, ev *event) string {
	if msg, ok := knowledge.UserMessage(err); ok {
		ev.outcome = "user_error"
		return msg
	}
	var p panicError
	switch {
	case errors.As(err, &p):
		ev.outcome = "panic"
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
		ev.outcome = "timeout"
		r.log.Warn("handler gave up", "command", ev.name, "err", err)
		return tooSlow
	default:
		ev.outcome = "error"
		r.log.Error("handler failed", "command", ev.name, "err", err)
	}
	return apology
}

// inline renders a response as an immediate reply, with any overflow as
// follow-up messages.
func inline(resp handlers.Response, typ discordgo.InteractionResponseType) Reply {
	var flags discordgo.MessageFlags
	if resp.Private {
		flags = discordgo.MessageFlagsEphemeral
	}
	max := maxMessages
	if resp.OneMessage {
		max = 1
	}
	msgs := render(resp, max)
	reply := Reply{Response: &discordgo.InteractionResponse{
		Type: typ,
		Data: &discordgo.InteractionResponseData{
			Embeds: msgs[0].Embeds, Components: msgs[0].Components, Flags: flags, AllowedMentions: noMentions(),
		},
	}}
	for _, m := range msgs[1:] {
		reply.Extra = append(reply.Extra, &discordgo.WebhookParams{
			Embeds: m.Embeds, Components: m.Components, Flags: flags, AllowedMentions: noMentions(),
		})
	}
	return reply
}

// privateText is a short message only the user sees.
func privateText(s string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content: truncate(escape(s), maxContent), Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
		},
	}
}

// textEdit replaces a deferred response with a short message.
func textEdit(s string) *discordgo.WebhookEdit {
	c := truncate(escape(s), maxContent)
	return &discordgo.WebhookEdit{Content: &c, Embeds: &[]*discordgo.MessageEmbed{}, Components: &[]discordgo.MessageComponent{}, AllowedMentions: noMentions()}
}

func userID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

func baseRequest(i *discordgo.Interaction) handlers.Request {
	return handlers.Request{UserID: userID(i), GuildID: i.GuildID, ChannelID: i.ChannelID}
}

// targetMessage is the message a message command was used on.
func targetMessage(i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) *handlers.Message {
	t := &handlers.Message{ID: data.TargetID, ChannelID: i.ChannelID}
	if data.Resolved == nil {
		return t
	}
	if m, ok := data.Resolved.Messages[data.TargetID]; ok && m != nil {
		t.Content, t.Forwarded = messageText(m)
		if m.ChannelID != "" {
			t.ChannelID = m.ChannelID
		}
		if m.Author != nil {
			t.AuthorID = m.Author.ID
		}
	}
	return t
}

// questionOf reads back the question an answer was for: its first embed's
// title, which render wrote (escaped, perhaps shortened).
func questionOf(m *discordgo.Message) string {
	if m == nil || len(m.Embeds) == 0 {
		return ""
	}
	return strings.TrimSuffix(unescape(m.Embeds[0].Title), "…")
}
