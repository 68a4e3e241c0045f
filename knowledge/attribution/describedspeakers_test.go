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
