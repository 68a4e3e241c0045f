package attribution

import "testing"

// TestRoleOfPlaceBeforeName: an office written with capitals and held "of"
// a place or body, then the holder's name as an appositive ("The Vicar of
// Kelford, the Rev Sarah Pengelly, said"), is the name's: the place after
// "of" is never the speaker. Negatives: a name before the office keeps
// the quotation, and an office with no name after it is no place either.
func TestRoleOfPlaceBeforeName(t *testing.T) {
	for _, tt := range []struct{ name, text, quote, speaker string }{
		{"a vicar of a village, a reverend's name",
			"Thieves stripped the roof of the church in Kelford on Tuesday.\nThe Vicar of Kelford, the Rev Sarah Pengelly, said the parish was “heartbroken but not beaten”.\n",
			"heartbroken but not beaten", "Pengelly"},
		{"a mayor of a town, a councillor's name, a colon",
			"The floods reached the harbour in Kelmouth.\nThe Mayor of Kelmouth, Cllr Bernard Lusk, said: “We will rebuild.”\n",
			"We will rebuild.", "Lusk"},
		{"a bishop of a see",
			"Snow closed the roads.\nThe Bishop of Dunmere, the Rt Rev Alan Frost, said: “We will pray.”\n",
			"We will pray.", "Frost"},
		{"two capitalised words of office, of a force",
			"Roads were shut.\nThe Chief Constable of Kelshire Police, Ann Roe, said the roads were “not safe”.\n",
			"not safe", "Roe"},
		{"a provost of a university, a professor",
			"Arrane University cut 40 jobs.\nThe Provost of Arrane, Professor Ines Lyle, said the cuts were “painful but necessary”.\n",
			"painful but necessary", "Lyle"},
		{"a peer's title, a plain name",
			"The Duke of Wellington, Arthur Wellesley, said it was “a close-run thing”.\n",
			"a close-run thing", "Wellesley"},
		{"speech after the verb",
			"“We will rebuild,” said the Mayor of Kelmouth, Cllr Bernard Lusk.\n",
			"We will rebuild,", "Lusk"},
		{"negative: the name before the office",
			"Kelmouth flooded.\nTom Reed, the Mayor of Kelmouth, said the town would “rebuild”.\n",
			"rebuild", "Reed"},
		{"negative: an office with no name is the office, not its place",
			"Kelmouth flooded.\nThe Mayor of Kelmouth said the town would “rebuild”.\n",
			"rebuild", "the Mayor of Kelmouth"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakerOf(t, tt.text, tt.quote, tt.speaker)
		})
	}
}
