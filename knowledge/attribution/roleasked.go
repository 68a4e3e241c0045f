package attribution

// firstPersonAddressVerbs are what a first-person writer does to the one
// whose answer follows ("I asked the planning officer", "I rang the
// depot manager").
var firstPersonAddressVerbs = wordSet(`asked ask rang phoned called told questioned pressed challenged emailed wrote`)

// askedRoleAntecedents gives the role-only person a first-person clause
// addresses ("When I asked the planning officer why, she said, “…”") the
// "he" or "she" after it in the same sentence, and the same pronoun of the
// paragraph's later sentences that went to the same referent ("She said
// she would “have to check.”"): the writer being "I", the one addressed is
// the only third person present, not the last woman the article named
// paragraphs before. Not when the pronoun's referent is named in the
// sentence, or a person the article names holds the role.
func (r *Result) askedRoleAntecedents() {
	for s, toks := range r.toks {
		for i := 0; i+3 < len(toks); i++ {
			if r.inQ[s][i] || toks[i].Text != "I" || !firstPersonAddressVerbs[toks[i+1].Norm] || toks[i+2].Norm != "the" {
				continue
			}
			k := r.addressedRole(s, i+2)
			if k < 0 {
				continue
			}
			w := toks[k].Norm
			if _, made := r.roleOnly[r.roleWord(s, k)]; !made && (r.ByRole(w) != -1 || r.articleRoles[w] || r.heldAsSynonym(w)) {
				continue
			}
			g := handGender[w]
			// The pronoun after it in the sentence, or opening the next
			// sentence of the paragraph ("I asked the council's highways
			// officer how many cars would use it. He told me: “…”").
			ps, pm := s, -1
			for m := k + 1; m < len(toks); m++ {
				if r.inQ[s][m] {
					continue
				}
				if _, named := r.nameAt[toks[m].Start]; named {
					break
				}
				if toks[m].Norm == "he" || toks[m].Norm == "she" {
					pm = m
					break
				}
			}
			if pm < 0 && s+1 < len(r.toks) && r.doc.Sentences[s+1].Paragraph == r.doc.Sentences[s].Paragraph &&
				len(r.toks[s+1]) > 0 && !r.inQ[s+1][0] && (r.toks[s+1][0].Norm == "he" || r.toks[s+1][0].Norm == "she") {
				ps, pm = s+1, 0
			}
			if pm < 0 {
				break
			}
			pt := r.toks[ps][pm]
			pg := personalPronouns[pt.Norm]
			if g != "" && pg != g {
				break
			}
			old, ok := r.pronoun[pt.Start]
			if ok && (r.namedIn(s, old) || r.namedIn(ps, old)) {
				break
			}
			e := r.roleSpeaker(s, k)
			if e < 0 {
				break
			}
			r.pronoun[pt.Start] = e
			r.Entities[e].Gender = pg
			if ok {
				r.carryPronoun(ps, pm, old, e, pt.Norm)
			}
			break
		}
	}
}

// addressedRole returns the role noun of the definite role phrase whose
// "the" is token d of sentence s ("the planning officer"), or -1: up to
// maxRoleModifiers noun modifiers, then a person noun that is a role.
func (r *Result) addressedRole(s, d int) int {
	toks := r.toks[s]
	for k := d + 1; k <= d+2+maxRoleModifiers && k < len(toks); k++ {
		if k == d+1 && k+1 < len(toks) && !r.inQ[s][k] && !isCap(toks[k]) && possessive(toks[k].Text, false) &&
			r.isOrgWord(possessor(toks[k])) && !r.lex.IsPersonNoun(possessor(toks[k])) {
			continue // "the council's highways officer": the body's officer
		}
		if r.inQ[s][k] || isCap(toks[k]) || possessive(toks[k].Text, false) || k > d+1+maxRoleModifiers {
			return -1
		}
		w := toks[k].Norm
		if r.lex.IsPersonNoun(w) && !plainPeople[w] && !kinNouns[w] && !voiceNouns[w] && !notRoles[w] {
			if singular(w) != w {
				return -1
			}
			return k
		}
		if !nounModifier(r.raw, w) && !nounModifier(r.raw, singular(w)) { // "highways officer"
			return -1
		}
	}
	return -1
}

// carryPronoun moves the pronoun p of the paragraph's words after token m
// of sentence s from old to e, until a sentence names someone.
func (r *Result) carryPronoun(s, m, old, e int, p string) {
	pi := r.doc.Sentences[s].Paragraph
	for t := s; t < len(r.toks) && r.doc.Sentences[t].Paragraph == pi; t++ {
		from := 0
		if t == s {
			from = m + 1
		} else if r.namesSomeone(t) {
			return
		}
		for n := from; n < len(r.toks[t]); n++ {
			tk := r.toks[t][n]
			if r.inQ[t][n] || tk.Norm != p {
				continue
			}
			if pe, ok := r.pronoun[tk.Start]; ok && pe == old {
				r.pronoun[tk.Start] = e
			}
		}
	}
}

// namesSomeone reports whether sentence s names anyone outside quotations.
func (r *Result) namesSomeone(s int) bool {
	for k, t := range r.toks[s] {
		if _, ok := r.nameAt[t.Start]; ok && !r.inQ[s][k] {
			return true
		}
	}
	return false
}
