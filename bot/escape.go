package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// markdownSpecial marks the ASCII characters escape puts a backslash before.
var markdownSpecial = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "\\*_~`|><[]()@#" {
		t[c] = true
	}
	return t
}()

// escape makes text display literally in Discord: Markdown, mentions
// (<@…>, @everyone), masked links ([…](…)), headings and lists lose their
// meaning. Discord drops a backslash before any ASCII punctuation, so what
// people see is the text itself, byte for byte.
func escape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r < utf8.RuneSelf && markdownSpecial[r]:
			b.WriteByte('\\')
		case lineStart && (r == '-' || r == '+'):
			b.WriteByte('\\')
		case lineStart && r >= '0' && r <= '9':
			// "1. item" at the start of a line would become a list.
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			b.WriteString(s[i:j])
			if j < len(s) && s[j] == '.' {
				b.WriteString(`\.`)
				j++
			}
			i = j
			lineStart = false
			continue
		}
		b.WriteString(s[i : i+n])
		if r == '\n' {
			lineStart = true
		} else if !unicode.IsSpace(r) {
			lineStart = false
		}
		i += n
	}
	return b.String()
}

// unescape undoes escape: a backslash before ASCII punctuation is dropped.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}
