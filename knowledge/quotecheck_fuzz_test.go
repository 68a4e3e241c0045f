package knowledge

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzCheckQuotes: any input gets a verdict for each claim, or a user error;
// never a panic, and every match is a slice of the article.
func FuzzCheckQuotes(f *testing.F) {
	for _, s := range []string{
		"", "“", "”", `"`, "‘", "'", "…", "...", "“…”", "«»", "‘’", "He’s", "a ‘b",
		`Putin said: "We just need to find the best ways to move toward peace"`,
		"“We just need … peace” — Putin", "According to Trump, “excellent”",
		"Zelenskyy had recently agreed to a US offer of a 90-day ceasefire",
		"\xff\xfe“root\x00 causes”", "<@123> **root causes** https://x.y/z",
		strings.Repeat("“peace” ", 20),
		"Putin said:\n> We just need\n>>> to determine", "> \n> a\nb", ">>> ", "x\n> ", "As Putin put it, a",
		"Trump said Putin said Zelenskyy said peace", "“a … not”", "“peace”\n— Trump",
	} {
		f.Add(s)
	}
	a := Default()
	f.Fuzz(func(t *testing.T, msg string) {
		rep, err := a.CheckQuotes(msg)
		if err != nil {
			if _, ok := UserMessage(err); !ok {
				t.Fatalf("CheckQuotes(%q): non-user error %v", msg, err)
			}
			return
		}
		if len(rep.Claims) == 0 && rep.Skipped == "" {
			t.Fatalf("CheckQuotes(%q): no verdict and nothing said skipped", msg)
		}
		if len(rep.Claims) > MaxCheckClaims {
			t.Fatalf("CheckQuotes(%q): %d claims checked", msg, len(rep.Claims))
		}
		checkInvariants(t, a, msg, rep)
	})
}

// FuzzExactRuns: any run of four or more words cut from the article, with
// the text between them as written, is exact.
func FuzzExactRuns(f *testing.F) {
	for _, s := range [][2]uint16{{0, 4}, {7, 12}, {40, 9}, {101, 30}, {233, 4}, {300, 60}, {499, 5}} {
		f.Add(s[0], s[1])
	}
	a := Default()
	type run struct{ para, first int }
	var words []Token // absolute offsets
	var at []run
	for p, para := range a.Paragraphs {
		k := 0
		for _, si := range para.Sentences {
			s := a.Sentences[si]
			for _, t := range s.tokens {
				t.Start += s.Start
				t.End += s.Start
				words = append(words, t)
				at = append(at, run{p, k})
				k++
			}
		}
	}
	f.Fuzz(func(t *testing.T, start, n uint16) {
		i := int(start) % len(words)
		j := i + 3 + int(n)%40
		if j >= len(words) || at[j].para != at[i].para {
			return
		}
		msg := a.Text[words[i].Start:words[j].End]
		if !utf8.ValidString(msg) {
			t.Fatalf("run %q is not valid UTF-8", msg)
		}
		rep, err := a.CheckQuotes(msg)
		if err != nil {
			t.Fatalf("CheckQuotes(%q): %v", msg, err)
		}
		for _, c := range rep.Claims {
			if c.Verdict != VerdictExact {
				t.Errorf("run %q: claim %q is %s (similarity %.3f)", msg, c.Claim, c.Verdict, c.Similarity)
			}
		}
		checkInvariants(t, a, msg, rep)
	})
}

// TestEveryRunIsExact walks the runs FuzzExactRuns samples: every run of
// four to twelve words of every paragraph.
func TestEveryRunIsExact(t *testing.T) {
	a := Default()
	sc := a.newChecker()
	for _, p := range a.Paragraphs {
		var pw [][2]int // the paragraph's words, as offsets into a.Text
		for _, si := range p.Sentences {
			s := a.Sentences[si]
			for _, t := range s.tokens {
				pw = append(pw, [2]int{s.Start + t.Start, s.Start + t.End})
			}
		}
		for i := range pw {
			for j := i + 3; j < len(pw) && j < i+12; j++ {
				msg := a.Text[pw[i][0]:pw[j][1]]
				for _, c := range a.claims(cleanMessage(msg)) {
					if c.empty {
						continue
					}
					if got := a.checkClaim(c, sc); got.Verdict != VerdictExact {
						t.Fatalf("run %q: claim %q is %s", msg, c.text, got.Verdict)
					}
				}
			}
		}
	}
}

// benchMessage is a 2,000-character moderator message with several quotes:
// exact, near (changed number, changed words, flipped polarity), an
// ellipsis, and one not in the article.
func benchMessage() string {
	parts := []string{
		`Putin said: "We just need to find the best ways to move toward peace" and then`,
		`Trump said “the principles of settlement” must be addressed first, which is odd.`,
		`Apparently “Zelenskyy had recently agreed to a US offer of a 90-day ceasefire” — is that true?`,
		`Someone claimed “the leaders reached a breakthrough agreement on a lasting ceasefire” yesterday,`,
		`and “We just need … peace” — Putin. Also “Putin promised to withdraw all troops by the end of the year.”`,
		`Finally Trump: “They know details of a negotiation that nobody else would be aware of.”`,
	}
	msg := strings.Join(parts, " ")
	for len(msg) < 2000 {
		msg += " The rest of this message is chatter about the news of the day and what people think of it."
	}
	return msg[:2000]
}

func BenchmarkCheckQuotes(b *testing.B) {
	a := Default()
	msg := benchMessage()
	b.ReportAllocs()
	b.SetBytes(int64(len(msg)))
	for b.Loop() {
		if _, err := a.CheckQuotes(msg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckQuotesBudget checks the largest message the budget allows
// work for: ten quotes of nearly 1,000 characters, each a distorted copy of
// article text, in a 10 KB message.
func BenchmarkCheckQuotesBudget(b *testing.B) {
	a := Default()
	var parts []string
	for i := 0; len(parts) < MaxCheckClaims+2; i++ {
		p := a.ParagraphText(i%len(a.Paragraphs) + 1)
		p = strings.ReplaceAll(strings.ReplaceAll(p, "“", ""), "”", "")
		for len(p) < 900 {
			p += " " + p
		}
		p = strings.ReplaceAll(p[:900], " the ", " a ")
		parts = append(parts, "«"+p+"»")
	}
	msg := strings.Join(parts, " and ")
	if len(msg) < 10<<10 || len(msg) > MaxCheckMessageBytes {
		b.Fatalf("message is %d bytes", len(msg))
	}
	b.ReportAllocs()
	for b.Loop() {
		rep, err := a.CheckQuotes(msg)
		if err != nil || len(rep.Claims) != MaxCheckClaims || rep.Skipped == "" {
			b.Fatalf("%d claims, skipped %q, %v", len(rep.Claims), rep.Skipped, err)
		}
	}
}

// BenchmarkCheckQuotesLongClaim checks one unquoted claim of nearly
// MaxClaimRunes made of names and verbs of saying: the worst case for
// finding attributions and for one long run of changes.
func BenchmarkCheckQuotesLongClaim(b *testing.B) {
	a := Default()
	msg := strings.Repeat("Putin Said Trump Told Zelenskyy Vladimir Donald ", 25)[:990]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.CheckQuotes(msg); err != nil {
			b.Fatal(err)
		}
	}
}
