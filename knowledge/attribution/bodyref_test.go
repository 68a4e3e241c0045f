package attribution

import "testing"

// TestBodiesByReference: a bare name the next sentence calls "the airline"
// or "the company" is a body, and keeps no person's role.
func TestBodiesByReference(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"airline after a narrated commander",
			"Title here\nThe board published its report, when a Skyway Connect Embraer 190 was accelerating along runway 27. The jet's commander rejected the take-off.\nThe commander closed the levers. 'Rejecting,' he said.\nSkyway Connect said the passengers had been flown home. The airline said it 'fully supports' the report.\n",
			"fully supports", "Skyway Connect", "speech-before"},
		{"company after a bare name",
			"Title here\nThe regulator fined the operator on Monday.\nBrightwater Holdings said the fine was unfair. The company said it would 'appeal at once' and blamed a contractor.\n",
			"appeal at once", "Brightwater Holdings", "speech-before"},
		{"a person with a given name stays a person",
			"Title here\nThe regulator fined the firm on Monday.\nMaria Holden said the fine was unfair. The company said it would 'appeal at once'.\n",
			"appeal at once", "", "speech-before"},
	})
}

// TestIndefiniteRoleSpeaker: someone known only by an indefinite role
// phrase is named by it; a generic noun ("a man") names nobody.
func TestIndefiniteRoleSpeaker(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a caller complained",
			"Title here\nFROM THE LOG: Thursday, Birch Street: A caller complained about \"bagpipes, played very badly\" in a back yard.\n",
			"bagpipes, played very badly", "a caller", "speech-before"},
		{"a retired teacher complained",
			"Title here\nThe hotel closed on Monday.\nA retired teacher complained about \"music at all hours\" on Monday.\n",
			"music at all hours", "a retired teacher", "speech-before"},
		{"a man said",
			"Title here\nThe hotel closed on Monday.\nA man said: \"We were told nothing at all.\"\n",
			"We were told nothing at all.", "a man", "speech-before"},
	})
}
