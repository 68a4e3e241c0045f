package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// httpEdit is one request the Discord stand-in received.
type httpEdit struct {
	method, path, contentType, auth string
	body                            map[string]any
}

// httpDiscord is a local stand-in for Discord's REST API that records
// webhook edits and answers each with the next status in statuses (then
// 200, as Discord does with the edited message).
type httpDiscord struct {
	*httptest.Server
	mu       sync.Mutex
	statuses []int
	edits    chan httpEdit
}

func newHTTPDiscord(t *testing.T, statuses ...int) *httpDiscord {
	d := &httpDiscord{statuses: statuses, edits: make(chan httpEdit, 10)}
	d.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		var body map[string]any
		if len(raw) == 0 && r.Method == http.MethodDelete {
			// A DELETE has no body.
		} else if err := json.Unmarshal(raw, &body); err != nil {
			http.Error(w, `{"message": "400: Bad Request", "code": 0}`, 400)
			return
		}
		d.edits <- httpEdit{r.Method, r.URL.EscapedPath(), r.Header.Get("Content-Type"), r.Header.Get("Authorization"), body}
		d.mu.Lock()
		status := 200
		if len(d.statuses) > 0 {
			status, d.statuses = d.statuses[0], d.statuses[1:]
		}
		d.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		switch status {
		case 429:
			w.Header().Set("Retry-After", "0.05")
			w.WriteHeader(429)
			io.WriteString(w, `{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}`)
		case 200:
			io.WriteString(w, `{"id": "1309876543299999999", "type": 20, "content": "edited"}`)
		default:
			w.WriteHeader(status)
			io.WriteString(w, `{"message": "Unknown Webhook", "code": 10015}`)
		}
	}))
	t.Cleanup(d.Close)
	return d
}

// next waits for the next edit.
func (d *httpDiscord) next(t *testing.T) httpEdit {
	t.Helper()
	select {
	case e := <-d.edits:
		return e
	case <-time.After(5 * time.Second):
		t.Fatal("no webhook edit reached the Discord stand-in")
		return httpEdit{}
	}
}

func (d *httpDiscord) none(t *testing.T) {
	t.Helper()
	select {
	case e := <-d.edits:
		t.Fatalf("unexpected edit %+v", e)
	case <-time.After(50 * time.Millisecond):
	}
}

// httpDeferring answers every interaction with a deferral and follow.
func httpDeferring(follow func(ctx context.Context) *discordgo.WebhookEdit) Responder {
	return httpFakeResponder{func(context.Context, *discordgo.Interaction) Reply {
		return Reply{
			Response: &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource},
			Followup: follow,
		}
	}}
}

const httpAskToken = "aW50ZXJhY3Rpb246MTMwOTg3NjU0MzIxMDk4NzY1NTpjb21tYW5kLWFzay10b2tlbg"

func TestDeferredResponseIsEditedThroughWebhook(t *testing.T) {
	discord := newHTTPDiscord(t)
	content := "Here is what the article says: <@1200000000000000001>"
	r := httpDeferring(func(ctx context.Context) *discordgo.WebhookEdit {
		return &discordgo.WebhookEdit{Content: &content}
	})
	s, priv := newHTTPTestServer(t, r, func(c *HTTPConfig) { c.APIURL = discord.URL + "/" })
	rec := httpServe(s, httpSignedRequest(priv, httpFixture(t, "command_ask.json")))
	if rec.Code != 200 || strings.TrimSpace(rec.Body.String()) != `{"type":5}` {
		t.Fatalf("initial response %d %s, want {\"type\":5}", rec.Code, rec.Body)
	}
	e := discord.next(t)
	if want := "/api/v10/webhooks/" + httpTestAppID + "/" + httpAskToken + "/messages/@original"; e.method != "PATCH" || e.path != want {
		t.Errorf("edit went to %s %s, want PATCH %s", e.method, e.path, want)
	}
	if e.contentType != "application/json" || e.auth != "" {
		t.Errorf("Content-Type %q, Authorization %q; want JSON and no bot token", e.contentType, e.auth)
	}
	if e.body["content"] != content {
		t.Errorf("content = %v", e.body["content"])
	}
	httpCheckQuiet(t, e.body)
	if got := httpCounter(t, s, `quotebot_interactions_total{command="ask",kind="command",outcome="deferred"}`); got != 1 {
		t.Errorf("deferred counted %v times", got)
	}
	httpWaitCounter(t, s, `quotebot_followups_total{command="ask",outcome="edited"}`, 1)
}

