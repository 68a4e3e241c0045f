package attribution

import "testing"

// TestWritingSpeaksForItsAuthor: a writing that is the subject of a verb of
// saying ("the ruling says", "the notice describes", "the letter reads")
// speaks for whoever wrote it — its owner, the body named before it, the
// author "issued by" it, or the subject of the sentence that brought it in.
func TestWritingSpeaksForItsAuthor(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"the ruling after the quotation, brought in by its author",
			"Tribunal bans cyclist\nThe Velo Integrity Board said in its written ruling that Marek Dusil had been \"reckless.\"\n\"He ignored three warnings,\" the ruling says.\n",
			"He ignored three warnings,", "Velo Integrity Board", "writing-back"},
		{"a notice owned by a named company",
			"Dalby Water Company cuts supply\nThe Dalby Water Company's notice to households describes the outage as \"a precaution while we flush the mains.\"\n",
			"a precaution while we flush the mains.", "Dalby Water Company", "writing"},
		{"a leaflet issued by a body's role noun",
			"Harlow Ferries cuts sailings\nHarlow Ferries said on Monday that it would reduce winter crossings.\nA winter leaflet issued by the company says the last boat will leave \"at 6pm, weather permitting.\"\n",
			"at 6pm, weather permitting.", "Harlow Ferries", "writing"},
		{"a plural possessive of the body's staff: the body",
			"School rated good\nPenfold School has been rated good by the Schools Inspectorate.\nThe inspectors' report, published on Friday, praised \"a calm and purposeful atmosphere.\"\n",
			"a calm and purposeful atmosphere.", "Schools Inspectorate", "writing"},
		{"the letter reads: a letter a named person wrote to staff",
			"Bakery closes\nIn a letter to staff, the firm's owner, Ines Varga, says the closure is final.\n\"I am more sorry than I can say,\" the letter reads.\n",
			"I am more sorry than I can say,", "Varga", "writing-back"},
		{"a name set before the writing's noun",
			"Buses cut\nMoorline Bus Company has cut the route to one bus an hour.\nThe Moorline Bus Company timetable leaflet says the change will \"suit more passengers.\"\n",
			"suit more passengers.", "Moorline Bus Company", "writing"},
		{"a reply named in the sentence before decides before the writing",
			"Emails show delay\nBo Reyes wrote in an email to the manager, Ann Lutz, that the pumps were failing.\nLutz replied the next day. \"Wait a week,\" the email read.\n",
			"Wait a week,", "Lutz", "adjacent-sentence"},
		{"a writing opening the sentence, not the verb's object, speaks",
			"Bank admits breach\nLedbury Bank set out its account of the breach in a notice published on its website.\nThe notice describes the contractor only as \"a billing partner.\"\n",
			"a billing partner.", "Ledbury Bank", "writing"},
		{"a coordinated verb after the writing's first quotation",
			"School rated good\nPenfold School has been rated good by the Schools Inspectorate.\nThe inspectors' report praised \"a calm atmosphere\" but said attendance was \"too low.\"\n",
			"too low.", "Schools Inspectorate", "writing"},
		{"the writing's next words continue it",
			"Tribunal bans cyclist\nThe Velo Integrity Board said in its written ruling that Marek Dusil had been \"reckless.\"\n\"He ignored three warnings,\" the ruling says. \"He did so knowingly.\"\n",
			"He did so knowingly.", "Velo Integrity Board", "writing-back"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestWritingsAndAppositives holds a show schedule and a manifesto as
// writings that speak for their authors, and an indefinite description
// set off by commas after a name ("an independent think tank") as no
// speaker of its own.
func TestWritingsAndAppositives(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a schedule published by a society", "Show\n\nThe show schedule, published by the Marden Horticultural Society in May, states that entries must be “grown by the exhibitor.”\n", "grown by the exhibitor.", "Marden Horticultural Society", "writing"},
		{"a manifesto's page speaks for the party that launched it", "Launch\n\nAnn Kerr launched the Civic Party’s manifesto on Monday.\n\nPage 12 of the manifesto promises that fares will fall “every year, without exception.”\n", "every year, without exception.", "Civic Party", "writing"},
		{"a relative pronoun stands for the name before its comma", "Launch\n\nThe gap was seized on by the Forward Group, which called the plan “a list with no receipt.”\n", "a list with no receipt.", "Forward Group", "speech-before"},
		{"'someone … shouted' names nobody, not the subject before", "Fight\n\nTom Reid spoke first. Reid pushed him, and someone at the back of the room shouted “Ten o’clock!” before the end.\n", "Ten o’clock!", "", "speech-before"},
		{"'think' in 'an independent think tank' is no verb", "Budget\n\nThe Fiscal Policy Unit, an independent think tank, said in a briefing note that the plan was “ambitious but not impossible.”\n", "ambitious but not impossible.", "Fiscal Policy Unit", "sentence-verb"},
	})
}

// TestBodiesSpeakThroughTheirDocuments: minutes speak for the meeting body
// that keeps them, a business's catalogue or policy for the firm, and a
// business noun ("the auction house") for the trade-named body before it
// (issue 10).
func TestBodiesSpeakThroughTheirDocuments(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"minutes are the committee's, not the bank's", "Rates held\n\nThe Bank of Osterlund held its rate, but minutes showed its Rate Setting Committee divided.\n\nThe minutes, published at the same time, were detailed. \"Most members judged that the risks had not shifted,\" the minutes say.\n",
			"Most members judged that the risks had not shifted,", "Rate Setting Committee", "writing-back"},
		{"a firm's policy says", "Refund\n\nThe bill came from Halver Energy Group.\n\nHalver Energy Group's bereavement policy says \"no debt action will be taken while an estate is settled.\"\n",
			"no debt action will be taken while an estate is settled.", "Halver Energy Group", "writing"},
		{"the catalogue of a firm with an ampersand in its name", "Violin sold\n\nA violin sold for £200,000 at Pellow & Starke's saleroom in Truro.\n\nThe catalogue for the sale had described the lot as \"a violin, probably Cremonese, in need of repair\", with a low estimate.\n",
			"a violin, probably Cremonese, in need of repair", "Pellow & Starke", "writing"},
		{"the auction house is the firm named before", "Violin sold\n\nA violin sold for £200,000 at Pellow & Starke's saleroom in Truro.\n\nThe buyer was not named. The auction house said only that the bidder was \"a private collector in Europe\".\n",
			"a private collector in Europe", "Pellow & Starke", "speech-before"},
	})
}
