package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// Quotation kinds.
const (
	KindQuote      = "quote"      // words between quote marks
	KindBlockQuote = "blockquote" // a Markdown "> " paragraph
	KindAnswer     = "answer"     // an interviewee's answer in a Q&A
	KindQuestion   = "question"   // an interviewer's question in a Q&A
)

// Quotation is one quoted span of the article.
type Quotation struct {
	// Start and End are the byte offsets of the quoted words, marks excluded.
	Start, End int
	// OpenStart and CloseEnd include the marks (CloseEnd == End when the
	// quotation is not closed in its paragraph).
	OpenStart, CloseEnd int
	// Paragraph is the index into Doc.Paragraphs.
	Paragraph int
	// Kind is KindQuote, KindBlockQuote, KindAnswer or KindQuestion.
	Kind string
	// Parent is the index of the quotation this one is nested in, or -1.
	Parent int
	// Prev is the previous paragraph's piece of a quotation running over
	// several paragraphs, or -1.
	Prev int
	// Speaker is the index into Result.Entities of who says it, or -1.
	Speaker int
	// Rule names the sieve that decided the speaker ("" when none did), or
	// "model" when the speaker model (model.go) overruled a weak sieve.
	Rule string
	// Prob is the speaker model's probability for its choice when Rule is
	// "model".
	Prob float64
}

type markKind int

const (
	markDouble markKind = iota
	markStraightDouble
	markGuillemet
	markSingle
	markStraightSingle
	markLow       // „ (German, Polish, Czech …), closed by “ or ”
	markLowSingle // ‚ (German nested quotation), closed by ‘ or ’
)

type openMark struct {
	kind  markKind
	idx   int // index of the quotation in out
	start int // offset of the mark
}

// findQuotations returns the quotations of the paragraphs, in order of
// their opening marks, with Q&A turns and block quotes first recognised by
// their layout.
func findQuotations(text string, paras []Span) []Quotation {
	var out []Quotation
	labels := qaLabels(text, paras)
	dialogue := dialogueParagraphs(text, paras)
	carry := -1 // index of an unclosed double quotation continued by the next paragraph
	for pi, p := range paras {
		start, end := p.Start, p.End
		parent := -1
		if segs, ok := dialogue[pi]; ok && labels[pi].kind == "" {
			// Each stretch of speech is a quotation; the marks inside it
			// ("And one day it said: "Enough."") are nested in it.
			for _, s := range segs {
				par := -1
				if s.speech {
					out = append(out, Quotation{Start: s.start, End: s.end, OpenStart: s.start, CloseEnd: s.end, Paragraph: pi, Kind: KindQuote, Parent: -1, Prev: -1, Speaker: -1})
					par = len(out) - 1
				}
				out, _ = scanMarks(text, s.start, s.end, pi, par, -1, paras, out)
			}
			carry = -1
			continue
		}
		if l, ok := labels[pi]; ok {
			cs, ce := l.contentStart, end
			if l.contentEnd > cs {
				ce = l.contentEnd
			} else if strings.HasSuffix(text[cs:ce], "**") {
				ce -= 2 // "**Q: Why now?**"
			}
			if cs < ce {
				out = append(out, Quotation{Start: cs, End: ce, OpenStart: cs, CloseEnd: ce, Paragraph: pi, Kind: l.kind, Parent: -1, Prev: -1, Speaker: -1})
				parent = len(out) - 1
				start = cs
				if l.kind == KindQuestion {
					// An interviewer's question is no one's quotation:
					// the words it quotes ("You said in March, “…”") are
					// attributed as in narration.
					parent = -1
				}
			}
		} else if cs, ok := blockQuoteStart(text, start, end); ok {
			// A signature line ("> — Martin Hale") attributes; it is not quoted.
			qe := end
			if i := signatureLine(text[cs:end]); i >= 0 {
				qe = trimEnd(text, cs, cs+i)
			}
			qe = trimEmptyQuoteLines(text, cs, qe)
			out = append(out, Quotation{Start: cs, End: qe, OpenStart: start, CloseEnd: qe, Paragraph: pi, Kind: KindBlockQuote, Parent: -1, Prev: -1, Speaker: -1})
			parent = len(out) - 1
			start = cs
		}
		out, carry = scanMarks(text, start, end, pi, parent, carry, paras, out)
		out = unwrapBlockQuote(text, out, parent)
	}
	return out
}

// unwrapBlockQuote drops the one quotation that fills block quote b from
// edge to edge ("> “For thirty years …”"): those marks are the block
// quote's own, and the words are the block quote's, said by whoever it is
// attributed to, not a quotation nested inside someone's words.
func unwrapBlockQuote(text string, out []Quotation, b int) []Quotation {
	if b < 0 || out[b].Kind != KindBlockQuote || len(out) != b+2 {
		return out
	}
	in := out[b+1]
	if in.Parent != b || in.CloseEnd <= in.OpenStart || strings.TrimSpace(text[out[b].Start:in.OpenStart]) != "" ||
		strings.TrimSpace(text[in.CloseEnd:out[b].End]) != "" {
		return out
	}
	out[b].Start, out[b].End = in.Start, in.End
	return out[:b+1]
}

