package knowledge

import "testing"

// TestAnswerTypeForms: the answer's type is found in the forms news
// writes it: a count of the act the question's verb names, a count of
// people for a staff, a year of building for "how old", approximate and
// spelled counts, a range of prices.
func TestAnswerTypeForms(t *testing.T) {
	a, err := Parse("forms.md", "# Forms\n\n"+
		"The company, which employs about 120 people at its site, supplies bread to supermarkets.\n\n"+
		"The synod's members voted 41 to 12, with six abstentions.\n\n"+
		"He added that the embankment was built in 1874.\n\n"+
		"Some 40 volunteers came. Nearly three hundred people came. Tickets cost £8–£11.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		want string // the start of the sentence that holds the type
	}{
		{"How many staff does the bakery employ?", "The company"},
		{"How many members abstained?", "The synod"},
		{"How old is the embankment?", "He added"},
		{"How many volunteers came?", "Some 40"},
		{"How many people came?", "Nearly three"},
		{"How much do tickets cost?", "Tickets cost"},
	} {
		q := a.analyze(tt.q)
		found := false
		for i, s := range a.Sentences {
			if len(s.Text) >= len(tt.want) && s.Text[:len(tt.want)] == tt.want {
				found = true
				if !a.satisfies(q, i) {
					t.Errorf("%q: %q does not hold the type %q", tt.q, s.Text, q.answerType)
				}
			}
		}
		if !found {
			t.Fatalf("%q: no sentence %q", tt.q, tt.want)
		}
	}
}
