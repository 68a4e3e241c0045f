package align

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// newDoc builds a Doc from paragraphs separated by blank lines, with the
// given people; PersonNamed accepts a one-letter typo of a name.
func newDoc(text string, people ...string) *Doc {
	d := &Doc{Text: text, People: people}
	d.PersonNamed = func(word string) (string, bool) {
		for _, p := range people {
			if nlp.EditDistanceAtMost(nlp.Fold(word), nlp.Fold(p), 1) {
				return p, true
			}
		}
		return "", false
	}
	start := 0
	for _, block := range strings.SplitAfter(text, "\n\n") {
		end := start + len(strings.TrimRight(block, "\n"))
		var para []int
		for _, sp := range nlp.SplitSentences(text, start, end) {
			para = append(para, len(d.Sentences))
			d.Sentences = append(d.Sentences, Sentence{Start: sp[0], Text: text[sp[0]:sp[1]], Tokens: nlp.Tokenize(text[sp[0]:sp[1]])})
		}
		d.Paragraphs = append(d.Paragraphs, para)
		start += len(block)
	}
	return d
}

const testText = "After all their talk, the leaders failed to reach a breakthrough agreement on a lasting ceasefire. " +
	"Putin had reaffirmed his desire to tackle the “root causes” of the conflict.\n\n" +
	"He said: “We just need to determine the most effective ways to move towards peace.” " +
	"Zelenskyy had agreed to a US offer of a 30-day ceasefire.\n\n" +
	"Both leaders remained upbeat. Trump called Zelenskyy on Tuesday."

func allParas(d *Doc) []int {
	out := make([]int, len(d.Paragraphs))
	for i := range out {
		out[i] = i
	}
	return out
}

func TestExact(t *testing.T) {
	d := newDoc(testText, "Putin", "Zelenskyy", "Trump")
	tests := []struct {
		claim, want string // want "" when not exact
	}{
		{"root causes", "root causes"},
		{"We just need … peace", "We just need to determine the most effective ways to move towards peace"},
		{"we just need to determine", "We just need to determine"},
		{"a 30-day ceasefire", "a 30-day ceasefire"},
		{"a 30 day ceasefire", ""},                 // punctuation differs
		{"the leaders … reach a breakthrough", ""}, // the ellipsis hides "failed to"
		{"root causes of peace", ""},
	}
	for _, tt := range tests {
		sc := NewChecker(d)
		cl := sc.Claim(tt.claim)
		got := ""
		for _, p := range allParas(d) {
			if s, e, ok := sc.Exact(cl, p); ok {
				got = d.Text[s:e]
				break
			}
		}
		if got != tt.want {
			t.Errorf("Exact(%q) = %q, want %q", tt.claim, got, tt.want)
		}
	}
}

func TestBest(t *testing.T) {
	d := newDoc(testText, "Putin", "Zelenskyy", "Trump")
	tests := []struct {
		name, claim string
		changes     []Change // Start and End checked against From
		found       bool
	}{
		{"changed number", "Zelenskyy had agreed to a US offer of a 90-day ceasefire", []Change{{From: "30-day", To: "90-day", Kind: ChangeNumber}}, true},
		{"changed name", "Trump called Macron on Tuesday", []Change{{From: "Zelenskyy", To: "Macron", Kind: ChangeName}}, true},
		{"antonym", "Both leaders remained pessimistic", []Change{{From: "upbeat", To: "pessimistic", Kind: ChangeNegation}}, true},
		{"negation dropped", "the leaders managed to reach a breakthrough agreement", []Change{{From: "failed", To: "managed", Kind: ChangeNegation}}, true},
		{"another word", "We just need to find the most effective ways to move towards peace", []Change{{From: "determine", To: "find", Kind: ChangeWord}}, true},
		{"a misspelt name is the same person", "Trump called Zelensky on Tuesday", []Change{{From: "Zelenskyy", To: "Zelensky", Kind: ChangeWord}}, true},
		{"punctuation", "a US offer of a 30 day ceasefire", []Change{{From: "-", To: "", Kind: ChangeWord}}, true},
		{"nothing in common", "Quantum chromodynamics explains hadrons", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := NewChecker(d)
			al, ok := sc.Best(sc.Claim(tt.claim), allParas(d), 0.3)
			if ok != tt.found {
				t.Fatalf("found = %v, want %v (%+v)", ok, tt.found, al)
			}
			if !ok {
				return
			}
			var got []Change
			for _, c := range al.Changes {
				if d.Text[c.Start:c.End] != c.From {
					t.Errorf("change %+v: From is not the text at its offsets", c)
				}
				got = append(got, Change{From: c.From, To: c.To, Kind: c.Kind})
			}
			if !reflect.DeepEqual(got, tt.changes) {
				t.Errorf("changes = %+v, want %+v", got, tt.changes)
			}
			if al.Similarity <= 0 || al.Similarity >= 1 || al.Cover <= 0 || al.Cover > 1 {
				t.Errorf("similarity %.3f, cover %.3f out of range", al.Similarity, al.Cover)
			}
			if span := d.Text[al.Start:al.End]; len(span) == 0 {
				t.Errorf("empty span")
			}
		})
	}
}

