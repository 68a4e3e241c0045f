package attribution

import "testing"

// TestRoleSideAndNarration holds two role-phrase sieves: a role phrase
// qualified by a side ("the Harbourside captain") is not the person the
// article titles with that role for another side, and a definite role the
// narration gives its subject before anyone else of that role is named
// ("…, the skipper scoring 60") sticks to that subject.
func TestRoleSideAndNarration(t *testing.T) {
	const match = "Final\n\nNadia Kowalczyk said she was proud after Harbourside beat Millbrook Rovers on Saturday.\n\n" +
		"Harbourside won by two goals, the skipper scoring twice before the break. Defender Priya Kowalczyk, 19, marked Millbrook Rovers captain Saoirse Dunleavy out of the game.\n\n" +
		"“We never stopped running,” the Harbourside captain told reporters.\n\n" +
		"“We were second best,” Dunleavy said.\n\n" +
		"Nadia Kowalczyk was named player of the match.\n\n" +
		"Asked about the trophy, the skipper grinned. “It goes in the clubhouse,” she said.\n"
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"a side's captain is not the other side's", match, "We never stopped running,", "Nadia Kowalczyk"},
		{"the skipper of the narration", match, "It goes in the clubhouse,", "Nadia Kowalczyk"},
		{"the titled captain still speaks by name", match, "We were second best,", "Dunleavy"},
		{"an unqualified role phrase keeps the titled holder", "Final\n\nMillbrook Rovers captain Saoirse Dunleavy was furious.\n\n“We were robbed,” the captain said.\n", "We were robbed,", "Dunleavy"},
		{"the same side's captain", "Final\n\nMillbrook Rovers captain Saoirse Dunleavy was furious.\n\n“We were robbed,” the Millbrook Rovers captain said.\n", "We were robbed,", "Dunleavy"},
		{"a bare shared surname goes to the namesake the paragraph is about", "Final\n\nNadia Kowalczyk said she was proud after Harbourside beat Millbrook Rovers.\n\nHarbourside won by two goals, the skipper scoring twice. Defender Priya Kowalczyk, 19, marked Millbrook Rovers captain Saoirse Dunleavy out of the game.\n\n“We never stopped running,” the Harbourside captain told reporters.\n\nShe praised her sister, who was making her debut. “She never gave the ball away,” Kowalczyk said. “Not once.”\n\nNadia Kowalczyk was named player of the match.\n", "Not once.", "Nadia Kowalczyk"},
		{"a titled namesake keeps the title's person", "Vote\n\nMark Ellis, 33, won Ward 3. Ellis is the son of Sen. Ruth Ellis.\n\n“We counted,” Mark Ellis said.\n\nHis mother was less guarded. “He worked hard,” Sen. Ellis said.\n", "He worked hard,", "Ruth Ellis"},
		{"a compound role's head is its last noun", "Results\n\nOrla Brennan presented the figures. The chief executive, Tom Hale, left early.\n\n“Sales rose,” the chief executive said.\n", "Sales rose,", "Hale"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}
