package attribution

import (
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// docOf splits text into paragraphs (non-empty lines, or blank-line
// separated blocks) and sentences, as knowledge.Parse does.
func docOf(text string) Doc {
	d := Doc{Text: text}
	blank := strings.Contains(text, "\n\n")
	start := 0
	flush := func(end int) {
		if sp, ok := nlp.TrimSpan(text, start, end); ok {
			d.Paragraphs = append(d.Paragraphs, Span{sp[0], sp[1]})
			for _, s := range nlp.SplitSentences(text, sp[0], sp[1]) {
				d.Sentences = append(d.Sentences, Sentence{Start: s[0], End: s[1], Paragraph: len(d.Paragraphs) - 1})
			}
		}
	}
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		if blank && !(i+1 < len(text) && text[i+1] == '\n') {
			continue
		}
		flush(i)
		start = i + 1
	}
	flush(len(text))
	return d
}

// speakerName is the short name of a quotation's speaker, "" for none.
func (r *Result) speakerName(q int) string {
	if e := r.Quotations[q].Speaker; e >= 0 {
		return r.Entities[e].Short
	}
	return ""
}

// checkSpeakerOf analyses text and checks the speaker of the quotation whose
// words are quote (the first such quotation).
func checkSpeakerOf(t *testing.T, text, quote, want string) {
	t.Helper()
	r := Analyze(docOf(text), DefaultLexicon())
	for q, qt := range r.Quotations {
		if r.doc.Text[qt.Start:qt.End] == quote {
			if got := r.speakerName(q); got != want {
				t.Errorf("speaker %q (%s), want %q", got, qt.Rule, want)
			}
			return
		}
	}
	t.Errorf("quotation %q not found", quote)
}
