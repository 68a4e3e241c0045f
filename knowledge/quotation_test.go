package knowledge

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestWithQuotation checks that a passage naming a speaker without quoting
// them is shown with the quotation that follows it in its paragraph when
// the question asks what they said, or why or how, and stays a verbatim
// slice of the article.
func TestWithQuotation(t *testing.T) {
	text := "Union leader rejects plant delay\n\n" +
		"The plant in the valley will open two years late, the company said on Monday. It blamed weak demand for its cars.\n\n" +
		"The workers' union was less reassured. Its president, Ana Gomes, said the company had promised 1,200 jobs and a training centre. \"A promise that moves every six months is not a promise,\" Gomes said. \"It is a weather forecast.\"\n\n" +
		"The regional minister, Luis Prata, said the state would review its grants to the company. Officials expect a decision by March.\n\n" +
		"\"It pours money into old pipes,\" said Rita Ferrer, director of the Blue River Alliance. The alliance said in a statement that the recycling money was \"a good start, but only a start.\"\n"
	a, err := Parse("union", text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q       string
		want    string // the first quote holds it
		wantNot string // and not this ("" for no check)
	}{
		{"What did Gomes say about the company's promise of jobs?", "It is a weather forecast.", ""},
		{"What did the union president say about the jobs?", "not a promise", ""},
		// A question that asks for no speech keeps the passage as ranked.
		{"How many jobs had the company promised?", "1,200 jobs", "weather forecast"},
		{"What did Prata say about the grants?", "review its grants", ""},
	}
	for _, tt := range tests {
		checkFirstQuote(t, a, text, tt.q, tt.want, tt.wantNot)
	}
}

// checkFirstQuote asks q and checks that the first quote shown is a verbatim
// slice of text holding want and, unless wantNot is "", not holding wantNot.
func checkFirstQuote(t *testing.T, a *Article, text, q, want, wantNot string) {
	t.Helper()
	ans, err := a.Ask(q)
	if err != nil {
		t.Fatal(err)
	}
	if len(ans.Quotes) == 0 {
		t.Errorf("%q: no quotes", q)
		return
	}
	first := ans.Quotes[0]
	if first.Text != text[first.Start:first.End] {
		t.Errorf("%q: quote %q is not the article's bytes %d-%d", q, first.Text, first.Start, first.End)
	}
	if !strings.Contains(first.Text, want) {
		t.Errorf("%q: first quote %q lacks %q", q, first.Text, want)
	}
	if wantNot != "" && strings.Contains(first.Text, wantNot) {
		t.Errorf("%q: first quote %q holds %q", q, first.Text, wantNot)
	}
}

// checkWidened checks that a widening step widened got (to more than one
// sentence) exactly when widen is set, and that it is a verbatim slice of text.
func checkWidened(t *testing.T, text, label string, got Quote, widen bool) {
	t.Helper()
	if widened := len(got.Sentences) > 1; widened != widen {
		t.Errorf("%s: widened %v (%q), want %v", label, widened, got.Text, widen)
	}
	if got.Text != text[got.Start:got.End] {
		t.Errorf("%s: quote %q is not the article's bytes", label, got.Text)
	}
}

// TestWithQuotationNamed checks withQuotation on a given first quote: a
// quote that quotes someone already is widened only by the words of whom
// the question names.
func TestWithQuotationNamed(t *testing.T) {
	text := "Water bill\n\n" +
		"\"It pours money into old pipes,\" said Rita Ferrer, director of the Blue River Alliance. The alliance said in a statement that the plan was \"a good start, but only a start.\"\n"
	a, err := Parse("water", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q     string
		widen bool
	}{
		{"What does the Blue River Alliance think of the bill?", true},
		{"What did Ferrer say about the bill?", false},
		{"When was the bill unveiled?", false},
	} {
		got := a.withQuotation(a.analyze(tt.q), []Quote{a.QuoteOf(0)})
		checkWidened(t, text, fmt.Sprintf("%q", tt.q), got[0], tt.widen)
	}
}

