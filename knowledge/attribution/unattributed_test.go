package attribution

import "testing"

// TestManTitleOfAWoman: a role compound in "-man" ("chairman",
// "spokesman") names women too in much British and local usage; a woman's
// given name beside it decides her gender, so the pronouns that follow
// find her. A man's title ("Mr") or a bare surname keeps the title's
// gender.
func TestManTitleOfAWoman(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"chairman with a woman's given name, then she",
			"Club row\n\nThe club's chairman, Susan Pellow, opened the meeting. She later told reporters she was ‘sorry it had come to a vote’.\n",
			"sorry it had come to a vote", "Pellow", "speech-before"},
		{"spokesman with a woman's given name, she said",
			"Depot closes\n\nThe firm's spokesman, Karen Ulley, confirmed the closure on Monday.\n\n‘We looked at every other option,’ she said.\n",
			"We looked at every other option,", "Ulley", "speech-after"},
		{"alderman with a man's given name keeps he",
			"Bridge vote\n\nAlderman Peter Gosk voted against the plan.\n\n‘It is the wrong bridge,’ he said.\n",
			"It is the wrong bridge,", "Gosk", "speech-after"},
		{"a chairman without a given name: she finds no one",
			"Bridge vote\n\nChairman Gosk voted against the plan. Mr Ellery abstained.\n\n‘It is the wrong bridge,’ she said.\n",
			"It is the wrong bridge,", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestBoldQuestionLabelledAnswers: a feature's Q&A box prints each
// question in bold alone and each answer behind the interviewee's one-word
// label ("**Lee:** …"); the answers are the interviewee's quotations. A
// one-word label after a plain paragraph, or used once, is a lead-in.
func TestBoldQuestionLabelledAnswers(t *testing.T) {
	qa := "Night shelter\n\nOne of the cooks, Marta, 52, worked in a hotel for years.\n\n" +
		"**Why volunteer?**\n\n**Marta:** Somebody cooked for me once. Now it is my turn.\n\n" +
		"**Will you come back?**\n\n**Marta:** Every winter, if my knees let me.\n\nThe shelter opens again in March.\n"
	checkSieve(t, qa, "Somebody cooked for me once. Now it is my turn.", "Marta", "qa")
	checkSieve(t, qa, "Every winter, if my knees let me.", "Marta", "qa")
	for _, tt := range []struct {
		name, text string
		turns      int
	}{
		{"bold questions and labelled answers", qa, 2},
		{"a label once after a bold question",
			"Report\n\n**What next?**\n\n**Note:** Nobody knows.\n\nThe board meets in May.\n", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := docOf(tt.text)
			if got := len(qaLabels(tt.text, d.Paragraphs)); got != tt.turns {
				t.Errorf("%d labelled turns, want %d", got, tt.turns)
			}
		})
	}
}

