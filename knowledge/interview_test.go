package knowledge

import (
	"strings"
	"testing"
)

// TestInterviewerTurnsNeverShown: in a Q&A, the interviewer's turn is
// context, never an answer; the turn that follows is shown instead.
func TestInterviewerTurnsNeverShown(t *testing.T) {
	const text = `# A bassist retires

The bassist Ana Ruiz releases her last album next month.

## Q&A

Q: Why stop now? You are still playing well.

A: Because I can still choose. Most musicians don't get to choose.

**Q:** Who taught you the most about music?

**A:** My first teacher, Horace Beaumont.

Question: Will you ever play again in public?

At a wedding, maybe.
`
	a, err := Parse("qa.md", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q, want string
	}{
		{"Why is she stopping now?", "A: Because I can still choose."},
		{"Who taught her the most about music?", "**A:** My first teacher, Horace Beaumont."},
		{"Will she ever play again in public?", "At a wedding, maybe."},
	} {
		hits := a.Search(tc.q, 5)
		if len(hits) == 0 {
			t.Errorf("%q: no hits", tc.q)
			continue
		}
		for _, h := range hits {
			if a.index.asking[h.Sentence] {
				t.Errorf("%q: interviewer's turn shown: %q", tc.q, a.Sentences[h.Sentence].Text)
			}
		}
		if got := a.Sentences[hits[0].Sentence].Text; !strings.HasPrefix(got, strings.TrimSuffix(tc.want, ".")) {
			t.Errorf("%q: first = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestLeadInShowsWhatFollows: a sentence ending in a colon introduces the
// paragraph after it; asked what was said, the quotation is shown first.
func TestLeadInShowsWhatFollows(t *testing.T) {
	const text = `Lakes are losing their ice.

In a statement, the co-author Henrik van Aalst of Wageningen University wrote:

> Ice is not just scenery. It decides when fish spawn.

The study used satellite records.
`
	a, err := Parse("lead.md", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ q, want string }{
		{"What did van Aalst say in his statement?", "Ice is not just scenery."},
		{"Where does van Aalst work?", "In a statement, the co-author Henrik van Aalst of Wageningen University wrote:"},
	} {
		hits := a.Search(tc.q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no hits", tc.q)
		}
		if got := a.Sentences[hits[0].Sentence].Text; !strings.HasSuffix(got, tc.want) {
			t.Errorf("%q: first = %q, want %q", tc.q, got, tc.want)
		}
	}
}
