package knowledge

import (
	"path/filepath"
	"testing"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// TestRoleNounLookups checks the parse-time role tables against the
// lexicon walks they stand for: for every role noun of several articles
// and question role words of every kind, roleWord.relation, siblings and
// kinWithin equal roleRelation, roleSiblings and kinWithin.
func TestRoleNounLookups(t *testing.T) {
	lx := lexicon.Default()
	qs := []string{"president", "leader", "lawyer", "attorney", "prosecutor", "boss", "chief", "official",
		"minister", "spokesman", "spokesperson", "head", "director", "manager", "senator", "lawmaker", "king",
		"ruler", "emperor", "mayor", "governor", "coach", "executive", "chief executive officer", "judge",
		"scientist", "researcher", "author", "writer", "defense lawyer", "member of parliament", "player"}
	nouns := map[string]*roleNoun{}
	var paths []string
	for _, dir := range []string{"unseen", "unseen2", "unseen3"} {
		ps, _ := filepath.Glob(filepath.Join("testdata", "heldout", dir, "*.txt"))
		paths = append(paths, ps...)
	}
	for _, path := range append([]string{"", "testdata/court.txt", "testdata/summit.md", "testdata/tram.md"}, paths...) {
		a := Default()
		if path != "" {
			a = parseFile(t, filepath.FromSlash(path))
		}
		for k, pe := range a.People {
			roleDescs(lx, pe.Descriptors, nouns)
			for i, rd := range a.roleDescsAt(k) {
				if a.namesPersonAt(k) && (rd.concept == nil) != (isPlaceWord(lx, pe.Descriptors[i].Head) || !isRoleSense(pe.Descriptors[i].Head)) {
					t.Errorf("%s: descriptor %v: concept %v", pe.Name, pe.Descriptors[i], rd.concept)
				}
			}
		}
	}
	if len(nouns) < 50 {
		t.Fatalf("only %d role nouns", len(nouns))
	}
	for _, q := range qs {
		w := newRoleWord(lx, q)
		for e, n := range nouns {
			if got, want := w.relation(n), roleRelation(lx, q, e); got != want {
				t.Errorf("relation(%q, %q) = %d, want %d", q, e, got, want)
			}
			if got, want := w.siblings(n), roleSiblings(lx, q, e); got != want {
				t.Errorf("siblings(%q, %q) = %v, want %v", q, e, got, want)
			}
			for _, d := range []int{kinDepth, tiedKinDepth} {
				if got, want := w.kinWithin(n, d), kinWithin(lx, q, e, d); got != want {
					t.Errorf("kinWithin(%q, %q, %d) = %v, want %v", q, e, d, got, want)
				}
			}
		}
	}
}
