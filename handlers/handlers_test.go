package handlers

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge"
)

// fakeAsker answers with a function, so tests choose the answer.
type fakeAsker struct {
	ask func(q string) (knowledge.Answer, error)
}

func (f fakeAsker) Ask(_ context.Context, q string) (knowledge.Answer, error) { return f.ask(q) }

var article = knowledge.Default()

// checkVerbatim fails when a passage is not a slice of the article.
func checkVerbatim(t *testing.T, resp Response) {
	t.Helper()
	for _, b := range resp.Blocks {
		if b.Passage != nil && !strings.Contains(article.Text, b.Passage.Text) {
			t.Errorf("passage is not verbatim article text: %q", b.Passage.Text)
		}
	}
}

func passages(resp Response) []Passage {
	var out []Passage
	for _, b := range resp.Blocks {
		if b.Passage != nil {
			out = append(out, *b.Passage)
		}
	}
	return out
}

func allText(resp Response) string {
	var b strings.Builder
	b.WriteString(resp.Title + "\n")
	for _, bl := range resp.Blocks {
		b.WriteString(bl.Heading + bl.Text + "\n")
		if bl.Passage != nil {
			b.WriteString(bl.Passage.Text + "\n")
		}
	}
	return b.String()
}

func userMessage(t *testing.T, err error) string {
	t.Helper()
	msg, ok := knowledge.UserMessage(err)
	if !ok {
		t.Fatalf("error %v is not a user error", err)
	}
	return msg
}

