package knowledge

import (
	"container/list"
	"sync"
)

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
