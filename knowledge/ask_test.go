package knowledge

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

type askCase struct {
	Q          string   `json:"q"`
	Evidence   []string `json:"evidence"`
	Answerable *bool    `json:"answerable"`
}

func readAskCases(t testing.TB, path string) []askCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no eval file: %v", err)
	}
	defer f.Close()
	var out []askCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c askCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, c)
	}
	return out
}

// TestAskEvalBars holds retrieval and abstention to the bars on the shared
// development set and on our own held-out questions (paraphrases, typos,
// keyword queries, and traps that name people and places the article has).
func TestAskEvalBars(t *testing.T) {
	summit, err := os.ReadFile("testdata/summit.md")
	if err != nil {
		t.Fatal(err)
	}
	other, err := Parse("summit.md", string(summit))
	if err != nil {
		t.Fatal(err)
	}
	courtText, err := os.ReadFile("testdata/court.txt")
	if err != nil {
		t.Fatal(err)
	}
	court, err := Parse("court.txt", string(courtText))
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		path string
		a    *Article
	}{
		{"../testdata/eval/ask.jsonl", Default()},
		{"testdata/ask_extra.jsonl", Default()},
		// Another article, so the technique is not tuned to one text.
		{"testdata/summit_ask.jsonl", other},
		// And a third, in another style, whose questions were written before
		// any tuning on it (top-1 0.81, recall@3 0.94 when first run).
		{"testdata/court_ask.jsonl", court},
	} {
		path, a := set.path, set.a
		t.Run(path, func(t *testing.T) {
			cases := readAskCases(t, path)
			var answerable, top1, recall3, unanswerable, abstained, falseAbst int
			for _, c := range cases {
				ans, err := a.Ask(c.Q)
				if err != nil {
					t.Fatalf("Ask(%q): %v", c.Q, err)
				}
				if c.Answerable != nil && !*c.Answerable {
					unanswerable++
					if !ans.Answered {
						abstained++
					} else {
						t.Logf("answered unanswerable %q", c.Q)
					}
					continue
				}
				answerable++
				if !ans.Answered {
					falseAbst++
					t.Logf("abstained on %q: %s", c.Q, ans.Text)
				}
				// Ranking is judged on the passages shown, answered or not.
				for i, q := range ans.Quotes {
					if i < 3 && hasAny(q.Text, c.Evidence) {
						recall3++
						if i == 0 {
							top1++
						}
						break
					}
				}
			}
			minTop1, minRecall := 0.90, 1.00
			if strings.Contains(path, "court") {
				minTop1, minRecall = 0.80, 0.90 // held out: reported, not tuned to
			}
			checkAtLeast(t, "top-1", top1, answerable, minTop1)
			checkAtLeast(t, "recall@3", recall3, answerable, minRecall)
			checkAtLeast(t, "abstention", abstained, unanswerable, 0.85)
			if r := float64(falseAbst) / float64(answerable); r > 0.05 {
				t.Errorf("false abstention = %.3f, want ≤ 0.05", r)
			}
		})
	}
}

func hasAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func checkAtLeast(t *testing.T, name string, n, d int, want float64) {
	t.Helper()
	if d == 0 {
		return
	}
	if got := float64(n) / float64(d); got < want {
		t.Errorf("%s = %.3f (%d/%d), want ≥ %.2f", name, got, n, d, want)
	}
}

func TestAskQuotesAreVerbatim(t *testing.T) {
	a := Default()
	for _, q := range []string{
		"What did Putin say about root causes?", "Where could future talks be hosted?",
		"What did the talks in Türkiye result in?", "What did Trump eat for breakfast?",
	} {
		ans, err := a.Ask(q)
		if err != nil {
			t.Fatal(err)
		}
		for _, qt := range ans.Quotes {
			if got := a.Text[qt.Start:qt.End]; got != qt.Text {
				t.Errorf("quote %q is not the article's bytes %d:%d (%q)", qt.Text, qt.Start, qt.End, got)
			}
		}
	}
}

