package knowledge

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// quoteCase is one line of a quotecheck.jsonl file.
type quoteCase struct {
	Claim          string  `json:"claim"`
	Verdict        Verdict `json:"verdict"`
	Speaker        *string `json:"speaker"`
	SpeakerMatches *bool   `json:"speaker_matches"`
}

func readQuoteCases(t *testing.T, path string) []quoteCase {
	t.Helper()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s is absent", path)
	}
	return readJSONL[quoteCase](t, path)
}

// readJSONL reads a file of one JSON object a line, blank lines skipped.
func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var v T
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("%s: %v in %s", path, err, line)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkQuoteCases checks each case's first claim against what it expects.
func checkQuoteCases(t *testing.T, cases []quoteCase) {
	t.Helper()
	a := Default()
	for _, c := range cases {
		rep, err := a.CheckQuotes(c.Claim)
		if err != nil {
			t.Errorf("%q: %v", c.Claim, err)
			continue
		}
		if len(rep.Claims) == 0 {
			t.Errorf("%q: no claims", c.Claim)
			continue
		}
		got := rep.Claims[0]
		if got.Verdict != c.Verdict {
			t.Errorf("%q: verdict = %s (similarity %.3f), want %s", c.Claim, got.Verdict, got.Similarity, c.Verdict)
		}
		if c.Speaker != nil && got.Speaker != *c.Speaker {
			t.Errorf("%q: speaker = %q, want %q", c.Claim, got.Speaker, *c.Speaker)
		}
		if c.SpeakerMatches != nil && (got.SpeakerMatches == nil || *got.SpeakerMatches != *c.SpeakerMatches) {
			t.Errorf("%q: speaker_matches = %v, want %v", c.Claim, fmtBoolPtr(got.SpeakerMatches), *c.SpeakerMatches)
		}
		checkInvariants(t, a, c.Claim, rep)
	}
}

func fmtBoolPtr(b *bool) string {
	if b == nil {
		return "null"
	}
	if *b {
		return "true"
	}
	return "false"
}

// checkInvariants holds for every report: matches are byte slices of the
// article, exact claims have no changes, near ones have at least one.
func checkInvariants(t *testing.T, a *Article, msg string, rep CheckReport) {
	t.Helper()
	for _, c := range rep.Claims {
		switch c.Verdict {
		case VerdictExact, VerdictNear:
			if c.Start < 0 || c.End > len(a.Text) || c.Start >= c.End || a.Text[c.Start:c.End] != c.Match {
				t.Errorf("%q: match %q is not Article.Text[%d:%d]", msg, c.Match, c.Start, c.End)
			}
			if c.Paragraph < 1 || c.Paragraph > len(a.Paragraphs) {
				t.Errorf("%q: paragraph %d out of range", msg, c.Paragraph)
			}
		case VerdictNotFound:
			if c.Match != "" || len(c.Changes) != 0 {
				t.Errorf("%q: not_found with a match %q or changes %v", msg, c.Match, c.Changes)
			}
		default:
			t.Errorf("%q: unknown verdict %q", msg, c.Verdict)
		}
		if c.Verdict == VerdictExact && (len(c.Changes) != 0 || c.Similarity != 1) {
			t.Errorf("%q: exact with changes %v, similarity %v", msg, c.Changes, c.Similarity)
		}
		if c.Verdict == VerdictNear && (len(c.Changes) == 0 || c.Similarity >= 1 || c.Similarity < NearThreshold) {
			t.Errorf("%q: near with changes %v, similarity %v", msg, c.Changes, c.Similarity)
		}
		for _, ch := range c.Changes {
			if ch.From != a.Text[ch.Start:ch.End] {
				t.Errorf("%q: change from %q is not Article.Text[%d:%d]", msg, ch.From, ch.Start, ch.End)
			}
		}
		if c.Changes == nil {
			t.Errorf("%q: Changes is nil, want empty", msg)
		}
	}
}

// TestQuoteCheckSharedEval runs the project's development set, when present.
func TestQuoteCheckSharedEval(t *testing.T) {
	checkQuoteCases(t, readQuoteCases(t, "../testdata/eval/quotecheck.jsonl"))
}

// TestQuoteCheckEval runs the copy of the development set kept in testdata.
func TestQuoteCheckEval(t *testing.T) {
	checkQuoteCases(t, readQuoteCases(t, "testdata/quotecheck.jsonl"))
}

