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
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/bot/discordtest"
	"github.com/quotebot/quotebot/knowledge"
)

// fastGateway shortens every wait, so a fault costs milliseconds.
var fastGateway = GatewayOptions{
	IdentifyWaitMin: 10 * time.Millisecond, IdentifyWaitMax: 30 * time.Millisecond,
	ReconnectMin: 10 * time.Millisecond, BackoffMax: 200 * time.Millisecond,
	IdentifyInterval: time.Millisecond, HandshakeTimeout: 2 * time.Second,
	ShutdownGrace: 2 * time.Second, REST: fastREST,
}

// syncBuffer is a log sink safe for the gateway's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// running is a gateway under test.
type running struct {
	gw     *Gateway
	logs   *syncBuffer
	ready  chan string
	done   chan error
	cancel context.CancelFunc
}

func startGateway(t *testing.T, srv *discordtest.Server, deps Deps, opt GatewayOptions) *running {
	t.Helper()
	useStandIn(t, srv)
	logs := &syncBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if deps.Article == nil {
		deps.Article = article
	}
	deps.Log = log
	r, err := NewRouter(deps)
	if err != nil {
		t.Fatal(err)
	}
	rn := &running{logs: logs, ready: make(chan string, 16), done: make(chan error, 1)}
	rn.gw = &Gateway{Token: testToken, Router: r, Log: log, Options: opt, Ready: func(id string) {
		select {
		case rn.ready <- id:
		default:
		}
	}}
	ctx, cancel := context.WithCancel(context.Background())
	rn.cancel = cancel
	go func() { rn.done <- rn.gw.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-rn.done:
		case <-time.After(wait):
			t.Error("Run did not return after cancel")
		}
	})
	return rn
}

func (rn *running) waitReady(t *testing.T) {
	t.Helper()
	select {
	case <-rn.ready:
	case err := <-rn.done:
		t.Fatalf("Run returned %v before READY", err)
	case <-time.After(wait):
		t.Fatal("no READY")
	}
}

// waitErr waits for Run to return by itself.
func (rn *running) waitErr(t *testing.T) error {
	t.Helper()
	select {
	case err := <-rn.done:
		rn.done <- err // for the cleanup
		return err
	case <-time.After(wait):
		t.Fatal("Run did not stop")
		return nil
	}
}

// eventually polls cond, for state that settles asynchronously.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("never: %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func healthCode(gw *Gateway) int {
	rec := httptest.NewRecorder()
	gw.Health().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	return rec.Code
}

// TestGatewayFatalCloseCodes: a close code that forbids reconnecting
// stops the gateway with one clear error, after one IDENTIFY.
func TestGatewayFatalCloseCodes(t *testing.T) {
	for code, want := range map[int]string{4004: "DISCORD_TOKEN", 4010: "shard", 4011: "sharding", 4012: "API version", 4013: "intents", 4014: "disallowed intents"} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			srv := discordtest.New(t, testToken)
			rn := startGateway(t, srv, Deps{}, fastGateway)
			rn.waitReady(t)
			if healthCode(rn.gw) != http.StatusOK {
				t.Error("/healthz is not 200 while connected")
			}
			srv.CloseGateway(code, "fatal")
			err := rn.waitErr(t)
			if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), fmt.Sprint(code)) || strings.Contains(err.Error(), testToken) {
				t.Fatalf("err = %v; want one naming %d and %q", err, code, want)
			}
			if n := srv.Identifies(); n != 1 {
				t.Errorf("%d IDENTIFYs, want 1", n)
			}
			if healthCode(rn.gw) != http.StatusServiceUnavailable {
				t.Error("/healthz is not 503 after a fatal close")
			}
			if !strings.Contains(rn.logs.String(), `"msg":"gateway stopped"`) {
				t.Errorf("no log line for the stop: %s", rn.logs.String())
			}
		})
	}
}

