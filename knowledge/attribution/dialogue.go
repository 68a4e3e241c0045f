package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dash dialogue: Spanish, Portuguese, French, Russian … typography (and
// translations from them) print direct speech without quote marks, as a
// paragraph opening with a dash ("—We go down early —she says—. Down there
// …"). The dashes that open and close a speaker tag cut the speech into
// stretches, each its own quotation; narration after a tag that is not
// closed is not speech.

// dashSegment is one stretch of a dialogue paragraph: speech or a tag.
type dashSegment struct {
	start, end int
	speech     bool
}

// dialogueDash returns the length of the dash opening paragraph p, the
// second result telling the spaced style ("— Hello, — he said.") from the
// closed one ("—Hello —he said—."); 0 when p opens with no dialogue dash.
func dialogueDash(p string) (int, bool) {
	for _, d := range []string{"—", "–", "―"} {
		if !strings.HasPrefix(p, d) {
			continue
		}
		rest := p[len(d):]
		if strings.HasPrefix(rest, " ") {
			return len(d), true
		}
		if d == "–" || rest == "" {
			return 0, false // an unspaced en dash is a range or a minus
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("¿¡…\"'“«", r) {
			return len(d), false
		}
	}
	return 0, false
}

// isDash reports whether r is an em, en or horizontal-bar dash.
func isDash(r rune) bool { return r == '—' || r == '–' || r == '―' }

// dashSegments cuts the dialogue paragraph text[start:end], whose opening
// dash is n bytes long, into speech and tags.
func dashSegments(text string, start, end, n int, spaced bool) []dashSegment {
	var out []dashSegment
	pos := start + n
	speech := true
	add := func(s, e int, sp bool) {
		for s < e && text[s] == ' ' {
			s++
		}
		e = trimEnd(text, s, e)
		if s < e {
			out = append(out, dashSegment{s, e, sp})
		}
	}
	if spaced {
		// "— Hello, — he said. — Go home." : spaced dashes alternate
		// speech and tag.
		for i := pos; i < end; {
			r, w := utf8.DecodeRuneInString(text[i:end])
			if isDash(r) && text[i-1] == ' ' && i+w < end && text[i+w] == ' ' {
				add(pos, i, speech)
				speech = !speech
				pos = i + w
			}
			i += w
		}
		add(pos, end, speech)
		return out
	}
	// "—Speech —tag—. Speech —tag." : a tag opens with a dash after a
	// space, glued to its first word, and closes with a dash glued to its
	// last; an unclosed tag runs on as narration.
	for i := pos; i < end; {
		r, w := utf8.DecodeRuneInString(text[i:end])
		if !isDash(r) || text[i-1] != ' ' || i+w >= end || text[i+w] == ' ' {
			i += w
			continue
		}
		add(pos, i, true)
		j := i + w
		closed := -1
		for k := j; k < end; {
			r2, w2 := utf8.DecodeRuneInString(text[k:end])
			if isDash(r2) {
				closed = k
				add(j, k, false)
				j = k + w2
				break
			}
			k += w2
		}
		if closed < 0 {
			add(j, end, false)
			return out
		}
		for j < end && strings.ContainsRune(".,;: ", rune(text[j])) {
			j++
		}
		pos, i = j, j
	}
	add(pos, end, true)
	return out
}

// dialogueParagraphs returns the dash-dialogue paragraphs of the article
// with their segments. An article uses the convention only when some dash
// paragraph carries a speaker tag with a speech verb ("—…—she says—."): a
// lone dash opening a bullet, a signature ("— Ana Ruiz") or a list item in
// English copy does not make speech.
func dialogueParagraphs(text string, paras []Span) map[int][]dashSegment {
	out := map[int][]dashSegment{}
	tagged := false
	for pi, p := range paras {
		n, spaced := dialogueDash(text[p.Start:p.End])
		if n == 0 {
			continue
		}
		segs := dashSegments(text, p.Start, p.End, n, spaced)
		if len(segs) == 0 || !segs[0].speech {
			continue
		}
		out[pi] = segs
		for _, s := range segs {
			if !s.speech && speechTag(text[s.start:s.end]) {
				tagged = true
			}
		}
	}
	if !tagged {
		return nil
	}
	return out
}

// speechTag reports whether a tag's first few words hold a speech verb
// ("she says", "says Quispe, without looking up").
func speechTag(tag string) bool {
	ws := strings.FieldsFunc(strings.ToLower(tag), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range ws {
		if i >= 4 {
			break
		}
		if speechVerbs[w] {
			return true
		}
	}
	return false
}

// sieveDashTurn decides an untagged dialogue line ("—Then the oven is too
// hot.") that answers the line before it: when the two dialogue lines
// before it are spoken by two different people, the turn passes back to
// the one who spoke first.
func (r *Result) sieveDashTurn(q int) (int, bool) {
	qt := r.Quotations[q]
	pi := qt.Paragraph
	if qt.Parent >= 0 || qt.Kind != KindQuote || pi < 2 || !r.dashLine(pi, true) {
		return -1, false
	}
	a, b := r.dashSpeaker(pi-1), r.dashSpeaker(pi-2)
	if a < 0 || b < 0 || a == b {
		return -1, false
	}
	return b, true
}

// dashLine reports whether paragraph pi is a dialogue line, all speech when
// untagged is set.
func (r *Result) dashLine(pi int, untagged bool) bool {
	p := r.doc.Paragraphs[pi]
	n, spaced := dialogueDash(r.doc.Text[p.Start:p.End])
	if n == 0 {
		return false
	}
	segs := dashSegments(r.doc.Text, p.Start, p.End, n, spaced)
	if !untagged {
		return len(segs) > 0
	}
	return len(segs) == 1 && segs[0].speech
}

// dashSpeaker returns the one speaker of dialogue line pi's quotations, or
// -1.
func (r *Result) dashSpeaker(pi int) int {
	if !r.dashLine(pi, false) {
		return -1
	}
	e := -1
	for _, qt := range r.Quotations {
		if qt.Paragraph != pi || qt.Parent >= 0 {
			continue
		}
		if qt.Speaker < 0 || e >= 0 && qt.Speaker != e {
			return -1
		}
		e = qt.Speaker
	}
	return e
}
