package attribution

import "testing"

// TestIntroducedSubjectSpeaks: a person newly named as the subject of the
// previous paragraph, with a relative clause or an appositive and without
// speaking, is the "he"/"she" of the next paragraph's quotation, ahead of
// an earlier speaker — also when the surname ends in a word the lexicon
// only finds by splitting it ("Garside": "gar" + "side"). Negatives: a
// person named as an object or in a reported clause leaves the earlier
// speaker talking, and the other gender does too.
func TestIntroducedSubjectSpeaks(t *testing.T) {
	const open = "The bakery on Mill Lane will close in May.\n‘We can’t compete with the supermarket,’ said the owner, Dev Sharma. ‘It breaks my heart.’\n"
	for _, tt := range []struct{ name, text, quote, speaker string }{
		{"a relative clause, then a new paragraph's he",
			open + "Local traders say the loss will be felt. Tom Garside, who runs a cheese stall from a unit two doors along, buys about 60 loaves a week there.\n‘Dev knows every customer by name, and she knows who wants the crusts,’ he said. ‘From May I’m driving to town.’\n",
			"From May I’m driving to town.", "Garside"},
		{"an appositive, she",
			open + "Ruth Allerton, a childminder who lives above the shop, takes six children there every Friday.\n‘They love the iced buns,’ she said.\n",
			"They love the iced buns,", "Allerton"},
		{"a person's surname is no team",
			"Tom Garside sends about 60 parcels a week from his farm.\n‘It’s a lot of cheese,’ he said.\n",
			"It’s a lot of cheese,", "Garside"},
		{"negative: named as an object, the speaker goes on",
			open + "Mr Sharma said he had sold the ovens to Harry Oakes, who runs the butcher’s next door.\n‘Harry took it well,’ he said. ‘Better than me.’\n",
			"Harry took it well,", "Sharma"},
		{"negative: a woman introduced, a man's he",
			open + "Ruth Allerton, a childminder who lives above the shop, takes six children there every Friday.\n‘I’ll bake for her at home,’ he said.\n",
			"I’ll bake for her at home,", "Sharma"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakerOf(t, tt.text, tt.quote, tt.speaker)
		})
	}
}
