package retrieval

import (
	"math"
	"reflect"
	"testing"
)

// fakeRelated is a hand-written Related and Dictionary.
type fakeRelated map[string][]Expansion

func (f fakeRelated) Related(w string) []Expansion { return f[w] }
func (f fakeRelated) IsWord(w string) bool         { return w == "master" }

var (
	_ Related    = fakeRelated(nil)
	_ Dictionary = fakeRelated(nil)
)

func build() *Index {
	b := NewBuilder()
	docs := [][]string{
		{"putin", "root", "caus"},
		{"agreement", "reach", "lisbon"},
		{"faster", "rebuilt"},
		{"putin", "putin", "propos", "vatican"},
	}
	for _, d := range docs {
		b.Add(d, len(d))
		for _, k := range d {
			b.Word(k, k)
		}
	}
	b.Word("causes", "caus")
	rel := fakeRelated{"suggest": {{Key: "propos", Weight: 0.6}}}
	return b.Build(rel, func(w string) string { return w })
}

func TestPostingsAndBM25(t *testing.T) {
	ix := build()
	if got := ix.DF("putin"); got != 2 {
		t.Errorf("DF(putin) = %d, want 2", got)
	}
	if got := ix.TF(3, "putin"); got != 2 {
		t.Errorf("TF(3, putin) = %d, want 2", got)
	}
	if got := ix.TF(1, "putin"); got != 0 {
		t.Errorf("TF(1, putin) = %d, want 0", got)
	}
	scores := make([]float64, ix.Len())
	best := make([]float64, ix.Len())
	touched := ix.Scores([]QueryTerm{{Weight: 1, Alts: []Expansion{{Key: "putin", Weight: 1}}}}, scores, best, nil)
	if len(touched) != 2 || scores[0] <= 0 || scores[3] <= 0 || scores[1] != 0 {
		t.Fatalf("scores = %v touched %v", scores, touched)
	}
	for i, s := range scores {
		want := ix.BM25(i, "putin", ix.TF(i, "putin"))
		if math.Abs(s-want) > 1e-12 {
			t.Errorf("doc %d: postings score %v, direct %v", i, s, want)
		}
	}
	for _, b := range best {
		if b != 0 {
			t.Fatal("scratch not left zero")
		}
	}
	if got := Top(scores, touched, 1); !reflect.DeepEqual(got, []int32{3}) && !reflect.DeepEqual(got, []int32{0}) {
		t.Errorf("Top = %v", got)
	}
}

func TestExpand(t *testing.T) {
	ix := build()
	tests := []struct {
		key, norm string
		want      string
	}{
		{"caus", "causes", "caus"},     // the word itself
		{"cuas", "cuases", "caus"},     // a typo, through the stem
		{"agre", "agree", "agreement"}, // a derived form sharing a prefix
		{"suggest", "suggest", "propos"},
		{"vatcan", "vatcan", "vatican"},
	}
	for _, tt := range tests {
		got := ix.Expand(tt.key, tt.norm)
		found := false
		for _, e := range got {
			if e.Key == tt.want {
				found = true
				if e.Key != tt.key && e.Weight >= 1 {
					t.Errorf("Expand(%q): %q weighs %v, want less than the word itself", tt.norm, e.Key, e.Weight)
				}
			}
		}
		if !found {
			t.Errorf("Expand(%q) = %v, want %q", tt.norm, got, tt.want)
		}
	}
	// A real word is never a typo of another: "master" is not "faster".
	for _, e := range ix.Expand("master", "master") {
		if e.Key == "faster" {
			t.Errorf("master expanded to faster")
		}
	}
}

func TestTopOrder(t *testing.T) {
	vals := []float64{0.5, 3, 0, 2, 3, 1}
	got := Top(vals, []int32{0, 1, 2, 3, 4, 5}, 3)
	if want := []int32{1, 4, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("Top = %v, want %v", got, want)
	}
	if got := Top(vals, []int32{0, 1, 2, 3, 4, 5}, 0); len(got) != 5 {
		t.Errorf("Top all = %v, want the 5 positive", got)
	}
}

