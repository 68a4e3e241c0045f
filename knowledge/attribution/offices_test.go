package attribution

import "testing"

// TestOfficesAndPlaces: an office "of" a place set off before a titled name
// is that person's role, so "the archdeacon" and "the bishop" are they; a
// name written only as a place is no speaker; a progressive speech verb
// ("was telling") has its subject before the auxiliary.
func TestOfficesAndPlaces(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"an office of a place before a church style, governed",
			"Vote\n\nMary Oakes, a lay member, spoke first.\n\nThe plan was proposed by the Archdeacon of Dunmere, the Ven Peter Oakes, who led the review.\n\nA vicar asked about money. The archdeacon said he could not promise it. “I won’t guess tonight,” he said.\n",
			"I won’t guess tonight,", "Peter Oakes"},
		{"an office of a place before a plain name",
			"Vote\n\nThe Mayor of Tarnby, Joan Pell, opened the meeting. Later the mayor spoke again. “We are not closing the library,” she said.\n",
			"We are not closing the library,", "Pell"},
		{"a place after prepositions is no speaker",
			"Trains\n\nThe line between Dunmore and Ashgill is shut. Coaches leave from Dunmore station and from Dunmore bus station.\n\nOne man, a porter who works at a hotel in Dunmore, said he had been “stuck for hours” since dawn.\n\nThe man, Kofi Mensah, 52, said: “I will walk next time.”\n",
			"stuck for hours", "Mensah"},
		{"a progressive speech verb with an object and a time",
			"Trains\n\nTrains were cancelled at Dunmore and at Dunmore station.\n\nAn announcer at Dunmore was telling passengers on Monday morning: \"Please move along to the buses.\"\n",
			"Please move along to the buses.", "An announcer at Dunmore"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}
