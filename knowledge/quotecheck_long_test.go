package knowledge

import (
	"runtime"
	"testing"
)

// TestCheckLongParagraph checks ten 990-character claims, each with a few
// words changed, against a 2 MB article that is one paragraph. Alignment
// with the whole paragraph took 1.2 GB (claim × paragraph); in windows
// around the claims' words it needs a few megabytes, and each claim is
// still found near, at the words it was taken from.
func TestCheckLongParagraph(t *testing.T) {
	a := oneParagraphArticle(t, MaxArticleBytes-4096)
	claims := longClaims(a)
	msg := longMessage(claims)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rep, err := a.CheckQuotes(msg)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 100<<20 {
		t.Errorf("the check allocated %d MB; want under 100 MB", alloc>>20)
	}
	if len(rep.Claims) != len(claims) {
		t.Fatalf("%d claims checked, want %d", len(rep.Claims), len(claims))
	}
	for i, c := range rep.Claims {
		want := claims[i]
		overlap := min(c.End, want.end) - max(c.Start, want.start)
		if c.Verdict != VerdictNear || c.Similarity < 0.95 || overlap < (want.end-want.start)*9/10 {
			t.Errorf("claim %d: %s %.3f at %d..%d; want near ≥ 0.95 at about %d..%d", i, c.Verdict, c.Similarity, c.Start, c.End, want.start, want.end)
		}
	}
}

// TestCheckLongParagraphExact finds an unchanged claim and a short one in a
// long paragraph exactly.
func TestCheckLongParagraphExact(t *testing.T) {
	a := oneParagraphArticle(t, 200_000)
	mid := len(a.Text) / 2
	for a.Text[mid] != ' ' {
		mid++
	}
	end := mid + 1
	for words := 0; words < 12; end++ {
		if a.Text[end] == ' ' {
			words++
		}
	}
	for _, claim := range []string{noQuoteMarks.Replace(a.Text[mid+1 : end-1]), "the root causes of the conflict"} {
		rep, err := a.CheckQuotes("“" + claim + "”")
		if err != nil {
			t.Fatal(err)
		}
		if c := rep.Claims[0]; c.Verdict != VerdictExact {
			t.Errorf("%q: %s %.3f %q; want exact", claim, c.Verdict, c.Similarity, c.Match)
		}
	}
}