func TestAskAnswers(t *testing.T) {
	a := Default()
	tests := []struct {
		q            string
		answered     bool
		wantInFirst  string
		wantSpeaker  string
		wantAbstains string
	}{
		{q: "What did Putin say about root causes?", answered: true, wantInFirst: "root causes", wantSpeaker: "Putin"},
		{q: "What did Putin say is needed to move towards peace?", answered: true, wantInFirst: "We just need", wantSpeaker: "Putin"},
		{q: "Who did Trump call after speaking with Putin?", answered: true, wantInFirst: "Trump called Zelenskyy", wantSpeaker: "Trump"},
		{q: "what did zelensky agree to", answered: true, wantInFirst: "30-day ceasefire", wantSpeaker: "Zelenskyy"},
		{q: "Where were the first direct negotiations held? (Turkiye?)", answered: true, wantInFirst: "Türkiye"},
		{q: "What did Putn say about root cuases?", answered: true, wantInFirst: "root causes"},
		{q: "Is the EU talking to Zelenskyy?", answered: true, wantInFirst: "European Union"},
		{q: "When was Putin born?", answered: false},
		{q: "What is the capital of France?", answered: false},
		{q: "When did Russia invade Ukraine?", answered: false},
		{q: "What did Putin say about the Vatican?", answered: false, wantAbstains: "Putin"},
		{q: "What did Joe Biden say about NATO?", answered: false, wantAbstains: "Joe Biden"},
		{q: "hi there, what?", answered: false, wantAbstains: HelpText},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans, err := a.Ask(tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Answered != tt.answered {
				t.Fatalf("answered = %v (%s), want %v", ans.Answered, ans.Text, tt.answered)
			}
			if !tt.answered {
				switch ans.Outcome {
				case OutcomeUncertain:
					// Related passages are shown as the closest, never as non-answers.
					if ans.Text != UncertainText || len(ans.Quotes) == 0 || len(ans.Quotes) > 3 {
						t.Errorf("uncertain answer = %q with %d quotes, want %q and 1 to 3 quotes", ans.Text, len(ans.Quotes), UncertainText)
					}
				case OutcomeNotCovered:
					if !strings.HasPrefix(ans.Text, NotCoveredText) || !strings.Contains(ans.Text, tt.wantAbstains) || len(ans.Quotes) > 0 {
						t.Errorf("abstention text = %q (%d quotes), want it to start with %q and mention %q, with no quote", ans.Text, len(ans.Quotes), NotCoveredText, tt.wantAbstains)
					}
				default:
					t.Errorf("outcome = %q, want uncertain or not_covered", ans.Outcome)
				}
				return
			}
			if ans.Outcome != OutcomeAnswered {
				t.Errorf("outcome = %q, want answered", ans.Outcome)
			}
			if len(ans.Quotes) == 0 || len(ans.Quotes) > 3 {
				t.Fatalf("got %d quotes, want 1 to 3", len(ans.Quotes))
			}
			if first := ans.Quotes[0]; !strings.Contains(first.Text, tt.wantInFirst) {
				t.Errorf("first quote = %q, want it to contain %q", first.Text, tt.wantInFirst)
			} else if tt.wantSpeaker != "" && first.Speaker != tt.wantSpeaker {
				t.Errorf("speaker = %q, want %q", first.Speaker, tt.wantSpeaker)
			}
		})
	}
}

// TestAskInvisibleCharacters: zero-width and bidi characters around or
// inside words change nothing.
func TestAskInvisibleCharacters(t *testing.T) {
	a := Default()
	plain, _ := a.Ask("What did Putin say about root causes?")
	for _, q := range []string{
		"\u200bWhat did Putin say about root causes?\u200b",
		"\u2066What did Pu\u200btin say about root\u200c causes?\u2069",
		"\ufeffWhat did Putin say about\u202e root causes?\u202c",
	} {
		got, err := a.Ask(q)
		if err != nil {
			t.Fatal(err)
		}
		if got.Outcome != plain.Outcome || len(got.Quotes) != len(plain.Quotes) || got.Quotes[0].Text != plain.Quotes[0].Text {
			t.Errorf("Ask(%+q) = %s %v, want the plain question's answer", q, got.Outcome, got.Quotes)
		}
	}
}

// TestHowLongNeverEmptyType: "How long is …" asks for a length or a
// duration, and an abstention always names what is missing.
func TestHowLongNeverEmptyType(t *testing.T) {
	a, err := Parse("river.txt", "The Rhine is a river in Europe.\nThe Rhine is 1,230 km long and flows into the North Sea.\nIts delta is in the Netherlands.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"How long is the Rhine?", "How long is the delta?", "How long did the Rhine flow?"} {
		ans, err := a.Ask(q)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(ans.Text, "give  for") || strings.Contains(ans.Text, "give for") {
			t.Errorf("Ask(%q) text %q has an empty type word", q, ans.Text)
		}
		an := a.analyze(q)
		if an.answerType == "" || typeNoun(an.answerType) == "" {
			t.Errorf("Ask(%q): answer type %q", q, an.answerType)
		}
	}
	if !a.satisfies(a.analyze("How long is the Rhine?"), 1) {
		t.Errorf("1,230 km does not satisfy a length question")
	}
	for _, want := range []string{"time", "number", "place", "person", "duration", "length"} {
		if typeNoun(want) == "" {
			t.Errorf("typeNoun(%q) is empty", want)
		}
	}
}

