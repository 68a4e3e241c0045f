package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testPage = `<!DOCTYPE html><html><head><title>Council Backs Tram | The Gazette</title><script>track()</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council Backs Tram</h1>
<p>The city council voted on Monday to build a tram line from the station to the hospital, after two years of debate about its cost.</p>
<p>“It is a good day for everyone who waits for a bus in the rain,” said Mayor Ana Ruiz after the vote, which passed by nine votes to four.</p>
<h2>Cost</h2>
<p>The line will cost 240 million euros, most of it from the national transport fund, and the first trams should run in 2029.</p>
</article><footer>© Gazette — Privacy — Cookies</footer></body></html>`

func pageServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/tram":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(testPage))
		case "/empty":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body><nav>Home</nav><script>x()</script></body></html>"))
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.4"))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestArticlesBindListUnbind(t *testing.T) {
	srv := pageServer(t)
	db := filepath.Join(t.TempDir(), "data", "quotebot.db")
	env := map[string]string{"QUOTEBOT_DB": db, "QUOTEBOT_FETCH_ALLOW_PRIVATE": "1"}

	out, _, err := runCLI(t, env, "articles")
	if err != nil || !strings.Contains(out, "Articles (0):") || !strings.Contains(out, "Bindings (0):") {
		t.Fatalf("articles on a new database: %v\n%s", err, out)
	}

	out, _, err = runCLI(t, env, "articles", "bind", "--guild", "111", srv.URL+"/tram")
	if err != nil || out != "server 111 now uses Council Backs Tram (3 paragraphs, 3 sentences, SHA-256 "+out[len(out)-14:] {
		t.Fatalf("bind a URL: %v\n%s", err, out)
	}
	md := filepath.Join(t.TempDir(), "storm.md")
	if err := os.WriteFile(md, []byte("# Storm Warning\n\nA storm will reach the coast tonight, forecasters said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCLI(t, env, "articles", "bind", "--json", "--guild", "111", "--channel", "222", "--by", "ops", md)
	if err != nil {
		t.Fatal(err)
	}
	var bound bindJSON
	if err := json.Unmarshal([]byte(out), &bound); err != nil || bound.Scope != "channel" || bound.ChannelID == nil || *bound.ChannelID != "222" ||
		bound.Title != "Storm Warning" || bound.Paragraphs != 1 || len(bound.SHA256) != 64 {
		t.Fatalf("bind --json: %v\n%s", err, out)
	}

	// Another process (a restart) sees both.
	out, _, err = runCLI(t, env, "articles", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string][]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("articles --json: %v\n%s", err, out)
	}
	for key, fields := range map[string][]string{
		"articles": {"sha256", "title", "source", "added_by", "added_at"},
		"bindings": {"guild_id", "channel_id", "scope", "sha256", "title", "set_by", "set_at"},
	} {
		if len(raw[key]) != 2 {
			t.Fatalf("%s: %d, want 2\n%s", key, len(raw[key]), out)
		}
		for _, f := range fields {
			if _, ok := raw[key][0][f]; !ok {
				t.Errorf("%s lack %q", key, f)
			}
		}
	}
	var list articlesJSON
	json.Unmarshal([]byte(out), &list)
	if b := list.Bindings; b[0].Scope != "server" || b[0].ChannelID != nil || b[0].Title != "Council Backs Tram" || b[0].SetBy != "cli" ||
		b[1].Scope != "channel" || *b[1].ChannelID != "222" || b[1].SetBy != "ops" || b[1].SHA256 != bound.SHA256 {
		t.Errorf("bindings: %+v", b)
	}
	if a := list.Articles; a[0].Source != srv.URL+"/tram" || a[1].Source != md {
		t.Errorf("articles: %+v", a)
	}
	out, _, _ = runCLI(t, env, "articles")
	for _, want := range []string{"Articles (2):", "Bindings (2):", "server 111 → ", "server 111 channel 222 → " + bound.SHA256[:12] + " Storm Warning", "by ops"} {
		if !strings.Contains(out, want) {
			t.Errorf("articles lacks %q:\n%s", want, out)
		}
	}

	out, _, err = runCLI(t, env, "articles", "unbind", "--guild", "111", "--channel", "222")
	if err != nil || !strings.Contains(out, "server 111 channel 222 now uses the server's article") {
		t.Errorf("unbind: %v %s", err, out)
	}
	out, _, err = runCLI(t, env, "articles", "unbind", "--channel", "222", "--guild", "111")
	if err != nil || !strings.Contains(out, "had no article of its own") {
		t.Errorf("unbind again: %v %s", err, out)
	}
	out, _, _ = runCLI(t, env, "articles", "--json")
	json.Unmarshal([]byte(out), &list)
	if len(list.Bindings) != 1 || len(list.Articles) != 2 {
		t.Errorf("after unbind: %+v", list)
	}
}

