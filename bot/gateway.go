package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Intents are the gateway intents the bot asks for. Discord delivers the
// text of messages that mention the bot and of DMs without the privileged
// MessageContent intent, so it is not requested.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// shutdownGrace is how long in-flight answers may finish after a signal.
const shutdownGrace = 10 * time.Second

// typingTimeout bounds the cosmetic "typing…" call before a slow answer.
const typingTimeout = 2 * time.Second

// Sender is the part of a discordgo Session that delivers replies.
type Sender interface {
	InteractionRespond(i *discordgo.Interaction, resp *discordgo.InteractionResponse, options ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, data *discordgo.WebhookParams, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelMessageSendComplex(channelID string, data *discordgo.MessageSend, options ...discordgo.RequestOption) (*discordgo.Message, error)
}

var _ Sender = (*discordgo.Session)(nil)

// First sends rep.Post, if any, and returns the interaction response to
// send now: Response, or Post.Failed with the error when posting failed.
// The HTTP endpoint writes it as its HTTP response; the gateway sends it
// over REST.
func (rep Reply) First(ctx context.Context, s Sender) (*discordgo.InteractionResponse, error) {
	if rep.Post != nil {
		if _, err := s.ChannelMessageSendComplex(rep.Post.ChannelID, rep.Post.Message, discordgo.WithContext(ctx)); err != nil {
			rep.Post.report("post_failed")
			failed := rep.Post.Failed
			if failed == nil {
				failed = privateText(apology)
			}
			return failed, fmt.Errorf("posting in channel %s: %w", rep.Post.ChannelID, withoutURL(err))
		}
		rep.Post.report("posted")
	}
	return rep.Response, nil
}

// Finish runs after the response is sent: the deferred answer is edited
// in, then any extra messages follow.
func (rep Reply) Finish(ctx context.Context, s Sender, i *discordgo.Interaction) error {
	var errs []error
	if rep.Followup != nil {
		if edit := rep.Followup(ctx); edit != nil {
			if _, err := s.InteractionResponseEdit(i, edit, discordgo.WithContext(ctx)); err != nil {
				errs = append(errs, fmt.Errorf("editing the deferred response: %w", withoutURL(err)))
			}
		}
	}
	for _, m := range rep.Extra {
		if _, err := s.FollowupMessageCreate(i, false, m, discordgo.WithContext(ctx)); err != nil {
			errs = append(errs, fmt.Errorf("sending a follow-up message: %w", withoutURL(err)))
			break
		}
	}
	return errors.Join(errs...)
}

// rawSender is the part of a discordgo Session that sends any payload.
type rawSender interface {
	RequestWithBucketID(method, urlStr string, data any, bucketID string, options ...discordgo.RequestOption) ([]byte, error)
}

var _ rawSender = (*discordgo.Session)(nil)

// respond sends resp as the interaction's response, as wire shapes it.
func respond(ctx context.Context, s Sender, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	if raw, ok := s.(rawSender); ok && resp.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
		// The same endpoint and bucket as InteractionRespond.
		endpoint := discordgo.EndpointInteractionResponse(i.ID, i.Token)
		_, err := raw.RequestWithBucketID("POST", endpoint, wire(resp), endpoint, discordgo.WithContext(ctx))
		return err
	}
	return s.InteractionRespond(i, resp, discordgo.WithContext(ctx))
}

// Deliver sends a reply over REST: Post, Response, then Finish.
func Deliver(ctx context.Context, s Sender, i *discordgo.Interaction, rep Reply) error {
	resp, postErr := rep.First(ctx, s)
	if err := respond(ctx, s, i, resp); err != nil {
		return errors.Join(postErr, fmt.Errorf("responding to the interaction: %w", withoutURL(err)))
	}
	if postErr != nil {
		return postErr // the user was told
	}
	return rep.Finish(ctx, s, i)
}

// withoutURL drops the URL from a failed request's error: interaction
// callback and webhook URLs hold the interaction's token, which must not
// reach a log.
func withoutURL(err error) error {
	if ue, ok := errors.AsType[*url.Error](err); ok {
		return fmt.Errorf("%s request: %w", ue.Op, ue.Err)
	}
	return err
}

