package lexicon

import (
	"bytes"
	"testing"
)

// BenchmarkDecode measures what Default costs on first use.
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(bytes.NewReader(embedded)); err != nil {
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
