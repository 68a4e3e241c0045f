package knowledge

import "testing"

// TestCheckClaimedRolePhrase: a claim may name its speaker by a role
// phrase ("The porter said", "A clerk at the bank told me") for someone
// the article knows only by a role phrase of its own ("our porter", "a
// clerk at Fenwick Savings"): the same person when the claimed noun is in
// the article's phrase, not the body or person named inside the phrase
// that places them; another speaker's words do not match.
func TestCheckClaimedRolePhrase(t *testing.T) {
	const hotel = "Hotel review\n\nThe Quayside Hotel has 40 rooms. I asked our porter, a cheerful student, about the lift. ‘It works on Sundays,’ he said.\n\n‘We are fixing it,’ said Owen Price, the manager.\n"
	const bank = "Bank\n\nI rang Fenwick Savings in May. A clerk at Fenwick Savings told me, ‘Your account is closed,’ and hung up.\n\n‘That was wrong,’ said Dana Holt, the bank's director.\n"
	const panel = "Show\n\nThe Ridley judges gave the cup to Ann Moss. In a statement, the Ridley judges said the roses were \"quite simply the best\".\n\n\"I cried,\" Moss said.\n"
	yes, no := true, false
	for _, tt := range []struct {
		name, text, msg, speaker string
		matches                  bool
	}{
		{"a definite role for a possessive one", hotel, `The porter said "It works on Sundays"`, "our porter", yes},
		{"a role phrase, another speaker's words", hotel, `The porter said "We are fixing it"`, "Price", no},
		{"a placed role phrase, not the body that places it", bank, `A clerk at Fenwick Savings told me "Your account is closed"`, "a clerk at Fenwick Savings", yes},
		{"a panel by its plural noun", panel, `The judges said the roses were "quite simply the best"`, "the Ridley judges", yes},
		{"a panel, a winner's words", panel, `The judges said "I cried"`, "Moss", no},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimSpeaker(t, tt.text, tt.msg, tt.speaker, tt.matches)
		})
	}
}
