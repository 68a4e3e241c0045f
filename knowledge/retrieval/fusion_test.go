package retrieval

import (
	"math"
	"reflect"
	"testing"
)

func docsOf(hs []Hit) []int {
	out := []int{}
	for _, h := range hs {
		out = append(out, h.Doc)
	}
	return out
}

func TestFuseRanks(t *testing.T) {
	tests := []struct {
		name  string
		k     int
		lists [][]int
		want  []int
	}{
		// 1: 1/61+1/62; 3: 1/63+1/61; 2: 1/62; 7: 1/63.
		{"sum of reciprocal ranks", 3, [][]int{{1, 2, 3}, {3, 1, 7}}, []int{1, 3, 2}},
		// Middling documents in both lists would push out the one only the
		// second list ranks first; it takes the weakest fused place.
		// 3: 1/63+1/63, 4: 1/64+1/62, 2: 1/62+1/64 … 1: 1/61, 9: 1/61.
		{"each list's first kept", 2, [][]int{{1, 2, 3, 4}, {9, 4, 3, 2}}, []int{1, 9}},
		{"fewer than k", 5, [][]int{{4, 2}, {2}}, []int{2, 4}},
		{"ties by lower id", 2, [][]int{{5}, {3}}, []int{3, 5}},
		{"an empty list", 2, [][]int{{8, 6, 7}, nil}, []int{8, 6}},
		{"nothing", 3, nil, []int{}},
	}
	for _, tt := range tests {
		if got := docsOf(FuseRanks(tt.k, tt.lists...)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: FuseRanks(%d, %v) = %v, want %v", tt.name, tt.k, tt.lists, got, tt.want)
		}
	}
	if h := FuseRanks(1, []int{4}); len(h) != 1 || math.Abs(h[0].Score-1.0/61) > 1e-12 {
		t.Errorf("score of a first place = %+v, want 1/61", h)
	}
}

func TestRankByVector(t *testing.T) {
	vecs := [][]float32{{1, 0}, {0, 1}, {1, 1}, {0, 0}, {1, 0, 0}, {2, 0}}
	tests := []struct {
		name string
		q    []float32
		k    int
		want []int
	}{
		{"best first, ties in order", []float32{1, 0}, 3, []int{0, 5, 2}},
		{"zero and mismatched skipped", []float32{0, 1}, 10, []int{1, 2, 0, 5}},
		{"zero query", []float32{0, 0}, 3, []int{}},
	}
	for _, tt := range tests {
		if got := docsOf(RankByVector(tt.q, vecs, tt.k)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: RankByVector = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCosine(t *testing.T) {
	tests := []struct {
		a, b []float32
		want float64
		ok   bool
	}{
		{[]float32{1, 0}, []float32{2, 0}, 1, true},
		{[]float32{1, 0}, []float32{0, 3}, 0, true},
		{[]float32{1, 1}, []float32{-1, -1}, -1, true},
		{[]float32{1, 0}, []float32{1, 0, 0}, 0, false},
		{nil, nil, 0, false},
		{[]float32{0, 0}, []float32{1, 0}, 0, false},
	}
	for _, tt := range tests {
		got, ok := Cosine(tt.a, tt.b)
		if ok != tt.ok || math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Cosine(%v, %v) = %v, %v; want %v, %v", tt.a, tt.b, got, ok, tt.want, tt.ok)
		}
	}
}