// Gateway serves the bot over Discord's gateway: it identifies with the
// token, answers interactions and mentions, comes back by itself after
// the faults Discord documents, stops with an error on those it cannot
// recover from, and shuts down gracefully.
type Gateway struct {
	Token  string
	Router *Router
	// Log receives the gateway's own lines; nil discards.
	Log *slog.Logger
	// Ready, when set, is called once the gateway session is ready (tests).
	Ready func(botID string)
	// Options tunes reconnection, limits and timeouts; zero values are
	// Discord's own figures.
	Options GatewayOptions
	// Metrics counts interactions as the HTTP endpoint does; nil counts nothing.
	Metrics *Metrics

	connected atomic.Bool
}

// GatewayOptions tunes the gateway. Tests shorten the waits; production
// leaves them zero.
type GatewayOptions struct {
	// IdentifyWaitMin and IdentifyWaitMax bound the random wait before a
	// new IDENTIFY after INVALID_SESSION (default 1 s and 5 s, as Discord
	// asks); the wait doubles on each repeat, up to BackoffMax.
	IdentifyWaitMin, IdentifyWaitMax time.Duration
	// ReconnectMin is the first wait after a connection failed without a
	// session (default 1 s); it doubles, with jitter, up to BackoffMax.
	ReconnectMin time.Duration
	// BackoffMax caps every backoff (default 2 min).
	BackoffMax time.Duration
	// IdentifyInterval is the least time between two IDENTIFYs (default
	// 5 s divided by the max_concurrency /gateway/bot reports).
	IdentifyInterval time.Duration
	// SendLimit gateway frames per SendWindow, heartbeats included
	// (default 120 per 60 s, Discord's limit; a few are kept for
	// heartbeats).
	SendLimit  int
	SendWindow time.Duration
	// SessionStartReserve is how many of the day's session starts are
	// never used (default 5): below it the gateway stops with an error
	// instead of burning the last ones.
	SessionStartReserve int
	// HandshakeTimeout bounds dialing and the wait for HELLO and for
	// READY or RESUMED (default 15 s).
	HandshakeTimeout time.Duration
	// ShutdownGrace is how long answers in flight may finish after the
	// context ends (default 10 s); Run returns within it.
	ShutdownGrace time.Duration
	// REST bounds and retries the REST calls.
	REST RESTPolicy
}

func (o GatewayOptions) withDefaults() GatewayOptions {
	o.IdentifyWaitMin = durationOr(o.IdentifyWaitMin, time.Second)
	o.IdentifyWaitMax = max(durationOr(o.IdentifyWaitMax, 5*time.Second), o.IdentifyWaitMin)
	o.ReconnectMin = durationOr(o.ReconnectMin, time.Second)
	o.BackoffMax = durationOr(o.BackoffMax, 2*time.Minute)
	o.SendWindow = durationOr(o.SendWindow, time.Minute)
	if o.SendLimit <= 0 {
		o.SendLimit = 120
	}
	if o.SessionStartReserve <= 0 {
		o.SessionStartReserve = 5
	}
	o.HandshakeTimeout = durationOr(o.HandshakeTimeout, 15*time.Second)
	o.ShutdownGrace = durationOr(o.ShutdownGrace, shutdownGrace)
	return o
}

// Connected reports whether a gateway session is live (READY or RESUMED
// and not yet disconnected).
func (g *Gateway) Connected() bool { return g.connected.Load() }

// Health is the gateway's /healthz: 200 while the gateway is connected,
// 503 otherwise, so an orchestrator can tell a bot that is up but offline.
func (g *Gateway) Health() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		if !g.Connected() {
			http.Error(w, "gateway not connected", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ok\n")
	})
}

// inflight tracks answers being computed, so shutdown can wait for them.
type inflight struct {
	mu      sync.Mutex
	closing bool
	wg      sync.WaitGroup
}

func (f *inflight) begin() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closing {
		return false
	}
	f.wg.Add(1)
	return true
}

// drain refuses new work and waits until ctx ends for the rest.
func (f *inflight) drain(ctx context.Context) bool {
	f.mu.Lock()
	f.closing = true
	f.mu.Unlock()
	done := make(chan struct{})
	go func() { f.wg.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-ctx.Done():
		return false
	}
}

