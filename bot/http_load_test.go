package bot

import (
	"context"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// httpHolding is a Responder whose answers wait until release is closed
// for interactions whose token is "hold"; it records the most answers it
// computed at once.
type httpHolding struct {
	entered          chan struct{}
	release          chan struct{}
	running, maxSeen atomic.Int32
	answer           func(i *discordgo.Interaction) *discordgo.InteractionResponse
}

func newHTTPHolding() *httpHolding {
	return &httpHolding{entered: make(chan struct{}, 16), release: make(chan struct{}),
		answer: func(*discordgo.Interaction) *discordgo.InteractionResponse { return httpText("the answer") }}
}

func (h *httpHolding) Respond(ctx context.Context, i *discordgo.Interaction) Reply {
	n := h.running.Add(1)
	defer h.running.Add(-1)
	for {
		m := h.maxSeen.Load()
		if n <= m || h.maxSeen.CompareAndSwap(m, n) {
			break
		}
	}
	h.entered <- struct{}{}
	if i.Token == "hold" {
		<-h.release
	}
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return Reply{Response: &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "x", Value: "x"}}}}}
	}
	return Reply{Response: h.answer(i)}
}

// withToken returns a fixture with its interaction token replaced.
func withToken(t *testing.T, name, token string) []byte {
	t.Helper()
	b := string(httpFixture(t, name))
	i := strings.Index(b, `"token": "`)
	if i < 0 {
		t.Fatalf("%s has no token", name)
	}
	j := strings.Index(b[i+len(`"token": "`):], `"`) + i + len(`"token": "`)
	return []byte(b[:i] + `"token": "` + token + b[j:])
}

// holdOneSlot starts an interaction that holds the server's only slot
// until h.release is closed, and waits until it does.
func holdOneSlot(t *testing.T, s *HTTPServer, priv []byte, h *httpHolding) {
	t.Helper()
	go httpServe(s, httpSignedRequest(priv, withToken(t, "command_ask.json", "hold")))
	select {
	case <-h.entered:
	case <-time.After(5 * time.Second):
		t.Fatal("the holding interaction never reached the responder")
	}
}

func TestLoadIsBoundedAndShedPolitely(t *testing.T) {
	discord := newHTTPDiscord(t)
	h := newHTTPHolding()
	s, priv := newHTTPTestServer(t, h, func(c *HTTPConfig) {
		c.APIURL, c.MaxConcurrent, c.MaxQueued, c.QueueWait = discord.URL+"/", 1, 1, 50*time.Millisecond
	})
	s.inlineWait = 20 * time.Millisecond
	holdOneSlot(t, s, priv, h)

	// A command waits deferred, then is shed: the deferral is deleted and
	// the user told privately.
	rec := httpServe(s, httpSignedRequest(priv, withToken(t, "command_ask.json", "queued")))
	if got := httpDecode(t, rec.Body.Bytes()); got["type"] != float64(5) {
		t.Fatalf("a command with no free slot got %s; want a deferral (type 5)", rec.Body)
	}
	if e := discord.next(t); e.method != http.MethodDelete || !strings.HasSuffix(e.path, "/queued/messages/@original") {
		t.Errorf("first call %s %s; want the deferral deleted", e.method, e.path)
	}
	e := discord.next(t)
	if e.method != http.MethodPost || !strings.HasSuffix(e.path, "/queued") || e.body["content"] != busyText || e.body["flags"] != float64(64) {
		t.Errorf("then %s %s %v; want an ephemeral follow-up saying %q", e.method, e.path, e.body, busyText)
	}
	httpCheckQuiet(t, e.body)

	// A button cannot be deferred this way: it waits a little, then is shed.
	rec = httpServe(s, httpSignedRequest(priv, httpFixture(t, "component_button.json")))
	got := httpDecode(t, rec.Body.Bytes())
	data, _ := got["data"].(map[string]any)
	if got["type"] != float64(4) || data["content"] != busyText || data["flags"] != float64(64) {
		t.Errorf("a button with no free slot got %s; want an ephemeral %q", rec.Body, busyText)
	}
	// Autocomplete cannot wait at all: no suggestions.
	rec = httpServe(s, httpSignedRequest(priv, httpFixture(t, "autocomplete_ask.json")))
	if got := httpDecode(t, rec.Body.Bytes()); got["type"] != float64(8) || len(got["data"].(map[string]any)["choices"].([]any)) != 0 {
		t.Errorf("autocomplete with no free slot got %s; want no choices", rec.Body)
	}
	close(h.release)
	if m := h.maxSeen.Load(); m != 1 {
		t.Errorf("%d answers were computed at once; the bound is 1", m)
	}
	for _, series := range []string{
		`quotebot_load_shed_total{command="ask",kind="command"}`,
		`quotebot_load_shed_total{command="ask",kind="component"}`,
		`quotebot_load_shed_total{command="ask",kind="autocomplete"}`,
	} {
		if httpCounter(t, s, series) < 1 {
			t.Errorf("%s not counted", series)
		}
	}
}

