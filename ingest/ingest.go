// Package ingest turns a file, a web page or uploaded bytes into article text
// that knowledge.Parse accepts: plain text and Markdown as they are, HTML
// through a readability extractor (the article's title, headings and
// paragraphs; no navigation, ads or scripts) rendered as Markdown-style
// "# Heading" lines and blank-line separated paragraphs.
//
// Everything is bounded: 2 MiB of text, valid UTF-8, and for URLs http(s)
// only, 10 seconds, 5 MiB, 5 redirects, and no connection to a loopback,
// private, link-local or otherwise internal address, checked on the resolved
// address of every connection, redirects included (see Options.AllowPrivate).
// Every error is a *knowledge.Error whose message says exactly why.
package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/quotebot/quotebot/knowledge"
)

// Doc is an ingested article: its text is what knowledge.Parse reads.
type Doc struct {
	Title  string // from the page's metadata for HTML; "" for text (the article's own heading is used)
	Source string // the path or URL it was loaded from
	Text   string
}

// Defaults of the limits an Options value leaves at zero.
const (
	DefaultMaxBytes     = 5 << 20
	DefaultTimeout      = 10 * time.Second
	MaxRedirects        = 5
	MaxTextBytes        = knowledge.MaxArticleBytes
	defaultUserAgent    = "quotebot/1 (article fetcher; +https://github.com/quotebot/quotebot)"
	maxHeaderBytes      = 64 << 10
	defaultFileMaxBytes = DefaultMaxBytes
)

// Options bound a Load. The zero value is the safe default.
type Options struct {
	// AllowPrivate lets URLs reach loopback, private, link-local and other
	// internal addresses. Only for tests and private deployments
	// (QUOTEBOT_FETCH_ALLOW_PRIVATE=1): it lifts that one rule, no other.
	AllowPrivate bool
	// MaxBytes bounds the bytes read from a URL or file (default 5 MiB); the
	// text extracted is bounded by MaxTextBytes whatever this is.
	MaxBytes int64
	// Timeout bounds a whole fetch, redirects and body included (default 10 s).
	Timeout time.Duration
	// Client, when set, does the fetching instead of NewClient(opt): it then
	// decides alone what it may connect to. Leave nil outside tests.
	Client *http.Client
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) timeout() time.Duration {
	if o.Timeout <= 0 {
		return DefaultTimeout
	}
	return o.Timeout
}

