package attribution

import "testing"

// TestBroadcastAndNotebookLayouts holds the layouts the dev6 stress set
// brought, each on invented sentences: a broadcast transcript's labels
// (a role after the name's comma, a lower-case "(voice-over)" note, a
// host whose turns are questions even when they do not end in "?", the
// words a question quotes read as narration) and a notebook's or a court
// roundup's capitals slugs, which head items rather than turns.
func TestBroadcastAndNotebookLayouts(t *testing.T) {
	const cast = "Flood coverage\nNINA COLE, ANCHOR: Good evening. We begin in Leeds. Omar?\nOMAR BEKO, CORRESPONDENT: The water is still rising here.\nOMAR BEKO (voice-over): Families came to the school hall.\nUNIDENTIFIED MALE: We lost everything.\nCOLE: Thank you, Omar. Joining me now is Mayor Ruth Obi.\nMAYOR RUTH OBI (D), LEEDS: Thank you, Nina.\nCOLE: You said in May, and I quote, \"Our walls will hold.\" The river board said the walls were \"sound\" in June.\nOBI: I said it and I meant it.\nCOLE: Mayor Obi, thank you.\n"
	runSieveTable(t, []sieveCase{
		{"a capitals label with a role after a comma is a turn", cast, "The water is still rising here.", "BEKO", "qa"},
		{"a lower-case '(voice-over)' note is no part of the name", cast, "Families came to the school hall.", "BEKO", "qa"},
		{"an unidentified speaker's label names no one", cast, "We lost everything.", "", "qa"},
		{"a label with a party and a place after the name", cast, "Thank you, Nina.", "Obi", "qa"},
		{"the anchor's turns are questions, though few end in '?'", cast, "Good evening. We begin in Leeds. Omar?", "COLE", "qa"},
		{"'you said' in a question quotes the one who answers it", cast, "Our walls will hold.", "Obi", "asked-you"},
		{"a question's other quotations are attributed as narration", cast, "sound", "river board", "speech-before"},
		{"a quotation inside a question is no continuation of the question", "Flood coverage\nNINA COLE, ANCHOR: Good evening. Omar?\nOMAR BEKO, CORRESPONDENT: The water is rising.\nCOLE: The mayor, speaking to us earlier, I should add, told us the walls were \"sound.\" Is that right?\nBEKO: Not from here.\n", "sound.", "", ""},
		{"a notebook's capitals slugs head items, not turns", "Notes\nSTOLEN BIKE: A man from Hove lost his bike. \"It was chained,\" said Owen Tate.\nLATE TRAIN: The 8:10 was cancelled again. \"Every day this week,\" commuter Ria Shah said.\n", "It was chained,", "Tate", "speech-after"},
		{"two slugs sharing a last word are still two items", "Notes\nLINDGREN OUT: Captain Erik Lind broke a finger.\nSORTED OUT: Coach Ana Dahl spoke. \"It is closed,\" she said.\n", "It is closed,", "Dahl", "speech-after"},
		{"a quotation signed after a dash", "Notes\nGoalie Sami Rautio and winger Jonah Fleck trained.\nQUOTE OF THE DAY: “He's walking home.” — Rautio, on Fleck.\n", "He's walking home.", "Rautio", "dash"},
		{"a signature of a body", "Notes\nThe Pines Supporters Club met.\n“Sell the goalie.” — Pines Supporters Club, in a banner.\n", "Sell the goalie.", "Pines Supporters Club", "dash"},
		{"a namesake named only to be told apart is not the nearest bearer of the surname", "Roundup\nTRACTOR: Wendell Koski, 46, pleaded not guilty on Monday.\nTREASURER: Janet Koski, 51, was sentenced on Thursday. She is not related to Wendell Koski.\nKoski wept as she spoke. \"I will pay back every cent.\"\n", "I will pay back every cent.", "Janet Koski", "paragraph-speaker"},
		{"a transcript's speaker who comes back keeps the labels as turns", "Hearing\nSEN. ANA DAHL: Did you inspect the yard? I read that you called it \"fine.\"\nMR. ERIK LIND: We did.\nSEN. ANA DAHL: When?\nMR. ERIK LIND: In May.\n", "In May.", "LIND", "qa"},
	})
	// A name the article prints only in capitals keeps them; the kinds:
	r := Analyze(docOf(cast), DefaultLexicon())
	kinds := map[string]string{}
	for _, qt := range r.Quotations {
		kinds[r.doc.Text[qt.Start:qt.End]] = qt.Kind
	}
	for quote, want := range map[string]string{
		"Good evening. We begin in Leeds. Omar?": KindQuestion,
		"Mayor Obi, thank you.":                  KindQuestion,
		"Thank you, Nina.":                       KindAnswer,
		"Our walls will hold.":                   KindQuote,
	} {
		if kinds[quote] != want {
			t.Errorf("%q is a %q, want %q", quote, kinds[quote], want)
		}
	}
}

