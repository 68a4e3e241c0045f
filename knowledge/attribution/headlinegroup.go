package attribution

// headlineGroup gives a headline's quotation that no later quotation
// repeats, and that comes right after the headline's opening subject, a
// plural noun of people ("Volunteers ‘heartbroken’ after …", "Residents
// say ‘enough’", "Buskers vow to ‘play on’"), to that group, named as the
// headline writes it: a headline puts its subject's words in quotation
// marks. A quotation after anything else in the headline (a title, a
// nickname, a sign: "Villagers rename fete ‘Marrowgate’"), or a noun that
// is no people, stays without a speaker.
func (r *Result) headlineGroup() {
	for q, qt := range r.Quotations {
		if qt.Speaker >= 0 || qt.Parent >= 0 || qt.Paragraph != 0 {
			continue
		}
		si := r.sentenceOf(qt.OpenStart)
		if si < 0 || r.doc.Sentences[si].Paragraph != 0 {
			continue
		}
		toks := r.toks[si]
		if len(toks) < 2 || r.inQ[si][0] || !isCap(toks[0]) {
			continue
		}
		w := toks[0].Norm
		if singular(w) == w || !(r.personNoun(singular(w)) || plainPeople[singular(w)]) || r.isOrgWord(w) {
			continue
		}
		if _, named := r.nameAt[toks[0].Start]; named {
			continue
		}
		// The quotation opens after the noun, or after one speech verb
		// and an optional "to" ("Buskers vow to ‘…’").
		k := 1
		if k < len(toks) && !r.inQ[si][k] && speechVerbs[toks[k].Norm] {
			k++
			if k < len(toks) && !r.inQ[si][k] && toks[k].Norm == "to" {
				k++
			}
		}
		if k >= len(toks) || !r.inQ[si][k] || toks[k].Start < qt.Start || toks[k].Start >= qt.End {
			continue
		}
		name := toks[0].Text
		r.Quotations[q].Speaker = r.roleOnlyKeyed("h\x00"+w, name, singular(w), w)
		r.Quotations[q].Rule = "headline"
	}
}
