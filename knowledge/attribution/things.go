package attribution

import "strings"

// articleBefore reports whether candidate c follows an article with no
// title or role between them ("the Salt Shed", "a Muscadet"): a person's
// name takes none, a venue's, a boat's, a product's or a body's does.
func (r *Result) articleBefore(c candidate) bool {
	if c.titled || c.ti != c.i || c.i == 0 {
		return false
	}
	toks := r.toks[c.si]
	// Only a space between: "A: Marguerite Oyelaran-Fitch" is an answer's
	// label, not an article.
	if strings.TrimSpace(r.gapAt(toks, c.i)) != "" || r.inQ[c.si][c.i-1] != r.inQ[c.si][c.i] {
		return false
	}
	switch toks[c.i-1].Text {
	case "the", "The", "a", "an":
		return true
	}
	return false
}

// thing reports whether entity e was only ever named after an article,
// with nothing that shows a person: a venue, a boat, a product, a body.
func (r *Result) thing(e int) bool {
	ev := r.Entities[e].evidence
	return ev["det"] > 0 && ev["det"] >= len(r.Entities[e].Mentions) && ev["titled"] == 0 && ev["kin-male"] == 0 && ev["kin-female"] == 0
}

// spouseNouns are the family nouns of a marriage, which exclude no
// relation of blood.
var spouseNouns = wordSet(`husband wife widow widower`)

// otherKin reports whether the article describes entity e as a relative
// other than noun ("Delacey’s younger sister, Niamh Delacey" for
// "mother"): the same surname then does not make e that relative.
func (r *Result) otherKin(e int, noun string) bool {
	for _, d := range r.Entities[e].Descriptors {
		if h := singular(d.Head); kinNouns[h] && h != noun {
			return true
		}
	}
	if r.relatives == nil {
		r.indexRelatives()
	}
	for k, x := range r.relatives {
		// A wife is a mother too: a spouse excludes no other relation.
		if x == e && kinNouns[k.noun] && k.noun != noun && !spouseNouns[k.noun] {
			return true
		}
	}
	return false
}

// pronounOpens returns the referent of a subject pronoun that opens the
// clause of sentence si at token lo, when no clause break stands between
// it and the coordinating word at k ("She poured a glass of Muscadet with
// my starter and said"): that pronoun, not a name in the predicate, is
// the coordinated verb's subject. ok is false when no such pronoun opens
// the clause or it refers to no one the article names.
func (r *Result) pronounOpens(si, lo, k int) (int, bool) {
	toks := r.toks[si]
	if lo >= k || r.inQ[si][lo] {
		return -1, false
	}
	switch toks[lo].Norm {
	case "he", "she":
	default:
		return -1, false
	}
	for m := lo + 1; m < k; m++ {
		if clauseBreaks[toks[m].Norm] || toks[m].Norm == "who" || toks[m].Norm == "which" || r.inQ[si][m] ||
			strings.ContainsAny(r.gapAt(toks, m), ";:") {
			return -1, false
		}
	}
	e, ok := r.pronoun[toks[lo].Start]
	if !ok || e < 0 || r.Entities[e].Kind != Person {
		return -1, false
	}
	return e, true
}