// IsURL reports whether src is to be fetched rather than read from disk:
// it has a scheme ("…://"). Only http and https are then accepted.
func IsURL(src string) bool {
	i := strings.Index(src, "://")
	if i <= 0 {
		return false
	}
	for _, r := range src[:i] {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// Load reads the article at src: an http(s) URL, or the path of a .txt,
// .md or .html file. A src that is not a URL is read from the local disk:
// for input from users (Discord), use LoadURL.
func Load(ctx context.Context, src string, opt Options) (Doc, error) {
	if IsURL(src) {
		return fetch(ctx, src, opt, guardAddress)
	}
	return loadFile(src, opt)
}

// LoadURL fetches the article at an http(s) URL, and never reads a local
// file whatever rawURL holds: the entry point for URLs users give.
func LoadURL(ctx context.Context, rawURL string, opt Options) (Doc, error) {
	if !IsURL(rawURL) {
		return Doc{}, invalidf("%q is not a URL: give an http:// or https:// address", clip(rawURL, 200))
	}
	return fetch(ctx, rawURL, opt, guardAddress)
}

func loadFile(p string, opt Options) (Doc, error) {
	st, err := os.Stat(p)
	if err != nil {
		return Doc{}, invalidf("cannot read the article %q: %v", p, pathErr(err))
	}
	if st.IsDir() {
		return Doc{}, invalidf("cannot read the article %q: it is a directory", p)
	}
	if !st.Mode().IsRegular() {
		// A FIFO or device may block or never end: only files are read here.
		return Doc{}, invalidf("cannot read the article %q: it is not a regular file", p)
	}
	limit := opt.maxBytes()
	if !IsHTMLName(p) {
		limit = MaxTextBytes // text is the article as it is: the text limit applies to the file
	}
	if st.Size() > limit {
		return Doc{}, invalidf("the article %q is %d bytes; the limit is %d", p, st.Size(), limit)
	}
	f, err := os.Open(p)
	if err != nil {
		return Doc{}, invalidf("cannot read the article %q: %v", p, pathErr(err))
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return Doc{}, invalidf("cannot read the article %q: %v", p, pathErr(err))
	}
	if int64(len(b)) > limit {
		return Doc{}, invalidf("the article %q is more than %d bytes", p, limit)
	}
	d, err := FromBytes(filepath.Base(p), "", b)
	if err != nil {
		return Doc{}, err
	}
	d.Source = p
	return d, nil
}

func pathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// kind is what an article's bytes are.
type kind int

const (
	kindText kind = iota // plain text and Markdown: used as they are
	kindHTML
)

// FromBytes turns bytes into an article: contentType (a MIME type with an
// optional charset; may be empty) decides, else name's extension, else the
// bytes themselves. Plain text, Markdown and HTML are accepted; anything else
// is refused saying what it is.
func FromBytes(name, contentType string, b []byte) (Doc, error) {
	k, cs, err := classify(name, contentType, b)
	if err != nil {
		return Doc{}, err
	}
	switch k {
	case kindHTML:
		return fromHTML(name, contentType, b, nil)
	default:
		text, err := decodeText(b, cs)
		if err != nil {
			return Doc{}, err
		}
		if err := checkText(text); err != nil {
			return Doc{}, err
		}
		return Doc{Source: name, Text: text}, nil
	}
}

// classify decides what b is, and its declared charset.
func classify(name, contentType string, b []byte) (kind, string, error) {
	mt, params, _ := mime.ParseMediaType(contentType)
	mt = strings.ToLower(mt)
	if mt == "" || mt == "application/octet-stream" || mt == "binary/octet-stream" {
		switch {
		case IsHTMLName(name):
			return kindHTML, "", nil
		case isTextName(name):
			return kindText, "", nil
		}
		mt, params, _ = mime.ParseMediaType(http.DetectContentType(b))
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return kindHTML, params["charset"], nil
	case "text/plain", "text/markdown", "text/x-markdown":
		return kindText, params["charset"], nil
	}
	return 0, "", invalidf("%s is %s, not plain text, Markdown or HTML", describe(name), mt)
}

func describe(name string) string {
	if name == "" {
		return "the article"
	}
	return fmt.Sprintf("%q", name)
}

// IsHTMLName reports whether a file name says HTML (.html, .htm, .xhtml).
func IsHTMLName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

func isTextName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".text", ".md", ".markdown":
		return true
	}
	return false
}

// decodeText returns b as UTF-8: converted when a charset other than UTF-8 is
// declared, else it must be UTF-8 already.
func decodeText(b []byte, cs string) (string, error) {
	cs = strings.ToLower(strings.TrimSpace(cs))
	if cs != "" && cs != "utf-8" && cs != "utf8" && cs != "us-ascii" {
		enc, _ := charset.Lookup(cs)
		if enc == nil {
			return "", invalidf("the article's character set %q is not one I know", cs)
		}
		out, err := io.ReadAll(io.LimitReader(enc.NewDecoder().Reader(bytes.NewReader(b)), 4*MaxTextBytes))
		if err != nil {
			return "", invalidf("the article is not valid %s text", cs)
		}
		b = out
	}
	if !utf8.Valid(b) {
		return "", invalidf("the article is not valid UTF-8 text")
	}
	return string(b), nil
}

// checkText applies the limits every article's text meets.
func checkText(text string) error {
	if len(text) > MaxTextBytes {
		return invalidf("the article is %d bytes of text; the limit is %d (2 MiB)", len(text), MaxTextBytes)
	}
	if !utf8.ValidString(text) {
		return invalidf("the article is not valid UTF-8 text")
	}
	if strings.TrimSpace(strings.TrimPrefix(text, "\ufeff")) == "" {
		return invalidf("the article has no paragraphs of text")
	}
	return nil
}

func invalidf(format string, args ...any) *knowledge.Error {
	return knowledge.Errorf(knowledge.EInvalid, format, args...)
}
