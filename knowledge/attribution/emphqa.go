package attribution

import (
	"strings"
	"unicode"
)

// emphasisedQuestion reports whether paragraph p is a magazine interview's
// question printed on its own: wholly in bold or italics ("**Why now?**",
// "*Why now?*", "__Why now?__") or wholly in capitals ("WHY NOW?"), ending
// in "?". It returns where the question's words start and end within p.
func emphasisedQuestion(p string) (start, end int, ok bool) {
	t := strings.TrimRight(p, " \t")
	lead := len(p) - len(strings.TrimLeft(p, " \t"))
	s := t[lead:]
	if s == "" {
		return 0, 0, false
	}
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(s) <= 2*len(m) || !strings.HasPrefix(s, m) || !strings.HasSuffix(s, m) {
			continue
		}
		in := s[len(m) : len(s)-len(m)]
		// Wholly emphasised: no marker inside closes the emphasis early
		// ("**Q:** Why?" is a label, "*Why* now?" a word stressed).
		if strings.Contains(in, m) || m == "*" && strings.HasPrefix(in, "*") || m == "_" && strings.HasPrefix(in, "_") {
			return 0, 0, false
		}
		if q := strings.TrimSpace(in); questionText(q) {
			i := lead + len(m) + strings.Index(in, q)
			return i, i + len(q), true
		}
		return 0, 0, false
	}
	if strings.ContainsAny(s[:1], "#>*_-|[(") || strings.ToUpper(s) != s || !strings.ContainsFunc(s, unicode.IsLetter) {
		return 0, 0, false
	}
	if len(strings.Fields(s)) >= 3 && questionText(s) {
		return lead, lead + len(s), true
	}
	return 0, 0, false
}

// questionText reports whether q reads as one interviewer's question: it
// ends in "?" (a closing quote mark may follow), opens with a letter or a
// quote mark, and is short enough to be a question rather than a passage.
func questionText(q string) bool {
	q = strings.TrimRight(q, "\"”’'")
	if !strings.HasSuffix(q, "?") {
		return false
	}
	n := len(strings.Fields(q))
	return n >= 2 && n <= 60 && !strings.ContainsAny(q[:1], "#>*_-|[(")
}

// plainParagraph reports whether p is running prose: not a heading, a
// rule, a block quote, a list item, a table row, an image, or a paragraph
// wholly in emphasis (an editor's note or a caption).
func plainParagraph(p string) bool {
	s := strings.TrimSpace(p)
	if s == "" || strings.ContainsAny(s[:1], "#>|!-+=") || strings.HasPrefix(s, "[") {
		return false
	}
	if strings.Trim(s, "*_ ") == "" {
		return false // a "***" rule
	}
	for _, m := range []string{"**", "__", "*", "_"} {
		if strings.HasPrefix(s, m) && strings.HasSuffix(s, m) && len(s) > 2*len(m) {
			return false
		}
	}
	if r := []rune(s)[0]; unicode.IsDigit(r) && (strings.HasPrefix(strings.TrimLeft(s, "0123456789"), ". ") || strings.HasPrefix(strings.TrimLeft(s, "0123456789"), ") ")) {
		return false
	}
	return true
}

// emphasisedQA finds the interview layout of magazines and features that
// print no labels: each question of the interviewer wholly emphasised and
// ending in "?" (see emphasisedQuestion), followed by plain paragraphs that
// are the interviewee's answer. The layout needs two or more questions
// each followed directly by a plain paragraph, and answers that speak in
// the first person outside their quotations in at least half of them, as
// an explainer's bold "What happens next?" subheads followed by reporting
// do not. An answer runs to the next question, heading or rule; after the
// last question it runs on only over paragraphs that carry on in the
// first person without quote marks, so that narration resuming after the
// interview ("The council said in a statement that …") is not taken for
// it. It returns nil when the layout is not there.
func emphasisedQA(text string, paras []Span) map[int]qaLabel {
	type block struct{ q, from, to int } // question paragraph, answers [from, to)
	var blocks []block
	for pi := 0; pi < len(paras); pi++ {
		if _, _, ok := emphasisedQuestion(text[paras[pi].Start:paras[pi].End]); !ok {
			continue
		}
		b := block{q: pi, from: pi + 1, to: pi + 1}
		for b.to < len(paras) {
			np := text[paras[b.to].Start:paras[b.to].End]
			if _, _, q := emphasisedQuestion(np); q || !plainParagraph(np) {
				break
			}
			b.to++
		}
		if b.to > b.from {
			blocks = append(blocks, b)
		}
		pi = b.to - 1
	}
	if len(blocks) < 2 {
		return nil
	}
	voiced := 0
	for _, b := range blocks {
		if firstPersonOutside(text[paras[b.from].Start:paras[b.from].End]) {
			voiced++
		}
	}
	if 2*voiced < len(blocks) || voiced < 2 {
		return nil
	}
	out := map[int]qaLabel{}
	for i, b := range blocks {
		p := paras[b.q]
		s, e, _ := emphasisedQuestion(text[p.Start:p.End])
		out[b.q] = qaLabel{kind: KindQuestion, contentStart: p.Start + s, contentEnd: p.Start + e}
		to := b.to
		if i == len(blocks)-1 {
			to = b.from + 1
			for to < b.to {
				np := text[paras[to].Start:paras[to].End]
				if strings.ContainsAny(np, "\"“”«»‘") || !firstPersonOutside(np) {
					break
				}
				to++
			}
		}
		for pi := b.from; pi < to; pi++ {
			out[pi] = qaLabel{kind: KindAnswer, contentStart: paras[pi].Start}
		}
	}
	return out
}

// firstPersonOutside reports whether p speaks in the first person outside
// the quotations it holds.
func firstPersonOutside(p string) bool {
	var b strings.Builder
	last := 0
	for _, q := range MarkedQuotations(p) {
		if q.Parent >= 0 || q.OpenStart < last {
			continue
		}
		b.WriteString(p[last:q.OpenStart])
		last = q.CloseEnd
		if last < q.OpenStart {
			last = len(p) // unclosed: the rest is quoted
		}
	}
	if last < len(p) {
		b.WriteString(p[last:])
	}
	return firstPersonProse(b.String())
}
