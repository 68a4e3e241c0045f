package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Test helpers here carry an http prefix: package bot is shared with the
// gateway code and its tests.

const httpTestAppID = "1281234567890123456"

// httpFakeResponder is a Responder whose behaviour a test sets.
type httpFakeResponder struct {
	respond func(ctx context.Context, i *discordgo.Interaction) Reply
}

func (f httpFakeResponder) Respond(ctx context.Context, i *discordgo.Interaction) Reply {
	return f.respond(ctx, i)
}

var _ Responder = httpFakeResponder{}

// httpKey returns a fresh Ed25519 key pair, like the one the Developer
// Portal shows the public half of.
func httpKey(t testing.TB) (ed25519.PublicKey, ed25519.PrivateKey) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return pub, priv
}

// newHTTPTestServer returns a ready server for r and the key that signs
// its requests; edit changes the config first.
func newHTTPTestServer(t testing.TB, r Responder, edit func(*HTTPConfig)) (*HTTPServer, ed25519.PrivateKey) {
	t.Helper()
	pub, priv := httpKey(t)
	cfg := HTTPConfig{PublicKey: pub, AppID: httpTestAppID}
	if edit != nil {
		edit(&cfg)
	}
	s, err := NewHTTPServer(cfg, r)
	if err != nil {
		t.Fatal(err)
	}
	s.SetReady(true)
	return s, priv
}

func httpFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "http", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// httpSign sets the headers Discord sends: a signature over the timestamp
// followed by the body.
func httpSign(h http.Header, priv ed25519.PrivateKey, at time.Time, body []byte) {
	ts := strconv.FormatInt(at.Unix(), 10)
	h.Set("X-Signature-Timestamp", ts)
	h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...))))
}

func httpSignedRequest(priv ed25519.PrivateKey, body []byte) *http.Request {
	req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	httpSign(req.Header, priv, time.Now(), body)
	return req
}

func httpServe(s http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	return rec
}

// httpDecode parses an interaction response from the wire.
func httpDecode(t testing.TB, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("response %q is not JSON: %v", b, err)
	}
	return m
}

func httpText(s string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: s}}
}

func TestInteractionsAnswerFixtures(t *testing.T) {
	var got *discordgo.Interaction
	r := httpFakeResponder{func(ctx context.Context, i *discordgo.Interaction) Reply {
		if _, ok := ctx.Deadline(); !ok {
			t.Error("Respond got a context without a deadline")
		}
		got = i
		switch i.Type {
		case discordgo.InteractionMessageComponent:
			return Reply{Response: &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage,
				Data: &discordgo.InteractionResponseData{Content: "updated"}}}
		case discordgo.InteractionApplicationCommandAutocomplete:
			return Reply{Response: &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
				Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{
					{Name: "What did Putin say about root causes?", Value: "What did Putin say about root causes?"}}}}}
		}
		return Reply{Response: httpText("answer")}
	}}
	s, priv := newHTTPTestServer(t, r, nil)
	tests := []struct {
		file     string
		wantType float64
		check    func(t *testing.T, i *discordgo.Interaction)
	}{
		{"ping.json", 1, func(t *testing.T, i *discordgo.Interaction) {
			if i != nil {
				t.Error("a PING reached the Responder")
			}
		}},
		{"command_ask.json", 4, func(t *testing.T, i *discordgo.Interaction) {
			d := i.ApplicationCommandData()
			if d.Name != "ask" || len(d.Options) != 1 || d.Options[0].StringValue() != "What did Putin say about root causes?" {
				t.Errorf("data = %+v", d)
			}
			if i.Member == nil || i.Member.User.Username != "ana.reader" || i.GuildID != "1100000000000000001" {
				t.Errorf("member/guild not decoded: %+v", i.Member)
			}
		}},
		{"message_command.json", 4, func(t *testing.T, i *discordgo.Interaction) {
			d := i.ApplicationCommandData()
			if d.Name != "Check quote" || d.TargetID != "1309870000000000001" || d.Resolved.Messages[d.TargetID] == nil {
				t.Errorf("data = %+v", d)
			}
		}},
		{"component_button.json", 7, func(t *testing.T, i *discordgo.Interaction) {
			if d := i.MessageComponentData(); d.CustomID != "ask:more:1309876543210987655" || i.Message == nil {
				t.Errorf("data = %+v, message %v", d, i.Message)
			}
		}},
		{"autocomplete_ask.json", 8, func(t *testing.T, i *discordgo.Interaction) {
			if d := i.ApplicationCommandData(); !d.Options[0].Focused {
				t.Errorf("focused option not decoded: %+v", d.Options[0])
			}
		}},
		{"modal_submit.json", 4, func(t *testing.T, i *discordgo.Interaction) {
			if d := i.ModalSubmitData(); d.CustomID != "askmodal:1" || i.User == nil {
				t.Errorf("data = %+v", d)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got = nil
			rec := httpServe(s, httpSignedRequest(priv, httpFixture(t, tt.file)))
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type = %q", ct)
			}
			m := httpDecode(t, rec.Body.Bytes())
			if m["type"] != tt.wantType {
				t.Errorf("response type = %v, want %v (%s)", m["type"], tt.wantType, rec.Body)
			}
			if tt.wantType == 1 && strings.TrimSpace(rec.Body.String()) != `{"type":1}` {
				t.Errorf("PONG = %s, want {\"type\":1}", rec.Body)
			}
			if tt.wantType == 8 {
				// An autocomplete result is its choices and nothing else.
				want := `{"type":8,"data":{"choices":[{"name":"What did Putin say about root causes?","value":"What did Putin say about root causes?"}]}}`
				if got := strings.TrimSpace(rec.Body.String()); got != want {
					t.Errorf("autocomplete = %s, want %s", got, want)
				}
			} else if data, ok := m["data"].(map[string]any); ok {
				httpCheckQuiet(t, data)
			}
			tt.check(t, got)
		})
	}
}

