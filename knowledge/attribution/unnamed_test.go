package attribution

import "testing"

// TestPossessiveRoleObject: someone the writer brings in by a first-person
// possessive role phrase outside the sentence's opening ("I asked our
// guide, …", "we handed the keys to my driver") speaks as that phrase
// when the next "he" or "she" says something; someone named in between
// keeps the pronoun.
func TestPossessiveRoleObject(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"an object with an appositive and a relative clause",
			"Review\n\nThe place has twelve tables. I asked our server, a student with a nose ring, who shrugged. ‘The cook says it is meant to be burnt,’ she said.\n",
			"The cook says it is meant to be burnt,", "our server", "speech-after"},
		{"a plain object",
			"Trek\n\nOn the third day the path vanished and we looked to my guide. ‘We go up, not round,’ he said.\n",
			"We go up, not round,", "my guide", "speech-after"},
		{"someone named between keeps the pronoun",
			"Trek\n\nOn the third day we looked to my guide. Anna Brook, who led the group, laughed. ‘We go up,’ she said.\n",
			"We go up,", "Brook", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestOneNounRelative: "One parent, whose daughter …, said" names the
// speaker by "one" and the person noun, as the article gives it.
func TestOneNounRelative(t *testing.T) {
	text := "Sports day\n\nThe rain held off. One parent, whose daughter won the egg-and-spoon race, said the afternoon had been \"chaos, but lovely chaos\".\n"
	checkSieve(t, text, "chaos, but lovely chaos", "one parent", "speech-before")
}
