package knowledge

import (
	"reflect"
	"testing"
)

func TestNumberSpans(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"for twenty-six years", []string{"26"}},
		{"Sixty one conditions and 61 more", []string{"61", "61"}},
		{"followed 1,840 workers", []string{"1840"}},
		{"fell 3.5 per cent", []string{"3.5"}},
		{"one of the eleven", []string{"11"}}, // "one" is rarely a count
		{"twenty, six", []string{"20", "6"}},  // a comma and a space: two numbers
		{"no numbers here", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range numberSpans(Tokenize(tt.text)) {
			got = append(got, sp.value)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("numberSpans(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestNumberForms checks that a question's number finds the passage that
// writes it the other way, and that another number does not.
func TestNumberForms(t *testing.T) {
	text := "Nurses strike at the infirmary\n\n" +
		"More than 900 nurses walked out on Tuesday.\n\n" +
		"'I've been a nurse here for twenty-six years,' said Anjali Patel, the union's representative.\n"
	a, err := Parse("t", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"Who has been a nurse at the infirmary for 26 years?", true},
		{"Who has been a nurse at the infirmary for 27 years?", false},
	} {
		ans, err := a.Ask(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Answered != tt.want {
			t.Errorf("Ask(%q).Answered = %v, want %v (%+v)", tt.q, ans.Answered, tt.want, ans.Quotes)
		}
	}
}
