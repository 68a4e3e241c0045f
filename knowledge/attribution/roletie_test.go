package attribution

import "testing"

// TestRoleTies holds, on invented articles, that a speaker known by a role
// is the one named person the article ties the role to elsewhere, and
// that two people who could hold it keep the role.
func TestRoleTies(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"a copula names the role later",
			"Show result\n\nThe Millbeck Singers won on Saturday with a set the judge called “bold and a little mad”.\n\nThe judge, who listened from the gallery, was the conductor Dr Ruth Okoye. She gave no other interview.\n",
			"bold and a little mad", "Okoye"},
		{"a naming aside",
			"Inquiry\n\nA retired nurse told the inquiry: “I have lived here all my life and the lorries frighten me.”\n\nThe nurse, who gave her name as Gloria Penhale, 68, said she would appeal.\n",
			"I have lived here all my life and the lorries frighten me.", "Penhale"},
		{"the verb of the role",
			"Committee\n\nThe chair let the silence settle. “Is that an answer?” she asked.\n\nMarion Teague has chaired the committee since 2019.\n",
			"Is that an answer?", "Teague"},
		{"two tied to the role keep it",
			"Committee\n\nThe chair let the silence settle. “Is that an answer?” she asked.\n\nMarion Teague has chaired the committee since 2019. Before her, Joan Ruddock chaired it.\n",
			"Is that an answer?", "the chair"},
		{"a gender the two disagree on keeps the role",
			"Committee\n\nThe chair let the silence settle. “Is that an answer?” she asked.\n\nPeter Teague has chaired the committee since 2019.\n",
			"Is that an answer?", "the chair"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

func TestAgentNouns(t *testing.T) {
	for _, tt := range []struct{ verb, want string }{
		{"chaired", "chair"}, {"adjudicated", "adjudicator"}, {"organised", "organiser"}, {"judges", "judge"}, {"refereed", "referee"}, {"coached", "coach"},
	} {
		got := agentNouns(tt.verb)
		found := false
		for _, w := range got {
			found = found || w == tt.want
		}
		if !found {
			t.Errorf("agentNouns(%q) = %q, want it to hold %q", tt.verb, got, tt.want)
		}
	}
}

// TestNamesakes holds, on invented articles, which of several people
// sharing a surname a bare, titled or qualified surname names.
func TestNamesakes(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"the younger Mr X",
			"Show\n\nThe prize went to Walter Crane, 80, a retired baker. “I am still the best,” Mr Crane said.\n\nHis son, Peter Crane, 51, runs the bakery now. “Dad will sulk for a week,” said the younger Mr Crane.\n",
			"Dad will sulk for a week,", "Peter Crane"},
		{"the elder Mrs X",
			"Show\n\nThe prize went to Edna Crane, 80. Her daughter, Susan Crane, 51, runs the bakery now.\n\n“I am still the best,” said the elder Mrs Crane.\n",
			"I am still the best,", "Edna Crane"},
		{"a title fits the namesake known to be of its gender",
			"Chess\n\nThe top seed was Olga Brandt, whose brother, the club player Tobiah Brandt, also entered. “He is scared of me,” Ms Brandt said.\n",
			"He is scared of me,", "Olga Brandt"},
		{"with no way to decide, the most recent full mention",
			"Council\n\nCouncillor Jo Harker spoke first. Councillor Sam Harker, no relation, spoke next.\n\n“We cannot afford it,” Harker said.\n",
			"We cannot afford it,", "Sam Harker"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestRetitledNamesakes holds that a titled surname leaves the namesake
// whom the pronouns show to be of the other gender.
func TestRetitledNamesakes(t *testing.T) {
	checkQuoteSpeaker(t, "Chess\n\nThe top seed was Zdenka Brandt, whose brother, the club player Tobiah Brandt, also entered. He said the draw was kind to him, and his coach agreed.\n\n“He is scared of me,” Ms Brandt said.\n",
		"He is scared of me,", "Zdenka Brandt")
}
