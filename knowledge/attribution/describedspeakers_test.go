package attribution

import "testing"

// TestDescribedSpeakersBeatLaterRules: a person the article describes and
// does not name speaks as the phrase it first gives, and the "he" or "she"
// after it is theirs: not the speaker of the paragraph before, nor a name
// in a sentence nearby.
func TestDescribedSpeakersBeatLaterRules(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"an aside, then a first verb joined by and",
			"Fete\n\nThe mayor, Ann Dray, opened the fete. ‘It is a lovely day,’ she said.\n\nOne tall girl, about nine, looked at the cakes for a while and asked ‘Are they free?’ I told her they were not. ‘That’s unfair,’ she said, and went home.\n",
			"Are they free?", "one tall girl", "speech-before"},
		{"the pronoun after that first verb",
			"Fete\n\nThe mayor, Ann Dray, opened the fete. ‘It is a lovely day,’ she said.\n\nOne tall girl, about nine, looked at the cakes for a while and asked ‘Are they free?’ I told her they were not. ‘That’s unfair,’ she said, and went home.\n",
			"That’s unfair,", "one tall girl", "speech-after"},
		{"one and a noun with its of-phrase, then a relative aside",
			"Sports day\n\nThe head, Tom Avery, was pleased. One father of three, who asked not to be named, said: \"My girls ran all afternoon. They slept well.\"\n",
			"My girls ran all afternoon. They slept well.", "one father of three", "speech-before"},
		{"a bare One referring back to a group",
			"Strike\n\nThe manager, Omar Rees, said the offer was fair.\n\nThe porters are split. One, who has worked at the station for 19 years, said he would not strike. ‘I need the money,’ he said.\n",
			"I need the money,", "one, who has worked at the station for 19 years", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestOwnedRoleNamedNext: someone the writer brings in by a first-person
// possessive role phrase, modifiers and all, speaks as "she"; when the
// next sentence opens with a full name seen there first, the quotation is
// that person's; a sentence about someone already named leaves it to the
// phrase.
func TestOwnedRoleNamedNext(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"named in the next sentence",
			"Diary\n\nBy Tom Reed\n\nAfter lunch our site manager came over with a map. ‘We are in the wrong field,’ she said, laughing. Ruth Vane has run digs for 30 years. Mrs Vane is never wrong.\n",
			"We are in the wrong field,", "Vane", "named-later"},
		{"no one named after",
			"Diary\n\nBy Tom Reed\n\nAfter lunch our site manager came over with a map. ‘We are in the wrong field,’ she said, laughing. The rain stopped.\n",
			"We are in the wrong field,", "our site manager", "speech-after"},
		{"someone named before is someone else",
			"Diary\n\nBy Tom Reed\n\nRuth Vane drove the van. After lunch our site manager came over with a map. ‘We are in the wrong field,’ she said, laughing. Ruth Vane has run digs for 30 years.\n",
			"We are in the wrong field,", "our site manager", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestDescribedRelative: a quotation inside a restrictive relative clause
// of an indefinite description is the described person's, named by the
// description; the "she" after it is theirs too.
func TestDescribedRelative(t *testing.T) {
	text := "Phone-in\n\nThe host, Lee Grant, took the calls. “Go ahead,” he said.\n\nThe last caller was a woman from Eastfield who called herself “a cafe bore”. “They walk here now,” she said.\n"
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"she said after it", text, "They walk here now,", "a woman from Eastfield", "speech-after"},
		{"a modifier and a clause without a speech verb",
			"Open day\n\nThe chair, Ann Dray, was pleased. One of them, a maths student who came ‘for the free cake’, found a coin.\n",
			"for the free cake", "a maths student", "described-relative"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestPossessiveBodySubject: "X said her college had told students to
// ‘…’": the quotation is the words of the body the possessive phrase
// names, known only by that phrase, not of X.
func TestPossessiveBodySubject(t *testing.T) {
	text := "Strike\n\nStudent Maya Lund, 18, said her school had told pupils to ‘stay at home if the buses stop’. ‘That is fine,’ she said.\n"
	checkSieve(t, text, "stay at home if the buses stop", "her school", "speech-before")
	checkSieve(t, text, "That is fine,", "Lund", "speech-after")
}

// TestSelfIdentified: someone who "identified herself only as" a phrase
// speaks as that phrase when "she said" follows.
func TestSelfIdentified(t *testing.T) {
	text := "Phone-in\n\nThe host, Lee Grant, took the calls. “Go ahead,” he said.\n\nThe last word went to a caller from Leeds who identified herself only as Maria’s sister. “Maria is wrong,” she said.\n"
	checkSieve(t, text, "Maria is wrong,", "Maria’s sister", "speech-after")
}

// TestDescribedNamedNext: a feature's lede describes a speaker without a
// name, and the next paragraph opens with the name, set off by an age or
// by the same role; the words are the named person's. A name with
// another role, of another gender, after another person, or with nothing
// to tie it, is someone else.
func TestDescribedNamedNext(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"an age after the name",
			"Pool\n\nThe council will shut the baths in May.\n\nA retired plumber who has swum there every morning since 1980 read the notice twice. “They can shut it when I stop coming,” he said.\n\nFrank Doyle, 81, swims with his grandson on Saturdays.\n",
			"They can shut it when I stop coming,", "Doyle", "named-later"},
		{"the same role set beside the name",
			"Market\n\nTraders were told on Friday that the market would move.\n\nA florist who has kept the corner stall for two decades packed up early. ‘Nobody asked us,’ she said.\n\nJean Marsh, a florist since 1999, has written to her MP.\n",
			"Nobody asked us,", "Marsh", "named-later"},
		{"an age, then the same role",
			"Ferry\n\nThe last sailing leaves on Sunday.\n\nAn engineer who has kept the ferry running for 30 years stood on the slipway. \"It will rust in a month,\" he said.\n\nTom Brae, 63, an engineer from Kyle, has offered to buy it.\n",
			"It will rust in a month,", "Brae", "named-later"},
		{"another role set beside the name",
			"Market\n\nTraders were told on Friday that the market would move.\n\nA florist who has kept the corner stall for two decades packed up early. ‘Nobody asked us,’ she said.\n\nNadia Osei, a parent, said the move was sensible.\n",
			"Nobody asked us,", "a florist", "speech-after"},
		{"a name of the other gender",
			"Pool\n\nThe council will shut the baths in May.\n\nA retired plumber who has swum there every morning since 1980 read the notice twice. “They can shut it when I stop coming,” he said.\n\nMargaret Doyle, 79, swims on Tuesdays.\n",
			"They can shut it when I stop coming,", "a retired plumber", "speech-after"},
		{"a name with nothing set beside it",
			"Pool\n\nThe council will shut the baths in May.\n\nA retired plumber who has swum there every morning since 1980 read the notice twice. “They can shut it when I stop coming,” he said.\n\nFrank Doyle runs the kiosk.\n",
			"They can shut it when I stop coming,", "a retired plumber", "speech-after"},
		{"a paragraph between",
			"Pool\n\nThe council will shut the baths in May.\n\nA retired plumber who has swum there every morning since 1980 read the notice twice. “They can shut it when I stop coming,” he said.\n\nThe baths opened in 1936.\n\nFrank Doyle, 81, swims with his grandson on Saturdays.\n",
			"They can shut it when I stop coming,", "a retired plumber", "speech-after"},
		{"another person named in the lede's paragraph",
			"Pool\n\nThe council will shut the baths in May.\n\nA retired plumber who has swum there every morning since 1980 read the notice twice. “They can shut it when I stop coming,” he said. His neighbour, Ann Hale, nodded.\n\nFrank Doyle, 81, swims with his grandson on Saturdays.\n",
			"They can shut it when I stop coming,", "a retired plumber", "speech-after"},
		{"a name met before",
			"Pool\n\nFrank Doyle, 81, has fought the closure for a year.\n\nA retired plumber who has swum there every morning since 1980 read the notice twice. “They can shut it when I stop coming,” he said.\n\nFrank Doyle, 81, swims with his grandson on Saturdays.\n",
			"They can shut it when I stop coming,", "a retired plumber", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
