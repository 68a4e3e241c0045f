package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "capt": true, "sgt": true,
	"v": true, "vs": true, "e.g": true, "i.e": true, "etc": true, "approx": true, "inc": true, "ltd": true,
	"co": true, "corp": true, "dept": true, "est": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "mt": true, "ft": true, "rev": true, "hon": true, "pres": true, "u.s": true, "u.k": true,
	"u.n": true, "a.m": true, "p.m": true, "cf": true,
}

// numberAbbreviations end with a period that does not end a sentence when a
// number follows ("No. 10", "ca. 1150", "pp. 12-14"); before anything else
// they are words that may end one ("She said no.").
var numberAbbreviations = map[string]bool{
	"no": true, "nos": true, "nr": true, "ca": true, "c": true, "vol": true, "vols": true, "pp": true,
	"p": true, "art": true, "sec": true, "ch": true, "fig": true, "figs": true, "para": true, "op": true,
}

// SplitSentences splits text[start:end] into trimmed sentence spans.
func SplitSentences(text string, start, end int) [][2]int {
	var out [][2]int
	s := start
	i := start
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += w
			continue
		}
		termStart := i
		// The run of terminators ("?!", "...", "…").
		j := i
		for j < end {
			r2, w2 := utf8.DecodeRuneInString(text[j:end])
			if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
				break
			}
			j += w2
		}
		// Closing quotes and brackets stay with the sentence they close.
		for j < end {
			r2, w2 := utf8.DecodeRuneInString(text[j:end])
			if !strings.ContainsRune("”\"’')]»", r2) {
				break
			}
			j += w2
		}
		if j < end {
			r2, _ := utf8.DecodeRuneInString(text[j:end])
			if !unicode.IsSpace(r2) {
				i = j
				continue
			}
		}
		if j < end && !isBoundary(text, s, termStart, j, end) {
			i = j
			continue
		}
		if sp, ok := TrimSpan(text, s, j); ok {
			out = append(out, sp)
		}
		s = j
		i = j
	}
	if sp, ok := TrimSpan(text, s, end); ok {
		out = append(out, sp)
	}
	return out
}

// isBoundary decides whether the terminator at termStart, whose run (with
// closing quotes) ends at j, ends a sentence.
func isBoundary(text string, sentStart, termStart, j, end int) bool {
	k := j
	for k < end {
		r, w := utf8.DecodeRuneInString(text[k:end])
		if !unicode.IsSpace(r) {
			break
		}
		k += w
	}
	if k >= end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[k:end])
	if listItemOpens(text, j, k, end) {
		return true // "… told reporters.\n- **The council’s line:** …"
	}
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("“\"‘'(«[", next) {
		return false
	}
	if text[termStart] != '.' || (termStart+1 < end && text[termStart+1] == '.') {
		return true // "!", "?", "…" and "..." before a capital end a sentence
	}
	// The word before the period: an abbreviation or an initial does not end.
	ws := termStart
	for ws > sentStart {
		r, w := utf8.DecodeLastRuneInString(text[sentStart:ws])
		if unicode.IsSpace(r) || strings.ContainsRune("(“\"‘", r) {
			break
		}
		ws -= w
	}
	word := strings.ToLower(text[ws:termStart])
	if abbreviations[word] {
		return false
	}
	if numberAbbreviations[word] && unicode.IsDigit(next) {
		return false
	}
	// "et al." goes on: "Smith et al. (2019) found", "Smith et al. Found".
	if word == "al" && strings.HasSuffix(strings.ToLower(text[sentStart:ws]), "et ") {
		return false
	}
	// A number alone before the period is a numbered item's marker ("2.
	// Auctioneer Rhys Meredith …" under a photograph), not a sentence.
	if strings.TrimSpace(text[sentStart:ws]) == "" && word != "" && len(word) <= 2 && strings.Trim(word, "0123456789") == "" {
		return false
	}
	if n := utf8.RuneCountInString(word); n == 1 {
		r, _ := utf8.DecodeRuneInString(text[ws:termStart])
		if !unicode.IsUpper(r) {
			return true
		}
		// "Mrs B. No information was shared": a title and a lone initial
		// is a whole name (readers known by initials), so a capitalised
		// function word after it opens a sentence; "Mrs B. Smith" goes on.
		return titledInitial(text[sentStart:ws]) && nextIsFunctionWord(text[k:end])
	}
	if strings.Contains(word, ".") && !strings.ContainsFunc(word, unicode.IsDigit) {
		return false // "U.S.", "a.m."; a decimal ("£2.5m.", "3.2%.") ends
	}
	return true
}

// titles are the forms of address that may stand before a lone initial.
var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true}

// titledInitial reports whether before (the sentence up to an initial) ends
// with a title of address ("… to Mrs ", "… Dr. ").
func titledInitial(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	return titles[strings.TrimSuffix(strings.ToLower(f[len(f)-1]), ".")]
}

// nextIsFunctionWord reports whether s opens with a capitalised function
// word of two letters or more ("No", "The", "It"): a word no surname is.
func nextIsFunctionWord(s string) bool {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !IsApostrophe(r) {
			break
		}
		i += w
	}
	if i < 2 { // "A" and "I" may be the next initial: "Ms J. A. Smith"
		return false
	}
	return IsStopWord(strings.ToLower(s[:i]))
}

// listItemOpens reports whether the white space text[j:k] after a
// terminator holds a line break and a list item's marker ("- ", "* ", "• ")
// opens the next line: a bulleted item is a sentence of its own even when
// it opens with markup rather than a capital.
func listItemOpens(text string, j, k, end int) bool {
	if !strings.Contains(text[j:k], "\n") {
		return false
	}
	r, w := utf8.DecodeRuneInString(text[k:end])
	if r != '-' && r != '*' && r != '•' {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(text[k+w : end])
	return k+w < end && (r2 == ' ' || r2 == '\t')
}

// TrimSpan trims white space (and a byte-order mark at the start) from
// text[start:end] and returns the trimmed span, or false when nothing is left.
func TrimSpan(text string, start, end int) ([2]int, bool) {
	for start < end {
		r, w := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		start += w
	}
	for end > start {
		r, w := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= w
	}
	return [2]int{start, end}, end > start
}
