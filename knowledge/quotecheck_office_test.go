package knowledge

import "testing"

// TestClaimOfficeWithComplement holds a claim naming a speaker by an
// office the article writes with a complement before the name ("The
// Cabinet Secretary for Tourism and Wildlife, Hon. Peter Gathua,") to
// that person.
func TestClaimOfficeWithComplement(t *testing.T) {
	const art = "Corridor opens\n\nThe Cabinet Secretary for Tourism and Wildlife, Hon. Peter Mwangi Gathua, who opened the underpass, said the corridor was a model. \"What has been done here can be done anywhere,\" he said.\n\nThe county's governor, Ann Wanjiku, welcomed it.\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"the office alone", `The Cabinet Secretary said "What has been done here can be done anywhere"`, "Gathua", true},
		{"another office", `The governor said "What has been done here can be done anywhere"`, "Gathua", false},
	})
}
