package nlp

import "testing"

func TestQuoteMarks(t *testing.T) {
	tests := []struct {
		name      string
		s         string
		wantOpen  bool
		ambiguous bool
		closer    int // byte offset of the closer after the opener, -1 for none
	}{
		{"curly double", "“root causes” here", true, false, len("“root causes")},
		{"straight double", `"excellent" he said`, true, false, len(`"excellent`)},
		{"guillemets", "«paix» et", true, false, len("«paix")},
		{"single closes before a non-word", "‘we won’ today", true, true, len("‘we won")},
		{"single inside a word does not close", "‘he’s here", true, true, -1},
		{"single after a space does not close", "‘we ’ won", true, true, -1},
		{"unclosed double", "“no end", true, false, -1},
		{"not a mark", "plain", false, false, -1},
	}
	for _, tt := range tests {
		r := []rune(tt.s)[0]
		m, ok := QuoteMarkFor(r)
		if ok != tt.wantOpen || m.Ambiguous != tt.ambiguous {
			t.Errorf("%s: QuoteMarkFor(%q) = %+v, %v", tt.name, r, m, ok)
			continue
		}
		if !ok {
			continue
		}
		got, w := FindCloser(tt.s, len(string(r)), m)
		if got != tt.closer || (got >= 0 && []rune(tt.s[got:])[0] != m.Close) || (got < 0 && w != 0) {
			t.Errorf("%s: FindCloser = %d, %d; want %d", tt.name, got, w, tt.closer)
		}
	}
}

func TestIsQuoteLike(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{{'“', true}, {'»', true}, {'`', true}, {'′', true}, {'❝', true}, {'\'', true}, {'a', false}, {'-', false}, {' ', false}}
	for _, tt := range tests {
		if got := IsQuoteLike(tt.r); got != tt.want {
			t.Errorf("IsQuoteLike(%q) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestIsCapitalised(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{{"Putin", true}, {"Ólafur", true}, {"putin", false}, {"2022", false}, {"", false}}
	for _, tt := range tests {
		if got := IsCapitalised(Token{Text: tt.word}); got != tt.want {
			t.Errorf("IsCapitalised(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestIsNumberWord(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{{"thirty", true}, {"dozen", true}, {"third", true}, {"twice", true}, {"30-day", true}, {"2022", true}, {"thirst", false}, {"number", false}}
	for _, tt := range tests {
		if got := IsNumberWord(tt.norm); got != tt.want {
			t.Errorf("IsNumberWord(%q) = %v, want %v", tt.norm, got, tt.want)
		}
	}
	m := SpeltNumbers()
	m["thirst"] = true // a caller's copy: changing it changes nothing here
	if IsNumberWord("thirst") {
		t.Error("SpeltNumbers returned nlp's own set")
	}
}

func TestEndsPossessive(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{{"Putin’s", true}, {"He's", true}, {"LEADERS'S", true}, {"leaders’", false}, {"s", false}, {"is", false}}
	for _, tt := range tests {
		if got := EndsPossessive(tt.text); got != tt.want {
			t.Errorf("EndsPossessive(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
