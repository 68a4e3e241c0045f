package attribution

import (
	"strings"
)

// maxTurnWords bounds a line of said-less dialogue: a turn in an exchange
// is short ("Three years."), where a paragraph continuing a speaker's
// remarks in a news story runs long.
const maxTurnWords = 30

// dialogueRules are the rules that decide a said-less turn as a reply to
// the turn before, which turn-taking may continue.
var dialogueRules = map[string]bool{"vocative-reply": true, "turn-taking": true}

// weakTurnRules decided a said-less turn by what precedes it alone: the
// turn-taking of a two-party exchange overrules them.
var weakTurnRules = map[string]bool{"": true, "previous-paragraph": true}

// paragraphQuotes indexes the top-level quotations by paragraph: for
// each paragraph its first and last top-level quotation and how many it
// holds (first and last -1 when none).
type paragraphQuotes struct{ first, last, n []int }

func (r *Result) topLevelByParagraph() paragraphQuotes {
	n := len(r.doc.Paragraphs)
	pq := paragraphQuotes{make([]int, n), make([]int, n), make([]int, n)}
	for p := range n {
		pq.first[p], pq.last[p] = -1, -1
	}
	for q, qt := range r.Quotations {
		if qt.Parent >= 0 || qt.Paragraph < 0 || qt.Paragraph >= n {
			continue
		}
		if pq.first[qt.Paragraph] < 0 {
			pq.first[qt.Paragraph] = q
		}
		pq.last[qt.Paragraph] = q
		pq.n[qt.Paragraph]++
	}
	return pq
}

// turn returns the one top-level quotation making up paragraph para, with
// nothing else in it, when it is a short turn of dialogue; else -1.
func (r *Result) turn(pq paragraphQuotes, para int) int {
	q := pq.first[para]
	if q < 0 || pq.n[para] != 1 {
		return -1
	}
	qt := r.Quotations[q]
	if qt.Kind != KindQuote || qt.Prev >= 0 || qt.CloseEnd == qt.End || !r.onlyQuotation(q) ||
		len(strings.Fields(r.doc.Text[qt.Start:qt.End])) > maxTurnWords {
		return -1
	}
	return q
}

// takeTurns attributes the said-less turns of a two-party exchange: a run
// of paragraphs that are each nothing but a short quotation alternates
// between the two people talking (rule "turn-taking"). The second party is
// known either from a reply already decided ("“With respect, Ingrid, …”¶
// “Three years.”" — Ingrid answers, so the next turn is the first
// speaker's again), or from the turn that closes the run, attributed by a
// pronoun that only the other party fits, when the parity of the run
// agrees ("“Six cars,” she calls.¶“…”¶“…”¶“He did.” He laughs." — the
// turns between go he, she).
func (r *Result) takeTurns() {
	pq := r.topLevelByParagraph()
	np := len(r.doc.Paragraphs)
	turns := make([]int, np)
	for p := range np {
		turns[p] = r.turn(pq, p)
	}
	weak := func(p int) bool { return turns[p] >= 0 && weakTurnRules[r.Quotations[turns[p]].Rule] }
	// A reply continued: A, then B by a reply rule, then A, B, ….
	for p := 2; p < np; p++ {
		q, q1, q2 := turns[p], turns[p-1], pq.last[p-2]
		if !weak(p) || q1 < 0 || !dialogueRules[r.Quotations[q1].Rule] || q2 < 0 {
			continue
		}
		a, b := r.Quotations[q2].Speaker, r.Quotations[q1].Speaker
		if a < 0 || b < 0 || a == b {
			continue
		}
		r.Quotations[q].Speaker, r.Quotations[q].Rule = a, "turn-taking"
	}
	// A run of an even number of turns closed by the other party's
	// pronoun.
	for p := 1; p < np; p++ {
		if !weak(p) || weak(p-1) {
			continue // no turn, or not the run's first
		}
		end := p
		for end < np && weak(end) {
			end++
		}
		n := end - p
		if n < 2 || n%2 != 0 || end >= np {
			continue
		}
		q0, qn := pq.last[p-1], pq.first[end]
		if q0 < 0 || qn < 0 || r.doc.Paragraphs[end].Start != r.Quotations[qn].OpenStart {
			continue
		}
		a, b := r.Quotations[q0].Speaker, r.Quotations[qn].Speaker
		if a < 0 || b < 0 || a == b || !r.closedByOtherPronoun(qn, a, b) {
			continue
		}
		for i := range n {
			s := b
			if i%2 == 1 {
				s = a
			}
			r.Quotations[turns[p+i]].Speaker, r.Quotations[turns[p+i]].Rule = s, "turn-taking"
		}
	}
	r.turnsByVocatives(pq, turns)
	r.turnsAfterQuestion(pq, turns)
}

