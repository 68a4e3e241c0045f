package attribution

import "testing"

// TestWritingAgentBody: "the report" with no owner of its own is the work
// of the body the sentence before names as the passive's agent ("was
// inspected by …", "commissioned by …"); a person as the agent, or an
// agent in another paragraph, gives it no owner.
func TestWritingAgentBody(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"inspected by a council, the report says",
			"Care home rated poor\n\nBeechwood House in Alder Lane was inspected by the Care Quality Commission in March. The report, published on Tuesday, says staff were \u201ctoo few to keep residents safe at night\u201d.\n",
			"too few to keep residents safe at night", "Care Quality Commission", "writing"},
		{"commissioned by a trust, the review found",
			"Bridge to close\n\nThe survey was commissioned by Fenmoor Rail Trust after cracks appeared. The report, seen by this paper, describes the span as \u201cbeyond economic repair\u201d.\n",
			"beyond economic repair", "Fenmoor Rail Trust", "writing"},
		{"the agent is a person",
			"Bridge to close\n\nThe survey was carried out by Tom Reese, an engineer. The report says the span is \u201cbeyond economic repair\u201d.\n",
			"beyond economic repair", "Reese", "paragraph-speaker"},
		{"an agent in the paragraph before",
			"Bridge to close\n\nThe survey was commissioned by Fenmoor Rail Trust after cracks appeared.\n\nThe report says the span is \u201cbeyond economic repair\u201d.\n",
			"beyond economic repair", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
