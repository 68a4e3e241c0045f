package attribution

// nestedGroup gives a quotation inside another, still without a speaker,
// to the group the outer speaker names as saying it right before it
// ("Every year the kids say, “Dad, can we have more?”", "the regulars
// told us “…”"): a definite plural noun of people and a verb of saying,
// named as written ("the kids"). A pronoun ("They say") or a plural that
// names no people ("the papers say") gives no one.
func (r *Result) nestedGroup() {
	for q, qt := range r.Quotations {
		if qt.Parent < 0 || qt.Speaker >= 0 {
			continue
		}
		si := r.sentenceOf(qt.OpenStart)
		if si < 0 {
			continue
		}
		toks := r.toks[si]
		v := -1
		for k := range toks {
			if toks[k].End > qt.OpenStart {
				break
			}
			v = k
		}
		if v < 2 || !speechVerbs[toks[v].Norm] || toks[v-2].Norm != "the" || r.gapAt(toks, v) != " " || r.gapAt(toks, v-1) != " " {
			continue
		}
		w := toks[v-1].Norm
		if isCap(toks[v-1]) || singular(w) == w || !r.personNoun(singular(w)) && !plainPeople[singular(w)] {
			continue
		}
		name := "the " + toks[v-1].Text
		r.Quotations[q].Speaker = r.roleOnlyKeyed("g\x00"+w, name, singular(w), w)
		r.Quotations[q].Rule = "nested"
	}
}

// groupOwner returns the group "the <role plural>’" at token m of
// sentence si names as a writing's owner when no body sends them ("The
// judges’ citation praised …", "the stewards’ report"): people who write
// together as a panel, the group pluralGroup names. -1 otherwise.
func (r *Result) groupOwner(si, m int, w string) int {
	toks := r.toks[si]
	if m < 1 || toks[m-1].Norm != "the" || r.inQ[si][m-1] || isCap(toks[m]) || !r.groupRole(w) {
		return -1
	}
	return r.roleOnlyKeyed("g\x00"+w, "the "+w, singular(w), w)
}
