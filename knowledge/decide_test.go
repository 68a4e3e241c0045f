package knowledge

import (
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// TestAnswerModelMatchesFeatures: the fitted weights are for these
// features, in this order (refit with go run ./knowledge/retrieval/fit
// -write after changing them).
func TestAnswerModelMatchesFeatures(t *testing.T) {
	if !reflect.DeepEqual(retrieval.AnswerModel.Names, DecisionFeatureNames) {
		t.Fatalf("AnswerModel.Names = %v, want DecisionFeatureNames %v", retrieval.AnswerModel.Names, DecisionFeatureNames)
	}
	x, err := Default().DecisionFeatures("What did Putin say about root causes?")
	if err != nil || len(x) != len(DecisionFeatureNames) {
		t.Fatalf("DecisionFeatures = %v, %v", x, err)
	}
}

// TestOutcomes: each outcome has its wording, and confidence agrees with it.
func TestOutcomes(t *testing.T) {
	a := Default()
	th := retrieval.AnswerModel.Threshold
	for _, tt := range []struct{ q, want string }{
		{"What did Putin say about root causes?", OutcomeAnswered},
		{"What did Joe Biden say about NATO?", OutcomeNotCovered},
		{"hi there, what?", OutcomeNotCovered},
		{"When was Putin born?", OutcomeUncertain},
	} {
		ans, err := a.Ask(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Outcome != tt.want {
			t.Errorf("Ask(%q).Outcome = %q, want %q", tt.q, ans.Outcome, tt.want)
		}
		if ans.Answered != (ans.Outcome == OutcomeAnswered) || ans.Confidence < 0 || ans.Confidence > 1 {
			t.Errorf("Ask(%q): answered %v, confidence %v", tt.q, ans.Answered, ans.Confidence)
		}
		switch ans.Outcome {
		case OutcomeAnswered:
			if ans.Confidence < th {
				t.Errorf("answered below the threshold: %v", ans.Confidence)
			}
		case OutcomeUncertain:
			if ans.Text != UncertainText || len(ans.Quotes) == 0 || ans.Confidence >= th {
				t.Errorf("uncertain: %q, %d quotes, confidence %v", ans.Text, len(ans.Quotes), ans.Confidence)
			}
		case OutcomeNotCovered:
			if len(ans.Quotes) != 0 {
				t.Errorf("not covered with %d quotes", len(ans.Quotes))
			}
		}
	}
}

// TestSQuADRegression holds two SQuAD 2.0 calibration articles (CC BY-SA
// 4.0, ../shared/eval/squad; Rajpurkar, Jia & Liang 2018) to the figures
// measured when the decision was fitted, less a margin: ranking on the
// passages shown, and the balanced accuracy of answering.
func TestSQuADRegression(t *testing.T) {
	for _, slug := range []string{"normans", "steam-engine"} {
		text, err := os.ReadFile("../../shared/eval/squad/" + slug + ".txt")
		if err != nil {
			t.Skipf("no SQuAD data: %v", err)
		}
		a, err := Parse(slug, string(text))
		if err != nil {
			t.Fatal(err)
		}
		cases := readAskCases(t, "../../shared/eval/squad/"+slug+".jsonl")
		var ans, top1, r3, una, abst, falseAbst int
		for _, c := range cases {
			got, err := a.Ask(c.Q)
			if err != nil {
				continue
			}
			if c.Answerable != nil && !*c.Answerable {
				una++
				if !got.Answered {
					abst++
				}
				continue
			}
			ans++
			if !got.Answered {
				falseAbst++
			}
			for i, q := range got.Quotes {
				if hasAny(q.Text, c.Evidence) {
					if i == 0 {
						top1++
					}
					r3++
					break
				}
			}
		}
		ba := (float64(abst)/float64(una) + 1 - float64(falseAbst)/float64(ans)) / 2
		t.Logf("%s: top-1 %.3f recall@3 %.3f balanced accuracy %.3f", slug, float64(top1)/float64(ans), float64(r3)/float64(ans), ba)
		checkAtLeast(t, slug+" top-1", top1, ans, 0.75)
		checkAtLeast(t, slug+" recall@3", r3, ans, 0.85)
		// One article's decision figure is noisy (0.49 and 0.53 when
		// fitted; 0.61 over all 18): the bar catches a collapse.
		if ba < 0.45 {
			t.Errorf("%s: balanced accuracy %.3f, want ≥ 0.45", slug, ba)
		}
	}
}

// TestAskConcurrent: questions asked at once share the article's score
// arrays and answer cache without interfering (run with -race).
func TestAskConcurrent(t *testing.T) {
	a := Default()
	qs := []string{"What did Putin say about root causes?", "Where were the first direct negotiations held?",
		"When was Putin born?", "Who did Trump call after speaking with Putin?", "What did Joe Biden say about NATO?"}
	want := map[string]Answer{}
	for _, q := range qs {
		want[q] = a.answer(q)
	}
	done := make(chan error, 8)
	for w := range 8 {
		go func() {
			for i := range 40 {
				q := qs[(i+w)%len(qs)]
				got := a.answer(q)
				if got.Outcome != want[q].Outcome || len(got.Quotes) != len(want[q].Quotes) ||
					(len(got.Quotes) > 0 && got.Quotes[0].Text != want[q].Quotes[0].Text) {
					done <- fmt.Errorf("concurrent answer to %q differs", q)
					return
				}
			}
			done <- nil
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestDetailMismatchRefinements: "once" opening a clause is no count; a
// question naming both poles of an opposition contradicts nothing when
// the window holds one of them; a light word's rarity is not a missing
// detail; a yes/no question's opposite is its answer.
func TestDetailMismatchRefinements(t *testing.T) {
	a, err := Parse("lakes.md", "# Lakes\n\nSmall lakes lost their ice 12 days earlier than large lakes. "+
		"Construction can start within a year of the bill passing, the governor said.\n\nA new survey follows in spring.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q               string
		number, antonym bool
		rareAtMost      float64
	}{
		{"How quickly could construction start once the bill passes?", false, false, 1},
		{"Could construction start once or twice?", true, false, 1},
		{"How much faster do the tiny lakes lose ice than the big ones?", false, false, 1},
		// A yes/no question is answered by the passage telling the
		// opposite ("no, earlier"): only a wh-question's opposite is
		// another detail.
		{"Did the large lakes lose their ice later?", false, false, 1},
		{"Why did the small lakes lose their ice later?", false, true, 1},
		{"What is new about the small lakes' ice?", false, false, 0.5},
	} {
		q := a.analyze(tt.q)
		hits := a.rank(q, 8)
		if len(hits) == 0 {
			t.Fatalf("%q: no hits", tt.q)
		}
		i0 := hits[0].Sentence
		number, _, antonym, rare := a.detailMismatch(q, i0, a.windowWords(i0))
		if number != tt.number || antonym != tt.antonym || rare > tt.rareAtMost {
			t.Errorf("%q: number %v antonym %v rare %.2f, want %v %v ≤%.2f", tt.q, number, antonym, rare, tt.number, tt.antonym, tt.rareAtMost)
		}
	}
}

// TestTypeAt: a year is no count or amount; a figure is.
func TestTypeAt(t *testing.T) {
	a, err := Parse("fund.md", "# Fund\n\nThe fund was made whole through a state loan, and every payment since 2015 was reviewed.\n\n"+
		"The state loan came to 2 million dollars.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		i    int
		want bool
	}{
		{"How much was the state loan?", 0, false},
		{"How much was the state loan?", 1, true},
		{"When were payments reviewed?", 0, true},
	} {
		if got := a.typeAt(a.analyze(tt.q), tt.i); got != tt.want {
			t.Errorf("typeAt(%q, %d) = %v, want %v", tt.q, tt.i, got, tt.want)
		}
	}
}

// TestKindNameUncertain checks that a name the article has only as a kind
// of thing (the nation "Swiss" where it says "nations") keeps the engine
// from answering, while the same question without it is answered.
func TestKindNameUncertain(t *testing.T) {
	a, err := Parse("venue.txt", "Talks venue\n\nThe minister suggested that Vienna might host a neutral ground for future talks between the two nations. She expressed confidence that the talks would soon begin.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q        string
		answered bool
	}{
		{"Which city did the minister suggest as a venue for the talks?", true},
		{"Which Swiss city did the minister suggest as a venue for the talks?", false},
	} {
		if kind := a.analyze(tc.q).kindNames; (len(kind) == 0) != tc.answered {
			t.Errorf("%q: names known only as a kind %v", tc.q, kind)
		}
		ans, err := a.Ask(tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Answered != tc.answered {
			t.Errorf("%q: answered %v (%s), want %v", tc.q, ans.Answered, ans.Outcome, tc.answered)
		}
	}
}

func TestFigureMissing(t *testing.T) {
	a, err := Parse("border.txt", "Border reopens\n\nThe crossing was suspended in March 2023, when the two towns closed their border.\n\nThe plant by the river employs 1,200 workers.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"When did the towns close their border in 2021?", true},
		{"When did the towns close their border in 2023?", false},
		{"When did the towns close their border?", false},
		{"Does the plant by the river employ 1200 workers?", false}, // written with a comma there
	} {
		q := a.analyze(tc.q)
		hits := a.rank(q, 3)
		if len(hits) == 0 {
			t.Fatalf("%q: no passage", tc.q)
		}
		if got := a.figureMissing(q, hits[0].Sentence); got != tc.want {
			t.Errorf("%q: figure missing %v, want %v (passage %q)", tc.q, got, tc.want, a.Sentences[hits[0].Sentence].Text)
		}
	}
}
