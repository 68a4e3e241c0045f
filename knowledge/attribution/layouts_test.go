package attribution

import "testing"

// TestLayoutsAndReferents holds the sieves to layouts and references the
// dev5 stress set brought (timestamped transcripts, a note in a turn's
// label, a pronoun against a given name's usual gender), each on invented
// sentences: the quotation's speaker and the rule that decided.
func TestLayoutsAndReferents(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a straight single quotation whose nested one closes with it ('…,'' he said)", "Ashby's coach, Declan Rowe, said his side had been written off. 'At the break I told them, 'Nobody's coming for you,'' he said. 'They listened.'\n", "At the break I told them, 'Nobody's coming for you,'", "Rowe", "speech-after"},
		{"a timestamped transcript turn is its labelled speaker's answer", "# Episode 9\n\nHosts Ruth Ocampo and guest Ivo Marsh talk rail.\n\n[00:01:10] RUTH OCAMPO: Why trains?\n\n[00:01:14] IVO MARSH: Because they run on time. Mostly.\n\n[00:02:30] OCAMPO: Mostly?\n\n[00:02:33] MARSH: Mostly.\n", "Because they run on time. Mostly.", "Marsh", "qa"},
		{"a bracketed minute stamp without the hour", "Hosts Ruth Ocampo and guest Ivo Marsh talk rail.\n(01:10) RUTH OCAMPO: Why trains?\n(01:14) IVO MARSH: Because they run on time.\n", "Because they run on time.", "Marsh", "qa"},
		{"a one-word note in a turn's label is no speaker ('NAME (CLIP):')", "Hosts Ruth Ocampo and Ivo Marsh play an old interview with Dana Marsh.\n[00:01:10] RUTH OCAMPO: Listen to this.\n[00:01:14] DANA MARSH (ARCHIVE): We never stop at red.\n[00:01:20] IVO MARSH: She never did.\n", "We never stop at red.", "Dana Marsh", "qa"},
		{"a timestamped host whose later turns carry the surname alone stays the asker", "Host Ruth Ocampo talks to Ivo Marsh.\n[00:01:10] RUTH OCAMPO: Why trains?\n[00:01:14] IVO MARSH: Because they run on time.\n[00:02:30] OCAMPO: That's a fair answer. Do they, though?\n[00:02:33] MARSH: No.\n[00:03:00] OCAMPO: Thanks for coming in.\n", "Thanks for coming in.", "Ocampo", "qa"},
		{"the sentence's own subject takes the pronoun a given-name list would refuse", "Host Kofi Ampah met the team. Its coach, Åse Varga, tells the show she picked him \"because he listens.\" She smiles. \"Most days.\"\n", "Most days.", "Varga", "continuation"},
		{"an object pronoun is not its clause's subject pronoun's referent", "Host Kofi Ampah met the team. Its coach, Åse Varga, tells the show she picked him \"because he listens.\"\n\"He was the only one who asked questions,\" she said.\n", "He was the only one who asked questions,", "Varga", "speech-after"},
		{"a hyphenated given name whose part is a role noun stays a name ('Hans-Dieter')", "Lindau's coach, Hans-Dieter von Brest, was sent off.\n\"I saw it,\" von Brest said.\n", "I saw it,", "von Brest", "speech-after"},
		{"a club named after its abbreviation is a body, and no referent of 'he'", "Marco Velde scored twice as FC Oosterzand lost. FC Oosterzand said it was disappointed.\nVelde left the pitch early. \"My knee hurts,\" he said.\n", "My knee hurts,", "Velde", "speech-after"},
		{"a demonym role with a relative clause after it ('said the Austrian, who …')", "Harbach's coach, Lukas Renner, was furious. \"It was a clear penalty,\" said the Austrian, who joined in May.\n", "It was a clear penalty,", "Renner", "speech-after"},
		{"an acronym with an organisation's appositive is that body", "The BKV, the Hungarian rowing federation, said it was \"reviewing the race\" on Monday.\n", "reviewing the race", "BKV", "speech-before"},
		{"'Justice' is a judge's title, and 'the judge held' its holder's words", "Justice Adaeze Nwosu adjourned the case to March.\n\"No party may act before then,\" the judge held.\n", "No party may act before then,", "Nwosu", "speech-after"},
		{"West African titles are titles, and 'the Alhaji, who …' the titled man", "The market's chairman, Alhaji Sani Bello, asked for patience. \"We have waited before,\" lamented the Alhaji, who has traded there since 1979.\n", "We have waited before,", "Bello", "speech-after"},
		{"'Barr.' is a title, not a name", "Counsel to the union, Barr. Ngozi Ilori, spoke after the hearing. \"We will appeal,\" Ilori said.\n", "We will appeal,", "Ilori", "speech-after"},
		{"a parenthetical 'she added' after a fronted name is hers, not the name's", "Mrs. Titi Olaniyan criticised Mr. Dayo Fashola. \"He never listens,\" she said. Fashola, she added, \"treats the board as his own.\"\n", "treats the board as his own.", "Olaniyan", "speech-before"},
		{"a role with an 'of/for' complement and the name in apposition after it", "Mr. Kunle Ade spoke first. \"The road will be finished,\" said the Commissioner for Works and Housing, Mrs. Abike Sanni, who toured the site.\n", "The road will be finished,", "Sanni", "speech-after"},
		{"an anonymous source before a long relative clause is named by its phrase, not Ade", "Mr. Kunle Ade declined to comment.\nA source close to the board, who asked not to be named because he was not cleared to speak, said the vote had been \"rigged from the start.\"\n", "rigged from the start.", "a source close to the board", "speech-before"},
		{"a 'House' is a body ('the Adeyemo Ruling House said')", "The Adeyemo Ruling House met on Sunday. In a statement, the Adeyemo Ruling House said: \"We have one candidate.\"\n", "We have one candidate.", "Adeyemo Ruling House", "speech-before"},
		{"a lede's 'The head of <body>' after a dateline is the person the next sentence names, not the body", "Ferry row\nHALIFAX — The head of the Maritime Ferry Authority told a legislative committee on Monday that the new ship was \"on budget.\"\nChair Dana Whitlock-Ames, appearing for the first time, said delays were over.\n", "on budget.", "Whitlock-Ames", "described-then-named"},
		{"a body's spokesman still speaks for the body", "The Maritime Ferry Authority published its accounts.\nA spokesman for the Maritime Ferry Authority said the ship was \"on budget.\"\n", "on budget.", "Maritime Ferry Authority", "speech-before"},
		{"a nested quotation repeating someone's earlier words is theirs", "Rep. Lena Voss questioned the contractor, Omar Field. \"We think it held,\" Field said.\n\"'We think it held' is not an inspection,\" Voss said.\n", "We think it held", "Field", "nested-echo"},
		{"the name after 'That was the message from' needs no other sign of a person", "The hearing ended at six.\n\"Nobody read our letters.\"\nThat was the message from Ines Kolar-Webb, legislative director of the Pilots Guild, after the vote.\n", "Nobody read our letters.", "Kolar-Webb", "next-paragraph"},
		{"a gerund after 'by' has the sentence's subject ('signs off by calling it')", "Host Nell Arkwright thanked her guest.\nArkwright signs off by calling it \"our strangest episode yet.\"\n", "our strangest episode yet.", "Arkwright", "speech-before"},
		{"the family of a named man speaks, not the man", "Headline\nIn a statement, the family of Piet Lorrimer said: \"Piet loved this town.\"\n", "Piet loved this town.", "", "speech-before"},
		{"a lawyer for a named woman speaks, not the woman", "Headline\nCouncillor Aine Brody was charged on Monday. A lawyer for Aine Brody said: \"She denies it.\"\n", "She denies it.", "", "speech-before"},
		{"a source close to a body is the phrase, not the body", "The Harbour Rowing Club confirmed the news.\n\"He was the heart of the crew,\" a source close to the club said.\n", "He was the heart of the crew,", "a source close to the club", "sentence-verb"},
		{"a body's spokesman still speaks for it without 'for'", "Ferry news\nThe Harbour Ferry Company has confirmed delays. A company spokesman said: \"Crossings resume at noon.\"\n", "Crossings resume at noon.", "Harbour Ferry Company", "speech-before"},
		{"a description after the quotation that the next sentence names ('Her name is …')", "Headline\n\"The bus never came,\" the 71-year-old grandmother told reporters. Her name is Olwen Price, and she has lived on the estate since 1979.\n", "The bus never came,", "Price", "speech-after"},
		{"a transcript whose labels are mixed-case full names", "# Episode 4\n\nHost Nadia Quist talks to Ole Brun.\n\nNadia Quist: When did you turn back?\n\nOle Brun: At eight thousand metres.\n\nNadia Quist: Any regrets?\n\nOle Brun: None.\n", "At eight thousand metres.", "Brun", "qa"},
		{"a name inside a fronted clause does not keep the main clause's pronoun from the known speaker", "Headline\nCoach Tomas Brede benched his captain, Nico Ferrante, for the final.\nFerrante found out from a note on the door. He said he was \"hurt.\"\nThe club's director, Ilse Morgen, backed her coach. \"Tomas makes the calls,\" she said. Asked about Ferrante's future, she paused. \"Nico is under contract.\"\n", "Nico is under contract.", "Morgen", "previous-subject"},
		{"'Interviewer:' asks, the named guest answers", "# Interview\n\nChef Ana Lobo, 52, is closing her restaurant.\n\nInterviewer: Why close now?\n\nAna Lobo: Because the rent doubled.\n\nInterviewer: Any regrets?\n\nAna Lobo: Only the soup.\n", "Because the rent doubled.", "Lobo", "qa"},
		{"'Interviewer:' turns are questions of no one named", "# Interview\n\nChef Ana Lobo, 52, is closing her restaurant.\n\nInterviewer: Why close now?\n\nAna Lobo: Because the rent doubled.\n\nInterviewer: Any regrets?\n\nAna Lobo: Only the soup.\n", "Why close now?", "", "qa"},
		{"an aside opened by a preposition, with a titled name in it, between the subject and the verb", "Headline\nPresident Amina Duru, in a goodwill message read by the Secretary to the Government, Dr. Femi Ojo, described the bridge as \"a model for the region.\"\n", "a model for the region.", "Duru", "speech-before"},
		{"'Mallam' is a title", "Headline\nThe governor, Mallam Sani Garba, opened the road. \"It is finished,\" Garba said.\n", "It is finished,", "Garba", "speech-after"},
		{"a gerund after 'by' in a 'that' clause is not the sentence opener's", "Headline\nMarta Lind, a site engineer at Pell Ridge, said her manager, Otto Kress, answered by telling her to \"stop fussing.\"\n", "stop fussing.", "Kress", "speech-before"},
		{"two speakers in one sentence: the verb nearest the quotation, over an aside ending in an adverb", "Headline\nCoach Ada Lunde praised her striker, Timo Rask. \"He earned it,\" Lunde said, while Rask, speaking separately, called the decision \"overdue.\"\n", "overdue.", "Rask", "speech-before"},
		{"a nationality after 'the' is a person, not an institution ('the Brazilian said')", "Headline\nManager Rui Costa-Lima was pleased. \"He has earned it,\" the Brazilian said.\n", "He has earned it,", "Costa-Lima", "speech-after"},
		{"'the Opposition said' stays an institution", "Headline\nThe minister spoke first. \"It is a scandal,\" the Opposition said.\n", "It is a scandal,", "Opposition", "speech-after"},
		{"'they said' after a sentence opening with a body is the body's (British plural)", "Headline\nEastmoor Council has rejected the plan. \"The numbers do not add up,\" they said in a statement.\n", "The numbers do not add up,", "Eastmoor Council", "speech-after"},
		{"a German ‚…‘ nested in „…“ is the words of the man the outer quotation names", "Headline\nThe coach, Ida Brenner, remembered her first trainer, Paul Oster. „He stood at the gate and said: ‚Run until it hurts.‘ I did“, Brenner said.\n", "Run until it hurts.", "Oster", "nested"},
		{"the „…“ around a nested ‚…‘ stays its own speaker's", "Headline\nThe coach, Ida Brenner, remembered her first trainer, Paul Oster. „He stood at the gate and said: ‚Run until it hurts.‘ I did“, Brenner said.\n", "He stood at the gate and said: ‚Run until it hurts.‘ I did", "Brenner", "speech-after"},
		{"a nested ‚…‘ of the outer speaker herself", "Headline\nIda Brenner spoke after the race. „I told them: ‚Wait for me.‘ They did not“, Brenner said.\n", "Wait for me.", "Brenner", "nested"},
		{"'the mayor' is the mayor now, not 'the late mayor' named before", "Headline\nMayor Lena Hartl opened the library her predecessor, the late mayor Otto Grimm, had planned. „It took long enough“, the mayor said.\n", "It took long enough", "Hartl", "speech-after"},
		{"'the coach' is the coach now, not a 'former coach'", "Headline\nCoach Ada Rusk met former coach Sam Ruiz at the ground. \"We start again,\" the coach said.\n", "We start again,", "Rusk", "speech-after"},
		{"a description after 'for' is the object of a voice noun, no back-reference to the latest subject", "Headline\nLorries may not cross the bridge, which carries the state road over the river. Inspectors from the state road authority found cracks, and the authority shut the bridge.\nState Transport Minister Holger Lenz promised a new bridge.\nOtto Lenz, who runs a haulage firm and is not related to the minister, is angry. \"It costs me hours,\" he said.\nA spokeswoman for the state road authority said the bridge remained \"safe for cars\" and would be checked.\n", "safe for cars", "state road authority", "speech-before"},
		{"'they said' after people is no body's", "Headline\nEastmoor Council rejected the plan. Residents gathered outside. \"We were ignored,\" they said.\n", "We were ignored,", "", ""},
	})
}

