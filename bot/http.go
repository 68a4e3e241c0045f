package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Server timeouts. Discord waits 3 seconds for an initial response, so a
// request that takes longer than these is lost anyway.
const (
	httpReadHeaderTimeout = 5 * time.Second
	httpReadTimeout       = 10 * time.Second
	httpWriteTimeout      = 10 * time.Second
	httpIdleTimeout       = 2 * time.Minute
	httpMaxHeaderBytes    = 64 << 10
	// httpRespondDeadline bounds a Responder, leaving Discord's 3 seconds
	// room for the network.
	httpRespondDeadline = 2500 * time.Millisecond
)

// HTTPConfig is what the interactions endpoint needs.
type HTTPConfig struct {
	// PublicKey is the application's Ed25519 public key (Developer Portal,
	// General Information); every request must be signed with it.
	PublicKey ed25519.PublicKey
	// AppID is the application ID, used to edit deferred responses.
	AppID string
	// APIURL is the base of Discord's REST API; default https://discord.com/.
	APIURL string
	// Client sends webhook edits; default a client with a 4-second timeout
	// per attempt, so one hung attempt leaves EditTimeout room to retry.
	Client *http.Client
	// Logger gets errors and one debug line per interaction; default none.
	Logger *slog.Logger
	// Metrics counts requests; default NewMetrics().
	Metrics *Metrics
	// FollowupTimeout bounds the slow work of a deferred response; default
	// one minute (the interaction token itself lasts 15).
	FollowupTimeout time.Duration
	// EditTimeout bounds editing the original response; default 10 seconds.
	EditTimeout time.Duration
	// ShutdownGrace is how long shutdown waits for requests and follow-ups
	// before cancelling them; default 10 seconds.
	ShutdownGrace time.Duration
	// Token is the bot token, optional in HTTP mode: with it the server can
	// post on the bot's own account (a moderator's "Post publicly"); without
	// it, that button explains what is missing.
	Token string
	// Sender posts on the bot's account (Reply.Post); default a discordgo
	// session with Token and Client, reaching the API that UseAPI set.
	Sender Sender
	// MaxConcurrent bounds the answers computed at once; default
	// GOMAXPROCS, as answering is CPU work.
	MaxConcurrent int
	// MaxQueued bounds the commands deferred while they wait for a slot;
	// default 8 × MaxConcurrent. Beyond it, requests are shed at once.
	MaxQueued int
	// QueueWait is how long a deferred command waits for a slot before it
	// is shed with "I'm busy — try again in a moment."; default 10 seconds.
	QueueWait time.Duration
	// NoMetrics leaves /metrics off this server (it answers 404), for when
	// the metrics are served on a listener of their own (METRICS_ADDR).
	NoMetrics bool
}

// HTTPServer is the endpoint Discord POSTs interactions to when an
// Interactions Endpoint URL is set, plus /healthz and /metrics.
type HTTPServer struct {
	cfg       HTTPConfig
	responder Responder
	canPost   bool // a token (or a given Sender) lets Reply.Post be sent
	log       *slog.Logger
	metrics   *Metrics
	api       string // ends in "api/v10/"
	handler   http.Handler
	ready     atomic.Bool
	retryWait time.Duration // before retrying an edit after a 5xx or a network error
	gate      *loadGate     // bounds the answers computed at once
	// inlineWait is how long an interaction that cannot be deferred waits
	// for a slot (inlineQueueWait; shorter in tests).
	inlineWait time.Duration

	bg       context.Context // parent of every follow-up; cancelled late in shutdown
	cancelBg context.CancelFunc
	// sendBg is the parent of every edit; cancelled just before the grace
	// ends, so a hung edit cannot outlast it.
	sendBg     context.Context
	cancelSend context.CancelFunc
	mu         sync.Mutex // guards closing and Add on followups
	closing    bool
	follows    sync.WaitGroup
}

var _ http.Handler = (*HTTPServer)(nil)

// NewHTTPServer returns a server that verifies each request and passes
// interactions to r. It answers 503 until SetReady(true).
func NewHTTPServer(cfg HTTPConfig, r Responder) (*HTTPServer, error) {
	if len(cfg.PublicKey) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("the public key is %d bytes; an Ed25519 key is %d", len(cfg.PublicKey), ed25519.PublicKeySize)
	}
	if cfg.AppID == "" {
		return nil, errors.New("the application ID is empty")
	}
	if r == nil {
		return nil, errors.New("no Responder")
	}
	if cfg.APIURL == "" {
		cfg.APIURL = "https://discord.com/"
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{Timeout: 4 * time.Second}
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = NewMetrics()
	}
	cfg.FollowupTimeout = durationOr(cfg.FollowupTimeout, time.Minute)
	cfg.EditTimeout = durationOr(cfg.EditTimeout, 10*time.Second)
	cfg.ShutdownGrace = durationOr(cfg.ShutdownGrace, 10*time.Second)
	loadDefaults(&cfg)
	canPost := cfg.Sender != nil || cfg.Token != ""
	if cfg.Sender == nil {
		// Retries and bounds as in gateway mode (rest.go).
		sess, err := newSession(cfg.Token, NewRESTClient(cfg.Client.Transport, RESTPolicy{}, cfg.Logger))
		if err != nil {
			return nil, err
		}
		cfg.Sender = sess
	}
	s := &HTTPServer{canPost: canPost,
		cfg: cfg, responder: r, log: cfg.Logger, metrics: cfg.Metrics,
		api: strings.TrimRight(cfg.APIURL, "/") + "/api/v10/", retryWait: time.Second,
		gate: newLoadGate(cfg.MaxConcurrent, cfg.MaxQueued), inlineWait: inlineQueueWait,
	}
	s.bg, s.cancelBg = context.WithCancel(context.Background())
	s.sendBg, s.cancelSend = context.WithCancel(context.Background())
	mux := http.NewServeMux()
	// Method patterns make the mux answer 405 with an Allow header.
	mux.HandleFunc("POST /interactions", s.interactions)
	mux.HandleFunc("GET /healthz", s.healthz)
	if !cfg.NoMetrics {
		mux.Handle("GET /metrics", cfg.Metrics.Handler())
	}
	s.handler = s.recoverPanics(mux)
	return s, nil
}

