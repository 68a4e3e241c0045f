// Command bleve compares quotebot's retrieval with a bleve v2 match query on
// the same sentences: the seed article and a ~2 MB article made of the SQuAD
// calibration articles. It prints the cost of one question in each engine and
// their ratio. It lives in its own module so that quotebot never depends on
// bleve; see README.md.
//
//	cd bench/bleve && go run .
package main

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func main() {
	testing.Init()
	fmt.Printf("%-6s %9s %7s %12s %12s %12s %13s %13s\n", "article", "bytes", "sents", "bleve/q", "search/q", "ask/q", "search/bleve", "ask/bleve")
	for _, load := range []func() (*corpus, error){seedCorpus, bigCorpus} {
		c, err := load()
		if err != nil {
			fmt.Fprintln(os.Stderr, "bleve bench:", err)
			os.Exit(1)
		}
		ix, err := bleveIndex(c)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bleve bench:", err)
			os.Exit(1)
		}
		bl := perOp(func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				if _, err := bleveSearch(ix, c.questions[i%len(c.questions)]); err != nil {
					b.Fatal(err)
				}
			}
		})
		se := perOp(func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				c.article.Search(c.questions[i%len(c.questions)], 3)
			}
		})
		as := perOp(func(b *testing.B) { askLoop(b, c) })
		fmt.Printf("%-6s %9d %7d %12v %12v %12v %13.1f %13.1f\n", c.name, len(c.text), len(c.article.Sentences),
			bl, se, as, float64(se)/float64(bl), float64(as)/float64(bl))
		ix.Close()
	}
}

func perOp(f func(b *testing.B)) time.Duration {
	r := testing.Benchmark(f)
	return time.Duration(r.NsPerOp())
}
