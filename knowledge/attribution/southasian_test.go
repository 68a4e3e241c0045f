package attribution

import "testing"

// TestNamesakesAndAttributiveBodies holds two things a first contact with
// a city-page article found wrong, on invented text: a body named before
// a role noun ("a senior TMC official") is no titled person, so the next
// sentence's named person stays its subject; and a bare surname two
// people share goes to the namesake whose gender the sentence's own
// pronouns fit, when the sentence names no one else; and an official the
// body's name modifies, left unnamed, speaks for that body.
func TestNamesakesAndAttributiveBodies(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"an acronym before a role noun is no person",
			"Market shut\n\nThe Tarapur Municipal Council (TMC) closed the market on Monday.\n\nTMC chairman R Venkat Rao said the stalls were unsafe. \"We gave every trader a week,\" he said.\n\nA senior TMC official said later that the matter was closed.\n",
			"We gave every trader a week,", "Rao"},
		{"an acronym before a role noun, the role first",
			"Market shut\n\nThe Tarapur Municipal Council (TMC) closed the market on Monday. A veteran TMC engineer inspected it.\n\nTMC chairman R Venkat Rao spoke to traders. \"We gave every trader a week,\" he said.\n",
			"We gave every trader a week,", "Rao"},
		{"a man's pronoun moves a shared surname to the man",
			"Bridge works\n\nEngineer P Anand Iyer ordered the closure. Meena Iyer, who leads the traders' group, opposed it. She is not related to the engineer.\n\n\"The shops will die,\" Iyer said.\n\nAsked whether his team would reopen the lane, Iyer said, \"Not before the load test.\"\n",
			"Not before the load test.", "P Anand Iyer"},
		{"a woman's pronoun moves a shared surname to the woman",
			"Bridge works\n\nMeena Iyer leads the traders' group. Engineer P Anand Iyer ordered the closure. He said the deck was cracked.\n\n\"The deck is cracked,\" Iyer said.\n\nAsked whether her members would protest, Iyer said, \"We will march on Friday.\"\n",
			"We will march on Friday.", "Meena Iyer"},
		{"no pronoun: the surname keeps its namesake",
			"Bridge works\n\nEngineer P Anand Iyer ordered the closure. Meena Iyer, who leads the traders' group, opposed it. She is not related to the engineer.\n\n\"The shops will die,\" Iyer said.\n",
			"The shops will die,", "Meena Iyer"},
		{"a pronoun of someone else named in the sentence decides nothing",
			"Bridge works\n\nEngineer P Anand Iyer ordered the closure. Meena Iyer, who leads the traders' group, opposed it. She is not related to the engineer.\n\nAfter Ravi Shankar gave his report, Iyer said, \"The shops will die.\"\n",
			"The shops will die.", "Meena Iyer"},
		{"an official the body's name modifies speaks for the body",
			"Market shut\n\nThe Tarapur Municipal Council (TMC) closed the market on Monday.\n\nA senior TMC official, requesting anonymity, said the stalls were \"beyond repair\" after the fire.\n",
			"beyond repair", "Tarapur Municipal Council"},
		{"the official of the sentence before is that body's",
			"Market shut\n\nThe Tarapur Municipal Council (TMC) closed the market on Monday.\n\nA TMC official said the stalls were unsafe. \"We cannot reopen before the audit,\" the official said.\n",
			"We cannot reopen before the audit,", "Tarapur Municipal Council"},
		{"an official no body's name modifies stays unnamed",
			"Market shut\n\nThe Tarapur Municipal Council (TMC) closed the market on Monday.\n\nA senior official at the station said the trains were late. \"We cannot run before the audit,\" the official said.\n",
			"We cannot run before the audit,", "a senior official at the station"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}
