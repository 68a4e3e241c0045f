package ingest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotebot/quotebot/ingest"
	"github.com/quotebot/quotebot/knowledge"
)

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHTMLKeepsArticleOnly(t *testing.T) {
	d, err := ingest.FromBytes("news.html", "text/html; charset=utf-8", readFile(t, "news.html"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Harbour Council Approves Flood Wall" {
		t.Errorf("Title = %q", d.Title)
	}
	for _, want := range []string{
		"# Harbour Council Approves Flood Wall\n\n",
		"\n\n## Opposition from traders\n\n",
		"\n\n“We cannot keep bailing out the same streets every February,” said Mayor Ingrid Dahl after the vote. “This wall is the cheapest way to keep people’s homes dry.”\n\n",
	} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, d.Text)
		}
	}
	for _, junk := range []string{"TRACKING", "INLINE SCRIPT", "ADVERTISEMENT", "Subscribe", "Most read", "Privacy", "font-family", "Ferry timetable"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("text keeps %q:\n%s", junk, d.Text)
		}
	}
	a, err := knowledge.Parse("news.html", d.Text)
	if err != nil {
		t.Fatal(err)
	}
	f := a.Facts()
	if f.Title != d.Title || f.Paragraphs != 7 || strings.Join(f.Sections, "|") != "Harbour Council Approves Flood Wall|Opposition from traders|What happens next" {
		t.Errorf("knowledge sees title %q, %d paragraphs, sections %q", f.Title, f.Paragraphs, f.Sections)
	}
}

func TestFromBytes(t *testing.T) {
	for _, tc := range []struct {
		name, ct string
		body     string
		want     string // the text, or the error's text
		ok       bool
	}{
		{"a.txt", "", "Plain text.\n", "Plain text.\n", true},
		{"a.md", "", "# Title\n\nBody.\n", "# Title\n\nBody.\n", true},
		{"upload", "text/markdown; charset=utf-8", "# T\n\nBody.", "# T\n\nBody.", true},
		{"upload", "text/plain; charset=iso-8859-1", "Caf\xe9 au lait.", "Café au lait.", true},
		{"noext", "", "Just sniffed as text.", "Just sniffed as text.", true},
		{"a.txt", "", "bad \xff\xfe bytes", "not valid UTF-8", false},
		{"a.txt", "", " \n\n\t ", "no paragraphs", false},
		{"a.pdf", "application/pdf", "%PDF-1.4", "is application/pdf, not plain text, Markdown or HTML", false},
		{"img", "", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is image/png", false},
		{"a.txt", "text/plain; charset=klingon", "x", "character set", false},
		{"a.html", "", "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>", "no", false},
	} {
		d, err := ingest.FromBytes(tc.name, tc.ct, []byte(tc.body))
		switch {
		case tc.ok && (err != nil || d.Text != tc.want):
			t.Errorf("FromBytes(%q, %q) = %q, %v; want %q", tc.name, tc.ct, d.Text, err, tc.want)
		case !tc.ok && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("FromBytes(%q, %q) error = %v; want one saying %q", tc.name, tc.ct, err, tc.want)
		case !tc.ok:
			if _, ok := knowledge.UserMessage(err); !ok {
				t.Errorf("FromBytes(%q) error %v is not a *knowledge.Error", tc.name, err)
			}
		}
	}
}

func TestTextLimit(t *testing.T) {
	big := strings.Repeat("A sentence of text.\n", knowledge.MaxArticleBytes/20+1)
	if _, err := ingest.FromBytes("big.txt", "", []byte(big)); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("a text over 2 MiB: %v", err)
	}
	page := "<html><body><article><h1>Big</h1>" + strings.Repeat("<p>"+strings.Repeat("Words of a long paragraph. ", 40)+"</p>", 2300) + "</article></body></html>"
	if len(page) > ingest.DefaultMaxBytes {
		t.Fatalf("test page too big: %d", len(page))
	}
	if _, err := ingest.FromBytes("big.html", "", []byte(page)); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("HTML whose text is over 2 MiB: %v", err)
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ctx := context.Background()
	html := filepath.Join("testdata", "news.html")
	d, err := ingest.Load(ctx, html, ingest.Options{})
	if err != nil || d.Title != "Harbour Council Approves Flood Wall" || d.Source != html {
		t.Errorf("Load(html) = %q from %q, %v", d.Title, d.Source, err)
	}
	txt := write("a.md", "# A\n\nBody.\n")
	if d, err := ingest.Load(ctx, txt, ingest.Options{}); err != nil || d.Text != "# A\n\nBody.\n" || d.Title != "" {
		t.Errorf("Load(md) = %+v, %v", d, err)
	}
	big := write("big.txt", strings.Repeat("x", knowledge.MaxArticleBytes+1))
	for _, tc := range []struct{ src, want string }{
		{filepath.Join(dir, "missing.txt"), "no such file"},
		{dir, "directory"},
		{big, "the limit is 2097152"},
		{"ftp://example.com/a.txt", "only http and https"},
		{"file:///etc/passwd", "only http and https"},
	} {
		_, err := ingest.Load(ctx, tc.src, ingest.Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load(%q) = %v, want %q", tc.src, err, tc.want)
		}
	}
}

