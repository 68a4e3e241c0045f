package attribution

import "testing"

// TestDescribedSpeakerNextParagraph: an unnamed person brought in by
// reported speech ("One father of four, who asked not to be named, said
// …") is the "he" or "she" of the quotation opening the next paragraph,
// over someone named earlier; someone named between, a pronoun of the
// other gender, or a paragraph that does not open with the quotation keep
// it where it was.
func TestDescribedSpeakerNextParagraph(t *testing.T) {
	shop := "Rent\n\nJo Hart runs the corner shop. \"It is quiet,\" she said.\n\nTom Reed runs the cafe. \"It is busy,\" he said.\n\n"
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a relative aside, then his quotation", shop + "One father of four, who asked not to be named, said he had sold his car.\n\n\"I walk everywhere now,\" he said.\n",
			"I walk everywhere now,", "one father of four", "speech-after"},
		{"a participial aside after a count", shop + "One mother of two, queueing at the bus stop on Friday morning, said the fares had doubled.\n\n\"I can't afford it any more,\" she said.\n",
			"I can't afford it any more,", "one mother of two", "speech-after"},
		{"a restrictive relative clause", shop + "A porter who has worked at the station since 1990 said he had never seen it so busy.\n\n\"It is mad,\" he said. \"Nobody knows where to go.\"\n",
			"It is mad,", "a porter who has worked at the station since 1990", "speech-after"},
		{"a quoted word inside the aside", shop + "One parent, whose son went out on “rhythm,” said the rules were “unfair on the nervous.”\n\n“He cried all the way home,” she said.\n",
			"He cried all the way home,", "one parent", "speech-after"},
		{"a two-sentence quotation", shop + "One neighbour, who asked not to be named, said she had complained twice.\n\n\"It is loud. It goes on until midnight,\" she said.\n",
			"It is loud. It goes on until midnight,", "one neighbour", "speech-after"},
		{"someone named between takes over", shop + "One mother of two, queueing at the bus stop on Friday morning, said the fares had doubled. Jo Hart said the buses were late.\n\n\"I can't afford it any more,\" she said.\n",
			"I can't afford it any more,", "Hart", "speech-after"},
		{"a pronoun of the other gender is not theirs", shop + "One father of four, who asked not to be named, said he had sold his car.\n\n\"I walk everywhere now,\" she said.\n",
			"I walk everywhere now,", "Hart", "speech-after"},
		{"a paragraph naming someone first", shop + "One father of four, who asked not to be named, said he had sold his car.\n\nTom Reed disagreed. \"Buses are fine,\" he said.\n",
			"Buses are fine,", "Reed", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestDescribedSpeakerFragment: a fragment after the speech verb of a
// person described by "One <noun>, whose …," is theirs, a quoted word
// inside the clause notwithstanding; a long quotation inside it is no aside.
func TestDescribedSpeakerFragment(t *testing.T) {
	shop := "Rent\n\nJo Hart runs the corner shop. \"It is quiet,\" she said.\n\n"
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a quoted word in the aside", shop + "One parent, whose son went out on “rhythm,” said the rules were “unfair on the nervous.”\n",
			"unfair on the nervous.", "one parent", "sentence-verb"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestDescribedSpeakerNamedPlace: a name inside the restrictive relative
// clause of a described speaker places no role: the clause is still part
// of the phrase that names them, and the next paragraph's "she" is theirs.
func TestDescribedSpeakerNamedPlace(t *testing.T) {
	text := "Rent\n\nJo Hart runs the corner shop. \"It is quiet,\" she said.\n\n" +
		"A steward who has worked at Elm Park since it opened in 1998 said she had never seen a crowd so quiet.\n\n" +
		"\"They just stood there,\" she said.\n"
	checkSieve(t, text, "They just stood there,", "a steward who has worked at Elm Park since it opened in 1998", "speech-after")
}
