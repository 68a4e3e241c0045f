// Package nlp holds the text primitives the rest of knowledge builds on:
// tokens with byte offsets, folding, stemming, stop words, typo distance,
// paragraph, heading and sentence splitting, quotation-mark pairs and
// number words. It imports nothing of ours.
package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// Token is one word of a text, with its byte offsets into that text.
type Token struct {
	// Text is the word exactly as written (a slice of the source).
	Text string
	// Norm is the folded form: lower case, no diacritics, straight apostrophes,
	// possessive "'s" removed.
	Norm string
	// Stem is the Snowball (Porter2) stem of Norm.
	Stem string
	// Start and End are byte offsets of Text in the source.
	Start, End int
}

// Tokenize splits s into word tokens: runs of letters and digits, keeping
// inner apostrophes ("He’s", "couldn’t") and nothing else. Offsets are bytes.
func Tokenize(s string) []Token { return TokenizeWith(s, Stem) }

// TokenizeWith is Tokenize with a chosen stemmer (a cached one for questions).
func TokenizeWith(s string, stem func(string) string) []Token {
	var toks []Token
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !IsWordRune(r) {
			i += w
			continue
		}
		start := i
		for i < len(s) {
			r, w = utf8.DecodeRuneInString(s[i:])
			if IsWordRune(r) {
				i += w
				continue
			}
			// An apostrophe between two word runes stays inside the word.
			if IsApostrophe(r) && i+w < len(s) {
				nr, _ := utf8.DecodeRuneInString(s[i+w:])
				if IsWordRune(nr) {
					i += w
					continue
				}
			}
			break
		}
		text := s[start:i]
		n := FoldWord(text)
		toks = append(toks, Token{Text: text, Norm: n, Stem: stem(n), Start: start, End: i})
	}
	return toks
}

// IsWordRune reports whether r belongs in a word: a letter, digit or combining mark.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// IsApostrophe reports whether r can stand for an apostrophe.
func IsApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// Fold lower-cases s, removes diacritics (Türkiye → turkiye) and maps
// typographic quotes, apostrophes and dashes to their ASCII forms. It may change
// byte lengths, so it is for comparison only, never for display.
func Fold(s string) string {
	if IsPlainASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case IsApostrophe(r):
			b.WriteByte('\'')
		case r == '“' || r == '”' || r == '„' || r == '«' || r == '»' || r == '″':
			b.WriteByte('"')
		case r == '–' || r == '—' || r == '‒' || r == '−' || r == '‐' || r == '‑':
			b.WriteByte('-')
		case r == '…':
			b.WriteString("...")
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// IsPlainASCII reports whether s is printable ASCII (plus DEL), which Fold
// only lower-cases: ASCII quotes and dashes fold to themselves, and no
// control character is there to become a space.
func IsPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < ' ' {
			return false
		}
	}
	return true
}

// FoldWord folds one word and drops a possessive or contracted "'s"
// ("Putin’s" → "putin", "He’s" → "he").
func FoldWord(w string) string {
	f := Fold(w)
	if strings.HasSuffix(f, "'s") {
		f = f[:len(f)-2]
	} else if strings.HasSuffix(f, "'") {
		f = f[:len(f)-1]
	}
	return f
}

// Stem returns the English Snowball stem of a folded word. Numbers and
// non-ASCII words are returned unchanged.
func Stem(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			if c != '\'' {
				return w
			}
		}
	}
	return english.Stem(w, true)
}

// stopWords are function words that carry no topic. Question words are
// included: they shape the expected answer, not the topic.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all am an and any are aren't as at be because been
	before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
	during each few for from further had hadn't has hasn't have haven't having he he'd he'll her here hers herself him
	himself his how i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no
	nor not of off on once only or other ought our ours ourselves out over own same she she'd she'll should shouldn't
	so some such than that that's the their theirs them themselves then there there's these they they'd they'll they're
	they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what
	what's when when's where where's which while who who's whom whose why why's with won't would wouldn't you you'd you'll
	you're you've your yours yourself yourselves also just even still yet already really whether tell says say said
	article according does did please will shall may might must can could would should
	hi hello hey hiya yo thanks thank ok okay bot quotebot`) {
		m[w] = true
	}
	return m
}()

// IsStopWord reports whether a folded word carries no topic of its own.
func IsStopWord(norm string) bool { return stopWords[norm] }

// MaxFuzzyLen bounds the words typo tolerance looks at; longer ones must match.
const MaxFuzzyLen = 24

// EditDistanceAtMost reports whether a and b (ASCII-folded words) differ by at
// most k single-character edits (Damerau: a swap counts as one). It is a
// banded dynamic programme, cheap for short words.
func EditDistanceAtMost(a, b string, k int) bool {
	if a == b {
		return true
	}
	la, lb := len(a), len(b)
	if la-lb > k || lb-la > k {
		return false
	}
	if lb >= MaxFuzzyLen {
		return false
	}
	// Three rows on the stack: words this short need no heap.
	var r0, r1, r2 [MaxFuzzyLen + 1]int
	prev2, prev, cur := r0[:lb+1], r1[:lb+1], r2[:lb+1]
	for j := 0; j <= lb; j++ {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > k {
			return false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lb] <= k
}

// NearStopWord reports whether norm is one typo (an edit) away from a stop
// word of four letters or more ("agian" for "again", "abuot" for
// "about"). Callers check first that norm is not a word of its own.
func NearStopWord(norm string) bool {
	if len(norm) < 4 || stopWords[norm] {
		return false
	}
	for w := range stopWords {
		if len(w) >= 4 && EditDistanceAtMost(norm, w, 1) {
			return true
		}
	}
	return false
}
