package attribution

import "testing"

// TestLearnedRolePhrase holds the role-phrase sieve to roles the article
// itself gives a person, which no lexicon knows.
func TestLearnedRolePhrase(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"after the quote", "Drought\n\nRajesh Mehta-Iyer, the sarpanch of Kheda, met the officials on Monday.\n\nAnil Varma, a farmer, was not invited.\n\n“The well is dry,” the sarpanch said.\n", "The well is dry,", "Mehta-Iyer"},
		{"before a colon", "Drought\n\nRajesh Mehta-Iyer, the sarpanch of Kheda, met the officials on Monday.\n\nAnil Varma, a farmer, was not invited. The sarpanch added: “We need tankers.”\n", "We need tankers.", "Mehta-Iyer"},
		{"inverted 'said the X'", "Strike\n\nLena Okonjo, the chapter's convenor at the depot, called the vote.\n\nPeter Sandu, a driver, voted against. “We walk out at dawn,” said the convenor.\n", "We walk out at dawn,", "Okonjo"},
		{"an 'of' appositive, the role before the verb", "Border\n\nSamir Haddad-Nour, the mukhtar of Ein Tabor, waited at the gate. Yusuf Karam, a shepherd, brought tea.\n\n“Nobody has come,” the mukhtar said on Tuesday.\n", "Nobody has come,", "Haddad-Nour"},
		{"a possessive appositive before a preposition", "Harvest\n\nTomasz Wilk, the estate's cellarmistress at Dolna, tasted the must. Ewa Nowak, a picker, watched.\n\nThe cellarmistress added: “It needs a week.”\n", "It needs a week.", "Wilk"},
		{"a copula's role", "Strike\n\nLena Okonjo is the depot's convenor. Peter Sandu, a driver, voted against.\n\n“We walk out at dawn,” the convenor said.\n", "We walk out at dawn,", "Okonjo"},
		{"a nominal the article attaches to nobody is no role", "Drought\n\nRajesh Mehta-Iyer met the officials on Monday.\n\n“The well is dry,” the sarpanch said.\n", "The well is dry,", ""},
		{"a superlative is no role", "Stall\n\nThree sisters, Mira, Anu and Devi Rao, ran the stall.\n\n“We never close,” the kindest said.\n", "We never close,", ""},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}
