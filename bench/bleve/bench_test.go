package main

import (
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
)

// Corpora and indexes are built once per test binary; building them is not
// what is measured.
var (
	setupOnce sync.Once
	corpora   []*corpus
	indexes   []bleve.Index
	setupErr  error
)

func setup(b *testing.B) {
	b.Helper()
	setupOnce.Do(func() {
		for _, load := range []func() (*corpus, error){seedCorpus, bigCorpus} {
			c, err := load()
			if err != nil {
				setupErr = err
				return
			}
			ix, err := bleveIndex(c)
			if err != nil {
				setupErr = err
				return
			}
			corpora, indexes = append(corpora, c), append(indexes, ix)
		}
	})
	if setupErr != nil {
		b.Skipf("corpora unavailable: %v", setupErr)
	}
}

// BenchmarkBleveMatch: one bleve match query (top 3 sentences) per op.
func BenchmarkBleveMatch(b *testing.B) {
	setup(b)
	for k, c := range corpora {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				if _, err := bleveSearch(indexes[k], c.questions[i%len(c.questions)]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkQuotebotSearch: Article.Search (ranking only) per op.
func BenchmarkQuotebotSearch(b *testing.B) {
	setup(b)
	for _, c := range corpora {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				c.article.Search(c.questions[i%len(c.questions)], 3)
			}
		})
	}
}

// BenchmarkQuotebotAsk: Article.Ask (ranking, decision, quotes) per op. Ask
// caches answers per article, so each run starts on a fresh parse and parses
// afresh (untimed) whenever the questions come round again: every op is a
// cold question.
func BenchmarkQuotebotAsk(b *testing.B) {
	setup(b)
	for _, c := range corpora {
		b.Run(c.name, func(b *testing.B) { askLoop(b, c) })
	}
}
