package attribution

import "testing"

// TestIntroducedAs: words after "<subject> introduced her as" are the
// introducer's, and the clause nearest the quotation gives the subject.
func TestIntroducedAs(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a later clause's introducer, not an earlier clause's speaker",
			"Dr. Mara Quill, the clinic's director, spoke first. A nurse, Tess Quill, answered from the back, and the host of the evening introduced her only as \"Quill, from the ward.\"\n",
			"Quill, from the ward.", "the host", "sentence-verb"},
		{"a named introducer",
			"The panel met on Monday. Ravi Anand introduced the guest as \"our oldest friend.\"\n",
			"our oldest friend.", "Anand", "sentence-verb"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
