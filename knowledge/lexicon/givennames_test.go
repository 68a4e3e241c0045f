package lexicon

import "testing"

func TestGivenNameGender(t *testing.T) {
	for _, tt := range []struct {
		name string
		want Gender
	}{
		{"kristin", Female}, {"erik", Male}, {"camille", Female}, {"harold", Male},
		{"jean", Unknown},    // on both lists
		{"sam", Unknown},     // on both lists
		{"joost", Unknown},   // on neither
		{"Kristin", Unknown}, // callers fold
	} {
		if got := GivenNameGender(tt.name); got != tt.want {
			t.Errorf("GivenNameGender(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