func TestAsk(t *testing.T) {
	quote := article.QuoteOf(article.SentenceAt(strings.Index(article.Text, "Trump suggested")))
	answered := knowledge.Answer{Question: "who might host talks", Answered: true, Text: "Here is what the article says:", Quotes: []knowledge.Quote{quote}}
	abstained := knowledge.Answer{Question: "capital of peru", Text: knowledge.NotCoveredText}
	uncertain := knowledge.Answer{Question: "which venue", Outcome: knowledge.OutcomeUncertain, Confidence: 0.4,
		Text: knowledge.UncertainText, Quotes: []knowledge.Quote{quote}}
	tests := []struct {
		name        string
		req         Request
		ask         func(q string) (knowledge.Answer, error)
		wantText    []string
		wantButtons []string
		wantPrivate bool
		wantErr     string
	}{
		{
			name:        "answered",
			req:         Request{Options: map[string]any{"question": "Who might host talks?"}},
			ask:         func(string) (knowledge.Answer, error) { return answered, nil },
			wantText:    []string{"who might host talks", "Here is what the article says:", quote.Text},
			wantButtons: []string{"more:1:7", "para:3"}, // the button skips sentence 7, shown
		},
		{
			name:        "private",
			req:         Request{Options: map[string]any{"question": "Who might host talks?", "private": true}},
			ask:         func(string) (knowledge.Answer, error) { return answered, nil },
			wantText:    []string{quote.Text},
			wantButtons: []string{"more:1:7", "para:3"}, // the button skips sentence 7, shown
			wantPrivate: true,
		},
		{
			name:     "abstains plainly, without buttons",
			req:      Request{Options: map[string]any{"question": "What is the capital of Peru?"}},
			ask:      func(string) (knowledge.Answer, error) { return abstained, nil },
			wantText: []string{knowledge.NotCoveredText, "only from the article"},
		},
		{
			name:        "uncertain shows the closest passages, never calling them non-answers",
			req:         Request{Options: map[string]any{"question": "Which venue?"}},
			ask:         func(string) (knowledge.Answer, error) { return uncertain, nil },
			wantText:    []string{knowledge.UncertainText, quote.Text},
			wantButtons: []string{"para:3"},
		},
		{
			name: "follow-up read with the earlier question",
			req:  Request{Options: map[string]any{"question": "and where?"}, Previous: "who might host talks"},
			ask: func(q string) (knowledge.Answer, error) {
				if strings.Contains(q, "host") {
					return answered, nil
				}
				return knowledge.Answer{Question: q, Text: knowledge.NotCoveredText}, nil
			},
			wantText:    []string{"follow-up", quote.Text, "and where?"},
			wantButtons: []string{"more:1:7", "para:3"}, // the button skips sentence 7, shown
		},
		{
			name:    "user error passes through",
			req:     Request{Options: map[string]any{"question": "???"}},
			ask:     func(q string) (knowledge.Answer, error) { return article.Ask(q) },
			wantErr: "Please ask a question",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := NewAsk(article, fakeAsker{tt.ask})(context.Background(), tt.req)
			if tt.wantErr != "" {
				if got := userMessage(t, err); !strings.Contains(got, tt.wantErr) {
					t.Fatalf("error = %q, want %q", got, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkVerbatim(t, resp)
			text := allText(resp)
			if lt := strings.ToLower(text); strings.Contains(lt, "does not answer") || strings.Contains(lt, "doesn't answer") {
				t.Errorf("response says a passage does not answer:\n%s", text)
			}
			for _, w := range tt.wantText {
				if !strings.Contains(text, w) {
					t.Errorf("response lacks %q:\n%s", w, text)
				}
			}
			var ids []string
			for _, b := range resp.Buttons {
				ids = append(ids, strings.Join(append([]string{b.Action}, b.Args...), ":"))
			}
			if got, want := strings.Join(ids, " "), strings.Join(tt.wantButtons, " "); got != want {
				t.Errorf("buttons = %q, want %q", got, want)
			}
			if resp.Private != tt.wantPrivate {
				t.Errorf("private = %v, want %v", resp.Private, tt.wantPrivate)
			}
			if !strings.Contains(resp.Footer, article.Name) {
				t.Errorf("footer %q does not name the article", resp.Footer)
			}
		})
	}
}

func TestExtractiveIsTheArticlesAsk(t *testing.T) {
	q := "What did Putin say about root causes?"
	got, err := Extractive{article}.Ask(context.Background(), q)
	want, _ := article.Ask(q)
	if err != nil || len(got.Quotes) != len(want.Quotes) || got.Text != want.Text {
		t.Fatalf("Extractive.Ask = %+v, %v; want %+v", got, err, want)
	}
}

func TestMore(t *testing.T) {
	q := "What did Putin say about root causes?"
	first, _ := article.Ask(q)
	resp, err := NewMore(article)(context.Background(), Request{Args: []string{"1"}, Previous: q})
	if err != nil {
		t.Fatal(err)
	}
	checkVerbatim(t, resp)
	if !resp.Private || resp.Title != q {
		t.Errorf("private = %v, title = %q; want private, the question", resp.Private, resp.Title)
	}
	ps := passages(resp)
	if len(ps) == 0 || len(ps) > MaxQuotesShown {
		t.Fatalf("got %d passages, want 1..%d", len(ps), MaxQuotesShown)
	}
	for _, p := range ps {
		for _, shown := range first.Quotes {
			if p.Text == shown.Text {
				t.Errorf("page 1 repeats a quote of the answer: %q", p.Text)
			}
		}
	}

	for _, tt := range []struct {
		name string
		req  Request
		want string
	}{
		{"no question", Request{Args: []string{"1"}}, "which question"},
		{"bad page", Request{Args: []string{"x"}, Previous: q}, "not one of mine"},
		{"page 0", Request{Args: []string{"0"}, Previous: q}, "not one of mine"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewMore(article)(context.Background(), tt.req)
			if got := userMessage(t, err); !strings.Contains(got, tt.want) {
				t.Errorf("error = %q, want %q", got, tt.want)
			}
		})
	}
	resp, err = NewMore(article)(context.Background(), Request{Args: []string{"99"}, Previous: q})
	if err != nil || !strings.Contains(allText(resp), "no more passages") {
		t.Errorf("page 99 = %q, %v; want no more passages", allText(resp), err)
	}
}

// TestMorePagesNeverRepeat presses "More passages" as a user would, from
// the button under each answer: no page repeats a passage already shown,
// and page 1 starts with the best passage the answer did not show.
func TestMorePagesNeverRepeat(t *testing.T) {
	ask, more := NewAsk(article, Extractive{article}), NewMore(article)
	for _, q := range []string{
		"What did Putin say about root causes?", "What did Trump say?", "ceasefire",
		"Zelensky", "negotiations", "Who spoke on the phone?", "Vatican",
	} {
		t.Run(q, func(t *testing.T) {
			resp, err := ask(context.Background(), Request{Options: map[string]any{"question": q}})
			if err != nil || len(resp.Buttons) == 0 || resp.Buttons[0].Action != ActionMore {
				t.Fatalf("answer %+v, %v: no More passages button", resp, err)
			}
			seen := map[string]bool{}
			for _, p := range passages(resp) {
				seen[p.Text] = true
			}
			best := rankedQuotes(article, resp.Title, 1, parseShown(resp.Buttons[0].Args[1]))
			btn := resp.Buttons[0]
			for page := 1; ; page++ {
				got, err := more(context.Background(), Request{Args: btn.Args, Previous: resp.Title})
				if err != nil {
					t.Fatal(err)
				}
				checkVerbatim(t, got)
				ps := passages(got)
				if page == 1 && len(best) > 0 && (len(ps) == 0 || ps[0].Text != best[0].Text) {
					t.Errorf("page 1 does not start with the best passage not shown, %q", best[0].Text)
				}
				for _, p := range ps {
					if seen[p.Text] {
						t.Errorf("page %d repeats %q", page, p.Text)
					}
					seen[p.Text] = true
				}
				if len(got.Buttons) == 0 || got.Buttons[0].Action != ActionMore {
					break
				}
				btn = got.Buttons[0]
				if page > 20 {
					t.Fatal("More passages never ends")
				}
			}
		})
	}
}

func TestParagraph(t *testing.T) {
	resp, err := NewParagraph(article)(context.Background(), Request{Args: []string{"2"}})
	if err != nil {
		t.Fatal(err)
	}
	ps := passages(resp)
	if len(ps) != 1 || ps[0].Text != article.ParagraphText(2) || ps[0].Paragraph != 2 || !resp.Private {
		t.Fatalf("paragraph 2 = %+v", resp)
	}
	for _, args := range [][]string{{"0"}, {"999"}, {"x"}, nil} {
		if _, err := NewParagraph(article)(context.Background(), Request{Args: args}); !strings.Contains(userMessage(t, err), "no such paragraph") {
			t.Errorf("args %q: error %v", args, err)
		}
	}
}

func TestSections(t *testing.T) {
	tests := []struct {
		typed string
		want  []string
	}{
		{"hopes", []string{"High Hopes for Future Negotiations"}},
		{"LIMITED", []string{"Limited Progress from Recent Talks"}},
		{"", []string{"Limited Progress from Recent Talks", "High Hopes for Future Negotiations"}},
		{"zzz", nil},
	}
	for _, tt := range tests {
		resp, err := NewSections(article)(context.Background(), Request{Focused: "section", Options: map[string]any{"section": tt.typed}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range resp.Choices {
			if c.Name != c.Value {
				t.Errorf("choice %+v: name and value differ", c)
			}
			got = append(got, c.Name)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("typed %q: choices %q, want %q", tt.typed, got, tt.want)
		}
	}
}

func TestSummary(t *testing.T) {
	for _, opts := range []map[string]any{{}, {"length": "short"}, {"outline": true}} {
		resp, err := NewSummary(article)(context.Background(), Request{Options: opts})
		if err != nil {
			t.Fatalf("%v: %v", opts, err)
		}
		checkVerbatim(t, resp)
		if len(passages(resp)) == 0 {
			t.Errorf("%v: no passages", opts)
		}
		if opts["outline"] == true && resp.Blocks[1].Heading == "" {
			t.Errorf("outline without section headings: %+v", resp.Blocks)
		}
	}
}

func TestCheckQuote(t *testing.T) {
	h := NewCheckQuote(article)
	resp, err := h(context.Background(), Request{Options: map[string]any{"quote": `Putin said "root causes"`}})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.Private || len(resp.Buttons) != 0 || !strings.Contains(allText(resp), "Claim 1") {
		t.Errorf("/checkquote = %+v; want a private verdict without buttons", resp)
	}
	target := &Message{ID: "1250000000000000700", ChannelID: "1100000000000000555", Content: `He said "terrible"`}
	resp, err = h(context.Background(), Request{Target: target})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Buttons) != 1 || resp.Buttons[0].Action != ActionPublish || strings.Join(resp.Buttons[0].Args, ":") != "1100000000000000555:1250000000000000700" {
		t.Errorf("buttons = %+v; want one Post publicly button naming the message", resp.Buttons)
	}
	if !resp.OneMessage {
		t.Error("a publishable verdict may span messages; its button would publish only the last")
	}
	_, err = h(context.Background(), Request{Target: &Message{ID: "1", ChannelID: "2"}})
	if !strings.Contains(userMessage(t, err), "no text") {
		t.Errorf("empty message: %v", err)
	}
}

func TestClaimBlocks(t *testing.T) {
	no, yes := false, true
	match := "We just need to determine the most effective ways to move towards peace."
	tests := []struct {
		name  string
		claim knowledge.ClaimCheck
		want  []string
	}{
		{"exact", knowledge.ClaimCheck{Claim: match, Verdict: knowledge.VerdictExact, Match: match, Paragraph: 2, Speaker: "Putin", ClaimedSpeaker: "Putin", SpeakerMatches: &yes},
			[]string{"Quoted exactly", "Posted: " + match, match, "Attributed correctly to Putin"}},
		{"near, misattributed", knowledge.ClaimCheck{
			Claim: "We need 40 ways to peace", Verdict: knowledge.VerdictNear, Similarity: 0.81, Match: match, Paragraph: 2, Speaker: "Putin",
			ClaimedSpeaker: "Trump", SpeakerMatches: &no,
			Changes: []knowledge.Change{{From: "just", To: "", Kind: "word"}, {From: "", To: "40", Kind: "number"}, {From: "effective", To: "good", Kind: "word"}},
		}, []string{"Close to the article", "Similarity: 81%", "Left out: just", "Added (number): 40", "the article has effective, the post has good", "Attributed to Trump, but the article attributes these words to Putin"}},
		{"not found", knowledge.ClaimCheck{Claim: "terrible", Verdict: knowledge.VerdictNotFound}, []string{"Not found in the article", "Posted: terrible"}},
		{"not found, near someone's words", knowledge.ClaimCheck{Claim: "We need war", Verdict: knowledge.VerdictNotFound, Speaker: "Putin", ClaimedSpeaker: "Trump", SpeakerMatches: &no},
			[]string{"Not found in the article", "closest words in the article are attributed to Putin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := Response{Blocks: claimBlocks(article, 1, tt.claim)}
			checkVerbatim(t, resp)
			text := allText(resp)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("verdict lacks %q:\n%s", w, text)
				}
			}
			if strings.ContainsAny(strings.ReplaceAll(text, match, ""), `“”"`) {
				t.Errorf("composed text is shown in quotation marks:\n%s", text)
			}
		})
	}
}

