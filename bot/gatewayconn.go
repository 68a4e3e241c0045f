package bot

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	mathrand "math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// The gateway connection is ours, not discordgo's: discordgo v0.29 answers
// INVALID_SESSION with an immediate IDENTIFY from inside its read loop (a
// storm against a server that keeps refusing), hides close codes and
// reconnects forever after fatal ones, notices a zombie connection only
// after five heartbeat intervals and then closes it with 1000 (which
// invalidates the session), ignores resume_gateway_url, and has no send
// limit. None of that can be configured, and its handlers never see ops
// 7, 9 or 11. So the supervisor below speaks the gateway protocol itself
// over gorilla/websocket (what discordgo uses) and decodes the dispatches
// it needs into discordgo's types; discordgo keeps doing REST.

// Close codes Discord documents; see closeAction.
const (
	closeNormal  = websocket.CloseNormalClosure // invalidates the session
	closeResumes = 4000                         // any code but 1000/1001 keeps it
)

// maxGatewayFrame bounds one gateway frame (a large READY included).
const maxGatewayFrame = 32 << 20

// fatalCloses are the close codes after which reconnecting cannot help.
var fatalCloses = map[int]string{
	4004: "authentication failed: Discord rejected the token (4004); check DISCORD_TOKEN, from the Bot page of your application in the Developer Portal (a reset token invalidates the old one)",
	4010: "invalid shard (4010)",
	4011: "sharding required (4011): the bot is in too many servers for one connection",
	4012: "invalid API version (4012)",
	4013: "invalid intents (4013)",
	4014: "disallowed intents (4014): enable the intents in the Developer Portal, or do not ask for them",
}

// newSessionCloses end the session: reconnect and IDENTIFY again.
var newSessionCloses = map[int]bool{4003: true, 4007: true, 4009: true}

// eventHandler receives the dispatches the bot uses.
type eventHandler struct {
	ready       func(*discordgo.Ready)
	interaction func(i *discordgo.Interaction, raw json.RawMessage)
	message     func(*discordgo.Message)
}

// gatewayState is what survives a connection: the session to resume.
type gatewayState struct {
	sessionID string
	seq       atomic.Int64
	resumeURL string
}

// outcome is why a connection ended and what to do next.
type outcome struct {
	reason    string        // for the log
	code      int           // the close code, if any
	fatal     error         // stop with this error
	shutdown  bool          // the context ended
	invalid   bool          // INVALID_SESSION
	resumable bool          // the session may be resumed
	live      bool          // the connection reached READY or RESUMED
	lasted    time.Duration // from READY or RESUMED to the end
}

// stableSession is how long a session must have lasted for its end not to
// count as a failure: a gateway that accepts and drops at once is backed
// off from, not hammered.
const stableSession = 30 * time.Second

// supervisor keeps one gateway session alive.
type supervisor struct {
	g   *Gateway
	s   *discordgo.Session
	log *slog.Logger
	opt GatewayOptions
	h   eventHandler
	lim *sendLimiter

	url           string // from /gateway/bot
	startsLeft    int    // session starts left today, as last reported
	startsReset   time.Time
	lastIdentify  time.Time
	identifyEvery time.Duration
}

