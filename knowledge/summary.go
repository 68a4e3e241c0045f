package knowledge

import (
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/knowledge/summarize"
)

// Summary lengths: the names SummaryOptions.Length accepts.
const (
	LengthShort  = "short"
	LengthMedium = "medium"
	LengthLong   = "long"
)

// SummaryLengths returns the accepted length names, shortest first.
func SummaryLengths() []string { return []string{LengthShort, LengthMedium, LengthLong} }

// summaryLimit is the most sentences a summary of the given length holds.
func summaryLimit(length string) (int, error) {
	switch strings.ToLower(strings.TrimSpace(length)) {
	case LengthShort:
		return 3, nil
	case "", LengthMedium:
		return 5, nil
	case LengthLong:
		return 8, nil
	}
	return 0, Errorf(EInvalid, "Unknown summary length %q; choose short, medium or long.", length)
}

// SummaryOptions choose a summary.
type SummaryOptions struct {
	// Length is "short", "medium" (the default) or "long".
	Length string
	// Section limits the summary to a section, by case-insensitive name prefix.
	Section string
	// Outline asks for one key sentence per section.
	Outline bool
}

// SummarySentence is one verbatim sentence of a summary.
type SummarySentence struct {
	Text      string
	Paragraph int
	Section   string
	Sentence  int // index into Article.Sentences
	Start     int
	End       int
	// Speaker is whose words the sentence reports (a quotation, an
	// interview answer or reported speech); "" when nobody's.
	Speaker string
}

// Summary is a selection of the article's own sentences, in article order.
type Summary struct {
	Sentences []SummarySentence
	Outline   bool
	// Length is the length asked for ("short", "medium" or "long").
	Length string
	// Section is the full name of the section summarised, when one was asked
	// for ("" for the whole article or for the lead).
	Section string
	// SectionOnly reports that the summary covers one section.
	SectionOnly bool
}

// Summarize returns an extractive summary: sentences chosen by centrality,
// coverage and whether they stand alone (see knowledge/summarize), shown verbatim
// in article order. The error is an *Error for an unknown length or section,
// or for asking for an outline of one section.
func (a *Article) Summarize(opts SummaryOptions) (Summary, error) {
	limit, err := summaryLimit(opts.Length)
	if err != nil {
		return Summary{}, err
	}
	length := strings.ToLower(strings.TrimSpace(opts.Length))
	if length == "" {
		length = LengthMedium
	}
	sum := Summary{Length: length, Outline: opts.Outline}
	if opts.Outline {
		if strings.TrimSpace(opts.Section) != "" {
			return Summary{}, Errorf(EInvalid, "An outline already covers every section; ask for either an outline or one section.")
		}
		r := a.summaryRanker()
		for _, sec := range a.Sections {
			cand := a.sectionSentences(sec)
			if len(cand) == 0 {
				continue
			}
			picked := r.Select(cand, a.headingsFor(&sec), 1)
			sum.Sentences = append(sum.Sentences, a.summarySentences(picked)...)
		}
		return sum, nil
	}
	cand := make([]int, len(a.Sentences))
	for i := range cand {
		cand[i] = i
	}
	headings := a.headingsFor(nil)
	if strings.TrimSpace(opts.Section) != "" {
		sec, err := a.SectionNamed(opts.Section)
		if err != nil {
			return Summary{}, err
		}
		sum.Section, sum.SectionOnly = sec.Name, true
		cand = a.sectionSentences(sec)
		if len(cand) == 0 {
			return Summary{}, Errorf(ENotFound, "The section %q has no text to summarise; the next heading follows it directly.", sec.Name)
		}
		headings = a.headingsFor(&sec)
	}
	sum.Sentences = a.summarySentences(a.summaryRanker().Select(cand, headings, limit))
	return sum, nil
}

