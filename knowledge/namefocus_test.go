package knowledge

import "testing"

func TestWhichNameApart(t *testing.T) {
	const text = `Harbour Works Ltd will build the new footbridge over the canal, the county council said on Tuesday.

A supplier of the steel cables went bankrupt in March, delaying the work by six weeks.

Interest in the old grain quay has come from abroad, according to the harbour master, Tom Reilly.

The festival's opening night sold out in an hour, and the headline act, Maren Holt, will play the closing set.`
	a, err := Parse("names.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		question string
		// want is whether no new name of the first passage stands by the
		// question's focus (its which-noun and its verb).
		want bool
	}{
		// The builder's name stands by "build".
		{"Which company will build the new footbridge?", false},
		// Only "a supplier": no firm is named.
		{"Which firm supplied the steel cables?", true},
		// A name, but the harbour master's, not a hotel group's.
		{"Which hotel group has shown interest in the grain quay?", true},
		// The act named by "play".
		{"Which band will play the closing set?", false},
		// Not an untyped which-question: other features judge these.
		{"Who will build the new footbridge?", false},
		{"Which of the contractors will build the new footbridge?", false},
		{"Which year did the supplier go bankrupt?", false},
		// A word or an aspect is told by a phrase, not a name.
		{"Which single word did the harbour master use?", false},
		{"Which aspect of the footbridge did the council praise?", false},
	}
	for _, tt := range tests {
		q := a.analyze(tt.question)
		hits := a.rank(q, 8)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tt.question)
		}
		if got := a.whichNameApart(q, hits[0].Sentence); got != tt.want {
			t.Errorf("whichNameApart(%q) = %v, want %v (first passage %q)", tt.question, got, tt.want, a.Sentences[hits[0].Sentence].Text)
		}
	}
}
