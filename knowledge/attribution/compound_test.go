package attribution

import "testing"

// TestCompoundSurnames holds Spanish and Portuguese names of two surnames or
// a particle-led surname: a later "Gómez", "Gómez del Río" or "Ana Lucía"
// is the person named in full, a relative of a similar name stays apart,
// and a given name's gender the article's pronouns confirmed is not flipped
// by a later pronoun that belongs to someone else.
func TestCompoundSurnames(t *testing.T) {
	const olive = "Olive oil\n\nAna Lucía Gómez del Río runs the mill at Baena. “We press at night,” she says.\n\n" +
		"Gómez, 52, took over in 2010, when her uncle, Tomás Gómez Peralta, wanted out. He had run it at a loss.\n\n" +
		"%s\n"
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"first of two surnames, alone", sprintf(olive, "“The cold keeps the taste,” Gómez says."), "The cold keeps the taste,", "Gómez del Río"},
		{"particle-led compound surname", sprintf(olive, "“The cold keeps the taste,” Gómez del Río says."), "The cold keeps the taste,", "Gómez del Río"},
		{"compound given name", sprintf(olive, "“The cold keeps the taste,” Ana Lucía says."), "The cold keeps the taste,", "Gómez del Río"},
		{"a pronoun after a relative's he keeps the name's gender", sprintf(olive, "She shrugs. “The cold keeps the taste.”"), "The cold keeps the taste.", "Gómez del Río"},
		{"the relative's two surnames", sprintf(olive, "“She is stubborn,” Gómez Peralta says."), "She is stubborn,", "Peralta"},
		{"two surnames with a particle", "Port wine\n\nJoão Pedro Sousa de Almeida ships from Porto. Her rival, Inês Carvalho, disagrees.\n\n“The river decides,” Sousa de Almeida said.\n", "The river decides,", "Sousa de Almeida"},
		{"a namesake of the particle surname stays apart", "Cheese\n\nMarta Isabel Ortiz de la Vega makes cheese. Her aunt, Rosa de la Vega, taught her.\n\n“Salt is everything,” Rosa de la Vega said.\n", "Salt is everything,", "Rosa de la Vega"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestResolveCompoundSurname holds a claim's speaker named by the closing
// run of a longer name ("Sáenz de Ugarte said …").
func TestResolveCompoundSurname(t *testing.T) {
	const text = "Cider\n\nLuis Alberto Sáenz de Ugarte chairs the cider board. “Apples first,” he said.\n\nHis niece, Irene Vidal Ortuño, disagreed. “Pears pay,” she said.\n"
	r := Analyze(docOf(text), DefaultLexicon())
	for _, tt := range []struct{ name, want string }{
		{"Sáenz de Ugarte", "Luis Alberto Sáenz de Ugarte"},
		{"Alberto Sáenz de Ugarte", "Luis Alberto Sáenz de Ugarte"},
		{"Vidal Ortuño", "Irene Vidal Ortuño"},
	} {
		e, _ := r.Resolve(tt.name)
		if e < 0 || r.Entities[e].Name != tt.want {
			got := ""
			if e >= 0 {
				got = r.Entities[e].Name
			}
			t.Errorf("Resolve(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestRoleBeforeLongPhrase holds a role set off before a name across a
// longer prepositional phrase and Markdown emphasis ("a reviewer for the
// weekly paper *El Eco de Soria*, Lucas Prieto,").
func TestRoleBeforeLongPhrase(t *testing.T) {
	for _, tt := range []struct{ name, text, role, want string }{
		{"emphasis before the comma", "Books\n\nThe novel sold out, and a reviewer for the weekly paper *El Eco de Soria*, Lucas Prieto Gallardo, called it brave.\n", "reviewer", "Lucas Prieto Gallardo"},
		{"a long named body", "Books\n\nThe novel sold out, and a reviewer at the regional weekly Diario del Alto Duero, Lucas Prieto Gallardo, called it brave.\n", "reviewer", "Lucas Prieto Gallardo"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			if e := r.ByRole(tt.role); e < 0 || r.Entities[e].Name != tt.want {
				t.Errorf("ByRole(%q) = %d, want %q", tt.role, e, tt.want)
			}
		})
	}
}
