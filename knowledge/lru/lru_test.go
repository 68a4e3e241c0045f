package lru

import (
	"fmt"
	"slices"
	"sync"
	"testing"
)

// op is one step of a scenario: put key=val, or get key expecting want
// (want "" means absent).
type op struct {
	put       bool
	key, val  string
	want      string
	wantFound bool
}

func put(k, v string) op    { return op{put: true, key: k, val: v} }
func get(k, want string) op { return op{key: k, want: want, wantFound: true} }
func missing(k string) op   { return op{key: k} }
func run(c *Cache[string, string], ops []op) error {
	for i, o := range ops {
		if o.put {
			c.Put(o.key, o.val)
			continue
		}
		got, ok := c.Get(o.key)
		if ok != o.wantFound || got != o.want {
			return fmt.Errorf("step %d: Get(%q) = %q, %v; want %q, %v", i, o.key, got, ok, o.want, o.wantFound)
		}
	}
	return nil
}

func TestCache(t *testing.T) {
	tests := []struct {
		name    string
		max     int
		ops     []op
		wantLen int
	}{
		{"stores and returns", 2, []op{put("a", "1"), get("a", "1"), missing("b")}, 1},
		{"evicts the least recently put", 2, []op{put("a", "1"), put("b", "2"), put("c", "3"), missing("a"), get("b", "2"), get("c", "3")}, 2},
		{"a get counts as use", 2, []op{put("a", "1"), put("b", "2"), get("a", "1"), put("c", "3"), missing("b"), get("a", "1")}, 2},
		{"a put replaces and counts as use", 2, []op{put("a", "1"), put("b", "2"), put("a", "9"), put("c", "3"), get("a", "9"), missing("b")}, 2},
		{"size zero keeps nothing", 0, []op{put("a", "1"), missing("a")}, 0},
		{"negative size keeps nothing", -1, []op{put("a", "1"), missing("a")}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New[string, string](tt.max, nil)
			if err := run(c, tt.ops); err != nil {
				t.Fatal(err)
			}
			if c.Len() != tt.wantLen {
				t.Errorf("Len = %d, want %d", c.Len(), tt.wantLen)
			}
		})
	}
}

func TestCacheClones(t *testing.T) {
	c := New[int, []int](4, slices.Clone[[]int])
	in := []int{1, 2}
	c.Put(1, in)
	in[0] = 99 // the caller's copy
	got, _ := c.Get(1)
	if got[0] != 1 {
		t.Fatalf("a change to the value put reached the cache: %v", got)
	}
	got[1] = 99 // a getter's copy
	if again, _ := c.Get(1); again[1] != 2 {
		t.Fatalf("a change to the value got reached the cache: %v", again)
	}
}

func TestCacheConcurrent(t *testing.T) {
	c := New[int, int](8, nil)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 100 {
				c.Put(i%16, g)
				c.Get((i + g) % 16)
			}
		})
	}
	wg.Wait()
	if c.Len() != 8 {
		t.Errorf("Len = %d, want 8", c.Len())
	}
}
