package knowledge

import "github.com/quotebot/quotebot/knowledge/nlp"

// The text primitives live in knowledge/nlp; these names keep the rest of the
// package reading as before.

// Token is one word of a text, with its byte offsets into that text.
type Token = nlp.Token

// Tokenize splits s into word tokens; see nlp.Tokenize.
func Tokenize(s string) []Token { return nlp.Tokenize(s) }

// Fold lower-cases s and removes diacritics; see nlp.Fold.
func Fold(s string) string { return nlp.Fold(s) }

// FoldWord folds one word and drops a possessive "'s"; see nlp.FoldWord.
func FoldWord(w string) string { return nlp.FoldWord(w) }

// Stem returns the English Snowball stem of a folded word; see nlp.Stem.
func Stem(w string) string { return nlp.Stem(w) }

// IsStopWord reports whether a folded word carries no topic of its own.
func IsStopWord(norm string) bool { return nlp.IsStopWord(norm) }

const maxFuzzyLen = nlp.MaxFuzzyLen

func tokenize(s string, stem func(string) string) []Token { return nlp.TokenizeWith(s, stem) }
func isWordRune(r rune) bool                              { return nlp.IsWordRune(r) }
func isApostrophe(r rune) bool                            { return nlp.IsApostrophe(r) }
func isPlainASCII(s string) bool                          { return nlp.IsPlainASCII(s) }
func editDistanceAtMost(a, b string, k int) bool          { return nlp.EditDistanceAtMost(a, b, k) }
func splitSentences(text string, start, end int) [][2]int {
	return nlp.SplitSentences(text, start, end)
}

// numberWords is nlp's set of spelt-out numbers, for the files that index it.
var numberWords = nlp.SpeltNumbers()

func isNumberWord(norm string) bool { return nlp.IsNumberWord(norm) }

// quoteMark is an nlp.QuoteMark as quotedSegments reads it.
type quoteMark struct {
	nlp.QuoteMark
	ambiguous bool
}

func markFor(r rune) (quoteMark, bool) {
	m, ok := nlp.QuoteMarkFor(r)
	return quoteMark{m, m.Ambiguous}, ok
}

func findCloser(s string, from int, m quoteMark) (int, int) {
	return nlp.FindCloser(s, from, m.QuoteMark)
}
