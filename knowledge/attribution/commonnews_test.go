package attribution

import "testing"

// TestCommonNewsSieves holds the rules the dev7 stress set (wire politics,
// a records investigation, celebrity news, a business story, local crime,
// a transfer story) brought, each on invented sentences: the quotation's
// speaker and the rule that decided.
func TestCommonNewsSieves(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a club's first word after a role word that is a verb ('host') is the club, no person",
			"Westbridge Athletic rejected a bid for their striker.\nCoach Ian Calder was calm. Harbour City host Westbridge on Saturday. “We are ready,” he said.\n",
			"We are ready,", "Calder", "speech-after"},
		{"a pronoun in the clause after a sentence's only person is that person's, whatever the given name suggests",
			"Coach Ian Calder spoke first. “We like him,” Calder said.\nTomi Okonjo fuelled the talk when he posted a photo with the caption: “This club will always be home.”\n",
			"This club will always be home.", "Okonjo", "speech-before"},
		{"a voice noun after the side a titled person is named by speaks for that side",
			"Calder confirms Harbour City interest in Okonjo\nWestbridge Athletic rejected a bid.\nHarbour City chairman Neil Saddiq did not respond, but a club spokesperson said: “We do not comment on speculation.”\n",
			"We do not comment on speculation.", "Harbour City", "speech-before"},
		{"a captain's armband does not bar 'the defender'",
			"Harbour City captain Danny Okonjo was less guarded. “I’d love to play with him,” the defender said.\n",
			"I’d love to play with him,", "Okonjo", "speech-after"},
		{"an epithet opening the main clause ('the Scot smiled') is the latest subject",
			"Manager Ian Calder was calm.\nAsked about the bid, the Scot smiled. “Ask the chairman.”\n",
			"Ask the chairman.", "Calder", "previous-subject"},
		{"'The 58-year-old laughed.' ends the paragraph before the quotation",
			"Manager Ian Calder was asked about the saga. The 58-year-old laughed.\n“I have been in this game since the ’90s.”\n",
			"I have been in this game since the ’90s.", "Calder", "previous-paragraph"},
		{"a place after 'of' takes no appositive from the titled name before it",
			"Gov. Andrea Salas of Ohio, a Democrat who has pushed for the bill, said she was “grateful.”\n",
			"grateful.", "Salas", "speech-before"},
		{"'she said' after an unnamed spokeswoman for 'the group' is the group's",
			"Sen. Ruth Whitcomb said she was pleased.\nThe Association of American Railroads said it backed the goal.\nA spokeswoman for the group declined to say more. “We’ll read it,” she said.\n",
			"We’ll read it,", "Association of American Railroads", "speech-after"},
		{"a party and state aside and a disclaimer naming another role do not take the subject from the titled name",
			"Sen. Dale Whitcomb, D-Ohio, wrote the bill. “It is real,” he said.\nRep. Gary Whitcomb, R-Ind., the committee’s chairman and no relation to either senator, said he had “real concerns” about the cost.\n“I’m going to take a hard look at it,” the chairman said.\n",
			"real concerns", "Gary Whitcomb", "speech-before"},
		{"an appositive role after a party and state, closed by a disclaimer, names whom 'the chairman' means",
			"Sen. Dale Whitcomb, D-Ohio, wrote the bill. “It is real,” he said.\nRep. Gary Whitcomb, R-Ind., the committee’s chairman and no relation to either senator, said he had “real concerns” about the cost.\n“I’m going to take a hard look at it,” the chairman said.\n",
			"I’m going to take a hard look at it,", "Gary Whitcomb", "speech-after"},
	})
}

// TestNamedDescriptionSubject: a description opening the clause and the
// name in apposition after it ("A friend of Orlov’s, the singer Elise
// Marchetti, said"): the name speaks, not the possessor in the description.
func TestNamedDescriptionSubject(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a friend of X's, the singer NAME, said",
			"Maya Orlov posted a photo.\nA friend of Orlov’s, the singer-songwriter Elise Marchetti, said in a podcast interview that the singer was “doing OK.”\n",
			"doing OK.", "Marchetti", "sentence-verb"},
		{"the mother of the boy, NAME, said",
			"A boy was hurt. Officer Tom Reed arrived first.\nThe mother of the boy, Angela Brooks, said he was “a band kid.”\n",
			"a band kid.", "Brooks", "speech-before"},
		{"a titled name before its appositive keeps the subject",
			"Headline\nMs. Jane Lee, the mother of Tom Smith, said he was “a good boy.”\n",
			"a good boy.", "Lee", "speech-before"},
	})
}

