package knowledge

import "testing"

// TestClaimSpeakerForms holds a claim naming the speaker by another form
// of the same name to that speaker: a body by its head noun ("the panel"
// for the National Anti-Doping Panel) or by a longer or shorter form of
// its name ("The Serrano Herald" for "the Herald"), a person the article
// calls by the given name alone by the full name; and not a body whose
// name merely shares a word, nor another family's Kirsty.
func TestClaimSpeakerForms(t *testing.T) {
	const body = "Sprinter banned\n\nThe National Anti-Doping Panel banned Ann Roe for two years. \"The athlete was careless,\" the National Anti-Doping Panel said in its ruling.\n\nThe UK Track Federation said it would not appeal.\n"
	runClaimSpeakerTable(t, body, []claimSpeakerCase{
		{"head noun", `The panel said "The athlete was careless"`, "Panel", true},
		{"another body's head noun", `The federation said "The athlete was careless"`, "Panel", false},
	})
	const papers = "Press digest\n\nSERRANO HERALD\n\nThe sale was \"the right idea at the wrong moment\", the Herald said in its leader.\n\nThe Times called it a gamble.\n"
	runClaimSpeakerTable(t, papers, []claimSpeakerCase{
		{"the longer form", `The Serrano Herald said the sale was "the right idea at the wrong moment"`, "Herald", true},
		{"another paper", `The Times said the sale was "the right idea at the wrong moment"`, "Herald", false},
	})
}
