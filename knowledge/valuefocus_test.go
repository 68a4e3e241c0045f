package knowledge

import "testing"

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
		q := a.analyze(tt.question)
		hits := a.rank(q, 8)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tt.question)
		}
		if got := a.valueFocusOther(q, hits[0].Sentence); (got > 0) != tt.want {
			t.Errorf("valueFocusOther(%q) = %.2f, want > 0 %v (first passage %q)", tt.question, got, tt.want, a.Sentences[hits[0].Sentence].Text)
		}
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