// site serves the pages the URL tests fetch.
func site(t *testing.T) *httptest.Server {
	t.Helper()
	news := readFile(t, "news.html")
	mux := http.NewServeMux()
	mux.HandleFunc("/news", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(news)
	})
	mux.HandleFunc("/plain.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Plain article.\n\nSecond paragraph.\n")
	})
	mux.HandleFunc("/noctype.md", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil
		fmt.Fprint(w, "# Title\n\nBody text.\n")
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4")
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		chunk := []byte(strings.Repeat("x", 1<<16))
		for i := 0; i < 100; i++ { // 6.25 MiB, no Content-Length
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/to-news", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestLoadURL(t *testing.T) {
	srv := site(t)
	ctx := context.Background()
	private := ingest.Options{AllowPrivate: true}
	d, err := ingest.Load(ctx, srv.URL+"/to-news", private)
	if err != nil || d.Title != "Harbour Council Approves Flood Wall" || d.Source != srv.URL+"/to-news" {
		t.Fatalf("Load(redirect to news) = %q from %q, %v", d.Title, d.Source, err)
	}
	if d, err := ingest.Load(ctx, srv.URL+"/plain.txt", private); err != nil || d.Text != "Plain article.\n\nSecond paragraph.\n" {
		t.Errorf("Load(plain) = %q, %v", d.Text, err)
	}
	if d, err := ingest.Load(ctx, srv.URL+"/noctype.md", private); err != nil || d.Text != "# Title\n\nBody text.\n" {
		t.Errorf("Load(no content type) = %q, %v", d.Text, err)
	}
	for _, tc := range []struct {
		path string
		opt  ingest.Options
		want string
	}{
		{"/missing", private, "answered 404 Not Found"},
		{"/pdf", private, "is application/pdf, not plain text, Markdown or HTML"},
		{"/huge", private, "the limit is 5 MiB"},
		{"/slow", ingest.Options{AllowPrivate: true, Timeout: 200 * time.Millisecond}, "did not answer within 200ms"},
		{"/loop", private, "redirects more than 5 times"},
		{"/to-ftp", private, "only http and https"},
		{"/news", ingest.Options{}, "it resolves to 127.0.0.1, an internal (loopback) address"},
		{"/news?token=secret", ingest.Options{}, "/news?…"},
	} {
		_, err := ingest.Load(ctx, srv.URL+tc.path, tc.opt)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load(%s) = %v, want %q", tc.path, err, tc.want)
			continue
		}
		if strings.Contains(err.Error(), "secret") {
			t.Errorf("Load(%s) shows the query: %v", tc.path, err)
		}
		if _, ok := knowledge.UserMessage(err); !ok {
			t.Errorf("Load(%s) error is not a *knowledge.Error: %v", tc.path, err)
		}
	}
}

func TestLoadClosedPort(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL
	srv.Close()
	_, err := ingest.Load(context.Background(), u+"/a", ingest.Options{AllowPrivate: true})
	if err == nil || !strings.Contains(err.Error(), "does not answer") {
		t.Errorf("a closed port: %v", err)
	}
}

// TestLoadGuardsResolvedAddress: the check is on where a name resolves, not
// on the URL's text ("localhost" is not an IP literal).
func TestLoadGuardsResolvedAddress(t *testing.T) {
	srv := site(t)
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	for _, u := range []string{
		"http://localhost:" + port + "/news",
		"http://[::ffff:127.0.0.1]:" + port + "/news",
	} {
		_, err := ingest.Load(context.Background(), u, ingest.Options{})
		if err == nil || !strings.Contains(err.Error(), "internal") {
			t.Errorf("Load(%s) = %v, want a refusal of an internal address", u, err)
		}
	}
}

