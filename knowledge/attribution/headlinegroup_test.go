package attribution

import "testing"

// TestHeadlineGroup: a headline's quotation right after its plural
// subject of people is that group's; a nickname or title the headline's
// verb gives, a body's name as the subject, or a quotation the body
// repeats with a speaker (headlineEcho) are not.
func TestHeadlineGroup(t *testing.T) {
	body := "\n\nThe lending library closed its doors on Friday after 60 years.\n"
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a group's word right after it",
			"Parents \u2018devastated\u2019 as village library shuts" + body,
			"devastated", "Parents", "headline"},
		{"after a verb of saying and to",
			"Pensioners vow to \u2018fight on\u2019 for library" + body,
			"fight on", "Pensioners", "headline"},
		{"a nickname after the verb",
			"Villagers rename library \u2018the Hut\u2019" + body,
			"the Hut", "", ""},
		{"a body as the subject",
			"Council \u2018regrets\u2019 library closure" + body,
			"regrets", "", ""},
		{"a singular person",
			"Librarian \u2018heartbroken\u2019 as doors close" + body,
			"heartbroken", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
