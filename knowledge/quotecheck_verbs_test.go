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
		{"texted", `St-Pierre texted "Why did she tell this House it was on schedule?"`, "St-Pierre", true},
		{"emailed, someone else", `Hélène d'Amours emailed "Why did she tell this House it was on schedule?"`, "St-Pierre", false},
		{"posted", `Jean-François St-Pierre posted "Why did she tell this House it was on schedule?"`, "St-Pierre", true},
		{"posts, someone else", `Hélène d'Amours posts "Why did she tell this House it was on schedule?"`, "St-Pierre", false},
		{"tweets", `St-Pierre tweets "Why did she tell this House it was on schedule?"`, "St-Pierre", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimSpeaker(t, qp, tt.msg, tt.speaker, tt.matches)
		})
	}
}

// TestCheckClaimInitials: a claimed name's initials are part of it ("K.
// V. Subramanian" is not his son Arvind Subramanian).
func TestCheckClaimInitials(t *testing.T) {
	const mill = "Mill\n\nThe chairman, Shri K. V. Subramanian, did not speak. His son, managing director Arvind Subramanian, said: \"He has never once defaulted.\"\n"
	for _, tt := range []struct {
		name, msg, speaker string
		matches            bool
	}{
		{"the father's initials", `K. V. Subramanian said "He has never once defaulted."`, "Arvind Subramanian", false},
		{"the son's first name", `Arvind Subramanian said "He has never once defaulted."`, "Arvind Subramanian", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimSpeaker(t, mill, tt.msg, tt.speaker, tt.matches)
		})
	}
}

// TestCheckClaimParticleName: a claimed speaker whose name opens with a
// lower-case particle ("says du Preez") or a Gaelic one ("Mac Giolla:") is
// read whole, also when the claimed words are not the article's.
func TestCheckClaimParticleName(t *testing.T) {
	const art = "Test\n\nSouth Africa’s captain, Riaan du Preez, refused to blame his bowlers. ‘We bowled to their strengths,’ du Preez said.\n\n" +
		"Her partner, Ruairi Mac Giolla, sat in the gallery. “Anneliese deserved one true one,” Mac Giolla said.\n"
	for _, tt := range []struct{ msg, claimed string }{
		{`"We bowled to their strengths," says du Preez`, "du Preez"},
		{`Mac Giolla: "Anneliese deserved one true one."`, "Mac Giolla"},
		{`Mac Giolla: "We were never told anything at all."`, "Mac Giolla"},
	} {
		c := checkOneClaim(t, art, tt.msg)
		if c.ClaimedSpeaker != tt.claimed {
			t.Errorf("%s: claimed speaker %q, want %q", tt.msg, c.ClaimedSpeaker, tt.claimed)
		}
	}
}