// TestNameLabelNeedsRecurrence: a mixed-case "Name Name:" opening one
// paragraph is a sentence's lead-in, not a transcript turn, and words that
// open lead-ins are never name labels.
func TestNameLabelNeedsRecurrence(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		turns      int
	}{
		{"once", "Tom Ruiz: the man who saved the pier.\n\nHe is 80 now.\n\nQ: Why?\n\nA: Because.\n", 2},
		{"twice", "Tom Ruiz: Yes.\n\nAnn Lee: No?\n\nTom Ruiz: Yes.\n\nAnn Lee: Fine?\n", 4},
		{"a lead-in's words", "Key Points: rates rise.\n\nKey Points: rates fall.\n", 0},
		{"a live blog's stamped capitals", "14:05 BREAKING: The bridge is shut.\n\n14:20 UPDATE: It reopens at six.\n", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			paras := docOf(tt.text).Paragraphs
			if got := len(qaLabels(tt.text, paras)); got != tt.turns {
				t.Errorf("%d turns, want %d", got, tt.turns)
			}
		})
	}
}

// sieveCase is one row of a sieve table: in text, the quotation quote is
// speaker's (by name, "" for none) by rule.
type sieveCase struct{ name, text, quote, speaker, rule string }

// runSieveTable runs checkSieve on each case as a subtest.
func runSieveTable(t *testing.T, cases []sieveCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule)
		})
	}
}

