package attribution

import "testing"

// TestBodiesSpeakWhole: a body speaks under its whole name — a saint's
// possessive is part of it ("St Aldhelm's Infirmary"), a product named
// after a firm ("Brightwell Fresh" toothpaste) is not the firm, a zoo or a
// hospice is a body and no "she" — and a spokesperson speaks for the body
// the sentence before brought in, or the one a "she says" refers back to.
func TestBodiesSpeakWhole(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a saint's possessive opens one body",
			"Almost 300 walkers took part in the night hike, which St Aldhelm's Infirmary said had raised \"more than any year before\".\n",
			"more than any year before", "St Aldhelm's Infirmary", "speech-before"},
		{"a firm's voice is the firm, not its product",
			"The chemist chain Brightwell has withdrawn a toothpaste.\nThe withdrawal covers the Brightwell Fresh 75ml tube sold since March.\nAsked why it waited, a Brightwell spokeswoman said the firm had wanted to be \"certain of the cause\".\n",
			"certain of the cause", "Brightwell", "speech-before"},
		{"a spokesperson after the body's sentence, not its object",
			"The Water Standards Agency, the regulator for supply, said it had been talking to the company for weeks. A spokesperson said the agency was \"content with the plan\" but wanted faster work. \"Boil notices only work if people read them,\" the spokesperson said.\n",
			"Boil notices only work if people read them,", "Water Standards Agency", "speech-after"},
		{"she says after a spokeswoman for the body",
			"The Fenmoor Bird Trust bought the first field in 1991. It now owns 200 hectares, and a spokeswoman for the trust tells me the last one cost a fortune. ‘Every penny was worth it,’ she says. ‘It is the best thing we have done.’\n",
			"It is the best thing we have done.", "Fenmoor Bird Trust", "continuation"},
		{"a zoo takes no keeper's pronoun",
			"In a statement, Linwood Zoo said: \"We are delighted.\"\nThe keeper who found the chick was on her morning round. \"It was just sitting there,\" she said.\n",
			"It was just sitting there,", "the keeper", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestIdentifiedAfterQuoting: a sentence that names the one a pronoun
// quoted just before ("He was Owen Pascoe, a …", "That nurse, Mary Quint,
// …") gives that person the earlier quotations.
func TestIdentifiedAfterQuoting(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"he was NAME after a described runner's lines",
			"The first rider home at the Porthleven Hospice ride wore a tutu. \"Not again,\" he said, climbing off. \"It chafes.\"\nHe was Owen Pascoe, a 40-year-old roofer from Helston, and he finished in an hour.\n",
			"It chafes.", "Pascoe", "named-later"},
		{"that ROLE, NAME, after the role's lines",
			"The nurse who found the baby was on a night shift. \"I heard a tiny cough,\" she said. \"Then nothing.\"\nThat nurse, Mary Quint, has worked at the ward for ten years.\n",
			"I heard a tiny cough,", "Quint", "named-later"},
		{"a demonstrative role with no one described keeps the line",
			"\"We were lucky,\" she said.\nThat nurse, Mary Quint, has worked at the ward for ten years.\n",
			"We were lucky,", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestRoleSubjectOverAside: a sentence opening with an unnamed role whose
// aside names someone else ("The referee, who had come in because, as the
// club secretary put it, …, agreed.") keeps the role its subject, so the
// next "She" is the role's.
func TestRoleSubjectOverAside(t *testing.T) {
	text := "The club secretary, Joan Priddy, had asked for help from outside.\n" +
		"The referee, a teacher from Frome who had been called in because, as the club secretary put it, 'nobody here is neutral', agreed. She wrote in the match book: 'Goal stands. Offside not given.'\n"
	checkSieve(t, text, "Goal stands. Offside not given.", "the referee", "speech-before")
}
