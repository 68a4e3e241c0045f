package knowledge

import (
	"strings"
	"testing"
)

// TestCheckContextTurnsWords: words found as written are near, not exact,
// when the speaker's sentence turns them around — a negator or a
// restricting clause right after where the claim stops, or a frame before
// them that is not the speaker's own assertion (another's saying or
// belief, a negated one, a question or a condition); the change names the
// left-out words and the reason says why. Words whose context does not
// turn them (the speaker's own "I think", a fragment whose sentence goes
// on plainly, narration's reported speech) stay exact.
func TestCheckContextTurnsWords(t *testing.T) {
	art := `Ferry timetable cut

PORT EDNEY — The island ferry will run twice a day from March, the operator said on Tuesday.

"Tourists assume the island is quiet all winter," said Maren Holt, who runs the harbour café. "It is busy every weekend. I think the second sailing should stay."

Councillor Idris Vane said the cut was a mistake. "Some say the operator can afford the loss. We say it should not have to," he said. "The coastguard tells me 40 boats were out on Sunday." "I don't think the island can wait another year."

Asked whether the council would pay for a third sailing, Vane said no. "If the money is found, we will run it, unless the harbour closes."

The operator's manager, Leigh Onslow, said: "The timetable will change, but the fares will stay as they are."
`
	for _, tt := range []struct {
		name, msg string
		want      Verdict
		left      string // the left-out article words of a near verdict ("" not checked)
	}{
		{"negator after the claim's full stop", `Idris Vane said "We say it should."`, VerdictNear, "not"},
		{"negator after a fragment", `Idris Vane said "we say it should"`, VerdictNear, "not"},
		{"restricting clause after the full stop", `Idris Vane said "If the money is found, we will run it."`, VerdictNear, "unless the harbour closes"},
		{"contrast after the full stop", `Leigh Onslow said "The timetable will change."`, VerdictNear, "but the fares will stay as they are"},
		{"another's belief in the quotation", `Maren Holt said "The island is quiet all winter."`, VerdictNear, "Tourists assume"},
		{"the unnamed many's saying in the quotation", `Idris Vane said "The operator can afford the loss."`, VerdictNear, "Some say"},
		{"a source relayed", `Idris Vane said "40 boats were out on Sunday."`, VerdictExact, ""},
		{"the speaker's negated belief", `Idris Vane said "The island can wait another year."`, VerdictNear, "I don't think"},
		{"a question in narration", `Vane said the council would pay for a third sailing`, VerdictNear, ""},
		{"a question, the words alone", `"the council would pay for a third sailing"`, VerdictNear, "Asked whether"},
		{"a condition", `Idris Vane said "the money is found"`, VerdictNear, "If"},
		{"the speaker's own belief", `Maren Holt said "The second sailing should stay."`, VerdictExact, ""},
		{"the speaker's own saying", `Idris Vane said "it should not have to"`, VerdictExact, ""},
		{"a fragment whose sentence goes on plainly", `Maren Holt said "It is busy."`, VerdictExact, ""},
		{"the whole sentence", `Idris Vane said "We say it should not have to"`, VerdictExact, ""},
		{"reported speech in narration", `Councillor Idris Vane said the cut was a mistake`, VerdictExact, ""},
		{"a clause without a full stop", `Idris Vane said "we will run it"`, VerdictExact, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := checkOneClaim(t, art, tt.msg)
			if c.Verdict != tt.want {
				t.Fatalf("verdict %s (match %q, changes %+v), want %s", c.Verdict, c.Match, c.Changes, tt.want)
			}
			if tt.want == VerdictExact {
				if c.Reason != "" {
					t.Errorf("reason %q on an exact match", c.Reason)
				}
				return
			}
			if tt.left == "" {
				return // near by the alignment of the whole message
			}
			if len(c.Changes) != 1 || c.Changes[0].From != tt.left || c.Changes[0].To != "" {
				t.Fatalf("changes %+v, want %q left out", c.Changes, tt.left)
			}
			if !strings.Contains(c.Match, tt.left) || !strings.Contains(art, c.Match) {
				t.Errorf("match %q should be the article's words with %q", c.Match, tt.left)
			}
			if !strings.Contains(c.Reason, tt.left) {
				t.Errorf("reason %q should name %q", c.Reason, tt.left)
			}
			if c.Similarity >= 1 || c.Similarity < NearThreshold {
				t.Errorf("similarity %.3f, want a near one", c.Similarity)
			}
		})
	}
}
