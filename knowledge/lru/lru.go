// Package lru is a bounded cache that forgets the least recently used entry
// first. It is safe for concurrent use and imports nothing of ours.
package lru

import (
	"container/list"
	"sync"
)

// Cache holds at most a fixed number of values by key.
type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	max   int
	clone func(V) V
	order *list.List // front = most recent; values are *entry[K, V]
	byKey map[K]*list.Element
}

type entry[K comparable, V any] struct {
	key K
	val V
}

// New returns a cache of at most max values (max <= 0: it keeps none).
// clone, when not nil, copies a value on the way in and on the way out, so
// that neither the caller who stored it nor one who got it can change what
// the cache holds.
func New[K comparable, V any](max int, clone func(V) V) *Cache[K, V] {
	if clone == nil {
		clone = func(v V) V { return v }
	}
	return &Cache[K, V]{max: max, clone: clone, order: list.New(), byKey: map[K]*list.Element{}}
}

// Get returns the value stored under key and marks it most recently used.
func (c *Cache[K, V]) Get(key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(e)
	return c.clone(e.Value.(*entry[K, V]).val), true
}

// Put stores v under key as the most recently used value, forgetting the
// least recently used one when the cache is full.
func (c *Cache[K, V]) Put(key K, v V) {
	if c.max <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		e.Value.(*entry[K, V]).val = c.clone(v)
		c.order.MoveToFront(e)
		return
	}
	c.byKey[key] = c.order.PushFront(&entry[K, V]{key: key, val: c.clone(v)})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byKey, last.Value.(*entry[K, V]).key)
	}
}

// Len returns the number of values held.
func (c *Cache[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
