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

// TestNestedSpeakerInsideOuter: the sieve is run inside the outer
// quotation's words. A pronoun goes to a person the outer words know only
// by a phrase ("a chap", "the woman"), to the outer speaker's relative
// ("my father … he used to say"), to a given name the words use alone, or
// to someone the narration before names only by a phrase ("their
// grandmother", "the mayor of X"); a phrase that only describes a named
// person ("Ramaiah, a schoolteacher", "as a refugee") is no antecedent.
// A clause may open with the phrase ("the then minister stood up and
// said", "One of the children came up … and said"), a short form may give
// a person's given name ("Pete"), a family word of address names the
// relative as written ("Grandad"), a thought is the thinker's, words given
// to pass on ("Tell him, ‘…’") are the speaker's, and a sentence whose
// speech verb points ahead ("My coach says that all the time.") speaks
// the words opening the next.
func TestNestedSpeakerInsideOuter(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"indefinite phrase in the outer words", "Warden Tom Reyes walks the dunes daily.\n“I had a chap last spring who trampled the nests. When I stopped him, he said, ‘I own this beach.’ He did not,” Reyes says.\n",
			"I own this beach.", "a chap"},
		{"definite plain noun in an earlier piece", "Kofi Mensah missed his grade.\n“The woman I rang was kind,” Mensah said. “She said, ‘We will find you a place.’ And they did.”\n",
			"We will find you a place.", "The woman"},
		{"my relative before the pronoun", "Ruth Gale, 70, spoke at the hearing.\n“My father farmed here. But he used to say the land was “borrowed, not owned”, and he was right,” Gale said.\n",
			"borrowed, not owned", "My father"},
		{"a given name alone", "Transcript of the interview, edited for length.\n**Ann Dale:** Tom, thanks for coming in. How are you?\n**Tom Rask:** Tired. I watch the games back at night.\n**Ann Dale:** Has the owner called you?\n**Tom Rask:** Yes. Gordon rang me on Monday. He said, \"Take all the time you need.\" I liked that.\n**Ann Dale:** Thanks, Tom.\n",
			"Take all the time you need.", "Gordon"},
		{"a phrase in the narration before", "Councillor Ian Platt met the families. He said he had spoken to the mayor of Elmford that morning. “She told me, ‘Bring back a plan.’ We have one,” Platt said.\n",
			"Bring back a plan.", "the mayor"},
		{"kin phrase in the narration, past a predicate", "Ama Boateng said the idea came from her grandmother, who came to Leeds as a seamstress in 1960. “She used to say, ‘Cloth remembers.’ It does,” Boateng said.\n",
			"Cloth remembers.", "her grandmother"},
		{"an appositive describes the named person", "Mara Quist recalled her father, Olav Quist, a ferryman on the fjord. “He used to tell me, ‘Row with the tide.’ I still do,” she said.\n",
			"Row with the tide.", "Olav Quist"},
		{"the then holder opens the clause", "Transcript of the interview, edited for length.\n**Ben Ames:** Minister, thanks for coming in. How are you?\n**Carla Doyle:** Busy. The bills went out on Monday.\n**Ben Ames:** In 2015 the then minister stood up and said, \"There will be no charge.\" There was.\n**Carla Doyle:** That was then.\n",
			"There will be no charge.", "the then minister"},
		{"one of a plural noun opens the clause", "Teacher Brenda Okoro was honoured.\n“One of the pupils came up to me on Friday and said, ‘Are you famous now?’ I laughed,” Okoro said.\n",
			"Are you famous now?", "One of the pupils"},
		{"a short form of a given name", "Karen Dale ran for her late husband, Peter Dale.\n“Pete always said, ‘Never be sad at the sea,’” Karen Dale said.\n",
			"Never be sad at the sea,", "Peter Dale"},
		{"a family word of address", "Ffion Rhys, 17, showed her heifer.\n‘Grandad said “don't cry if it sells cheap”, and I didn't,’ she says.\n",
			"don't cry if it sells cheap", "Grandad"},
		{"a thought", "Designer Ngozi Eze watched the rain.\n“I was thinking, ‘That coat is getting wet,’” Eze said.\n",
			"That coat is getting wet,", "Eze"},
		{"words to pass on", "Nan Keogh tasted the loaf.\n“It's good,” Keogh said. “Tell him, ‘Nan says well done,’ and tell him to visit.”\n",
			"Nan says well done,", "Keogh"},
		{"a speech verb pointing ahead", "Ada Nwosu won the final. Her coach, a former champion, watched from the back. Derek Amoah said little.\n“My coach says that all the time. ‘Make them find it.’ So I did,” Nwosu said.\n",
			"Make them find it.", "Amoah"},
		{"a person placed by a phrase", "Callum Baird rang the company.\n“The man on the phone just told me to ‘wait and see’. That was it,” Baird said.\n",
			"wait and see", "The man on the phone"},
		{"a role placed by a named place", "Kezia Lane chairs the housing panel.\n“A tenant in Kell Street said to me last week, ‘I would rather sleep in my car.’ She is a nurse,” Lane said.\n",
			"I would rather sleep in my car.", "a tenant"},
		{"your relation", "Kezia Lane questioned councillor Tomás Reyes.\n“Tomás, your own leader said in March that the city had ‘done all it could’. Had it?” Lane asked.\n",
			"done all it could", "your own leader"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, "nested") })
	}
}
