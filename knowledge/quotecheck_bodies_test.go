package knowledge

import "testing"

// TestClaimBodyShortForms holds a claim naming a body by a short form of
// its name ("Labour" for Ashdown Labour Party), by its kind ("the
// utility", "the water company" for Severn Vale Water), by a voice of it
// ("A Severn Vale Water spokeswoman") or an office by its holder's role
// ("The governor's office") to the speaker the article gives, and
// refuses another body or person.
func TestClaimBodyShortForms(t *testing.T) {
	const party = "Count ends\n\nThe Liberal Democrats held Ashdown ward by 40 votes on Thursday.\n\nAshdown Labour Party said the result was \"a disappointment but no surprise\" and thanked its volunteers.\n\nCouncillor Mary Finch said she was \"delighted\" for the ward.\n"
	runClaimSpeakerTable(t, party, []claimSpeakerCase{
		{"a party's short name", `Labour said the result was "a disappointment but no surprise"`, "Ashdown Labour Party", true},
		{"another party", `The Liberal Democrats said the result was "a disappointment but no surprise"`, "Ashdown Labour Party", false},
		{"a person", `Mary Finch said the result was "a disappointment but no surprise"`, "Ashdown Labour Party", false},
	})
	const water = "Burst main\n\nSevern Vale Water cut supply to 4,000 homes in Kelby on Monday.\n\nA spokeswoman for the company said crews had found \"a major leak\" under the bridge. \"We are sorry for the disruption,\" she said.\n\nResident Tom Hale said it was \"the third time this year\".\n"
	runClaimSpeakerTable(t, water, []claimSpeakerCase{
		{"the body's voice", `A Severn Vale Water spokeswoman said "We are sorry for the disruption"`, "Severn Vale Water", true},
		{"the body by its kind", `The water company said crews had found "a major leak"`, "Severn Vale Water", true},
		{"the body by a hypernym", `The utility said "We are sorry for the disruption"`, "Severn Vale Water", true},
		{"the body itself", `Severn Vale Water said "We are sorry for the disruption"`, "Severn Vale Water", true},
		{"a person instead", `Tom Hale said "We are sorry for the disruption"`, "Severn Vale Water", false},
		{"the body for a person's words", `Severn Vale Water said it was "the third time this year"`, "Hale", false},
	})
	const office = "Storm damage\n\nGov. Ann Marsh toured Kelby County on Sunday.\n\nThe governor's office said in a statement that she had \"ordered every state agency to help\" the county.\n\nSheriff Dan Cole said the roads were \"still a mess\".\n"
	runClaimSpeakerTable(t, office, []claimSpeakerCase{
		{"the office by the holder's role", `The governor's office said she had "ordered every state agency to help"`, "Ann Marsh’s office", true},
		{"the office by the holder's name", `Marsh's office said she had "ordered every state agency to help"`, "Ann Marsh’s office", true},
		{"another office", `The sheriff's office said she had "ordered every state agency to help"`, "Ann Marsh’s office", false},
	})
}

// TestClaimPartyShortName: the article's own short name for a party
// ("Labour, who held the seat") is its local party's too, but a person
// or place named by the word is not the body.
func TestClaimPartyShortName(t *testing.T) {
	const art = "Count ends\n\nThe Liberal Democrats won Ashdown ward. Labour, who held the seat until May, came third.\n\nA statement from Ashdown Labour Party said the result was \"a disappointment but no surprise\" for the party.\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"the short name the article uses", `Labour said the result was "a disappointment but no surprise"`, "Ashdown Labour Party", true},
		{"another party", `The Liberal Democrats said the result was "a disappointment but no surprise"`, "Ashdown Labour Party", false},
	})
}

// TestClaimWritingOfSpeaker: a claim naming the writing the article
// quotes ("The declaration gave …") is the speaker who issued it; a
// writing the sentence does not name stays undecided.
func TestClaimWritingOfSpeaker(t *testing.T) {
	const art = "Count ends\n\nThe declaration, read by the returning officer, Alan Rigby, gave the turnout as \"31 per cent of the electorate\" in the ward.\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"the writing quoted", `The declaration gave the turnout as "31 per cent of the electorate"`, "Rigby", true},
	})
	if c := checkOneClaim(t, art, `The letter gave the turnout as "31 per cent of the electorate"`); c.SpeakerMatches != nil {
		t.Errorf("a writing the article does not name: speaker_matches %v, want undecided", *c.SpeakerMatches)
	}
}