// httpCheckQuiet fails unless data's allowed_mentions pings nobody.
func httpCheckQuiet(t *testing.T, data map[string]any) {
	t.Helper()
	am, ok := data["allowed_mentions"].(map[string]any)
	if !ok {
		t.Fatalf("no allowed_mentions in %v", data)
	}
	if p, ok := am["parse"].([]any); !ok || len(p) != 0 {
		t.Errorf("allowed_mentions.parse = %#v, want []", am["parse"])
	}
	if am["users"] != nil || am["roles"] != nil || am["replied_user"] != false {
		t.Errorf("allowed_mentions = %v, want nobody", am)
	}
}

func TestResponsesNeverPing(t *testing.T) {
	var canned *discordgo.InteractionResponse
	r := httpFakeResponder{func(ctx context.Context, i *discordgo.Interaction) Reply {
		resp := httpText("<@1200000000000000001> @everyone")
		resp.Data.AllowedMentions = &discordgo.MessageAllowedMentions{
			Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeEveryone, discordgo.AllowedMentionTypeUsers},
			Users: []string{"1200000000000000001"}, RepliedUser: true,
		}
		canned = resp
		return Reply{Response: resp}
	}}
	s, priv := newHTTPTestServer(t, r, nil)
	rec := httpServe(s, httpSignedRequest(priv, httpFixture(t, "command_ask.json")))
	httpCheckQuiet(t, httpDecode(t, rec.Body.Bytes())["data"].(map[string]any))
	if len(canned.Data.AllowedMentions.Users) != 1 {
		t.Error("the Responder's own response was changed; it may be shared")
	}
}

