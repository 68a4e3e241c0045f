package knowledge

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// Facts describe which article the bot is grounded in.
type Facts struct {
	Name  string
	Title string // "" when the article has none
	Words int
	// Sections are the headings in reading order; the untitled lead is not
	// listed.
	Sections   []string
	Paragraphs int
	Quotations int
	SHA256     string // hex, of the text byte for byte
}

// Facts returns the article's facts for an "about" view. The title is the
// heading the article opens with, if it opens with one; words are the
// white-space separated runs holding a letter or digit (as a reader counts
// them, so "30-day" is one word and a lone dash is none); the SHA-256 lets a
// user tell which version of the article the bot is grounded in.
func (a *Article) Facts() Facts {
	sum := sha256.Sum256([]byte(a.Text))
	f := Facts{
		Name:       a.Name,
		Paragraphs: len(a.Paragraphs),
		Quotations: len(a.Quotations),
		SHA256:     hex.EncodeToString(sum[:]),
	}
	for _, s := range a.Sections {
		if s.Name != "" {
			f.Sections = append(f.Sections, s.Name)
		}
	}
	// Only white space, a byte-order mark or Markdown "#" may come before a title.
	if first := a.Sections[0]; first.Name != "" && strings.TrimLeft(a.Text[:first.HeadingStart], " \t\r\n\ufeff#") == "" {
		f.Title = first.Name
	}
	for w := range strings.FieldsSeq(a.Text) {
		if strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			f.Words++
		}
	}
	return f
}