// TestGatewayResumes: after a close that allows it, the bot resumes the
// session on resume_gateway_url and gets the events it missed; after one
// that does not, it identifies again.
func TestGatewayResumes(t *testing.T) {
	tests := []struct {
		name   string
		fault  func(*discordtest.Server)
		resume bool
	}{
		{"4000 unknown error", func(s *discordtest.Server) { s.CloseGateway(4000, "Unknown error") }, true},
		{"4008 rate limited", func(s *discordtest.Server) { s.CloseGateway(4008, "Rate limited") }, true},
		{"1001 going away", func(s *discordtest.Server) { s.CloseGateway(1001, "") }, true},
		{"op 7 reconnect", func(s *discordtest.Server) { s.SendOp(`{"op":7,"d":null}`) }, true},
		{"op 9 resumable", func(s *discordtest.Server) { s.SendOp(`{"op":9,"d":true}`) }, true},
		{"4009 session timed out", func(s *discordtest.Server) { s.CloseGateway(4009, "Session timed out") }, false},
		{"4007 invalid seq", func(s *discordtest.Server) { s.CloseGateway(4007, "Invalid seq") }, false},
		{"op 9 not resumable", func(s *discordtest.Server) { s.SendOp(`{"op":9,"d":false}`) }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := discordtest.New(t, testToken)
			rn := startGateway(t, srv, Deps{}, fastGateway)
			srv.WaitIdentify(t, wait)
			rn.waitReady(t)
			tt.fault(srv)
			if !tt.resume {
				srv.WaitIdentify(t, wait)
				rn.waitReady(t)
				eventually(t, "connected", rn.gw.Connected)
				return
			}
			// An interaction the bot missed while away is replayed.
			srv.Dispatch("INTERACTION_CREATE", payload(t, "ask.json"))
			res := srv.WaitResume(t, wait)
			if res.SessionID != "stand-in-session-1" || res.Path != "/resume-gateway" || res.Seq < 1 {
				t.Errorf("RESUME %+v; want session 1 on resume_gateway_url", res)
			}
			ask := loadInteraction(t, "ask.json")
			srv.WaitCall(t, "POST", "/interactions/"+ask.ID+"/", wait)
			if srv.Identifies() != 1 {
				t.Errorf("%d IDENTIFYs, want 1", srv.Identifies())
			}
			eventually(t, "connected", rn.gw.Connected)
			for _, want := range []string{`"msg":"gateway disconnected"`, `"next":"resume"`, `"msg":"gateway resumed"`} {
				eventually(t, "logged "+want, func() bool { return strings.Contains(rn.logs.String(), want) })
			}
		})
	}
}

// TestGatewayClosesToResume: the bot's own closes (op 7, a zombie) keep the
// session: never 1000 or 1001.
func TestGatewayClosesToResume(t *testing.T) {
	srv := discordtest.New(t, testToken)
	rn := startGateway(t, srv, Deps{}, fastGateway)
	rn.waitReady(t)
	srv.SendOp(`{"op":7,"d":null}`)
	if code := srv.WaitClientClose(t, wait); code == 1000 || code == 1001 {
		t.Errorf("closed with %d after op 7, which invalidates the session", code)
	}
	srv.WaitResume(t, wait)
}

// TestGatewayZombie: a gateway that stops acknowledging heartbeats is
// noticed at the next heartbeat, closed so that RESUME works, and resumed.
func TestGatewayZombie(t *testing.T) {
	srv := discordtest.New(t, testToken)
	srv.SetHeartbeatInterval(50 * time.Millisecond)
	rn := startGateway(t, srv, Deps{}, fastGateway)
	rn.waitReady(t)
	srv.WaitHeartbeat(t, wait)
	srv.StopAcks(true)
	code := srv.WaitClientClose(t, wait)
	srv.StopAcks(false)
	if code == 1000 || code == 1001 {
		t.Errorf("closed with %d, which invalidates the session", code)
	}
	if res := srv.WaitResume(t, wait); res.SessionID != "stand-in-session-1" {
		t.Errorf("RESUME %+v", res)
	}
	if !strings.Contains(rn.logs.String(), "heartbeat not acknowledged") {
		t.Error("the zombie is not logged")
	}
	if srv.Identifies() != 1 {
		t.Errorf("%d IDENTIFYs, want 1", srv.Identifies())
	}
}

