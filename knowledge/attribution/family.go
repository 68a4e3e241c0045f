package attribution

import (
	"slices"
	"strings"
)

// familyPlurals are the plural kin nouns after which a family's surname
// names its members ("the Pettifer brothers, Ken and Roy"), with the
// gender they give.
var familyPlurals = map[string]string{
	"brothers": "male", "sons": "male", "sisters": "female", "daughters": "female",
	"twins": "", "cousins": "", "siblings": "",
}

// familyNames gives the surname of a plural family phrase to the given
// names it introduces: "the Pettifer brothers, Ken and Roy" names Ken
// Pettifer and Roy Pettifer, people (men), so that a claim about "Ken
// Pettifer" is about Ken, and the surname is known as a family's. Only
// names of one word that no other mention lengthens are completed.
func (r *Result) familyNames() {
	text := r.doc.Text
	for si, toks := range r.toks {
		for k := 1; k+3 < len(toks); k++ {
			g, ok := familyPlurals[toks[k+1].Norm]
			if !ok || !isCap(toks[k]) || toks[k-1].Norm != "the" || r.inQ[si][k] || text[toks[k].End:toks[k+1].Start] != " " {
				continue
			}
			if mi, named := r.nameAt[toks[k].Start]; named && r.Mentions[mi].End != toks[k].End {
				continue // "the Grand Slam sisters": a longer name
			}
			surname := toks[k].Text
			// ", Ken and Roy" / ", Ken, Roy and Alan"
			var given []int
			m := k + 2
			for m < len(toks) && !r.inQ[si][m] {
				gap := strings.TrimSpace(text[toks[m-1].End:toks[m].Start])
				if m == k+2 && gap != "," || m > k+2 && gap != "" && gap != "," {
					break
				}
				if toks[m].Norm == "and" && len(given) > 0 {
					m++
					continue
				}
				mi, ok := r.nameAt[toks[m].Start]
				if !ok || r.Mentions[mi].End != toks[m].End || len(r.Entities[r.Mentions[mi].Entity].parts) != 1 {
					break
				}
				given = append(given, r.Mentions[mi].Entity)
				m++
			}
			if len(given) < 2 {
				continue
			}
			for _, e := range given {
				en := &r.Entities[e]
				if en.Kind == Organisation || en.Kind == Place {
					continue
				}
				en.Kind = Person
				en.Name = en.Name + " " + surname
				en.parts = append(en.parts, foldName(surname))
				en.last = foldName(surname)
				en.Variants = appendUnique(en.Variants, foldName(en.Name))
				if en.Gender == "" && g != "" {
					en.Gender = g
				}
				r.indexParts(e)
			}
		}
	}
}

// kinAddresses are the words a child calls a parent or grandparent by, as
// a name ("Daddy taught me", "Mam says"), with the relation they stand for.
var kinAddresses = map[string]string{
	"dad": "father", "daddy": "father", "da": "father", "pa": "father", "papa": "father", "pop": "father",
	"mam": "mother", "mum": "mother", "mom": "mother", "mammy": "mother", "mummy": "mother", "mommy": "mother", "ma": "mother",
	"grandad": "grandfather", "granddad": "grandfather", "grandpa": "grandfather",
	"granny": "grandmother", "gran": "grandmother", "grandma": "grandmother", "nan": "grandmother", "nana": "grandmother",
}

// kinGenders are the genders of the relations kinAddresses stand for.
var kinGenders = map[string]string{"father": "male", "mother": "female", "grandfather": "male", "grandmother": "female"}

// myKinAt returns the person the narration's "my father" at token k of
// sentence si (the relation noun) stands for, as kinAddressNames found
// them introduced; -1 otherwise.
func (r *Result) myKinAt(si, k int) int {
	toks := r.toks[si]
	if k == 0 || toks[k-1].Norm != "my" || r.inQ[si][k] {
		return -1
	}
	if e, ok := r.myKin[toks[k].Norm]; ok {
		return e
	}
	return -1
}

