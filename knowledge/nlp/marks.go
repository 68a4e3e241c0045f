package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuoteMark is a pair of quotation marks.
type QuoteMark struct {
	Open, Close rune
	// Ambiguous marks (‘ ’ ') double as apostrophes and count only in context.
	Ambiguous bool
}

var quoteMarks = []QuoteMark{
	{'“', '”', false}, {'„', '“', false}, {'«', '»', false}, {'"', '"', false},
	{'‘', '’', true}, {'\'', '\'', true}, {'‹', '›', false}, {'「', '」', false}, {'『', '』', false},
	{'＂', '＂', false}, {'〝', '〞', false},
}

// QuoteMarkFor returns the pair of marks r opens, if it opens one.
func QuoteMarkFor(r rune) (QuoteMark, bool) {
	for _, m := range quoteMarks {
		if m.Open == r {
			return m, true
		}
	}
	return QuoteMark{}, false
}

// FindCloser returns the byte offset and width of the mark closing m in s
// after from (not at from itself), or -1. An ambiguous closer counts only
// after a non-space and before a non-word rune, so "he’s" does not close.
func FindCloser(s string, from int, m QuoteMark) (int, int) {
	for j := from; j < len(s); {
		r, w := utf8.DecodeRuneInString(s[j:])
		if r == m.Close && j > from {
			if !m.Ambiguous {
				return j, w
			}
			prev, _ := utf8.DecodeLastRuneInString(s[:j])
			next, _ := utf8.DecodeRuneInString(s[j+w:])
			if !unicode.IsSpace(prev) && (j+w == len(s) || !IsWordRune(next)) {
				return j, w
			}
		}
		j += w
	}
	return -1, 0
}

// quoteLikes are the marks, beyond Unicode's initial and final quotation
// punctuation (Pi, Pf), that can look like quotation marks: opening and
// closing ones of many scripts, primes, backticks, accents and dingbats.
const quoteLikes = "\"'`´‚„‛‟「」『』﹁﹂﹃﹄〝〞〟＂＇′″‴‵‶‷⁗❛❜❝❞❮❯⹂ʹʺʻʼʽˮ〃״׳🙶🙷🙸"

// IsQuoteLike reports whether r can be read as a quotation mark.
func IsQuoteLike(r rune) bool {
	return unicode.In(r, unicode.Pi, unicode.Pf) || strings.ContainsRune(quoteLikes, r)
}

// IsCapitalised reports whether a token starts with an upper-case letter.
func IsCapitalised(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// EndsPossessive reports whether a token's text ends in an apostrophe and s
// ("Putin’s", "He's").
func EndsPossessive(text string) bool {
	n := len(text)
	if n < 2 || (text[n-1] != 's' && text[n-1] != 'S') {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:n-1])
	return IsApostrophe(r)
}
