package lexicon

import (
	"testing"
)

// BenchmarkDecode measures what Default costs on first use.
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookups(b *testing.B) {
	lx := Default()
	words := []string{"propose", "leaders", "went", "optimistic", "ukrainian", "spokeswoman", "ministry", "paris", "zzzz", "chief executive"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		w := words[i%len(words)]
		lx.Lemma(w)
		lx.Synonyms(w)
		lx.Derived(w)
		lx.Pertainyms(w)
		lx.IsPersonNoun(w)
		lx.PersonGender(w)
		lx.IsOrganisationNoun(w)
		lx.PlaceKind(w)
	}
}

func BenchmarkLemma(b *testing.B) {
	lx := Default()
	words := []string{"proposed", "leaders", "went", "optimistic", "negotiations", "the", "said", "ceasefire"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		lx.Lemma(words[i%len(words)])
	}
}

func BenchmarkSynonyms(b *testing.B) {
	lx := Default()
	words := []string{"propose", "leader", "agree", "optimistic", "negotiation", "the", "say", "ceasefire"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		lx.Synonyms(words[i%len(words)])
	}
}