func TestQuoteCheckCases(t *testing.T) {
	tests := []struct {
		name    string
		msg     string
		verdict Verdict
		kinds   string // the changes' kinds, space-separated
		speaker string
		claimed string
	}{
		{"typographic only", `After all their talk, the leaders failed to reach a breakthrough agreement on a lasting ceasefire`, VerdictExact, "", "", ""},
		{"case and white space", "AFTER ALL   THEIR talk,\nthe leaders", VerdictExact, "", "", ""},
		{"diacritics", "held in Turkiye", VerdictExact, "", "", ""},
		{"dash forms", "since 2022 - held in Türkiye", VerdictExact, "", "", ""},
		{"straight apostrophe", "Zelenskyy in fact had recently agreed to a US offer of a 30-day ceasefire, forced by stem Trump's pressure", VerdictExact, "", "Zelenskyy", ""},
		{"across sentences", "a lasting ceasefire. The discussion mainly focused", VerdictExact, "", "", ""},
		{"ellipsis", "“We just need … peace” — Putin", VerdictExact, "", "Putin", "Putin"},
		{"ellipsis dots", `"He articulated a need ... in future negotiations"`, VerdictExact, "", "Putin", ""},
		{"ellipsis out of order", `"move towards peace ... We just need"`, VerdictNear, "word", "Putin", ""},
		{"changed number", "Zelenskyy had recently agreed to a US offer of a 60-day ceasefire", VerdictNear, "word number", "Zelenskyy", ""},
		{"changed year", "first direct negotiations since 2019 – held in Türkiye", VerdictNear, "number", "", ""},
		{"changed name", "Trump has persistently pressed Zelenskyy to accept a deal.", VerdictNear, "name", "Trump", ""},
		// The leaders speak to Zelenskyy, who is the object here: nobody is the speaker.
		{"changed country", "Leaders from France, Finland, Germany, Spain and the European Union are already in talks", VerdictNear, "name", "", ""},
		{"dropped negation", "the leaders reached a breakthrough agreement on a lasting ceasefire", VerdictNear, "negation", "", ""},
		{"contraction flipped", "Even though they could point to concrete outcomes from their most recent engagements", VerdictNear, "negation", "", ""},
		{"added not", "“They know details of a negotiation that nobody else would not be aware of.”", VerdictNear, "negation", "Trump", ""},
		{"inserted word", "Trump has persistently and publicly pressed Putin to accept a deal", VerdictNear, "word", "Trump", ""},
		{"deleted word", "Trump has pressed Putin to accept a deal", VerdictNear, "word", "Trump", ""},
		{"swapped word", "The discussion mainly focused on what future paths to peace might look like", VerdictNear, "word", "", ""},
		{"opposite word", "The discussion mainly focused on what future routes to war might look like", VerdictNear, "negation", "", ""},
		{"missing comma", "After all their talk the leaders failed to reach a breakthrough agreement", VerdictNear, "word", "", ""},
		{"respelt name", "Zelensky in fact had recently agreed to a US offer", VerdictNear, "word", "Zelenskyy", ""},
		{"partial name", "ump has persistently pressed Putin", VerdictNear, "name", "Trump", ""},
		{"antonym", "Moments before his controversial call with Putin, Trump called Zelenskyy.", VerdictNear, "negation", "Trump", ""},
		{"un- prefix", "they focused on Russia’s brutal and provoked invasion of Ukraine", VerdictNear, "negation", "", ""},
		{"changed name at the end", "Leaders from France, Finland, Germany, Italy and the European Union are already in talks with Putin.", VerdictNear, "name", "", ""},
		{"indefinite speaker names nobody", "Someone said “We just need to determine the most effective ways to move towards peace.”", VerdictExact, "", "Putin", ""},
		{"a post's lead-in names nobody", "Breaking: “They know details of a negotiation that nobody else would be aware of.”", VerdictExact, "", "Trump", ""},
		{"invented", "Putin promised to withdraw all troops by the end of the year.", VerdictNotFound, "", "", ""},
		{"one shared name", "Putin lied", VerdictNotFound, "", "", ""},
		{"short claim, a word off", "Russia invaded Ukraine", VerdictNotFound, "", "", ""},
		{"short claim, another form", "root cause", VerdictNear, "word", "Putin", ""},
		{"number spelt out", "Zelenskyy agreed to a thirty-day ceasefire", VerdictNear, "word name number", "Zelenskyy", ""},
		{"off topic", "The weather in Paris was lovely this spring", VerdictNotFound, "", "", ""},
		{"wrong mouth", `Zelenskyy said “We just need to determine the most effective ways to move towards peace.”`, VerdictExact, "", "Putin", "Zelenskyy"},
		{"unknown speaker", `Biden: "They know details of a negotiation"`, VerdictExact, "", "Trump", "Biden"},
		{"attribution after", `“excellent,” Trump said`, VerdictExact, "", "Trump", "Trump"},
		{"according to", "According to Trump, they know details of a negotiation that nobody else would be aware of", VerdictExact, "", "Trump", "Trump"},
		{"unquoted said", "Putin said we just need to determine the most effective ways", VerdictExact, "", "Putin", "Putin"},
		{"single curly quotes", "Putin wants to tackle the ‘root causes’", VerdictExact, "", "Putin", ""},
		{"typed dash", "since 2022 -- held in Türkiye", VerdictExact, "", "", ""},
		{"abbreviation with dots", "Zelenskyy in fact had recently agreed to a U.S. offer", VerdictNear, "word", "Zelenskyy", ""},
		{"ellipsis hides a negation", "“After all their talk, the leaders … reach a breakthrough agreement”", VerdictNear, "negation", "", ""},
		{"ellipsis hides a word", "“After all their talk, the leaders failed … a breakthrough agreement”", VerdictExact, "", "", ""},
		{"short claim, flipped", "both leaders remained pessimistic", VerdictNear, "negation", "", ""},
		{"mostly invented around a phrase", "Putin and I agreed on a 30-day ceasefire today", VerdictNotFound, "", "", ""},
		{"chatter before the attribution", "lol Putin said we just need to determine the most effective ways", VerdictExact, "", "Putin", "Putin"},
		{"attribution clause", "As Putin put it, we just need to determine the most effective ways", VerdictExact, "", "Putin", "Putin"},
		{"nested attribution", "Trump said Putin said we just need to determine the most effective ways", VerdictExact, "", "Putin", "Putin"},
		{"blockquote", "Putin said:\n> We just need to determine the most effective ways", VerdictExact, "", "Putin", "Putin"},
	}
	a := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := a.CheckQuotes(tt.msg)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, a, tt.msg, rep)
			got := rep.Claims[0]
			var kinds []string
			for _, ch := range got.Changes {
				kinds = append(kinds, ch.Kind)
			}
			if got.Verdict != tt.verdict || strings.Join(kinds, " ") != tt.kinds {
				t.Errorf("verdict %s, kinds %q (changes %+v, similarity %.3f); want %s, %q",
					got.Verdict, strings.Join(kinds, " "), got.Changes, got.Similarity, tt.verdict, tt.kinds)
			}
			if got.Speaker != tt.speaker || got.ClaimedSpeaker != tt.claimed {
				t.Errorf("speaker %q, claimed %q; want %q, %q", got.Speaker, got.ClaimedSpeaker, tt.speaker, tt.claimed)
			}
		})
	}
}

