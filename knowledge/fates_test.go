package knowledge

import "testing"

// TestFateOther checks counts of people by what happened to them: another
// fate in the window is a changed detail, the same one in other words is
// not, and a question that counts no fate is not judged.
func TestFateOther(t *testing.T) {
	a, err := Parse("quake.txt", "Quake\n\n"+
		"Four climbers died and two remain missing after an avalanche on the north face on Sunday.\n\n"+
		"Police said 14 fans were arrested after the match and 3 officers were hurt.\n\n"+
		"The ferry carried 212 passengers when its engine failed off the headland.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"How many climbers were injured in the avalanche?", true}, // died, missing: not injured
		{"How many climbers were killed in the avalanche?", false}, // "died" is the same fate
		{"How many climbers are still missing after the avalanche?", false},
		{"How many officers were injured after the match?", false},  // "hurt"
		{"How many passengers were rescued from the ferry?", false}, // no fate in the window
		{"Who died in the avalanche?", false},                       // not a count
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		if got := a.fateOther(q, a.windowWords(hits[0].Sentence)); got != tc.want {
			t.Errorf("%q (passage %q): fateOther %v, want %v", tc.q, a.Sentences[hits[0].Sentence].Text, got, tc.want)
		}
	}
}
