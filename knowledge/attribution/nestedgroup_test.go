package attribution

import "testing"

// TestNestedGroup: a quotation inside another that the outer speaker
// gives to "the <people> say" is that group's; "they say" or a plural of
// things gives no one.
func TestNestedGroup(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"the customers say",
			"Pub reopens\n\n\u2018Every night the customers say, \u201cSame again, love,\u201d and every night I pour it,\u2019 said Maureen Pike, 61.\n",
			"Same again, love,", "the customers"},
		{"they say",
			"Pub reopens\n\nThe regulars are back. \u2018Every night they say, \u201cSame again, love,\u201d and I pour it,\u2019 said Maureen Pike, 61.\n",
			"Same again, love,", ""},
		{"the papers say",
			"Pub reopens\n\n\u2018Every week the papers say, \u201cThe pub is dead,\u201d and here we are,\u2019 said Maureen Pike, 61.\n",
			"The pub is dead,", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakerOf(t, tt.text, tt.quote, tt.speaker)
		})
	}
}

// TestGroupOwner: "the judges’ citation" with no body the judges are sent
// by is the judges' writing; "the residents’ letter" (no panel) is no
// owner (the paragraph's speaker keeps it).
func TestGroupOwner(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"the judges' citation",
			"Show results\n\nThe rose prize went to Ada Finch of Hollins Lane. The judges\u2019 citation praised her \u2018fearless use of colour\u2019.\n",
			"fearless use of colour", "the judges", "writing"},
		{"the residents' letter",
			"Show results\n\nThe rose prize went to Ada Finch of Hollins Lane. The residents\u2019 letter praised her \u2018fearless use of colour\u2019.\n",
			"fearless use of colour", "Finch", "paragraph-speaker"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
