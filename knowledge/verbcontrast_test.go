package knowledge

import "testing"

// TestVerbContrast checks that a question about an act the passage does
// not report, where it reports another of the same kind beside the
// question's words, is a detail mismatch, and that the act itself, a kind
// of it, or a verb of another kind is not.
func TestVerbContrast(t *testing.T) {
	a, err := Parse("award.txt", "Striker honoured\n\nLindgren accepted the player of the match award after the final, the club said. The season's road trips had shrunk from ten to four.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q, want string
	}{
		{"Why did Lindgren reject the player of the match award?", "reject/accepted"},
		{"Why did Lindgren accept the player of the match award?", ""},
		// "shrink" is a kind of change: the passage answers.
		{"How have the season's road trips changed?", ""},
		// A light main verb or one of saying names no act to compare.
		{"What did the club say about the award?", ""},
		{"Was Lindgren supposed to win the player of the match award?", ""},
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		if got := a.verbContrast(q, hits[0].Sentence, a.windowWords(hits[0].Sentence)); got != tc.want {
			t.Errorf("%q: verbContrast %q, want %q", tc.q, got, tc.want)
		}
	}
}