// summaryRanker hands the summariser what it ranks by: each sentence's
// tokens, people and place, and the index's document frequencies.
func (a *Article) summaryRanker() *summarize.Ranker {
	doc := summarize.Document{
		Sentences:  make([]summarize.Sentence, len(a.Sentences)),
		Paragraphs: make([]summarize.Paragraph, len(a.Paragraphs)),
		DF:         a.index.stemDF,
	}
	for i, s := range a.Sentences {
		doc.Sentences[i] = summarize.Sentence{
			Text: s.Text, Tokens: s.tokens, Paragraph: s.Paragraph - 1, Section: s.Section,
			Speaker: s.Speaker, People: s.People, LeadingPronoun: s.LeadingPronoun,
			InQuotation: s.InQuotation, Question: s.Question,
		}
	}
	for i, p := range a.Paragraphs {
		doc.Paragraphs[i] = summarize.Paragraph{Sentences: p.Sentences, OpensSection: a.sectionOf(p.Number).First == p.Number}
	}
	return summarize.New(doc)
}

func (a *Article) summarySentences(idx []int) []SummarySentence {
	out := make([]SummarySentence, 0, len(idx))
	for _, i := range idx {
		s := a.Sentences[i]
		out = append(out, SummarySentence{Text: s.Text, Paragraph: s.Paragraph, Section: s.Section, Sentence: i, Start: s.Start, End: s.End, Speaker: s.SaidBy})
	}
	return out
}

// sectionSentences returns the indexes of a section's sentences.
func (a *Article) sectionSentences(sec Section) []int {
	var out []int
	for n := sec.First; n <= sec.Last; n++ {
		out = append(out, a.Paragraphs[n-1].Sentences...)
	}
	return out
}

// sectionOf returns the section holding paragraph n.
func (a *Article) sectionOf(n int) Section {
	for _, s := range a.Sections {
		if s.First <= n && n <= s.Last {
			return s
		}
	}
	return Section{}
}

// headingsFor returns the heading texts that say what matters: a section's
// own heading, or every heading for the whole article and for the untitled
// lead, which previews the whole article.
func (a *Article) headingsFor(sec *Section) []string {
	if sec != nil && sec.Name != "" {
		return []string{sec.Name}
	}
	var hs []string
	for _, s := range a.Sections {
		if s.Name != "" {
			hs = append(hs, s.Name)
		}
	}
	return hs
}

// LeadName is how the untitled opening section is named to users, and a name
// SectionNamed accepts for it.
const LeadName = "Lead"

// SectionNamed returns the section whose heading starts with name, compared
// case- and accent-insensitively ("high hopes"); an exact name wins over a
// prefix, and "lead" names the untitled opening section when no heading
// starts with it. The error is an *Error (ENotFound) listing the sections, or
// (EInvalid) listing the headings an ambiguous prefix matches.
func (a *Article) SectionNamed(name string) (Section, error) {
	want := foldName(name)
	if want == "" {
		return Section{}, Errorf(EInvalid, "Name a section: %s.", a.sectionList())
	}
	var matches []Section
	for _, s := range a.Sections {
		got := foldName(s.Name)
		if got == "" {
			continue
		}
		if got == want {
			return s, nil
		}
		if strings.HasPrefix(got, want) {
			matches = append(matches, s)
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		if want == foldName(LeadName) && a.Sections[0].Name == "" {
			return a.Sections[0], nil
		}
		return Section{}, Errorf(ENotFound, "The article has no section called %q. Its sections are: %s.", strings.TrimSpace(name), a.sectionList())
	}
	names := make([]string, len(matches))
	for i, s := range matches {
		names[i] = fmt.Sprintf("%q", s.Name)
	}
	return Section{}, Errorf(EInvalid, "%q could be any of %s; say which.", strings.TrimSpace(name), strings.Join(names, ", "))
}

// sectionList names the sections for a message: the lead as LeadName, the
// others quoted.
func (a *Article) sectionList() string {
	var names []string
	for _, s := range a.Sections {
		if s.Name == "" {
			names = append(names, LeadName+" (the untitled opening)")
			continue
		}
		names = append(names, fmt.Sprintf("%q", s.Name))
	}
	return strings.Join(names, ", ")
}

// foldName folds a section name for comparison and collapses white space.
func foldName(s string) string { return strings.Join(strings.Fields(Fold(s)), " ") }
