package knowledge

import (
	"container/list"
	"math"
	"slices"
	"sort"
	"sync"
)

// rrfK damps reciprocal rank fusion: the usual constant from Cormack et al.
const rrfK = 60

// fuseRanks merges ranked lists by reciprocal rank fusion (the score of a
// sentence is the sum of 1/(rrfK+rank) over the lists holding it) and
// returns the best k, ties in article order. Each list's first hit is
// among them: on a short article many middling sentences are in both
// lists and would push out the one passage only a single list finds, such
// as the one found by meaning alone.
func fuseRanks(k int, lists ...[]Hit) []Hit {
	score := map[int]float64{}
	for _, l := range lists {
		for r, h := range l {
			score[h.Sentence] += 1 / float64(rrfK+r+1)
		}
	}
	out := make([]Hit, 0, len(score))
	for i, s := range score {
		out = append(out, Hit{Sentence: i, Score: s})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Sentence < out[j].Sentence
	})
	if len(out) <= k {
		return out
	}
	top := slices.Clone(out[:k])
	slot := k - 1 // the weakest fused hit not kept for a list makes room
	for _, l := range lists {
		if len(l) == 0 || slot < 0 || slices.ContainsFunc(top, func(h Hit) bool { return h.Sentence == l[0].Sentence }) {
			continue
		}
		for _, h := range out[k:] {
			if h.Sentence == l[0].Sentence {
				top[slot] = h
				slot--
				break
			}
		}
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].Score != top[j].Score {
			return top[i].Score > top[j].Score
		}
		return top[i].Sentence < top[j].Sentence
	})
	return top
}

// rankByVector ranks vecs by cosine similarity to q and returns the best k
// (vectors of another length, or zero vectors, are skipped).
func rankByVector(q []float32, vecs [][]float32, k int) []Hit {
	var hits []Hit
	for i, v := range vecs {
		if c, ok := cosine(q, v); ok {
			hits = append(hits, Hit{Sentence: i, Score: c})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	if len(hits) > k {
		hits = hits[:k]
	}
	return hits
}

func cosine(a, b []float32) (float64, bool) {
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

// answerCache is a bounded LRU of verified answers by normalised question.
type answerCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front = most recent; values are *cacheEntry
	byKey map[string]*list.Element
}

type cacheEntry struct {
	key string
	ans Answer
}

// newAnswerCache returns a cache of at most max answers (max < 0: none).
func newAnswerCache(max int) *answerCache {
	return &answerCache{max: max, order: list.New(), byKey: map[string]*list.Element{}}
}

func (c *answerCache) get(key string) (Answer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok {
		return Answer{}, false
	}
	c.order.MoveToFront(e)
	return cloneAnswer(e.Value.(*cacheEntry).ans), true
}

func (c *answerCache) put(key string, ans Answer) {
	if c.max <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		e.Value.(*cacheEntry).ans = cloneAnswer(ans)
		c.order.MoveToFront(e)
		return
	}
	c.byKey[key] = c.order.PushFront(&cacheEntry{key: key, ans: cloneAnswer(ans)})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byKey, last.Value.(*cacheEntry).key)
	}
}

func (c *answerCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// cloneAnswer copies the slices of ans so callers cannot change the cache.
func cloneAnswer(ans Answer) Answer {
	if ans.Quotes == nil {
		return ans
	}
	qs := make([]Quote, len(ans.Quotes))
	for i, q := range ans.Quotes {
		q.Sentences = append([]int(nil), q.Sentences...)
		qs[i] = q
	}
	ans.Quotes = qs
	return ans
}
