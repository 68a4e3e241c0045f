package lexicon

import (
	"slices"
	"strings"
	"testing"
)

func TestKinds(t *testing.T) {
	lx := Default()
	tests := []struct {
		word string
		want []string // among its kinds
		not  []string // never among them
	}{
		{"cattle", []string{"animal"}, []string{"organism", "entity", "bovid"}},
		{"sheep", []string{"animal"}, nil},
		{"lorry", []string{"vehicle"}, []string{"artifact"}},
		{"tractor", []string{"vehicle"}, nil},
		{"rifle", []string{"weapon"}, nil},
		{"cathedral", []string{"building"}, nil},
		{"salmon", []string{"fish"}, nil},
		// Person nouns reach "person" in three levels: no kinds that general.
		{"mayor", nil, []string{"person", "organism"}},
	}
	for _, tt := range tests {
		got := lx.Kinds(tt.word)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Kinds(%q) = %q, want %q among them", tt.word, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("Kinds(%q) = %q, want no %q", tt.word, got, w)
			}
		}
		if len(got) > 8 {
			t.Errorf("Kinds(%q) has %d kinds, want at most 8", tt.word, len(got))
		}
		for _, w := range got {
			if strings.ContainsAny(w, " -") {
				t.Errorf("Kinds(%q) holds %q, want single words", tt.word, w)
			}
		}
	}
}
