package knowledge

import "testing"

// TestCheckNearMissSpeaker: a claim changed too much to be a near match
// still gets the speaker of the passage it distorts, and whether the name it
// gives is that speaker; one that distorts nobody's words gets none.
func TestCheckNearMissSpeaker(t *testing.T) {
	art := `Elm Street bridge to close for repairs

HARTWELL — The county will close the Elm Street bridge for repairs next month, officials said on Monday.

"The deck is cracked," said Priya Castellane, the county engineer. "We cannot keep it open through another winter."

Council member Olu Brandt said the closure would hurt shops on the east bank. "Half my customers walk over that bridge," he said.
`
	for _, tt := range []struct {
		name, msg, speaker string
		matches            *bool
	}{
		{"changed word, right name", `Priya Castellane said "The deck is broken."`, "Castellane", new(true)},
		{"changed word, other name", `Olu Brandt said "The deck is broken."`, "Castellane", new(false)},
		{"nobody's words", `Olu Brandt said "The budget is balanced."`, "", nil},
		{"words added to a name", `Olu Brandt said "Priya Castellane lied"`, "", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := checkOneClaim(t, art, tt.msg)
			if c.Verdict != VerdictNotFound {
				t.Fatalf("verdict %s (similarity %.2f), want not_found", c.Verdict, c.Similarity)
			}
			if c.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", c.Speaker, tt.speaker)
			}
			if (c.SpeakerMatches == nil) != (tt.matches == nil) || c.SpeakerMatches != nil && *c.SpeakerMatches != *tt.matches {
				t.Errorf("speaker_matches %v, want %v", c.SpeakerMatches, tt.matches)
			}
		})
	}
}

// TestClaimedSourceNoun: "the critic" in a claim names the one person the
// article describes so; "critics" names nobody.
func TestClaimedSourceNoun(t *testing.T) {
	art := `A new staging of an old play

The Harbour Theatre opened its season on Friday with a revival of "The Salt Road". A critic at the weekly Coast Review, Lena Moss, called the production "a drama with teeth."

Director Paul Innes said the cast had rehearsed for nine weeks.
`
	for _, tt := range []struct {
		name, msg, claimed string
	}{
		{"the critic", `The critic called it "a drama with teeth"`, "Moss"},
		{"critics", `Critics called it "a drama with teeth"`, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := checkOneClaim(t, art, tt.msg)
			if c.ClaimedSpeaker != tt.claimed {
				t.Errorf("claimed speaker %q, want %q", c.ClaimedSpeaker, tt.claimed)
			}
			if tt.claimed != "" && (c.SpeakerMatches == nil || !*c.SpeakerMatches) {
				t.Errorf("speaker %q, speaker_matches %v; want a match", c.Speaker, c.SpeakerMatches)
			}
		})
	}
}
