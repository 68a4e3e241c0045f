package knowledge

import "github.com/quotebot/quotebot/knowledge/lru"

// answerCache is a bounded LRU of verified answers by normalised question
// (knowledge/lru); answers go in and come out as copies.
type answerCache struct{ c *lru.Cache[string, Answer] }

// newAnswerCache returns a cache of at most max answers (max <= 0: none).
func newAnswerCache(max int) *answerCache {
	return &answerCache{c: lru.New[string, Answer](max, cloneAnswer)}
}

func (c *answerCache) get(key string) (Answer, bool) { return c.c.Get(key) }
func (c *answerCache) put(key string, ans Answer)    { c.c.Put(key, ans) }
func (c *answerCache) len() int                      { return c.c.Len() }

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
