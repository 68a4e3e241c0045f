package knowledge

import (
	"reflect"
	"testing"

	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// TestRankModelMatchesFeatures: the generated reranker weighs the features
// the engine computes, in their order (re-run the fit tool when they change).
func TestRankModelMatchesFeatures(t *testing.T) {
	if m := retrieval.RankModel; len(m.Weights) > 0 && !reflect.DeepEqual(m.Names, RankFeatureNames) {
		t.Errorf("RankModel names %v, want RankFeatureNames %v: run go run ./knowledge/retrieval/fit -write-rank", m.Names, RankFeatureNames)
	}
	a := Default()
	for _, q := range []string{"Why did Putin refuse?", "How many nations signed?", "What is a summit?", "When will they meet?"} {
		cs, err := a.RankCandidates(q)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if len(c.Features) != len(RankFeatureNames) {
				t.Fatalf("%q: %d features, want %d", q, len(c.Features), len(RankFeatureNames))
			}
		}
	}
}

func TestQuestionCues(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want questionCues
	}{
		{"Why is she retiring?", questionCues{why: true}},
		{"How did the plague reach Europe?", questionCues{how: true}},
		{"How large can ctenophora grow?", questionCues{measure: true}},
		{"How many people died?", questionCues{measure: true}},
		{"How often do they meet?", questionCues{}},
		{"What is a ctenophora?", questionCues{define: true}},
		{"What is the capital of the region in the north?", questionCues{}},
	} {
		if got := cuesOf(Tokenize(tc.q)); got != tc.want {
			t.Errorf("%q: cues %+v, want %+v", tc.q, got, tc.want)
		}
	}
}