// TestQuoteAfterEmphasisMarker: a straight quote mark opens a quotation
// after Markdown emphasis markers that open a run (an italic standfirst);
// after a word's closing marker it is an apostrophe or a closing mark.
func TestQuoteAfterEmphasisMarker(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{`*"Colder than you'd think," says one first-timer*`, []string{"Colder than you'd think,"}},
		{`**"We will be back," the band said.**`, []string{"We will be back,"}},
		{`_'Not a camping trip'_`, []string{"Not a camping trip"}},
		{`The *Morven*'s crew waved.`, nil},
		{`She read *Persuasion*'s last page twice.`, nil},
	} {
		var got []string
		for _, q := range MarkedQuotations(tt.text) {
			got = append(got, tt.text[q.Start:q.End])
		}
		if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
			t.Errorf("%s: quotations %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestStandfirstEcho: a quotation in the italic standfirst under the
// headline takes the speaker of the body's quotation that repeats its
// words, as a headline's does; a standfirst quotation the body never
// repeats keeps no speaker.
func TestStandfirstEcho(t *testing.T) {
	text := "# Sleep-out raises £9,000\n\n*\"The pavement wins every time\"*\n\n" +
		"More than 40 people slept outside the library on Friday.\n\n" +
		"\"The pavement wins every time,\" said Ruth Okoro, 33, a nurse.\n"
	checkSieve(t, text, "The pavement wins every time", "Okoro", "headline")
	lone := "# Sleep-out raises £9,000\n\n*\"A long night on a short mat\"*\n\n" +
		"More than 40 people slept outside the library on Friday.\n\n" +
		"\"I would do it again,\" said Ruth Okoro, 33, a nurse.\n"
	checkSieve(t, lone, "A long night on a short mat", "", "")
}

// TestQuoteLedePointedBack: an article that opens with a quotation alone
// and then says who said it ("The woman who said it …") gives it to the
// person that paragraph names; a next paragraph that merely opens with a
// name does not.
func TestQuoteLedePointedBack(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"the man who said it, named in the next sentence",
			"Allotment prize goes to a pumpkin\n\n“I talk to it every morning.”\n\nThe man who said this, standing beside a 90kg pumpkin, had just won the county show. Arthur Bligh, 77, a retired postman, has grown giant vegetables since 1981.\n",
			"I talk to it every morning.", "Bligh", "next-paragraph"},
		{"the woman who said it, named in the same sentence",
			"Count goes to a third recount\n\nBy A Reporter\n\n“Count them again, please.”\n\nThe candidate who said it, Mary Oyelowo, lost by four votes.\n",
			"Count them again, please.", "Oyelowo", "next-paragraph"},
		{"a next paragraph that only opens with a name",
			"Fire at the mill\n\n“Get out, get out now!”\n\nTom Gill heard the shout from across the river at 3am. Firefighters arrived ten minutes later.\n",
			"Get out, get out now!", "", ""},
		{"not the article's opening",
			"Fire at the mill\n\nA fire broke out at the mill on Friday.\n\n“Get out now!”\n\nThe man who shouted it, Tom Gill, was a night watchman.\n",
			"Get out now!", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestQuotedAgain: a fragment no one is found for takes the speaker of a
// longer quotation that holds all its words; a short scare quote, or words
// no attributed quotation holds, keep no speaker.
func TestQuotedAgain(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"an opening paraphrase quoted whole later",
			"Pie contest\n\nThe cup went to Fenby for what was hailed as \"the best crust we have tasted in years\".\n\nThe head judge, Olive Marsh, presented the cup. \"It was the best crust we have tasted in years, and I have tasted a lot,\" she said.\n",
			"the best crust we have tasted in years", "Marsh", "quoted-again"},
		{"a two-word scare quote that recurs",
			"Pie contest\n\nThe so-called \"pie war\" ended on Sunday.\n\n\"The pie war is over,\" said Olive Marsh.\n",
			"pie war", "", ""},
		{"words no attributed quotation holds",
			"Pie contest\n\nA sign at the gate read \"no dogs beyond this point please\".\n\n\"Dogs are welcome in the tent,\" said Olive Marsh.\n",
			"no dogs beyond this point please", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestWritingOfABody: a body's writing speaks for it however the article
// names the writing ("consultation document", "citation") and however it
// names the owner ("the company's", "the council's own"); a writing with
// no owner the text gives keeps no speaker.
func TestWritingOfABody(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"the council's own consultation document",
			"Parking plan\n\nMarlow Vale District Council will vote on the plan on Monday.\n\nThe council’s own consultation document concedes the zone is “unlikely to cut traffic”.\n",
			"unlikely to cut traffic", "Marlow Vale District Council", "writing"},
		{"the firm's citation",
			"Awards night\n\nThe prize went to Gansey Press, the printing firm, for its archive.\n\nThe firm's citation described the archive as “a century of small jobs done well”.\n",
			"a century of small jobs done well", "Gansey Press", "writing"},
		{"the company's own statement",
			"Wind farm\n\nNorvane Energy, which runs the site, plans twelve more turbines.\n\nThe energy company's own environmental statement says noise will stay “below background levels at the nearest homes”.\n",
			"below background levels at the nearest homes", "Norvane Energy", "writing"},
		{"a document no one is said to own",
			"Wind farm\n\nResidents met on Friday.\n\nA document passed round the hall says the turbines are “taller than the church”.\n",
			"taller than the church", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestCoordinatedAfterQuote: a verb of saying joined by "and" or "but"
// right after a quotation shares the subject that quotation's words were
// given to; a new subject after "and" speaks for itself.
func TestCoordinatedAfterQuote(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"and accused … of",
			"Budget row\n\nHis sister, Cllr Ann Pryor, who sits for Westgate, called the plan “a raid on the poor” and accused the mayor of “hiding the bill”.\n",
			"hiding the bill", "Pryor", "speech-before"},
		{"but warned",
			"Port deal\n\nThe union's leader, Tom Eke, a docker for thirty years, described the offer as “a start” but warned that members were “far from satisfied”.\n",
			"far from satisfied", "Eke", "speech-before"},
		{"a new subject after and",
			"Port deal\n\nThe union's leader, Tom Eke, described the offer as “a start” and the company said it was “final”.\n",
			"final", "", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestOfficeOfAPlaceThenName: "The <office> of <place>, <name>, said"
// gives the words to the named holder whatever the office's noun; a
// place set off after a name ("…, from Leeds, said") is still no speaker.
func TestOfficeOfAPlaceThenName(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"lord-lieutenant with a title",
			"Honours\n\nThe Lord-Lieutenant of Westmarch, Dame Harriet Coyle, said the list showed “the quiet work of the county”.\n",
			"the quiet work of the county", "Coyle", "speech-before"},
		{"vice-chancellor",
			"Graduation\n\nThe Vice-Chancellor of Eastholm, Peter Okri, said the year had been “the hardest we have had”.\n",
			"the hardest we have had", "Okri", "speech-before"},
		{"a place after the name",
			"Graduation\n\nPeter Okri, from Eastholm, said the year had been “the hardest we have had”.\n",
			"the hardest we have had", "Okri", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestRoleOfSomeoneThenName: a role "of" or "for" someone named, then
// another name as the whole aside: the aside's name holds the role.
func TestRoleOfSomeoneThenName(t *testing.T) {
	checkSieve(t, "Court\n\nThe lawyer for Ann Roe, Tom Kay, said the case was “built on sand”.\n",
		"built on sand", "Kay", "speech-before")
}
