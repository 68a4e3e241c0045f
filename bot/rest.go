package bot

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	mathrand "math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// RESTPolicy bounds and retries the bot's REST calls to Discord. discordgo
// retries only a 502, three times and at once, understands only a JSON 429,
// and gives every call 20 seconds while the call holds the route's rate
// limit bucket (so a hung reply blocks every later reply to the channel);
// the transport below does the retrying and bounding instead, and
// discordgo's own retries are turned off (newSession).
type RESTPolicy struct {
	// AttemptTimeout bounds one HTTP attempt; default 4 s.
	AttemptTimeout time.Duration
	// Deadline bounds a call, retries included; default 10 s. A caller's
	// context deadline, when sooner, wins.
	Deadline time.Duration
	// BackoffMin and BackoffMax bound the exponential backoff (with full
	// jitter) between attempts after a 5xx or a network error; default
	// 250 ms and 2 s.
	BackoffMin, BackoffMax time.Duration
}

func (p RESTPolicy) withDefaults() RESTPolicy {
	p.AttemptTimeout = durationOr(p.AttemptTimeout, 4*time.Second)
	p.Deadline = durationOr(p.Deadline, 10*time.Second)
	p.BackoffMin = durationOr(p.BackoffMin, 250*time.Millisecond)
	p.BackoffMax = durationOr(p.BackoffMax, 2*time.Second)
	return p
}

// restTransport is the http.RoundTripper under every discordgo session of
// ours: it retries 429 (after Retry-After, from the header or the JSON
// body, so an HTML ban page is understood too) and 5xx (with backoff),
// within the call's deadline, and makes a retried message creation
// idempotent with a nonce Discord enforces.
type restTransport struct {
	base   http.RoundTripper
	policy RESTPolicy
	log    *slog.Logger
}

var _ http.RoundTripper = (*restTransport)(nil)

// NewRESTClient returns the HTTP client the bot's discordgo sessions use;
// base nil means http.DefaultTransport, log nil discards.
func NewRESTClient(base http.RoundTripper, p RESTPolicy, log *slog.Logger) *http.Client {
	if base == nil {
		base = http.DefaultTransport
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &http.Client{Transport: &restTransport{base: base, policy: p.withDefaults(), log: log}}
}

// newSession is a discordgo session whose REST calls go through client,
// with discordgo's own retries off (the transport retries).
func newSession(token string, client *http.Client) (*discordgo.Session, error) {
	auth := ""
	if token != "" {
		auth = "Bot " + token
	}
	s, err := discordgo.New(auth)
	if err != nil {
		return nil, errors.New("creating the Discord session failed")
	}
	s.LogLevel = discordgo.LogWarning
	s.Client = client
	s.MaxRestRetries = 0
	s.ShouldRetryOnRateLimit = false
	s.ShouldReconnectOnError = false
	return s, nil
}

func (t *restTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var body []byte
	if req.Body != nil {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		body = b
	}
	route := redactPath(req.URL.Path)
	createsMessage := req.Method == http.MethodPost && isMessageCreate(req.URL.Path)
	if createsMessage {
		body = withNonce(req.Header.Get("Content-Type"), body)
	}
	// A POST is retried after a 5xx only when a repeat cannot act twice:
	// a message carries its enforced nonce, an interaction can be answered
	// once, typing is harmless. A 429 was not acted on, so it is always
	// retried.
	retry5xx := req.Method != http.MethodPost || createsMessage || isCallback(req.URL.Path) || strings.HasSuffix(req.URL.Path, "/typing")

	ctx, cancel := context.WithTimeout(req.Context(), t.policy.Deadline)
	deadline, _ := ctx.Deadline()
	for attempt := 1; ; attempt++ {
		actx, acancel := context.WithTimeout(ctx, t.policy.AttemptTimeout)
		r := req.Clone(actx)
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
		resp, err := t.base.RoundTrip(r)

		var wait time.Duration
		switch {
		case err != nil:
			if req.Context().Err() != nil || (!retry5xx && !isDialError(err)) {
				acancel()
				cancel()
				return nil, err
			}
			if actx.Err() != nil && ctx.Err() == nil {
				err = fmt.Errorf("no answer in %v: %w", t.policy.AttemptTimeout, err)
			}
			wait = backoff(t.policy, attempt)
			t.log.Warn("discord REST call failed", "method", req.Method, "route", route, "attempt", attempt, "err", err)
		case resp.StatusCode == http.StatusTooManyRequests:
			msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
			resp.Body.Close()
			var global bool
			wait, global = rateLimitWait(resp.Header, msg)
			t.log.Warn("discord rate limit", "method", req.Method, "route", route, "retry_after", wait.Seconds(),
				"global", global, "scope", resp.Header.Get("X-RateLimit-Scope"), "attempt", attempt)
			resp.Body = io.NopCloser(bytes.NewReader(rateLimitJSON(wait, global)))
			resp.ContentLength = -1
			resp.Header.Del("Content-Length")
			resp.Header.Set("Content-Type", "application/json")
		case resp.StatusCode >= 500 && retry5xx:
			wait = backoff(t.policy, attempt)
			t.log.Warn("discord REST server error", "method", req.Method, "route", route, "status", resp.StatusCode, "attempt", attempt)
		case attempt > 1 && resp.StatusCode == http.StatusBadRequest && isCallback(req.URL.Path) && alreadyAcknowledged(resp):
			// An earlier attempt reached Discord though its answer was lost.
			resp.Body.Close()
			acancel()
			cancel()
			return &http.Response{Status: "204 No Content", StatusCode: http.StatusNoContent, Proto: resp.Proto,
				ProtoMajor: resp.ProtoMajor, ProtoMinor: resp.ProtoMinor, Header: http.Header{},
				Body: http.NoBody, Request: req}, nil
		default:
			resp.Body = &cancelBody{ReadCloser: resp.Body, cancel: func() { acancel(); cancel() }}
			return resp, nil
		}
		if time.Now().Add(wait).After(deadline) || ctx.Err() != nil {
			// Out of time: the last answer is the result.
			if err != nil {
				acancel()
				cancel()
				return nil, fmt.Errorf("%w (gave up after %d attempts)", err, attempt)
			}
			resp.Body = &cancelBody{ReadCloser: resp.Body, cancel: func() { acancel(); cancel() }}
			return resp, nil
		}
		if resp != nil {
			io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			resp.Body.Close()
		}
		acancel()
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			cancel()
			if err == nil {
				err = ctx.Err()
			}
			return nil, err
		case <-timer.C:
		}
	}
}

