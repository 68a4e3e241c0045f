package bot

import (
	"bytes"
	"encoding/json"
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
)

// fastREST retries quickly, so the tests take milliseconds.
var fastREST = RESTPolicy{AttemptTimeout: 200 * time.Millisecond, Deadline: 2 * time.Second, BackoffMin: 5 * time.Millisecond, BackoffMax: 20 * time.Millisecond}

const channel = "1100000000000000001"

// restSession is a discordgo session on the stand-in through our transport.
func restSession(t *testing.T, srv *discordtest.Server, p RESTPolicy, log *slog.Logger) *discordgo.Session {
	t.Helper()
	useStandIn(t, srv)
	s, err := newSession(testToken, NewRESTClient(nil, p, log))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func nonceOf(t *testing.T, c discordtest.Call) string {
	t.Helper()
	var m struct {
		Nonce   string `json:"nonce"`
		Enforce bool   `json:"enforce_nonce"`
	}
	if err := json.Unmarshal(c.Body, &m); err != nil {
		t.Fatalf("%s: %v", c.Body, err)
	}
	if m.Nonce == "" || !m.Enforce {
		t.Errorf("message without an enforced nonce: %s", c.Body)
	}
	return m.Nonce
}

// TestRESTRetries sends a reply through faults Discord has: each reply
// arrives exactly once, and a retry repeats the same nonce.
func TestRESTRetries(t *testing.T) {
	html := `<!DOCTYPE html><html><body>You are being rate limited.</body></html>`
	tests := []struct {
		name     string
		faults   []discordtest.Fault
		wantErr  bool
		attempts int // calls the stand-in sees; 0 = len(faults)+1
	}{
		{name: "one 500", faults: []discordtest.Fault{{Status: 500}}},
		{name: "one 503", faults: []discordtest.Fault{{Status: 503}}},
		{name: "a burst of 502", faults: []discordtest.Fault{{Status: 502}, {Status: 502}, {Status: 502}, {Status: 502}, {Status: 502}, {Status: 502}}},
		{name: "429 with JSON", faults: []discordtest.Fault{{Status: 429, Body: `{"message":"You are being rate limited.","retry_after":0.02,"global":false}`}}},
		{name: "429 with HTML and Retry-After", faults: []discordtest.Fault{{Status: 429, Header: map[string]string{"Retry-After": "0.02", "Content-Type": "text/html"}, Body: html}}},
		{name: "posted but the answer was lost", faults: []discordtest.Fault{{Status: 502, After: true}, {Status: 504, After: true}}},
		{name: "a hung call", faults: []discordtest.Fault{{Hang: time.Minute}}},
		{name: "429 longer than the deadline", faults: []discordtest.Fault{{Status: 429, Header: map[string]string{"Retry-After": "60"}, Body: html}}, wantErr: true, attempts: 1},
		{name: "5xx until the deadline", faults: fill(discordtest.Fault{Status: 500}, 1000), wantErr: true, attempts: -1},
		{name: "400 is not retried", faults: []discordtest.Fault{{Status: 400}}, wantErr: true, attempts: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := discordtest.New(t, testToken)
			var logs bytes.Buffer
			p := fastREST
			p.Deadline = 500 * time.Millisecond
			s := restSession(t, srv, p, slog.New(slog.NewJSONHandler(&logs, nil)))
			srv.FailREST("POST", "/channels/"+channel+"/messages", tt.faults...)
			_, err := s.ChannelMessageSendComplex(channel, &discordgo.MessageSend{Content: "hello", AllowedMentions: noMentions()})
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want an error: %v", err, tt.wantErr)
			}
			calls := srv.Calls()
			want := tt.attempts
			if want == 0 {
				want = len(tt.faults) + 1
			}
			if want > 0 && len(calls) != want {
				t.Errorf("%d attempts, want %d", len(calls), want)
			}
			if len(calls) == 0 {
				t.Fatal("no call")
			}
			first := nonceOf(t, calls[0])
			for _, c := range calls[1:] {
				if n := nonceOf(t, c); n != first {
					t.Errorf("a retry changed the nonce: %s then %s", first, n)
				}
			}
			if wantPosted := map[bool]int{false: 1, true: 0}[tt.wantErr]; srv.Posted() != wantPosted {
				t.Errorf("posted %d messages, want %d", srv.Posted(), wantPosted)
			}
			if strings.HasPrefix(tt.name, "429") && !strings.Contains(logs.String(), `"msg":"discord rate limit"`) {
				t.Errorf("the rate limit is not logged: %s", logs.String())
			}
			if tt.name == "429 longer than the deadline" {
				if _, ok := err.(*discordgo.RateLimitError); !ok {
					t.Errorf("err = %T %v, want a RateLimitError", err, err)
				}
			}
		})
	}
}

func fill(f discordtest.Fault, n int) []discordtest.Fault {
	out := make([]discordtest.Fault, n)
	for i := range out {
		out[i] = f
	}
	return out
}

