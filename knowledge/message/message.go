// Package message holds the text handling of a message whose quotes are
// checked that needs no article: Discord's block quotes read as
// quotations, control and Markdown characters blanked, and the counts and
// punctuation a check report names. It imports only knowledge/nlp.
package message

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// Blank replaces control characters other than a newline, and each rune of
// chars (Markdown's emphasis, code, spoiler and quote characters, say),
// with a space, so that offsets of words keep their neighbours apart.
func Blank(m, chars string) string {
	return strings.Map(func(r rune) rune {
		if (unicode.IsControl(r) && r != '\n') || strings.ContainsRune(chars, r) {
			return ' '
		}
		return r
	}, m)
}

// Blockquotes turns Discord's quoted lines ("> …", and ">>> …", which
// quotes the rest of the message) into quotations (“…”), consecutive lines
// as one, when the message also has words outside them and no quotation
// marks: in "Putin said:\n> We just need …" or "is this real?\n> …" the
// quoted lines are the claim and the other lines name who said it.
// hasQuotations reports whether a message holds quotation marks as the
// caller reads them; it is asked only when m has a quoted line.
func Blockquotes(m string, hasQuotations func(string) bool) string {
	if !strings.Contains(m, "> ") || hasQuotations(m) {
		return m
	}
	lines := strings.Split(m, "\n")
	quoted := make([]bool, len(lines))
	rest, anyQuoted, anyOther := false, false, false
	for i, l := range lines {
		t := strings.TrimLeft(l, " \t")
		switch {
		case rest:
			quoted[i] = true
		case strings.HasPrefix(t, ">>> "):
			lines[i], quoted[i], rest = t[len(">>> "):], true, true
		case strings.HasPrefix(t, "> "):
			lines[i], quoted[i] = t[len("> "):], true
		}
		if quoted[i] {
			anyQuoted = anyQuoted || hasWord(lines[i])
		} else {
			anyOther = anyOther || hasWord(l)
		}
	}
	if !anyQuoted || !anyOther {
		return m
	}
	var b strings.Builder
	for i := 0; i < len(lines); i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		if !quoted[i] {
			b.WriteString(lines[i])
			continue
		}
		j := i
		for j < len(lines) && quoted[j] {
			j++
		}
		b.WriteString("“" + strings.Join(lines[i:j], " ") + "”")
		i = j - 1
	}
	return b.String()
}

func hasWord(s string) bool { return strings.ContainsFunc(s, nlp.IsWordRune) }

// Plural counts n things: "1 quote", "3 quotes" (what takes an "s").
func Plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// punctNames name the punctuation a change may add or drop.
var punctNames = map[rune]string{
	',': "comma", '.': "full stop", ';': "semicolon", ':': "colon", '!': "exclamation mark",
	'?': "question mark", '-': "hyphen", '‐': "hyphen", '‑': "hyphen", '–': "dash", '—': "dash", '―': "dash",
	'(': "bracket", ')': "bracket", '[': "bracket", ']': "bracket", '/': "slash", '…': "ellipsis",
	'\'': "apostrophe", '’': "apostrophe", '"': "quotation mark", '“': "quotation mark", '”': "quotation mark",
}

// PunctuationName names the side of a change that is only punctuation, in
// angle brackets ("<comma>", "<hyphen>"), so that a moderator sees it
// among diff marks ("30[-<hyphen>-]day") and in prose ("Left out:
// <comma>"); words are returned as they are.
func PunctuationName(s string) string {
	if strings.ContainsFunc(s, nlp.IsWordRune) {
		return s
	}
	var names []string
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		if n, ok := punctNames[r]; ok {
			names = append(names, n)
		} else {
			names = append(names, string(r))
		}
	}
	if len(names) == 0 {
		return s
	}
	return "<" + strings.Join(names, " ") + ">"
}
