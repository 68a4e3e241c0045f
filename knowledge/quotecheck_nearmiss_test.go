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

// TestCheckPolarityFlipSpeaker: a claim that turns a passage's polarity
// round (a "not" added or dropped, "nobody" for "somebody", with at most one
// more small change) is not the article's, but whose words it distorts is
// known; a flipped claim that shares little else with a passage distorts
// nobody's.
func TestCheckPolarityFlipSpeaker(t *testing.T) {
	art := `Ferry fares to rise in spring

PORT ELLERY — Fares on the island ferry will rise by a tenth in April, the operator said on Tuesday.

"We are not punishing anybody," said Martin Okoro, the operator's managing director. "We are raising them because fuel has doubled."

Islanders were unhappy. "I will keep using the ferry, but I am going to complain to the council," said Rhona Vass, who runs a shop on the island. "Somebody has clearly been asleep at the wheel."

Councillor Dev Marsh said the council had no power over fares.
`
	for _, tt := range []struct {
		name, msg, speaker string
		matches            *bool
	}{
		{"not added", `Rhona Vass said "I am not going to complain"`, "Vass", new(true)},
		{"not added, other name", `Dev Marsh said "I am not going to complain"`, "Vass", new(false)},
		{"not dropped, any word swapped", `Martin Okoro said "We are punishing everybody"`, "Okoro", new(true)},
		{"nobody for somebody, adverb dropped", `Rhona Vass said "Nobody has been asleep at the wheel"`, "Vass", new(true)},
		{"flip of a few shared words", `Dev Marsh said "Nobody has the power to stop us"`, "", nil},
		{"not added to invented words", `Martin Okoro said "We are not going to sell the ferry"`, "", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := checkOneClaim(t, art, tt.msg)
			if c.Verdict == VerdictExact {
				t.Fatalf("verdict exact, want near or not_found")
			}
			if c.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q (similarity %.2f)", c.Speaker, tt.speaker, c.Similarity)
			}
			if (c.SpeakerMatches == nil) != (tt.matches == nil) || c.SpeakerMatches != nil && *c.SpeakerMatches != *tt.matches {
				t.Errorf("speaker_matches %v, want %v", c.SpeakerMatches, tt.matches)
			}
		})
	}
}

// TestCheckRoleSpokeOfSomeone: words a role phrase said after it spoke of
// a named person ("The home's manager said Mrs Kemp was …") are the role's,
// whether a claim names the role in full or in short, and not the person's.
func TestCheckRoleSpokeOfSomeone(t *testing.T) {
	const art = "Ninety today\n\nRuth Kemp turned 90 on Friday at Birchwood Lodge care home.\n\nThe home's manager said Mrs Kemp had run every raffle since 2019.\n\n‘She beat me at cards on Monday,’ the manager said.\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"the role in full", `The home's manager said "She beat me at cards on Monday"`, "the manager", true},
		{"the role in short", `The manager said "She beat me at cards"`, "the manager", true},
		{"the person spoken of", `Ruth Kemp said "She beat me at cards on Monday"`, "the manager", false},
	})
}
