package knowledge

import (
	"fmt"
	"os"
	"testing"
)

// explainArticle is the article the debugging tests explain: the file
// QB_ARTICLE names, else the seed article.
func explainArticle(t *testing.T) *Article {
	t.Helper()
	path := os.Getenv("QB_ARTICLE")
	if path == "" {
		return Default()
	}
	return parseFile(t, path)
}

// TestExplain prints how a question is analysed and ranked, for tuning:
// QB_DEBUG="question" go test ./knowledge -run Explain -v
func TestExplain(t *testing.T) {
	qs := os.Getenv("QB_DEBUG")
	if qs == "" {
		t.Skip()
	}
	a := explainArticle(t)
	if os.Getenv("QB_ARTICLE") != "" {
		for _, p := range a.People {
			fmt.Printf("person %s (%s) %v %+v\n", p.Name, p.Full, p.Variants[:min(3, len(p.Variants))], p.Descriptors)
		}
	}
	q := a.analyze(qs)
	if pe, ok := a.PersonByRole(qs); ok {
		fmt.Printf("role phrase names %s\n", pe.Name)
	}
	fmt.Printf("type=%q speaker=%q unknown=%v\n", q.answerType, q.speaker, q.unknownEntities)
	for _, t := range q.terms {
		fmt.Printf("  term %q w=%.2f ent=%v fr=%v alts=%v\n", t.key, t.weight, t.entity, t.framing, t.alts)
	}
	for _, h := range a.rank(q, 6) {
		fmt.Printf("%.3f cov=%.2f typed=%v  %.90s\n", h.Score, a.coverage(q, h.Sentence, false), a.satisfies(q, h.Sentence), a.Sentences[h.Sentence].Text)
		// How each question term is held: in the sentence, beside it, or not.
		for _, t := range q.terms {
			best, via := 0.0, ""
			for _, al := range t.alts {
				if c := al.weight * max(a.index.holds(h.Sentence, al.key, t.entity), a.index.nearMatch(h.Sentence, al.key)); c > best {
					best, via = c, al.key
				}
			}
			fmt.Printf("      %-12s %.2f %s\n", t.key, best, via)
		}
	}
}
