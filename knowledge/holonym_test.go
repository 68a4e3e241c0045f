package knowledge

import (
	"strings"
	"testing"
)

// TestAskPlaceForCountry: a capital or landmark in a question stands for
// the country the article names, but a question about nothing else the
// article has is still not covered.
func TestAskPlaceForCountry(t *testing.T) {
	a := Default()
	for _, tc := range []struct {
		q       string
		covered bool   // answered or shown as closest passages
		reason  string // in the answer text, when not covered
	}{
		{"What special insight does Trump believe Moscow and Kyiv have?", true, ""},
		{"How did Trump rate the atmosphere of his talks with the Kremlin leader?", true, ""},
		{"What is the weather in Kyiv today?", false, "It does not mention Kyiv."},
		{"Who won the election in Brazil?", false, "Brazil"},
	} {
		got, err := a.Ask(tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if covered := got.Outcome != OutcomeNotCovered; covered != tc.covered || !strings.Contains(got.Text, tc.reason) {
			t.Errorf("Ask(%q) = %s %q, want covered %v with %q", tc.q, got.Outcome, got.Text, tc.covered, tc.reason)
		}
	}
}