func TestPublish(t *testing.T) {
	resp, err := NewPublish()(context.Background(), Request{Args: []string{"1100000000000000555", "1250000000000000700"}})
	if err != nil || resp.Publish == nil || resp.Publish.MessageID != "1250000000000000700" || !resp.Private {
		t.Fatalf("publish = %+v, %v", resp, err)
	}
	for _, args := range [][]string{nil, {"1"}, {"a", "1"}, {"1", "2", "3"}, {"1", "123456789012345678901"}} {
		if _, err := NewPublish()(context.Background(), Request{Args: args}); err == nil {
			t.Errorf("args %q accepted", args)
		}
	}
}

func TestQuotes(t *testing.T) {
	resp, err := NewQuotes(article)(context.Background(), Request{})
	if err != nil {
		t.Fatal(err)
	}
	checkVerbatim(t, resp)
	ps := passages(resp)
	if len(ps) != len(article.Quotations) {
		t.Fatalf("got %d quotations, want %d", len(ps), len(article.Quotations))
	}
	for i, p := range ps {
		q := article.Quotations[i]
		if p.Text != q.Text || p.Paragraph != q.Paragraph || p.Speaker != q.Speaker {
			t.Errorf("quotation %d = %+v, want %+v", i, p, q)
		}
	}
}