// kinAddressNames makes a word like "Daddy" or "Mam", used as a name in a
// first-person narration, the relative the narrator introduces by name
// ("My father, Tadhg Quilligan, took the job …" and then "“…,” Daddy used
// to say"): its mentions join that person. Only when the narration, outside
// quotations, introduces exactly one person as "my <relation>, <Name>".
func (r *Result) kinAddressNames() {
	mine := map[string]int{}
	text := r.doc.Text
	for si, toks := range r.toks {
		for k := 0; k+2 < len(toks); k++ {
			rel := toks[k+1].Norm
			if toks[k].Norm != "my" || r.inQ[si][k] || kinGenders[rel] == "" || strings.TrimSpace(text[toks[k+1].End:toks[k+2].Start]) != "," {
				continue
			}
			mi, ok := r.nameAt[toks[k+2].Start]
			if !ok {
				continue
			}
			e := r.Mentions[mi].Entity
			if en := &r.Entities[e]; en.Kind == Organisation || en.Kind == Place || len(en.parts) < 2 {
				continue
			}
			if old, seen := mine[rel]; seen && old != e {
				mine[rel] = -1 // two fathers: the narration's and another's
				continue
			}
			mine[rel] = e
		}
	}
	r.myKin = mine
	for x := range r.Entities {
		ex := &r.Entities[x]
		rel := kinAddresses[foldName(ex.Name)]
		y, ok := mine[rel]
		if rel == "" || !ok || y < 0 || y == x || len(ex.Mentions) == 0 || ex.Kind == Organisation || ex.Kind == Place {
			continue
		}
		ey := &r.Entities[y]
		if g := kinGenders[rel]; ey.Gender != "" && ey.Gender != g {
			continue
		}
		for _, mi := range ex.Mentions {
			r.Mentions[mi].Entity = y
		}
		ey.Mentions = append(ey.Mentions, ex.Mentions...)
		slices.Sort(ey.Mentions)
		ey.Variants = append(ey.Variants, ex.Variants...)
		// The gender stays the article's to show: a parent's known gender
		// would outbid a named man of unknown gender for a later "he".
		ey.Kind = Person
		ex.Mentions, ex.Variants = nil, nil
	}
}

// sharedSurnameKin are the relations news introduces by a given name
// alone because the surname is the relative's ("Dave Pickering and his
// wife Linda", "Ana Ruiz and her son Tomás", "His widow, Joan, 85,").
var sharedSurnameKin = wordSet(`wife husband widow widower son daughter brother sister mother father`)

// sharedSurnameAcross are the relations of sharedSurnameKin whose
// surname a paragraph's opening possessive takes across the break.
var sharedSurnameAcross = wordSet(`wife husband widow widower son daughter`)

// kinSurname returns the surname candidate c takes from the relative its
// sentence names just before it: a one-word given name after "his wife",
// "her husband", "his son", "his widow" (a comma may follow the kin noun)
// is the wife, husband or son of the last person named in full before it
// in the sentence, outside quotations, whose gender fits the possessive
// ("Dave Pickering, 58, and his wife Linda, 56" → Pickering); a sentence
// that opens with the possessive takes the last person the sentence
// before (for a spouse or child, also across a paragraph) names in full ("… William Treloar, a
// trawlerman who died in 2022. His widow, Joan, 85, gave …" → Treloar).
// It returns "" when the text does not say so, and the relative.
func (r *Result) kinSurname(c candidate) (string, int) {
	if c.inQuote || c.j != c.i+1 || c.kind == Organisation || c.kind == Place || c.i < 2 {
		return "", -1
	}
	toks := r.toks[c.si]
	// A name no list knows fits too ("his sister, Bethan,"), if no
	// ordinary word.
	if r.lex.GivenNameGender(toks[c.i].Norm) == "" && r.lex.IsCommonWord(toks[c.i].Norm) {
		return "", -1
	}
	k := c.i - 1
	if g := r.gapAt(toks, c.i); g != " " && g != ", " || !sharedSurnameKin[toks[k].Norm] || r.gapAt(toks, k) != " " {
		return "", -1
	}
	pron := toks[k-1].Norm
	if pron != "his" && pron != "her" {
		return "", -1
	}
	// The sentence before may hold the possessive's antecedent only when
	// the possessive opens this one; across a paragraph break only for a
	// spouse or a child, who news introduces so after the person ("…
	// said Grace Okafor.\n\nHer husband, Samuel, …"): a woman's brother
	// need not share the name she married under.
	from := c.si
	if k-1 == 0 && c.si > 0 && (r.doc.Sentences[c.si-1].Paragraph == r.doc.Sentences[c.si].Paragraph || sharedSurnameAcross[toks[k].Norm]) {
		from = c.si - 1
		// A sentence wholly inside a quotation names no antecedent:
		// "… said Grace Okafor. ‘I opened the curtains.’ Her husband,
		// Samuel, …" reads past it.
		for from > 0 && r.allQuoted(from) && r.doc.Sentences[from-1].Paragraph == r.doc.Sentences[from].Paragraph {
			from--
		}
	}
	for mi := len(r.Mentions) - 1; mi >= 0; mi-- {
		m := r.Mentions[mi]
		if m.Sentence < from {
			break
		}
		if m.InQuote || m.Start >= toks[k-1].Start {
			continue
		}
		en := &r.Entities[m.Entity]
		if en.Kind == Organisation || en.Kind == Place || !personLike(en.evidence) || len(en.parts) < 2 {
			return "", -1 // the nearest name is no person's full name
		}
		// A given name no list knows may be either gender's.
		g := r.lex.GivenNameGender(en.first)
		if pron == "his" && g == "female" || pron == "her" && g == "male" {
			return "", -1
		}
		ws := strings.Fields(en.Name)
		return ws[len(ws)-1], m.Entity
	}
	return "", -1
}

