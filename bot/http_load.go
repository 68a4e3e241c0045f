package bot

import (
	"context"
	"net/http"
	"runtime"
	"time"

	"github.com/bwmarrin/discordgo"
)

// busyText is what a user is told when the server sheds their request.
const busyText = "I'm busy — try again in a moment."

// Defaults of the load bound (HTTPConfig).
const (
	// defaultQueueWait is how long a command waits for a free slot, after
	// its deferral, before it is shed.
	defaultQueueWait = 10 * time.Second
	// inlineQueueWait is how long a button or a modal, which is answered
	// in the HTTP response itself, may wait for a slot.
	inlineQueueWait = time.Second
)

// loadGate bounds the answers computed at once: a slot is taken before a
// Responder runs and given back when its answer, follow-up included, is
// done. It is a semaphore of MaxConcurrent slots with a bounded queue.
type loadGate struct {
	slots  chan struct{}
	queued chan struct{} // one token per command waiting for a slot
}

func newLoadGate(concurrent, queued int) *loadGate {
	return &loadGate{slots: make(chan struct{}, concurrent), queued: make(chan struct{}, queued)}
}

// tryAcquire takes a slot if one is free.
func (g *loadGate) tryAcquire() bool {
	select {
	case g.slots <- struct{}{}:
		return true
	default:
		return false
	}
}

// acquire waits for a slot until ctx ends.
func (g *loadGate) acquire(ctx context.Context) bool {
	select {
	case g.slots <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

func (g *loadGate) release() { <-g.slots }

// tryQueue takes a place in the queue if there is one.
func (g *loadGate) tryQueue() bool {
	select {
	case g.queued <- struct{}{}:
		return true
	default:
		return false
	}
}

func (g *loadGate) unqueue() { <-g.queued }

func loadDefaults(cfg *HTTPConfig) {
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = runtime.GOMAXPROCS(0)
	}
	if cfg.MaxQueued <= 0 {
		cfg.MaxQueued = 8 * cfg.MaxConcurrent
	}
	cfg.QueueWait = durationOr(cfg.QueueWait, defaultQueueWait)
}

// privacy is implemented by a Responder that can tell, before answering,
// whether its answer to i will be private (ephemeral), so that a deferral
// made while the interaction waits for a slot is private too.
type privacy interface {
	Private(i *discordgo.Interaction) bool
}

var _ privacy = (*Router)(nil)

// Private reports whether the answer to i will be private: a command whose
// route always answers privately (a moderator's quote check), or one asked
// with private:true.
func (r *Router) Private(i *discordgo.Interaction) bool {
	if i.Type != discordgo.InteractionApplicationCommand {
		return false
	}
	data := i.ApplicationCommandData()
	rt, ok := r.lib.def.commands[commandKey{commandType(data), data.Name}]
	if !ok {
		return true // "I don't know that command" is private
	}
	if rt.private {
		return true
	}
	for _, o := range data.Options {
		if o.Name == "private" {
			if b, ok := o.Value.(bool); ok && b {
				return true
			}
		}
	}
	return false
}

// admitNow takes a slot for an interaction that cannot wait in the queue
// (autocomplete, buttons, modals), waiting at most wait for it; false
// means the interaction is shed.
func (s *HTTPServer) admitNow(ctx context.Context, wait time.Duration) bool {
	if s.gate.tryAcquire() {
		return true
	}
	if wait <= 0 {
		return false
	}
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	return s.gate.acquire(ctx)
}

// shed refuses an interaction politely, at once, in the HTTP response:
// autocomplete with no suggestions, anything else with busyText.
func (s *HTTPServer) shed(w http.ResponseWriter, i *discordgo.Interaction, kind, command string, start time.Time) {
	s.metrics.loadShed(kind, command)
	s.metrics.interaction(kind, command, "busy", time.Since(start))
	s.logInteraction(i, kind, command, "busy", start)
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		s.writeResponse(w, &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}}})
		return
	}
	s.writeResponse(w, privateText(busyText))
}

