package attribution

import "testing"

// TestRoleAppositiveAfterVerb: "said the union's regional organiser, Shona
// Pike" — the person the appositive names speaks, not the body in the
// possessive, even when her given name is also a common noun or the role
// noun is one the lexicon lacks.
func TestRoleAppositiveAfterVerb(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a body's possessive before the role",
			"Strike called\nThe Dock Workers' Union said its members had no choice.\n\"We wanted a deal,\" said the union's regional organiser, Shona Pike. \"We got a lecture.\"\n",
			"We wanted a deal,", "Pike", "speech-after"},
		{"a given name that is also a noun, after the comma",
			"Strike called\nThe Dock Workers' Union said its members had no choice.\n\"We wanted a deal,\" said the union's organiser, Shona Pike.\n",
			"We wanted a deal,", "Pike", "speech-after"},
		{"a role noun the lexicon lacks",
			"Strike called\nThe Dock Workers' Union said its members had no choice.\n\"We wanted a deal,\" said the union's convenor-in-chief, Ewan Pike.\n",
			"We wanted a deal,", "Pike", "speech-after"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestParticipleAsideBeforeVerb: "Ann Roe, speaking in the Assembly on
// Monday, said" — the body the aside names is not the speaker.
func TestParticipleAsideBeforeVerb(t *testing.T) {
	checkSieve(t, "Minister speaks\nThe health minister, Ann Roe, speaking in the Assembly on Monday afternoon, said she had read it \"with sorrow.\"\n",
		"with sorrow.", "Roe", "speech-before")
}

// TestPlainPersonByFunction: "the man on the phone said" names who spoke
// by the phrase; "the woman said" alone stays anonymous.
func TestPlainPersonByFunction(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a man on the phone",
			"Bus cut\nWhen I rang the depot, the man on the phone said, \"Take the early bus.\" I did.\n",
			"Take the early bus.", "the man on the phone", "speech-before"},
		{"a woman from an agency",
			"Flat lost\nThe woman from the letting agency said, \"It has gone.\"\n",
			"It has gone.", "the woman from the letting agency", "speech-before"},
		{"a bare plain noun stays anonymous",
			"Flat lost\nThe woman said, \"It has gone.\"\n",
			"It has gone.", "", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
