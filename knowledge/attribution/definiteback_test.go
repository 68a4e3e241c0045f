package attribution

import "testing"

// TestDefiniteDescribedAntecedents: a definite phrase taking up a person
// the article described without a name ("The doctor said she …") makes
// that person the antecedent of the "she said" after it, through a
// parenthetical tag ("What kept her, she said, was …") to the quotation
// that follows; someone named in between keeps the pronoun, and a
// definite phrase naming a thing ("The statement said") brings in no one.
func TestDefiniteDescribedAntecedents(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"through a parenthetical tag",
			"Ward row\n\nThe hospital was criticised by inspectors on Monday.\n\nA junior doctor at the hospital, who asked not to be named, said the rota had improved. “It is better,” she said.\n\nThe doctor said she had thought of quitting. What kept her, she said, was the team. “We carry each other,” she said. “Nobody else does.”\n",
			"Nobody else does.", "a junior doctor at the hospital"},
		{"a man, two sentences on",
			"Pit closes\n\nThe last shift ended at noon.\n\nA former miner at the gates, who gave no name, said he had worked there for 30 years.\n\nThe miner said he would miss the noise. Asked what next, he said he did not know. “I'll fish, probably,” he said.\n",
			"I'll fish, probably,", "a former miner at the gates"},
		{"someone named in between keeps the pronoun",
			"Ward row\n\nThe hospital was criticised by inspectors on Monday.\n\nA junior doctor at the hospital, who asked not to be named, said the rota had improved.\n\nThe doctor said things were better. Dr Ruth Kell, the consultant, disagreed. “It is not better,” she said.\n",
			"It is not better,", "Kell"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakerOf(t, tt.text, tt.quote, tt.speaker)
		})
	}
	// "The statement said": no one is described as a statement.
	text := "Club fined\n\nThe club was fined £5,000 on Friday. A statement was issued by the league.\n\nThe statement said the club had broken the rules. “We accept it,” she said.\n"
	r := Analyze(docOf(text), DefaultLexicon())
	for _, en := range r.Entities {
		if en.RoleOnly && en.last == "statement" {
			t.Errorf("a statement brought in as a person: %q", en.Name)
		}
	}
}
