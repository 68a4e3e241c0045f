package knowledge

import (
	"math"
	"sort"
)

// index is a BM25 index over sentence stems.
type index struct {
	df    map[string]int // stem → number of sentences holding it
	tf    []map[string]int
	lens  []int
	avgdl float64
	n     int
}

func buildIndex(a *Article) *index {
	ix := &index{df: map[string]int{}, n: len(a.Sentences)}
	total := 0
	for _, s := range a.Sentences {
		tf := map[string]int{}
		l := 0
		for _, t := range s.tokens {
			if IsStopWord(t.Norm) {
				continue
			}
			tf[t.Stem]++
			l++
		}
		for st := range tf {
			ix.df[st]++
		}
		ix.tf = append(ix.tf, tf)
		ix.lens = append(ix.lens, l)
		total += l
	}
	if ix.n > 0 {
		ix.avgdl = float64(total) / float64(ix.n)
	}
	return ix
}

func (ix *index) idf(stem string) float64 {
	df := ix.df[stem]
	return math.Log(1 + (float64(ix.n)-float64(df)+0.5)/(float64(df)+0.5))
}

// Hit is one ranked sentence.
type Hit struct {
	// Sentence indexes Article.Sentences.
	Sentence int
	// Score is the retrieval score, higher is better.
	Score float64
}

// Search ranks the article's sentences against a query and returns at most k
// hits with a positive score, best first.
func (a *Article) Search(query string, k int) []Hit {
	q := a.analyze(query)
	return a.rank(q, k)
}

func (a *Article) rank(q *query, k int) []Hit {
	const k1, b = 1.2, 0.75
	ix := a.index
	var hits []Hit
	for i := range a.Sentences {
		score := 0.0
		for _, term := range q.terms {
			f := float64(ix.tf[i][term.stem])
			if f == 0 {
				continue
			}
			score += term.weight * ix.idf(term.stem) * f * (k1 + 1) / (f + k1*(1-b+b*float64(ix.lens[i])/ix.avgdl))
		}
		if score > 0 {
			hits = append(hits, Hit{Sentence: i, Score: score})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	if k > 0 && len(hits) > k {
		hits = hits[:k]
	}
	return hits
}
