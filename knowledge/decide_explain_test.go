package knowledge

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// TestExplainDecision prints, for each question, its terms with their
// expansions, the first passages, and every non-zero decision feature with
// its weighted contribution, to see why the engine answers or abstains:
// QB_DECIDE="question 1|question 2" go test ./knowledge -run ExplainDecision -v
// (QB_ARTICLE=FILE for another article than the seed).
func TestExplainDecision(t *testing.T) {
	qs := os.Getenv("QB_DECIDE")
	if qs == "" {
		t.Skip()
	}
	a := explainArticle(t)
	m := retrieval.AnswerModel
	for _, question := range strings.Split(qs, "|") {
		q := a.analyze(question)
		fmt.Printf("\n## %s  type=%q unknown=%v kind=%v speaker=%q reported=%v\n", question, q.answerType, q.unknownEntities, q.kindNames, q.speaker, q.reported)
		for _, tm := range q.terms {
			fmt.Printf("  term %q w=%.2f ent=%v fr=%v alts=%v\n", tm.key, tm.weight, tm.entity, tm.framing, tm.alts)
		}
		hits := a.rank(q, 8)
		for _, h := range hits[:min(3, len(hits))] {
			fmt.Printf("  hit %.3f [%s] %.80s\n", h.Score, a.Sentences[h.Sentence].SaidBy, a.Sentences[h.Sentence].Text)
		}
		if len(hits) > 0 {
			// Which detail check makes the antonym feature fire.
			i0 := hits[0].Sentence
			win := a.windowWords(i0)
			_, _, anto, _ := a.detailMismatch(q, i0, win)
			kind, place := a.contrastPair(q, i0, win)
			fmt.Printf("  antonym: aligned=%v qualifier=%v kind=%q place=%q modifier=%q\n",
				anto, a.contradictsQualifier(q, i0), kind, place, a.modifierPair(q, win))
		}
		d := a.decide(q, hits)
		fmt.Printf("  confidence %.3f (threshold %.2f) capped=%v reason=%q\n", d.confidence, m.Threshold, d.capped, d.reason)
		for i, f := range d.features {
			if f == 0 {
				continue
			}
			if i >= len(m.Weights) {
				// A feature the model was not fitted with yet.
				fmt.Printf("    %-20s %6.3f (not fitted)\n", DecisionFeatureNames[i], f)
				continue
			}
			fmt.Printf("    %-20s %6.3f * %6.3f = %6.3f\n", m.Names[i], f, m.Weights[i], f*m.Weights[i])
		}
	}
}