// MarkedQuotations returns the quotations between quote marks in s, read
// as one paragraph, in order of their opening marks, with exactly the rules
// the article's quotations are found with — in particular which single
// marks (‘ ’ ') are apostrophes (don’t, ’90s, rock ’n’ roll, the players’
// union) and which open or close a quotation. A moderator's message is read
// with it, so that a claim in single quotes is never cut at an apostrophe.
// Parent tells a nested quotation (>= 0) from an outer one (-1).
func MarkedQuotations(s string) []Quotation {
	out, _ := scanMarks(s, 0, len(s), 0, -1, -1, []Span{{0, len(s)}}, nil)
	return out
}

// scanMarks finds the quotations between quote marks in text[start:end]
// (paragraph pi), nested inside parent (or -1). carry is the piece of an
// unclosed quotation of the previous paragraph that this one continues;
// the returned carry is this paragraph's unclosed double quotation when the
// next paragraph opens with a quote mark.
func scanMarks(text string, start, end, pi, parent, carry int, paras []Span, out []Quotation) ([]Quotation, int) {
	var stack []openMark
	base := len(out)
	valid := map[int]bool{}
	top := func() int {
		if len(stack) > 0 {
			return stack[len(stack)-1].idx
		}
		return parent
	}
	open := func(k markKind, at, w int) {
		out = append(out, Quotation{Start: at + w, OpenStart: at, Paragraph: pi, Kind: KindQuote, Parent: top(), Prev: -1, Speaker: -1})
		stack = append(stack, openMark{kind: k, idx: len(out) - 1, start: at})
	}
	lastClose := -1 // where the last closing mark ended
	closeAt := func(k int, at, w int) {
		// Close stack[k]; anything opened above it was no quotation.
		lastClose = at + w
		q := &out[stack[k].idx]
		q.End, q.CloseEnd = at, at+w
		valid[stack[k].idx] = q.End > q.Start
		stack = stack[:k]
	}
	find := func(kinds ...markKind) int {
		for k := len(stack) - 1; k >= 0; k-- {
			for _, kk := range kinds {
				if stack[k].kind == kk {
					return k
				}
			}
		}
		return -1
	}
	firstMark := true
	for i := start; i < end; {
		r, w := utf8.DecodeRuneInString(text[i:end])
		prev, _ := utf8.DecodeLastRuneInString(text[start:i])
		next, _ := utf8.DecodeRuneInString(text[i+w : end])
		if i == start || emphasisOpens(text[start:i]) {
			prev = ' '
		}
		if i+w >= end {
			next = ' '
		}
		atStart := firstMark && strings.TrimSpace(text[start:i]) == ""
		switch r {
		case '“':
			// „…“: the raised mark closes a low one when it ends a word.
			if k := find(markLow); k >= 0 && !unicode.IsSpace(prev) && !isLetterOrDigit(next) {
				closeAt(k, i, w)
				break
			}
			open(markDouble, i, w)
			if atStart && carry >= 0 {
				out[len(out)-1].Prev = carry
			}
		case '„':
			open(markLow, i, w)
			if atStart && carry >= 0 {
				out[len(out)-1].Prev = carry
			}
		case '«':
			open(markGuillemet, i, w)
			if atStart && carry >= 0 {
				out[len(out)-1].Prev = carry // «… ¶«…»: one quotation over two paragraphs
			}
		case '»':
			if k := find(markGuillemet); k >= 0 {
				closeAt(k, i, w)
			}
		case '”':
			if k := find(markDouble, markLow); k >= 0 {
				closeAt(k, i, w)
			} else if k := find(markStraightDouble); k >= 0 {
				closeAt(k, i, w)
			}
		case '"':
			k := find(markStraightDouble)
			switch {
			case k >= 0 && !unicode.IsSpace(prev):
				closeAt(k, i, w)
			case opensAfter(prev) && !unicode.IsSpace(next):
				open(markStraightDouble, i, w)
				if atStart && carry >= 0 {
					out[len(out)-1].Prev = carry
				}
			case k >= 0:
				closeAt(k, i, w)
			}
		case '‚':
			// ‚…‘ nests in „…“; a low mark after a letter or before a
			// space is a stray comma, no quotation.
			if (opensAfter(prev) || prev == '„') && !unicode.IsSpace(next) {
				open(markLowSingle, i, w)
			}
		case '‘':
			// ‚…‘: the raised mark closes a low one when it ends a word.
			if k := find(markLowSingle); k >= 0 && !unicode.IsSpace(prev) && !isLetterOrDigit(next) {
				closeAt(k, i, w)
				break
			}
			if opensAfter(prev) && !unicode.IsSpace(next) && !isElision(text[i+w:end]) {
				open(markSingle, i, w)
				if atStart && carry >= 0 {
					out[len(out)-1].Prev = carry
				}
			}
		case '’', '\'':
			k := find(markSingle, markStraightSingle, markLowSingle)
			if r == '\'' && opensAfter(prev) && isWordStart(next) && !isElision(text[i+w:end]) {
				open(markStraightSingle, i, w)
				if atStart && carry >= 0 {
					out[len(out)-1].Prev = carry
				}
				break
			}
			// A straight mark right after one that just closed a nested
			// quotation closes the outer one too ('I told them, 'Go,'' he
			// said); after an apostrophe it is none.
			if k < 0 || isLetterOrDigit(next) || unicode.IsSpace(prev) || (prev == '\'' && lastClose != i) {
				break // an apostrophe: don’t, ’90s, ’n’
			}
			if isNApostrophe(text, start, i) {
				break // rock ’n’ roll
			}
			if (prev == 's' || prev == 'S') && possessiveFollows(text[i+w:end]) && laterCloser(text, i+w, end) {
				break // the players’ union
			}
			closeAt(k, i, w)
		default:
			i += w
			continue
		}
		firstMark = false
		i += w
	}
	carry = -1
	for k := 0; k < len(stack); k++ {
		m := stack[k]
		if m.kind == markSingle || m.kind == markStraightSingle {
			// A British quotation over several paragraphs: the paragraph
			// opens with a single mark left unclosed, and so does the
			// next one ("‘When the news broke … ¶‘We have rebuilt. …’").
			// The first may open after a lead-in ("He said: ‘We …") or
			// start a sentence mid-paragraph after an attribution
			// ("‘No,’ she said. ‘A van is …¶‘We have …’").
			lead := strings.TrimSpace(text[start:m.start])
			if k > 0 || lead != "" && !strings.HasSuffix(lead, ":") && !strings.HasSuffix(lead, ",") && !opensSentence(lead, text[m.start:end]) || pi+1 >= len(paras) ||
				!opensWithSingle(text[paras[pi+1].Start:paras[pi+1].End], text[m.start:]) {
				continue
			}
		} else if m.kind != markDouble && m.kind != markStraightDouble && m.kind != markGuillemet {
			continue
		}
		// An unclosed double quotation runs to the end of its paragraph;
		// when the next paragraph opens with a quote mark it goes on there.
		q := &out[m.idx]
		q.End, q.CloseEnd = trimEnd(text, q.Start, end), end
		valid[m.idx] = q.End > q.Start
		if k == 0 && pi+1 < len(paras) && (opensWithMark(text[paras[pi+1].Start:paras[pi+1].End]) ||
			opensWithSingle(text[paras[pi+1].Start:paras[pi+1].End], text[m.start:])) {
			carry = m.idx
		}
		// Marks opened inside it are dropped below unless closed.
		break
	}
	// Drop this paragraph's marks that opened no quotation.
	return compact(out, base, valid, &carry), carry
}