// pairedCouples returns the man and woman the article introduces under
// one surname as "<his given name> and <hers> <surname>" ("its tenants,
// Dave and Linda Hollis,"): the usual way news names a married couple,
// husband first. Pairs of two men or two women, or of two given names
// of unknown gender, are left out; so are people the article calls
// each other's brother or sister. at holds where each pair ends.
func (r *Result) pairedCouples() (out [][2]int, at []int) {
	for mi := 0; mi+1 < len(r.Mentions); mi++ {
		a, b := r.Mentions[mi], r.Mentions[mi+1]
		if a.InQuote || b.InQuote || a.Sentence != b.Sentence || a.Entity == b.Entity || b.Start < a.End || r.doc.Text[a.End:b.Start] != " and " {
			continue
		}
		ea, eb := &r.Entities[a.Entity], &r.Entities[b.Entity]
		if ea.Kind != Person || eb.Kind != Person || len(ea.parts) < 2 || len(eb.parts) < 2 || ea.last != eb.last ||
			foldName(r.doc.Text[a.Start:a.End]) != ea.first || len(strings.Fields(r.doc.Text[b.Start:b.End])) < 2 {
			continue
		}
		// One given name's gender tells the other's ("Gareth and Nia").
		ga, gb := r.lex.GivenNameGender(ea.first), r.lex.GivenNameGender(eb.first)
		if ga == "" {
			ga = otherGender(gb)
		}
		if gb == "" {
			gb = otherGender(ga)
		}
		if ga == "" || ga == gb || r.siblings(ea) || r.siblings(eb) {
			continue
		}
		if ga == "male" {
			out = append(out, [2]int{a.Entity, b.Entity})
		} else {
			out = append(out, [2]int{b.Entity, a.Entity})
		}
		at = append(at, b.End)
	}
	return out, at
}

// lastManBefore returns the person whose mention outside quotations is
// the last before offset off among the men the article names (by the
// entity's gender); -1 when none is.
func (r *Result) lastManBefore(off int) int {
	best, bestAt := -1, -1
	for _, m := range r.Mentions {
		if m.InQuote || m.Start >= off || m.Start < bestAt {
			continue
		}
		if en := &r.Entities[m.Entity]; en.Kind == Person && en.Gender == "male" {
			best, bestAt = m.Entity, m.Start
		}
	}
	return best
}

// siblings reports whether the article describes en as someone's brother
// or sister.
func (r *Result) siblings(en *Entity) bool {
	return slices.ContainsFunc(en.Roles, func(ro string) bool { return ro == "brother" || ro == "sister" || ro == "siblings" })
}