func TestArticlesRefusals(t *testing.T) {
	srv := pageServer(t)
	db := filepath.Join(t.TempDir(), "quotebot.db")
	allow := map[string]string{"QUOTEBOT_DB": db, "QUOTEBOT_FETCH_ALLOW_PRIVATE": "1"}
	strict := map[string]string{"QUOTEBOT_DB": db}
	for _, tc := range []struct {
		env  map[string]string
		args []string
		want string
	}{
		{strict, []string{"articles", "bind", "--guild", "1", srv.URL + "/tram"}, "an internal (loopback) address"},
		{allow, []string{"articles", "bind", "--guild", "1", srv.URL + "/empty"}, "/empty\" has no paragraphs of text"},
		{allow, []string{"articles", "bind", "--guild", "1", srv.URL + "/pdf"}, "is application/pdf, not plain text, Markdown or HTML"},
		{allow, []string{"articles", "bind", "--guild", "1", srv.URL + "/gone"}, "answered 404 Not Found"},
		{allow, []string{"articles", "bind", "--guild", "1", "ftp://example.com/a"}, "only http and https"},
		{allow, []string{"articles", "bind", srv.URL + "/tram"}, "needs --guild"},
		{allow, []string{"articles", "bind", "--guild", "abc", srv.URL + "/tram"}, "not a Discord ID"},
		{allow, []string{"articles", "bind", "--guild", "1", "--channel", "x", srv.URL + "/tram"}, "not a Discord ID"},
		{allow, []string{"articles", "bind", "--guild", "1"}, "one PATH or URL"},
		{allow, []string{"articles", "unbind", "--guild", "1", "extra"}, "takes no arguments"},
		{allow, []string{"articles", "frobnicate"}, "unknown articles subcommand"},
		{map[string]string{"QUOTEBOT_DB": db, "DATABASE_URL": "mysql://u:s3cret@h/db", "QUOTEBOT_FETCH_ALLOW_PRIVATE": "maybe"}, []string{"articles"}, "DATABASE_URL is not a postgres:// or postgresql:// URL"},
		{map[string]string{"DATABASE_URL": "mysql://u:s3cret@h/db", "QUOTEBOT_FETCH_ALLOW_PRIVATE": "maybe"}, []string{"articles"}, "QUOTEBOT_FETCH_ALLOW_PRIVATE \"maybe\" is not 1 or 0"},
	} {
		_, _, err := runCLI(t, tc.env, tc.args...)
		var u usageError
		if err == nil || !errors.As(err, &u) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: %v, want a usage error saying %q", tc.args, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "s3cret") {
			t.Errorf("%q: the password is shown: %v", tc.args, err)
		}
	}
	out, _, err := runCLI(t, strict, "articles", "--json")
	if err != nil || !strings.Contains(out, `"articles": []`) || !strings.Contains(out, `"bindings": []`) {
		t.Errorf("refused articles were stored: %v\n%s", err, out)
	}
}

func TestArticleFlagTakesHTMLAndURLs(t *testing.T) {
	srv := pageServer(t)
	page := filepath.Join(t.TempDir(), "tram.html")
	if err := os.WriteFile(page, []byte(testPage), 0o644); err != nil {
		t.Fatal(err)
	}
	allow := map[string]string{"QUOTEBOT_FETCH_ALLOW_PRIVATE": "1"}
	for _, src := range []string{page, srv.URL + "/tram"} {
		out, _, err := runCLI(t, allow, "about", "--json", "--article", src)
		if err != nil {
			t.Fatalf("about --article %s: %v", src, err)
		}
		var got aboutJSON
		if err := json.Unmarshal([]byte(out), &got); err != nil || got.Title == nil || *got.Title != "Council Backs Tram" ||
			got.Paragraphs != 3 || strings.Join(got.Sections, "|") != "Council Backs Tram|Cost" {
			t.Errorf("about --article %s: %v\n%s", src, err, out)
		}
		out, _, err = runCLI(t, allow, "ask", "--article", src, "How much will the tram line cost?")
		if err != nil || !strings.Contains(out, "240 million euros") {
			t.Errorf("ask --article %s: %v\n%s", src, err, out)
		}
	}
	_, _, err := runCLI(t, map[string]string{"ARTICLE_PATH": srv.URL + "/tram"}, "about")
	if err == nil || !strings.Contains(err.Error(), "internal (loopback) address") {
		t.Errorf("ARTICLE_PATH to 127.0.0.1 without QUOTEBOT_FETCH_ALLOW_PRIVATE: %v", err)
	}
}