func TestLoadURLNeverReadsFiles(t *testing.T) {
	for _, src := range []string{"/etc/hostname", "testdata/news.html", "file:///etc/hostname", "news.html"} {
		_, err := ingest.LoadURL(context.Background(), src, ingest.Options{AllowPrivate: true})
		if err == nil {
			t.Errorf("LoadURL(%q) read something", src)
		}
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{
		"http://x": true, "HTTPS://x": true, "ftp://x": true, "article.md": false,
		"./a://b": false, "C:\\a.txt": false, "://x": false,
	} {
		if got := ingest.IsURL(s); got != want {
			t.Errorf("IsURL(%q) = %v", s, got)
		}
	}
}

func BenchmarkFromBytesHTML(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "news.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := ingest.FromBytes("news.html", "text/html", page); err != nil {
			b.Fatal(err)
		}
	}
}

func TestHTMLCharsets(t *testing.T) {
	body := func(p string) string {
		return "<html><body><article><h1>Café Opens</h1><p>" + strings.Repeat("Filler words for the readability scorer. ", 3) + p + "</p></article></body></html>"
	}
	pad := "<!-- " + strings.Repeat("x", 2000) + " -->" // past x/net's 1 KiB look-ahead
	for _, tc := range []struct {
		name, ct string
		page     []byte
		want     string
	}{
		{"utf8, undeclared, late accents", "", []byte(pad + body("The café’s owner said “hello”.")), "The café’s owner said “hello”."},
		{"latin-1 by header", "text/html; charset=iso-8859-1", []byte(body("The caf\xe9 opened.")), "The café opened."},
		{"windows-1252 by meta", "", []byte(`<meta charset="windows-1252">` + body("The caf\xe9 \x93opened\x94.")), "The café “opened”."},
	} {
		d, err := ingest.FromBytes("page.html", tc.ct, tc.page)
		if err != nil || !strings.Contains(d.Text, tc.want) {
			t.Errorf("%s: %v\n%s", tc.name, err, d.Text)
		}
	}
}

// TestHTMLListsAndLabels: list items keep a dash (so a short item is not
// read as a heading); short unpunctuated lines that are no heading in the
// page (credits, "Photo", links to other stories) are left out.
func TestHTMLListsAndLabels(t *testing.T) {
	filler := strings.Repeat("The committee heard evidence from residents for most of the afternoon. ", 4)
	page := `<html><body><article><h1>Budget Passes</h1>
<p>` + filler + `</p>
<p>Photo</p>
<p>The mayor listed three priorities:</p>
<ul><li>Fix the bridge</li><li></li><li>Hire 40 teachers</li></ul>
<p><a href="/other">Five things we learned from the vote</a></p>
<h2>Reaction</h2>
<p>` + filler + `</p>
<p>#budget was trending all evening, according to residents who followed the vote online.</p>
</article></body></html>`
	d, err := ingest.FromBytes("b.html", "text/html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\n\n- Fix the bridge\n\n- Hire 40 teachers\n\n", "\n\n## Reaction\n\n", "\n\n\u2060#budget was trending"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, d.Text)
		}
	}
	for _, gone := range []string{"Photo", "Five things"} {
		if strings.Contains(d.Text, gone) {
			t.Errorf("text keeps %q:\n%s", gone, d.Text)
		}
	}
	a, err := knowledge.Parse("b.html", d.Text)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.Facts().Sections, "|"); got != "Budget Passes|Reaction" {
		t.Errorf("sections %q, want only the page's headings", got)
	}
}

func TestHTMLLongTitleClipped(t *testing.T) {
	long := strings.Repeat("Très long titre ", 100)
	page := "<html><head><title>" + long + "</title></head><body><article><p>" + strings.Repeat("A sentence of the body. ", 30) + "</p></article></body></html>"
	d, err := ingest.FromBytes("t.html", "", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Title) > 300 || !strings.HasSuffix(d.Title, "…") || strings.HasSuffix(d.Title, " …") || !strings.HasPrefix(d.Text, "# "+d.Title+"\n\n") {
		t.Errorf("title %q (%d bytes)", d.Title, len(d.Title))
	}
}
