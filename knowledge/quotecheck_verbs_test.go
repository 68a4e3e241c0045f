package knowledge

import "testing"

// TestCheckClaimVerbs: a claim may introduce its speaker's words with a
// verb that is no verb of saying elsewhere ("asked", "wondered"), and
// speaker_matches still says whether that speaker said them.
func TestCheckClaimVerbs(t *testing.T) {
	const qp = "Ferry\n\nThe member for Rimouski, Jean-François St-Pierre, held up the contract. \"Why did she tell this House it was on schedule?\" he asked.\n\n\"It was,\" Hélène d'Amours replied.\n"
	for _, tt := range []struct {
		name, msg, speaker string
		matches            bool
	}{
		{"asked, the one who asked", `St-Pierre asked "Why did she tell this House it was on schedule?"`, "St-Pierre", true},
		{"asked, someone else", `Hélène d'Amours asked "Why did she tell this House it was on schedule?"`, "St-Pierre", false},
		{"wondered", `St-Pierre wondered "Why did she tell this House it was on schedule?"`, "St-Pierre", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := checkOneClaim(t, qp, tt.msg)
			if c.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", c.Speaker, tt.speaker)
			}
			if c.SpeakerMatches == nil || *c.SpeakerMatches != tt.matches {
				t.Errorf("speaker_matches %v, want %v (claimed %q)", c.SpeakerMatches, tt.matches, c.ClaimedSpeaker)
			}
		})
	}
}
