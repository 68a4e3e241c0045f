package attribution

import "testing"

// TestNestedRoleAndMessage: a quotation nested in another goes to the
// subject of the verb that introduces it when that subject is an
// indefinite ("one", "a") or possessive ("the club's") role phrase, or
// when the verb passes words on in writing ("texted", "advised"), a colon
// allowing a longer stretch between verb and words; a transcript turn's
// label is not someone the turn names.
func TestNestedRoleAndMessage(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"one + role noun", "Ruth Adeyemi runs the food bank.\n“One volunteer told me, ‘I have nine families waiting,’” Adeyemi said.\n",
			"I have nine families waiting,", "one volunteer"},
		{"a + modifier + role noun", "Ruth Adeyemi runs the food bank.\n“A delivery driver told me, ‘The van is empty,’” Adeyemi said.\n",
			"The van is empty,", "a delivery driver"},
		{"possessive role phrase", "Judge Ana Reyes dissented.\n“The buyers say the council's housing officer had advised them, ‘Prices will only rise.’ They trusted him,” Reyes wrote.\n",
			"Prices will only rise.", "the council's housing officer"},
		{"texted, a colon after a longer stretch", "Coach Ivo Brandt spoke after the match. His son, Pavel Brandt, plays in the academy.\n“Pavel texted me on Sunday night, one line: ‘Your midfield is too slow.’ He is right,” Ivo Brandt said.\n",
			"Your midfield is too slow.", "Pavel Brandt"},
		{"a plain noun is its phrase as written", "Ruth Adeyemi runs the food bank.\n“A woman told me, ‘We have nothing left,’” Adeyemi said.\n",
			"We have nothing left,", "a woman"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, "nested") })
	}
}

// TestNestedPronounSkipsTurnLabel: "He said, ‘…’" in an interview answer
// whose question names nobody goes to no one rather than to the
// interviewer named by the question's label.
func TestNestedPronounSkipsTurnLabel(t *testing.T) {
	text := "Transcript of the interview, edited for length.\n" +
		"**Mara Kell:** Tom, thanks for having us. How are you sleeping?\n" +
		"**Tom Rask:** Badly. I watch the games back at two in the morning.\n" +
		"**Mara Kell:** Has the board spoken to you?\n" +
		"**Tom Rask:** Aye. He rang me at home. He said, \"Take your time.\" I respected that.\n" +
		"**Mara Kell:** Thanks, Tom.\n"
	checkSieve(t, text, "Take your time.", "", "nested")
}
