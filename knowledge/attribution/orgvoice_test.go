package attribution

import "testing"

// TestVoiceOfNamedBody: a voice noun ("spokesperson") speaks for the body
// named before it even when the article gives that body's name only as a
// name of no known kind ("A Harvest Shield spokesperson") or only inside a
// longer name ("a county spokesperson" after the Dunmore County Roads
// Office: Dunmore County).
func TestVoiceOfNamedBody(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a name of no known kind before the voice noun",
			"Ashby won the Harvest Shield final on Sunday.\nA Harvest Shield spokesperson said the panel would meet on Tuesday and that the competition would 'not be commenting on refereeing'.\n",
			"not be commenting on refereeing", "Harvest Shield", "sentence-verb"},
		{"a body named only inside a longer name",
			"DUNMORE — The Dunmore County Roads Office closed the ford on Friday after the flood.\nA county spokesperson said crews were \"looking at every way to reopen it.\"\n",
			"looking at every way to reopen it.", "Dunmore County", "speech-before"},
		{"a word heading the name is that body",
			"DUNMORE — The Dunmore Roads Office closed the ford on Friday after the flood.\nAn office spokesperson said crews were \"looking at every way to reopen it.\"\n",
			"looking at every way to reopen it.", "Dunmore Roads Office", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
