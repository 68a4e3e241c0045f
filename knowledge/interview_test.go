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

// TestAnswersToQuestionsPut: the answer to a question put to someone is
// what follows the question — an interviewer's turn the user's question
// repeats, function words and all, or a sentence reporting that they were
// asked — and a short opener comes with the sentence it opens.
func TestAnswersToQuestionsPut(t *testing.T) {
	const text = `# A potter closes her studio

The potter Lena Voss will close her studio in Hull this winter.

The mayor was asked whether the studio could be saved. His reply was brief. "It is too late."

Asked about the kilns, the mayor said the council would buy them. The buyer has not been named.

## Q&A

Q: Why stop teaching now? Your classes are full.

A: Because my back decides. In forty years I never had time for anything but clay.

Q: What will you do with your time?

A: Read, mostly. I have a shelf of novels waiting.
`
	a, err := Parse("potter.md", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ q, want string }{
		{"What did the mayor answer when asked if the studio could be saved?", "It is too late."},
		{"What will she do with her time?", "I have a shelf of novels waiting."},
		{"What did the mayor say when asked about the kilns?", "the council would buy them"},
	} {
		ans, err := a.Ask(tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, tc.want) {
			t.Errorf("%q: first passage %+v, want it to hold %q", tc.q, ans.Quotes, tc.want)
		}
	}
}

// TestEmphasisedQuestionsNeverShown: an interview whose questions the
// layout marks, set wholly in italics or bold with no "Q:" label; the
// turn that follows is shown, and an emphasised statement is not a turn.
func TestEmphasisedQuestionsNeverShown(t *testing.T) {
	const text = `# The last ferryman

*Idris Pugh, 70, retires on Sunday after 41 years running the river ferry. We asked him about floods, fares and his successor.*

*What made you take the job?*

My uncle broke his arm in 1984 and somebody had to row. I never gave the oars back.

**Have you ever lost a passenger?**

Never a passenger. I lost a bicycle once, in the flood of 1998.

*You trained your niece to take over. Is she ready?*

She rows better than I ever did.
`
	a, err := Parse("ferry.md", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ q, want string }{
		{"What made Idris Pugh take the ferry job?", "My uncle broke his arm in 1984"},
		{"Has he ever lost a passenger?", "Never a passenger."},
		{"Is his niece ready to take over?", "She rows better than I ever did."},
	} {
		hits := a.Search(tc.q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no hits", tc.q)
		}
		if got := a.Sentences[hits[0].Sentence].Text; !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: first = %q, want %q", tc.q, got, tc.want)
		}
	}
	for i, s := range a.Sentences {
		if strings.HasPrefix(s.Text, "*Idris Pugh") && a.index.asking[i] {
			t.Errorf("the standfirst %q is taken for an interviewer's turn", s.Text)
		}
	}
}
