package knowledge

import (
	"slices"
	"testing"
)

func TestNegatesAsked(t *testing.T) {
	a, err := Parse("mill.txt", "Mill closes\n\n"+
		"The miller never once came to the harvest fair, his daughter said.\n\n"+
		"Judge Osei did not write a separate opinion.\n\n"+
		"The council will not sell the old mill this year.\n\n"+
		"The bakers opened a shop on Quay Street in March.\n\n"+
		"The footbridge over the Wend will not reopen to walkers until the spring, engineers said.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"Why did the miller come to the harvest fair?", true},
		{"What did Judge Osei write in his opinion?", true},
		{"When will the council sell the old mill?", true},
		{"When did the bakers open a shop on Quay Street?", false},
		// "not … until" says when it will happen.
		{"When will the footbridge over the Wend reopen?", false},
		// Answered yes or no, or negated itself: the negative passage answers.
		{"Did the council sell the old mill?", false},
		{"Why won't the council sell the old mill?", false},
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		if got := a.negatesAsked(q, hits[0].Sentence); got != tc.want {
			t.Errorf("%q (passage %q): negatesAsked %v, want %v", tc.q, a.Sentences[hits[0].Sentence].Text, got, tc.want)
		}
	}
}

func TestYearAsBound(t *testing.T) {
	a, err := Parse("vote.txt", "Town votes\n\n"+
		"Turnout was 61%, the highest for a town election since 2004.\n\n"+
		"The ferry last ran in 1998, and the pier has been closed until 2030.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"What was turnout in the 2004 town election?", true},
		{"What was the highest turnout since 2004?", false},
		{"When did the ferry last run before 1998?", false},
		{"What happened to the pier in 2030?", true},
		{"Was the ferry running in 1998?", false},
		{"What was turnout in the town election?", false},
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		if got := yearAsBound(q, a.windowWords(hits[0].Sentence)); got != tc.want {
			t.Errorf("%q (passage %q): yearAsBound %v, want %v", tc.q, a.Sentences[hits[0].Sentence].Text, got, tc.want)
		}
	}
}

func TestNegatesAskedPhrase(t *testing.T) {
	a, err := Parse("fund.txt", "Fund fraud\n\n"+
		"No such fund existed, the court heard.\n\n"+
		"The budget is a growers' budget, not a builders' budget, the minister said.\n\n"+
		"The «no» campaign was led by the traders' guild.\n\n"+
		"The mayor will not raise the rates by more than 3 per cent.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []string{
		"What returns did the secret fund promise?",
		"How big is the growers' budget?",
		"Who led the campaign against the plan?",
		"What is the most the mayor would raise the rates by?",
	} {
		q := a.analyze(tc)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc)
		}
		if a.negatesAsked(q, hits[0].Sentence) {
			t.Errorf("%q (passage %q): negatesAsked, want not", tc, a.Sentences[hits[0].Sentence].Text)
		}
	}
}

func TestNegatesNothing(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"How many votes did the no campaign receive?", "no", true},
		{"What does the NO writer suggest doing instead?", "NO", true},
		{"He joined the Vote No Alliance.", "No", true},
		{"He lives at No. 10 Downing Street.", "No", true},
		{"Where will the failed gearbox be examined?", "failed", true},
		{"There is no song in the silent scene.", "no", false},
		{"The engine failed on lap three.", "failed", false},
		{"He said “No, we won't” and left.", "No", false},
		{"IT WAS NO ACCIDENT", "NO", false},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		k := slices.IndexFunc(toks, func(t Token) bool { return t.Text == tt.word })
		if k < 0 {
			t.Fatalf("%q: no token %q", tt.text, tt.word)
		}
		if got := negatesNothing(toks, k); got != tt.want {
			t.Errorf("%q: negatesNothing(%q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

func TestImpliedNegation(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"Brandt ruled out a temporary steel bridge.", "ruled", true},
		{"Zelenskyy turned down the terms.", "turned", true},
		{"I'd have signed a centre-half in August.", "have", true},
		{"It would have cost 19 million euros.", "have", true},
		{"We have signed a centre-half.", "have", false},
		{"The club would have to pay the fee.", "have", false},
		{"She turned left at the bridge.", "turned", false},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		k := slices.IndexFunc(toks, func(t Token) bool { return t.Text == tt.word })
		if k < 0 {
			t.Fatalf("%q: no token %q", tt.text, tt.word)
		}
		if got := impliedNegation(toks, k); got != tt.want {
			t.Errorf("%q: impliedNegation(%q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}