// Run connects and serves until ctx is cancelled, and returns nil then,
// within the shutdown grace. It returns an error when Discord refuses the
// bot for good: a rejected token, a close code that forbids reconnecting
// (4004, 4010–4014), or a day's session starts nearly used up. Errors
// never contain the token.
func (g *Gateway) Run(ctx context.Context) error {
	log := g.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opt := g.Options.withDefaults()
	s, err := newSession(g.Token, NewRESTClient(nil, opt.REST, log))
	if err != nil {
		return err
	}
	// A thread follows its parent channel's article. Interactions carry
	// their channel; for a mention, find it in the session's state when
	// it is there, else ask Discord (once per channel: remembered).
	g.Router.SetChannelLookup(func(ctx context.Context, id string) (*discordgo.Channel, error) {
		if ch, err := s.State.Channel(id); err == nil {
			return ch, nil
		}
		return s.Channel(id, discordgo.WithContext(ctx))
	})
	var me *discordgo.User
	err = waitOut(ctx, log, opt, "checking the bot token", func() (err error) {
		me, err = s.User("@me", discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	botID := me.ID

	// Answers outlive a shutdown signal: their computation until 70% of
	// the grace (then they give the user an apology), their sending until
	// just before the grace ends.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	send, cancelSend := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelSend()
	var jobs inflight
	h := eventHandler{
		ready: func(r *discordgo.Ready) {
			log.Info("gateway ready", "bot", r.User.Username, "bot_id", r.User.ID, "guilds", len(r.Guilds))
			if g.Ready != nil {
				g.Ready(r.User.ID)
			}
		},
		interaction: func(i *discordgo.Interaction, raw json.RawMessage) {
			if !jobs.begin() {
				return
			}
			go func() {
				defer jobs.wg.Done()
				start := time.Now()
				// The payload's channel object tells a thread's parent.
				rep := g.Router.Respond(withPayloadChannel(work, raw), i)
				if f := rep.Followup; f != nil {
					rep.Followup = func(context.Context) *discordgo.WebhookEdit { return f(work) }
				}
				err := Deliver(send, s, i, rep)
				if err != nil {
					log.Error("delivering an interaction reply", "interaction", i.ID, "err", err)
				}
				g.Metrics.delivered(i, rep, err, time.Since(start))
			}()
		},
		message: func(m *discordgo.Message) {
			if !jobs.begin() {
				return
			}
			go func() {
				defer jobs.wg.Done()
				if g.Router.SlowMention(m, botID) {
					// "quotebot is typing…" until the answer is sent;
					// cosmetic, so a failure is only logged, and a slow
					// Discord may hold the answer back by typingTimeout.
					tctx, cancel := context.WithTimeout(send, typingTimeout)
					if err := s.ChannelTyping(m.ChannelID, discordgo.WithContext(tctx)); err != nil {
						log.Debug("showing the bot typing", "channel", m.ChannelID, "err", withoutURL(err))
					}
					cancel()
				}
				for _, out := range g.Router.Mention(work, m, botID) {
					if _, err := s.ChannelMessageSendComplex(m.ChannelID, out, discordgo.WithContext(send)); err != nil {
						log.Error("replying to a message", "message", m.ID, "err", err)
						break
					}
				}
			}()
		},
	}
	sup := &supervisor{g: g, s: s, log: log, opt: opt, h: h}
	// The grace runs from the signal, not from when the gateway is closed.
	grace := opt.ShutdownGrace
	startTimers := func() {
		time.AfterFunc(grace*7/10, cancelWork)
		time.AfterFunc(grace*95/100, cancelSend)
	}
	signalled := make(chan time.Time, 1)
	stop := context.AfterFunc(ctx, func() {
		signalled <- time.Now()
		startTimers()
	})
	runErr := sup.run(ctx)
	start := time.Now()
	if stop() {
		startTimers() // a fatal error, not a signal
	} else {
		start = <-signalled
	}
	log.Info("shutting down")
	// The gateway is closed: no new events. REST still delivers the
	// answers in flight, within the grace.
	dctx, cancel := context.WithDeadline(context.Background(), start.Add(grace))
	defer cancel()
	if !jobs.drain(dctx) {
		log.Warn("shutdown: some answers were still running")
	}
	return runErr
}

// describeAuthError explains a failed call, pointing at the token when
// Discord refused it. discordgo's errors carry the response, not the token.
func describeAuthError(what string, err error) error {
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusUnauthorized {
		return fmt.Errorf("%s: Discord rejected the token (401): check DISCORD_TOKEN, from the Bot page of your application in the Developer Portal", what)
	}
	return fmt.Errorf("%s: %w", what, err)
}
