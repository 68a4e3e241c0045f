package attribution

import (
	"sort"
	"testing"
)

// TestHandListsNotInWordNet keeps the hand lists that only back the WordNet
// lexicon (places, genders) to what it lacks: an entry the lexicon answers
// the same way must be deleted. It logs how much of the role and
// organisation lists WordNet covers too; those stay, as the title and
// organisation-head words the sieves read directly (names.go), not only
// through Lexicon.
func TestHandListsNotInWordNet(t *testing.T) {
	wn := DefaultLexicon()
	for w := range handPlaces {
		if wn.IsPlace(w) {
			t.Errorf("handPlaces: WordNet knows %q as a place: delete it", w)
		}
	}
	for w, g := range handGender {
		if !notRoles[w] && wn.PersonGender(w) == g {
			t.Errorf("handGender: WordNet gives %q the gender %q: delete it", w, g)
		}
	}
	covered := func(m map[string]bool, f func(string) bool) (n int, lacks []string) {
		for w := range m {
			if f(w) {
				n++
			} else {
				lacks = append(lacks, w)
			}
		}
		sort.Strings(lacks)
		return n, lacks
	}
	n, lacks := covered(handRoles, func(w string) bool { return !notRoles[w] && wn.IsPersonNoun(w) })
	t.Logf("handRoles: WordNet has %d of %d as role nouns; lacks %q", n, len(handRoles), lacks)
	n, lacks = covered(handOrgs, wn.IsOrganisationNoun)
	t.Logf("handOrgs: WordNet has %d of %d as organisation nouns; lacks %q", n, len(handOrgs), lacks)
}