// checkSieve analyses text and checks the quotation quote's speaker (short
// name) and rule.
func checkSieve(t *testing.T, text, quote, speaker, rule string) {
	t.Helper()
	r := Analyze(docOf(text), DefaultLexicon())
	var got []string
	for q, qt := range r.Quotations {
		if r.doc.Text[qt.Start:qt.End] != quote {
			got = append(got, r.doc.Text[qt.Start:qt.End])
			continue
		}
		if s := r.speakerName(q); s != speaker || qt.Rule != rule {
			t.Errorf("speaker %q by %q, want %q by %q", s, qt.Rule, speaker, rule)
		}
		return
	}
	t.Errorf("quotation %q not found; have %q", quote, got)
}

// TestCallTranscriptLabels: an excerpt of a call's transcript labels its
// turns with one word — a role ("Dispatcher:") or the caller's surname —
// and each turn is a quotation of whom the label names; a role label names
// the person the article knows only by that role.
func TestCallTranscriptLabels(t *testing.T) {
	text := "Dispatcher talked hiker down the ridge\n" +
		"A recording released Friday shows how the dispatcher guided Lena Korver off Fenwick Ridge in the fog.\n" +
		"Part of the call:\n" +
		"Dispatcher: County emergency line, where are you?\n" +
		"Korver: On the ridge path. I can't see the markers.\n" +
		"Dispatcher: Stay where you are. Is your phone charged?\n" +
		"Korver: Half. Maybe less —\n" +
		"Dispatcher: Then turn the screen down and keep talking to me.\n" +
		"The dispatcher, who asked not to be named, has worked at the centre for six years.\n"
	runSieveTable(t, []sieveCase{
		{"role label", text, "Stay where you are. Is your phone charged?", "the dispatcher", "qa"},
		{"surname label", text, "On the ridge path. I can't see the markers.", "Korver", "qa"},
		{"turn cut off at a dash", text, "Half. Maybe less —", "Korver", "qa"},
		{"last turn", text, "Then turn the screen down and keep talking to me.", "the dispatcher", "qa"},
	})
}

