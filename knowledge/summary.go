package knowledge

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
}

// Summary is a selection of the article's own sentences, in article order.
type Summary struct {
	Sentences []SummarySentence
	Outline   bool
}

// Summarize returns an extractive summary. The error is an *Error for an
// unknown length or section.
//
// TODO(issue 4): stub; replaced by the real summariser.
func (a *Article) Summarize(opts SummaryOptions) (Summary, error) {
	var s Summary
	for i := 0; i < 3 && i < len(a.Sentences); i++ {
		t := a.Sentences[i]
		s.Sentences = append(s.Sentences, SummarySentence{Text: t.Text, Paragraph: t.Paragraph, Section: t.Section, Sentence: i, Start: t.Start, End: t.End})
	}
	return s, nil
}

// Facts describe which article the bot is grounded in.
type Facts struct {
	Name       string
	Title      string // "" when the article has none
	Words      int
	Sections   []string
	Paragraphs int
	Quotations int
	SHA256     string // hex
}

// Facts returns the article's facts for an "about" view.
//
// TODO(issue 4): stub; replaced by the real implementation.
func (a *Article) Facts() Facts {
	return Facts{Name: a.Name, Paragraphs: len(a.Paragraphs), Quotations: len(a.Quotations)}
}
