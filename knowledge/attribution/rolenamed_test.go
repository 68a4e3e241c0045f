package attribution

import (
	"slices"
	"testing"
)

// TestRoleNamedNext holds, on invented articles, that a role stated
// without a name is the person the next sentence introduces as a speaker,
// and that a name in the role's sentence, a speaker named before or a
// second role leave it alone.
func TestRoleNamedNext(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, person, role string
	}{
		{"a company's director, named in the speech tag after",
			"Ferry fares\n\nHarbourline’s chief executive said the firm was “very sorry” about the delays. “We have two boats in dry dock,” said Priya Malhotra, who joined in 2020.\n",
			"very sorry", "Malhotra", "Priya Malhotra", "executive"},
		{"its chair, then a titled name",
			"Roads\n\nThe county council said it would review the scheme. Its highways committee chair called for calm. “Nobody wants more potholes,” said Cllr Bernard Yates.\n",
			"Nobody wants more potholes,", "Yates", "Bernard Yates", "chair"},
		{"an indefinite adviser, named as the next subject",
			"Pools win\n\nThe pair were met by a winnings adviser from the pools firm, who has seen 300 winners. Gail Morrow said the pair had made “a calm start”.\n",
			"a calm start", "Morrow", "Gail Morrow", "adviser"},
		{"the role's own quotation, an aside with a place in it",
			"School\n\nThe headteacher, who joined in May after ten years as a deputy head in Dunford, said she was “hurt but determined”. Alma Rigg said the grade was “a year out of date”.\n",
			"hurt but determined", "Rigg", "Alma Rigg", "headteacher"},
		{"a person named in the role's sentence keeps the role theirs",
			"Ferry fares\n\nTom Reid, Harbourline’s chief executive, said the firm was “very sorry”. “We have two boats in dry dock,” said Priya Malhotra, a passenger.\n",
			"very sorry", "Reid", "Priya Malhotra", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker)
			if tt.role == "" {
				return
			}
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Name == tt.person && !slices.Contains(e.Roles, tt.role) {
					t.Errorf("%s roles %q, want %q among them", e.Name, e.Roles, tt.role)
				}
			}
		})
	}
}

// TestSpouseNames holds, on invented articles, that "his wife Linda"
// after a full name takes the husband's surname, that "Mrs <surname>" is
// then the wife, and that "her husband" is the one named husband.
func TestSpouseNames(t *testing.T) {
	const couple = "Pools win\n\nGary Holt, 61, and his wife Maureen, 59, collected the cheque on Monday.\n\n“I screamed the house down,” Mrs Holt said.\n\n“I thought she had burnt the toast,” Mr Holt said.\n\nHer husband was calmer. “Ask me next week,” he said.\n"
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"Mrs is the wife", couple, "I screamed the house down,", "Maureen Holt"},
		{"Mr is the husband", couple, "I thought she had burnt the toast,", "Gary Holt"},
		{"her husband is the named husband", couple, "Ask me next week,", "Gary Holt"},
		// Two couples: "her" is the woman named last, as for any pronoun,
		// and her husband is the one the article pairs with her.
		{"two couples, her husband is the last-named wife's",
			"Pools win\n\nGary Holt, 61, and his wife Maureen, 59, won. So did Alan Pike and his wife Rita.\n\nHer husband was calmer. “Ask me next week,” he said.\n",
			"Ask me next week,", "Alan Pike"},
		{"husbands never named keep the phrase",
			"Pools win\n\nMaureen Holt and Rita Pike won with their husbands.\n\nHer husband was calmer. “Ask me next week,” he said.\n",
			"Ask me next week,", "her husband"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}