// turnRuns calls f with each maximal run [p, end) of consecutive turn
// paragraphs that holds at least one turn still undecided or decided only
// weakly; the turns of a run that a reply rule decided belong to it.
func (r *Result) turnRuns(turns []int, f func(p, end int)) {
	open := func(p int) bool {
		if turns[p] < 0 {
			return false
		}
		rule := r.Quotations[turns[p]].Rule
		return weakTurnRules[rule] || dialogueRules[rule]
	}
	for p := 0; p < len(turns); {
		if !open(p) {
			p++
			continue
		}
		end, weakOne := p, false
		for end < len(turns) && open(end) {
			weakOne = weakOne || weakTurnRules[r.Quotations[turns[end]].Rule]
			end++
		}
		if weakOne && end-p >= 2 {
			f(p, end)
		}
		p = end
	}
}

// turnsByVocatives attributes a run of said-less turns in which the two
// parties address each other by name: "“You’re getting old, Kai.”¶“I’m
// twenty-nine.”¶“Like I said.”¶“You’ve had two fights, Rory.”" — a turn
// naming Kai is not Kai's, so when the turns of one parity address one
// person and those of the other parity another, the run alternates
// between them (rule "turn-taking").
func (r *Result) turnsByVocatives(pq paragraphQuotes, turns []int) {
	r.turnRuns(turns, func(p, end int) {
		addr := [2]int{-1, -1}
		for i := p; i < end; i++ {
			v := r.vocativeIn(turns[i])
			if v < 0 {
				continue
			}
			side := (i - p) % 2
			if addr[side] >= 0 && addr[side] != v {
				return
			}
			addr[side] = v
		}
		if addr[0] < 0 || addr[1] < 0 || addr[0] == addr[1] {
			return
		}
		for i := p; i < end; i++ {
			q := turns[i]
			if s := addr[1-(i-p)%2]; weakTurnRules[r.Quotations[q].Rule] {
				r.Quotations[q].Speaker, r.Quotations[q].Rule = s, "turn-taking"
			}
		}
	})
}

// maxExchangeLookback bounds how many paragraphs before an exchange its
// second party may have last spoken.
const maxExchangeLookback = 4

// turnsAfterQuestion attributes a run of said-less turns that answers an
// attributed line with a question: "‘We are spending four hundred
// million,’ said the chief executive.¶‘And how much of that comes from
// bill payers?’¶‘I would have to write …’¶‘You would have to, or you
// will?’¶‘I will.’" — the questions are put by the other party of the
// exchange, the person quoted last before that line, and the run
// alternates between the two (rule "turn-taking"). Every question of the
// run falls on the other party's turns, or the run is left alone.
func (r *Result) turnsAfterQuestion(pq paragraphQuotes, turns []int) {
	r.turnRuns(turns, func(p, end int) {
		if p == 0 {
			return
		}
		q0 := pq.last[p-1]
		if q0 < 0 || r.Quotations[q0].Speaker < 0 || weakTurnRules[r.Quotations[q0].Rule] || r.asks(q0) {
			return
		}
		a := r.Quotations[q0].Speaker
		asked := false
		for i := p; i < end; i++ {
			if r.asks(turns[i]) {
				if (i-p)%2 != 0 {
					return
				}
				asked = true
			}
		}
		if !asked || !r.asks(turns[p]) {
			return
		}
		b := -1
		for q := q0 - 1; q >= 0 && r.Quotations[q].Paragraph >= p-1-maxExchangeLookback; q-- {
			if qt := r.Quotations[q]; qt.Parent < 0 && qt.Speaker >= 0 && qt.Speaker != a && !weakTurnRules[qt.Rule] {
				b = qt.Speaker
				break
			}
		}
		if b < 0 || r.Entities[b].Kind != Person || r.Entities[a].Kind != Person {
			return
		}
		for i := p; i < end; i++ {
			s := b
			if (i-p)%2 == 1 {
				s = a
			}
			if q := turns[i]; weakTurnRules[r.Quotations[q].Rule] {
				r.Quotations[q].Speaker, r.Quotations[q].Rule = s, "turn-taking"
			}
		}
	})
}

// asks reports whether quotation q ends on a question mark.
func (r *Result) asks(q int) bool {
	qt := r.Quotations[q]
	return strings.HasSuffix(strings.TrimRight(r.doc.Text[qt.Start:qt.End], " ,"), "?")
}

// closedByOtherPronoun reports whether quotation q is attributed by a
// personal pronoun right after it whose gender fits b and not a.
func (r *Result) closedByOtherPronoun(q, a, b int) bool {
	tr := r.after(q)
	if tr.j <= tr.i {
		return false
	}
	g := personalPronouns[r.toks[tr.si][tr.i].Norm]
	if g == "" || possessivePronouns[r.toks[tr.si][tr.i].Norm] {
		return false
	}
	ga, gb := r.Entities[a].Gender, r.Entities[b].Gender
	return gb == g && ga != "" && ga != g
}