// TestDistortionsNeverExact changes one number, name or polarity, or inserts
// or deletes a word, in every sentence of the article, and checks that no
// such claim is called exact.
func TestDistortionsNeverExact(t *testing.T) {
	a := Default()
	n := 0
	for _, s := range a.Sentences {
		for _, d := range distortions(s) {
			n++
			rep, err := a.CheckQuotes("«" + d + "»")
			if err != nil {
				t.Errorf("%q: %v", d, err)
				continue
			}
			if got := rep.Claims[0]; got.Verdict == VerdictExact {
				t.Errorf("distorted %q is exact (match %q)", d, got.Match)
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d distortions generated", n)
	}
}

// distortions makes distorted versions of a sentence: every inner word
// deleted in turn (an end word deleted leaves a shorter true quote), a word
// inserted, numbers changed, names swapped, negations flipped or hidden
// behind an ellipsis.
func distortions(s Sentence) []string {
	toks := s.tokens
	text := s.Text
	var out []string
	replace := func(t Token, with string) string { return text[:t.Start] + with + text[t.End:] }
	for k, t := range toks {
		if k > 0 && k < len(toks)-1 {
			// Delete an inner word and the space after it.
			end := t.End
			if end < len(text) && text[end] == ' ' {
				end++
			}
			out = append(out, text[:t.Start]+text[end:])
		}
		switch {
		case strings.ContainsAny(t.Norm, "0123456789"):
			out = append(out, replace(t, strings.Map(func(r rune) rune {
				if r >= '0' && r <= '8' {
					return r + 1
				}
				return r
			}, t.Text)))
		case t.Norm == "putin":
			out = append(out, replace(t, "Zelenskyy"))
		case t.Norm == "trump" || t.Norm == "zelenskyy":
			out = append(out, replace(t, "Putin"))
		case t.Norm == "failed":
			out = append(out, replace(t, "managed"))
		case strings.HasSuffix(t.Norm, "n't"):
			r, _ := utf8.DecodeLastRuneInString(t.Text[:len(t.Text)-len("t")])
			out = append(out, replace(t, strings.TrimSuffix(t.Text[:len(t.Text)-len("t")], string(r))))
		}
		if t.Norm != "" && isNegation(t.Norm) && k > 0 && k < len(toks)-1 {
			// An ellipsis that hides the negation.
			out = append(out, text[:t.Start]+"…"+text[t.End:])
		}
		if k == len(toks)/2 {
			out = append(out, text[:t.Start]+"not "+text[t.Start:])
			out = append(out, text[:t.Start]+"really "+text[t.Start:])
		}
	}
	return out
}

func TestClaimsFromMessage(t *testing.T) {
	tests := []struct {
		msg  string
		want []string // claim|claimed speaker
	}{
		{`Putin said “root causes” and “the timing of a possible peace agreement.”`, []string{"root causes|Putin", "the timing of a possible peace agreement.|Putin"}},
		{`“root causes” — Putin. “excellent” — Trump.`, []string{"root causes|Putin", "excellent|Trump"}},
		{`Trump said "excellent" but Zelenskyy said «root causes»`, []string{"excellent|Trump", "root causes|Zelenskyy"}},
		{`He’s the one who said ‘root causes’`, []string{"root causes|"}},
		{`According to Vladimir Putin, “root causes”`, []string{"root causes|Putin"}},
		{`President Putin: “root causes”`, []string{"root causes|Putin"}},
		{`“the timing”, said Zelensky`, []string{"the timing|Zelenskyy"}},
		{`Putin said “We just need to determine the most effective ways`, []string{"We just need to determine the most effective ways|Putin"}},
		{`“outer “inner” words”`, []string{"outer “inner|"}},
		{`"outer “inner” words"`, []string{"outer “inner” words|"}},
		{`The leaders' views`, []string{"The leaders' views|"}},
		{`as Putin put it, “root causes”`, []string{"root causes|Putin"}},
		{`Trump – “excellent”`, []string{"excellent|Trump"}},
		{`Per Trump: “excellent”`, []string{"excellent|Trump"}},
		{`Donald Trump, on the talks: “excellent”`, []string{"excellent|Trump"}},
		{`“excellent”, as Zelensky put it`, []string{"excellent|Zelenskyy"}},
		{"“excellent”\n— Trump", []string{"excellent|Trump"}},
		{`“excellent” — Donald John Trump`, []string{"excellent|Trump"}},
		{`Trump on Truth Social: “excellent”`, []string{"excellent|Trump"}},
		{`Putin (via the Kremlin): “root causes”`, []string{"root causes|Putin"}},
		// Not attributions: a bare name with a comma, a name as an object.
		{`Trump, “excellent”`, []string{"excellent|"}},
		{`talks with Putin, “excellent”`, []string{"excellent|"}},
		// Discord block quotes are quotations when other words are around them.
		{"Trump said:\n> excellent\nand Putin said:\n>>> root\ncauses", []string{"excellent|Trump", "root causes|Putin"}},
		{"is this real?\n> root causes", []string{"root causes|"}},
		{"> root causes — Putin", []string{"root causes — Putin|Putin"}},
		// Straight single quotes around words with apostrophes and decades:
		// the claim is the whole quotation, never a piece cut at an apostrophe.
		{`Putin said 'the leaders' talks began in the '90s and it's going well'`, []string{"the leaders' talks began in the '90s and it's going well|Putin"}},
		{`Trump said 'we don't know' and Putin said 'it's fine, the ministers' deal stands'`, []string{"we don't know|Trump", "it's fine, the ministers' deal stands|Putin"}},
		{`'rock 'n' roll is back,' said Trump`, []string{"rock 'n' roll is back,|Trump"}},
		{`Putin said ‘the envoys’ plan from the ’80s won’t work’`, []string{"the envoys’ plan from the ’80s won’t work|Putin"}},
	}
	a := Default()
	for _, tt := range tests {
		var got []string
		for _, c := range a.claims(cleanMessage(tt.msg)) {
			got = append(got, c.text+"|"+c.claimed)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("claims(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

func TestStripAttribution(t *testing.T) {
	tests := []struct{ text, core, who string }{
		{"Putin said that we just need peace", "we just need peace", "Putin"},
		{"lol Putin reportedly told reporters we just need peace", "we just need peace", "Putin"},
		{"Trump said Putin said we just need peace", "we just need peace", "Putin"},
		{"As Putin put it, we just need peace", "we just need peace", "Putin"},
		{"Putin’s words: we just need peace", "we just need peace", "Putin"},
		{"we just need peace, as Putin put it", "we just need peace", "Putin"},
		{"we just need peace — Putin", "we just need peace", "Putin"},
		{"The article says that we just need peace", "we just need peace", ""},
		{"According to the article, we just need peace", "we just need peace", ""},
		{"we just need peace, the article says", "we just need peace", ""},
		{"Trump said US offer of a 30-day ceasefire", "US offer of a 30-day ceasefire", "Trump"},
		// Not attributions.
		{"The article is clear", "", ""},
		{"Trump has persistently pressed Putin to accept a deal", "", ""},
		{"Moments after his controversial call with Putin, Trump called Zelenskyy", "", ""},
	}
	a := Default()
	for _, tt := range tests {
		core, who := a.stripAttribution(tt.text)
		if core != tt.core || who != tt.who {
			t.Errorf("stripAttribution(%q) = %q, %q; want %q, %q", tt.text, core, who, tt.core, tt.who)
		}
	}
}

func TestCheckQuotesBadInput(t *testing.T) {
	a := Default()
	for _, msg := range []string{"", "   ", "“”", `"" ''`, "<@123456> ***", strings.Repeat("x", MaxCheckMessageBytes+1)} {
		_, err := a.CheckQuotes(msg)
		if _, ok := UserMessage(err); !ok {
			t.Errorf("CheckQuotes(%.20q) error = %v, want a user error", msg, err)
		}
	}
}

// TestCheckQuotesBudget checks a 10 KB message: at most MaxCheckClaims
// claims, long ones skipped, and the report says so.
func TestCheckQuotesBudget(t *testing.T) {
	a := Default()
	var b strings.Builder
	b.WriteString("“" + strings.Repeat("peace talks ", 100) + "” ")
	for b.Len() < 10<<10 {
		b.WriteString("Putin said “root causes”. ")
	}
	rep, err := a.CheckQuotes(b.String())
	if err != nil {
		t.Fatal(err)
	}
	if got := len(rep.Claims); got != MaxCheckClaims {
		t.Errorf("checked %d claims, want %d", got, MaxCheckClaims)
	}
	for _, want := range []string{"1 quote longer than 1000 characters", "quotes beyond the first 10"} {
		if !strings.Contains(rep.Skipped, want) {
			t.Errorf("Skipped = %q, want it to mention %q", rep.Skipped, want)
		}
	}
	// One long unquoted claim: nothing checked, but the report says why.
	rep, err = a.CheckQuotes(strings.Repeat("word ", 300))
	if err != nil || len(rep.Claims) != 0 || rep.Skipped == "" {
		t.Errorf("long claim: %+v, %v; want it skipped and said", rep, err)
	}
}

func TestMarked(t *testing.T) {
	a := Default()
	rep, err := a.CheckQuotes("Zelenskyy had recently agreed to a US offer of a 90-day ceasefire")
	if err != nil {
		t.Fatal(err)
	}
	got := a.Marked(rep.Claims[0], func(from, to string) string { return "[" + from + "|" + to + "]" })
	want := "Zelenskyy [in fact|] had recently agreed to a US offer of a [30-day|90-day] ceasefire"
	if got != want {
		t.Errorf("Marked = %q, want %q", got, want)
	}
}
