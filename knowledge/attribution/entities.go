package attribution

import "strings"

// resolve walks the sentences in order, resolving "he", "she", "his",
// "her" to the subject of the sentence so far or of the latest sentences
// (centring on subjects rather than the last name read), never to someone
// of the other gender; it fills each sentence's subject and people.
func (r *Result) resolve() {
	// Twice: the first pass learns genders from pronouns that could refer
	// to one person only, so that the second never gives "she" to a man
	// named before the pronoun that showed he is one.
	r.resolvePass()
	r.resolvePass()
}

func (r *Result) resolvePass() {
	r.outside = make([][]int, len(r.toks))
	clear(r.pronoun)
	var recent []int    // subjects of the latest sentences, newest first
	var lastNamed []int // people the previous sentence names outside quotations
	r.outsideAny = make([][]int, len(r.toks))
	for si, toks := range r.toks {
		info := &r.Sentences[si]
		s := r.doc.Sentences[si]
		if q := r.QuotationAt(s.Start); q >= 0 {
			top := r.outermost(q)
			info.InQuote = true
			info.Inside = r.Quotations[top].OpenStart < s.Start && r.Quotations[top].Kind != KindAnswer
			info.Question = r.Quotations[top].Kind == KindQuestion
		}
		info.People, info.Subject = nil, -1
		first, potential := -1, -1
		possSubject := false
		// "When the judge asked whether he wished to speak, the elder
		// Castellano stood": the subject is the main clause's, after the
		// subordinate clause; the subordinate's only when it has none.
		subEnd, subSubject := r.subordinateEnd(si), -1
		for k, t := range toks {
			e := -1
			pron := false
			if mi, ok := r.nameAt[t.Start]; ok {
				e = r.Mentions[mi].Entity
			} else if g := personalPronouns[t.Norm]; g != "" && !r.inQ[si][k] {
				e = r.pickPronoun(g, first, append(recent[:len(recent):len(recent)], lastNamed...))
				if e >= 0 {
					pron = true
					r.pronoun[t.Start] = e
					if r.Entities[e].Gender == "" && r.onlyCandidate(e, g, first, append(recent[:len(recent):len(recent)], lastNamed...)) {
						r.Entities[e].Gender = g
					}
				}
			}
			if e >= 0 && r.potential(e) && !r.inQ[si][k] {
				r.outsideAny[si] = appendInt(r.outsideAny[si], e)
				if potential < 0 && !(k > 0 && prepositions[toks[k-1].Norm]) {
					potential = e
				}
			}
			if e < 0 || r.Entities[e].Kind != Person {
				continue
			}
			info.People = appendInt(info.People, e)
			if r.inQ[si][k] {
				continue
			}
			r.outside[si] = appendInt(r.outside[si], e)
			r.outsideAny[si] = appendInt(r.outsideAny[si], e)
			if first < 0 {
				first = e
			}
			poss := possessive(t.Text, pron)
			object := k > 0 && prepositions[toks[k-1].Norm] && !poss
			// A possessor is the subject only when no one else is:
			// "Kingsmere’s head coach, Marta Kowalczyk, was furious".
			if k < subEnd {
				if subSubject < 0 && !object {
					subSubject = e
				}
				continue
			}
			if (info.Subject < 0 || possSubject) && !object && !(possSubject && poss) {
				info.Subject, possSubject = e, poss
			}
		}
		if info.Subject < 0 {
			info.Subject = subSubject
		}
		if len(r.outside[si]) > 0 {
			lastNamed = r.outside[si]
		}
		if subj := max(info.Subject, -1); subj >= 0 || potential >= 0 {
			if subj < 0 {
				subj = potential
			}
			recent = append([]int{subj}, recent...)
			if len(recent) > 4 {
				recent = recent[:4]
			}
		}
	}
}

func possessive(text string, pron bool) bool {
	if pron {
		l := strings.ToLower(text)
		return l == "his" || l == "her"
	}
	return strings.HasSuffix(text, "’s") || strings.HasSuffix(text, "'s") || strings.HasSuffix(text, "’")
}

// pickPronoun chooses the referent of a pronoun of gender g: the first
// person of its own sentence, else the latest subjects; one whose gender
// is not known to differ.
func (r *Result) pickPronoun(g string, first int, recent []int) int {
	cands := make([]int, 0, 5)
	if first >= 0 {
		cands = append(cands, first)
	}
	cands = append(cands, recent...)
	for _, e := range cands {
		if r.Entities[e].Kind == Person && (r.Entities[e].Gender == g || r.Entities[e].Gender == "") {
			return e
		}
	}
	// No person fits: a name with no other evidence is one when a pronoun
	// refers to it ("Marisol Ortega-Vance has stood … she says").
	for _, e := range cands {
		if r.potential(e) {
			r.Entities[e].Kind = Person
			return e
		}
	}
	return -1
}

// onlyCandidate reports whether e was the one person a pronoun of gender g
// could refer to: only then does the pronoun tell e's gender.
func (r *Result) onlyCandidate(e int, g string, first int, recent []int) bool {
	for _, o := range append([]int{first}, recent...) {
		if o >= 0 && o != e && (r.Entities[o].Gender == g || r.Entities[o].Gender == "") {
			return false
		}
	}
	return true
}

// potential reports whether an entity may be a person without evidence
// yet: a name of two words or more that is no place or organisation.
func (r *Result) potential(e int) bool {
	en := &r.Entities[e]
	return en.Kind == Unknown && len(en.parts) >= 2
}

func (r *Result) outermost(q int) int {
	for r.Quotations[q].Parent >= 0 {
		q = r.Quotations[q].Parent
	}
	return q
}

func appendInt(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// subordinators open a sentence with a subordinate clause.
var subordinators = wordSet(`when after before while as although though because since once if unless until whenever`)

// subordinateEnd returns the index of the first token after a subordinate
// clause opening sentence si ("When …, "), or 0 when it has none.
func (r *Result) subordinateEnd(si int) int {
	toks := r.toks[si]
	if len(toks) < 3 || !subordinators[toks[0].Norm] || r.inQ[si][0] {
		return 0
	}
	for k := 1; k < len(toks) && k < 25; k++ {
		if r.inQ[si][k] {
			return 0
		}
		if strings.Contains(r.doc.Text[toks[k-1].End:toks[k].Start], ",") {
			return k
		}
	}
	return 0
}
