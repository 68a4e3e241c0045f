package attribution

import "testing"

// TestPluralGroupSpeaks: a panel the article knows only by a definite
// plural role noun ("the stewards", "the Ridley stewards", "the judges")
// speaks together, named by the phrase; a plural after a preposition is
// an object ("for the lenders"), and a crowd ("officials", "residents")
// is left to the other rules.
func TestPluralGroupSpeaks(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a place before the plural noun",
			"Kessock Cup result stands\n\nThe stewards looked at the finish for ten minutes.\n\nIn a statement, the Kessock stewards said the bump had been \"accidental and without effect\". Tom Reyes rode the winner.\n",
			"accidental and without effect", "the Kessock stewards", "speech-before"},
		{"a bare definite plural opening the sentence",
			"Gardening prize\n\nMaria Okafor won the cup for her roses.\n\nThe judges called the display \"a small miracle of patience\".\n",
			"a small miracle of patience", "the judges", "speech-before"},
		{"a dash signature",
			"Winners\n\nBest newcomer: Ana Price, Ridley Gazette. ‘Brave, careful and clear’ — the judges.\n",
			"Brave, careful and clear", "the judges", "dash"},
		{"the group after a preposition is no subject",
			"Hearing\n\nAdv. Ravi Menon, for the creditors, said the money came \"from loans, not sales\".\n",
			"from loans, not sales", "Menon", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestPluralHeadBody: a name whose last word is a capitalised plural of a
// common noun and whose first is no given name is a firm's, even when it
// speaks like a person ("Corbel Ferries said"); a person whose surname is
// such a plural stays a person.
func TestPluralHeadBody(t *testing.T) {
	for _, tt := range []struct {
		name, text, entity string
		want               EntityKind
	}{
		{"a firm named for its trade", "Ferry strike\n\nCorbel Ferries said it was \"saddened\" by the vote. The union's organiser, Ann Lee, said talks were over.\n", "Corbel Ferries", Organisation},
		{"a person with a plural-noun surname", "Rowing\n\nMegan Brooks said she was \"thrilled\". Brooks won by a length.\n", "Megan Brooks", Person},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, en := range r.Entities {
				if en.Name == tt.entity {
					if en.Kind != tt.want {
						t.Errorf("%s is %s, want %s", tt.entity, en.Kind, tt.want)
					}
					return
				}
			}
			t.Errorf("no entity %q", tt.entity)
		})
	}
}

// TestPlacePairBody: a body named for two places runs over "and"
// ("Rydal and Grasmere Fell Rescue Team"); two names joined by "and"
// stay two.
func TestPlacePairBody(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"two places and a long head",
			"Rescue\n\nRydal and Grasmere Fell Rescue Team said the walkers had been \"very lucky indeed\".\n",
			"very lucky indeed", "Rydal and Grasmere Fell Rescue Team"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, "speech-before") })
	}
}

// TestParagraphVoiceBody: a bare "A spokesperson says" opening a paragraph
// speaks for the body the paragraph before brought in, even one the
// article names only by a name of no known kind.
func TestParagraphVoiceBody(t *testing.T) {
	text := "Refund\n\nMs K bought a table from Birchwood Home in June. It wobbled.\n\nI wrote to Birchwood Home on 3 July and sent the photographs.\n\nA spokesperson says: ‘We have refunded her in full.’\n"
	checkSieve(t, text, "We have refunded her in full.", "Birchwood Home", "speech-before")
}
