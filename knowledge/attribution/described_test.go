package attribution

import "testing"

// TestDescribedSpeakers: a person the article brings in by an indefinite
// or possessive phrase speaks under that phrase as first written (dev10's
// convention): with a phrase placing them, through a later "he"/"she",
// and through a later definite phrase of the same role.
func TestDescribedSpeakers(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"a place phrase is part of the name",
			"Night shift\n\nThe room was full. A man in a rugby shirt said the wait was long. “Four hours,” he said.\n",
			"Four hours,", "a man in a rugby shirt"},
		{"one of several, through a later pronoun",
			"Ambulances\n\nTwo crews waited outside. One paramedic from that crew, three years into the job, says she is thinking of leaving. ‘I didn’t train for this,’ she says.\n",
			"I didn’t train for this,", "one paramedic from that crew"},
		{"a later definite phrase refers back to the indefinite one",
			"Ward\n\nBernadette Quayle runs the ward. A nurse restocking a trolley watches her go. ‘She’s the only reason this place works,’ the nurse says.\n",
			"She’s the only reason this place works,", "a nurse"},
		{"a capitalised opening article is no part of a name",
			"Final\n\nAshcombe won the cup.\n\nOne Ashcombe supporter, who had been at every final, was in tears. 'I've waited fourteen years for this,' he said.\n",
			"I've waited fourteen years for this,", "one ashcombe supporter"},
		{"a possessive phrase, through a pronoun of another gender",
			"Waiting\n\nA man held his wrist. His wife, sitting beside him, does not find it funny. ‘He never waits for anybody,’ she says.\n",
			"He never waits for anybody,", "his wife"},
		{"a pronoun of the possessor's gender is the possessor",
			"Results\n\nPriya Mehta said the wait was hard. Her sister, she added, had been “annoyingly calm” throughout.\n",
			"annoyingly calm", "Mehta"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}