// TestLongParagraph covers the windows a claim is aligned with in a
// paragraph of more than longParagraphWords words.
func TestLongParagraph(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 8*longParagraphWords; i++ {
		fmt.Fprintf(&b, "Item %d of the ledger lists harbour fees and ferry fares. ", i)
	}
	b.WriteString("The council voted to cut the winter ferry timetable to three days a week. ")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, "Entry %d repeats the harbour fees. ", i)
	}
	d := newDoc(b.String())
	if len(d.Paragraphs) != 1 {
		t.Fatalf("%d paragraphs, want 1", len(d.Paragraphs))
	}
	sc := NewChecker(d)
	if n := sc.paragraphSize(0); n <= longParagraphWords {
		t.Fatalf("paragraph of %d words is not long", n)
	}
	cl := sc.Claim("voted to cut the winter ferry timetable")
	if s, e, ok := sc.Exact(cl, 0); !ok || d.Text[s:e] != "voted to cut the winter ferry timetable" {
		t.Errorf("Exact = %q, %v", d.Text[s:e], ok)
	}
	al, ok := sc.Best(sc.Claim("The council voted to cut the winter ferry timetable to two days a week"), []int{0}, 0.55)
	if !ok || len(al.Changes) != 1 || al.Changes[0].From != "three" || al.Changes[0].Kind != ChangeNumber {
		t.Errorf("Best = %+v, %v; want three → two", al, ok)
	}
	if sc.paras[0] != nil {
		t.Error("the long paragraph was prepared whole")
	}
}

func TestClaim(t *testing.T) {
	d := newDoc(testText, "Putin", "Zelenskyy", "Trump")
	tests := []struct {
		claim          string
		words, content int
	}{
		{"root causes", 2, 2},
		{"The U.S. and the E.U. did not", 7, 3}, // "u.s", "e.u" one word each; "not" counts
		{"of the", 2, 0},
		{"", 0, 0},
	}
	for _, tt := range tests {
		cl := NewChecker(d).Claim(tt.claim)
		if cl.Len() != tt.words || cl.ContentWords() != tt.content {
			t.Errorf("Claim(%q): %d words, %d content; want %d, %d", tt.claim, cl.Len(), cl.ContentWords(), tt.words, tt.content)
		}
	}
}

