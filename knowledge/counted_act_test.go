package knowledge

import (
	"strings"
	"testing"
)

// TestCountedActAndNameParts checks two ways a passage answers in other
// words than the question: a count of an act given in the noun made from
// a verb whose commonest sense is a noun's ("signed" — "signatures"), and
// a person asked by a part of a hyphenated name ("Price-Morgan") whom the
// window names whole.
func TestCountedActAndNameParts(t *testing.T) {
	a, err := Parse("bridge.txt", "Footbridge\n\n"+
		"Residents want the Millbank footbridge reopened. A petition started by the residents' association had gathered 2,150 signatures by Friday.\n\n"+
		"The council's committee rejected the plan, with 11 votes against and four in favour.\n\n"+
		"Aled Price-Morgan, a ferryman, has worked on the river for 31 years. He said the crossing was busier than ever.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q          string
		want       string // the first passage must hold it
		answerable bool
	}{
		{"How many people have signed the petition?", "2,150 signatures", true},
		{"How long has Price-Morgan worked on the river?", "31 years", true},
	} {
		res, err := a.Ask(tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Quotes) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		if got := res.Quotes[0].Text; !strings.Contains(got, tc.want) {
			t.Errorf("%q: first passage %q, want one holding %q", tc.q, got, tc.want)
		}
		if res.Answered != tc.answerable {
			t.Errorf("%q: answered %v (confidence %.3f), want %v", tc.q, res.Answered, res.Confidence, tc.answerable)
		}
	}
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"signed", true}, {"voted", true}, {"abstained", true},
		{"red", false}, {"need", false}, {"signature", false}, {"bed", false},
	} {
		if got := pastVerbForm(tc.w); got != tc.want {
			t.Errorf("pastVerbForm(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		want int
	}{
		{"Gareth Lloyd-Evans", 3}, {"Tom Ashby", 2}, {"Ashby", 0}, {"Price-Morgan", 2},
	} {
		if got := len(nameParts(tc.name)); got != tc.want {
			t.Errorf("nameParts(%q) has %d parts, want %d", tc.name, got, tc.want)
		}
	}
}
