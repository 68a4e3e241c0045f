package attribution

import "slices"

// bodiesByReference makes an organisation of each name the article then
// refers to as a company: a sentence whose subject is the bare name ("Skyway
// Connect said the passengers …") followed in its paragraph by one opening
// "The airline said" / "The company says". A person is not "the airline",
// so a name with a title or a given name before it is left alone; and a
// body never takes a person's role ("The jet's commander …").
func (r *Result) bodiesByReference() {
	r.tradeNamedBodies()
	for _, m := range r.Mentions {
		en := &r.Entities[m.Entity]
		if m.InQuote || en.Kind == Organisation || en.Kind == Place || en.evidence["titled"] > 0 || m.TitleStart != m.Start {
			continue
		}
		if len(en.parts) < 2 || r.lex.GivenNameGender(en.parts[0]) != "" {
			continue
		}
		si := m.Sentence
		toks := r.toks[si]
		k := tokenAt(toks, m.Start)
		if k != 0 || si+1 >= len(r.toks) || r.doc.Sentences[si+1].Paragraph != r.doc.Sentences[si].Paragraph {
			continue
		}
		// The name is the sentence's subject: a speech verb follows it.
		j := k
		for j < len(toks) && toks[j].Start < m.End {
			j++
		}
		if j >= len(toks) || !speechVerbs[toks[j].Norm] {
			continue
		}
		next := r.toks[si+1]
		if len(next) < 3 || next[0].Norm != "the" || !companyNouns[next[1].Norm] || !speechVerbs[next[2].Norm] || r.inQ[si+1][1] {
			continue
		}
		en.Kind = Organisation
		en.Gender = ""
		en.Roles = nil
		en.Descriptors = nil
	}
}

// tradeNames are the kinds of business whose trade a name may end in:
// "Severn Vale Water" (a water company), "Northfield Power", "Coastline
// Gas".
var tradeNames = []string{"company", "utility"}

// tradeNamedBodies makes an organisation of each name of two words or more
// that ends in a trade (the lexicon knows "water company", "power
// company"), opens with no given name (unless a common word follows it)
// and has no title: "Severn Vale Water
// said …" is the company, and no "she" is it.
func (r *Result) tradeNamedBodies() {
	bk, ok := r.raw.(BodyKinds)
	if !ok {
		return
	}
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind == Organisation || en.Kind == Place || len(en.parts) < 2 || en.evidence["titled"] > 0 || r.lex.IsPersonNoun(en.last) {
			continue
		}
		// "Samantha Power" is a person; "Tyne Valley Water", whose first
		// word is a given name too, is a place's company: a common word
		// follows it.
		if r.lex.GivenNameGender(en.parts[0]) != "" && (len(en.parts) < 3 || r.lex.GivenNameGender(en.parts[1]) != "" || !r.lex.IsCommonWord(en.parts[1])) {
			continue
		}
		if !slices.ContainsFunc(tradeNames, func(n string) bool { return bk.BodyKind(n, en.last) }) {
			continue
		}
		en.Kind, en.Gender, en.Roles, en.Descriptors = Organisation, "", nil, nil
		en.evidence[string(Organisation)]++
	}
}