func TestMergeInitialisms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The U.S. and E.U. met", []string{"the", "u.s", "and", "e.u", "met"}},
		{"No dots here", []string{"no", "dots", "here"}},
		{"A.B. Smith", []string{"a.b", "smith"}},
		{"A. B. Smith", []string{"a", "b", "smith"}}, // a space between: two words
	}
	for _, tt := range tests {
		var got []string
		for _, t := range mergeInitialisms(tt.text, nlp.Tokenize(tt.text)) {
			got = append(got, t.Norm)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("mergeInitialisms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestOpposite(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"accepted", "rejects", true},
		{"upbeat", "pessimistic", true},
		{"provoked", "unprovoked", true},
		{"agree", "disagree", true},
		{"in", "inn", false}, // too short for a prefix
		{"talk", "walk", false},
		{"peace", "peace", false},
	}
	for _, tt := range tests {
		if got := Opposite(tt.a, tt.b); got != tt.want {
			t.Errorf("Opposite(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := Opposite(tt.b, tt.a); got != tt.want {
			t.Errorf("Opposite(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
	if ants := AntonymStems()[nlp.Stem("win")]; len(ants) == 0 {
		t.Error("AntonymStems has no opposite of win")
	}
}

func TestIsNegation(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{{"not", true}, {"never", true}, {"couldn't", true}, {"failed", true}, {"note", false}, {"peace", false}}
	for _, tt := range tests {
		if got := IsNegation(tt.norm); got != tt.want {
			t.Errorf("IsNegation(%q) = %v, want %v", tt.norm, got, tt.want)
		}
	}
}

func TestNormGap(t *testing.T) {
	tests := []struct{ in, want string }{
		{" ", ""},
		{"", ""},
		{" – ", "-"},
		{"---", "-"},
		{"’", "'"},
		{" … ", "..."},
		{", “", ","},
		{"; ", ";"},
	}
	for _, tt := range tests {
		if got := NormGap(tt.in); got != tt.want {
			t.Errorf("NormGap(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSiblings(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"years", "months", true},
		{"tuesday", "wednesday", true},
		{"year", "years", false},
		{"peace", "peace", false},
	}
	for _, tt := range tests {
		if got := siblings(tt.a, tt.b); got != tt.want {
			t.Errorf("siblings(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestWiden(t *testing.T) {
	tests := []struct {
		text, span, want string
	}{
		{"a 30-day ceasefire", "30", "30-day"},
		{"the “root causes” of", "root", "root"},
		{"said, “excellent.”", "excellent", "excellent"},
	}
	for _, tt := range tests {
		s := strings.Index(tt.text, tt.span)
		gs, ge := widen(tt.text, s, s+len(tt.span), 0, len(tt.text))
		if got := tt.text[gs:ge]; got != tt.want {
			t.Errorf("widen(%q, %q) = %q, want %q", tt.text, tt.span, got, tt.want)
		}
	}
}

func TestPairQuality(t *testing.T) {
	sc := NewChecker(newDoc("x"))
	sc.init()
	w := func(s string) wtok { return sc.newWtok(nlp.Tokenize(s)[0], 0) }
	tests := []struct {
		c, p string
		want float64
	}{
		{"peace", "peace", 1},
		{"Putin's", "Putin", possMatch},
		{"toward", "towards", softMatch},
		{"30", "90", 0},
		{"not", "now", 0},
		{"talks", "walks", 0},
	}
	for _, tt := range tests {
		if got := pairQuality(w(tt.c), w(tt.p)); got != tt.want {
			t.Errorf("pairQuality(%q, %q) = %v, want %v", tt.c, tt.p, got, tt.want)
		}
	}
}

// An irregular form pairs with its base ("hid" with "hide", "went" with
// "go") as the same word in another form, so a claim that drops a negation
// round it still covers the word and is shown as a flipped polarity.
func TestIrregularForms(t *testing.T) {
	d := newDoc("The miners didn’t go underground that winter.\n\nShe never hid the ledgers from the auditors.")
	tests := []struct {
		claim   string
		changes []Change
	}{
		{"The miners went underground that winter", []Change{{From: "didn’t go", To: "went", Kind: ChangeNegation}}},
		{"She never hides the ledgers from the auditors", []Change{{From: "hid", To: "hides", Kind: ChangeWord}}},
		{"She hid the ledgers from the auditors", []Change{{From: "never", To: "", Kind: ChangeNegation}}},
	}
	for _, tt := range tests {
		sc := NewChecker(d)
		cl := sc.Claim(tt.claim)
		al, ok := sc.Best(cl, allParas(d), 0.3)
		if !ok {
			t.Fatalf("Best(%q) found nothing", tt.claim)
		}
		var got []Change
		for _, c := range al.Changes {
			got = append(got, Change{From: c.From, To: c.To, Kind: c.Kind})
		}
		if !reflect.DeepEqual(got, tt.changes) || al.Covered != cl.ContentWords() {
			t.Errorf("Best(%q): changes %+v, covered %d of %d; want %+v, all covered", tt.claim, got, al.Covered, cl.ContentWords(), tt.changes)
		}
	}
}
