package attribution

import "testing"

// TestOpeningKinOfNamedRelative: a sentence opening "Her father" or "His
// mother" in a later paragraph is the relative the article named
// ("Ruth Dale was joined by her son, Ben Dale. ¶ His mother smiled."),
// so the "she" after it is that person's; with no such relative named,
// the phrase names the speaker as written.
func TestOpeningKinOfNamedRelative(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"the named parent, paragraphs later",
			"Marathon\n\nRuth Dale, 70, finished her 40th marathon on Sunday. She was joined by her son, Ben Dale, 38, who ran beside her. “She set the pace,” he said.\n\nHis mother smiled at that. She said he had been “slow on the hills”.\n",
			"slow on the hills", "Ruth Dale"},
		{"the pronoun after the phrase, in its own paragraph",
			"Marathon\n\nRuth Dale, 70, finished her 40th marathon on Sunday. She was joined by her son, Ben Dale, 38, who ran beside her. “She set the pace,” he said.\n\nHis mother nodded. “Every mile,” she said.\n",
			"Every mile,", "Ruth Dale"},
		{"the pronoun of a quotation's own sentence",
			"Reserve\n\n‘You’re late,’ says Tom Reed, the warden.\n\nHis daughter, Amy Reed, 28, grew up on the reserve. ‘He cried when the first chicks fledged,’ she says.\n\nHer father does not deny it. ‘It was a long wait,’ is all he says.\n",
			"It was a long wait,", "Tom Reed"},
		{"the owner's own pronoun stays the owner's",
			"Results\n\nThe twins, Priya and Anjali Shah, opened their results together. Priya said the waiting was the worst part. Her sister, she added, had been “annoyingly calm” throughout.\n",
			"annoyingly calm", "Priya Shah"},
		{"no parent named: the phrase as written",
			"Marathon\n\nBen Dale, 38, finished his first marathon on Sunday. “I set the pace,” he said.\n\nHis mother smiled at that. She said he had been “slow on the hills”.\n",
			"slow on the hills", "his mother"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}