// TestCapitalisedOffices: an office written in capitals ("the Prime
// Minister") is no nationality that refers back to the latest subject
// ("the Dane"); nobody named holding it, it speaks as that role.
func TestCapitalisedOffices(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a capitalised office is not the latest subject", "Tributes\nDame Ada Lowe, the soprano, has died.\nThe Prime Minister wrote on X: “A national treasure.”\n", "A national treasure.", "the prime minister", "speech-before"},
		{"a capitalised office after the quotation", "Tributes\nDame Ada Lowe, the soprano, has died.\n“A national treasure,” the Chief Constable said.\n", "A national treasure,", "the chief constable", "speech-after"},
		{"a nationality still refers back", "Tributes\nCoach Erik Sorensen was furious.\n‘We were poor,’ the Dane said.\n", "We were poor,", "Sorensen", "speech-after"},
	})
}

// TestPeersAndTitledSurnames: a peer's title ends in a place that speaks
// for no one ("Lord Penrose of Alderley, who …, said"), and a titled
// surname whose appositive gives the full name is that person, though a
// namesake is named ("His wife, Lady Penrose, the former mezzo-soprano
// Clarissa Penrose,").
func TestPeersAndTitledSurnames(t *testing.T) {
	const peers = "Tributes\nDame Ada Lowe, the soprano, has died.\nGeoffrey Penrose, Lord Penrose of Alderley, who chaired the Arts Council, remembered her as “terrifying in a committee.”\nHis wife, Lady Penrose, the former mezzo-soprano Clarissa Penrose, sang with Lowe. “She taught me to breathe,” she said.\n"
	runSieveTable(t, []sieveCase{
		{"the peer before his title's place", peers, "terrifying in a committee.", "Geoffrey Penrose", "speech-before"},
		{"a titled surname and its appositive full name", peers, "She taught me to breathe,", "Clarissa Penrose", "kin-antecedent"},
		{"a baroness's place", "Lords\nBaroness Jane Hale of Richmond, who sat for 20 years, said the bill was “a mess.”\n", "a mess.", "Hale", "speech-before"},
	})
}

// TestDialogueReplies: two conversation patterns of a magazine's scene
// dialogue — a reply that only a pronoun attributes goes to the person the
// line before addressed by name, and a bare quotation after the writer's
// own short question answers it, as the person last quoted.
func TestDialogueReplies(t *testing.T) {
	const ferry = "# The crossing\n\nRosa Quint steers. Her passenger, Tomas Berg, has a flask.\n\nThen: “Thank you, Tomas.”\n\n“Aye,” he says. “Well.”\n\nBerg runs the shop. “I voted for the bridge,” Berg says.\n\nDoes Rosa know that?\n\n“Ask her.”\n"
	runSieveTable(t, []sieveCase{
		{"a pronoun's reply to the name just addressed", ferry, "Aye,", "Berg", "vocative-reply"},
		{"the reply's continuation", ferry, "Well.", "Berg", "continuation"},
		{"an answer to the writer's question", ferry, "Ask her.", "Berg", "answers-question"},
		{"a pronoun after a relative introduced by name", "# The crossing\n\nTomas Berg steers the boat. His daughter, Kirsty, counts the cars.\n\n“I want a holiday,” Kirsty says.\n\nHer father hears this from the wheelhouse.\n\n“Twice,” he says. “I rang twice.”\n", "Twice,", "Tomas Berg", "kin-antecedent"},
		{"the relative's continuation", "# The crossing\n\nTomas Berg steers the boat. His daughter, Kirsty, counts the cars.\n\n“I want a holiday,” Kirsty says.\n\nHer father hears this from the wheelhouse.\n\n“Twice,” he says. “I rang twice.”\n", "I rang twice.", "Tomas Berg", "continuation"},
		{"a pronoun that does not fit the addressee stays with its antecedent", "# The crossing\n\nRosa Quint steers. Her passenger, Tomas Berg, has a flask.\n\n“Thank you, Tomas,” Rosa Quint says.\n\n“Aye,” she says.\n", "Aye,", "Quint", "speech-after"},
	})
}

// TestReportedThenQuoted: a quotation standing alone after a sentence that
// reports someone's words carries them on ("Her son said on Sunday that
// she had kept singing. “Last week …”"), and a relative introduced with a
// role between the relation and the name ("her son, the conductor Sir Hugo
// Bright") is that relative.
func TestReportedThenQuoted(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a relative named after a role", "Tributes\nDame Ada Lowe, the soprano, has died, her son, the conductor Sir Hugo Bright, said.\nHer son said on Sunday that she had kept singing. “Last week she sang to the nurse.”\n", "Last week she sang to the nurse.", "Bright", "reported-before"},
		{"not a subordinate clause's verb", "Dr. Ana Ruiz and Mr. Ben Cole met on Monday.\nWhen Cole asked whether the plan was ready, Ruiz stood up. “It is ready.”\n", "It is ready.", "Ruiz", "previous-subject"},
	})
}

