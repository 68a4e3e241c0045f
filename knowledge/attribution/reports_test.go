package attribution

import "testing"

// TestReportsAndDescribedSpeakers: a report's words are its publisher's
// (the body its inspectors come from), and a speaker described before
// being named is the person named next.
func TestReportsAndDescribedSpeakers(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, want string
	}{
		{"a passive grade's bare agent is the body its members come from",
			"Hatherley Academy has been rated “inadequate” by auditors. Auditors from the Colleges Review Council spent three days there.\n",
			"inadequate", "Colleges Review Council"},
		{"the agent's relative clause gives its fragments",
			"Hatherley Academy has been rated “inadequate” by auditors, who found that its accounts were “in disarray”. Auditors from the Colleges Review Council spent three days there.\n",
			"in disarray", "Colleges Review Council"},
		{"they found, after the group is introduced",
			"Auditors from the Colleges Review Council spent three days at Hatherley Academy.\nThey found the library “badly run” and the canteen “spotless”.\n",
			"spotless", "Colleges Review Council"},
		{"the group's speech is the body's",
			"Auditors from the Colleges Review Council spent three days at Hatherley Academy.\nThe canteen was “spotless”, the auditors said.\n",
			"spotless", "Colleges Review Council"},
		{"their report two paragraphs back",
			"Hatherley Academy was visited in May. Auditors from the Colleges Review Council spent three days there, and their report came out on Friday.\nThe principal, Dev Anand, resigned.\nThe report said: “Leaders have lost control of spending.”\n",
			"Leaders have lost control of spending.", "Colleges Review Council"},
		{"a described speaker named bare in the next sentence",
			"The principal, who arrived from Leeds in March, said she was “shocked”. Nadia Osei said the college “can recover”.\n",
			"shocked", "Nadia Osei"},
		{"a named speaker with her own description is someone else",
			"The principal, who arrived from Leeds in March, said she was “shocked”. Nadia Osei, a parent, said the college “can recover”.\n",
			"shocked", "the principal"},
		{"a lower-case role often a surname heads a described speaker",
			"The farmer who owns the field came over the stile. ‘My uncle found a coin here,’ he told me.\nTom Acre has farmed the valley since 1990.\n",
			"My uncle found a coin here,", "Tom Acre"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, q := range r.Quotations {
				if r.doc.Text[q.Start:q.End] != tt.quote {
					continue
				}
				got := ""
				if q.Speaker >= 0 {
					got = r.Entities[q.Speaker].Name
				}
				if got != tt.want {
					t.Errorf("speaker %q (rule %s), want %q", got, q.Rule, tt.want)
				}
				return
			}
			t.Fatalf("no quotation %q", tt.quote)
		})
	}
}