func TestFitSeparates(t *testing.T) {
	var samples []Sample
	for i := range 200 {
		x := float64(i%20) / 20
		samples = append(samples, Sample{X: []float64{x}, Y: x > 0.5 != (i%17 == 0)})
	}
	m := Fit([]string{"x"}, samples, 0.1)
	if m.Weights[0] <= 0 {
		t.Fatalf("weight %v, want positive", m.Weights[0])
	}
	if p0, p1 := m.Prob([]float64{0.1}), m.Prob([]float64{0.9}); p0 >= 0.5 || p1 <= 0.5 {
		t.Errorf("Prob(0.1) = %v, Prob(0.9) = %v", p0, p1)
	}
}

func TestAnswerModelShape(t *testing.T) {
	if len(AnswerModel.Weights) != len(AnswerModel.Names) || AnswerModel.Threshold <= 0 || AnswerModel.Threshold >= 1 {
		t.Errorf("AnswerModel: %d weights, %d names, threshold %v", len(AnswerModel.Weights), len(AnswerModel.Names), AnswerModel.Threshold)
	}
}

func TestFitRank(t *testing.T) {
	// The answer is the candidate with feature 1 = 1, whatever the offset
	// (the retrieval score) says: the fit must learn a positive weight for
	// feature 1 and none that matters for the noise feature 0.
	var groups []RankGroup
	for i := range 100 {
		g := RankGroup{}
		for c := range 4 {
			hit := c == i%4
			g.Offset = append(g.Offset, float64((c+i)%3)*0.5)
			g.X = append(g.X, []float64{float64((c*7+i)%5) / 5, b(hit)})
			g.Pos = append(g.Pos, hit)
		}
		groups = append(groups, g)
	}
	// A group with only positives carries no information and is skipped.
	groups = append(groups, RankGroup{Offset: []float64{0}, X: [][]float64{{1, 0}}, Pos: []bool{true}})
	m := FitRank([]string{"noise", "answer"}, groups, 0.1)
	if m.Weights[1] < 2 || math.Abs(m.Weights[0]) > m.Weights[1]/2 {
		t.Errorf("weights %v, want a large positive weight on answer only", m.Weights)
	}
	// Bias centres the correction: the mean of weights·x over candidates.
	sum, n := 0.0, 0
	for _, g := range groups {
		for _, x := range g.X {
			sum += m.Weights[0]*x[0] + m.Weights[1]*x[1]
			n++
		}
	}
	if got := sum / float64(n); math.Abs(got-m.Bias) > 1e-9 {
		t.Errorf("Bias %v, want the mean correction %v", m.Bias, got)
	}
}

func TestRankModelShape(t *testing.T) {
	if len(RankModel.Weights) != len(RankModel.Names) {
		t.Errorf("RankModel: %d weights, %d names", len(RankModel.Weights), len(RankModel.Names))
	}
}

func b(v bool) float64 {
	if v {
		return 1
	}
	return 0
}

// fakeInverse adds to fakeRelated the text-side relations Inverse lists.
type fakeInverse struct {
	fakeRelated
	inv map[string][]Expansion
}

func (f fakeInverse) Inverse(w string) []Expansion { return f.inv[w] }

// TestExpandPhraseInflected checks that a phrase's related word reaches the
// text's irregular form of it ("turn up" → "find" → "found"), below the
// relation's own weight.
func TestExpandPhraseInflected(t *testing.T) {
	b := NewBuilder()
	for _, d := range [][]string{{"weld", "found"}, {"weld", "check"}} {
		b.Add(d, len(d))
		for _, k := range d {
			b.Word(k, k)
		}
	}
	rel := fakeInverse{
		fakeRelated: fakeRelated{"turn up": {{Key: "find", Weight: 0.4}}},
		inv:         map[string][]Expansion{"found": {{Key: "find", Weight: 0.9}}},
	}
	ix := b.Build(rel, func(w string) string { return w })
	got := ix.ExpandPhrase("turn up")
	if len(got) != 1 || got[0].Key != "found" || math.Abs(got[0].Weight-0.36) > 1e-9 {
		t.Errorf("ExpandPhrase(turn up) = %v, want [{found 0.36}]", got)
	}
}