// TestRESTHungCallDoesNotHoldTheChannel: discordgo holds a route's bucket
// for the whole call, so one hung reply used to delay the next reply to
// the same channel by 20 s; an attempt is bounded now.
func TestRESTHungCallDoesNotHoldTheChannel(t *testing.T) {
	srv := discordtest.New(t, testToken)
	s := restSession(t, srv, fastREST, nil)
	srv.FailREST("POST", "/channels/"+channel+"/messages", discordtest.Fault{Hang: time.Minute})
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.ChannelMessageSendComplex(channel, &discordgo.MessageSend{Content: "answer"})
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(wait):
		t.Fatal("a hung call held the channel")
	}
	if errs[0] != nil || errs[1] != nil || srv.Posted() != 2 {
		t.Errorf("errs %v, posted %d; want both replies, once each", errs, srv.Posted())
	}
}

// TestRESTInteractionAnsweredOnce: when a callback reached Discord but its
// answer was lost, the retry's "already acknowledged" means success.
func TestRESTInteractionAnsweredOnce(t *testing.T) {
	var mu sync.Mutex
	n := 0
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		mu.Lock()
		n++
		first := n == 1
		mu.Unlock()
		if first {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, `{"message":"Interaction has already been acknowledged.","code":40060}`)
	}))
	defer api.Close()
	c := NewRESTClient(nil, fastREST, nil)
	resp, err := c.Post(api.URL+"/api/v9/interactions/1/tok/callback", "application/json", strings.NewReader(`{"type":4}`))
	if err != nil || resp.StatusCode != http.StatusNoContent {
		t.Fatalf("resp %v, err %v; want 204", resp, err)
	}
	resp.Body.Close()
}

// TestRESTFollowupNotRepeated: a POST Discord cannot deduplicate (an
// interaction follow-up) is not repeated after a 5xx, which may have
// posted it; a 429, which did not, is.
func TestRESTFollowupNotRepeated(t *testing.T) {
	for _, tt := range []struct {
		status, want int
	}{{500, 1}, {429, 2}} {
		srv := discordtest.New(t, testToken)
		useStandIn(t, srv)
		srv.FailREST("POST", "/webhooks/", discordtest.Fault{Status: tt.status, Header: map[string]string{"Retry-After": "0.01"}})
		c := NewRESTClient(nil, fastREST, nil)
		resp, err := c.Post(srv.URL+"/api/v9/webhooks/"+discordtest.AppID+"/tok", "application/json", strings.NewReader(`{"content":"more"}`))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := len(srv.Calls()); got != tt.want {
			t.Errorf("after a %d: %d attempts, want %d", tt.status, got, tt.want)
		}
	}
}

func TestRateLimitWait(t *testing.T) {
	tests := []struct {
		header map[string]string
		body   string
		want   time.Duration
		global bool
	}{
		{map[string]string{"Retry-After": "3"}, "<html>banned</html>", 3 * time.Second, false},
		{nil, `{"retry_after": 1.5, "global": true}`, 1500 * time.Millisecond, true},
		{map[string]string{"Retry-After": "2", "X-RateLimit-Global": "true"}, `{"retry_after": 1.25}`, 2 * time.Second, true},
		{map[string]string{"X-RateLimit-Reset-After": "0.25"}, "", 250 * time.Millisecond, false},
		{nil, "", 50 * time.Millisecond, false},
	}
	for _, tt := range tests {
		h := http.Header{}
		for k, v := range tt.header {
			h.Set(k, v)
		}
		got, global := rateLimitWait(h, []byte(tt.body))
		if got != tt.want || global != tt.global {
			t.Errorf("%v %s: %v %v, want %v %v", tt.header, tt.body, got, global, tt.want, tt.global)
		}
	}
}

func TestWithNonce(t *testing.T) {
	for _, tt := range []struct{ ct, in, want string }{
		{"application/json", `{"content":"x"}`, `{"content":"x","nonce":"N","enforce_nonce":true}`},
		{"application/json", "{}\n", `{"nonce":"N","enforce_nonce":true}`},
		{"application/json", `{"content":"x","nonce":"mine"}`, `{"content":"x","nonce":"mine"}`},
		{"multipart/form-data; boundary=x", `--x`, `--x`},
	} {
		got := string(withNonce(tt.ct, []byte(tt.in)))
		var m map[string]any
		if strings.HasPrefix(tt.ct, "application/json") && json.Unmarshal([]byte(got), &m) != nil {
			t.Errorf("%s: not JSON: %s", tt.in, got)
		}
		if n, ok := m["nonce"].(string); ok && n != "mine" {
			got = strings.Replace(got, n, "N", 1)
		}
		if got != tt.want {
			t.Errorf("withNonce(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestRedactPath(t *testing.T) {
	for in, want := range map[string]string{
		"/api/v9/interactions/123/secret/callback":           "/api/v9/interactions/123/:token/callback",
		"/api/v10/webhooks/1/secret/messages/@original":      "/api/v10/webhooks/1/:token/messages/@original",
		"/api/v9/channels/1/messages":                        "/api/v9/channels/1/messages",
		"/api/v9/applications/1/guilds/2/commands":           "/api/v9/applications/1/guilds/2/commands",
		"/api/v9/interactions/123":                           "/api/v9/interactions/123",
		"/api/v9/webhooks/1/secret":                          "/api/v9/webhooks/1/:token",
		"/api/v9/channels/1/messages/2/reactions/x/@me/junk": "/api/v9/channels/1/messages/2/reactions/x/@me/junk",
	} {
		if got := redactPath(in); got != want {
			t.Errorf("redactPath(%s) = %s, want %s", in, got, want)
		}
	}
}