func TestInteractionsRejects(t *testing.T) {
	called := false
	r := httpFakeResponder{func(context.Context, *discordgo.Interaction) Reply {
		called = true
		return Reply{Response: httpText("x")}
	}}
	s, priv := newHTTPTestServer(t, r, nil)
	_, otherKey := httpKey(t)
	ask := httpFixture(t, "command_ask.json")
	now := time.Now()
	signed := func(body []byte, at time.Time, key ed25519.PrivateKey) func(*http.Request) {
		return func(req *http.Request) { httpSign(req.Header, key, at, body) }
	}
	tests := []struct {
		name   string
		method string
		path   string
		body   []byte
		sign   func(*http.Request)
		want   int
		reason string // the rejected-signatures label, for 401s
	}{
		{"no signature", "POST", "/interactions", ask, func(*http.Request) {}, 401, "missing"},
		{"no timestamp", "POST", "/interactions", ask, func(r *http.Request) {
			httpSign(r.Header, priv, now, ask)
			r.Header.Del("X-Signature-Timestamp")
		}, 401, "missing"},
		{"signature not hex", "POST", "/interactions", ask, func(r *http.Request) {
			httpSign(r.Header, priv, now, ask)
			r.Header.Set("X-Signature-Ed25519", "zz"+r.Header.Get("X-Signature-Ed25519")[2:])
		}, 401, "malformed"},
		{"signature too short", "POST", "/interactions", ask, func(r *http.Request) {
			httpSign(r.Header, priv, now, ask)
			r.Header.Set("X-Signature-Ed25519", r.Header.Get("X-Signature-Ed25519")[:64])
		}, 401, "malformed"},
		{"timestamp not a number", "POST", "/interactions", ask, func(r *http.Request) {
			httpSign(r.Header, priv, now, ask)
			r.Header.Set("X-Signature-Timestamp", now.Format(time.RFC3339))
		}, 401, "malformed"},
		{"signed by another key", "POST", "/interactions", ask, signed(ask, now, otherKey), 401, "invalid"},
		{"body changed after signing", "POST", "/interactions", bytes.Replace(ask, []byte("root causes"), []byte("root  causes"), 1), signed(ask, now, priv), 401, "invalid"},
		{"timestamp changed after signing", "POST", "/interactions", ask, func(r *http.Request) {
			httpSign(r.Header, priv, now, ask)
			r.Header.Set("X-Signature-Timestamp", strconv.FormatInt(now.Unix()-1, 10))
		}, 401, "invalid"},
		{"timestamp 6 minutes old", "POST", "/interactions", ask, signed(ask, now.Add(-6*time.Minute), priv), 401, "stale"},
		{"timestamp 2 minutes ahead", "POST", "/interactions", ask, signed(ask, now.Add(2*time.Minute), priv), 401, "future"},
		{"body over 1 MiB", "POST", "/interactions", httpBig(), signed(httpBig(), now, priv), 413, ""},
		{"body over 1 MiB, length unknown", "POST", "/interactions", httpBig(), func(r *http.Request) {
			httpSign(r.Header, priv, now, httpBig())
			r.ContentLength = -1
		}, 413, ""},
		{"malformed JSON", "POST", "/interactions", ask[:len(ask)/2], signed(ask[:len(ask)/2], now, priv), 400, ""},
		{"JSON array", "POST", "/interactions", []byte(`[1]`), signed([]byte(`[1]`), now, priv), 400, ""},
		{"JSON null", "POST", "/interactions", []byte(`null`), signed([]byte(`null`), now, priv), 400, ""},
		{"unknown interaction type", "POST", "/interactions", []byte(`{"type":9,"token":"t"}`), signed([]byte(`{"type":9,"token":"t"}`), now, priv), 400, ""},
		{"no interaction type", "POST", "/interactions", []byte(`{"token":"t"}`), signed([]byte(`{"token":"t"}`), now, priv), 400, ""},
		{"no token", "POST", "/interactions", []byte(`{"type":2,"data":{"name":"ask"}}`), signed([]byte(`{"type":2,"data":{"name":"ask"}}`), now, priv), 400, ""},
		{"GET /interactions", "GET", "/interactions", nil, func(*http.Request) {}, 405, ""},
		{"POST /healthz", "POST", "/healthz", nil, func(*http.Request) {}, 405, ""},
		{"DELETE /metrics", "DELETE", "/metrics", nil, func(*http.Request) {}, 405, ""},
		{"unknown path", "GET", "/nope", nil, func(*http.Request) {}, 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			called = false
			before := httpCounter(t, s, `quotebot_rejected_signatures_total{reason="`+tt.reason+`"}`)
			req := httptest.NewRequest(tt.method, tt.path, bytes.NewReader(tt.body))
			tt.sign(req)
			rec := httpServe(s, req)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d (%s)", rec.Code, tt.want, rec.Body)
			}
			if called {
				t.Error("a rejected request reached the Responder")
			}
			if tt.want == 405 && rec.Header().Get("Allow") == "" {
				t.Error("405 without an Allow header")
			}
			if tt.reason != "" {
				if after := httpCounter(t, s, `quotebot_rejected_signatures_total{reason="`+tt.reason+`"}`); after != before+1 {
					t.Errorf("rejected_signatures{%s} went %v → %v", tt.reason, before, after)
				}
			}
		})
	}
}

// httpBig is a syntactically valid interaction just over the body limit.
func httpBig() []byte {
	return []byte(`{"type":2,"token":"t","data":{"name":"ask","options":[{"name":"question","type":3,"value":"` +
		strings.Repeat("a", MaxInteractionBytes) + `"}]}}`)
}

// httpCounter reads one sample from /metrics (0 when absent).
func httpCounter(t testing.TB, s http.Handler, series string) float64 {
	t.Helper()
	rec := httpServe(s, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("/metrics: %d", rec.Code)
	}
	for _, line := range strings.Split(rec.Body.String(), "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("metric line %q: %v", line, err)
			}
			return f
		}
	}
	return 0
}

func TestDiscordPortalCheck(t *testing.T) {
	// Saving the Interactions Endpoint URL makes Discord send a signed PING
	// and a PING with a deliberately invalid signature; both must be right.
	s, priv := newHTTPTestServer(t, httpFakeResponder{}, nil)
	ping := httpFixture(t, "ping.json")
	if rec := httpServe(s, httpSignedRequest(priv, ping)); rec.Code != 200 || strings.TrimSpace(rec.Body.String()) != `{"type":1}` {
		t.Errorf("signed PING: %d %s", rec.Code, rec.Body)
	}
	bad := httpSignedRequest(priv, ping)
	sig := []byte(bad.Header.Get("X-Signature-Ed25519"))
	sig[0] ^= 1 // still hex, no longer valid
	bad.Header.Set("X-Signature-Ed25519", string(sig))
	if rec := httpServe(s, bad); rec.Code != 401 {
		t.Errorf("PING with a bad signature: %d, want 401", rec.Code)
	}
}