// compact removes the quotations from index base on that are not valid,
// remapping the references to them (Parent, Prev, carry); those before
// base are left alone, so a paragraph costs only its own quotations.
func compact(out []Quotation, base int, valid map[int]bool, carry *int) []Quotation {
	remap := make([]int, len(out)-base)
	n := base
	for i := base; i < len(out); i++ {
		if out[i].Kind == KindQuote && !valid[i] {
			remap[i-base] = -1
			continue
		}
		remap[i-base] = n
		out[n] = out[i]
		n++
	}
	out = out[:n]
	fix := func(x int) int {
		if x >= base {
			return remap[x-base]
		}
		return x
	}
	for i := base; i < len(out); i++ {
		out[i].Parent = fix(out[i].Parent)
		out[i].Prev = fix(out[i].Prev)
	}
	*carry = fix(*carry)
	return out
}

func trimEnd(text string, start, end int) int {
	for end > start {
		r, w := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= w
	}
	return end
}

// trimEmptyQuoteLines drops the empty "> " lines that end a block quote
// (the blank quoted line before a signature, "…#StormImelda\n>\n> — …").
func trimEmptyQuoteLines(text string, start, end int) int {
	for {
		end = trimEnd(text, start, end)
		nl := strings.LastIndexByte(text[start:end], '\n')
		if nl < 0 || strings.Trim(text[start+nl+1:end], "> \t") != "" {
			return end
		}
		end = start + nl
	}
}