// spousePhrases hands the quotations of a speaker the article calls only
// "her husband" or "his wife" to the one husband or wife it names: with
// one named couple ("Dave Pickering and his wife Linda"), "Her husband
// was less certain. “…,” he said" is Dave Pickering. Two couples, or
// none, leave the phrase as written.
func (r *Result) spousePhrases() {
	paired := -1 // where a couple named as a pair is introduced
	if len(r.couples) == 0 {
		var at []int
		r.couples, at = r.pairedCouples()
		if len(at) == 1 {
			paired = at[0]
		}
	}
	if len(r.couples) != 1 {
		return
	}
	husband, wife := r.couples[0][0], r.couples[0][1]
	for d := range r.Entities {
		ed := &r.Entities[d]
		if !ed.RoleOnly || ed.Kind != Person {
			continue
		}
		x := -1
		switch strings.Join(strings.Fields(foldName(ed.Name)), " ") {
		case "her husband", "the husband":
			x = husband
		case "his wife", "the wife":
			x = wife
		}
		if x < 0 {
			continue
		}
		for q := range r.Quotations {
			// A pair's "his wife" must come after the pair, with the
			// husband the last man named before it: the phrase may be
			// another man's wife.
			if r.Quotations[q].Speaker == d && (paired < 0 || r.Quotations[q].Start > paired && r.lastManBefore(r.Quotations[q].Start) == husband) {
				r.Quotations[q].Speaker = x
			}
		}
	}
}

// kinNamesakes moves a bare or titled surname two people share ("Mr
// Okafor") to the namesake a family phrase just before it refers to:
// in "His father did not dispute it. ‘…,’ Mr Okafor said." the latest
// reference to an Okafor is "his father", the father of the son named
// before, so the surname is his, not the son's whose name was read last.
// The phrase must come later than any name outside quotations, in the
// mention's sentence or the one before it in its paragraph; its owner is
// the person the possessive was resolved to, or a possessor named. It
// reports whether a mention moved.
func (r *Result) kinNamesakes() bool {
	moved := false
	for mi := range r.Mentions {
		if !r.bareSurnameOfFullName(mi) {
			continue
		}
		m := &r.Mentions[mi]
		e := m.Entity
		en := &r.Entities[e]
		g := ""
		if m.TitleStart < m.Start {
			title := strings.ToLower(strings.TrimSuffix(strings.Fields(r.doc.Text[m.TitleStart:m.Start])[0], "."))
			g = r.genderOf(title)
		}
		y := r.kinPhraseBefore(m.Sentence, m.TitleStart)
		if y < 0 || y == e {
			continue
		}
		ey := &r.Entities[y]
		if ey.Kind != Person || len(ey.parts) < 2 || ey.last != en.last || !r.genderFits(y, g) {
			continue
		}
		r.moveMention(mi, y)
		moved = true
	}
	if moved {
		r.relatives = nil // built on this pass's pronouns
	}
	return moved
}

// kinPhraseBefore returns the person an owned family phrase ("his
// father", "Daniel's mother") refers to, when it is the latest reference
// to anyone outside quotations before offset at in sentence si or the
// sentence before it in the paragraph; -1 otherwise.
func (r *Result) kinPhraseBefore(si, at int) int {
	for s := si; s >= 0 && s >= si-1 && r.doc.Sentences[s].Paragraph == r.doc.Sentences[si].Paragraph; s-- {
		toks := r.toks[s]
		for k := len(toks) - 1; k >= 0; k-- {
			t := toks[k]
			if t.Start >= at || r.inQ[s][k] {
				continue
			}
			if _, named := r.nameAt[t.Start]; named {
				return -1 // a name read later than any family phrase
			}
			if _, ok := r.endAt[t.End]; ok {
				return -1
			}
			noun := singular(t.Norm)
			if k == 0 || !kinNouns[noun] || r.gapAt(toks, k) != " " {
				continue
			}
			p := toks[k-1]
			if possessivePronouns[p.Norm] && personalPronouns[p.Norm] != "" {
				if o, ok := r.pronoun[p.Start]; ok {
					return r.kinOf(o, noun)
				}
				return -1
			}
			if mi, ok := r.endAt[p.End]; ok && r.possessive(mi) {
				return r.kinOf(r.Mentions[mi].Entity, noun)
			}
			return -1
		}
	}
	return -1
}

// allQuoted reports whether every token of sentence si lies inside a
// quotation.
func (r *Result) allQuoted(si int) bool {
	return !slices.Contains(r.inQ[si], false)
}

// bareSurnameOfFullName reports whether mention mi, outside quotations, is
// the bare surname of a person the article also names in full: the mention
// a namesake may have to take over.
func (r *Result) bareSurnameOfFullName(mi int) bool {
	m := &r.Mentions[mi]
	en := &r.Entities[m.Entity]
	return !m.InQuote && en.Kind == Person && len(en.parts) >= 2 && foldName(r.doc.Text[m.Start:m.End]) == en.last
}
