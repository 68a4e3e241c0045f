package knowledge

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge/summarize"
)

func BenchmarkSummarizeMedium(b *testing.B) {
	a := Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Summarize(SummaryOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSummarizeOutline(b *testing.B) {
	a := Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Summarize(SummaryOptions{Outline: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFacts(b *testing.B) {
	a := Default()
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Facts()
	}
}

// longArticle repeats the embedded article's paragraphs, varied, until it
// has more than n sentences.
func longArticle(tb testing.TB, n int) *Article {
	tb.Helper()
	base := Default()
	var b strings.Builder
	for i := 0; ; i++ {
		for _, p := range base.Paragraphs {
			fmt.Fprintf(&b, "Part %d. %s\n", i, base.Text[p.Start:p.End])
		}
		if a, err := Parse("long", b.String()); err == nil && len(a.Sentences) > n {
			return a
		}
	}
}

// TestSummarizeLongArticle covers the linear path taken past
// summarize.MaxGraphSentences: verbatim sentences, in order, within the length.
func TestSummarizeLongArticle(t *testing.T) {
	a := longArticle(t, summarize.MaxGraphSentences+100)
	s, err := a.Summarize(SummaryOptions{Length: LengthMedium})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Sentences) == 0 || len(s.Sentences) > 5 {
		t.Fatalf("got %d sentences, want 1 to 5", len(s.Sentences))
	}
	for i, ss := range s.Sentences {
		if a.Text[ss.Start:ss.End] != ss.Text || (i > 0 && ss.Start < s.Sentences[i-1].End) {
			t.Errorf("sentence %d is not verbatim and in order: %q", i, ss.Text)
		}
	}
}

func BenchmarkSummarizeLongArticle(b *testing.B) {
	a := longArticle(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Summarize(SummaryOptions{Length: LengthMedium}); err != nil {
			b.Fatal(err)
		}
	}
}