func durationOr(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// SetReady marks the server ready (the article is indexed) or not (it is
// draining); /healthz and /interactions answer 503 while it is not.
func (s *HTTPServer) SetReady(ready bool) { s.ready.Store(ready) }

// ServeHTTP serves /interactions, /healthz and /metrics.
func (s *HTTPServer) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Serve accepts connections on ln until ctx is cancelled, then shuts down
// gracefully: it stops accepting, lets requests and follow-ups finish
// within the grace period, cancels what is left and waits for it. It
// returns nil after a clean shutdown.
func (s *HTTPServer) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: httpReadHeaderTimeout,
		ReadTimeout:       httpReadTimeout,
		WriteTimeout:      httpWriteTimeout,
		IdleTimeout:       httpIdleTimeout,
		MaxHeaderBytes:    httpMaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		s.SetReady(false)
		s.stopFollowups(context.Background())
		return err
	case <-ctx.Done():
	}
	s.SetReady(false)
	s.log.Info("shutting down", "grace_s", s.cfg.ShutdownGrace.Seconds())
	// Follow-ups compute until 70% of the grace (then apologise) and send
	// until 95%, so shutdown ends within the grace even with a hung edit.
	stopWork := time.AfterFunc(s.cfg.ShutdownGrace*7/10, s.cancelBg)
	defer stopWork.Stop()
	stopSend := time.AfterFunc(s.cfg.ShutdownGrace*95/100, s.cancelSend)
	defer stopSend.Stop()
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownGrace)
	defer cancel()
	err := hs.Shutdown(sctx)
	if err != nil {
		err = fmt.Errorf("shutting down: %w", err)
		hs.Close()
	}
	s.stopFollowups(sctx)
	<-errc // http.ErrServerClosed
	return err
}

// stopFollowups waits for running follow-ups until ctx ends, then cancels
// them and waits for their apologies to be sent (bounded by EditTimeout).
func (s *HTTPServer) stopFollowups(ctx context.Context) {
	s.mu.Lock()
	s.closing = true
	s.mu.Unlock()
	done := make(chan struct{})
	go func() { s.follows.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		s.cancelBg()
		<-done
	}
	s.cancelBg()
}

// startFollowup runs a follow-up in the background, or at once with a
// cancelled context when the server is already shutting down; done is
// called when it has finished.
func (s *HTTPServer) startFollowup(i *discordgo.Interaction, command string, rep Reply, done func()) {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		s.runFollowup(i, command, rep)
		done()
		return
	}
	s.follows.Add(1)
	s.mu.Unlock()
	go func() {
		defer s.follows.Done()
		defer done()
		s.runFollowup(i, command, rep)
	}()
}

func (s *HTTPServer) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if !s.ready.Load() {
		http.Error(w, "not ready", http.StatusServiceUnavailable)
		return
	}
	io.WriteString(w, "ok\n")
}

