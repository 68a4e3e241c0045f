package nlp

import (
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	toks := Tokenize("Putin’s “root causes” couldn’t wait.")
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Norm)
	}
	want := []string{"putin", "root", "causes", "couldn't", "wait"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("norms = %q, want %q", got, want)
	}
	if s := "Putin’s “root"; toks[1].Start != len("Putin’s “") || s[toks[1].Start:] != "root" {
		t.Fatalf("offset of root = %d", toks[1].Start)
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "One. Two! Three?", []string{"One.", "Two!", "Three?"}},
		{"abbreviations", "The U.S. team met Mr. Smith and Dr. Jones, e.g. at noon. Then they left.", []string{"The U.S. team met Mr. Smith and Dr. Jones, e.g. at noon.", "Then they left."}},
		{"closing quote", "“We won.” She left.", []string{"“We won.”", "She left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range SplitSentences(tt.text, 0, len(tt.text)) {
				got = append(got, tt.text[sp[0]:sp[1]])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEditDistanceAtMost(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		k    int
		want bool
	}{{"putin", "puitn", 1, true}, {"ceasefire", "ceasfire", 1, true}, {"peace", "piece", 1, false}} {
		if got := EditDistanceAtMost(tt.a, tt.b, tt.k); got != tt.want {
			t.Errorf("EditDistanceAtMost(%q, %q, %d) = %v", tt.a, tt.b, tt.k, got)
		}
	}
}
