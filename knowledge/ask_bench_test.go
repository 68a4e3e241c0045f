package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// longSQuADText is about 2 MB of real prose: the SQuAD calibration articles
// (CC BY-SA 4.0, ../shared/eval/squad) concatenated, repeated until the
// size limit is nearly reached.
func longSQuADText(b *testing.B) string {
	b.Helper()
	files, _ := filepath.Glob("../../shared/eval/squad/*.txt")
	if len(files) == 0 {
		b.Skip("no SQuAD articles in ../shared/eval/squad")
	}
	var parts []string
	size := 0
	for size < MaxArticleBytes-200_000 {
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			if size+len(t)+1 > MaxArticleBytes {
				break
			}
			parts = append(parts, string(t))
			size += len(t) + 1
		}
	}
	return strings.Join(parts, "\n")
}

var benchQuestions = []string{
	"What did Putin say about root causes?",
	"How long is the Rhine?",
	"When was the Duchy of Normandy founded?",
	"Which country did the Normans invade in 1169?",
	"What is the largest city the Rhine runs through?",
	"How many prime numbers are there?",
	"What caused the 1973 oil crisis?",
	"Who ruled the duchy of Normandy",
}

// BenchmarkAskLong is one uncached question on a 2 MB article.
func BenchmarkAskLong(b *testing.B) {
	a, err := Parse("long", longSQuADText(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		a.answer(benchQuestions[i%len(benchQuestions)])
		i++
	}
}

// BenchmarkParseLong parses and indexes a 2 MB article.
func BenchmarkParseLong(b *testing.B) {
	text := longSQuADText(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Parse("long", text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAskSeedUncached is one uncached question on the seed article,
// cycling through questions of several kinds.
func BenchmarkAskSeedUncached(b *testing.B) {
	a := Default()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a.answer(benchQuestions[i%len(benchQuestions)])
		i++
	}
}

// BenchmarkCheckQuotesLong checks a message quoting three sentences of a
// 2 MB article, one verbatim and two with a word changed: candidate
// paragraphs come from the stem postings, not from a scan. "paragraphs" is
// the article with its paragraphs apart (blank lines between them, as the
// bleve benchmark has it); "lines" is longSQuADText, whose paragraphs run on
// in single lines, so that every one is a long paragraph aligned in windows.
func BenchmarkCheckQuotesLong(b *testing.B) {
	text := longSQuADText(b)
	for _, tt := range []struct{ name, text string }{
		{"paragraphs", strings.ReplaceAll(text, "\n", "\n\n")},
		{"lines", text},
	} {
		b.Run(tt.name, func(b *testing.B) { checkLong(b, tt.text) })
	}
}

func checkLong(b *testing.B, text string) {
	a, err := Parse("long", text)
	if err != nil {
		b.Fatal(err)
	}
	var quotes []string
	for k := 1; len(quotes) < 3 && k < 40; k++ {
		s := a.Sentences[len(a.Sentences)*k/41].Text
		if len(s) < 80 || len(s) > 400 || strings.ContainsAny(s, "\"“”«»") {
			continue
		}
		switch len(quotes) {
		case 1:
			s = strings.Replace(s, " the ", " a ", 1)
		case 2:
			s = strings.Replace(s, " and ", " or ", 1)
		}
		quotes = append(quotes, "“"+s+"”")
	}
	msg := "The article says " + strings.Join(quotes, " and also ")
	b.ReportAllocs()
	for b.Loop() {
		rep, err := a.CheckQuotes(msg)
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Claims) != len(quotes) {
			b.Fatalf("%d claims checked, want %d", len(rep.Claims), len(quotes))
		}
	}
}