// httpWaitCounter waits for a metric that a background follow-up sets
// after its edit has been sent.
func httpWaitCounter(t *testing.T, s http.Handler, series string, want float64) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := httpCounter(t, s, series)
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s = %v, want %v", series, got, want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestFollowupFailuresStillEditWithAnApology(t *testing.T) {
	block := make(chan struct{})
	t.Cleanup(func() { close(block) })
	tests := []struct {
		name    string
		follow  func(ctx context.Context) *discordgo.WebhookEdit
		want    string
		outcome string
	}{
		{"respects the timeout", func(ctx context.Context) *discordgo.WebhookEdit {
			<-ctx.Done()
			return nil
		}, followupTimeoutText, "timeout"},
		{"ignores the timeout", func(ctx context.Context) *discordgo.WebhookEdit {
			<-block
			return nil
		}, followupTimeoutText, "timeout"},
		{"panics", func(ctx context.Context) *discordgo.WebhookEdit { panic("follow-up bug") }, followupErrorText, "panic"},
		{"returns nothing", func(ctx context.Context) *discordgo.WebhookEdit { return nil }, followupErrorText, "error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			discord := newHTTPDiscord(t)
			s, priv := newHTTPTestServer(t, httpDeferring(tt.follow), func(c *HTTPConfig) {
				c.APIURL = discord.URL
				c.FollowupTimeout = 20 * time.Millisecond
			})
			httpServe(s, httpSignedRequest(priv, httpFixture(t, "command_ask.json")))
			e := discord.next(t)
			if e.body["content"] != tt.want {
				t.Errorf("content = %v, want %q", e.body["content"], tt.want)
			}
			httpCheckQuiet(t, e.body)
			httpWaitCounter(t, s, `quotebot_followups_total{command="ask",outcome="`+tt.outcome+`"}`, 1)
		})
	}
}

func TestEditRetriesRateLimitsAndServerErrors(t *testing.T) {
	discord := newHTTPDiscord(t, 429, 502)
	s, priv := newHTTPTestServer(t, httpDeferring(func(context.Context) *discordgo.WebhookEdit { return textEdit("done") }),
		func(c *HTTPConfig) { c.APIURL = discord.URL })
	s.retryWait = time.Millisecond
	httpServe(s, httpSignedRequest(priv, httpFixture(t, "command_ask.json")))
	for range 3 {
		if e := discord.next(t); e.body["content"] != "done" {
			t.Errorf("content = %v", e.body["content"])
		}
	}
	httpWaitCounter(t, s, `quotebot_followups_total{command="ask",outcome="edited"}`, 1)
	discord.none(t)
}

func TestEditGivesUpOnClientErrors(t *testing.T) {
	discord := newHTTPDiscord(t, 404)
	s, priv := newHTTPTestServer(t, httpDeferring(func(context.Context) *discordgo.WebhookEdit { return textEdit("done") }),
		func(c *HTTPConfig) { c.APIURL = discord.URL })
	httpServe(s, httpSignedRequest(priv, httpFixture(t, "command_ask.json")))
	discord.next(t)
	httpWaitCounter(t, s, `quotebot_followups_total{command="ask",outcome="edit_failed"}`, 1)
	discord.none(t)
}

func TestEditErrorsNeverContainTheToken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	s, _ := newHTTPTestServer(t, httpFakeResponder{}, func(c *HTTPConfig) { c.APIURL = "http://" + addr })
	s.retryWait = time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	err = s.editOriginal(ctx, "secret-token", textEdit("x"))
	if err == nil || strings.Contains(err.Error(), "secret-token") {
		t.Errorf("err = %v; want an error without the token", err)
	}
}

func TestRetryAfter(t *testing.T) {
	tests := []struct {
		header, body string
		want         time.Duration
	}{
		{"0.5", "", 500 * time.Millisecond},
		{"", `{"retry_after": 1.25}`, 1250 * time.Millisecond},
		{"", "", 100 * time.Millisecond},
		{"3600", "", 5 * time.Second},
	}
	for _, tt := range tests {
		h := http.Header{}
		if tt.header != "" {
			h.Set("Retry-After", tt.header)
		}
		if got := retryAfter(h, []byte(tt.body)); got != tt.want {
			t.Errorf("retryAfter(%q, %q) = %v, want %v", tt.header, tt.body, got, tt.want)
		}
	}
}

