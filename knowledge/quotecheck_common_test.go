package knowledge

import "testing"

// TestClaimSpeakerBodyNoun: a claim naming a body by a place-like first
// word and a lower-case body noun ("Millbrook police said …") names the
// body the article calls by both words, not another that opens with the
// first ("Millbrook General Hospital").
func TestClaimSpeakerBodyNoun(t *testing.T) {
	art := "Teen stabbed\n" +
		"The boy was taken to Millbrook General Hospital, according to a statement from the Millbrook Police Department.\n" +
		"“Officers arrived within three minutes,” the statement said.\n" +
		"A doctor at Millbrook General Hospital said the boy was “stable.”\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"place and body noun", `Millbrook police said "Officers arrived within three minutes"`, "Millbrook Police Department", true},
		{"the other body", `Millbrook hospital said "Officers arrived within three minutes"`, "Millbrook Police Department", false},
	})
}
