package attribution

import "testing"

// TestAgentRolePhrase: a quotation's role phrase finds the person a
// passive's agent or an appointment gives that role, and a role phrase
// nobody named holds goes to the person known only by that role
// (roleSpeaker), not to someone the article gives a different role, unless
// that role is a synonym of it.
func TestAgentRolePhrase(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"a passive's agent", "Premiere\n\nThe play, staged by Orla Kinsella, closes tonight. Ivo Brandt, a reviewer, praised it.\n\n“We rehearsed for a month,” the stager said.\n", "We rehearsed for a month,", "Kinsella"},
		{"a passive's agent, '-or'", "Premiere\n\nThe documentary, directed by Siân Pryce, opens today. Mark Lowe, a critic, liked it.\n\n“We shot it in nine days,” the director said.\n", "We shot it in nine days,", "Pryce"},
		{"an appointment", "Council\n\nAda Renwick, a retired principal, was elected mayor of Larkfield on Friday. Tom Bexley, a grocer, voted for her.\n\n“The roads come first,” the mayor said.\n", "The roads come first,", "Renwick"},
		{"a role nobody named holds is the role's", "Premiere\n\nThe documentary opens today. Mark Lowe, a critic, liked it.\n\n“We shot it in nine days,” the producer said.\n", "We shot it in nine days,", "the producer"},
		{"a synonym, a physician", "Clinic\n\nDr Hal Okafor, a physician at the clinic, saw forty patients.\n\n“We need more beds,” the doctor said.\n", "We need more beds,", "Okafor"},
		{"no other role", "Flood\n\nRuth Mallory lost her kitchen to the river on Sunday.\n\n“It came up in an hour,” the homeowner said.\n", "It came up in an hour,", "Mallory"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestAgentAfter: the past-tense verb after a name gives its subject the
// verb's agent noun; verbs of saying, present tenses and verbs without a
// person noun give none.
func TestAgentAfter(t *testing.T) {
	for _, tt := range []struct{ after, want string }{
		{" won the 58-lap Porto Salvo Grand Prix", "winner"},
		{", 26, won the race", "winner"},
		{" led the inquiry", "leader"},
		{" composed the score", "composer"},
		{" said the plan was sound", ""},
		{" told reporters", ""},
		{" wins often", ""},
		{" is 34", ""},
		{", who won in 2019, was third", ""}, // the verb after the appositive says no role
	} {
		if got := AgentAfter(tt.after); got != tt.want {
			t.Errorf("AgentAfter(%q) = %q, want %q", tt.after, got, tt.want)
		}
	}
}