// TestFullQueueShedsAtOnce: while one command waits in a queue of one, a
// second is told at once that the bot is busy.
func TestFullQueueShedsAtOnce(t *testing.T) {
	discord := newHTTPDiscord(t)
	h := newHTTPHolding()
	s, priv := newHTTPTestServer(t, h, func(c *HTTPConfig) {
		c.APIURL, c.MaxConcurrent, c.MaxQueued, c.QueueWait = discord.URL+"/", 1, 1, time.Minute
	})
	holdOneSlot(t, s, priv, h)
	defer close(h.release)
	rec := httpServe(s, httpSignedRequest(priv, withToken(t, "command_ask.json", "waiting")))
	if got := httpDecode(t, rec.Body.Bytes()); got["type"] != float64(5) {
		t.Fatalf("the first command waiting got %s; want a deferral", rec.Body)
	}
	rec = httpServe(s, httpSignedRequest(priv, withToken(t, "command_ask.json", "overflow")))
	got := httpDecode(t, rec.Body.Bytes())
	data, _ := got["data"].(map[string]any)
	if got["type"] != float64(4) || data["content"] != busyText || data["flags"] != float64(64) {
		t.Errorf("a command beyond the queue got %s; want an ephemeral %q at once", rec.Body, busyText)
	}
	if n := httpCounter(t, s, `quotebot_load_queued_total{command="ask",kind="command"}`); n != 1 {
		t.Errorf("queued %v; want 1", n)
	}
}

func TestQueuedCommandIsAnsweredWhenASlotFrees(t *testing.T) {
	discord := newHTTPDiscord(t)
	h := newHTTPHolding()
	h.answer = func(i *discordgo.Interaction) *discordgo.InteractionResponse {
		if i.Token == "private" {
			return privateText("only for you")
		}
		return httpText("the answer")
	}
	s, priv := newHTTPTestServer(t, h, func(c *HTTPConfig) {
		c.APIURL, c.MaxConcurrent, c.QueueWait = discord.URL+"/", 1, 5*time.Second
	})
	holdOneSlot(t, s, priv, h)
	for _, token := range []string{"public", "private"} {
		rec := httpServe(s, httpSignedRequest(priv, withToken(t, "command_ask.json", token)))
		if got := httpDecode(t, rec.Body.Bytes()); got["type"] != float64(5) {
			t.Fatalf("got %s; want a deferral", rec.Body)
		}
	}
	discord.none(t)
	close(h.release)
	seen := map[string]httpEdit{}
	for range 3 {
		e := discord.next(t)
		seen[e.method+" "+e.path[strings.LastIndex(e.path, "/webhooks/"):]] = e
	}
	if e, ok := seen["PATCH /webhooks/"+httpTestAppID+"/public/messages/@original"]; !ok || e.body["content"] != "the answer" {
		t.Errorf("the public answer was not edited in: %v", seen)
	}
	// The deferral was public; the answer is private: deleted, then sent
	// as an ephemeral follow-up.
	if _, ok := seen["DELETE /webhooks/"+httpTestAppID+"/private/messages/@original"]; !ok {
		t.Errorf("the public deferral of a private answer was not deleted: %v", seen)
	}
	if e, ok := seen["POST /webhooks/"+httpTestAppID+"/private"]; !ok || e.body["flags"] != float64(64) {
		t.Errorf("the private answer was not sent ephemerally: %v", seen)
	}
	if m := h.maxSeen.Load(); m != 1 {
		t.Errorf("%d answers were computed at once; the bound is 1", m)
	}
}
