package ingest

import (
	"bytes"
	"io"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// fromHTML extracts the article from an HTML page with readability and
// renders it as text knowledge.Parse reads: "# Title", then "## Heading"
// lines and paragraphs, each block separated by a blank line.
func fromHTML(name, contentType string, b []byte, page *url.URL) (Doc, error) {
	// The declared character set (header, BOM, <meta>) decides; a page
	// declaring none that is valid UTF-8 is UTF-8 (x/net's guess looks at the
	// first 1 KiB only and would read it as Windows-1252).
	var r io.Reader = bytes.NewReader(b)
	enc, encName, certain := charset.DetermineEncoding(b, contentType)
	if encName != "utf-8" && !(!certain && utf8.Valid(b)) {
		r = enc.NewDecoder().Reader(r)
	}
	if page == nil {
		page = &url.URL{Scheme: "file", Path: "/" + name}
	}
	doc, err := html.Parse(r)
	if err != nil {
		return Doc{}, invalidf("%s is not HTML I can read: %v", describe(name), err)
	}
	h1s := headings(doc, atom.H1)
	p := readability.NewParser()
	art, err := p.ParseAndMutate(doc, page)
	if err != nil || art.Node == nil {
		return Doc{}, invalidf("%s has no readable article in it", describe(name))
	}
	title := collapse(art.Title())
	// <title> is often "Headline | Site" or "Headline - Site": the page's one
	// <h1>, when the title holds it, is the headline alone.
	if len(h1s) == 1 && (title == "" || strings.Contains(strings.ToLower(title), strings.ToLower(h1s[0]))) {
		title = h1s[0]
	}
	title = clip(title, maxTitleBytes)
	var w blockWriter
	if title != "" {
		w.block("# " + title)
	}
	w.walk(art.Node, title)
	text := w.String()
	if strings.TrimSpace(strings.TrimPrefix(text, "# "+title)) == "" {
		return Doc{}, invalidf("%s has no paragraphs of text in its article", describe(name))
	}
	if err := checkText(text); err != nil {
		return Doc{}, err
	}
	return Doc{Title: title, Source: name, Text: text}, nil
}

// maxTitleBytes bounds a title taken from a page's metadata, which can be
// anything.
const maxTitleBytes = 300

// clip shortens s to at most max bytes at a word boundary, marking the cut.
func clip(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], ' '); i > cut/2 {
		cut = i
	}
	return strings.TrimSpace(s[:cut]) + "…"
}

// blockWriter collects blocks (headings, paragraphs) separated by blank lines.
type blockWriter struct {
	out     bytes.Buffer
	cur     strings.Builder // the block being built, inline text
	bullet  bool            // the next block is a list item's
	dropped int             // short unpunctuated blocks left out (labels, credits)
}

// skipped are elements whose content is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Nav: true,
	atom.Aside: true, atom.Form: true, atom.Button: true, atom.Svg: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Math: true, atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Img: true,
}

// blocks are elements that end the text before them and start a new block.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Li: true,
	atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true, atom.Figure: true,
	atom.Figcaption: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Header: true, atom.Footer: true,
	atom.Main: true, atom.Hr: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Caption: true,
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func (w *blockWriter) walk(n *html.Node, title string) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		if lvl := headingLevel(n.DataAtom); lvl > 0 {
			w.flush()
			var h strings.Builder
			inner(n, &h)
			t := collapse(h.String())
			if t != "" && t != title {
				// The title is "#"; the article's own headings sit below it.
				w.block(strings.Repeat("#", max(lvl, 2)) + " " + t)
			}
			return
		}
		if n.DataAtom == atom.Br {
			w.cur.WriteString("\n")
			return
		}
	}
	isBlock := n.Type == html.ElementNode && blocks[n.DataAtom]
	if isBlock {
		w.flush()
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Li {
		w.bullet = true // the item's first block is written "- item"
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, title)
	}
	if isBlock {
		w.flush()
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Li {
		w.bullet = false // an empty item marks nothing after it
	}
}

// headings returns the collapsed, non-empty texts of the elements a.
func headings(n *html.Node, a atom.Atom) []string {
	var out []string
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == a {
			var b strings.Builder
			inner(n, &b)
			if t := collapse(b.String()); t != "" {
				out = append(out, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return out
}

// inner writes the text of n's descendants, skipping what is never text.
func inner(n *html.Node, b *strings.Builder) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && !skipped[c.DataAtom]:
			inner(c, b)
		}
	}
}

func (w *blockWriter) flush() {
	lines := strings.Split(w.cur.String(), "\n")
	w.cur.Reset()
	var kept []string
	for _, l := range lines {
		if l = collapse(l); l != "" {
			kept = append(kept, l)
		}
	}
	if len(kept) == 0 {
		return
	}
	t := strings.Join(kept, "\n")
	switch {
	case w.bullet:
		// A Markdown list item: the dash keeps a short item from being read
		// as a heading.
		t = "- " + t
	case looksLikeHeading(t):
		// Not a heading in the page, yet knowledge.Parse would read it as
		// one: a short line without final punctuation inside an article is
		// a caption, credit or label ("Photo", "Continue reading the main
		// story"), not a sentence anyone quotes. Leave it out.
		w.dropped++
		return
	case t[0] == '#':
		// A paragraph opening with "#" (a hashtag) is not a heading.
		t = "\u2060" + t
	}
	w.bullet = false
	w.block(t)
}

// looksLikeHeading mirrors knowledge.Parse's test for a heading without
// "#": one short line (at most 12 words) not ending in punctuation, opening
// with a capital or a digit.
func looksLikeHeading(t string) bool {
	if strings.ContainsRune(t, '\n') || len(t) > 100 || len(strings.Fields(t)) > 12 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".!?:;,…\"”’)'", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(first) || unicode.IsDigit(first)
}

func (w *blockWriter) block(s string) {
	if w.out.Len() > 0 {
		w.out.WriteString("\n\n")
	}
	w.out.WriteString(s)
}

func (w *blockWriter) String() string {
	w.flush()
	if w.out.Len() == 0 {
		return ""
	}
	return w.out.String() + "\n"
}

// collapse turns every run of white space (non-breaking spaces included)
// into one space and trims the ends; invisible controls are dropped.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			continue
		case unicode.IsControl(r), r == '\u200b', r == '\ufeff':
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