// opensAfter reports whether a quotation may open after rune prev: at the
// start, after a space, a bracket, a dash or another opening mark.
// emphasisOpens reports whether before ends with Markdown emphasis
// markers that open a run ("*", "**", "_" at the start or after a space):
// a straight quote mark after them opens a quotation, as in an italic
// standfirst (*"Warmer than you'd think," says one first-timer*); after
// a word's closing marker ("*Morven*'s") it does not.
func emphasisOpens(before string) bool {
	t := strings.TrimRight(before, "*_")
	if t == before {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return t == "" || opensAfter(last)
}

func opensAfter(prev rune) bool {
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-“‘\"'«:/", prev)
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isWordStart(r rune) bool { return isLetterOrDigit(r) || strings.ContainsRune("…$£€(", r) }

// isElision reports whether the text after a single mark is an elided word
// rather than a quotation: ’90s, ’em, ’til, ’cause, ’n’.
func isElision(after string) bool {
	if len(after) >= 2 && after[0] >= '0' && after[0] <= '9' && after[1] >= '0' && after[1] <= '9' {
		return len(after) == 2 || !(after[2] >= '0' && after[2] <= '9')
	}
	low := strings.ToLower(after)
	for _, w := range []string{"em ", "til ", "tis ", "twas ", "cause ", "n’ ", "n' ", "n ", "bout ", "round "} {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// isNApostrophe reports whether the mark at i closes "’n’" / "'n'".
func isNApostrophe(text string, start, i int) bool {
	b := text[start:i]
	return strings.HasSuffix(b, " ’n") || strings.HasSuffix(b, " 'n") || strings.HasSuffix(b, " ‘n")
}

// possessiveFollows reports whether the text after "s’" reads as a
// possessive: a space and a word ("players’ union", "the Islanders’
// Association"). The caller asks for a closing mark later in the
// paragraph too, so a quotation ending in "s’" before "Smith said" still
// closes there when nothing else could close it.
func possessiveFollows(after string) bool {
	if !strings.HasPrefix(after, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after[1:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// laterCloser reports whether a closing single mark follows before end
// that no later opening mark claims: in "opened ‘twenty spaces’ since
// May. It adds: ‘We are grateful.’" the last mark closes the second
// quotation, so "spaces’" closes the first.
func laterCloser(text string, from, end int) bool {
	depth := 0
	for i := from; i < end; {
		r, w := utf8.DecodeRuneInString(text[i:end])
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+w : end])
		switch {
		// Before a digit a mark is an elision ("the '60s"), no opener.
		case (r == '‘' || r == '\'' && (i == from || unicode.IsSpace(prev))) && unicode.IsLetter(next):
			depth++
		case r == '’' || r == '\'':
			if i+w >= end || (!isLetterOrDigit(next) && !unicode.IsSpace(prev)) {
				if depth == 0 {
					return true
				}
				depth--
			}
		}
		i += w
	}
	return false
}

// opensSentence reports whether the single mark opening rest, after the
// paragraph's text lead, starts a quoted sentence: the lead ends a sentence
// (". ", "? ", "! ", maybe after a closing mark or bracket) and the quoted
// words open with a capital or a digit. A scare quote or an apostrophe
// mid-sentence ("the ‘new normal", "rock ’n’ roll") never does.
func opensSentence(lead, rest string) bool {
	lead = strings.TrimRight(lead, "’'”\")]")
	if lead == "" || !strings.ContainsAny(lead[len(lead)-1:], ".?!") {
		return false
	}
	_, w := utf8.DecodeRuneInString(rest)
	r, _ := utf8.DecodeRuneInString(rest[w:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// opensWithSingle reports whether paragraph p opens with the same single
// mark that opens rest.
func opensWithSingle(p, rest string) bool {
	p = strings.TrimLeft(p, " \t>")
	r, _ := utf8.DecodeRuneInString(rest)
	q, _ := utf8.DecodeRuneInString(p)
	return r == q && (r == '‘' || r == '\'')
}

func opensWithMark(p string) bool {
	p = strings.TrimLeft(p, " \t>")
	for _, m := range []string{"“", "\"", "«", "„"} {
		if strings.HasPrefix(p, m) {
			return true
		}
	}
	return false
}

// signatureLine returns the offset in a block quote's text of a last line
// that signs it ("> — Martin Hale, in a 1998 lecture"), or -1.
func signatureLine(b string) int {
	nl := strings.LastIndexByte(b, '\n')
	if nl < 0 {
		return inlineSignature(b)
	}
	line := strings.TrimLeft(b[nl+1:], "> \t")
	for _, d := range []string{"—", "–", "-", "―", "~"} {
		if strings.HasPrefix(line, d) {
			return nl
		}
	}
	if i := inlineSignature(b[nl+1:]); i >= 0 {
		return nl + 1 + i
	}
	return -1
}

// inlineSignature returns where a signature that closes a one-line block
// quote starts ("> We are asking people not to travel. — Rhodri Evans"):
// a spaced dash after the words' last stop, then a short run that opens
// with a capital and has no stop of its own; -1 when there is none.
func inlineSignature(b string) int {
	for _, d := range []string{" — ", " – ", " ― "} {
		i := strings.LastIndex(b, d)
		if i <= 0 {
			continue
		}
		sig := strings.TrimSpace(b[i+len(d):])
		r, _ := utf8.DecodeRuneInString(sig)
		if len(sig) == 0 || len(sig) > 60 || !unicode.IsUpper(r) || strings.ContainsAny(strings.TrimRight(sig, ".”\"’'"), ".!?") ||
			!strings.ContainsAny(strings.TrimSpace(b[:i]), ".!?”\"’") {
			continue
		}
		if last := strings.TrimRight(strings.TrimSpace(b[:i]), "”\"’'"); !strings.HasSuffix(last, ".") && !strings.HasSuffix(last, "!") && !strings.HasSuffix(last, "?") {
			continue
		}
		return i
	}
	return -1
}

// blockQuoteStart reports whether a paragraph is a Markdown block quote
// ("> …") and returns where its words start.
func blockQuoteStart(text string, start, end int) (int, bool) {
	if !strings.HasPrefix(text[start:end], ">") {
		return 0, false
	}
	i := start
	for i < end && (text[i] == '>' || text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i, i < end
}

// qaLabel is a Q&A turn's label: what kind of turn, where the words start,
// and the name in the label ("" for Q/A).
type qaLabel struct {
	kind         string
	contentStart int
	// contentEnd is where an emphasised question's words end, before the
	// closing emphasis ("**Why now?**"); 0 for the paragraph's end.
	contentEnd int
	name       string
}

// qaLabels finds the paragraphs laid out as interview turns: "Q:"/"A:",
// "**Name:**" or "NAME:" before the words. A layout needs at least two
// turns. Turns under a name whose turns end mostly in "?" are questions.
func qaLabels(text string, paras []Span) map[int]qaLabel {
	out := map[int]qaLabel{}
	asks := map[string][2]int{} // name → questions, turns
	for pi, p := range paras {
		name, cs, ok := turnLabel(text[p.Start:p.End])
		if !ok {
			continue
		}
		if c := scriptCue(name); c == cueVoice || c == cueCaption || c == cueDirection {
			// A script's voice-over and captions are its narration and
			// its on-screen names, not anyone's turn.
			continue
		}
		l := qaLabel{contentStart: p.Start + cs, name: name}
		switch strings.ToLower(strings.TrimSuffix(name, ".")) {
		case "q", "question", "interviewer":
			l.kind, l.name = KindQuestion, ""
		case "a", "answer":
			l.kind, l.name = KindAnswer, ""
		}
		if l.kind == "" {
			c := asks[labelKey(name)]
			c[1]++
			if strings.HasSuffix(strings.TrimRight(text[p.Start:p.End], " *_\"”"), "?") {
				c[0]++
			}
			asks[labelKey(name)] = c
		}
		out[pi] = l
	}
	// A mixed-case name label must recur: "Nadia Quist:" twice is a
	// transcript, once it may be a sentence's lead-in.
	// So must a label in sentence case ("Media contact:"), which is a
	// release's or a box's lead-in as often as a speaker's.
	// So must an office ("The Taoiseach:"). A label in a run of at least
	// four labelled paragraphs under two or more labels, one of which
	// recurs, is a transcript's turn even when it comes once, as an
	// official record's excerpt gives a member one turn.
	seen := map[string]int{}
	for _, l := range out {
		if l.kind == "" {
			seen[l.name]++
		}
	}
	readers := 0
	for _, l := range out {
		if readerLabel(l.name) {
			readers++
		}
	}
	if readers < 2 {
		for pi, l := range out {
			if readerLabel(l.name) {
				delete(out, pi)
			}
		}
	}
	inRun := labelRuns(out, seen)
	for pi, l := range out {
		if l.kind == "" && !readerLabel(l.name) && (nameLabel(l.name) || sentenceCaseLabel(l.name) || officeLabel(l.name)) && seen[l.name] < 2 && !inRun[pi] {
			delete(out, pi)
		}
	}
	// A one-word label ("Dispatcher:", "Whitlock:") is a transcript's only
	// when it recurs and trades turns with another label in the next
	// paragraph; a lone "Disclosure:" is a lead-in.
	var lone []int
	for pi, l := range out {
		if l.kind != "" || !wordLabel(l.name) {
			continue
		}
		n, ok := out[pi+1]
		p, ok2 := out[pi-1]
		// A feature's Q&A box trades turns with questions printed in bold
		// or italics alone ("**Did it feel strange?**" then "**Lee:** A
		// bit.").
		asked := false
		if pi > 0 {
			_, _, asked = emphasisedQuestion(text[paras[pi-1].Start:paras[pi-1].End])
		}
		// "Tremlett: “Told you.”" is a pundit's line quoted, not a turn.
		if countLabel(out, l.name) < 2 || !(ok && n.name != l.name || ok2 && p.name != l.name || asked) || opensWithMark(text[l.contentStart:paras[pi].End]) {
			lone = append(lone, pi)
		}
	}
	for _, pi := range lone {
		delete(out, pi)
	}
	sectionSlugs(text, paras, out)
	if len(out) < 2 {
		return emphasisedQA(text, paras)
	}
	hosts := map[string]bool{}
	for pi, l := range out {
		if l.kind == "" && (hostRoles[labelRole(text[paras[pi].Start:paras[pi].End])] || hostRoles[strings.ToLower(l.name)]) {
			hosts[labelKey(l.name)] = true
		}
	}
	for pi, l := range out {
		if l.kind == "" {
			c := asks[labelKey(l.name)]
			if hosts[labelKey(l.name)] || 2*c[0] > c[1] {
				l.kind = KindQuestion
			} else {
				l.kind = KindAnswer
			}
			out[pi] = l
		}
	}
	continuedAnswers(text, paras, out)
	return out
}

// labelRuns returns the labelled paragraphs that stand in a run of at
// least four consecutive labelled paragraphs under two or more labels, one
// of which recurs (seen counts each label's turns).
func labelRuns(out map[int]qaLabel, seen map[string]int) map[int]bool {
	in := map[int]bool{}
	for pi := range out {
		if _, ok := out[pi-1]; ok {
			continue // not a run's first
		}
		end := pi
		names := map[string]bool{}
		recurs := false
		for {
			l, ok := out[end]
			if !ok {
				break
			}
			names[l.name] = true
			recurs = recurs || seen[l.name] > 1
			end++
		}
		if end-pi >= 4 && len(names) >= 2 && recurs {
			for p := pi; p < end; p++ {
				in[p] = true
			}
		}
	}
	return in
}

// sectionSlugs drops from labels the capitals labels that head a notebook's
// or a roundup's items ("TRACTOR THEFT: A man …", "QUOTE OF THE DAY: …")
// rather than a transcript's turns: no label's speaker comes back for a
// second turn, no "Q:"/"A:" turn is among them, and most of the labelled
// paragraphs hold quote marks, as a reporter's items do and a speaker's
// own words seldom do.
func sectionSlugs(text string, paras []Span, labels map[int]qaLabel) {
	names, keys := map[string]int{}, map[string]int{}
	marked, n := 0, 0
	for pi, l := range labels {
		if l.kind != "" {
			return
		}
		if strings.ToUpper(l.name) != l.name {
			continue
		}
		n++
		names[l.name]++
		keys[labelKey(l.name)]++
		if strings.ContainsAny(text[l.contentStart:paras[pi].End], "\"“”«»") {
			marked++
		}
	}
	if n < 2 || 2*marked < n {
		return
	}
	// A speaker comes back under the same label, or under the surname
	// alone ("HALVARD BREKKE:" then "BREKKE:"); "LINDGREN OUT:" and "SORTED
	// OUT:" are two items.
	for name, c := range names {
		if c > 1 || len(strings.Fields(name)) == 1 && keys[name] > 1 {
			return
		}
	}
	for pi, l := range labels {
		if strings.ToUpper(l.name) == l.name {
			delete(labels, pi)
		}
	}
}

// continuedAnswers adds to labels the unlabelled paragraphs that carry on
// a named answer turn: a transcript prints a long answer's second
// paragraph without the label again. Such a paragraph follows the answer
// (or its previous continuation) directly, speaks in the first person,
// holds no quote marks and no markup (an italic "*After the recording …*"
// is the editor's), and another labelled turn comes later, so narration
// after the transcript is never taken for it.
func continuedAnswers(text string, paras []Span, labels map[int]qaLabel) {
	last := -1
	for pi := range paras {
		if _, ok := labels[pi]; ok {
			last = pi
		}
	}
	for pi := 1; pi < last; pi++ {
		prev, ok := labels[pi-1]
		if _, own := labels[pi]; own || !ok || prev.kind != KindAnswer || prev.name == "" {
			continue
		}
		p := text[paras[pi].Start:paras[pi].End]
		if p == "" || strings.ContainsAny(p[:1], "*_#>[(-|") || strings.ContainsAny(p, "\"“”«»") || !firstPersonProse(p) {
			continue
		}
		if name, _, ok := turnLabel(p); ok && scriptCue(name) != cueNone {
			continue // a script's "VO:" line is the reporter's, not the clip's
		}
		labels[pi] = qaLabel{kind: KindAnswer, contentStart: paras[pi].Start, name: prev.name}
	}
}

// firstPersonProse reports whether p has a first-person pronoun ("I",
// "I'm", "we", "my") among its words.
func firstPersonProse(p string) bool {
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		w = strings.ToLower(strings.NewReplacer("’", "'").Replace(w))
		if i := strings.IndexByte(w, '\''); i > 0 {
			w = w[:i]
		}
		switch w {
		case "i", "me", "my", "we", "us", "our":
			return true
		}
	}
	return false
}

// labelKey is what counts one speaker's turns together: the label's last
// word before any bracketed note, upper-cased, so that "KWABENA ASANTE:"
// and the later "ASANTE:" are one interviewer.
func labelKey(name string) string {
	if o := strings.IndexByte(name, '('); o > 0 {
		name = name[:o]
	}
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToUpper(f[len(f)-1])
}

// nameLabel reports whether a mixed-case colon label is a full name as
// transcripts print them ("Nadia Quist: …"): two to four capitalised
// words, no function word, none of the words that open a sentence's
// lead-in ("Key Points:", "Editor's Note:"). qaLabels keeps such a label
// only when it recurs.
func nameLabel(label string) bool {
	f := strings.Fields(label)
	if len(f) < 2 || len(f) > 4 || !capitalisedWords(f) || strings.ToUpper(label) == label {
		return false // "IVO MARSH:" is a transcript's capitals, turnLabel's own case
	}
	for _, w := range f {
		lw := strings.ToLower(w)
		if nlp.IsStopWord(lw) || leadInWords[lw] || strings.ContainsAny(w, "'’.,0123456789") {
			return false
		}
	}
	return true
}

// wordLabel reports whether a colon label is one capitalised word in mixed
// case that is no function word nor a lead-in ("Dispatcher", "Whitlock"),
// as an excerpt of a call's or a hearing's transcript labels its turns.
// qaLabels keeps such a label only when it recurs, turn about with another.
func wordLabel(label string) bool {
	f := strings.Fields(label)
	if len(f) != 1 || strings.ToUpper(label) == label {
		return false
	}
	r, _ := utf8.DecodeRuneInString(label)
	lw := strings.ToLower(label)
	return unicode.IsUpper(r) && !strings.ContainsFunc(label, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) &&
		!nlp.IsStopWord(lw) && !leadInWords[lw]
}

// countLabel counts the turns under label name.
func countLabel(labels map[int]qaLabel, name string) int {
	n := 0
	for _, l := range labels {
		if l.name == name {
			n++
		}
	}
	return n
}

// sentenceCaseLabel reports whether a label of several words has one in
// lower case that is no name's particle ("Media contact"), as no one's
// name does.
func sentenceCaseLabel(label string) bool {
	f := strings.Fields(label)
	if len(f) < 2 {
		return false
	}
	for _, w := range f[1:] {
		if r := []rune(w)[0]; unicode.IsLower(r) && !particles[w] {
			return true
		}
	}
	return false
}

// leadInWords open labels that are no one's name.
var leadInWords = wordSet(`note notes update updates breaking news editor correction source sources photo
	photos video read watch related key point points why what how when where who bottom line background
	warning update fact facts summary analysis opinion review verdict timeline quote quotes`)

// titledLabel reports whether a colon label is a transcript's titled
// name ("Ms. France Le Blanc", "Hon. Douglas Harcourt-Lyle") or an office
// naming its holder in brackets ("The Speaker (Hon. Angus McCrimmon)"), as
// Hansard and court transcripts write them. A title is what makes a
// mixed-case label a speaker's name rather than a sentence's opening
// words ("Mr. Ruiz: …" yes, "The reason is simple: …" no).
func titledLabel(label string) bool {
	if o := strings.IndexByte(label, '('); o > 0 && strings.HasSuffix(label, ")") {
		office := strings.Fields(label[:o])
		if len(office) < 1 || len(office) > 3 || !capitalisedWords(office) {
			return false
		}
		label = label[o+1 : len(label)-1]
	}
	f := strings.Fields(label)
	if len(f) < 2 || len(f) > 5 {
		return false
	}
	if w := strings.ToLower(strings.TrimSuffix(f[0], ".")); titleAbbrev[w] == "" && !labelOffices[w] {
		return false
	}
	return capitalisedWords(f[1:])
}

// labelOffices are the offices a parliament's or a council's record
// writes before a member's name in a turn's label ("Deputy Maura
// Farrelly:", "Senator Ana Ruiz:", "Councillor Tom Hale:").
var labelOffices = wordSet(`deputy senator minister councillor councilor councilwoman councilman alderman
	commissioner mayor premier president chair chairman chairwoman judge justice`)

// officeLabel reports whether a colon label is an office held by one
// person, as an official record labels its presiding officer's and the
// head of government's turns: an article, then one to three capitalised
// words ("The Taoiseach:", "An Ceann Comhairle:", "The Speaker:"). qaLabels
// keeps such a label only when it recurs or stands in a run of turns.
func officeLabel(label string) bool {
	f := strings.Fields(label)
	if len(f) < 2 || len(f) > 4 || (f[0] != "The" && f[0] != "An") || strings.ToUpper(label) == label {
		return false
	}
	for _, w := range f[1:] {
		if lw := strings.ToLower(w); nlp.IsStopWord(lw) || leadInWords[lw] || strings.ContainsAny(w, "'’.,0123456789") {
			return false
		}
	}
	return capitalisedWords(f[1:])
}

// capitalisedWords reports whether the words are a name's: each opens with
// a capital letter, but for a lower-case particle between them (de, van,
// d’), and the last is capitalised.
func capitalisedWords(ws []string) bool {
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		if i == len(ws)-1 || len(w) > 4 {
			return false
		}
	}
	return true
}

// turnLabel recognises a turn label at the start of a paragraph and
// returns it and where the words after it start.
func turnLabel(p string) (name string, contentStart int, ok bool) {
	// A podcast or hearing transcript stamps each turn with the time it
	// starts ("[00:14:02] NAME: …"); the label follows the stamp.
	ts := timestampPrefix(p)
	bold := strings.HasPrefix(p[ts:], "**")
	s := p[ts:]
	off := ts
	if bold {
		s, off = p[ts+2:], ts+2
	}
	// "Q. Why now?" / "A. Because …".
	if !bold && len(p) > 3 && (p[0] == 'Q' || p[0] == 'A') && p[1] == '.' && p[2] == ' ' {
		return p[:1], 3, true
	}
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || colon > 80 {
		return "", 0, false
	}
	label := s[:colon]
	rest := s[colon+1:]
	if !bold {
		// A broadcast transcript's capitals label: "ELI FERRANTE,
		// CORRESPONDENT:", "GOV. NAT RHODES (R), MISSOURI:", "ELI FERRANTE
		// (voice-over):" — the name before the first comma, the role and
		// the bracketed notes after it.
		if name, ok := broadcastLabel(label); ok {
			cs := off + colon + 1
			for cs < len(p) && (p[cs] == ' ' || p[cs] == '\t') {
				cs++
			}
			return name, cs, cs < len(p)
		}
	}
	if colon > 40 {
		return "", 0, false
	}
	if bold {
		switch l := strings.TrimSpace(label); {
		case strings.HasSuffix(label, "**"):
			label = strings.TrimSuffix(label, "**")
		case strings.HasPrefix(rest, "**"):
			rest = rest[2:]
		case (l == "Q" || l == "A") && strings.HasSuffix(strings.TrimSpace(rest), "**"):
			// "**Q: What did your father teach you?**": the whole turn bold.
		default:
			return "", 0, false
		}
	}
	label = strings.TrimSpace(label)
	reader := !bold && readerLabel(label)
	if label == "" || !reader && strings.ContainsAny(label, ",;\"“”") {
		return "", 0, false
	}
	plainQA := label == "Q" || label == "A" || label == "Q." || label == "A." ||
		label == "Question" || label == "Answer" || label == "Interviewer"
	allCaps := strings.ToUpper(label) == label && strings.ContainsFunc(label, unicode.IsLetter) && len(label) >= 2 &&
		!leadInWords[strings.ToLower(strings.Fields(label)[0])] // "14:05 BREAKING: …" in a live blog
	if !bold && !plainQA && !reader && !(allCaps && len(strings.Fields(label)) <= 4) && !titledLabel(label) && !nameLabel(label) && !wordLabel(label) && !officeLabel(label) {
		return "", 0, false
	}
	if bold && len(strings.Fields(label)) > 4 {
		return "", 0, false
	}
	if ts > 0 && plainQA {
		return "", 0, false // "[00:14] A: …" is not a layout we know
	}
	cs := off + colon + 1 + (len(s[colon+1:]) - len(rest))
	for cs < len(p) && (p[cs] == ' ' || p[cs] == '\t') {
		cs++
	}
	return label, cs, cs < len(p)
}

// readerLabel reports whether a colon label is a reader's or caller's
// given name and home town, as a live page prints the messages it
// publishes ("Kieran, Ardmore:", "Sue in Kilbride:"): one or two
// capitalised words, ", " or " in ", then one to three capitalised words.
// qaLabels keeps such labels only when there are two or more.
func readerLabel(label string) bool {
	name, place, ok := strings.Cut(label, ", ")
	if !ok {
		name, place, ok = strings.Cut(label, " in ")
	}
	if !ok {
		return false
	}
	nf, pf := strings.Fields(name), strings.Fields(place)
	if len(nf) < 1 || len(nf) > 2 || len(pf) < 1 || len(pf) > 3 || !capitalisedWords(nf) || !capitalisedWords(pf) ||
		strings.ToUpper(label) == label || strings.ContainsAny(label, ",;.\"“”0123456789") && strings.Count(label, ",") != 1 && !strings.Contains(label, " in ") {
		return false
	}
	for _, w := range append(nf, pf...) {
		if lw := strings.ToLower(w); nlp.IsStopWord(lw) || leadInWords[lw] || strings.ContainsAny(w, ";.\"“”0123456789") {
			return false
		}
	}
	return true
}

// readerName is the name of a reader's label ("Kieran" of "Kieran,
// Ardmore"), else the label.
func readerName(label string) string {
	if !readerLabel(label) {
		return label
	}
	if name, _, ok := strings.Cut(label, ", "); ok {
		return name
	}
	name, _, _ := strings.Cut(label, " in ")
	return name
}

// broadcastLabel reads a capitals label with a comma or a lower-case
// bracketed note, as broadcast transcripts print them: the name is what
// comes before the first comma once the notes are dropped, in capitals, one
// to five words; everything outside the notes is in capitals.
func broadcastLabel(label string) (string, bool) {
	var core strings.Builder
	depth, note := 0, false
	for _, r := range label {
		switch {
		case r == '(':
			depth++
			note = true
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			core.WriteRune(r)
		case unicode.IsLower(r):
			note = true
		}
	}
	c := core.String()
	if depth != 0 || !strings.ContainsFunc(c, unicode.IsLetter) || strings.ToUpper(c) != c || strings.ContainsAny(c, ";\"“”") {
		return "", false
	}
	comma := strings.IndexByte(c, ',')
	if comma < 0 && !(note && strings.ContainsFunc(label, unicode.IsLower)) {
		return "", false // "MARGIT BREKKE (CLIP)" keeps its note for labelled
	}
	name := c
	if comma >= 0 {
		name = c[:comma]
	}
	name = strings.Join(strings.Fields(name), " ")
	if n := len(strings.Fields(name)); n < 1 || n > 5 || leadInWords[strings.ToLower(strings.Fields(name)[0])] {
		return "", false
	}
	return name, true
}

// labelRole returns the role a broadcast label gives after the name's
// comma ("DANA WHITLOCK, ANCHOR:" → "anchor"), lower-cased, or "".
func labelRole(p string) string {
	colon := strings.IndexByte(p, ':')
	if colon <= 0 {
		return ""
	}
	l := p[:colon]
	if o := strings.IndexByte(l, '('); o >= 0 {
		l = l[:o]
	}
	comma := strings.IndexByte(l, ',')
	if comma < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(strings.SplitN(l[comma+1:], ",", 2)[0]))
}

// hostRoles are the roles of a broadcast label whose holder puts the
// questions.
var hostRoles = wordSet(`anchor host co-host presenter moderator interviewer`)

// timestampPrefix returns the length of a time stamp opening a transcript
// turn ("[00:14:02] ", "(14:02) ", "00:14:02 "), with the spaces after it,
// or 0: hours or minutes, then one or two ":dd" groups.
func timestampPrefix(p string) int {
	i := 0
	closer := byte(0)
	if i < len(p) && (p[i] == '[' || p[i] == '(') {
		closer = map[byte]byte{'[': ']', '(': ')'}[p[i]]
		i++
	}
	digits := func() int {
		j := i
		for j < len(p) && p[j] >= '0' && p[j] <= '9' {
			j++
		}
		n := j - i
		i = j
		return n
	}
	if n := digits(); n < 1 || n > 2 {
		return 0
	}
	groups := 0
	for groups < 2 && i+2 < len(p) && p[i] == ':' {
		i++
		if digits() != 2 {
			return 0
		}
		groups++
	}
	if groups == 0 {
		return 0
	}
	if closer != 0 {
		if i >= len(p) || p[i] != closer {
			return 0
		}
		i++
	}
	if i >= len(p) || p[i] != ' ' {
		return 0
	}
	for i < len(p) && p[i] == ' ' {
		i++
	}
	return i
}