func (sv *supervisor) run(ctx context.Context) error {
	sv.lim = newSendLimiter(sv.opt.SendLimit, sv.opt.SendWindow)
	if err := sv.gatewayBot(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	var st gatewayState
	failures, invalids := 0, 0
	for {
		if ctx.Err() != nil {
			return nil
		}
		resume := st.sessionID != ""
		url := sv.url
		if resume && st.resumeURL != "" {
			url = st.resumeURL
		}
		if !resume {
			if err := sv.mayIdentify(ctx); err != nil {
				return err
			}
			if ctx.Err() != nil {
				return nil
			}
		}
		out := sv.connect(ctx, url, &st, resume)
		sv.g.connected.Store(false)
		if out.shutdown {
			return nil
		}
		if out.fatal != nil {
			sv.log.Error("gateway stopped", "reason", out.reason, "code", out.code, "err", out.fatal)
			return fmt.Errorf("the Discord gateway closed the connection: %w", out.fatal)
		}
		if !out.resumable {
			st.sessionID, st.resumeURL = "", ""
			st.seq.Store(0)
		}
		var wait time.Duration
		switch {
		case out.invalid:
			// Discord sends INVALID_SESSION when identifies come too fast:
			// an immediate retry only repeats the refusal.
			invalids++
			wait = jitter(sv.opt.IdentifyWaitMin, sv.opt.IdentifyWaitMax) << min(invalids-1, 10)
		case out.live && out.lasted >= stableSession:
			failures, invalids = 0, 0
			wait = jitter(0, sv.opt.ReconnectMin) // a fleet does not reconnect at once
		default:
			failures++
			wait = jitter(sv.opt.ReconnectMin/2, sv.opt.ReconnectMin) << min(failures-1, 10)
		}
		wait = min(wait, sv.opt.BackoffMax)
		next := "identify"
		if out.resumable && st.sessionID != "" {
			next = "resume"
		}
		sv.log.Warn("gateway disconnected", "reason", out.reason, "code", out.code, "next", next, "wait", wait.String())
		if !sleep(ctx, wait) {
			return nil
		}
	}
}

// waitOut calls f until it succeeds: Discord being down (5xx, 429, no
// answer) is waited out with backoff, a 4xx (a rejected token) is an error.
func waitOut(ctx context.Context, log *slog.Logger, opt GatewayOptions, what string, f func() error) error {
	for failures := 0; ; failures++ {
		err := f()
		if err == nil {
			return nil
		}
		if rest, ok := errors.AsType[*discordgo.RESTError](err); ok && rest.Response != nil && rest.Response.StatusCode/100 == 4 && rest.Response.StatusCode != http.StatusTooManyRequests {
			return describeAuthError(what, err)
		}
		wait := min(jitter(opt.ReconnectMin/2, opt.ReconnectMin)<<min(failures, 10), opt.BackoffMax)
		log.Warn(what+" failed", "err", withoutURL(err), "wait", wait.String())
		if !sleep(ctx, wait) {
			return ctx.Err()
		}
	}
}

// gatewayBot reads the gateway URL and the session start limit.
func (sv *supervisor) gatewayBot(ctx context.Context) error {
	var gb *discordgo.GatewayBotResponse
	err := waitOut(ctx, sv.log, sv.opt, "asking Discord for the gateway", func() (err error) {
		gb, err = sv.s.GatewayBot(discordgo.WithContext(ctx))
		if rest, ok := errors.AsType[*discordgo.RESTError](err); ok && rest.Response != nil && rest.Response.StatusCode == http.StatusNotFound {
			// A proxy or stand-in without /gateway/bot: the plain
			// /gateway, and no session start limit to respect.
			var url string
			if url, err = sv.s.Gateway(discordgo.WithContext(ctx)); err == nil {
				gb = &discordgo.GatewayBotResponse{URL: url}
			}
		}
		return err
	})
	if err != nil {
		return err
	}
	if gb.URL == "" {
		return errors.New("asking Discord for the gateway: no URL in the answer")
	}
	sv.url = gb.URL
	sv.startsLeft = gb.SessionStartLimit.Remaining
	if gb.SessionStartLimit.Total == 0 {
		sv.startsLeft = 1 << 30 // not reported: not limited here
	}
	sv.startsReset = time.Now().Add(time.Duration(gb.SessionStartLimit.ResetAfter) * time.Millisecond)
	sv.identifyEvery = sv.opt.IdentifyInterval
	if sv.identifyEvery <= 0 {
		sv.identifyEvery = 5 * time.Second / time.Duration(max(gb.SessionStartLimit.MaxConcurrency, 1))
	}
	sv.log.Info("gateway session starts", "remaining", gb.SessionStartLimit.Remaining,
		"total", gb.SessionStartLimit.Total, "reset_after", time.Until(sv.startsReset).Round(time.Second).String())
	return nil
}

// mayIdentify spaces IDENTIFYs and keeps the day's last session starts:
// when few are left it asks Discord again (the count may have reset), and
// stops if it has not.
func (sv *supervisor) mayIdentify(ctx context.Context) error {
	if sv.startsLeft <= sv.opt.SessionStartReserve {
		if err := sv.gatewayBot(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if sv.startsLeft <= sv.opt.SessionStartReserve {
			return fmt.Errorf("only %d gateway session starts are left today (Discord allows 1,000 a day; the count resets in %v): stopping rather than use the last ones; look for a restart loop",
				sv.startsLeft, time.Until(sv.startsReset).Round(time.Second))
		}
	}
	if wait := time.Until(sv.lastIdentify.Add(sv.identifyEvery)); wait > 0 {
		sleep(ctx, wait)
	}
	return nil
}

// connect runs one gateway connection: HELLO, IDENTIFY or RESUME, then
// heartbeats and dispatches until it ends.
func (sv *supervisor) connect(ctx context.Context, url string, st *gatewayState, resume bool) outcome {
	dialer := websocket.Dialer{HandshakeTimeout: sv.opt.HandshakeTimeout, Proxy: http.ProxyFromEnvironment}
	dctx, cancel := context.WithTimeout(ctx, sv.opt.HandshakeTimeout)
	ws, _, err := dialer.DialContext(dctx, gatewayQuery(url), nil)
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			return outcome{shutdown: true}
		}
		return outcome{reason: "dial: " + err.Error(), resumable: true}
	}
	c := &gwConn{ws: ws, lim: sv.lim, log: sv.log}
	defer ws.Close()
	// A bot in few servers gets small frames; this bounds the memory a
	// misbehaving gateway can make us spend on one.
	ws.SetReadLimit(maxGatewayFrame)

	// Closing on shutdown unblocks the read below.
	var closing atomic.Int32 // the close code we sent, if any
	stop := context.AfterFunc(ctx, func() {
		closing.Store(closeNormal)
		c.close(closeNormal)
	})
	defer stop()

	ws.SetReadDeadline(time.Now().Add(sv.opt.HandshakeTimeout))
	var hello struct {
		Op int `json:"op"`
		D  struct {
			HeartbeatInterval int64 `json:"heartbeat_interval"`
		} `json:"d"`
	}
	if err := ws.ReadJSON(&hello); err != nil || hello.Op != 10 || hello.D.HeartbeatInterval <= 0 {
		if ctx.Err() != nil {
			return outcome{shutdown: true}
		}
		return sv.readFailed(err, 0, "no HELLO")
	}
	interval := time.Duration(hello.D.HeartbeatInterval) * time.Millisecond

	if resume {
		sv.log.Info("gateway resuming", "session", st.sessionID, "seq", st.seq.Load())
		err = c.send(ctx, false, map[string]any{"op": 6, "d": map[string]any{"token": "Bot " + sv.g.Token, "session_id": st.sessionID, "seq": st.seq.Load()}})
	} else {
		sv.lastIdentify = time.Now()
		sv.startsLeft--
		sv.log.Info("gateway identifying", "session_starts_left", sv.startsLeft)
		err = c.send(ctx, false, map[string]any{"op": 2, "d": map[string]any{
			"token": "Bot " + sv.g.Token, "intents": Intents,
			"properties": map[string]string{"os": "linux", "browser": "quotebot", "device": "quotebot"},
		}})
	}
	if err != nil {
		if ctx.Err() != nil {
			return outcome{shutdown: true}
		}
		return outcome{reason: "sending: " + err.Error(), resumable: true}
	}

	// Heartbeats: the first after a random part of the interval, then
	// every interval. A beat not acknowledged by the next one means a
	// zombie connection: noticed within two intervals, closed with a code
	// that keeps the session for RESUME.
	var acked atomic.Bool
	acked.Store(true)
	var zombie atomic.Bool
	hbDone := make(chan struct{})
	defer close(hbDone)
	beat := func() error { return c.send(ctx, true, map[string]any{"op": 1, "d": nullableSeq(st.seq.Load())}) }
	go func() {
		// Discord asks for interval × a random jitter in [0, 1]; the jitter
		// is drawn from the first second only, so the gateway (and a
		// stand-in that waits for it) hears from the bot promptly.
		first := min(interval, time.Second)
		t := time.NewTimer(time.Duration(mathrand.Int64N(int64(first))) + 1)
		defer t.Stop()
		for {
			select {
			case <-hbDone:
				return
			case <-t.C:
			}
			if !acked.Load() {
				sv.log.Warn("gateway heartbeat not acknowledged: reconnecting", "interval", interval.String())
				zombie.Store(true)
				closing.Store(closeResumes)
				c.close(closeResumes)
				return
			}
			acked.Store(false)
			if err := beat(); err != nil {
				c.close(closeResumes)
				return
			}
			t.Reset(interval)
		}
	}()

	live := false
	var liveAt time.Time
	// done labels an outcome with how long the session was live.
	done := func(o outcome) outcome {
		o.live = live
		if live {
			o.lasted = time.Since(liveAt)
		}
		return o
	}
	for {
		mt, msg, err := ws.ReadMessage()
		if err == nil && mt == websocket.BinaryMessage {
			// zlib-compressed payloads, which the bot does not ask for but
			// a gateway may send anyway.
			msg, err = inflate(msg)
			if err != nil {
				sv.log.Warn("gateway sent an undecodable compressed frame", "err", err)
				continue
			}
		}
		if err != nil {
			switch {
			case ctx.Err() != nil:
				return outcome{shutdown: true}
			case zombie.Load():
				return done(outcome{reason: "zombie connection: no heartbeat ACK", code: closeResumes, resumable: true})
			case closing.Load() == closeResumes:
				return done(outcome{reason: "reconnect requested", code: closeResumes, resumable: true})
			}
			return done(sv.readFailed(err, closing.Load(), ""))
		}
		var f struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
			S  int64           `json:"s"`
			T  string          `json:"t"`
		}
		if err := json.Unmarshal(msg, &f); err != nil {
			sv.log.Warn("gateway sent an undecodable frame", "err", err)
			continue
		}
		switch f.Op {
		case 0:
			if f.S > 0 {
				st.seq.Store(f.S)
			}
			switch f.T {
			case "READY":
				// Only what the bot uses, so an odd field elsewhere in a
				// large READY cannot lose the session.
				var ready struct {
					SessionID        string            `json:"session_id"`
					ResumeGatewayURL string            `json:"resume_gateway_url"`
					User             *discordgo.User   `json:"user"`
					Guilds           []json.RawMessage `json:"guilds"`
				}
				if err := json.Unmarshal(f.D, &ready); err != nil {
					sv.log.Warn("gateway sent an undecodable READY", "err", err)
					continue
				}
				if ready.SessionID == "" {
					// Connected, but there is nothing to resume later.
					sv.log.Warn("gateway sent a READY without a session ID")
				}
				st.sessionID, st.resumeURL = ready.SessionID, ready.ResumeGatewayURL
				r := discordgo.Ready{SessionID: ready.SessionID, User: ready.User, Guilds: make([]*discordgo.Guild, len(ready.Guilds))}
				live, liveAt = true, time.Now()
				ws.SetReadDeadline(time.Time{})
				sv.g.connected.Store(true)
				sv.log.Info("gateway connected", "session", r.SessionID, "heartbeat_interval", interval.String())
				if sv.h.ready != nil && r.User != nil {
					sv.h.ready(&r)
				}
			case "RESUMED":
				live, liveAt = true, time.Now()
				ws.SetReadDeadline(time.Time{})
				sv.g.connected.Store(true)
				sv.log.Info("gateway resumed", "session", st.sessionID, "seq", st.seq.Load())
			case "INTERACTION_CREATE":
				// Decoded as the HTTP endpoint decodes it, skipping
				// component types discordgo does not know.
				i, err := decodeGatewayInteraction(f.D)
				if err != nil {
					sv.log.Warn("undecodable interaction", "err", err)
					continue
				}
				sv.h.interaction(i, f.D)
			case "MESSAGE_CREATE":
				m, err := decodeGatewayMessage(f.D)
				if err != nil {
					sv.log.Warn("undecodable message", "err", err)
					continue
				}
				sv.h.message(m)
			}
		case 1: // the gateway asks for a heartbeat now
			if err := beat(); err != nil {
				c.close(closeResumes)
			}
		case 7: // RECONNECT: close keeping the session, then resume
			sv.log.Info("gateway asked to reconnect")
			closing.Store(closeResumes)
			c.close(closeResumes)
		case 9: // INVALID_SESSION; d says whether it may be resumed
			var resumable bool
			_ = json.Unmarshal(f.D, &resumable)
			code := int32(closeNormal)
			if resumable {
				code = closeResumes
			}
			closing.Store(code)
			c.close(code)
			return done(outcome{reason: "invalid session", invalid: true, resumable: resumable})
		case 11:
			acked.Store(true)
		}
	}
}

