package attribution

import "testing"

// TestBodyOrPerson: a name that a speech verb alone made a person is a
// body when it speaks as one ("… said it"), whichever comes first, and a
// body never takes a gender from the given-name list; a person keeps a
// title's or the name's gender.
func TestBodyOrPerson(t *testing.T) {
	for _, tt := range []struct {
		name, text, entity string
		kind               EntityKind
		gender             string
	}{
		{"a speech verb first, then it speaks", "Sky Television reported the fine first. Sky said it had seen the notice.\n", "Sky Television", Organisation, ""},
		{"it speaks first, then a speech verb", "Rowan Broadcasting said it had seen the notice. Rowan Broadcasting reported the fine first.\n", "Rowan Broadcasting", Organisation, ""},
		{"a titled person who mentions it stays a person", "Ms. Sky Hollins reported the fine first. Hollins said it was fair.\n", "Sky Hollins", Person, "female"},
		{"a given name's gender for a person", "Kristin Halvorsen reported the fine first.\n", "Kristin Halvorsen", Person, "female"},
		{"no given name's gender for a body", "The Chase Union met on Monday. Chase Union said it would strike.\n", "Chase Union", Organisation, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Name == tt.entity {
					if e.Kind != tt.kind || e.Gender != tt.gender {
						t.Errorf("%q is %s %q, want %s %q", e.Name, e.Kind, e.Gender, tt.kind, tt.gender)
					}
					return
				}
			}
			t.Errorf("no entity %q", tt.entity)
		})
	}
}