// cancelBody releases the call's contexts once discordgo has read the body.
type cancelBody struct {
	io.ReadCloser
	cancel func()
}

func (b *cancelBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}

// backoff is the wait before attempt+1: exponential, full jitter.
func backoff(p RESTPolicy, attempt int) time.Duration {
	d := float64(p.BackoffMin) * math.Pow(2, float64(attempt-1))
	d = min(d, float64(p.BackoffMax))
	return p.BackoffMin/2 + time.Duration(mathrand.Float64()*(d-float64(p.BackoffMin)/2))
}

// rateLimitWait reads a 429: Retry-After (seconds, the header every 429
// has, HTML pages of the Cloudflare ban included), else the JSON body's
// retry_after; at least 50 ms, so a zero never makes a busy loop.
func rateLimitWait(h http.Header, body []byte) (time.Duration, bool) {
	var b struct {
		RetryAfter float64 `json:"retry_after"`
		Global     bool    `json:"global"`
	}
	_ = json.Unmarshal(body, &b)
	secs := b.RetryAfter
	if s, err := strconv.ParseFloat(strings.TrimSpace(h.Get("Retry-After")), 64); err == nil && s > secs {
		secs = s
	}
	if secs <= 0 {
		if s, err := strconv.ParseFloat(h.Get("X-RateLimit-Reset-After"), 64); err == nil {
			secs = s
		}
	}
	global := b.Global || h.Get("X-RateLimit-Global") == "true"
	return max(time.Duration(secs*float64(time.Second)), 50*time.Millisecond), global
}

// rateLimitJSON is the body a 429 is given when the transport stops
// retrying, so discordgo reports a RateLimitError whatever Discord sent.
func rateLimitJSON(wait time.Duration, global bool) []byte {
	b, _ := json.Marshal(map[string]any{"message": "You are being rate limited.", "retry_after": wait.Seconds(), "global": global})
	return b
}

// isMessageCreate reports POST /channels/{id}/messages.
func isMessageCreate(path string) bool {
	i := strings.Index(path, "/channels/")
	if i < 0 {
		return false
	}
	parts := strings.Split(strings.Trim(path[i+len("/channels/"):], "/"), "/")
	return len(parts) == 2 && parts[1] == "messages"
}

// isCallback reports POST /interactions/{id}/{token}/callback.
func isCallback(path string) bool {
	return strings.Contains(path, "/interactions/") && strings.HasSuffix(path, "/callback")
}

// alreadyAcknowledged reads a 400 for Discord's code 40060, "Interaction
// has already been acknowledged", restoring the body.
func alreadyAcknowledged(resp *http.Response) bool {
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(msg))
	var e struct {
		Code int `json:"code"`
	}
	return json.Unmarshal(msg, &e) == nil && e.Code == 40060
}

// isDialError reports an error that proves the request was never sent.
func isDialError(err error) bool {
	op, ok := errors.AsType[*net.OpError](err)
	return ok && op.Op == "dial"
}

// withNonce adds a random nonce with enforce_nonce to a JSON message, so
// that Discord answers a repeated creation with the message it already
// made instead of posting it twice. Bodies with files (multipart) and
// bodies that set their own nonce are left alone.
func withNonce(contentType string, body []byte) []byte {
	if !strings.HasPrefix(contentType, "application/json") {
		return body
	}
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) < 2 || trimmed[0] != '{' || trimmed[len(trimmed)-1] != '}' {
		return body
	}
	var has struct {
		Nonce json.RawMessage `json:"nonce"`
	}
	if json.Unmarshal(trimmed, &has) != nil || has.Nonce != nil {
		return body
	}
	out := make([]byte, 0, len(trimmed)+64)
	out = append(out, trimmed[:len(trimmed)-1]...)
	if len(bytes.TrimSpace(trimmed[1:len(trimmed)-1])) > 0 {
		out = append(out, ',')
	}
	out = append(out, `"nonce":"`...)
	out = append(out, newNonce()...)
	out = append(out, `","enforce_nonce":true}`...)
	return out
}

// newNonce is a random decimal string of at most 19 digits (Discord allows 25).
func newNonce() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return strconv.FormatUint(binary.BigEndian.Uint64(b[:])>>1, 10)
}

// redactPath replaces the interaction token in a callback or webhook path,
// which authorises answering as the bot and must not reach a log.
func redactPath(path string) string {
	parts := strings.Split(path, "/")
	for i := 0; i+2 < len(parts); i++ {
		if parts[i] == "interactions" || parts[i] == "webhooks" {
			parts[i+2] = ":token"
			break
		}
	}
	return strings.Join(parts, "/")
}