func TestHasQuoteMark(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"“It is late,” she said.", true},
		{`"It is late," she said.`, true},
		{"‘We’ve won one game.’", true},
		{"Kingsmere’s coach was furious.", false},
		{"The plant will open late.", false},
	} {
		if got := hasQuoteMark(tt.s); got != tt.want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestUncertainTypedNeighbour checks that an uncertain answer's first
// closest passage is widened to the neighbour holding the kind of fact
// asked for, as an answer's is.
func TestUncertainTypedNeighbour(t *testing.T) {
	for _, tt := range []struct {
		article, q, want string
	}{
		{"testdata/heldout/unseen2/interview_conductor_qa.md", "How many players are in the Harbour City Philharmonic?", "112 musicians"},
	} {
		b, err := os.ReadFile(tt.article)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(tt.article, string(b))
		if err != nil {
			t.Fatal(err)
		}
		ans, err := a.Ask(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, tt.want) {
			t.Errorf("%q (%s): quotes %v, want the first holding %q", tt.q, ans.Outcome, ans.Quotes, tt.want)
		}
	}
}

// TestWithOutcome checks that "What happened to …" is shown the sentence
// that tells the fate of what the first quote introduces.
func TestWithOutcome(t *testing.T) {
	text := "Council vote\n\n" +
		"Council member Rafael Dias voted no on the bus lanes, and he proposed delaying the vote by 90 days. That motion failed, 4-7.\n\n" +
		"The lanes open in May.\n"
	a, err := Parse("vote", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q     string
		widen bool
	}{
		{"What happened to the proposal to delay the vote?", true},
		{"Who proposed delaying the vote?", false},
	} {
		got := a.withOutcome(a.analyze(tt.q), []Quote{a.QuoteOf(0)})
		checkWidened(t, text, fmt.Sprintf("%q", tt.q), got[0], tt.widen)
	}
}

// TestWithQuotationGoesOn checks that the person asked about's reported
// speech going on by a pronoun ("She added that …") widens a quote of
// their words, and someone else's does not.
func TestWithQuotationGoesOn(t *testing.T) {
	text := "Strike vote\n\n" +
		"\"We will not accept this offer,\" union president Ana Gomes said on Monday. She added that members would vote on a strike in May.\n\n" +
		"Company spokesman Luis Prata said the offer was final. He added that talks could resume next year.\n"
	a, err := Parse("strike", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q     string
		first int
		widen bool
	}{
		{"What did Gomes say about the offer?", 0, true},
		{"What did Gomes say about the offer?", 2, false},
	} {
		got := a.withQuotation(a.analyze(tt.q), []Quote{a.QuoteOf(tt.first)})
		checkWidened(t, text, fmt.Sprintf("%q from sentence %d", tt.q, tt.first), got[0], tt.widen)
	}
}

// TestWithQuotationNextParagraph checks that the words of the person a
// passage names, quoted at the head of the next paragraph as news does,
// are shown with it, the quotation's unattributed sentences too.
func TestWithQuotationNextParagraph(t *testing.T) {
	text := "Crews hold scrub fire\n\n" +
		"Incident controller Mara Quinlan says twelve crews worked through the night to hold the fire on its northern flank.\n\n" +
		"“We had a long perimeter at one point and the wind was doing whatever it liked,” she says. “The crews held it at the creek, and that is the only reason the farms are safe today.”\n\n" +
		"The council declared a total fire ban on Monday.\n"
	a, err := Parse("fire", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"What did Quinlan say about the crews?", "held it at the creek"},
		{"Why are the farms safe, according to the incident controller?", "held it at the creek"},
	} {
		checkFirstQuote(t, a, text, tt.q, tt.want, "")
	}
}

// TestAttributedToSpeech checks that a question for what someone said is
// attributed only by their words, not by a sentence where they act.
func TestAttributedToSpeech(t *testing.T) {
	a, err := Parse("call", "Leaders talk\n\n"+
		"Moments after the summit, Moreau called Lindqvist. Lindqvist had recently agreed to a ceasefire proposal.\n\n"+
		"\"We will keep talking,\" Moreau said after the call.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"What did Lindqvist say about the ceasefire proposal?", false},
		{"What did Moreau say after the call?", true},
	} {
		q := a.analyze(tc.q)
		if got := a.attributedTo(q, a.rank(q, 3)); got != tc.want {
			t.Errorf("%q: attributed %v, want %v (speaker %q)", tc.q, got, tc.want, q.speaker)
		}
	}
}
