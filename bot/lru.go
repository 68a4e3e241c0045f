package bot

import "sync"

// lru is a least-recently-used map from strings, safe for concurrent use,
// bounded by its number of entries and, when maxWeight > 0, by the sum of
// their weights. The most recent entry is never evicted, so one entry
// heavier than maxWeight still fits (alone).
type lru[V any] struct {
	mu        sync.Mutex
	max       int
	maxWeight int64
	weight    int64
	tick      uint64
	items     map[string]*lruItem[V]
}

type lruItem[V any] struct {
	v      V
	used   uint64
	weight int64
}

func newLRU[V any](max int, maxWeight int64) *lru[V] {
	return &lru[V]{max: max, maxWeight: maxWeight, items: map[string]*lruItem[V]{}}
}

// getOrPut returns the value for k, or stores make()'s (fresh = true).
func (c *lru[V]) getOrPut(k string, make func() V) (v V, fresh bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tick++
	if it, ok := c.items[k]; ok {
		it.used = c.tick
		return it.v, false
	}
	it := &lruItem[V]{v: make(), used: c.tick}
	c.items[k] = it
	c.evict(k)
	return it.v, true
}

// evict drops the least recently used entries, never keep, until the
// bounds hold.
func (c *lru[V]) evict(keep string) {
	for len(c.items) > c.max || (c.maxWeight > 0 && c.weight > c.maxWeight && len(c.items) > 1) {
		oldest, at := "", c.tick+1
		for k, it := range c.items {
			if k != keep && it.used < at {
				oldest, at = k, it.used
			}
		}
		if oldest == "" {
			return
		}
		c.weight -= c.items[oldest].weight
		delete(c.items, oldest)
	}
}

// setWeight sets k's weight (when it is still there) and evicts others
// as needed.
func (c *lru[V]) setWeight(k string, w int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.items[k]
	if !ok {
		return
	}
	c.weight += w - it.weight
	it.weight = w
	c.evict(k)
}

// get returns the value for k, marking it used.
func (c *lru[V]) get(k string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.tick++
	it.used = c.tick
	return it.v, true
}

// put stores v under k.
func (c *lru[V]) put(k string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tick++
	if it, ok := c.items[k]; ok {
		it.v, it.used = v, c.tick
		return
	}
	c.items[k] = &lruItem[V]{v: v, used: c.tick}
	c.evict(k)
}

// removeIf deletes k if its value satisfies match.
func (c *lru[V]) removeIf(k string, match func(V) bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if it, ok := c.items[k]; ok && match(it.v) {
		c.weight -= it.weight
		delete(c.items, k)
	}
}

// findKey returns a key satisfying match.
func (c *lru[V]) findKey(match func(string) bool) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.items {
		if match(k) {
			return k, true
		}
	}
	return "", false
}

// len is the number of entries.
func (c *lru[V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.items)
}
