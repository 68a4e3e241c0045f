package attribution

import "testing"

// TestBylineAndWifeStyled holds the sieves to a debate page whose pieces
// are each their byline writer's (a pull quote repeating the narration is
// the writer's), and to a period report naming a woman "Mrs. <her
// husband's name>" whom a later sentence names with her own given name.
func TestBylineAndWifeStyled(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a pull quote under a byline is the byline writer's",
			"Head to head\n## YES\n**By Folasade Adeyinka-Ross**\nI walk my children to school. Forty-five minutes is not a lot to ask of a driver.\n> “Forty-five minutes is not a lot to ask of a driver.”\n## NO\n**By Desmond Harrow**\nI run a shop. A rule that ignores drivers is theatre.\n> “A rule that ignores drivers is theatre.”\n",
			"A rule that ignores drivers is theatre.", "Harrow", "pull-quote"},
		{"'Mrs. Arthur Pettit' is the Margaret Pettit a later sentence names",
			"Pier fire\nAmong the crowd was Mrs. Arthur Pettit, whose husband runs the tea rooms. “It is like losing an old friend,” she said.\nFifty years on\nMrs. Arthur Pettit, as the paper called her, was Margaret Pettit. Her daughter still runs the tea rooms.\n",
			"It is like losing an old friend,", "Margaret Pettit", "speech-after"},
	})
}
