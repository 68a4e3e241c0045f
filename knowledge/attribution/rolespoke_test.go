package attribution

import "testing"

// TestRoleSpokeOfSomeone holds that a definite role phrase that speaks of
// a named person ("The manager said Ms Kemp was …") is not that person: a
// later "the manager said" is the role-only speaker; a role phrase after a
// subject it describes still goes to that subject.
func TestRoleSpokeOfSomeone(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"reported speech about the last subject", "Ruth Kemp turned 90 on Friday.\nThe manager said Ms Kemp was popular.\n‘She is at every quiz,’ the manager said.\n",
			"She is at every quiz,", "the manager", "speech-after"},
		{"told, then a quotation before the verb", "Tom Hale won the race in record time.\nThe coach told reporters Hale had trained for a year.\n‘He never stops,’ the coach said.\n",
			"He never stops,", "the coach", "speech-after"},
		{"a body's possessive", "Ruth Kemp lives at Birchwood Lodge care home.\nThe home's manager said Mrs Kemp had run every raffle.\n‘She beat me at cards,’ the manager said.\n",
			"She beat me at cards,", "the manager", "speech-after"},
		{"a body's possessive, colon form", "Wexford Council closed the road on Monday. Dara Quinn lives there.\nThe council's engineer said Mr Quinn had been told.\nThe engineer added: 'The bridge is unsafe.'\n",
			"The bridge is unsafe.", "the engineer", "speech-before"},
		{"the role describes the subject before it", "Greg Lowe took over at Fenby Rovers in May.\n‘We are getting there,’ the manager said.\n",
			"We are getting there,", "Lowe", "speech-after"},
		{"the subject spoke of before, not the role", "Greg Lowe took over at Fenby Rovers in May. He said the squad was thin.\n‘We are getting there,’ the manager said.\n",
			"We are getting there,", "Lowe", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestRoleNamedInAside holds that a description after a definite role
// phrase that closes with "named"/"called" and a name ("said the winner,
// a retired postman named Walter Ince") names the role's holder, whose
// quotations they are; a name in a clause about someone else does not.
func TestRoleNamedInAside(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"speech after, named", "The cup went to a first-time entrant.\n“I nearly did not bring it,” said the winner, an 82-year-old retired postman from Great Corby named Walter Ince. “My wife made me.”\n",
			"My wife made me.", "Ince", "continuation"}, // the aside ties the role to the name (roleTieMap)
		{"speech after, called", "The prize went to a newcomer.\n“It took me a year,” said the judge, a retired teacher called Amy Root.\n",
			"It took me a year,", "Root", "speech-after"},
		{"speech before, an aside between commas", "The lorry tipped over at noon.\nThe driver, a man from Leeds named Sam Orr, said: ‘The brakes went.’\n",
			"The brakes went.", "Orr", "speech-before"},
		{"a name in a clause about someone else", "The cup went to a first-time entrant.\n“I nearly did not bring it,” said the winner, a woman whose dog is called Rex Hale.\n",
			"I nearly did not bring it,", "the winner", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
