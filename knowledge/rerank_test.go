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

func TestHeadlineBelowBody(t *testing.T) {
	const text = `Former town treasurer jailed for six years for pension theft from firefighters and police officers
A former town treasurer who stole $3.4 million from a pension fund for firefighters and police officers over a decade was jailed on Thursday for six years after a long hearing in which many retirees spoke about the theft.
The judge said the theft had hurt retired firefighters.
`
	a, err := Parse("news.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"Why was the treasurer jailed?", "Was the treasurer jailed for the pension theft?"} {
		hits := a.Search(q, 3)
		if len(hits) < 2 {
			t.Fatalf("%q: %d hits", q, len(hits))
		}
		if got := a.Sentences[hits[0].Sentence].Text; isHeadline(got) {
			t.Errorf("%q: headline first: %q", q, got)
		}
		for k := 1; k < len(hits); k++ {
			if hits[k].Score > hits[k-1].Score {
				t.Errorf("%q: scores out of order: %v", q, hits)
			}
		}
	}
}

func TestIsHeadline(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Former treasurer gets six years for pension theft", true},
		{"He was sentenced on Thursday.", false},
		{"“It is over,” she said.", false},
		{"Why stop now?", false},
		{"He wrote:", false},
	} {
		if got := isHeadline(tc.text); got != tc.want {
			t.Errorf("isHeadline(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestPhraser(t *testing.T) {
	for _, tc := range []struct {
		q, s      string
		run       int
		pairs     float64
		pairsNote string
	}{
		// "of the 20th century" stands in the sentence as written.
		{"What engines were used throughout most of the 20th century?", "Turbines drove ships throughout most of the 20th century.", 6, 0.5, "the-20th and 20th-century of four pairs with a content word"},
		// The wh-word is not counted; pairs of function words are not pairs.
		{"What is the name of the river?", "What is the name of it?", 4, 2.0 / 3, "the-name and name-of, not the-river"},
		{"Who won?", "Nobody here.", 0, 0, "nothing shared"},
	} {
		run, pairs := newPhraser(Tokenize(tc.q)).match(Tokenize(tc.s))
		if run != tc.run || pairs != tc.pairs {
			t.Errorf("match(%q, %q) = %d, %.3f; want %d, %.3f (%s)", tc.q, tc.s, run, pairs, tc.run, tc.pairs, tc.pairsNote)
		}
	}
}

// TestWidensAgreesWithPassageOf: the reranker's cheap widening test says
// what passageOf does, for every sentence and a few questions.
func TestWidensAgreesWithPassageOf(t *testing.T) {
	a := Default()
	for _, question := range []string{"Why did Putin refuse?", "What did Trump say about the talks?", "When will they meet?", "Who proposed a venue?"} {
		q := a.analyze(question)
		for i := range a.Sentences {
			var den float64
			for _, t := range q.terms {
				if !t.framing {
					den += t.weight * a.index.idf(t.key)
				}
			}
			if got, want := a.widens(q, i, den), len(a.passageOf(q, i).Sentences) > 1; got != want {
				t.Errorf("%q, sentence %d: widens %v, passageOf widens %v", question, i, got, want)
			}
		}
	}
}
