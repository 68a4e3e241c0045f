package attribution

// definiteDescribedAntecedents gives the "he" or "she" after a speech
// verb whose subject is a definite phrase referring back to a person the
// article described without a name ("A senior nurse at the ward, who
// asked not to be named, said … ¶ The nurse said she had thought of
// leaving. What kept her, she said, was …") to that person, as
// describedAntecedents does for the sentence that described them: the
// phrase is as salient a subject as the description was.
func (r *Result) definiteDescribedAntecedents() {
	chained := map[int]bool{}
	for s, toks := range r.toks {
		for v, tk := range toks {
			if r.inQ[s][v] || !speechVerbs[tk.Norm] {
				continue
			}
			k := v - 1
			if k < 0 || r.inQ[s][k] || r.gapAt(toks, v) != " " {
				break
			}
			if pt := toks[k]; pt.Norm == "he" || pt.Norm == "she" {
				// "What kept her, she said, was …": the pronoun the
				// phrase gave goes on to the next sentence's.
				if e, ok := r.pronoun[pt.Start]; ok && r.Entities[e].RoleOnly && chained[e] {
					r.describedPronouns(s, v, e)
				}
				break
			}
			if k < 1 {
				break
			}
			a := k - 1
			for a > 0 && a >= k-maxRoleModifiers && toks[a].Norm != "the" && !r.inQ[s][a] && r.gapAt(toks, a+1) == " " {
				a--
			}
			if toks[a].Norm != "the" || r.inQ[s][a] || !r.clauseStart(s, a, 0) {
				break
			}
			e := r.describedBack(s, k, a)
			if w := toks[k].Norm; e < 0 && a == k-1 && singular(w) == w && r.personNoun(w) && !voiceNouns[w] {
				e = r.describedBefore(s, k)
			}
			if e >= 0 && r.Entities[e].RoleOnly {
				r.describedPronouns(s, v, e)
				chained[e] = true
			}
			break
		}
	}
}

// describedBefore is nearIndefinite for the definite phrase at token k of
// sentence si, without bringing anyone in: only a person the description
// already brought in (an entity that exists) is returned, else -1.
func (r *Result) describedBefore(si, k int) int {
	n := len(r.Entities)
	e := r.nearIndefinite(r.roleWord(si, k), si, k)
	if len(r.Entities) > n {
		// Not described before: undo the entity nearIndefinite added.
		for key, x := range r.roleOnly {
			if x >= n {
				delete(r.roleOnly, key)
			}
		}
		r.Entities, r.starts = r.Entities[:n], r.starts[:n]
		return -1
	}
	return e
}
