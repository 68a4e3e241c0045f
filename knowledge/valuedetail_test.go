package knowledge

import (
	"os"
	"testing"
)

// lookalikeArticle loads one of the invented look-alike articles of
// testdata/lookalike (the scored part; held/ is kept for final checks).
func lookalikeArticle(t *testing.T, name string) *Article {
	t.Helper()
	b, err := os.ReadFile("testdata/lookalike/" + name)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(name, string(b))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRoleUnnamed(t *testing.T) {
	tests := []struct {
		article, question string
		want              bool
	}{
		{"ferry_fares.txt", "What is the name of the harbour official?", true},
		{"ferry_fares.txt", "Who chairs the transport committee?", false}, // not an identity question
		{"ferry_fares.txt", "What is the opposition leader's name?", false},
		{"cup_tie.txt", "What is the name of the referee?", true},
		{"cup_tie.txt", "Who is Kilbride's captain?", false},
		{"cup_tie.txt", "Who is the Ashford coach?", false},
		{"cup_tie.txt", "What is the name of the man who scored?", false}, // people in general: not judged
	}
	for _, tt := range tests {
		a := lookalikeArticle(t, tt.article)
		if got := a.roleUnnamed(a.analyze(tt.question)); got != tt.want {
			t.Errorf("%s: roleUnnamed(%q) = %v, want %v", tt.article, tt.question, got, tt.want)
		}
	}
}

func TestRoleSpeakerOther(t *testing.T) {
	tests := []struct {
		question string
		want     bool
	}{
		// The coach's words, asked of the captain.
		{"What did the Ashford captain say about the referee?", true},
		// The question names the role the speaker holds.
		{"What did the Ashford coach say about the referee?", false},
		// A relation ("her mother") is seldom written as a role: not judged.
		{"What did Kearns's mother say about the referee?", false},
		// A named speaker is judged by the speaker features instead.
		{"What did Whelan say about the referee?", false},
	}
	a := lookalikeArticle(t, "cup_tie.txt")
	for _, tt := range tests {
		q := a.analyze(tt.question)
		hits := a.rank(q, 8)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tt.question)
		}
		if got := a.roleSpeakerOther(q, hits[0].Sentence); got != tt.want {
			t.Errorf("roleSpeakerOther(%q) = %v, want %v (first passage %q)", tt.question, got, tt.want, a.Sentences[hits[0].Sentence].Text)
		}
	}
}

func TestValueDetailOther(t *testing.T) {
	const text = `Rovers beat Athletic in the semi-final on Saturday.

Athletic had led 24-17 after their wing Jordan Achterberg scored his second try, but a penalty try and then Rawiri Moss's drop goal, struck from 35 metres, turned the game.

Nearly 2.3 inches of rain fell in a single hour before kick-off.`
	a, err := Parse("match.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		question string
		want     bool
	}{
		// Another person stands beside the count asked for.
		{"How many tries did Rawiri Moss score?", true},
		{"How many tries did Jordan Achterberg score?", false},
		// Another period stands beside the amount asked for.
		{"How many inches of rain fell over the whole weekend?", true},
		{"How many inches of rain fell in a single hour?", false},
	}
	for _, tt := range tests {
		q := a.analyze(tt.question)
		hits := a.rank(q, 8)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tt.question)
		}
		if got := a.valueDetailOther(q, hits[0].Sentence); got != tt.want {
			t.Errorf("valueDetailOther(%q) = %v, want %v (first passage %q)", tt.question, got, tt.want, a.Sentences[hits[0].Sentence].Text)
		}
	}
}
