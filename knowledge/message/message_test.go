package message

import (
	"strings"
	"testing"
)

func TestBlockquotes(t *testing.T) {
	hasMarks := func(m string) bool { return strings.ContainsAny(m, "“\"") }
	for _, tc := range []struct{ name, in, want string }{
		{"quoted line after a speaker", "Putin said:\n> We just need to determine", "Putin said:\n“We just need to determine”"},
		{"consecutive lines are one quotation", "Trump said:\n> it was\n> excellent", "Trump said:\n“it was excellent”"},
		{"three marks quote the rest", "Putin said:\n>>> root\ncauses", "Putin said:\n“root causes”"},
		{"two quotations", "Trump said:\n> excellent\nand Putin said:\n> root causes", "Trump said:\n“excellent”\nand Putin said:\n“root causes”"},
		{"indented quoted line", "Putin said:\n  > peace", "Putin said:\n“peace”"},
		{"nothing outside the quoted lines", "> root causes — Putin", "> root causes — Putin"},
		{"no words in the quoted lines", "Putin said:\n> …", "Putin said:\n> …"},
		{"quotation marks already", "Putin said “peace”\n> root causes", "Putin said “peace”\n> root causes"},
		{"no quoted line", "Putin said peace > war", "Putin said peace > war"},
		{"empty", "", ""},
	} {
		if got := Blockquotes(tc.in, hasMarks); got != tc.want {
			t.Errorf("%s: Blockquotes(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestBlank(t *testing.T) {
	for _, tc := range []struct{ in, chars, want string }{
		{"**peace**", "*_`~|>", "  peace  "},
		{"a\tb\nc\x00d", "", "a b\nc d"},
		{"> root_causes", "*_`~|>", "  root causes"},
		{"plain", "*", "plain"},
	} {
		if got := Blank(tc.in, tc.chars); got != tc.want {
			t.Errorf("Blank(%q, %q) = %q, want %q", tc.in, tc.chars, got, tc.want)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, tc := range []struct {
		n          int
		what, want string
	}{
		{1, "quote", "1 quote"},
		{0, "quote", "0 quotes"},
		{3, "empty quotation", "3 empty quotations"},
	} {
		if got := Plural(tc.n, tc.what); got != tc.want {
			t.Errorf("Plural(%d, %q) = %q, want %q", tc.n, tc.what, got, tc.want)
		}
	}
}

func TestPunctuationName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{",", "<comma>"},
		{"-", "<hyphen>"},
		{" – ", "<dash>"},
		{".,", "<full stop comma>"},
		{"U.S", "U.S"},
		{"#", "<#>"},
		{" ", " "},
		{"", ""},
	} {
		if got := PunctuationName(tc.in); got != tc.want {
			t.Errorf("PunctuationName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
