package attribution

import "testing"

// TestUnnamedSpeakers: people the article does not name speak as the
// phrase that first describes them ("one fishmonger", "a source close to
// the keeper", "Another"), and a "she" after a spokeswoman is the body's,
// not a woman named before; a described person who does not speak, a
// person noun that is no subject and a named person between keep the
// quotation where it was.
func TestUnnamedSpeakers(t *testing.T) {
	stall := "Market\n\nTom Reed runs the stall. \"It is quiet,\" he said.\n\n"
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"inverted one and a noun, then a relative aside", stall + "\"Prices are up and nobody has cash,\" said one fishmonger, who did not want to be named. \"Write that down.\"\n",
			"Prices are up and nobody has cash,", "one fishmonger", "speech-after"},
		{"the quotation after it is theirs too", stall + "\"Prices are up and nobody has cash,\" said one fishmonger, who did not want to be named. \"Write that down.\"\n",
			"Write that down.", "one fishmonger", "continuation"},
		{"one and a compound role", stall + "\"Prices are up,\" said one flower seller.\n",
			"Prices are up,", "one flower seller", "speech-after"},
		{"one and a generic noun placed by what he does", stall + "\"He was miles ahead,\" said one man watching from the bridge.\n",
			"He was miles ahead,", "one man", "speech-after"},
		{"a lone Another after people described", stall + "\"Prices are up,\" said one baker.\n\nAnother was less sure. \"It will pass,\" he said.\n",
			"It will pass,", "another", "speech-after"},
		{"a lone One after plural people", "Gala\n\nAnn Dray opened the gala. \"Welcome,\" she said.\n\nMost swimmers were cold. One was not. \"It is like a bath,\" she said.\n",
			"It is like a bath,", "one", "speech-after"},
		{"Another before a noun is no person", stall + "\"Prices are up,\" said one baker.\n\nAnother van arrived. \"It is late again,\" he said.\n",
			"It is late again,", "Reed", "speech-after"},
		{"a source close to someone", "Transfer\n\nTom Reed scored twice. \"Great night,\" he said.\n\nA source close to the goalkeeper said: \"He wants to leave.\"\n",
			"He wants to leave.", "a source close to the goalkeeper", "speech-before"},
		{"a spokeswoman's she in the next paragraph", "Pool\n\nAnna Lowe swims daily. \"I love it,\" she said.\n\nA spokeswoman for Dunmere Town Council said the pool was \"safe to use\".\n\n\"We test the water every day,\" she said.\n",
			"We test the water every day,", "Dunmere Town Council", "speech-after"},
		{"the woman named again after the spokeswoman keeps her she", "Pool\n\nAnna Lowe swims daily. \"I love it,\" she said.\n\nA spokeswoman for Dunmere Town Council said the pool was \"safe to use\". Anna Lowe laughed.\n\n\"They always say that,\" she said.\n",
			"They always say that,", "Lowe", "speech-after"},
		{"a spokesman does not take a she", "Pool\n\nAnna Lowe swims daily. \"I love it,\" she said.\n\nA spokesman for Dunmere Town Council said the pool was \"safe to use\".\n\n\"They always say that,\" she said.\n",
			"They always say that,", "Lowe", "speech-after"},
		{"a role with a noun modifier WordNet reads first as a verb", "Budget\n\nThe mayor, Ann Dray, opened the meeting. \"We are fine,\" she said.\n\nThe finance director warned members that the fund would be empty by June, \"a position no council should be in\".\n",
			"a position no council should be in", "the finance director", "sentence-verb"},
		{"a described person who does not speak", "Fair\n\nOne 12-year-old pupil won the cake contest. \"She beat forty adults,\" said Tom Reed, the judge.\n",
			"She beat forty adults,", "Reed", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
