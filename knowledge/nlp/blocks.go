package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitBlocks returns the offsets of a text's paragraphs and headings,
// trimmed and non-empty: blocks separated by blank lines when the text has
// blank lines between text lines, else single lines. A Markdown "#" line is
// a block of its own either way.
func SplitBlocks(text string) [][2]int {
	lines := lineSpans(text)
	blankSeparated := false
	for i := 1; i+1 < len(lines); i++ {
		if isBlank(text[lines[i][0]:lines[i][1]]) && !isBlank(text[lines[i-1][0]:lines[i-1][1]]) {
			blankSeparated = true
			break
		}
	}
	var out [][2]int
	if !blankSeparated {
		for _, l := range lines {
			if s, ok := trimSpan(text, l); ok {
				out = append(out, s)
			}
		}
		return out
	}
	start := -1
	end := 0
	flush := func() {
		if start >= 0 {
			if s, ok := trimSpan(text, [2]int{start, end}); ok {
				out = append(out, s)
			}
		}
		start = -1
	}
	for _, l := range lines {
		line := text[l[0]:l[1]]
		switch {
		case isBlank(line):
			flush()
		case strings.HasPrefix(strings.TrimSpace(line), "#"):
			// A Markdown heading is a block of its own even without blank lines.
			flush()
			if s, ok := trimSpan(text, l); ok {
				out = append(out, s)
			}
		default:
			if start < 0 {
				start = l[0]
			}
			end = l[1]
		}
	}
	flush()
	return out
}

func lineSpans(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

func trimSpan(text string, s [2]int) ([2]int, bool) { return TrimSpan(text, s[0], s[1]) }

// HeadingText reports whether a block is a heading — a Markdown "#" line,
// or a short line that starts with a capital or a digit and ends without
// final punctuation or a dash — and returns its text.
func HeadingText(block string) (string, bool) {
	if strings.HasPrefix(block, "#") {
		h := strings.TrimSpace(strings.TrimLeft(block, "#"))
		h = strings.TrimSpace(strings.TrimRight(h, "#"))
		return h, h != ""
	}
	if strings.ContainsRune(block, '\n') || len(block) > 100 {
		return "", false
	}
	words := strings.Fields(block)
	if len(words) == 0 || len(words) > 12 {
		return "", false
	}
	last, _ := utf8.DecodeLastRuneInString(block)
	// A line broken off at a dash ("Whitlock: My phone —") is a cut-off
	// turn of speech, not a heading.
	if strings.ContainsRune(".!?:;,…\"”’)'—–", last) {
		return "", false
	}
	first, _ := utf8.DecodeRuneInString(block)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return "", false
	}
	return block, true
}
