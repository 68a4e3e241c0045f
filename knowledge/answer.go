package knowledge

// Quote is a verbatim passage of the article shown to a user: one sentence,
// or two adjacent ones when the first needs its antecedent.
type Quote struct {
	// Text is Article.Text[Start:End], byte for byte.
	Text string
	// Paragraph is the 1-based paragraph number.
	Paragraph int
	// Section is the section's heading ("" for the lead).
	Section string
	// Speaker is who the quoted sentence is about or who speaks in it ("" if nobody).
	Speaker string
	// Start and End are byte offsets into Article.Text.
	Start, End int
	// Sentences are the indexes of the sentences quoted.
	Sentences []int
	// Score is the retrieval score (higher is better; 0 when not ranked).
	Score float64
}

// Answer is the grounded reply to a question.
type Answer struct {
	// Question is the question as cleaned for retrieval.
	Question string
	// Answered is true only when Outcome is OutcomeAnswered.
	Answered bool
	// Outcome is OutcomeAnswered, OutcomeUncertain or OutcomeNotCovered.
	Outcome string
	// Confidence is the calibrated probability (0..1) that the first quote
	// answers the question.
	Confidence float64
	// Text is what the user is shown: a short lead-in, or the abstention message.
	Text string
	// Quotes are best first. When Outcome is OutcomeUncertain they are the
	// closest passages, introduced as such by Text; OutcomeNotCovered has none.
	Quotes []Quote
}

// The three outcomes of a question.
const (
	// OutcomeAnswered: the quotes answer the question.
	OutcomeAnswered = "answered"
	// OutcomeUncertain: the article has related passages, but the engine is
	// not confident they answer; they are shown as the closest passages.
	OutcomeUncertain = "uncertain"
	// OutcomeNotCovered: nothing in the article is related (an unknown name,
	// no shared content); no passage is shown.
	OutcomeNotCovered = "not_covered"
)

// UncertainText introduces the closest passages of an uncertain answer. It
// never claims that they do not answer: they may.
const UncertainText = "The article may not answer this directly. The closest passages:"

// QuoteSentences returns the verbatim quote spanning sentences first..last
// (inclusive, in one paragraph).
func (a *Article) QuoteSentences(first, last int) Quote {
	s, e := a.Sentences[first], a.Sentences[last]
	idx := make([]int, 0, last-first+1)
	for i := first; i <= last; i++ {
		idx = append(idx, i)
	}
	speaker := s.Speaker
	if speaker == "" {
		speaker = e.Speaker
	}
	return Quote{
		Text: a.Text[s.Start:e.End], Paragraph: s.Paragraph, Section: s.Section, Speaker: speaker,
		Start: s.Start, End: e.End, Sentences: idx,
	}
}

// QuoteOf returns sentence i as a quote, with the sentence before it when i
// opens with a pronoun that needs its antecedent from the same paragraph.
func (a *Article) QuoteOf(i int) Quote {
	s := a.Sentences[i]
	if s.LeadingPronoun && i > 0 && a.Sentences[i-1].Paragraph == s.Paragraph {
		q := a.QuoteSentences(i-1, i)
		q.Speaker = s.Speaker
		if q.Speaker == "" {
			q.Speaker = a.Sentences[i-1].Speaker
		}
		return q
	}
	return a.QuoteSentences(i, i)
}
