package knowledge

import "testing"

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
