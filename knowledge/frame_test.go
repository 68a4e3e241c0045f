package knowledge

import "testing"

func TestFrameMissing(t *testing.T) {
	a, err := Parse("farm.txt", "Farm news\n\n"+
		"The Holm dairy sells 90,000 litres of milk a week to the co-operative.\n\n"+
		"Ferry tickets now cost £14, and islanders pay £210 annually for a pass.\n\n"+
		"The orchard produced 40 tonnes of apples, its owners said.\n\n"+
		"The district council will pay £1,500 to each family forced out by the flood.\n\n"+
		"By Friday, 2,300 people had signed the petition against the depot.\n\n"+
		"Bin collections will move to every three weeks in April.\n\n"+
		"The museum raised £8,000 at its open day.\n\n"+
		"The harbour trust spent £2m on the sea wall in 2023.\n\n"+
		"The mill employs 45 people on the night shift.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		// The rate is in the passage, in its own or another written form.
		{"How much milk does the Holm dairy sell each week?", false},
		{"How many litres of milk a week does the Holm dairy sell?", false},
		{"How much do islanders pay for a pass each year?", false},
		{"How much will each family forced out by the flood receive?", false},
		{"How many people had signed the petition by Friday?", false},
		{"When will bin collections move to every three weeks?", false},
		// The passage gives a total or another time: not the framed value.
		{"How many tonnes of apples does the orchard produce each year?", true},
		{"How many tonnes of apples a year does the orchard produce?", true},
		{"How much does a ferry ticket cost per crossing?", true},
		{"How many people had signed the petition by the weekend?", true},
		{"How much did the museum raise by March?", true},
		// A period is dated in any way; a passage with no date misses it.
		{"How much did the harbour trust spend on the sea wall last year?", false},
		{"How many people will the mill employ on the night shift next year?", true},
		// No frame: nothing to miss ("a week off" and "each other" are no rates).
		{"How much did the museum raise at its open day?", false},
		{"How many tonnes of apples did the orchard produce?", false},
		{"Why did the orchard owners give the pickers a week off?", false},
		{"Did the islanders and the ferry firm blame each other?", false},
		{"What will each displaced family receive from the district council?", false},
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		i0 := hits[0].Sentence
		if got := a.frameMissing(q, a.windowWords(i0)); got != tc.want {
			t.Errorf("%q (passage %q): frameMissing %v, want %v (frames %+v)", tc.q, a.Sentences[i0].Text, got, tc.want, a.questionFrames(q))
		}
	}
}
