package knowledge

import "testing"

// TestClaimFindingVerbs: a judge's or panel's finding introduces the words
// the claim credits to its subject, as "said" does.
func TestClaimFindingVerbs(t *testing.T) {
	const art = `Appeals panel reverses Dunmore zoning decision
A county judge, Judge Alma Rourke, had found in April that the zoning rule was "vague in its terms and harsh in its reach." The appeals panel disagreed.
Judge Victor Hale wrote for the panel that the rule was "clear enough for any reader."`
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"found, right judge", `Alma Rourke found the rule "vague in its terms and harsh in its reach"`, "Rourke", true},
		{"found, wrong judge", `Victor Hale found the rule "vague in its terms and harsh in its reach"`, "Rourke", false},
		{"concluded", `Victor Hale concluded the rule was "clear enough for any reader"`, "Hale", true},
		{"ruled, wrong judge", `Alma Rourke ruled the rule was "clear enough for any reader"`, "Hale", false},
	})
}