// interactions verifies, decodes and answers one interaction.
func (s *HTTPServer) interactions(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	if !s.ready.Load() {
		w.Header().Set("Retry-After", "1")
		http.Error(w, "not ready", http.StatusServiceUnavailable)
		return
	}
	sig, reason := readSignature(r.Header, start)
	if reason != "" {
		s.reject(w, reason)
		return
	}
	if r.ContentLength > MaxInteractionBytes {
		http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
		return
	}
	msg, body, err := sig.readBody(w, r)
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read the request body", http.StatusBadRequest)
		return
	}
	if !sig.verify(s.cfg.PublicKey, msg) {
		s.reject(w, "invalid")
		return
	}
	i, err := decodeInteraction(body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if i.Type == discordgo.InteractionPing {
		s.writeResponse(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		s.metrics.interaction("ping", "", "answered", time.Since(start))
		return
	}
	kind, command := interactionLabels(i)
	// Answering is CPU work: at most MaxConcurrent at once. A command that
	// finds no free slot is deferred and waits in the queue; what cannot be
	// deferred waits a little; beyond that the request is shed.
	admitted := false
	switch {
	case s.gate.tryAcquire():
		admitted = true
	case i.Type == discordgo.InteractionApplicationCommand:
		if s.queue(w, i, kind, command, start) {
			return
		}
	case i.Type == discordgo.InteractionApplicationCommandAutocomplete:
	default:
		admitted = s.admitNow(r.Context(), s.inlineWait)
	}
	if !admitted {
		s.shed(w, i, kind, command, start)
		return
	}
	s.metrics.inFlight.Inc()
	release := func() { s.metrics.inFlight.Dec(); s.gate.release() }
	handedOff := false // the follow-up releases the slot
	defer func() {
		if !handedOff {
			release()
		}
	}()
	outcome := "panic" // unless Respond returns
	defer func() {
		s.metrics.interaction(kind, command, outcome, time.Since(start))
	}()
	ctx, cancel := context.WithTimeout(withPayloadChannel(r.Context(), body), httpRespondDeadline)
	defer cancel()
	reply := s.responder.Respond(ctx, i)
	if reply.Response == nil {
		outcome = "error"
		s.log.Error("the responder returned no response", "kind", kind, "command", command)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	outcome = "answered"
	if reply.Followup != nil {
		outcome = "deferred"
	}
	resp := reply.Response
	if reply.Post != nil {
		if s.canPost {
			var err error
			if resp, err = reply.First(ctx, s.cfg.Sender); err != nil {
				outcome = "post_failed"
				s.log.Error("posting for an interaction", "command", command, "err", err)
			}
		} else {
			outcome = "post_unavailable"
			reply.Post.report(outcome)
			resp = privateText(noTokenText)
		}
	}
	s.writeResponse(w, resp)
	if resp == reply.Response && (reply.Followup != nil || len(reply.Extra) > 0) {
		// Flush first: Discord must have the deferral before the edit.
		_ = http.NewResponseController(w).Flush()
		handedOff = true
		s.startFollowup(i, command, reply, release)
	}
}

// logInteraction writes the one log line of an interaction the Responder
// never saw (it was shed), with the Router's fields.
func (s *HTTPServer) logInteraction(i *discordgo.Interaction, kind, command, outcome string, start time.Time) {
	s.log.Info("interaction", "kind", kind, "command", command, "user", userID(i), "guild", i.GuildID,
		"latency_ms", time.Since(start).Milliseconds(), "outcome", outcome, "deferred", false)
}

// noTokenText explains a "Post publicly" that HTTP mode cannot do.
const noTokenText = "Posting publicly needs the bot's token: the server runs without DISCORD_TOKEN. The verdict above is still yours to copy."

func (s *HTTPServer) reject(w http.ResponseWriter, reason string) {
	s.metrics.rejectedSignature(reason)
	http.Error(w, "invalid request signature", http.StatusUnauthorized)
}

// writeResponse writes an interaction response as the HTTP response, with
// mentions silenced.
func (s *HTTPServer) writeResponse(w http.ResponseWriter, resp *discordgo.InteractionResponse) {
	resp = httpNoPings(resp)
	if resp.Data != nil && len(resp.Data.Files) > 0 {
		// Discord takes files only through the REST callback, not inline.
		s.log.Error("an inline interaction response cannot carry files; they were left out", "files", len(resp.Data.Files))
	}
	b, err := json.Marshal(wire(resp))
	if err != nil {
		s.log.Error("encoding an interaction response", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}

// interactionLabels names an interaction for metrics and logs: its kind and
// its command name (or a component's custom ID up to the first ':').
func interactionLabels(i *discordgo.Interaction) (kind, command string) {
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		kind = "command"
	case discordgo.InteractionApplicationCommandAutocomplete:
		kind = "autocomplete"
	case discordgo.InteractionMessageComponent:
		kind = "component"
	case discordgo.InteractionModalSubmit:
		kind = "modal"
	}
	switch d := i.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		command = d.Name
	case discordgo.MessageComponentInteractionData:
		command, _, _ = strings.Cut(d.CustomID, ":")
	case discordgo.ModalSubmitInteractionData:
		command, _, _ = strings.Cut(d.CustomID, ":")
	}
	// Bound the label: custom IDs are ours, but a label set must stay small.
	if len(command) > 32 {
		command = command[:32]
	}
	return kind, strings.ToValidUTF8(command, "")
}

// recoverPanics answers 500 when a handler panics, logs the stack, and
// keeps the server up.
func (s *HTTPServer) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tw := &trackingWriter{ResponseWriter: w}
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic serving a request", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
			if !tw.wrote {
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(tw, r)
	})
}

// trackingWriter records whether a response has begun.
type trackingWriter struct {
	http.ResponseWriter
	wrote bool
}

func (t *trackingWriter) WriteHeader(code int) { t.wrote = true; t.ResponseWriter.WriteHeader(code) }
func (t *trackingWriter) Write(b []byte) (int, error) {
	t.wrote = true
	return t.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach Flush.
func (t *trackingWriter) Unwrap() http.ResponseWriter { return t.ResponseWriter }
