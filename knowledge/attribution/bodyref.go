package attribution

// bodiesByReference makes an organisation of each name the article then
// refers to as a company: a sentence whose subject is the bare name ("Skyway
// Connect said the passengers …") followed in its paragraph by one opening
// "The airline said" / "The company says". A person is not "the airline",
// so a name with a title or a given name before it is left alone; and a
// body never takes a person's role ("The jet's commander …").
func (r *Result) bodiesByReference() {
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
