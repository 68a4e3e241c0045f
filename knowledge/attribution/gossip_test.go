package attribution

import "testing"

// TestPlacedInsiders holds that an anonymous noun a noun modifier places
// ("a parish insider", "a club source") names its speaker by the phrase,
// as an indefinite role phrase does; "a source close to the club" and "an
// anonymous source" are named by the phrase as written too, as the sets
// since dev11 name the wholly anonymous (never the person or body they
// are close to).
func TestPlacedInsiders(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"present tense, tells me", "The town fair opened on Friday.\nThe pony ride was dropped this year. \"It was that or the band,\" a parish insider tells me, \"and the band is cheaper.\"\n",
			"It was that or the band,", "a parish insider", "speech-after"},
		{"the second half", "The town fair opened on Friday.\nThe pony ride was dropped this year. \"It was that or the band,\" a parish insider tells me, \"and the band is cheaper.\"\n",
			"and the band is cheaper.", "a parish insider", "speech-before"},
		{"past tense", "The town fair opened on Friday.\n\"It was that or the band,\" a club source said.\n",
			"It was that or the band,", "a club source", "speech-after"},
		{"subject first", "The town fair opened on Friday.\nA club source said: \"The band was cheaper.\"\n",
			"The band was cheaper.", "a club source", "speech-before"},
		{"a source close to someone is named by the phrase, not the mayor", "The town fair opened on Friday.\nA source close to the mayor said: \"The band was cheaper.\"\n",
			"The band was cheaper.", "a source close to the mayor", "speech-before"},
		{"an adjective places nobody: the phrase as written", "The town fair opened on Friday.\nAn anonymous source said: \"The band was cheaper.\"\n",
			"The band was cheaper.", "an anonymous source", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestOneOpensRolePhrase holds that "one" opens an indefinite role phrase
// as "a" does ("One long-serving clerk describes them as …"), hyphenated
// modifiers counting as one word, and the phrase names the speaker.
func TestOneOpensRolePhrase(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"one said", "The fair opened on Friday.\nOne veteran clerk said: \"It was a disaster.\"\n",
			"It was a disaster.", "one veteran clerk", "speech-before"},
		{"describes as", "The fair opened on Friday.\nOne veteran clerk describes them as \"costly beds for napping in\".\n",
			"costly beds for napping in", "one veteran clerk", "speech-before"},
		{"hyphenated modifier", "The fair opened on Friday.\nOne long-serving clerk describes them as \"costly beds for napping in\".\n",
			"costly beds for napping in", "one long-serving clerk", "speech-before"},
		{"a hyphenated modifier after a", "The fair opened on Friday.\nA long-serving clerk calls them \"costly beds for napping in\".\n",
			"costly beds for napping in", "a long-serving clerk", "speech-before"},
		{"in a diary paragraph", "Back at the town hall, there is grumbling about the new \"rest pods\" installed at a cost of £4,000. These are, as far as I can tell, armchairs with hoods. One veteran clerk describes them as \"costly beds for napping in\". A spokesman for Hamley Council says the pods were cheap.\n",
			"costly beds for napping in", "one veteran clerk", "speech-before"},
		{"one of a group is no role phrase", "The fair opened on Friday.\nOne of the clerks said: \"It was a disaster.\"\n",
			"It was a disaster.", "", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestDigestBodies holds the press-digest convention for bodies the
// article never names with capitals: a head the lexicon also reads as a
// person ("authority") is a body's after a noun modifier ("the water
// authority"), and an indefinite body its modifiers describe ("A farmers'
// association") speaks as a definite one does.
func TestDigestBodies(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a modified authority after a named resident", "- Residents refused to leave. \"I will not go,\" Rosa Blanco, 70, told the paper. The regional harbour authority said in a statement that the pier was \"sound but watched\" and that the order was \"a mere precaution.\"\n",
			"sound but watched", "regional harbour authority", "sentence-verb"},
		{"its second quotation", "- Residents refused to leave. \"I will not go,\" Rosa Blanco, 70, told the paper. The regional harbour authority said in a statement that the pier was \"sound but watched\" and that the order was \"a mere precaution.\"\n",
			"a mere precaution.", "regional harbour authority", "sentence-verb"},
		{"an indefinite body", "- Wool exports rose 5 percent, the paper said. A growers' cooperative called the figures \"a welcome surprise.\"\n",
			"a welcome surprise.", "growers' cooperative", "speech-before"},
		{"an expert's adjective makes no body: a person by the phrase", "Ivo Brandt wrote the survey.\n\"It is wrong,\" a leading authority said.\n",
			"It is wrong,", "a leading authority", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestModifiedPersonHeadStaysPerson holds that a head the hand lists give
// people ("executive") stays a person's role after a noun modifier.
func TestModifiedPersonHeadStaysPerson(t *testing.T) {
	checkSieve(t, "Headline\nPaul Ybarra, chief executive of Midland Freight, faced the panel. \"You'll have the logs by Friday,\" the railroad executive said.\n",
		"You'll have the logs by Friday,", "Ybarra", "speech-after")
}

// TestWritingOfAnotherName holds that "the report said" after "a review by
// the state audit office" speaks for the review's author: a body named by
// a common-noun phrase becomes one when a writing is by it, and a bare
// writing falls back to the latest earlier writing whose owner is given.
func TestWritingOfAnotherName(t *testing.T) {
	const text = "Why the tunnel is late\nThe Orla road tunnel is two years late.\nThere are two reasons, according to a review by the state audit office published on Monday.\nFirst, the rock was harder than expected. Second, the audit office found that the design changed often.\n“Each change had a reason,” the report said. “Together, they sank the project.”\nTransport Minister Ina Lowe said she accepted the findings.\n"
	for _, tt := range []struct {
		name, quote, speaker, rule string
	}{
		{"the report's first quotation", "Each change had a reason,", "state audit office", "writing-back"},
		{"its continuation", "Together, they sank the project.", "state audit office", "writing-back"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestNewWritingIsNoBackReference holds that an indefinite writing ("a
// victim impact statement") is no reference back to an earlier writing of
// another name and its owner.
func TestNewWritingIsNoBackReference(t *testing.T) {
	checkSieve(t, "Headline\nThe court read a letter from Ron Dale's sister, Amy Dale. \"He changed,\" the letter said.\nOne victim, farmer Lou Tarr, lost two trucks. In a victim impact statement read to the court, he said: \"It was my living.\"\n",
		"It was my living.", "Tarr", "speech-before")
}
