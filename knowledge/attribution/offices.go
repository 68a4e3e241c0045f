package attribution

import "strings"

// officeBefore returns the role of an office named before a titled name,
// set off by a comma, with the place or body it belongs to: "the Bishop of
// Carrowdale, the Rt Rev Helen Achterberg", "the Archdeacon of Carrow, the
// Ven Thomas Mabry", "the Mayor of Lowther, Cllr Ann Price". The office's
// noun stands before "of", after "the" or at the sentence's start; a name's
// own determiner ("the Rt Rev", "the Hon.") may stand after the comma.
// "of" and the determiner make it a role even for a noun that is often a
// surname (notRoles: "Bishop"), which roleBefore refuses.
func (r *Result) officeBefore(si, ti int, titled bool) []string {
	toks := r.toks[si]
	// "…, the Rt Rev Helen Achterberg": the determiner of a titled name.
	if titled && ti >= 1 && toks[ti-1].Norm == "the" && !isCap(toks[ti-1]) && strings.TrimSpace(r.gapAt(toks, ti-1)) == "," {
		ti--
	}
	if ti < 3 || strings.TrimSpace(r.gapAt(toks, ti)) != "," || r.inQ[si][ti-1] {
		return nil
	}
	// The capitalised complement: "Carrowdale", "Bath and Wells".
	m := ti - 1
	for m > 0 && ti-m <= 4 && (isCap(toks[m]) || toks[m].Norm == "and") && r.gapAt(toks, m) == " " && toks[m-1].Norm != "of" {
		m--
	}
	if !isCap(toks[m]) || m < 2 || toks[m-1].Norm != "of" || r.gapAt(toks, m-1) != " " || r.gapAt(toks, m) != " " {
		return nil
	}
	h := m - 2
	w := toks[h].Norm
	if !(handRoles[w] || r.lex.IsPersonNoun(w)) || r.inQ[si][h] {
		return nil
	}
	// "proposed by the Archdeacon of Carrow, the Ven Thomas Mabry": a
	// governed office is the titled name's still; an untitled name after
	// it may be someone else's ("Counsel assisting the coroner, …").
	if h > 0 && !(toks[h-1].Norm == "the" && r.gapAt(toks, h) == " " && (titled || !governed(toks, h-1))) {
		return nil
	}
	return []string{roleOf(w)}
}
