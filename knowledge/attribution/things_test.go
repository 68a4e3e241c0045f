package attribution

import "testing"

// TestVenueAfterArticle: a capitalised name only ever written after "the"
// or "a" (a café, a boat, a wine) is no person, so a pronoun and a
// speech verb go to the person beside it; a coordinated "and said" is the
// opening pronoun's; a relative the article calls by another kin word is
// not the "mother" of a nested quotation.
func TestVenueAfterArticle(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a venue after the is not the pronoun's referent",
			"The cook is Tobias Wrenfield, 41, who opened the Copper Kettle on the pier in 2021.\n" +
				"‘We bake until the flour runs out,’ he says.\n",
			"We bake until the flour runs out,", "Wrenfield", "speech-after"},
		{"she poured a glass of a wine and said",
			"The bar is run by Odile Marchetti, who trained in Turin.\n" +
				"She poured a glass of Barolo with the soup and said, ‘Send it back if you hate it.’\n",
			"Send it back if you hate it.", "Marchetti", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestNestedMotherNotSister: "My mother … and said, ‘…’" in a man's words
// is his mother, named by the phrase, not the sister who shares his
// surname.
func TestNestedMotherNotSister(t *testing.T) {
	text := "Pavel Oakes opened the bakery in 2020. His elder sister, Mira Oakes, runs the till.\n" +
		"‘My mother lent me the money and said, “Pay it back by spring.” I did,’ Pavel Oakes said.\n"
	checkSieve(t, text, "Pay it back by spring.", "My mother", "nested")
}