// readFailed classifies a connection that ended: by its close code, or a
// network error (resumable).
func (sv *supervisor) readFailed(err error, sent int32, what string) outcome {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		code := ce.Code
		reason := fmt.Sprintf("closed by Discord: %d %s", code, ce.Text)
		if msg, ok := fatalCloses[code]; ok {
			return outcome{reason: reason, code: code, fatal: errors.New(msg)}
		}
		return outcome{reason: reason, code: code, resumable: !newSessionCloses[code]}
	}
	reason := what
	if err != nil {
		reason = strings.TrimSpace(what + " " + err.Error())
	}
	return outcome{reason: reason, resumable: sent != closeNormal}
}

// gwConn is one gateway connection, written by one goroutine at a time,
// every frame through the send limiter.
type gwConn struct {
	ws   *websocket.Conn
	mu   sync.Mutex
	lim  *sendLimiter
	log  *slog.Logger
	once sync.Once
}

// send writes one frame; a heartbeat may use the slots kept for it.
func (c *gwConn) send(ctx context.Context, heartbeat bool, v any) error {
	if waited, err := c.lim.wait(ctx, heartbeat); err != nil {
		return err
	} else if waited > 0 {
		c.log.Warn("gateway send rate limit", "waited", waited.String())
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return c.ws.WriteJSON(v)
}

// close sends a close frame with code and drops the connection, once.
func (c *gwConn) close(code int32) {
	c.once.Do(func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(int(code), ""), time.Now().Add(time.Second))
		c.ws.Close()
	})
}

