package knowledge

import "testing"

// TestCheckClaimedRoleBeforeDescribedName: a role set off before a name
// that has its own title or description ("The club's treasurer, a retired
// banker named Ian Moss,", "The referee, county FA official Dan Reyes,",
// "The school's chair of governors, the Rev Amos Bell,") is that person's,
// so a claim naming the role matches them and not the other speaker.
func TestCheckClaimedRoleBeforeDescribedName(t *testing.T) {
	const club = "Club\n\nThe club’s treasurer, a retired banker named Ian Moss, read the accounts. “We are solvent,” Mr Moss said.\n\n“We need new nets,” said Joan Pell, the captain.\n"
	const match = "Match\n\nThe referee, county FA official Dan Reyes, sent off two players. “It was an easy call,” Reyes said.\n\n“We were robbed,” said Joan Pell, the home manager.\n"
	const bee = "Bee\n\nThe pronouncer, Elm Valley College linguistics professor Dan Reyes, read the words. “I spoke slowly,” Reyes said.\n\n“I was nervous,” said Joan Pell, the winner.\n"
	const school = "School\n\nThe school's chair of governors, the Rev Amos Bell, vicar of St Mary's, opened the fair. “Every pound helps,” he said.\n\n“We sold all the cakes,” said Joan Pell, the head teacher.\n"
	yes, no := true, false
	for _, tt := range []struct {
		name, text, msg, speaker string
		matches                  bool
	}{
		{"a role before an indefinite description and named", club, `The club's treasurer said "We are solvent"`, "Moss", yes},
		{"that role, another's words", club, `The club's treasurer said "We need new nets"`, "Pell", no},
		{"a role before a title and name", match, `The referee said "It was an easy call"`, "Reyes", yes},
		{"that role, another's words", match, `The referee said "We were robbed"`, "Pell", no},
		{"a role before a body's title and name", bee, `The pronouncer said "I spoke slowly"`, "Reyes", yes},
		{"that role, another's words", bee, `The pronouncer said "I was nervous"`, "Pell", no},
		{"a role of a plural noun before a titled name", school, `The chair of governors said "Every pound helps"`, "Bell", yes},
		{"that role, another's words", school, `The chair of governors said "We sold all the cakes"`, "Pell", no},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimSpeaker(t, tt.text, tt.msg, tt.speaker, tt.matches)
		})
	}
}

// TestCheckSharedSurnameCouple: two people named together with one
// surname ("a young couple, Sam and Priya Okoro") are two people; a titled
// surname that cannot tell them apart ("said Mr Okoro") matches neither
// full name in a claim; one whose full name the article uses matches.
func TestCheckSharedSurnameCouple(t *testing.T) {
	const couple = "House\n\nThe cottage is owned by a young couple, Sam and Priya Okoro, who bought it in May.\n\n“We love it,” said Mr Okoro.\n\n“The roof leaks,” said Joan Pell, a neighbour.\n"
	for _, tt := range []struct {
		name, msg string
	}{
		{"one of the couple", `Priya Okoro said "We love it"`},
		{"the other", `Sam Okoro said "We love it"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if c := checkOneClaim(t, couple, tt.msg); c.SpeakerMatches != nil {
				t.Errorf("speaker %q matches %v, want undecided", c.Speaker, *c.SpeakerMatches)
			}
		})
	}
	checkClaimSpeaker(t, couple, `Mr Okoro said "We love it"`, "Okoro", true)
}
