package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Intents are the gateway intents the bot asks for. Discord delivers the
// text of messages that mention the bot and of DMs without the privileged
// MessageContent intent, so it is not requested.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// shutdownGrace is how long in-flight answers may finish after a signal.
const shutdownGrace = 10 * time.Second

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
			failed := rep.Post.Failed
			if failed == nil {
				failed = privateText(apology)
			}
			return failed, fmt.Errorf("posting in channel %s: %w", rep.Post.ChannelID, withoutURL(err))
		}
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
// token, answers interactions and mentions, and shuts down gracefully.
type Gateway struct {
	Token  string
	Router *Router
	// Log receives the gateway's own lines; nil discards.
	Log *slog.Logger
	// Ready, when set, is called once the gateway session is ready (tests).
	Ready func(botID string)
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

// drain refuses new work and waits up to d for the rest.
func (f *inflight) drain(d time.Duration) bool {
	f.mu.Lock()
	f.closing = true
	f.mu.Unlock()
	done := make(chan struct{})
	go func() { f.wg.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

// Run connects and serves until ctx is cancelled. Errors never contain the
// token.
func (g *Gateway) Run(ctx context.Context) error {
	log := g.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s, err := discordgo.New("Bot " + g.Token)
	if err != nil {
		return fmt.Errorf("creating the Discord session: %w", err)
	}
	s.Identify.Intents = Intents
	s.LogLevel = discordgo.LogError
	// A thread follows its parent channel's article: find the parent in
	// the session's state (GUILD_CREATE and THREAD_CREATE fill it), else
	// ask Discord.
	g.Router.SetChannelLookup(func(ctx context.Context, id string) (*discordgo.Channel, error) {
		if ch, err := s.State.Channel(id); err == nil {
			return ch, nil
		}
		return s.Channel(id, discordgo.WithContext(ctx))
	})
	me, err := s.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		return describeAuthError("checking the bot token", err)
	}
	botID := me.ID
	// Answers outlive a shutdown signal by up to shutdownGrace.
	work := context.WithoutCancel(ctx)
	var jobs inflight
	s.AddHandler(func(s *discordgo.Session, r *discordgo.Ready) {
		log.Info("gateway ready", "bot", r.User.Username, "bot_id", r.User.ID, "guilds", len(r.Guilds))
		if g.Ready != nil {
			g.Ready(r.User.ID)
		}
	})
	s.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		if !jobs.begin() {
			return
		}
		defer jobs.wg.Done()
		rep := g.Router.Respond(work, ic.Interaction)
		if err := Deliver(work, s, ic.Interaction, rep); err != nil {
			log.Error("delivering an interaction reply", "interaction", ic.ID, "err", err)
		}
	})
	s.AddHandler(func(s *discordgo.Session, mc *discordgo.MessageCreate) {
		if !jobs.begin() {
			return
		}
		defer jobs.wg.Done()
		if g.Router.SlowMention(mc.Message, botID) {
			// "quotebot is typing…" until the answer is sent; cosmetic,
			// so a failure is only logged.
			if err := s.ChannelTyping(mc.ChannelID, discordgo.WithContext(work)); err != nil {
				log.Debug("showing the bot typing", "channel", mc.ChannelID, "err", withoutURL(err))
			}
		}
		for _, m := range g.Router.Mention(work, mc.Message, botID) {
			if _, err := s.ChannelMessageSendComplex(mc.ChannelID, m, discordgo.WithContext(work)); err != nil {
				log.Error("replying to a message", "message", mc.ID, "err", err)
				break
			}
		}
	})
	if err := s.Open(); err != nil {
		return describeAuthError("connecting to the gateway", err)
	}
	log.Info("connected to Discord", "bot_id", botID)
	<-ctx.Done()
	log.Info("shutting down")
	// Closing the gateway stops new events; REST still delivers the
	// answers in flight.
	if err := s.Close(); err != nil {
		log.Warn("closing the gateway", "err", err)
	}
	if !jobs.drain(shutdownGrace) {
		log.Warn("shutdown: some answers were still running")
	}
	return nil
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
