package knowledge

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// oneParagraphArticle is a text of about n bytes whose whole body is one
// paragraph: the embedded article's paragraphs, numbered, run together.
func oneParagraphArticle(tb testing.TB, n int) *Article {
	tb.Helper()
	base := Default()
	var b strings.Builder
	b.WriteString("A very long report\n\n")
	for i := 0; b.Len() < n; i++ {
		for _, p := range base.Paragraphs {
			s := fmt.Sprintf("Part %d. %s ", i, strings.ReplaceAll(base.Text[p.Start:p.End], "\n", " "))
			if b.Len()+len(s) > n {
				break
			}
			b.WriteString(s)
		}
		if b.Len() > n-2000 {
			break
		}
	}
	a, err := Parse("long", strings.TrimSpace(b.String())+"\n")
	if err != nil {
		tb.Fatal(err)
	}
	if len(a.Paragraphs) != 1 {
		tb.Fatalf("%d paragraphs, want 1", len(a.Paragraphs))
	}
	return a
}

var noQuoteMarks = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "«", "", "»", "")

// longClaim is a claim and the span of the article it was taken from.
type longClaim struct {
	text       string
	start, end int
}

// longClaims are ten claims of about 990 characters from a's text, each
// with a few words changed so that only alignment can place it.
func longClaims(a *Article) []longClaim {
	var claims []longClaim
	text := a.Text
	for k := 0; k < 10; k++ {
		at := len(text) / 11 * (k + 1)
		for at < len(text) && text[at] != ' ' {
			at++
		}
		end := at + 990
		for end > at && !utf8.RuneStart(text[end]) {
			end--
		}
		// Without the article's own quotation marks, which would split
		// the message into other claims.
		c := strings.TrimSpace(noQuoteMarks.Replace(text[at:end]))
		c = strings.Replace(c, " the ", " a ", 2)
		c = strings.Replace(c, " said ", " stated ", 1)
		claims = append(claims, longClaim{c, at, end})
	}
	return claims
}

// BenchmarkCheckLongParagraph checks ten 990-character claims against a
// 2 MB article that is one paragraph: the alignment must stay within
// windows around the claims' words, not claim × paragraph.
func BenchmarkCheckLongParagraph(b *testing.B) {
	a := oneParagraphArticle(b, MaxArticleBytes-4096)
	msg := longMessage(longClaims(a))
	b.ReportAllocs()
	for b.Loop() {
		rep, err := a.CheckQuotes(msg)
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Claims) != 10 {
			b.Fatalf("%d claims checked", len(rep.Claims))
		}
	}
}

// longMessage quotes each claim in one message.
func longMessage(claims []longClaim) string {
	var texts []string
	for _, c := range claims {
		texts = append(texts, c.text)
	}
	return "“" + strings.Join(texts, "” and “") + "”"
}