// sendLimiter allows limit sends per window (a sliding log of send times).
type sendLimiter struct {
	mu     sync.Mutex
	limit  int
	window time.Duration
	sent   []time.Time
	now    func() time.Time
}

func newSendLimiter(limit int, window time.Duration) *sendLimiter {
	return &sendLimiter{limit: limit, window: window, now: time.Now}
}

// heartbeatSlots of each window are kept for heartbeats, so that other
// sends can never starve them into a zombie.
const heartbeatSlots = 3

// wait blocks until a send is allowed and counts it; it returns how long
// it waited.
func (l *sendLimiter) wait(ctx context.Context, heartbeat bool) (time.Duration, error) {
	limit := l.limit
	if !heartbeat && limit > heartbeatSlots {
		limit -= heartbeatSlots
	}
	var waited time.Duration
	for {
		l.mu.Lock()
		now := l.now()
		for len(l.sent) > 0 && now.Sub(l.sent[0]) >= l.window {
			l.sent = l.sent[1:]
		}
		if len(l.sent) < limit {
			l.sent = append(l.sent, now)
			l.mu.Unlock()
			return waited, nil
		}
		d := l.sent[len(l.sent)-limit].Add(l.window).Sub(now)
		l.mu.Unlock()
		if !sleep(ctx, d) {
			return waited, ctx.Err()
		}
		waited += d
	}
}

