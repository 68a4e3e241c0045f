package attribution

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText returns the seed article, or the held-out dev articles
// repeated (each copy's names changed, so entities keep growing) to about
// size bytes.
func benchText(b *testing.B, size int) string {
	b.Helper()
	if size == 0 {
		t, err := os.ReadFile("../article.txt")
		if err != nil {
			b.Fatal(err)
		}
		return string(t)
	}
	paths, _ := filepath.Glob("../testdata/heldout/attribution/dev/*.txt")
	var parts []string
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(t))
	}
	var sb strings.Builder
	for i := 0; sb.Len() < size; i++ {
		// A different surname set per copy: "Hadley" → "Hadleyb", …
		suffix := string(rune('a' + i%26))
		for _, p := range parts {
			sb.WriteString(renameCopy(p, suffix))
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

// renameCopy appends suffix to every capitalised word of three letters or
// more, so that copies name different people.
func renameCopy(s, suffix string) string {
	var b strings.Builder
	words := strings.SplitAfter(s, " ")
	for _, w := range words {
		if len(w) > 3 && w[0] >= 'A' && w[0] <= 'Z' && strings.IndexAny(w, ".,:;\n’'\"”") < 0 {
			w = strings.TrimRight(w, " ") + suffix + " "
		}
		b.WriteString(w)
	}
	return b.String()
}

// BenchmarkAnalyze attributes whole articles: the seed article and growing
// sizes up to the 2 MB limit, to show the time grows linearly.
func BenchmarkAnalyze(b *testing.B) {
	lex := DefaultLexicon()
	lex.IsPersonNoun("warm") // decode the lexicon outside the timing
	for _, size := range []int{0, 256 << 10, 512 << 10, 1 << 20, 2 << 20} {
		text := benchText(b, size)
		doc := docOf(text)
		name := "seed"
		if size > 0 {
			name = fmt.Sprintf("%dKB", size>>10)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Analyze(doc, lex)
			}
		})
	}
}
