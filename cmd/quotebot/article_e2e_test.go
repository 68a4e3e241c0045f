package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quotebot/quotebot/bot/discordtest"
)

// Channels of the end-to-end tests.
const (
	e2eGeneral = "1100000000000000555"
	e2eOther   = "1100000000000000556"
	e2eThread  = "1100000000000000557"
	// Member permissions as Discord sends them: a moderator's include
	// Manage Server (0x20), a member's do not.
	permsModerator = "2248473465835105"
	permsMember    = "2248473465835073"
)

// newsSite serves the storm article as a web page, and a page without
// article text.
func newsSite(t *testing.T) *httptest.Server {
	page, err := os.ReadFile(filepath.Join("testdata", "storm.html"))
	if err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join("..", "..", "bot", "testdata", "storm.md"))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /storm", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("GET /attachments/storm.md", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
		w.Write(md)
	})
	mux.HandleFunc("GET /photo", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

var e2eID atomic.Int64

// interaction builds a payload from a bot/testdata fixture, in channel (a
// thread of parent when parent is set), by a member with perms, with
// options of its (sub)command replaced by opts when not nil.
func interaction(t *testing.T, fixture, channel, parent, perms string, opts []map[string]any) payload {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(botPayload(t, fixture), &m); err != nil {
		t.Fatal(err)
	}
	id := strconv.FormatInt(1250000000000100000+e2eID.Add(1), 10)
	m["id"] = id
	m["token"] = "aW50ZXJhY3Rpb246" + id + ":dGVzdC10b2tlbg"
	m["channel_id"] = channel
	ch := m["channel"].(map[string]any)
	ch["id"] = channel
	if parent != "" {
		ch["type"], ch["parent_id"] = 11, parent
	}
	m["member"].(map[string]any)["permissions"] = perms
	if opts != nil {
		data := m["data"].(map[string]any)
		top := data["options"].([]any)
		if sub, ok := top[0].(map[string]any); ok && sub["type"] == 1.0 {
			sub["options"] = opts
		} else {
			data["options"] = opts
		}
	}
	body, _ := json.Marshal(m)
	return payload{id, body}
}

// payload is an interaction as Discord sends it, and its ID.
type payload struct {
	id   string
	body []byte
}

func opt(name string, typ int, value any) map[string]any {
	return map[string]any{"name": name, "type": typ, "value": value}
}

// e2eBot is quotebot running in one Discord mode against the stand-in.
type e2eBot interface {
	// interact sends an interaction and returns what the bot answered
	// (the deferred answer's edit when it deferred).
	interact(t *testing.T, p payload) string
	stop(t *testing.T)
}

// gatewayBot runs `quotebot serve`.
type gatewayBot struct {
	srv    *discordtest.Server
	cancel context.CancelFunc
	done   chan error
}

func startGateway(t *testing.T, srv *discordtest.Server, env map[string]string) e2eBot {
	env["DISCORD_TOKEN"], env["DISCORD_API_URL"] = testToken, srv.URL
	ctx, cancel := context.WithCancel(context.Background())
	b := &gatewayBot{srv: srv, cancel: cancel, done: make(chan error, 1)}
	go func() {
		b.done <- run(ctx, []string{"quotebot", "serve"}, envOf(env), strings.NewReader(""), io.Discard, io.Discard)
	}()
	srv.WaitIdentify(t, wait)
	return b
}

func (b *gatewayBot) interact(t *testing.T, p payload) string {
	t.Helper()
	b.srv.Dispatch("INTERACTION_CREATE", p.body)
	c := b.srv.WaitCall(t, "POST", "/interactions/"+p.id+"/", 15*time.Second)
	if bytes.Contains(c.Body, []byte(`"type":5`)) {
		return string(b.srv.WaitCall(t, "PATCH", "/webhooks/", 15*time.Second).Body)
	}
	return string(c.Body)
}

// mention posts a message mentioning the bot in channel and returns the
// bot's reply. The message carries no channel object: a thread is looked up.
func (b *gatewayBot) mention(t *testing.T, channel, text string) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(botPayload(t, "message_create_mention.json"), &m); err != nil {
		t.Fatal(err)
	}
	m["id"] = strconv.FormatInt(1250000000000200000+e2eID.Add(1), 10)
	m["channel_id"] = channel
	m["content"] = "<@" + discordtest.AppID + "> " + text
	body, _ := json.Marshal(m)
	b.srv.Dispatch("MESSAGE_CREATE", body)
	return string(b.srv.WaitCall(t, "POST", "/channels/"+channel+"/messages", 15*time.Second).Body)
}