// gatewayQuery adds the API version and encoding to a gateway URL.
func gatewayQuery(u string) string {
	sep := "?"
	if strings.Contains(u, "?") {
		sep = "&"
	}
	if sep == "?" && !strings.HasSuffix(u, "/") {
		u += "/" // as discordgo does: wss://gateway.discord.gg/?v=9
	}
	return u + sep + "v=" + discordgo.APIVersion + "&encoding=json"
}

// inflate decompresses a zlib payload, bounded like a frame.
func inflate(b []byte) ([]byte, error) {
	z, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer z.Close()
	out, err := io.ReadAll(io.LimitReader(z, maxGatewayFrame+1))
	if err == nil && len(out) > maxGatewayFrame {
		err = errors.New("a compressed frame over the limit")
	}
	return out, err
}

// nullableSeq is the heartbeat's d: the last sequence, or null before any.
func nullableSeq(seq int64) any {
	if seq == 0 {
		return nil
	}
	return seq
}

// jitter is a random duration in [lo, hi].
func jitter(lo, hi time.Duration) time.Duration {
	if hi <= lo {
		return lo
	}
	return lo + time.Duration(mathrand.Int64N(int64(hi-lo)+1))
}

// sleep waits d or until ctx ends; it reports whether d elapsed.
func sleep(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return ctx.Err() == nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
