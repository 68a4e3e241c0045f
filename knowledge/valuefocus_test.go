package knowledge

import (
	"strings"
	"testing"
)

func TestValueFocusOther(t *testing.T) {
	const text = `A landslide buried four houses in the village of San Teodoro on Monday night.

Six people were killed and three others remain missing, the provincial disaster office said.

Benchmark aluminium rose 1.8% to $2,745 a tonne after the announcement, while shares in the smelter's owner were unchanged.

For sheep farmer Aroha Tuhiwai, who runs 2600 ewes on the station, the fire stopped 400 metres from the woolshed.`
	a, err := Parse("values.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		question string
		// want is whether the value found measures something else: some
		// of the focus stands beside no value of the sentence.
		want bool
	}{
		// The count belongs to the killed, not the injured.
		{"How many people were injured in the landslide?", true},
		{"How many people were killed in the landslide?", false},
		// The rise is aluminium's, not the shares'.
		{"How much did the owner's shares rise?", true},
		{"How much did aluminium rise?", false},
		// The ewes are sheep (the lexicon's kinds: an ewe is a sheep).
		{"How many sheep does Aroha Tuhiwai run?", false},
		// Not a typed question for a value: not judged.
		{"Where did the landslide happen?", false},
	}
	for _, tt := range tests {
		checkValueFocusOther(t, a, tt.question, tt.want)
	}
}

func TestClauseGap(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"2,600 ewes", false},
		{"runs 2600 ewes", false},
		{"ewes, the fire", true},
		{"ewes; the fire", true},
		{"ewes (the fire", true},
		{"ewes — the fire", true},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		if got := clauseGap(tt.text, toks[0], toks[1]); got != tt.want {
			t.Errorf("clauseGap(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPricedNoun(t *testing.T) {
	tests := []struct {
		question string
		want     bool // the answer is a sum of money, not a bare count
	}{
		{"What price did the buyers offer for the mill?", true},
		{"What was the price of a season ticket?", true},
		{"What fee does the marina charge per night?", true},
		{"What fine did the magistrates impose?", true},
		{"What salary will the new harbour master get?", true},
		// A part of a whole is a share, not money.
		{"What share of the budget went to roads?", false},
		{"What proportion of the members voted?", false},
		{"What was her winning time?", false},
		{"What was the final score?", false},
	}
	a, err := Parse("money.txt", "The club sold 40 tickets at £12 each.")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if got := a.analyze(tt.question).money; got != tt.want {
			t.Errorf("money(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

func TestPriceTyped(t *testing.T) {
	const text = `The owners said they had received two offers from developers for the old mill.

A bookmaker cut the grey mare to 16-1 from 33-1 for the autumn cup.

Season tickets for the ferry cost £240 this year.`
	a, err := Parse("prices.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		question string
		want     bool // the first passage holds the asked type
	}{
		// A count of offers is not a price.
		{"What price did the developers offer for the old mill?", false},
		// A bookmaker's price is odds.
		{"What price is the grey mare for the autumn cup?", true},
		{"What is the price of a season ticket for the ferry?", true},
	}
	for _, tt := range tests {
		q := a.analyze(tt.question)
		hits := a.rank(q, 8)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tt.question)
		}
		if got := a.typeAt(q, hits[0].Sentence); got != tt.want {
			t.Errorf("typeAt(%q) = %v, want %v (first passage %q)", tt.question, got, tt.want, a.Sentences[hits[0].Sentence].Text)
		}
	}
}

func TestValueFocusPart(t *testing.T) {
	const text = `About 15 percent of the councillors voted against the plan at Tuesday's meeting.

Three of the seven choirs will get a full-time conductor next year.`
	a, err := Parse("parts.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		question string
		want     bool // the value is a part of another whole
	}{
		// The percentage is of the councillors, not of the budget.
		{"What share of the budget did councillors vote against?", true},
		{"What percentage of the councillors voted against the plan?", false},
		{"How many of the seven choirs will get a full-time conductor?", false},
	}
	for _, tt := range tests {
		checkValueFocusOther(t, a, tt.question, tt.want)
	}
}

func TestPartWhole(t *testing.T) {
	tests := []struct {
		question string
		want     string // the whole's words, space-separated
	}{
		{"What share of the budget went to roads?", "budget"},
		{"What percentage of young adults said they would stay?", "young adults"},
		{"How many of the seven groups will have a priest?", "groups"},
		{"What proportion of the council's spending went on roads?", "council's spending"},
		// No part asked for.
		{"How many sheep were killed?", ""},
		{"What was the cost of the bridge?", ""},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.question)
		whole := partWhole(toks)
		var got []string
		for _, t := range toks {
			if whole[t.Start] {
				got = append(got, t.Text)
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("partWhole(%q) = %q, want %q", tt.question, g, tt.want)
		}
	}
}

// checkValueFocusOther asks question of a and checks whether valueFocusOther
// finds the first passage's value measuring something else.
func checkValueFocusOther(t *testing.T, a *Article, question string, want bool) {
	t.Helper()
	q := a.analyze(question)
	hits := a.rank(q, 8)
	if len(hits) == 0 {
		t.Fatalf("%q: no passage", question)
	}
	if got := a.valueFocusOther(q, hits[0].Sentence); (got > 0) != want {
		t.Errorf("valueFocusOther(%q) = %.2f, want > 0 %v (first passage %q)", question, got, want, a.Sentences[hits[0].Sentence].Text)
	}
}