// TestOneWordLabelMustTradeTurns: a lone one-word lead-in ("Disclosure:")
// is no transcript turn.
func TestOneWordLabelMustTradeTurns(t *testing.T) {
	text := "Council backs new pool\nThe council voted 5-2 on Monday to build a pool, Mayor Ada Price said.\n" +
		"Disclosure: The writer swims there.\n" +
		"\"It's a good day,\" Price said.\n"
	r := Analyze(docOf(text), DefaultLexicon())
	for _, qt := range r.Quotations {
		if (qt.Kind == KindAnswer || qt.Kind == KindQuestion) && r.doc.Text[qt.Start:qt.End] == "The writer swims there." {
			t.Errorf("lead-in taken for a %s turn", qt.Kind)
		}
	}
}

// TestSurnameTheRole: "Harlow the manager" picks, of two Harlows, the one
// the article called the manager, though the bare surname usually names
// the other.
func TestSurnameTheRole(t *testing.T) {
	const two = "Striker Kemi Harlow scored twice. 'I felt sharp,' said Harlow. " +
		"The club's manager, Ronan Harlow, who is no relation, said the win was deserved.\n\n"
	runSieveTable(t, []sieveCase{
		{"role after surname", two + "Harlow the manager also praised his goalkeeper, Ade Bello. 'Ade was superb today,' he said.",
			"Ade was superb today,", "Ronan Harlow", "speech-after"},
		{"role noun opens a clause", two + "Bello told Harlow the striker was lucky. 'She was,' he said.",
			"She was,", "Bello", "speech-after"},
		{"role no namesake has", two + "Harlow the manager also praised Ade Bello. 'Ade was superb,' he said.\n\nFor Harlow the striker, the week ahead is simpler. 'Rest first,' she said.",
			"Rest first,", "Kemi Harlow", "speech-after"},
	})
}