func (b *gatewayBot) stop(t *testing.T) {
	b.cancel()
	select {
	case err := <-b.done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// httpBot runs `quotebot serve-http`; deferred answers are edited in
// through the stand-in's webhook endpoint.
type httpBot struct {
	srv    *discordtest.Server
	base   string
	priv   ed25519.PrivateKey
	cancel context.CancelFunc
	done   chan error
}

func startHTTP(t *testing.T, srv *discordtest.Server, env map[string]string) e2eBot {
	pub, priv, _ := ed25519.GenerateKey(nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	env["DISCORD_PUBLIC_KEY"], env["DISCORD_APP_ID"], env["HTTP_ADDR"], env["DISCORD_API_URL"] = hex.EncodeToString(pub), discordtest.AppID, addr, srv.URL
	ctx, cancel := context.WithCancel(context.Background())
	b := &httpBot{srv: srv, base: "http://" + addr, priv: priv, cancel: cancel, done: make(chan error, 1)}
	go func() {
		b.done <- run(ctx, []string{"quotebot", "serve-http"}, envOf(env), strings.NewReader(""), io.Discard, io.Discard)
	}()
	httpTestWaitReady(t, b.base, b.done)
	return b
}

func (b *httpBot) interact(t *testing.T, p payload) string {
	t.Helper()
	body := p.body
	req, _ := http.NewRequest("POST", b.base+"/interactions", bytes.NewReader(body))
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(b.priv, append([]byte(ts), body...))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("POST /interactions: %d %s", resp.StatusCode, got)
	}
	if bytes.Contains(got, []byte(`"type":5`)) {
		return string(b.srv.WaitCall(t, "PATCH", "/webhooks/", 15*time.Second).Body)
	}
	return string(got)
}

func (b *httpBot) stop(t *testing.T) {
	b.cancel()
	select {
	case err := <-b.done:
		if err != nil {
			t.Errorf("serve-http: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve-http did not stop")
	}
}

// TestArticlePerChannelEndToEnd is issue 14's bar, in both Discord modes:
// a moderator sets a web page as a channel's article; /ask answers from it
// there, from the default elsewhere; a thread follows its parent; a member
// without Manage Server is refused; after a restart on the same database the
// bot still knows; a URL to 127.0.0.1 is refused unless
// QUOTEBOT_FETCH_ALLOW_PRIVATE=1.
func TestArticlePerChannelEndToEnd(t *testing.T) {
	modes := []struct {
		name  string
		start func(*testing.T, *discordtest.Server, map[string]string) e2eBot
	}{{"gateway", startGateway}, {"http", startHTTP}}
	for _, mode := range modes {
		t.Run(mode.name, func(t *testing.T) {
			site := newsSite(t)
			srv := standIn(t)
			srv.SetChannel(e2eThread, 11, e2eGeneral)
			db := filepath.Join(t.TempDir(), "quotebot.db")
			env := func(allowPrivate bool) map[string]string {
				m := map[string]string{"QUOTEBOT_DB": db, "RATE_USER_PER_MINUTE": "1000"}
				if allowPrivate {
					m["QUOTEBOT_FETCH_ALLOW_PRIVATE"] = "1"
				}
				return m
			}
			rescued := []map[string]any{opt("question", 3, "How many people did the fire brigade rescue?")}
			askIn := func(b e2eBot, channel, parent string) string {
				return b.interact(t, interaction(t, "ask.json", channel, parent, permsMember, rescued))
			}
			const fromStorm = "The fire brigade rescued eleven people"
			setURL := func(b e2eBot, perms, url string) string {
				return b.interact(t, interaction(t, "article_set_url.json", e2eGeneral, "", perms, []map[string]any{opt("url", 3, url)}))
			}

			// Without QUOTEBOT_FETCH_ALLOW_PRIVATE the local site is refused.
			b := mode.start(t, srv, env(false))
			got := setURL(b, permsModerator, site.URL+"/storm")
			if !strings.Contains(got, "I couldn't use that article") || !strings.Contains(got, "an internal \\\\(loopback\\\\) address") || !strings.Contains(got, "Nothing was changed") || !strings.Contains(got, `"flags":64`) {
				t.Errorf("a URL to 127.0.0.1 was not refused privately: %s", got)
			}
			if got := askIn(b, e2eGeneral, ""); strings.Contains(got, fromStorm) {
				t.Errorf("the refused article answers: %s", got)
			}
			b.stop(t)

			b = mode.start(t, srv, env(true))
			// A member without Manage Server is refused.
			if got := setURL(b, permsMember, site.URL+"/storm"); !strings.Contains(got, "Only members with the Manage Server permission") {
				t.Errorf("a member without the permission was not refused: %s", got)
			}
			// Not text or HTML.
			if got := setURL(b, permsModerator, site.URL+"/photo"); !strings.Contains(got, "I couldn't use that article") {
				t.Errorf("an image was not refused: %s", got)
			}
			if got := askIn(b, e2eGeneral, ""); strings.Contains(got, fromStorm) {
				t.Errorf("a refused article answers: %s", got)
			}
			// The moderator sets it.
			got = setURL(b, permsModerator, site.URL+"/storm")
			for _, want := range []string{"This channel now uses Storm Helga floods the harbour town of Varnes: 4 paragraphs", "SHA-256 ", `"flags":64`} {
				if !strings.Contains(got, want) {
					t.Errorf("set reply lacks %s: %s", want, got)
				}
			}
			if got := askIn(b, e2eGeneral, ""); !strings.Contains(got, fromStorm) {
				t.Errorf("/ask in the channel does not answer from its article: %s", got)
			}
			if got := askIn(b, e2eOther, ""); strings.Contains(got, fromStorm) {
				t.Errorf("/ask in another channel answers from the storm article: %s", got)
			}
			putin := []map[string]any{opt("question", 3, "What did Putin say about root causes?")}
			if got := b.interact(t, interaction(t, "ask.json", e2eOther, "", permsMember, putin)); !strings.Contains(got, "root causes") {
				t.Errorf("/ask in another channel does not answer from the default: %s", got)
			}
			// A thread follows its parent: the gateway looks the thread up,
			// HTTP reads the interaction's channel object.
			if got := askIn(b, e2eThread, e2eGeneral); !strings.Contains(got, fromStorm) {
				t.Errorf("a thread does not follow its parent: %s", got)
			}
			b.stop(t)

			// Restarted on the same database, the bot still knows.
			b = mode.start(t, srv, env(false))
			if got := askIn(b, e2eGeneral, ""); !strings.Contains(got, fromStorm) {
				t.Errorf("after a restart /ask does not answer from the channel's article: %s", got)
			}
			// A mention in the thread, first thing after the restart: the
			// gateway looks the thread up (GET /channels/{id}).
			if gw, ok := b.(*gatewayBot); ok {
				if got := gw.mention(t, e2eThread, "How many people did the fire brigade rescue?"); !strings.Contains(got, fromStorm) {
					t.Errorf("a mention in a thread does not follow its parent: %s", got)
				}
			}
			// A file attached to /article set, for the whole server: the
			// other channel follows (Discord's attachment URL points at the
			// local site here).
			file := interaction(t, "article_set_file.json", e2eOther, "", permsModerator, nil)
			var m map[string]any
			json.Unmarshal(file.body, &m)
			att := m["data"].(map[string]any)["resolved"].(map[string]any)["attachments"].(map[string]any)["1250000000000000777"].(map[string]any)
			att["url"] = site.URL + "/attachments/storm.md"
			file.body, _ = json.Marshal(m)
			if got := b.interact(t, file); strings.Contains(got, "Every channel of this server without an article of its own now uses") {
				t.Errorf("an attachment was fetched from 127.0.0.1 without QUOTEBOT_FETCH_ALLOW_PRIVATE: %s", got)
			}
			b.stop(t)
			b = mode.start(t, srv, env(true))
			if got := b.interact(t, file); !strings.Contains(got, "Every channel of this server without an article of its own now uses Storm Helga") {
				t.Errorf("set by attachment: %s", got)
			}
			if got := askIn(b, e2eOther, ""); !strings.Contains(got, fromStorm) {
				t.Errorf("/ask in a channel without its own article does not use the server's: %s", got)
			}
			show := b.interact(t, interaction(t, "article_show.json", e2eGeneral, "", permsMember, nil))
			if !strings.Contains(show, "This channel uses Storm Helga floods the harbour town of Varnes \\\\(from "+site.URL+"/storm") || !strings.Contains(show, `by \u003c@1000000000000000042\u003e`) {
				t.Errorf("show after a restart: %s", show)
			}
			b.stop(t)
		})
	}
}
