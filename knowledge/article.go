// Package knowledge is quotebot's domain: the article, its passages,
// retrieval, grounded answers, quote checking and summaries. It does no I/O
// beyond what its callers hand it, and every quote it produces is a byte slice
// of the article's original text.
package knowledge

import (
	"github.com/quotebot/quotebot/knowledge/align"
	"github.com/quotebot/quotebot/knowledge/attribution"
	"github.com/quotebot/quotebot/knowledge/nlp"

	_ "embed"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

//go:embed article.txt
var embeddedArticle string

// DefaultArticleName names the embedded article in citations and footers.
const DefaultArticleName = "Trump–Putin call (embedded article)"

// MaxArticleBytes bounds what Parse accepts, so a wrong path cannot make the
// bot index a huge file.
const MaxArticleBytes = 2 << 20

// Article is a parsed article: its original text and the structure found in
// it. Every offset indexes Text.
type Article struct {
	// Name is how the article is cited (a file name, or DefaultArticleName).
	Name string
	// Text is the original text, byte for byte.
	Text string
	// Sections in reading order; the first has an empty name when text comes
	// before the first heading (the lead).
	Sections []Section
	// Paragraphs in reading order; Paragraphs[i].Number == i+1.
	Paragraphs []Paragraph
	// Sentences in reading order.
	Sentences []Sentence
	// People named in the article, in order of first mention.
	People []Person
	// Quotations are the direct quotations (text inside “…” or "…").
	Quotations []Quotation

	attr    *attribution.Result
	index   *index
	aligned *align.Doc   // the article as knowledge/align reads it
	answers *answerCache // answers by cleaned question: the article never changes
}

// Section is a run of paragraphs under one heading.
type Section struct {
	// Name is the heading text ("" for the lead).
	Name string
	// HeadingStart and HeadingEnd are the heading's offsets (equal for the lead).
	HeadingStart, HeadingEnd int
	// First and Last are the paragraph numbers the section holds (First > Last
	// when it holds none).
	First, Last int
}

// Paragraph is one paragraph of body text.
type Paragraph struct {
	// Number is 1-based, in reading order, headings not counted.
	Number int
	// Section is the name of the section the paragraph is in.
	Section string
	// Start and End are byte offsets into Article.Text.
	Start, End int
	// Sentences are indexes into Article.Sentences.
	Sentences []int
}

// Sentence is one sentence with its offsets and who it concerns.
type Sentence struct {
	// Index is the position in Article.Sentences.
	Index int
	// Paragraph is the 1-based paragraph number.
	Paragraph int
	// Section is the section name.
	Section string
	// Start and End are byte offsets into Article.Text; Text == Article.Text[Start:End].
	Start, End int
	// Text is the verbatim sentence.
	Text string
	// Speaker is who the sentence is about or who speaks in it: the subject,
	// with pronouns resolved ("" when nobody).
	Speaker string
	// People are the canonical names of everyone the sentence mentions,
	// pronouns resolved, in order of mention.
	People []string
	// Described are the canonical names of the people and organisations
	// the sentence refers to by a definite description the attribution
	// engine resolves ("the company" for Corvane Outdoor Group, "the
	// incumbent" for Pohl), in order.
	Described []string
	// LeadingPronoun reports that the sentence opens with a pronoun
	// ("He", "His", "They") that needs an antecedent to stand alone.
	LeadingPronoun bool
	// SaidBy is who the article reports as speaking in the sentence: the
	// speaker of a quotation in it, or of reported speech ("Natarajan said
	// night closures would be limited"); "" when nobody.
	SaidBy string
	// InQuotation reports that the sentence starts inside a quotation
	// opened in an earlier sentence, so it cannot stand alone.
	InQuotation bool
	// Question reports that the sentence is an interviewer's question in a Q&A.
	Question bool

	tokens    []Token // tokens with offsets relative to Text
	described []describedRef
}

// Tokens returns the sentence's word tokens; offsets are relative to Text.
func (s Sentence) Tokens() []Token { return s.tokens }

// Person is someone the article names.
type Person struct {
	// Name is the canonical short name: the surname ("Putin").
	Name string
	// Full is the longest form seen ("Vladimir Putin").
	Full string
	// Variants are the folded forms that refer to the person
	// ("putin", "vladimir putin", "president putin").
	Variants []string
	// Gender is "male", "female" or "" when the article does not show it.
	Gender string
	// Roles are the role nouns the article gives the person ("senator").
	Roles []string
	// Descriptors are the roles with the words that qualify them, as the
	// article writes them ("Ukrainian President" → president, ukrainian;
	// "Castellano’s lawyer" → lawyer of castellano): what a question that
	// names the person by role is matched against (PersonByRole).
	Descriptors []attribution.Descriptor
}

// Quotation is a direct quotation in the article.
type Quotation struct {
	// Text is the quoted words, without the quote marks.
	Text string
	// Start and End are the offsets of Text (inside the marks).
	Start, End int
	// Paragraph is the 1-based paragraph number.
	Paragraph int
	// Sentence is the index of the sentence holding it.
	Sentence int
	// Speaker is who the article attributes it to ("" when unknown).
	Speaker string
	// Rule names the attribution rule that decided the speaker
	// ("speech-after", "pronoun", "paragraph-speaker", …; "" when none did;
	// "model" when the attribution's speaker model overruled a weak rule).
	Rule string
	// Prob is the speaker model's probability for the speaker when Rule is
	// "model".
	Prob float64
	// Kind is "quote", "blockquote" or "answer" (a Q&A answer).
	Kind string
}

// Attribution returns the article's attribution (who said what), for the
// tools that fit and measure it; callers must not change it.
func (a *Article) Attribution() *attribution.Result { return a.attr }

// Default parses the embedded article.
func Default() *Article {
	a, err := Parse(DefaultArticleName, embeddedArticle)
	if err != nil {
		// The embedded article is fixed at build time and covered by tests.
		panic("knowledge: embedded article does not parse: " + err.Error())
	}
	return a
}

// ErrEmptyArticle is returned for an article with no body text.
var ErrEmptyArticle = errors.New("the article has no paragraphs of text")

// Parse builds an Article from plain text or Markdown. Paragraphs are lines,
// or blocks separated by blank lines when the text uses them; a heading is a
// Markdown "#" line or a short line without final punctuation.
func Parse(name, text string) (*Article, error) {
	return ParseWith(name, text, ParseOptions{})
}

// ParseOptions are settings of ParseWith, for the tools that fit and
// measure the engine.
type ParseOptions struct {
	// SpeakerModel replaces the committed speaker model of the attribution
	// (knowledge/attribution/model.go) when not nil.
	SpeakerModel *attribution.SpeakerModel
	// SievesOnly attributes with the sieves alone, without a speaker model.
	SievesOnly bool
}

// ParseWith is Parse with options.
func ParseWith(name, text string, opt ParseOptions) (*Article, error) {
	if len(text) > MaxArticleBytes {
		return nil, fmt.Errorf("the article is %d bytes; the limit is %d", len(text), MaxArticleBytes)
	}
	if !utf8.ValidString(text) {
		return nil, errors.New("the article is not valid UTF-8 text")
	}
	a := &Article{Name: name, Text: text}
	blocks := nlp.SplitBlocks(text)
	cur := Section{First: 1}
	haveSection := false
	// An article repeats its words: stemming each once, not at every use,
	// was a quarter of parsing a long one.
	stems := map[string]string{}
	stem := func(w string) string {
		s, ok := stems[w]
		if !ok {
			s = Stem(w)
			stems[w] = s
		}
		return s
	}
	for _, b := range blocks {
		if h, ok := nlp.HeadingText(text[b[0]:b[1]]); ok {
			if haveSection || cur.Last >= cur.First {
				a.Sections = append(a.Sections, cur)
			}
			off := b[0] + strings.Index(text[b[0]:b[1]], h)
			cur = Section{Name: h, HeadingStart: off, HeadingEnd: off + len(h), First: len(a.Paragraphs) + 1, Last: len(a.Paragraphs)}
			haveSection = true
			continue
		}
		n := len(a.Paragraphs) + 1
		p := Paragraph{Number: n, Section: cur.Name, Start: b[0], End: b[1]}

		for _, sp := range nlp.SplitSentences(text, b[0], b[1]) {
			idx := len(a.Sentences)
			a.Sentences = append(a.Sentences, Sentence{
				Index: idx, Paragraph: n, Section: cur.Name, Start: sp[0], End: sp[1], Text: text[sp[0]:sp[1]],
				tokens: nlp.TokenizeWith(text[sp[0]:sp[1]], stem),
			})
			p.Sentences = append(p.Sentences, idx)
		}
		a.Paragraphs = append(a.Paragraphs, p)
		cur.Last = n
	}
	a.Sections = append(a.Sections, cur)
	if len(a.Paragraphs) == 0 {
		return nil, ErrEmptyArticle
	}
	m := opt.SpeakerModel
	if m == nil && !opt.SievesOnly {
		m = attribution.DefaultSpeakerModel()
	}
	a.attributeArticle(m)
	a.resolveDescriptions()
	a.index = buildIndex(a)
	a.aligned = a.newAlignDoc()
	a.answers = newAnswerCache(answerCacheSize)
	return a, nil
}

// Sentence returns the sentence holding byte offset off, or -1.
func (a *Article) SentenceAt(off int) int {
	lo, hi := 0, len(a.Sentences)-1
	for lo <= hi {
		m := (lo + hi) / 2
		s := a.Sentences[m]
		switch {
		case off < s.Start:
			hi = m - 1
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Paragraph returns the paragraph numbered n (1-based).
func (a *Article) Paragraph(n int) (Paragraph, bool) {
	if n < 1 || n > len(a.Paragraphs) {
		return Paragraph{}, false
	}
	return a.Paragraphs[n-1], true
}

// ParagraphText returns the verbatim text of paragraph n.
func (a *Article) ParagraphText(n int) string {
	p, ok := a.Paragraph(n)
	if !ok {
		return ""
	}
	return a.Text[p.Start:p.End]
}

// PersonNamed returns the person a name refers to: a canonical name, a
// variant, or a one-typo spelling of a surname ("Zelensky", "Putn").
func (a *Article) PersonNamed(name string) (Person, bool) {
	f := strings.Join(strings.Fields(Fold(name)), " ")
	f = strings.TrimSuffix(f, "'s")
	for _, p := range a.People {
		for _, v := range p.Variants {
			if v == f {
				return p, true
			}
		}
	}
	if len(f) >= 4 {
		for _, p := range a.People {
			if editDistanceAtMost(f, Fold(p.Name), 1) {
				return p, true
			}
		}
	}
	return Person{}, false
}
