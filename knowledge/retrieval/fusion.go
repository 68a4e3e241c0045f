package retrieval

import (
	"math"
	"slices"
	"sort"
)

// Hit is a document with its score.
type Hit struct {
	// Doc is the document's id (a sentence's index, for knowledge).
	Doc int
	// Score is higher for a better document.
	Score float64
}

// rrfK damps reciprocal rank fusion: the usual constant from Cormack et al.
const rrfK = 60

// FuseRanks merges rankings of documents (each best first) by reciprocal
// rank fusion — a document scores the sum of 1/(60+rank) over the lists
// holding it — and returns the best k, best first, ties by lower id. Each
// list's first document is among them: on a short text many middling
// documents are in both lists and would push out the one only a single list
// finds, such as the one found by meaning alone.
func FuseRanks(k int, lists ...[]int) []Hit {
	score := map[int]float64{}
	for _, l := range lists {
		for r, d := range l {
			score[d] += 1 / float64(rrfK+r+1)
		}
	}
	out := make([]Hit, 0, len(score))
	for d, s := range score {
		out = append(out, Hit{Doc: d, Score: s})
	}
	sortHits(out)
	if len(out) <= k {
		return out
	}
	top := slices.Clone(out[:k])
	slot := k - 1 // the weakest fused hit not kept for a list makes room
	for _, l := range lists {
		if len(l) == 0 || slot < 0 || slices.ContainsFunc(top, func(h Hit) bool { return h.Doc == l[0] }) {
			continue
		}
		for _, h := range out[k:] {
			if h.Doc == l[0] {
				top[slot] = h
				slot--
				break
			}
		}
	}
	sortHits(top)
	return top
}

// sortHits orders hits best first, ties by lower id.
func sortHits(hs []Hit) {
	sort.Slice(hs, func(i, j int) bool {
		if hs[i].Score != hs[j].Score {
			return hs[i].Score > hs[j].Score
		}
		return hs[i].Doc < hs[j].Doc
	})
}

// RankByVector ranks documents by the cosine similarity of their vectors
// (vecs[doc]) to q and returns the best k, best first, ties in document
// order. Vectors of another length, and zero vectors, are skipped.
func RankByVector(q []float32, vecs [][]float32, k int) []Hit {
	var hits []Hit
	for d, v := range vecs {
		if c, ok := Cosine(q, v); ok {
			hits = append(hits, Hit{Doc: d, Score: c})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	if len(hits) > k {
		hits = hits[:k]
	}
	return hits
}

// Cosine returns the cosine similarity of a and b; ok is false when their
// lengths differ or either is empty or zero.
func Cosine(a, b []float32) (c float64, ok bool) {
	if len(a) != len(b) || len(a) == 0 {
		return 0, false
	}
	var dot, na, nb float64
	for i := range a {
		x, y := float64(a[i]), float64(b[i])
		dot += x * y
		na += x * x
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0, false
	}
	return dot / math.Sqrt(na*nb), true
}
