package knowledge

import (
	"testing"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// TestVerbInContext: a word WordNet knows as both noun and verb reads as
// a verb after "to", a modal or a subject pronoun, or before an object's
// determiner or number; after a determiner it is a noun.
func TestVerbInContext(t *testing.T) {
	lx := lexicon.Default()
	for _, tt := range []struct {
		text, word string
		verb       bool
	}{
		{"The Ashdowns train 22 horses from a farm", "train", true},
		{"They train horses at Sleddale", "train", true},
		{"She wanted to train the horses", "train", true},
		{"The train left at noon", "train", false},
		{"He took the train to Leeds", "train", false},
		{"The council will plant trees", "plant", true},
		{"The plant employs 120 people", "plant", false},
		{"Sales move to Line 3 next week", "line", false},
	} {
		toks := Tokenize(tt.text)
		k := -1
		for j, tok := range toks {
			if tok.Norm == tt.word {
				k = j
			}
		}
		if got := verbInContext(lx, toks, k); got != tt.verb {
			t.Errorf("%q: %q verb = %v, want %v", tt.text, tt.word, got, tt.verb)
		}
	}
}

// TestDetailChecksContext: the detail checks behind the antonym and
// modifier_mismatch features fire on a real contradiction, not on a
// verb read as a noun, a word across punctuation, a name's number, a
// compound's first word, a yes/no question's "no", or an opposite
// elsewhere in the sentence.
func TestDetailChecksContext(t *testing.T) {
	a, err := Parse("stud.md", "# Stud\n\n"+
		"The Ashdowns train 22 horses from a converted barn at Sleddale, six miles from the course.\n\n"+
		"The hearing, which ran over four days, heard that she first emailed the director in October.\n\n"+
		"In Ardley, sisters Edith and Maureen Pennock set up the Ardley Tuesday Lunch Club in 1995.\n\n"+
		"The £212 million extension of tram Line 3 opens on Saturday.\n\n"+
		"After all their talk, the leaders failed to reach a breakthrough on a lasting ceasefire.\n\n"+
		"Shaft 4 was sealed after the flood, the mine's safety director said.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q                  string
		anto, kind, modify bool
	}{
		{"How far is Sleddale from the racecourse?", false, false, false},
		{"How many days did the hearing last?", false, false, false},
		{"When did the Pennock sisters start the lunch club?", false, false, false},
		{"How much did the Line 3 extension cost?", false, false, false},
		{"Did the leaders manage a breakthrough on a lasting truce?", false, false, false},
		// A number beside the question's noun that is another one.
		{"When was Shaft 2 sealed?", false, false, true},
	} {
		q := a.analyze(tt.q)
		hits := a.rank(q, 8)
		if len(hits) == 0 {
			t.Fatalf("%q: no hits", tt.q)
		}
		i0 := hits[0].Sentence
		w := a.windowWords(i0)
		_, _, anto, _ := a.detailMismatch(q, i0, w)
		anto = anto || a.contradictsQualifier(q, i0)
		kind, _ := a.contrastPair(q, i0, w)
		mod := a.modifierPair(q, w)
		if anto != tt.anto || (kind != "") != tt.kind || (mod != "") != tt.modify {
			t.Errorf("%q: antonym %v kind %q modifier %q, want %v %v %v", tt.q, anto, kind, mod, tt.anto, tt.kind, tt.modify)
		}
	}
}
