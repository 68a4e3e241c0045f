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

// TestClaimSpeakerPartyTag: a claim's "the Indiana Republican" or "the
// Ohio Democrat" is the one person the article tags so ("Rep. Gary
// Whitcomb, R-Ind."), among namesakes.
func TestClaimSpeakerPartyTag(t *testing.T) {
	art := "Rail bill passes\n" +
		"“It is real,” said Sen. Dale Whitcomb, D-Ohio.\n" +
		"Sen. Ruth Whitcomb, R-Kan., who is no relation, said she backed it.\n" +
		"Rep. Gary Whitcomb, R-Ind., said he had “real concerns” about the cost. “That's my job,” he said.\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"state and party", `The Indiana Republican said "That's my job."`, "Gary Whitcomb", true},
		{"another state", `The Kansas Republican said "That's my job."`, "Gary Whitcomb", false},
		{"the Democrat's state", `The Ohio Democrat said "It is real"`, "Dale Whitcomb", true},
	})
}
