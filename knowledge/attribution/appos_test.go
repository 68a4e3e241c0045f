package attribution

import "testing"

// TestRoleAppositiveHolder: a person named before a comma-set role phrase
// "of" a body speaks, not the body, even when a relative clause about the
// body follows before the verb, and whether the name has initials or a
// first name.
func TestRoleAppositiveHolder(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"initials, a relative clause on the body, a colon before the quotation",
			"The pier burned.\nAlderman F. W. Gedge, chairman of the council's Entertainments Committee, which leases the pavilion to the Bassett family company, said last night:\n\"This is a sad day for Saltmarsh.\"\n",
			"This is a sad day for Saltmarsh.", "Gedge", "colon-intro"},
		{"a first name, a relative clause on the body, the quotation in the sentence",
			"Alderman Fred Gedge, chairman of the council's Entertainments Committee, which leases the pavilion, said the pier was \"closed for now\".\n",
			"closed for now", "Gedge", "speech-before"},
		{"no title, a role with a modifier",
			"Fred Gedge, deputy chairman of the Entertainments Committee, which leases the pavilion, said the pier was \"closed for now\".\n",
			"closed for now", "Gedge", "speech-before"},
		{"the body itself, with a relative clause, still speaks",
			"The Entertainments Committee, which leases the pavilion, said the pier was \"closed for now\".\n",
			"closed for now", "Entertainments Committee", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestTitleOfTwoNouns: "the chief executive" opening a sentence is one
// title, not "the chief" and a stray noun; when the one named person holds
// it, the pronoun after stands for that person.
func TestTitleOfTwoNouns(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a named holder",
			"He was Duncan Fairweather, chief executive of Ellery Water.\nTobias Renshaw set a jar on the desk. ‘Would you drink this?’ The chief executive regarded the jar for some time. ‘I am not a chemist,’ he said.\n",
			"I am not a chemist,", "Fairweather", "speech-after"},
		{"no one named holds it",
			"The board met at noon.\nThe chief executive regarded the jar for some time. ‘I am not a chemist,’ he said.\n",
			"I am not a chemist,", "the chief executive", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
