package attribution

import "testing"

// TestTurnTaking holds the said-less turns of a two-party exchange to the
// alternation of its speakers, and keeps the news convention (a said-less
// paragraph goes on with the speaker before) where nothing shows a
// second party.
func TestTurnTaking(t *testing.T) {
	const reply = "Talk\n\nDr. Ruth Kell presented her figures. Dr. Omar Vance of the institute stood up.\n\n“With respect, Ruth, your survey has a gap of four years.”\n\n“Three years.”\n\n“Four, if you count the winter.”\n\n“Fine. Four.”\n\nThe chair moved on.\n"
	const closed = "Crossing\n\nTom Reid backs the boat off the slip. His daughter, Ella, is on the deck.\n\n“Six cars,” she calls up.\n\n“Six on a Tuesday. That is a rush.”\n\n“Everything is a rush to you.”\n\n“It is.” He laughs.\n"
	runSieveTable(t, []sieveCase{
		{"a vocative after a short opener names whom the reply is from", reply, "Three years.", "Kell", "vocative-reply"},
		{"the turn after a reply is the first speaker's again", reply, "Four, if you count the winter.", "Vance", "turn-taking"},
		{"and the next the addressee's", reply, "Fine. Four.", "Kell", "turn-taking"},
		{"a run closed by the other party's pronoun alternates: first turn", closed, "Six on a Tuesday. That is a rush.", "Tom Reid", "turn-taking"},
		{"a run closed by the other party's pronoun alternates: second turn", closed, "Everything is a rush to you.", "Ella Reid", "turn-taking"},
		{"an appositive between commas is no vocative", "Talk\n\nDr. Ruth Kell presented. Dr. Omar Vance stood up.\n\n“The author, Ruth Kell, is wrong about the gap.”\n\n“Three years.”\n", "Three years.", "", ""},
		{"a run closed by a name, not a pronoun, goes on with the speaker before", "Vote\n\nMayor Ann Webb spoke first. “We will build it,” Webb said.\n\n“The money is there.”\n\n“The land is ours.”\n\n“It is a fantasy,” said Councillor Tom Hale.\n", "The money is there.", "Webb", "previous-paragraph"},
		{"a run closed by a pronoun of the same gender proves no exchange", "Vote\n\nMayor Ann Webb and Councillor Jo Hale met. “We will build it,” Webb said.\n\n“The money is there.”\n\n“The land is ours.”\n\n“It is a fantasy,” she said.\n", "The money is there.", "Webb", "previous-paragraph"},
	})
}

// TestParagraphReferent holds a sentence-opening pronoun to the one person
// its paragraph's previous sentence brings in, over a subject of an
// earlier paragraph whom the pronoun's gender also fits.
func TestParagraphReferent(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a name with no sign of a person, opening the sentence before", "Race\n\nMarco Ruiz won. Ruiz said his car had been ‘perfect’.\n\nJonas Berglund, whose engine failed, was philosophical. ‘At least I helped somebody,’ he said.\n", "At least I helped somebody,", "Berglund", "speech-after"},
		{"a person named after a preposition in the sentence before", "Debate\n\nMayor Tom Vell spoke last. “We will fix it,” Vell said.\n\nThe question came from Colin Hart, a bus driver. He asked: “Which of you will fix the roads?”\n", "Which of you will fix the roads?", "Hart", "speech-before"},
		{"the earlier subject, when the paragraph goes on about him", "Race\n\nMarco Ruiz won. Ruiz said his car had been ‘perfect’.\n\nRuiz thanked Jonas Berglund. ‘He helped me,’ he said.\n", "He helped me,", "Ruiz", "speech-after"},
		{"a person of the other gender brought in leaves the pronoun to the subject before", "Debate\n\nMayor Tom Vell spoke last. “We will fix it,” Vell said.\n\nThe question came from Ms Ann Hart, a bus driver. He answered: “The roads come first.”\n", "The roads come first.", "Vell", "speech-before"},
	})
}

