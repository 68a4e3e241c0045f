package knowledge

import "testing"

// TestHeadingEchoInnermost: a heading's quotation that repeats words one
// person quotes another saying takes the inner speaker, not the one who
// quotes them, in Markdown (a title heading) as in plain text (the first
// line); words quoted once take that quotation's speaker.
func TestHeadingEchoInnermost(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, want string
	}{
		{"markdown title over a nested quotation", "# 'Never trust a scale': the grocer's last day\n\n" +
			"Ada Vell, 70, closes her shop on Friday.\n\n" +
			"'My mother ran it before me, and she used to say, 'Never trust a scale.' I never have,' Mrs Vell said.\n",
			"Never trust a scale", "My mother"},
		{"plain-text headline over a nested quotation", "'Never trust a scale': the grocer's last day\n" +
			"Ada Vell, 70, closes her shop on Friday.\n" +
			"'My mother ran it before me, and she used to say, 'Never trust a scale.' I never have,' Mrs Vell said.\n",
			"Never trust a scale", "My mother"},
		{"markdown title over a plain quotation", "# 'Nothing lasts for ever': the grocer's last day\n\n" +
			"Ada Vell, 70, closes her shop on Friday.\n\n" +
			"'Nothing lasts for ever,' Mrs Vell said.\n",
			"Nothing lasts for ever", "Vell"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("t.md", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range a.Quotations {
				if q.Text == tt.quote && q.Start < 50 {
					if q.Speaker != tt.want {
						t.Errorf("speaker %q (%s), want %q", q.Speaker, q.Rule, tt.want)
					}
					return
				}
			}
			t.Errorf("quotation %q not found in the heading", tt.quote)
		})
	}
}
