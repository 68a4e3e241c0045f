package knowledge

import "testing"

// TestPreferCaption checks that a question about a picture is shown the
// caption that describes it, and that other questions are not.
func TestPreferCaption(t *testing.T) {
	text := "Mayor Lena Ortiz and council member Raj Patel pictured before the vote on the new bridge. The council approved the bridge on Tuesday after a long debate about its cost. Ortiz said the bridge would open in 2028.\n\n" +
		"The vote was close, and the debate showed deep divisions over the project.\n"
	a, err := Parse("bridge", text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q, want string
	}{
		{"What does the photo at the top of the article show?", "pictured before the vote"},
		{"Who is in the picture?", "pictured before the vote"},
		{"When did the council approve the bridge?", "approved the bridge on Tuesday"},
	}
	for _, tt := range tests {
		checkFirstQuote(t, a, text, tt.q, tt.want, "")
	}
}

func TestAsksPicture(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"What does the photo show?", true},
		{"Who is in this image?", true},
		{"What is the bigger picture for the talks?", false},
		{"How many images did the probe send back?", false},
	} {
		if got := asksPicture(tokenize(tt.q, Stem)); got != tt.want {
			t.Errorf("asksPicture(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