// TestNamesNotReferents holds two things a name may be that are no one a
// pronoun refers to, and an acronym that stands for a title the article
// spells out.
func TestNamesNotReferents(t *testing.T) {
	const visit = "Court\n\nThe victim, Mrs Lim Ah Hoon, trusted her adviser, Peter Tan. She wrote to the court: \"He came to my flat every Chinese New Year with cakes. He called me Ah Ma. He told me, 'Auntie, your money is safe.'\"\n"
	runSieveTable(t, []sieveCase{
		{"a name given to the speaker ('called me Ah Ma') is no referent", visit, "Auntie, your money is safe.", "Tan", "nested"},
		{"an acronym spelling out a title the article wrote in full", "Court\n\nDeputy Public Prosecutor Ravindran Pillai read the statement. The defence lawyer, Daniel Lim, spoke next.\n\nDPP Pillai asked for ten years. He said the accused had \"chosen victims who were old\".\n", "chosen victims who were old", "Pillai", "speech-before"},
	})
}

// TestBodyByItsWord holds a word both a person noun and an organisation's
// ("authority") to the body the article names by it, when no one holds
// it as a role.
func TestBodyByItsWord(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"'the authority said' after the Monetary Authority", "Court\n\nThe Monetary Authority banned Tom Hale for life. The authority said its inquiry was \"at an advanced stage\".\n", "at an advanced stage", "Monetary Authority", "speech-before"},
		{"'a spokesman for the authority' speaks for it", "Court\n\nThe Monetary Authority banned Tom Hale for life. A spokesman for the authority said its inquiry was \"at an advanced stage\".\n", "at an advanced stage", "Monetary Authority", "speech-before"},
	})
}

// TestUnnamedRoleOpening holds a definite role phrase that opens a
// sentence, over a fronted time phrase and with an appositive after a
// place, as the referent of the next sentence's pronoun.
func TestUnnamedRoleOpening(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a fronted time phrase and an appositive after 'at <place>'", "Ferry\n\nCallum Reid sails the boat.\n\nOn Thursday the harbourmaster at Oban, a quiet man who asked that his name not be printed, watches the boat. “Nice work,” he says.\n", "Nice work,", "the harbourmaster", "speech-after"},
		{"the role phrase set off by commas at the sentence's start", "Ferry\n\nCallum Reid sails the boat.\n\nThe harbourmaster, a quiet man, watches the boat. “Nice work,” he says.\n", "Nice work,", "the harbourmaster", "speech-after"},
	})
}

// TestSpokespersonNamedBefore holds "the spokesperson said" to the one
// person its paragraph names before it (a release's media contact), and a
// one-off sentence-case label ("Media contact:") to a lead-in, no
// interview turn.
func TestSpokespersonNamedBefore(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a release's media contact", "# Corridor opens\n\nThe wildlife authority opened the corridor on Monday.\n\n**Media contact:** Faith Nyambura, Communications Officer, LSWA. \"We will not be taking questions,\" the spokesperson said.\n", "We will not be taking questions,", "Nyambura", "speech-after"},
		{"two people named before leave the spokesperson unnamed", "# Corridor opens\n\nThe wildlife authority opened the corridor on Monday.\n\nFaith Nyambura and Peter Otieno were there. \"We will not be taking questions,\" the spokesperson said.\n", "We will not be taking questions,", "", "speech-after"},
	})
}

// TestColonAfterDescription holds a roundup's "Name, description: “…”"
// to the name, whatever ends the description, and not a sentence whose
// words before the colon say something.
func TestColonAfterDescription(t *testing.T) {
	const roundup = "Plant approved\n\nThe minister approved the plant.\n\n- Dr Mia Hale, chief executive of the Coastline Water Consortium: “We accept every condition.”\n- Fenella Hale, convenor of Save the Reef (no relation): “We will see the minister in court.”\n- Kerryn Doyle, the Opposition’s water spokeswoman: “The bill is hidden.”\n"
	runSieveTable(t, []sieveCase{
		{"a description ending in brackets", roundup, "We will see the minister in court.", "Fenella Hale", "colon"},
		{"a description ending in a role noun", roundup, "The bill is hidden.", "Doyle", "colon"},
		{"a clause before the colon is no label", "Plant approved\n\nKerryn Doyle, who opposes the plant, said one thing: “The bill is hidden.”\n", "The bill is hidden.", "Doyle", "speech-before"},
	})
}