// TestCommonNewsSpeechForms holds common attribution forms probed on
// invented sentences while working on dev7: an abbreviated office for the
// article's spelled-out one, a participle after "before", a family's
// statement, an age with a role noun.
func TestCommonNewsSpeechForms(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"'the CEO' is the article's chief executive",
			"Headline\nTom Reed, chief executive of Acme Corp., spoke to analysts.\n“We are fine,” the CEO said.\n",
			"We are fine,", "Reed", "speech-after"},
		{"'he said, before adding that …' is the pronoun's",
			"Headline\nTom Reed spoke.\n“We are fine,” he said, before adding that the team was “tired.”\n",
			"tired.", "Reed", "speech-before"},
		{"'the family said' is no one named, not the man whose family it is",
			"Headline\nTom Reed died on Monday. In a statement, the family said: “He was our rock.”\n",
			"He was our rock.", "", "speech-before"},
		{"'his relatives said' likewise",
			"Headline\nTom Reed was jailed. His relatives said he was “a scapegoat.”\n",
			"a scapegoat.", "", "speech-before"},
		{"'the N-year-old mother of three said' is the person given that age",
			"Headline\nAnn Cole, 45, lost her son.\n“I want answers,” the 45-year-old mother of three said.\n",
			"I want answers,", "Cole", "sentence-verb"},
	})
}

// TestCommonNewsReferents: a state or party after "the" picks one of two
// senators by their party tags; a clause opening with a name before a
// colon is that person's lead-in; a name the text gives only after a
// quotation opens, as an object, is no speaker.
func TestCommonNewsReferents(t *testing.T) {
	senators := "Headline\nSen. Ann Cole, D-Maine, and Sen. Tom Reed, R-Utah, wrote the bill.\n"
	runSieveTable(t, []sieveCase{
		{"'the Maine senator' is the senator tagged D-Maine",
			senators + "“It is fair,” the Maine senator said.\n", "It is fair,", "Cole", "speech-after"},
		{"'the Utah Republican' is the senator tagged R-Utah",
			senators + "“It is fair,” the Utah Republican said.\n", "It is fair,", "Reed", "speech-after"},
		{"'the Republican' alone fits one",
			senators + "“It is late,” the Republican said.\n", "It is late,", "Reed", "speech-after"},
		{"a name opening a short clause before a colon",
			"Headline\nTom Reed attacked Ann Cole. Cole fired back: “He is lying.”\n", "He is lying.", "Cole", "colon"},
		{"not when the clause ends on someone else's name: the letter is his",
			"Headline\nTom Reed wrote to Ann Cole. Cole quoted a letter from Reed: “You are lying.”\n", "You are lying.", "Reed", "read-document"},
		{"nor when it names someone else as an object",
			"Headline\nTom Reed met Ann Cole. Cole told Reed: “You are lying.”\n", "You are lying.", "Cole", "speech-before"},
		{"an object named after the quotation opens is no speaker",
			"Headline\nMarchers chanted “No more cuts” as they passed City Hall.\n", "No more cuts", "", ""},
	})
}

// TestAddresseeIsNoPerson: the one a speech verb like "told" addresses
// ("told Vogue") is not made a person by it, so it never speaks for the
// paragraph.
func TestAddresseeIsNoPerson(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"'told Vogue that …' does not make Vogue a speaker",
			"Headline\nMaya Orlov married Jude Castellane in 2021.\nThe singer later told Vogue that he was “the calmest person I know.”\n",
			"the calmest person I know.", "Orlov", "paragraph-speaker"},
		{"'said Ruiz' still makes Ruiz a speaker",
			"Headline\nThe vote failed. “It is over,” said Ruiz.\n", "It is over,", "Ruiz", "speech-after"},
	})
}