func TestAbout(t *testing.T) {
	resp, err := NewAbout(article)(context.Background(), Request{})
	if err != nil {
		t.Fatal(err)
	}
	text := allText(resp)
	for _, w := range []string{article.Name, "Limited Progress from Recent Talks", "doesn't cover", "only this article"} {
		if !strings.Contains(text, w) {
			t.Errorf("about lacks %q:\n%s", w, text)
		}
	}
}

func TestAskerErrorIsReturned(t *testing.T) {
	boom := errors.New("model unavailable")
	_, err := NewAsk(article, fakeAsker{func(string) (knowledge.Answer, error) { return knowledge.Answer{}, boom }})(context.Background(), Request{})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want %v", err, boom)
	}
}

// TestSectionsOfferOnlySectionsWithText: the title heading, directly
// followed by the first section's heading, holds no text and is not offered.
func TestSectionsOfferOnlySectionsWithText(t *testing.T) {
	a, err := knowledge.Parse("titled.md", "# Council approves the budget\n\n## The vote\n\nThe council approved the budget on Monday, the mayor said.\n\n## Reactions\n\nResidents welcomed the decision, a spokeswoman said.\n")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := NewSections(a)(context.Background(), Request{Focused: "section", Options: map[string]any{"section": ""}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range resp.Choices {
		got = append(got, c.Name)
		if _, err := NewSummary(a)(context.Background(), Request{Options: map[string]any{"section": c.Value}}); err != nil {
			t.Errorf("offered %q, which /summary refuses: %v", c.Name, err)
		}
	}
	if strings.Join(got, "|") != "The vote|Reactions" {
		t.Errorf("choices %q, want the two sections with text", got)
	}
}
