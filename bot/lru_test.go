package bot

import (
	"fmt"
	"testing"
)

func TestLRUBounds(t *testing.T) {
	tests := []struct {
		name      string
		max       int
		maxWeight int64
		weights   []int64 // of entries "0", "1", … put in order
		want      string  // the keys left, in order
	}{
		{"count", 2, 0, []int64{1, 1, 1}, "12"},
		{"weight", 10, 10, []int64{4, 4, 4}, "12"},
		{"one heavy entry stays alone", 10, 10, []int64{4, 4, 40}, "2"},
		{"both bounds", 3, 100, []int64{1, 1, 1, 1}, "123"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newLRU[int](tt.max, tt.maxWeight)
			for i, w := range tt.weights {
				k := fmt.Sprint(i)
				c.getOrPut(k, func() int { return i })
				c.setWeight(k, w)
			}
			got := ""
			for i := range tt.weights {
				if _, ok := c.get(fmt.Sprint(i)); ok {
					got += fmt.Sprint(i)
				}
			}
			if got != tt.want {
				t.Errorf("left %q, want %q", got, tt.want)
			}
		})
	}
	// Recently used entries are kept.
	c := newLRU[int](2, 0)
	c.put("a", 1)
	c.put("b", 2)
	c.get("a")
	c.put("c", 3)
	if _, ok := c.get("b"); ok {
		t.Error("b, least recently used, was kept")
	}
	if _, ok := c.get("a"); !ok {
		t.Error("a, recently used, was evicted")
	}
}