// TestGatewayResumeRefused: a refused RESUME leads to a new session.
func TestGatewayResumeRefused(t *testing.T) {
	srv := discordtest.New(t, testToken)
	rn := startGateway(t, srv, Deps{}, fastGateway)
	srv.WaitIdentify(t, wait)
	rn.waitReady(t)
	srv.RefuseResume(true)
	srv.CloseGateway(4000, "Unknown error")
	srv.WaitResume(t, wait)
	srv.WaitIdentify(t, wait)
	rn.waitReady(t)
	eventually(t, "connected", rn.gw.Connected)
}

// TestGatewayInvalidSessionStorm: a gateway that keeps answering IDENTIFY
// with INVALID_SESSION gets one IDENTIFY per refusal, each after a random
// wait that grows, not a storm.
func TestGatewayInvalidSessionStorm(t *testing.T) {
	srv := discordtest.New(t, testToken)
	srv.RefuseIdentify(4)
	opt := fastGateway
	opt.IdentifyWaitMin, opt.IdentifyWaitMax = 20*time.Millisecond, 25*time.Millisecond
	start := time.Now()
	rn := startGateway(t, srv, Deps{}, opt)
	rn.waitReady(t)
	if n := srv.Identifies(); n != 5 {
		t.Errorf("%d IDENTIFYs for 4 refusals, want 5", n)
	}
	// The waits double: 20+40+80+160 ms at least. A lower bound, so a
	// slow machine cannot fail it.
	if el := time.Since(start); el < 300*time.Millisecond {
		t.Errorf("identified 5 times in %v: no backoff", el)
	}
	if got := strings.Count(rn.logs.String(), `"reason":"invalid session"`); got != 4 {
		t.Errorf("%d invalid sessions logged, want 4", got)
	}
}

// TestGatewaySessionStartLimit: the bot stops before using the day's last
// session starts, with an error that says so.
func TestGatewaySessionStartLimit(t *testing.T) {
	t.Run("none left", func(t *testing.T) {
		srv := discordtest.New(t, testToken)
		srv.SetSessionStartLimit(1000, 5, time.Hour)
		rn := startGateway(t, srv, Deps{}, fastGateway)
		err := rn.waitErr(t)
		if err == nil || !strings.Contains(err.Error(), "session starts") || srv.Identifies() != 0 {
			t.Fatalf("err = %v after %d IDENTIFYs; want a stop before any", err, srv.Identifies())
		}
	})
	t.Run("used up by re-identifying", func(t *testing.T) {
		srv := discordtest.New(t, testToken)
		srv.SetSessionStartLimit(1000, 7, time.Hour)
		rn := startGateway(t, srv, Deps{}, fastGateway)
		rn.waitReady(t)
		srv.CloseGateway(4009, "Session timed out")
		rn.waitReady(t)
		srv.CloseGateway(4009, "Session timed out")
		err := rn.waitErr(t)
		if err == nil || !strings.Contains(err.Error(), "5 gateway session starts are left") || srv.Identifies() != 2 {
			t.Fatalf("err = %v after %d IDENTIFYs; want a stop after 2", err, srv.Identifies())
		}
	})
}

func TestSendLimiter(t *testing.T) {
	const limit, window = 3, 40 * time.Millisecond
	l := newSendLimiter(limit, window)
	var at []time.Time
	for range 8 {
		if _, err := l.wait(context.Background(), true); err != nil {
			t.Fatal(err)
		}
		at = append(at, time.Now())
	}
	for i := 0; i+limit < len(at); i++ {
		if d := at[i+limit].Sub(at[i]); d < window {
			t.Errorf("sends %d and %d were %v apart: more than %d in %v", i, i+limit, d, limit, window)
		}
	}
	l = newSendLimiter(1, time.Hour)
	l.wait(context.Background(), true)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := l.wait(ctx, true); !errors.Is(err, context.Canceled) {
		t.Errorf("a full limiter with a cancelled context: %v", err)
	}

	// Other sends leave room for heartbeats.
	l = newSendLimiter(heartbeatSlots+2, time.Hour)
	for range 2 {
		l.wait(context.Background(), false)
	}
	if _, err := l.wait(ctx, false); err == nil {
		t.Error("an IDENTIFY used a heartbeat's slot")
	}
	for range heartbeatSlots {
		if _, err := l.wait(ctx, true); err != nil {
			t.Errorf("a heartbeat found no slot: %v", err)
		}
	}
	if _, err := l.wait(ctx, true); err == nil {
		t.Error("a heartbeat exceeded the limit")
	}
}