// TestGuillemetsOverParagraphs holds a «…» quotation over two paragraphs
// (the first left open, the second opening with « again) to one
// quotation, whose later piece is its first piece's speaker's.
func TestGuillemetsOverParagraphs(t *testing.T) {
	const text = "Vote\n\nThe traders' president, Marc Rochat, was blunt:\n\n«We respect the result. We were against a plan drawn up in an office.\n\n«The mayor promised us a shuttle. We will be at the stop.»\n\nThe vote was close.\n"
	runSieveTable(t, []sieveCase{
		{"the later piece", text, "The mayor promised us a shuttle. We will be at the stop.", "Rochat", "multi-paragraph"},
	})
}

// TestTurnsByVocativesAndQuestions holds a said-less exchange whose
// parties address each other by name, or whose other party puts questions
// to a line just attributed, to the alternation of its two speakers.
func TestTurnsByVocativesAndQuestions(t *testing.T) {
	const named = "Weigh-in\n\nThe champion, Ben Osei, sat down. The challenger, Liam Marsh, stood. “You’re late,” Marsh said.\n\nWhat followed was filmed.\n\n“You look tired, Ben.”\n\n“I’m fine.”\n\n“Sure.”\n\n“You’ve lost twice this year, Liam. I haven’t lost at all.”\n"
	const asked = "Hearing\n\nThe MP, Sarah Lyle, began. ‘I have a list,’ she said.\n\nThe chief executive, Tom Wren, spoke for the firm.\n\n‘We are spending a great deal,’ said Wren.\n\n‘And who pays for it?’\n\n‘I would have to check.’\n\n‘Would you, or will you?’\n\n‘I will.’\n"
	runSieveTable(t, []sieveCase{
		{"a turn naming one party is the other's", named, "You look tired, Ben.", "Marsh", "turn-taking"},
		{"and the turns alternate from it", named, "Sure.", "Marsh", "turn-taking"},
		{"a name closing a sentence inside the turn is a vocative too", named, "You’ve lost twice this year, Liam. I haven’t lost at all.", "Osei", "turn-taking"},
		{"a question answering an attributed line is the other party's", asked, "And who pays for it?", "Lyle", "turn-taking"},
		{"and the answer the line's speaker's again", asked, "I would have to check.", "Wren", "turn-taking"},
		{"to the end of the run", asked, "I will.", "Wren", "turn-taking"},
	})
}

// TestNamedLater holds the quotations of someone described before being
// named to the name a later sentence gives.
func TestNamedLater(t *testing.T) {
	const pron = "Gym\n\nThe trainer, Carl Dunn, was asked about the fight. By the ropes, a small woman in a hoodie watched. “He talks too much,” she muttered. She is Ella Birch, the boxer’s aunt. “Talk is cheap,” she said.\n"
	runSieveTable(t, []sieveCase{
		{"a pronoun-attributed line before 'She is NAME'", pron, "He talks too much,", "Birch", "named-later"},
		{"a pronoun-attributed line after it in the paragraph", pron, "Talk is cheap,", "Birch", "named-later"},
		{"a role phrase opening the sentence, named in the next", "Show\n\nAnn won the class.\n\nThe judge, a retired teacher from Castle Brereton who judges at eleven shows, declined to comment but said the cakes had been “almost impossible to separate.” She gave her name as Hilary Oakes.\n", "almost impossible to separate.", "Oakes", "named-later"},
		{"a described speaker's quotation, then 'He was NAME'", "Hearing\n\nThe committee met at ten.\n\nThe cause was a tall man in a grey suit, who sat down and announced that his company had ‘turned a corner’. He was Tom Wren, chief executive of Mardle Water.\n", "turned a corner", "Wren", "named-later"},
	})
}
