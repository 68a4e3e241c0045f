package knowledge

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge/retrieval"
)

func TestZZFA(t *testing.T) {
	b, _ := os.ReadFile("/tmp/answers/fa.json")
	var items []struct{ Article, Q string }
	json.Unmarshal(b, &items)
	arts := map[string]*Article{}
	for _, it := range items {
		a := arts[it.Article]
		if a == nil {
			tb, _ := os.ReadFile(it.Article)
			a, _ = Parse("x", string(tb))
			arts[it.Article] = a
		}
		q := a.analyze(it.Q)
		hits := a.rank(q, 8)
		if len(hits) == 0 {
			continue
		}
		i0 := hits[0].Sentence
		var miss []string
		for _, tm := range q.terms {
			if tm.framing {
				continue
			}
			best := 0.0
			for _, al := range tm.alts {
				if c := a.index.contextMatch(i0, al.key); c >= adjacentWeight {
					best = max(best, al.weight)
				}
			}
			if best < synonymWeight {
				miss = append(miss, fmt.Sprintf("%s(%.1f)", tm.tok.Text, best))
			}
		}
		d := a.decide(q, hits)
		var top []string
		m := retrieval.AnswerModel
		for j, w := range m.Weights {
			if j < len(d.features) && (w*d.features[j] > 0.5 || w*d.features[j] < -0.5) {
				top = append(top, fmt.Sprintf("%s=%+.1f", DecisionFeatureNames[j], w*d.features[j]))
			}
		}
		t.Logf("%-60.60s c=%.2f MISS[%s] {%s} || %.80s", it.Q, d.confidence, strings.Join(miss, ","), strings.Join(top, " "), a.Sentences[i0].Text)
	}
}
