package attribution

import "testing"

// TestSoleRoleHolder: a role phrase that says no more than its possessor
// ("my manager", "their coach") is the one holder of the role the article
// names; two holders, a holder another body's name qualifies, a family
// noun or no named holder leave it as it was.
func TestSoleRoleHolder(t *testing.T) {
	cases := []struct{ name, text, quote, want string }{
		{"nested my role, other side's holder qualified",
			"The Harbor Gulls beat the Milltown Foxes 5-4 on Friday.\n\nThe winning run came from shortstop Ana Ruiz. \"My coach kept telling me, 'Watch the low ball.' So I did,\" Ruiz said.\n\nCoach Pete Lander said the team had earned it. Foxes coach Ivy Marsh said her side had been unlucky.",
			"Watch the low ball.", "Lander"},
		{"nested my role, two unqualified holders",
			"Two coaches spoke after the game.\n\nCoach Pete Lander said the team had earned it. Coach Ivy Marsh agreed.\n\n\"My coach kept telling me, 'Watch the low ball.' So I did,\" said shortstop Ana Ruiz.",
			"Watch the low ball.", "My coach"},
		{"nested my kin stays",
			"Ana Ruiz hit the winning run. Her father, Tom Ruiz, watched.\n\n\"My uncle kept telling me, 'Watch the low ball.' So I did,\" Ruiz said.",
			"Watch the low ball.", "My uncle"},
		{"their role named later",
			"The Ashby crew won the final on Saturday. It was, said their coach, \"the best row I have seen in years\".\n\nThe coach, Mary Doyle, a former sculler, said the crew had trained hard.",
			"the best row I have seen in years", "Doyle"},
		{"his role, holder named elsewhere",
			"Sam Orr won the stage. \"We took a risk,\" said his team manager.\n\nThe team manager, Karl Weiss, said Orr had been brave.",
			"We took a risk,", "Weiss"},
		{"their role, no holder named",
			"The Ashby crew won the final on Saturday. It was, said their coach, \"the best row I have seen in years\".",
			"the best row I have seen in years", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSpeakerOf(t, c.text, c.quote, c.want) })
	}
}
