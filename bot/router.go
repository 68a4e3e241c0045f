package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync/atomic"
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
	// Store keeps the articles moderators set per channel and server; nil
	// answers from Article everywhere and /article cannot change it.
	Store Store
	// Fetcher downloads articles for /article set (URLs and attachments).
	Fetcher handlers.ArticleFetcher
	// NewAsker makes the asker of an article other than Article; nil means
	// its extractive Ask.
	NewAsker func(*knowledge.Article) handlers.Asker
	// ArticleCache bounds the parsed articles kept in memory (besides
	// Article); default 16.
	ArticleCache int
	// ArticleCacheBytes bounds the text of the parsed articles kept in
	// memory; default 8 MiB. An indexed article takes about 35 times its
	// text in memory (a 2 MiB article, 74 MiB), so the default keeps the
	// cache near 300 MiB at worst, and one article always fits.
	ArticleCacheBytes int64
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
	// lib resolves each request's article; its default's routes are the
	// templates (flags) of every article's routes.
	lib     *library
	parents *lru[string]
	lookup  atomic.Pointer[ChannelLookup]
	limiter *limiter
	metrics *Metrics
	replies *replyCache
	log     *slog.Logger
	now     func() time.Time
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
	if d.ArticleCache <= 0 {
		d.ArticleCache = 16
	}
	if d.ArticleCacheBytes <= 0 {
		d.ArticleCacheBytes = 8 << 20
	}
	lib := &library{store: d.Store, cache: newLRU[*indexEntry](d.ArticleCache, d.ArticleCacheBytes), now: d.Now, log: d.Log}
	articleCmd := handlers.NewArticle(lib, d.Fetcher)
	lib.build = func(a *knowledge.Article, sha string) *grounded {
		asker := handlers.Asker(handlers.Extractive{Article: a})
		switch {
		case a == d.Article:
			asker = d.Asker
		case d.NewAsker != nil:
			asker = d.NewAsker(a)
		}
		cmds, btns := routes(a, asker, d.SlowAsker, articleCmd)
		for k, rt := range cmds {
			rt.handle = stamp(rt.handle, sha)
			cmds[k] = rt
		}
		for k, rt := range btns {
			rt.handle = stamp(rt.handle, sha)
			btns[k] = rt
		}
		return &grounded{article: a, sha: sha, commands: cmds, buttons: btns}
	}
	f := d.Article.Facts()
	lib.def = lib.build(d.Article, f.SHA256)
	lib.def.title, lib.def.source = f.Title, d.Article.Name
	if lib.def.title == "" {
		lib.def.title = d.Article.Name
	}
	if err := checkRoutes(Commands(), lib.def.commands); err != nil {
		return nil, err
	}
	return &Router{lib: lib, parents: newLRU[string](parentCacheSize, 0), limiter: newLimiter(d.Limits), log: d.Log, now: d.Now, metrics: d.Metrics, replies: newReplyCache(replyCacheSize), deferAfter: deferAfter, slowAsk: d.SlowAsker}, nil
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
	// loggedByPost: the reply posts on the bot's account, and its line is
	// written when the post's fate is known (Post.report).
	loggedByPost bool
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
			ev.loggedByPost = false
			reply = Reply{Response: privateText(apology)}
		}
		if !ev.deferredReply && !ev.loggedByPost {
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
	ck := commandKey{data.CommandType, data.Name}
	rt, ok := r.lib.def.commands[ck]
	if !ok {
		ev.outcome = "unknown"
		return Reply{Response: privateText(unknownAction)}
	}
	if msg, limited := r.limited(i, ev); limited {
		return Reply{Response: privateText(msg)}
	}
	req := r.request(ctx, i)
	readOptions(&req, data)
	if data.CommandType == discordgo.MessageApplicationCommand {
		req.Target = targetMessage(i, data)
	}
	sha := ""
	if !rt.anyArticle {
		var err error
		if sha, err = r.shaAt(ctx, place{i.GuildID, i.ChannelID, req.ParentID}); err != nil {
			return Reply{Response: privateText(r.failure(err, ev))}
		}
		rt.handle = r.inArticle(sha, func(g *grounded) handlers.Handler { return g.commands[ck].handle })
	}
	// A slash command's answer depends on its article and options alone,
	// unless a model writes it or it changes things.
	key := ""
	if data.CommandType == discordgo.ChatApplicationCommand && !rt.slow && !rt.anyArticle {
		key = sha + "\x00" + optionsKey(data)
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
	req := r.request(ctx, i)
	readOptions(&req, data)
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	ck := commandKey{discordgo.ChatApplicationCommand, data.Name}
	rt, ok := r.lib.def.commands[ck]
	if ok && rt.autocomplete != nil {
		sha, err := r.shaAt(ctx, place{i.GuildID, i.ChannelID, req.ParentID})
		h := r.inArticle(sha, func(g *grounded) handlers.Handler { return g.commands[ck].autocomplete })
		var resp handlers.Response
		if err == nil {
			resp, err = r.call(ctx, h, req, autocompleteTimeout)
		}
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
	args, made := unstamp(args)
	ev.kind, ev.name = "button", action
	rt, ok := r.lib.def.buttons[action]
	if !ok {
		ev.outcome = "unknown"
		return Reply{Response: privateText(staleButton)}
	}
	if msg, limited := r.limited(i, ev); limited {
		return Reply{Response: privateText(msg)}
	}
	req := r.request(ctx, i)
	req.Args = args
	req.Previous = questionOf(i.Message)
	sha, err := r.shaAt(ctx, place{i.GuildID, i.ChannelID, req.ParentID})
	if err != nil {
		return Reply{Response: privateText(r.failure(err, ev))}
	}
	pick := func(g *grounded) handlers.Handler { return g.buttons[action].handle }
	if made != "" && !strings.HasPrefix(sha, made) {
		// The channel's article changed since the button was made: answer
		// from the article it was made for, and say so.
		rt.handle = r.inOldArticle(made, pick)
	} else {
		rt.handle = r.inArticle(sha, pick)
	}
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
		rep := publish(i, resp)
		if rep.Post != nil {
			ev.loggedByPost = true
			rep.Post.outcome = func(o string) { ev.outcome = o; r.logEvent(ev) }
		}
		return rep
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

// request is the part of a Request every interaction has: who, where
// (with a thread's parent) and, in a server, the member's permissions.
func (r *Router) request(ctx context.Context, i *discordgo.Interaction) handlers.Request {
	req := handlers.Request{UserID: userID(i), GuildID: i.GuildID, ChannelID: i.ChannelID}
	req.ParentID = r.place(ctx, i.GuildID, i.ChannelID).parent
	if i.Member != nil {
		req.Permissions = i.Member.Permissions
	}
	return req
}

// readOptions copies a command's options into req: a subcommand's own
// options, the focused option, and attached files.
func readOptions(req *handlers.Request, data discordgo.ApplicationCommandInteractionData) {
	req.Options = map[string]any{}
	opts := data.Options
	if len(opts) == 1 && opts[0] != nil && (opts[0].Type == discordgo.ApplicationCommandOptionSubCommand) {
		req.Subcommand = opts[0].Name
		opts = opts[0].Options
	}
	for _, o := range opts {
		if o == nil {
			continue
		}
		req.Options[o.Name] = o.Value
		if o.Focused {
			req.Focused = o.Name
		}
	}
	if data.Resolved != nil && len(data.Resolved.Attachments) > 0 {
		req.Attachments = map[string]handlers.Attachment{}
		for id, a := range data.Resolved.Attachments {
			if a != nil {
				req.Attachments[id] = handlers.Attachment{ID: id, URL: a.URL, Filename: a.Filename, ContentType: a.ContentType, Size: a.Size}
			}
		}
	}
}

// resolveTimeout bounds finding a request's article (database reads),
// so that a slow database gets an apology within Discord's 3 seconds.
const resolveTimeout = time.Second

// shaAt is the SHA-256 of the article answering at p.
func (r *Router) shaAt(ctx context.Context, p place) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, resolveTimeout)
	defer cancel()
	return r.lib.shaAt(ctx, p)
}

// inArticle is the handler pick chooses in the article sha, found (or
// parsed, at most once) when the handler runs, within its deadline.
func (r *Router) inArticle(sha string, pick func(*grounded) handlers.Handler) handlers.Handler {
	return func(ctx context.Context, req handlers.Request) (handlers.Response, error) {
		g, err := r.lib.bySHA(ctx, sha)
		if err != nil {
			return handlers.Response{}, err
		}
		return pick(g)(ctx, req)
	}
}

// staleArticle answers a button whose article is no longer stored.
var staleArticle = knowledge.Errorf(knowledge.ENotFound, "That button belongs to an article I no longer have. Please ask again.")

// inOldArticle answers a button from the article it was made for (by the
// SHA-256 prefix it carries), noting that the channel's article changed.
func (r *Router) inOldArticle(prefix string, pick func(*grounded) handlers.Handler) handlers.Handler {
	return func(ctx context.Context, req handlers.Request) (handlers.Response, error) {
		g, err := r.lib.byPrefix(ctx, prefix)
		if errors.Is(err, ErrNotFound) {
			return handlers.Response{}, staleArticle
		}
		if err != nil {
			return handlers.Response{}, err
		}
		resp, err := pick(g)(ctx, req)
		if err == nil && resp.Publish == nil {
			note := "This channel's article has changed since this answer; this is from the article it was made for (" + g.title + ", SHA-256 " + g.sha[:stampLen] + ")."
			resp.Blocks = append([]handlers.Block{handlers.Text(note)}, resp.Blocks...)
		}
		return resp, err
	}
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
