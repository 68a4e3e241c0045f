package attribution

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// memberPrepositions tie a plural role noun to the body its holders work
// for: "inspectors from the Schools Board", "auditors of the Fund".
var memberPrepositions = wordSet(`from of at`)

// membersBody returns the organisation the article says the holders of
// plural role noun w (folded, "inspectors") come from or belong to:
// "Inspectors from the Schools Board visited", "the Board's inspectors",
// "Board inspectors"; -1 when it names none, or more than one. A panel
// that works for a body publishes its findings in the body's name, as a
// press office's statement is the body's.
func (r *Result) membersBody(w string) int {
	if singular(w) == w {
		return -1
	}
	found := -1
	for si, toks := range r.toks {
		for k, t := range toks {
			if t.Norm != w || r.inQ[si][k] {
				continue
			}
			e := -1
			if n := k + 1; n+1 < len(toks) && memberPrepositions[toks[n].Norm] && !r.inQ[si][n] {
				n++
				if toks[n].Norm == "the" && n+1 < len(toks) {
					n++
				}
				if mi, ok := r.nameAt[toks[n].Start]; ok {
					e = r.Mentions[mi].Entity
				}
			}
			if e < 0 && k > 0 && r.gapAt(toks, k) == " " {
				if b, ok := r.entityEndingAt(toks[k-1]); ok {
					e = b // "the Board's inspectors", "Board inspectors"
				}
			}
			if e < 0 || r.Entities[e].Kind != Organisation {
				continue
			}
			if found >= 0 && found != e {
				return -1
			}
			found = e
		}
	}
	return found
}

// groupBody returns the organisation a group of role holders known only
// by a plural phrase ("the inspectors") works for (membersBody); -1 when
// e is no such group or the article ties it to no one body.
func (r *Result) groupBody(e int) int {
	if e < 0 || !r.Entities[e].RoleOnly {
		return -1
	}
	// The least of its group keys, so that a run is the same every time.
	first := ""
	for key, g := range r.roleOnly {
		if g == e && strings.HasPrefix(key, "g\x00") && (first == "" || key < first) {
			first = key
		}
	}
	if first == "" {
		return -1
	}
	return r.membersBody(strings.TrimPrefix(first, "g\x00"))
}

// groupsToBodies gives the quotations decided for a group of role holders
// to the body the article says they come from: "Inspectors from the
// Schools Board visited …; … the inspectors said" quotes the Board's
// report, so the Board is the source.
func (r *Result) groupsToBodies() {
	for q := range r.Quotations {
		if b := r.groupBody(r.Quotations[q].Speaker); b >= 0 {
			r.Quotations[q].Speaker = b
		}
	}
}

// findingVerbs report what a body's inspection or review concluded.
var findingVerbs = wordSet(`found find finds judged judges rated rates concluded concludes described describes called calls praised praises criticised criticized criticises criticizes`)

// bareGroupBody returns the body behind a bare plural role noun at token
// k of sentence si that the article ties to one organisation ("rated
// “good” by inspectors", "Inspectors found"); -1 otherwise.
func (r *Result) bareGroupBody(si, k int) int {
	toks := r.toks[si]
	if k < 0 || k >= len(toks) || r.inQ[si][k] || (isCap(toks[k]) && k > 0) || !r.groupRole(toks[k].Norm) {
		return -1
	}
	return r.membersBody(toks[k].Norm)
}

// sieveFindings gives the fragments of a sentence that reports a body's
// findings to that body: "They found behaviour to be good, pupils “safe,
// happy and polite”", where "They" takes up the sentence before's
// subject, a group of role holders from one body ("Inspectors from the
// Schools Board visited …"); and "The school was rated “good” by
// inspectors, who found that reading had “fallen behind”": fragments the
// agent's relative clause goes on to give.
func (r *Result) sieveFindings(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	if si < 0 {
		return -1, false
	}
	toks := r.toks[si]
	open := 0
	for open < len(toks) && toks[open].End <= qt.OpenStart {
		open++
	}
	// "They found …": the opening pronoun and a verb of finding, with
	// nobody else named before the quotation.
	if len(toks) > 2 && (toks[0].Norm == "they" || toks[0].Norm == "it") && findingVerbs[toks[1].Norm] && !r.inQ[si][0] && si > 0 &&
		r.doc.Sentences[si-1].Paragraph >= r.doc.Sentences[si].Paragraph-1 && !r.namesBetween(si, 2, open) && !r.verbBetween(si, 2, open) {
		prev := r.toks[si-1]
		if len(prev) > 0 && toks[0].Norm == "they" {
			if b := r.bareGroupBody(si-1, 0); b >= 0 {
				return b, true
			}
		}
	}
	// "… by inspectors, who found that …": the agent, then a relative
	// pronoun, and no one else named up to the quotation.
	for k := open - 1; k >= 2; k-- {
		if toks[k].Norm != "who" || r.inQ[si][k] || !strings.Contains(r.gapAt(toks, k), ",") {
			continue
		}
		if toks[k-2].Norm != "by" || !labelParticiple(toks, k-2) {
			return -1, false
		}
		if b := r.bareGroupBody(si, k-1); b >= 0 && !r.namesBetween(si, k+1, open) {
			return b, true
		}
		return -1, false
	}
	return -1, false
}

// labelParticiple reports whether a passive labelling verb ends the words
// before "by" at token by, over a quotation between them ("rated
// “requires improvement” by").
func labelParticiple(toks []nlp.Token, by int) bool {
	for k := by - 1; k >= 0 && k >= by-8; k-- {
		if labelParticiples[toks[k].Norm] {
			return true
		}
	}
	return false
}

// namesBetween reports whether a name outside quotations opens at a token
// of sentence si from token from up to token to.
func (r *Result) namesBetween(si, from, to int) bool {
	toks := r.toks[si]
	for k := max(from, 0); k < to && k < len(toks); k++ {
		if _, ok := r.nameAt[toks[k].Start]; ok && !r.inQ[si][k] {
			return true
		}
	}
	return false
}

// verbBetween reports whether a verb of saying outside quotations stands
// in sentence si from token from up to token to: someone else speaks.
func (r *Result) verbBetween(si, from, to int) bool {
	toks := r.toks[si]
	for k := max(from, 0); k < to && k < len(toks); k++ {
		if speechVerbs[toks[k].Norm] && !r.inQ[si][k] {
			return true
		}
	}
	return false
}