func TestHealthzAndReadiness(t *testing.T) {
	pub, priv := httpKey(t)
	s, err := NewHTTPServer(HTTPConfig{PublicKey: pub, AppID: httpTestAppID}, httpFakeResponder{})
	if err != nil {
		t.Fatal(err)
	}
	get := func() int { return httpServe(s, httptest.NewRequest("GET", "/healthz", nil)).Code }
	if got := get(); got != 503 {
		t.Errorf("/healthz before ready = %d, want 503", got)
	}
	if got := httpServe(s, httpSignedRequest(priv, httpFixture(t, "ping.json"))).Code; got != 503 {
		t.Errorf("/interactions before ready = %d, want 503", got)
	}
	s.SetReady(true)
	if got := get(); got != 200 {
		t.Errorf("/healthz when ready = %d, want 200", got)
	}
	if got := httpServe(s, httptest.NewRequest("HEAD", "/healthz", nil)).Code; got != 200 {
		t.Errorf("HEAD /healthz = %d, want 200", got)
	}
}

func TestNewHTTPServerChecksConfig(t *testing.T) {
	pub, _ := httpKey(t)
	tests := []struct {
		name string
		cfg  HTTPConfig
		r    Responder
	}{
		{"short key", HTTPConfig{PublicKey: pub[:31], AppID: "1"}, httpFakeResponder{}},
		{"no app id", HTTPConfig{PublicKey: pub}, httpFakeResponder{}},
		{"no responder", HTTPConfig{PublicKey: pub, AppID: "1"}, nil},
	}
	for _, tt := range tests {
		if _, err := NewHTTPServer(tt.cfg, tt.r); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func TestPanicAnswers500AndServerStaysUp(t *testing.T) {
	var panicking atomic.Bool
	panicking.Store(true)
	r := httpFakeResponder{func(context.Context, *discordgo.Interaction) Reply {
		if panicking.Load() {
			panic("handler bug")
		}
		return Reply{Response: httpText("fine")}
	}}
	s, priv := newHTTPTestServer(t, r, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()
	post := func() *http.Response {
		t.Helper()
		body := httpFixture(t, "command_ask.json")
		req, _ := http.NewRequest("POST", ts.URL+"/interactions", bytes.NewReader(body))
		httpSign(req.Header, priv, time.Now(), body)
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	if resp := post(); resp.StatusCode != 500 {
		t.Fatalf("panicking handler: %d, want 500", resp.StatusCode)
	}
	panicking.Store(false)
	if resp := post(); resp.StatusCode != 200 {
		t.Fatalf("after a panic: %d, want 200", resp.StatusCode)
	}
	if got := httpCounter(t, s, `quotebot_interactions_total{command="ask",kind="command",outcome="panic"}`); got != 1 {
		t.Errorf("panic outcome counted %v times, want 1", got)
	}
}

func TestNoResponseAnswers500(t *testing.T) {
	s, priv := newHTTPTestServer(t, httpFakeResponder{func(context.Context, *discordgo.Interaction) Reply { return Reply{} }}, nil)
	if rec := httpServe(s, httpSignedRequest(priv, httpFixture(t, "command_ask.json"))); rec.Code != 500 {
		t.Errorf("status %d, want 500", rec.Code)
	}
}

func TestMetricsCount(t *testing.T) {
	r := httpFakeResponder{func(context.Context, *discordgo.Interaction) Reply { return Reply{Response: httpText("a")} }}
	s, priv := newHTTPTestServer(t, r, nil)
	for range 2 {
		httpServe(s, httpSignedRequest(priv, httpFixture(t, "command_ask.json")))
	}
	httpServe(s, httpSignedRequest(priv, httpFixture(t, "component_button.json")))
	s.metrics.RateLimited("ask")
	var nilMetrics *Metrics
	nilMetrics.RateLimited("ask") // counts nothing, and does not panic
	tests := []struct {
		series string
		want   float64
	}{
		{`quotebot_interactions_total{command="ask",kind="command",outcome="answered"}`, 2},
		{`quotebot_interactions_total{command="ask",kind="component",outcome="answered"}`, 1},
		{`quotebot_interaction_duration_seconds_count{command="ask",kind="command"}`, 2},
		{`quotebot_rate_limited_total{command="ask"}`, 1},
	}
	for _, tt := range tests {
		if got := httpCounter(t, s, tt.series); got != tt.want {
			t.Errorf("%s = %v, want %v", tt.series, got, tt.want)
		}
	}
}
