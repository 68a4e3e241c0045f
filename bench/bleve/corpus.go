package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/quotebot/quotebot/knowledge"
)

// bigSize is the size of the long article: just under knowledge's limit
// (MaxArticleBytes, 2 MiB).
const bigSize = 2_000_000

// squadDir finds the SQuAD calibration articles: $SQUAD_DIR, else
// ../shared/eval/squad beside the repository root.
func squadDir() string {
	if d := os.Getenv("SQUAD_DIR"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "eval", "squad")
}

// corpus is one article with the questions asked of it.
type corpus struct {
	name      string
	article   *knowledge.Article
	text      string
	questions []string
}

// seedCorpus is the embedded seed article with the dev questions
// (../shared/eval/ask.jsonl and knowledge/testdata/ask_extra.jsonl).
func seedCorpus() (*corpus, error) {
	a := knowledge.Default()
	c := &corpus{name: "seed", article: a, text: a.Text}
	for _, p := range []string{
		filepath.Join("..", "..", "..", "shared", "eval", "ask.jsonl"),
		filepath.Join("..", "..", "knowledge", "testdata", "ask_extra.jsonl"),
	} {
		qs, err := readQuestions(p, 0)
		if err != nil && !os.IsNotExist(err) {
			return nil, err
		}
		c.questions = append(c.questions, qs...)
	}
	if len(c.questions) == 0 {
		return nil, fmt.Errorf("no questions for the seed article")
	}
	return c, nil
}

// bigCorpus is a ~2 MB article made of the 18 SQuAD calibration articles
// (CC BY-SA 4.0, see that directory's README), repeated until bigSize, with
// the first 100 questions of each article.
func bigCorpus() (*corpus, error) {
	dir := squadDir()
	var index []struct{ Slug string }
	b, err := os.ReadFile(filepath.Join(dir, "index.json"))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &index); err != nil {
		return nil, err
	}
	var paras []string
	c := &corpus{name: "2MB"}
	for _, a := range index {
		t, err := os.ReadFile(filepath.Join(dir, a.Slug+".txt"))
		if err != nil {
			return nil, err
		}
		for _, p := range strings.Split(string(t), "\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		qs, err := readQuestions(filepath.Join(dir, a.Slug+".jsonl"), 100)
		if err != nil {
			return nil, err
		}
		c.questions = append(c.questions, qs...)
	}
	var sb strings.Builder
	for i := 0; ; i++ {
		p := paras[i%len(paras)]
		if sb.Len()+len(p)+2 > bigSize {
			break
		}
		sb.WriteString(p)
		sb.WriteString("\n\n")
	}
	c.text = sb.String()
	c.article, err = knowledge.Parse("squad-2mb", c.text)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// readQuestions reads the "q" of each line of an ask.jsonl file (at most n
// when n > 0).
func readQuestions(path string, n int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() && (n <= 0 || len(out) < n) {
		var c struct{ Q string }
		if json.Unmarshal(sc.Bytes(), &c) == nil && strings.TrimSpace(c.Q) != "" {
			out = append(out, c.Q)
		}
	}
	return out, sc.Err()
}

// bleveIndex indexes the article's sentences (quotebot's own split, so both
// engines rank the same units) in an in-memory bleve index with the English
// analyser (Unicode tokens, lower case, possessives, stop words, Porter
// stems), the closest of bleve's stock analysers to quotebot's.
func bleveIndex(c *corpus) (bleve.Index, error) {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = en.AnalyzerName
	ix, err := bleve.NewMemOnly(m)
	if err != nil {
		return nil, err
	}
	batch := ix.NewBatch()
	for i, s := range c.article.Sentences {
		if err := batch.Index(fmt.Sprint(i), map[string]string{"text": s.Text}); err != nil {
			return nil, err
		}
		if batch.Size() >= 1000 {
			if err := ix.Batch(batch); err != nil {
				return nil, err
			}
			batch = ix.NewBatch()
		}
	}
	if err := ix.Batch(batch); err != nil {
		return nil, err
	}
	return ix, nil
}

// bleveSearch runs one match query for the top 3 sentences.
func bleveSearch(ix bleve.Index, q string) (int, error) {
	mq := query.NewMatchQuery(q)
	res, err := ix.Search(bleve.NewSearchRequestOptions(mq, 3, 0, false))
	if err != nil {
		return 0, err
	}
	return len(res.Hits), nil
}

// askLoop asks c's questions in turn, each cold: Ask caches answers per
// article, so the loop starts on a fresh parse and parses afresh (untimed)
// whenever the questions come round again. A parse that leaves much garbage
// (some 400 MB for 2 MB of text) is followed by a collection, also untimed:
// collecting it in the background would otherwise be charged to the
// questions that follow. A small article's parse is not: a collection scans
// the whole heap, the other article and the bleve indexes included.
func askLoop(b *testing.B, c *corpus) {
	parse := func() *knowledge.Article {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		a, err := knowledge.Parse(c.name, c.text)
		if err != nil {
			b.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		if after.TotalAlloc-before.TotalAlloc > 64<<20 {
			runtime.GC()
		}
		return a
	}
	a := parse()
	for i := 0; b.Loop(); i++ {
		if i > 0 && i%len(c.questions) == 0 {
			b.StopTimer()
			a = parse()
			b.StartTimer()
		}
		if _, err := a.Ask(c.questions[i%len(c.questions)]); err != nil {
			b.Fatal(err)
		}
	}
}