// queue defers a command that found no free slot (type 5, private when the
// answer will be) and answers it in the background once a slot frees, or
// sheds it when none does within QueueWait. It reports false when the
// queue is full too.
func (s *HTTPServer) queue(w http.ResponseWriter, i *discordgo.Interaction, kind, command string, start time.Time) bool {
	if !s.gate.tryQueue() {
		return false
	}
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		s.gate.unqueue()
		return false
	}
	s.follows.Add(1)
	s.mu.Unlock()
	s.metrics.loadQueued(kind, command)
	s.metrics.interaction(kind, command, "queued", time.Since(start))
	private := false
	if p, ok := s.responder.(privacy); ok {
		private = p.Private(i)
	}
	var flags discordgo.MessageFlags
	if private {
		flags = discordgo.MessageFlagsEphemeral
	}
	s.writeResponse(w, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: flags},
	})
	_ = http.NewResponseController(w).Flush()
	go func() {
		defer s.follows.Done()
		s.runQueued(i, kind, command, private, start)
	}()
	return true
}

// runQueued waits for a slot and answers a queued command by editing its
// deferral, or sheds it: the deferral is deleted and busyText sent as a
// private follow-up message, since an edit cannot make a public deferral
// private.
func (s *HTTPServer) runQueued(i *discordgo.Interaction, kind, command string, private bool, start time.Time) {
	wctx, cancel := context.WithTimeout(s.bg, s.cfg.QueueWait)
	got := s.gate.acquire(wctx)
	cancel()
	s.gate.unqueue()
	if !got {
		s.metrics.loadShed(kind, command)
		s.logInteraction(i, kind, command, "busy", start)
		s.sendPrivately(i, command, textEdit(busyText), "busy")
		return
	}
	s.metrics.inFlight.Inc()
	defer func() { s.metrics.inFlight.Dec(); s.gate.release() }()
	ctx, cancel := context.WithTimeout(s.bg, s.cfg.FollowupTimeout)
	defer cancel()
	rep := s.responder.Respond(ctx, i)
	if rep.Response == nil {
		s.log.Error("the responder returned no response", "kind", kind, "command", command)
		rep = Reply{Response: privateText(followupErrorText)}
	}
	resp := rep.Response
	if rep.Post != nil {
		if s.canPost {
			var err error
			if resp, err = rep.First(ctx, s.cfg.Sender); err != nil {
				s.log.Error("posting for an interaction", "command", command, "err", err)
			}
		} else {
			rep.Post.report("post_unavailable")
			resp = privateText(noTokenText)
		}
	}
	if resp != rep.Response {
		rep = Reply{Response: resp}
	}
	if rep.Followup == nil {
		// An answer given at once becomes the edit of the deferral.
		edit := responseEdit(resp)
		if !private && resp.Data != nil && resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0 {
			s.sendPrivately(i, command, edit, "private")
			return
		}
		rep.Followup = func(context.Context) *discordgo.WebhookEdit { return edit }
	}
	s.runFollowup(i, command, rep)
}

// responseEdit turns an interaction response into the edit of a deferred
// one; an answer that is not a message (a modal, an update of another
// message) cannot replace a deferral, so it becomes an apology.
func responseEdit(resp *discordgo.InteractionResponse) *discordgo.WebhookEdit {
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil {
		return textEdit(followupErrorText)
	}
	d := resp.Data
	content := d.Content
	embeds, components := d.Embeds, d.Components
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &components, Files: d.Files, AllowedMentions: noMentions()}
}

// sendPrivately replaces a public deferral with a private message: it
// deletes the deferral and sends the message as an ephemeral follow-up.
func (s *HTTPServer) sendPrivately(i *discordgo.Interaction, command string, edit *discordgo.WebhookEdit, outcome string) {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.WithoutCancel(s.bg), s.cfg.EditTimeout)
	defer cancel()
	if err := s.webhook(ctx, http.MethodDelete, i.Token, "/messages/@original", nil, nil); err != nil {
		s.log.Error("deleting a deferred response", "command", command, "err", err)
	}
	p := &discordgo.WebhookParams{Flags: discordgo.MessageFlagsEphemeral, Files: edit.Files}
	if edit.Content != nil {
		p.Content = *edit.Content
	}
	if edit.Embeds != nil {
		p.Embeds = *edit.Embeds
	}
	if edit.Components != nil {
		p.Components = *edit.Components
	}
	if err := s.sendMessage(ctx, i.Token, p); err != nil {
		s.log.Error("sending a private follow-up", "command", command, "err", err)
		outcome = "extra_failed"
	}
	s.metrics.followup(command, outcome, time.Since(start))
}
