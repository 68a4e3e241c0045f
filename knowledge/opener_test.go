package knowledge

import (
	"testing"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// TestOpenerNotName checks which capitalised question openers are read as
// ordinary words: a word WordNet knows only as an adverb, adjective or verb
// is no name; a noun, a place or a word it does not know may be one.
func TestOpenerNotName(t *testing.T) {
	lx := lexicon.Default()
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"besides", true},
		{"apart", true},
		{"trump", false},     // a noun: may be the name
		{"turkey", false},    // a place
		{"zelenskyy", false}, // unknown to WordNet: a name
		{"", false},
	} {
		if got := openerNotName(lx, tc.w); got != tc.want {
			t.Errorf("openerNotName(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestOpenerNotEntity checks on an invented article that a question opening
// with such a word ("Besides …") keeps it out of the names the article must
// hold, so it answers like the question without it.
func TestOpenerNotEntity(t *testing.T) {
	a, err := Parse("orvale.md", "Orvale harbour reopened on Monday. Besides the ferry, a new bus line serves the quay, the council said.\n")
	if err != nil {
		t.Fatal(err)
	}
	q := a.analyze("Besides the ferry, what serves the quay?")
	for _, tm := range q.terms {
		if tm.key == Stem("besides") && tm.entity {
			t.Errorf("opener %q read as a name", tm.key)
		}
	}
	if len(q.unknownEntities) != 0 {
		t.Errorf("unknown names %v, want none", q.unknownEntities)
	}
}

// TestOpenerPrepositionsAndImperatives: a question opening with a
// preposition WordNet lacks ("Since when …", "Despite what …") or with an
// instruction before a determiner ("Name the …") keeps the opener out of
// the names; a name opening a question ("Trump said what?") stays one.
func TestOpenerPrepositionsAndImperatives(t *testing.T) {
	a, err := Parse("orvale.md", "Orvale harbour reopened on Monday. Tom Ashby has been the harbourmaster since 1999, the council said.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q, opener string
		entity    bool
	}{
		{"Since when has Tom Ashby been harbourmaster?", "since", false},
		{"Despite what did the harbour reopen?", "despite", false},
		{"Name the harbourmaster.", "name", false},
		{"Ashby has been harbourmaster since when?", "ashby", true},
	} {
		q := a.analyze(tc.q)
		for _, tm := range q.terms {
			if tm.key == Stem(tc.opener) && tm.entity != tc.entity {
				t.Errorf("%q: opener %q entity = %v, want %v", tc.q, tc.opener, tm.entity, tc.entity)
			}
		}
	}
}