func TestAskPronounQuoteCarriesAntecedent(t *testing.T) {
	ans, err := Default().Ask("What did Putin say is needed to move towards peace?")
	if err != nil {
		t.Fatal(err)
	}
	got := ans.Quotes[0].Text
	if !strings.HasPrefix(got, "Yet, on the eve") || !strings.Contains(got, "He articulated") {
		t.Errorf("quote = %q, want the “He articulated …” sentence with the sentence naming Putin before it", got)
	}
	if len(ans.Quotes[0].Sentences) != 2 {
		t.Errorf("sentences = %v, want 2", ans.Quotes[0].Sentences)
	}
}

func TestCleanQuestion(t *testing.T) {
	tests := []struct {
		in, want string
		wantErr  bool
	}{
		{in: "<@123> what did **Putin** say? <#456> <@&789> <@!42> <:pepe:1234>", want: "what did Putin say?"},
		{in: "see https://example.com/x?y=1 and [the link](https://evil) now", want: "see and the link now"},
		{in: "bad \xff\xfe utf8 Putin", want: "bad utf8 Putin"},
		{in: "   ", wantErr: true},
		{in: "", wantErr: true},
		{in: "<@123> ***", wantErr: true},
		{in: strings.Repeat("a", MaxQuestionRunes+1), wantErr: true},
		{in: strings.Repeat("é", MaxQuestionRunes), want: strings.Repeat("é", MaxQuestionRunes)},
		{in: "\u200bWhat did Pu\u200dtin say\u2067 about root\u00ad causes?\u2069\ufeff", want: "What did Putin say about root causes?"},
		{in: "\u202eWhat did Putin say?\u202c", want: "What did Putin say?"},
	}
	for _, tt := range tests {
		got, err := CleanQuestion(tt.in)
		if tt.wantErr {
			if _, ok := UserMessage(err); !ok {
				t.Errorf("CleanQuestion(%.40q) err = %v, want a user error", tt.in, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("CleanQuestion(%.40q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	_, err := CleanQuestion(strings.Repeat("a", MaxQuestionRunes+1))
	if msg, _ := UserMessage(err); !strings.Contains(msg, "1000") {
		t.Errorf("too-long message %q does not name the limit", msg)
	}
}

func TestAskOtherArticle(t *testing.T) {
	md := "# Harbour Plan Approved\n\nMayor Anna Lindqvist said the council approved the harbour plan on Tuesday. She called it “a new start for the waterfront.”\n\n## Costs\n\nThe project will cost 40 million euros, according to the council.\n"
	a, err := Parse("harbour.md", md)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q        string
		answered bool
		want     string
	}{
		{"What did Lindqvist say about the waterfront?", true, "a new start for the waterfront"},
		{"How much will the project cost?", true, "40 million euros"},
		{"When was the harbour plan approved?", true, "on Tuesday"},
		{"When was Lindqvist born?", false, ""},
	}
	for _, tt := range tests {
		ans, err := a.Ask(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Answered != tt.answered || (tt.answered && !strings.Contains(ans.Quotes[0].Text, tt.want)) {
			t.Errorf("Ask(%q) = %+v, want answered=%v with %q", tt.q, ans, tt.answered, tt.want)
		}
	}
}

func FuzzAsk(f *testing.F) {
	for _, s := range []string{"What did Putin say about root causes?", "", "<@1> <a:x:2> **", "\xff\xfe", "Turkiye?? U.S. EU", "When", strings.Repeat("peace ", 300)} {
		f.Add(s)
	}
	a := Default()
	f.Fuzz(func(t *testing.T, q string) {
		ans, err := a.Ask(q)
		if err != nil {
			if _, ok := UserMessage(err); !ok {
				t.Fatalf("Ask(%q) returned a non-user error: %v", q, err)
			}
			return
		}
		if !utf8.ValidString(ans.Question) {
			t.Fatalf("cleaned question is not valid UTF-8: %q", ans.Question)
		}
		if len(ans.Quotes) > 3 {
			t.Fatalf("%d quotes", len(ans.Quotes))
		}
		for _, qt := range ans.Quotes {
			if a.Text[qt.Start:qt.End] != qt.Text {
				t.Fatalf("quote not verbatim: %q", qt.Text)
			}
		}
	})
}

func BenchmarkAsk(b *testing.B) {
	a := Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Ask("What did Putin say about root causes?"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(DefaultArticleName, embeddedArticle); err != nil {
			b.Fatal(err)
		}
	}
}

func TestAskCacheIsInvisible(t *testing.T) {
	a := Default()
	first, _ := a.Ask("What did Putin say about root causes?")
	first.Quotes[0].Text = "tampered"
	again, _ := a.Ask("What did Putin say about root causes?")
	if again.Quotes[0].Text == "tampered" {
		t.Fatal("a caller's change to an answer reached the cache")
	}
	if again.Quotes[0].Text != a.Text[again.Quotes[0].Start:again.Quotes[0].End] {
		t.Errorf("cached quote is not verbatim")
	}
	// Capitals matter to analysis ("Joe Biden" is an unknown name), so the
	// key is the cleaned question itself.
	upper, _ := a.Ask("What did Joe Biden say about NATO?")
	lower, _ := a.Ask("what did joe biden say about nato?")
	if upper.Question == lower.Question {
		t.Errorf("questions differing in case share a cache entry")
	}
}

func BenchmarkAskUncached(b *testing.B) {
	a := Default()
	b.ReportAllocs()
	for b.Loop() {
		a.answer("What did Putin say about root causes?")
	}
}

// TestQuotationOpen: a quotation opened and not closed, by curly, angle or
// straight double quotes; single quotes (the apostrophe too) never count.
func TestQuotationOpen(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"“Today is the first time I was nervous.", true},
		{"“I have done this trip,” he said. “Today is the first time.", true},
		{"“I have done this trip,” he said.", false},
		{"Not because of the river. Because of the people waiting.”", false},
		{`"We will find out," she said. "Then`, true},
		{`"We will find out," she said.`, false},
		{`That's on us," she said. "I'm not going to stand here.`, true},
		{`That's on us," she said.`, false},
		{`He called it "a good start" (and "only a start").`, false},
		{"He said — \"Not yet.", true},
		{"«Nous verrons.", true},
		{"It’s the captain’s boat.", false},
		{"‘Everybody saw it,’ she said.", false},
		{"‘Everybody saw it,’ she said. ‘I don’t blame my players.", true},
		{"‘I don’t blame the players’ union.’", false},
		{"He built it in the ’70s.", false},
	} {
		if got := quotationOpen(c.text); got != c.want {
			t.Errorf("quotationOpen(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestCloseQuotation: a passage that opens a quotation runs on to the
// sentence of its paragraph that closes it, within maxPassageBytes; one
// that closes its quotations, or whose quotation closes only beyond the
// paragraph, is kept as it is.
func TestCloseQuotation(t *testing.T) {
	text := "# Ferry\n\n" +
		"“I have done this trip many times,” the captain said. “Today is the first time I was nervous. Not because of the river. Because of the people waiting.” Then he sailed.\n\n" +
		"“The ferry is back. It is good.\n\n" +
		"Nobody answered.\n"
	a, err := Parse("ferry", text)
	if err != nil {
		t.Fatal(err)
	}
	find := func(prefix string) int {
		for i, s := range a.Sentences {
			if strings.HasPrefix(s.Text, prefix) {
				return i
			}
		}
		t.Fatalf("no sentence starts with %q", prefix)
		return -1
	}
	for _, c := range []struct {
		first, last string // sentences of the passage given
		want        string // text of the passage returned
	}{
		{"“Today", "“Today", "“Today is the first time I was nervous. Not because of the river. Because of the people waiting.”"},
		{"“I have", "“Today", "“I have done this trip many times,” the captain said. “Today is the first time I was nervous. Not because of the river. Because of the people waiting.”"},
		{"“I have", "“I have", "“I have done this trip many times,” the captain said."},
		{"Not because", "Not because", "Not because of the river."},
		{"“The ferry", "“The ferry", "“The ferry is back."},
	} {
		got := a.closeQuotation(a.QuoteSentences(find(c.first), find(c.last)))
		if got.Text != c.want {
			t.Errorf("closeQuotation(%q…%q) = %q, want %q", c.first, c.last, got.Text, c.want)
		}
		if got.Text != a.Text[got.Start:got.End] {
			t.Errorf("closeQuotation(%q…%q) is not a slice of the article", c.first, c.last)
		}
	}
}

// TestSpeechAsked checks when a verb of saying is the event a when or how
// long question asks about, not the frame of what was said.
func TestSpeechAsked(t *testing.T) {
	for _, tt := range []struct {
		q, verb, typ string
		want         bool
	}{
		{"How long did the finance minister speak for?", "speak", "duration", true},
		{"When did Putin speak to Trump?", "speak", "time", true},
		{"When did the mayor say the bridge would reopen?", "say", "time", false},
		{"What did the minister say?", "say", "", false},
	} {
		toks := Tokenize(tt.q)
		k := slices.IndexFunc(toks, func(u Token) bool { return u.Norm == tt.verb })
		if got := speechAsked(tt.typ, toks, toks[k]); got != tt.want {
			t.Errorf("speechAsked(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