func TestEditWithFilesIsMultipart(t *testing.T) {
	got := make(chan string, 1)
	discord := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			got <- "not multipart: " + err.Error()
			return
		}
		got <- r.FormValue("payload_json")
	}))
	defer discord.Close()
	s, _ := newHTTPTestServer(t, httpFakeResponder{}, func(c *HTTPConfig) { c.APIURL = discord.URL })
	e := textEdit("see file")
	e.Files = []*discordgo.File{{Name: "quotes.txt", ContentType: "text/plain", Reader: strings.NewReader("q")}}
	if err := s.editOriginal(context.Background(), "tok", e); err != nil {
		t.Fatal(err)
	}
	if p := <-got; !strings.Contains(p, `"allowed_mentions":{"parse":[]`) || !strings.Contains(p, "see file") {
		t.Errorf("payload_json = %s", p)
	}
}

// httpStartServe runs s.Serve on a loopback listener until the returned
// cancel is called; wait returns Serve's error.
func httpStartServe(t *testing.T, s *HTTPServer) (url string, cancel func(), wait func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ctx, ln) }()
	wait = func() error {
		select {
		case err := <-errc:
			return err
		case <-time.After(10 * time.Second):
			t.Fatal("Serve did not return after shutdown")
			return nil
		}
	}
	t.Cleanup(cancel)
	return "http://" + ln.Addr().String(), cancel, wait
}

func httpPost(t *testing.T, url string, priv ed25519.PrivateKey, body []byte) (*http.Response, error) {
	t.Helper()
	req, err := http.NewRequest("POST", url+"/interactions", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	httpSign(req.Header, priv, time.Now(), body)
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		resp.Body = io.NopCloser(bytes.NewReader(b))
	}
	return resp, err
}

func TestShutdownFinishesInFlightRequests(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	r := httpFakeResponder{func(context.Context, *discordgo.Interaction) Reply {
		close(entered)
		<-release
		return Reply{Response: httpText("late but answered")}
	}}
	s, priv := newHTTPTestServer(t, r, nil)
	url, cancel, wait := httpStartServe(t, s)
	type result struct {
		resp *http.Response
		err  error
	}
	done := make(chan result, 1)
	go func() {
		resp, err := httpPost(t, url, priv, httpFixture(t, "command_ask.json"))
		done <- result{resp, err}
	}()
	<-entered
	cancel()
	time.Sleep(20 * time.Millisecond) // let shutdown begin
	if s.ready.Load() {
		t.Error("still ready while draining")
	}
	close(release)
	res := <-done
	if res.err != nil || res.resp.StatusCode != 200 {
		t.Fatalf("in-flight request during shutdown: %v %v", res.resp, res.err)
	}
	if err := wait(); err != nil {
		t.Errorf("Serve = %v, want nil after a clean shutdown", err)
	}
	if _, err := httpPost(t, url, priv, httpFixture(t, "ping.json")); err == nil {
		t.Error("the server still accepts requests after shutdown")
	}
}

func TestShutdownCancelsFollowupsAndApologises(t *testing.T) {
	discord := newHTTPDiscord(t)
	started := make(chan struct{})
	r := httpDeferring(func(ctx context.Context) *discordgo.WebhookEdit {
		close(started)
		<-ctx.Done() // slow work that only shutdown ends
		return nil
	})
	s, priv := newHTTPTestServer(t, r, func(c *HTTPConfig) {
		c.APIURL = discord.URL
		c.ShutdownGrace = time.Second // room for the apology on a loaded machine (50 ms flaked)
		c.FollowupTimeout = time.Hour
	})
	url, cancel, wait := httpStartServe(t, s)
	resp, err := httpPost(t, url, priv, httpFixture(t, "command_ask.json"))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("deferred request: %v %v", resp, err)
	}
	<-started
	cancel()
	if err := wait(); err != nil {
		t.Errorf("Serve = %v", err)
	}
	// Serve returned only after the apology went out.
	select {
	case e := <-discord.edits:
		if e.body["content"] != followupTimeoutText {
			t.Errorf("content = %v", e.body["content"])
		}
	default:
		t.Error("Serve returned before the cancelled follow-up edited its response")
	}
}