// TestGatewayShutdownBounded: after the signal, a slow answer and a hung
// edit still end within the grace, and the user gets an apology.
func TestGatewayShutdownBounded(t *testing.T) {
	srv := discordtest.New(t, testToken)
	stuck := fakeAsker{func(ctx context.Context, q string) (knowledge.Answer, error) {
		<-ctx.Done() // a model that answers only when told to stop
		return knowledge.Answer{}, ctx.Err()
	}}
	opt := fastGateway
	opt.ShutdownGrace = 600 * time.Millisecond
	opt.REST.AttemptTimeout = 5 * time.Second // the hung edit is cut by the grace, not per attempt
	rn := startGateway(t, srv, Deps{Asker: stuck, SlowAsker: true}, opt)
	rn.waitReady(t)
	ask := loadInteraction(t, "ask.json")
	srv.FailREST("PATCH", "/webhooks/", discordtest.Fault{Hang: time.Minute})
	srv.Dispatch("INTERACTION_CREATE", payload(t, "ask.json"))
	srv.WaitCall(t, "POST", "/interactions/"+ask.ID+"/", wait)
	rn.cancel()
	select {
	case err := <-rn.done:
		rn.done <- err
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(wait):
		t.Fatal("Run did not return within the grace")
	}
	c := srv.WaitCall(t, "PATCH", "/webhooks/", wait)
	if !strings.Contains(string(c.Body), "Sorry") {
		t.Errorf("the edit is not an apology: %s", c.Body)
	}
	if healthCode(rn.gw) != http.StatusServiceUnavailable {
		t.Error("/healthz is not 503 after shutdown")
	}
}

// TestHTTPShutdownBounded: in HTTP mode too, a stuck model followed by a
// hung edit ends within the grace (it took the grace plus the edit's own
// 10 s), and the user gets an apology.
func TestHTTPShutdownBounded(t *testing.T) {
	srv := discordtest.New(t, testToken)
	started := make(chan struct{})
	r := httpDeferring(func(ctx context.Context) *discordgo.WebhookEdit {
		close(started)
		<-ctx.Done()
		return nil
	})
	s, priv := newHTTPTestServer(t, r, func(c *HTTPConfig) {
		c.APIURL = srv.URL
		c.ShutdownGrace = 600 * time.Millisecond
		c.FollowupTimeout = time.Hour
	})
	srv.FailREST("PATCH", "/webhooks/", discordtest.Fault{Hang: time.Minute})
	url, cancel, waitServe := httpStartServe(t, s)
	if resp, err := httpPost(t, url, priv, httpFixture(t, "command_ask.json")); err != nil || resp.StatusCode != 200 {
		t.Fatalf("deferred request: %v %v", resp, err)
	}
	<-started
	cancel()
	done := make(chan error, 1)
	go func() { done <- waitServe() }()
	select {
	case <-done:
	case <-time.After(wait):
		t.Fatal("Serve did not return within the grace")
	}
	c := srv.WaitCall(t, "PATCH", "/webhooks/", wait)
	if !strings.Contains(string(c.Body), followupTimeoutText) {
		t.Errorf("the edit is not an apology: %s", c.Body)
	}
}

