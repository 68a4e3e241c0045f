package attribution

import "testing"

// TestShortFormBinding: a titled surname ("Mrs Marsh") stays with the
// person it first named while that person was the only one of the
// surname the title fits; a relative introduced later is called by given
// or full name for that reason. A title that fits only the relative, or a
// form first used when two fitted, is not bound.
func TestShortFormBinding(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"mother keeps Mrs after the daughter is named",
			"Birthday\n\nEdna Marsh turned 100 on Friday. Mrs Marsh was born in Leeds.\n\nHer daughter, Carol Marsh, 71, said the day had been perfect. “She loved it,” she said.\n\nCarol Marsh baked the cake.\n\nMrs Marsh was less impressed. “Too much icing,” she said.\n",
			"Too much icing,", "Edna Marsh"},
		{"father keeps Mr after the son speaks",
			"Farm sold\n\nHarold Pike has farmed at Low Fell for 50 years. Mr Pike said the decision was hard.\n\nHis son, David Pike, said he would stay in the village. “I grew up here,” said David Pike.\n\n“It is time,” said Mr Pike, who is 82.\n",
			"It is time,", "Harold Pike"},
		{"binding survives a nearer full name in the same paragraph",
			"Shop\n\nRose Tully has run the bakery since 1990. Mrs Tully opens at six.\n\nHer granddaughter, Amy Tully, works weekends. Amy Tully said the queues were long. “We sell out by ten,” said Mrs Tully.\n",
			"We sell out by ten,", "Rose Tully"},
		{"a title only the other namesake fits",
			"Allotments\n\nAnne Hale runs the allotment society. Mrs Hale said the waiting list was long.\n\nHer husband, Peter Hale, keeps bees there. “The bees love it,” said Mr Hale.\n",
			"The bees love it,", "Peter Hale"},
		{"mother keeps Mrs after the child is named",
			"Cat home\n\nLucy Webb said the cat had come home. “I cried,” Mrs Webb said.\n\nThe couple’s daughter, Ellie Webb, 9, was thrilled. “He’s back,” said Ellie.\n\nMrs Webb said he looked thin. “He ate two tins,” she said.\n",
			"He ate two tins,", "Lucy Webb"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestWeekdayBeforeName: a time phrase on a weekday that opens a sentence
// is no part of the name after it, which would otherwise be a second
// person of the surname ("Last Tuesday Lucy Pemberton" beside Lucy
// Pemberton) and make every later "Mrs Pemberton" ambiguous.
func TestWeekdayBeforeName(t *testing.T) {
	for _, tt := range []struct{ name, text, quote, speaker string }{
		{"Last Tuesday",
			"Call\n\nLast Tuesday Lucy Pemberton received a call from a vet. “I sat down on the floor,” she said.\n",
			"I sat down on the floor,", "Pemberton"},
		{"On Friday",
			"Vote\n\nOn Friday Councillor Ravi Dhillon voted against the plan. “It is rushed,” he said.\n",
			"It is rushed,", "Dhillon"},
		{"a weekday name does not make a namesake",
			"Cat\n\nThe cat left the home of Lucy and Tom Pemberton in 2022.\n\nLast Tuesday Lucy Pemberton received a call. “I sat down,” Mrs Pemberton said.\n\nThe couple’s daughter, Ellie Pemberton, said she never gave up. “I knew,” said Ellie.\n\nMrs Pemberton said he had been waiting. “He looked pleased,” she said.\n",
			"He looked pleased,", "Lucy Pemberton"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestKinBeforeAge: a relative introduced with an age adjective before
// the name ("her great-grandson, six-year-old Alfie Finch") is a person,
// a male one, whom "he said" can name.
func TestKinBeforeAge(t *testing.T) {
	const doc = "Party\n\nMabel Finch turned 100. Her great-grandson, six-year-old Alfie Finch, gave her a card.\n\n‘I drew the candles,’ he said.\n"
	checkQuoteSpeaker(t, doc, "I drew the candles,", "Alfie Finch")
}

// TestCoupleIsEachOthersSpouse: a couple introduced as a pair ("Keith and
// Anne Lowther") are each other's husband and wife, so that "Her husband
// added:" after the wife speaks is the husband, and a cousin of the
// surname named later changes nothing.
func TestCoupleIsEachOthersSpouse(t *testing.T) {
	const doc = "Shop\n\nThe society wants to buy the shop from Brian and Mary Coles, who have run it for 30 years.\n\n" +
		"\"We've loved every day,\" said Mrs Coles.\n\nHer husband added: \"My back has been telling me to stop.\"\n\n" +
		"Ian Coles, a farmer who is Brian Coles's cousin, doubted the plan. \"It is the running that is hard,\" he said.\n"
	checkQuoteSpeaker(t, doc, "My back has been telling me to stop.", "Brian Coles")
	checkQuoteSpeaker(t, doc, "It is the running that is hard,", "Ian Coles")
	const his = "Farm\n\nThe farm belongs to Gwen and Rhys Pugh.\n\n\"We lamb in March,\" said Mr Pugh.\n\nHis wife added: \"I do the nights.\"\n"
	checkQuoteSpeaker(t, his, "I do the nights.", "Gwen Pugh")
}

// TestPossessiveNamesake: "his namesake" is the one other person the
// article names with the owner's surname; with two others it is no one
// named.
func TestPossessiveNamesake(t *testing.T) {
	const one = "Club\n\nThe chair, Helen Marsh, opened the meeting. “We lost half our hives,” she said.\n\n" +
		"Tony Marsh, a farmer from Ely and no relation to the chair, said the survey was too small.\n\n" +
		"His namesake replied from the stage: “Tony, the numbers are the numbers.”\n"
	checkQuoteSpeaker(t, one, "Tony, the numbers are the numbers.", "Helen Marsh")
	const two = "Club\n\nThe chair, Helen Marsh, opened the meeting. Her sister, Ruth Marsh, kept the minutes.\n\n" +
		"Tony Marsh, a farmer from Ely and no relation to either, said the survey was too small.\n\n" +
		"His namesake replied from the stage: “Tony, the numbers are the numbers.”\n"
	r := Analyze(docOf(two), DefaultLexicon())
	for q, qt := range r.Quotations {
		if got := r.speakerName(q); r.doc.Text[qt.Start:qt.End] == "Tony, the numbers are the numbers." && (got == "Helen Marsh" || got == "Ruth Marsh") {
			t.Errorf("%q went to %q, one of two namesakes", r.doc.Text[qt.Start:qt.End], got)
		}
	}
}
