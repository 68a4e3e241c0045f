package main

import (
	"encoding/json"
	"fmt"
	"os"
)

// cachedResult is the part of a result the answer decision's fit reads
// (not the reranker's candidates), as -cache stores it.
type cachedResult struct {
	X        []float64 `json:"x"`
	Y        bool      `json:"y"`
	Rank     int       `json:"rank"`
	Outcome  string    `json:"outcome"`
	Answered bool      `json:"answered"`
}

// readCache fills res from the cache file at path when it holds every set
// with as many questions; it reports whether it did.
func readCache(path string, sets []set, res [][]result) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	var c map[string][]cachedResult
	if json.Unmarshal(b, &c) != nil {
		return false
	}
	for _, s := range sets {
		if len(c[s.name]) != len(s.qs) {
			return false
		}
	}
	for i, s := range sets {
		res[i] = make([]result, len(s.qs))
		for k, r := range c[s.name] {
			res[i][k] = result{x: r.X, y: r.Y, rank: r.Rank, outcome: r.Outcome, answered: r.Answered}
		}
	}
	fmt.Println("features read from", path)
	return true
}

// writeCache writes every set's results to path for readCache.
func writeCache(path string, sets []set, res [][]result) error {
	c := map[string][]cachedResult{}
	for i, s := range sets {
		for _, r := range res[i] {
			c[s.name] = append(c[s.name], cachedResult{X: r.x, Y: r.y, Rank: r.rank, Outcome: r.outcome, Answered: r.answered})
		}
	}
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