// TestHTTPPostSurvivesFaults: in HTTP mode, a moderator's "Post publicly"
// goes through the same transport: a 503, an HTML 429 and a lost answer
// still post the verdict exactly once.
func TestHTTPPostSurvivesFaults(t *testing.T) {
	srv := discordtest.New(t, testToken)
	useStandIn(t, srv)
	r := httpFakeResponder{func(context.Context, *discordgo.Interaction) Reply { return postReply() }}
	s, priv := newHTTPTestServer(t, r, func(c *HTTPConfig) { c.APIURL = srv.URL; c.Token = testToken })
	srv.FailREST("POST", "/channels/1/messages",
		discordtest.Fault{Status: 503},
		discordtest.Fault{Status: 429, Header: map[string]string{"Retry-After": "0.02", "Content-Type": "text/html"}, Body: "<html>slow down</html>"},
		discordtest.Fault{Status: 502, After: true})
	ts := httptest.NewServer(s)
	defer ts.Close()
	resp, err := httpPost(t, ts.URL, priv, httpFixture(t, "component_button.json"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(body), "posted") || srv.Posted() != 1 {
		t.Errorf("reply %s after %d posts; want the verdict posted once", body, srv.Posted())
	}
}

// TestGatewayWaitsOutAnOutage: /users/@me and /gateway/bot failing with 5xx for longer
// than a REST call's deadline is waited out, not a reason to exit.
func TestGatewayWaitsOutAnOutage(t *testing.T) {
	srv := discordtest.New(t, testToken)
	opt := fastGateway
	opt.REST.Deadline = 50 * time.Millisecond
	srv.FailREST("GET", "/users/@me", fill(discordtest.Fault{Status: 502}, 10)...)
	srv.FailREST("GET", "/gateway/bot", fill(discordtest.Fault{Status: 503}, 20)...)
	rn := startGateway(t, srv, Deps{}, opt)
	rn.waitReady(t)
	if !strings.Contains(rn.logs.String(), "asking Discord for the gateway failed") {
		t.Error("the outage is not logged")
	}
}

// TestHTTPEditSurvivesFaults: in HTTP mode the deferred answer's edit
// gets through an HTML 429, a burst of 502 and a hung attempt.
func TestHTTPEditSurvivesFaults(t *testing.T) {
	srv := discordtest.New(t, testToken)
	s, priv := newHTTPTestServer(t, httpDeferring(func(context.Context) *discordgo.WebhookEdit { return textEdit("done") }), func(c *HTTPConfig) {
		c.APIURL = srv.URL
		c.Client = &http.Client{Timeout: 100 * time.Millisecond}
	})
	s.retryWait = 5 * time.Millisecond
	srv.FailREST("PATCH", "/webhooks/",
		discordtest.Fault{Status: 429, Header: map[string]string{"Retry-After": "0.02", "Content-Type": "text/html"}, Body: "<html>banned for a moment</html>"},
		discordtest.Fault{Status: 502}, discordtest.Fault{Status: 502}, discordtest.Fault{Status: 502}, discordtest.Fault{Status: 502},
		discordtest.Fault{Hang: time.Minute})
	httpServe(s, httpSignedRequest(priv, httpFixture(t, "command_ask.json")))
	httpWaitCounter(t, s, `quotebot_followups_total{command="ask",outcome="edited"}`, 1)
	if n := len(srv.Calls()); n != 7 {
		t.Errorf("%d attempts, want 7", n)
	}
}

// TestGatewayFlappingBacksOff: a gateway that drops every session at once
// is backed off from, with a wait that doubles, not reconnected to at once.
func TestGatewayFlappingBacksOff(t *testing.T) {
	srv := discordtest.New(t, testToken)
	opt := fastGateway
	opt.ReconnectMin = 8 * time.Millisecond
	rn := startGateway(t, srv, Deps{}, opt)
	for range 4 {
		rn.waitReady(t)
		srv.CloseGateway(4009, "Session timed out")
	}
	rn.waitReady(t)
	var waits []time.Duration
	for _, l := range strings.Split(rn.logs.String(), "\n") {
		var rec struct{ Msg, Wait string }
		if json.Unmarshal([]byte(l), &rec) == nil && rec.Msg == "gateway disconnected" {
			d, _ := time.ParseDuration(rec.Wait)
			waits = append(waits, d)
		}
	}
	if len(waits) != 4 || waits[3] < 4*time.Millisecond<<3 {
		t.Errorf("waits %v; want 4, doubling from 4-8 ms", waits)
	}
}

// TestGatewayHeartbeatOnRequest: op 1 from the gateway gets a heartbeat at
// once, not at the next interval.
func TestGatewayHeartbeatOnRequest(t *testing.T) {
	srv := discordtest.New(t, testToken)
	srv.SetHeartbeatInterval(time.Hour)
	rn := startGateway(t, srv, Deps{}, fastGateway)
	rn.waitReady(t)
	srv.SendOp(`{"op":1,"d":null}`)
	srv.WaitHeartbeat(t, wait)
}

// TestGatewayWithoutGatewayBot: behind a proxy or stand-in that has only
// GET /gateway, the bot connects without a session start limit.
func TestGatewayWithoutGatewayBot(t *testing.T) {
	srv := discordtest.New(t, testToken)
	srv.FailREST("GET", "/gateway/bot", discordtest.Fault{Status: 404})
	rn := startGateway(t, srv, Deps{}, fastGateway)
	rn.waitReady(t)
}

func TestInflate(t *testing.T) {
	var b bytes.Buffer
	z := zlib.NewWriter(&b)
	z.Write([]byte(`{"op":11}`))
	z.Close()
	if got, err := inflate(b.Bytes()); err != nil || string(got) != `{"op":11}` {
		t.Errorf("inflate = %q, %v", got, err)
	}
	if _, err := inflate([]byte("not zlib")); err == nil {
		t.Error("garbage inflated")
	}
}

func TestGatewayQuery(t *testing.T) {
	for in, want := range map[string]string{
		"wss://gateway.discord.gg":                    "wss://gateway.discord.gg/?v=9&encoding=json",
		"wss://gateway-us-east1-b.discord.gg/":        "wss://gateway-us-east1-b.discord.gg/?v=9&encoding=json",
		"ws://127.0.0.1:1/gateway":                    "ws://127.0.0.1:1/gateway/?v=9&encoding=json",
		"wss://proxy.example/gateway?region=eu-west1": "wss://proxy.example/gateway?region=eu-west1&v=9&encoding=json",
	} {
		if got := gatewayQuery(in); got != want {
			t.Errorf("gatewayQuery(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestGatewayRepliesSurviveRESTFaults: over the gateway, /ask's callback
// after a 503 and a mention's reply after a lost answer and an HTML 429
// each arrive exactly once.
func TestGatewayRepliesSurviveRESTFaults(t *testing.T) {
	srv := discordtest.New(t, testToken)
	rn := startGateway(t, srv, Deps{Limits: Limits{UserPerMinute: 60, GuildPerMinute: 600}}, fastGateway)
	rn.waitReady(t)
	ask := loadInteraction(t, "ask.json")
	mention := loadMessage(t, "message_create_mention.json")
	srv.FailREST("POST", "/interactions/"+ask.ID+"/", discordtest.Fault{Status: 503})
	srv.FailREST("POST", "/channels/"+mention.ChannelID+"/messages",
		discordtest.Fault{Status: 500, After: true},
		discordtest.Fault{Status: 429, Header: map[string]string{"Retry-After": "0.02"}, Body: "<html>slow down</html>"})

	srv.Dispatch("INTERACTION_CREATE", payload(t, "ask.json"))
	srv.WaitCall(t, "POST", "/interactions/"+ask.ID+"/", wait)
	if c := srv.WaitCall(t, "POST", "/interactions/"+ask.ID+"/", wait); decode(t, c).Type != 4 {
		t.Errorf("retried callback: %s", c.Body)
	}
	srv.Dispatch("MESSAGE_CREATE", payload(t, "message_create_mention.json"))
	var nonces []string
	for range 3 {
		nonces = append(nonces, nonceOf(t, srv.WaitCall(t, "POST", "/channels/"+mention.ChannelID+"/messages", wait)))
	}
	if nonces[0] != nonces[1] || nonces[1] != nonces[2] {
		t.Errorf("nonces %v; a retry must repeat the nonce", nonces)
	}
	// The lost answer's message and the retries are one message.
	eventually(t, "the reply posted once", func() bool { return srv.Posted() == 1 })
	if calls := srv.Calls(); len(calls) != 0 {
		t.Errorf("calls after the reply: %v", calls)
	}
}
