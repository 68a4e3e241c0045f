package lexicon

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestHeldOut scores the word classes on testdata/heldout.txt, words written
// before they were looked up, and holds the figures first measured on it.
func TestHeldOut(t *testing.T) {
	f, err := os.Open("testdata/heldout.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lx := Default()
	scores := map[string]*heldScore{}
	var misses []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		class, word, ok := "", "", false
		for _, c := range []string{"notperson", "person", "notorg", "org", "mountain range"} {
			if w, found := strings.CutPrefix(line, c+" "); found {
				class, word, ok = c, w, true
				break
			}
		}
		if !ok {
			class, word, _ = strings.Cut(line, " ")
		}
		var right bool
		key := class
		switch class {
		case "person":
			right = lx.IsPersonNoun(word)
		case "notperson":
			right = !lx.IsPersonNoun(word)
		case "org":
			right = lx.IsOrganisationNoun(word)
		case "notorg":
			right = !lx.IsOrganisationNoun(word)
		default:
			key = "place"
			right = lx.IsPlace(word)
			if lx.PlaceKind(word) == class {
				scores["place kind"] = add(scores["place kind"], true)
			} else {
				scores["place kind"] = add(scores["place kind"], false)
				misses = append(misses, class+" "+word+" → "+lx.PlaceKind(word))
			}
		}
		scores[key] = add(scores[key], right)
		if !right {
			misses = append(misses, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("misses: %q", misses)
	// Floors: the figures first measured (04:45 UTC, 28 Nov 2026).
	floors := map[string]float64{
		"person": 0.987, "notperson": 1, "org": 0.756, "notorg": 1, "place": 1, "place kind": 0.880,
	}
	for k, s := range scores {
		got := float64(s.right) / float64(s.total)
		t.Logf("%-10s %d/%d = %.3f", k, s.right, s.total, got)
		if got < floors[k] {
			t.Errorf("%s: %.3f, below %.3f", k, got, floors[k])
		}
	}
}

type heldScore struct{ right, total int }

func add(s *heldScore, right bool) *heldScore {
	if s == nil {
		s = &heldScore{}
	}
	s.total++
	if right {
		s.right++
	}
	return s
}