// TestBodyByItsHeadNoun: "the festival said" is the one name the article
// gives that ends in that noun, though the lexicon knows no festival for
// a body; a person's name is never one.
func TestBodyByItsHeadNoun(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a festival", "Festival row\nThe Fenwick Water Folk Festival dropped the Kites on Monday.\n“We do not punch down,” the festival said.\n", "We do not punch down,", "Fenwick Water Folk Festival", "speech-after"},
		{"two names ending in the noun: neither", "Festival row\nThe Fenwick Water Folk Festival and the Alder Jazz Festival met on Monday.\n“We do not punch down,” the festival said.\n", "We do not punch down,", "", ""},
	})
}

// TestHostRoleLabels: a debate transcript labels its host by the role
// alone ("MODERATOR:", "HOST:"); the turns are the questions of the person
// the narration gives that role, never the candidate the turn addresses.
func TestHostRoleLabels(t *testing.T) {
	const debate = "Debate\nMayor Ada Rook and Councillor Ben Pike met on Monday. It was moderated by the paper's editor, Lena Voss.\nMODERATOR: Mayor Rook, the harbour. Why is it shut?\nROOK: Because the wall failed.\nMODERATOR: Councillor Pike, your response.\nPIKE: It failed because nobody checked it.\n"
	const hosted = "Podcast\nThe host, Omar Tell, spoke to the chef Ines Mora.\nHOST: Ines, why fish?\nMORA: Because the sea is close.\nHOST: Thanks for coming in.\nMORA: Any time.\n"
	runSieveTable(t, []sieveCase{
		{"a role label names who the narration says held the role", debate, "Mayor Rook, the harbour. Why is it shut?", "Voss", "qa"},
		{"a host's turn addressing a candidate is still the host's", debate, "Councillor Pike, your response.", "Voss", "qa"},
		{"a surname label answers", debate, "Because the wall failed.", "Rook", "qa"},
		{"an appositive role names the host", hosted, "Thanks for coming in.", "Tell", "qa"},
		{"the guest answers", hosted, "Any time.", "Mora", "qa"},
	})
}

// TestToldBy: a passive "was told by X that …" makes the quotation after
// it X's words, not the subject's.
func TestToldBy(t *testing.T) {
	const race = "Race\nLuca Berti won the race ahead of Jonas Wolff. Berti started second.\nWolff was told by his engineer, Mara Quint, that Berti was ‘struggling badly’ and that he should ‘go for it’.\nThe pilot was warned by Ana Sol that the runway was \"too short\".\nOle Dahl said he was told he could \"go home\".\n"
	runSieveTable(t, []sieveCase{
		{"the teller after 'by', past an appositive role", race, "struggling badly", "Quint", "told-by"},
		{"a second quotation of the same sentence", race, "go for it", "Quint", "told-by"},
		{"another verb of telling", race, "too short", "Sol", "told-by"},
		{"no 'by': the subject's words as before", race, "go home", "Dahl", "speech-before"},
	})
}

// TestSettlementOfName: "the town of Saint-Ours" is a place, so the
// "she" after it goes to the woman the sentence names, not to the town.
func TestSettlementOfName(t *testing.T) {
	const vote = "Vote\nThe mayor, Paul Roux, spoke first. «We won», he said.\nIn 2019 the smaller town of Saint-Ours closed its centre to cars, and its mayor, Delphine Aebi, has become an adviser to Mr Roux. «The first months are awful», she told this newspaper.\n"
	const village = "Fair\nThe village of Elm Cross held its fair, and its organiser, Ruth Kaye, was pleased. «We sold out», she said.\n"
	runSieveTable(t, []sieveCase{
		{"a hyphenated town after 'the town of'", vote, "The first months are awful", "Aebi", "speech-after"},
		{"a two-word village", village, "We sold out", "Kaye", "speech-after"},
	})
}

// TestFrontedPrepositionComma: a fronted phrase ending in a preposition
// and a comma ("A few doors along, …") does not make the name after it a
// prepositional object: the name is the clause's subject, "she" its.
func TestFrontedPrepositionComma(t *testing.T) {
	const pre = "Vote\nThe mayor, Paul Roux, spoke first. «We won», he said.\nOn the bridge, opinions differed. «I like it», said Ana Ruiz, 34, a nurse.\n"
	runSieveTable(t, []sieveCase{
		{"'along,' then the name", pre + "A few doors along, Jeanne Blanc, 58, who runs a café, was less keen. «Half my customers drive», she said.\n", "Half my customers drive", "Blanc", "speech-after"},
		{"no fronted phrase, as before", pre + "Jeanne Blanc, 58, who runs a café, was less keen. «Half my customers drive», she said.\n", "Half my customers drive", "Blanc", "speech-after"},
		{"a preposition's object without a comma is still no subject", pre + "Next to Jeanne Blanc, Ana Ruiz was keen. «It is lovely», she said.\n", "It is lovely", "Ruiz", "speech-after"},
	})
}
