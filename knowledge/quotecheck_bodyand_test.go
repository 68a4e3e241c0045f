package knowledge

import "testing"

// TestClaimBodyNameWithAnd: a claim naming a body whose name holds "and"
// ("the Irish Nurses and Midwives Organisation said …") names that body,
// not the half of its name after "and"; invented text.
func TestClaimBodyNameWithAnd(t *testing.T) {
	art := "Trolley figures\nThe Coastal Nurses and Midwives Organisation said in a statement that the figures were \"the worst since records began\" and called for talks.\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"the whole name", `The Coastal Nurses and Midwives Organisation said the figures were "the worst since records began"`, "Coastal Nurses and Midwives Organisation", true},
		{"another body", `The Coastal Health Board said the figures were "the worst since records began"`, "Coastal Nurses and Midwives Organisation", false},
	})
}
