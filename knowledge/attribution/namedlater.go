package attribution

import (
	"slices"
	"strings"
)

// namedLater hands the quotations of someone the article describes before
// naming to the name, once a sentence says who it was: "“He talks
// beautifully,” she muttered. She is Senga Tulloch, …", "The nurse in
// charge tonight … ‘It only upsets you,’ she says.¶Her name is Bernadette
// Quayle", "She gave her name as Hilary Oakes" (rule "named-later"). The
// pronoun of the naming sentence refers back to the speaker of the latest
// quotation before it, in its paragraph or the one before; that speaker's
// quotations attributed by a pronoun of the same gender, or, when the
// speaker is a role the article never named ("the nurse"), all that role's
// earlier quotations, go to the person named.
func (r *Result) namedLater() {
	roleOnly := map[int]bool{}
	for _, e := range r.roleOnly {
		roleOnly[e] = true
	}
	next := 0 // the first quotation opening at or after the sentence
	for si := range r.toks {
		start := r.doc.Sentences[si].Start
		for next < len(r.Quotations) && r.Quotations[next].OpenStart < start {
			next++
		}
		if x, g := r.passiveNaming(si); x >= 0 && r.namedRoleSpeaker(si, x, g, next) {
			continue
		}
		x, g, role := r.namingSentence(si)
		if x < 0 {
			continue
		}
		para := r.doc.Sentences[si].Paragraph
		last := -1
		for q := next - 1; q >= 0 && r.Quotations[q].Paragraph >= para-1; q-- {
			if r.Quotations[q].Parent < 0 {
				last = q
				break
			}
		}
		if last < 0 {
			continue
		}
		old := r.Quotations[last].Speaker
		// "“…,” he said, …. “…”¶He was Liam Tresize": the pronoun that
		// attributes the run the latest quotation closes.
		pq := r.pronounRunHead(last)
		if role != "" && !r.roleDescribedBefore(pq, role) {
			continue // "That keeper, …" refers to a keeper the text described
		}
		byRole := old >= 0 && roleOnly[old]
		// A gender the text gives the old speaker (a title, a gendered
		// noun) keeps the pronoun theirs; one guessed from this very
		// pronoun proves nothing.
		if old == x || old >= 0 && !byRole && r.Entities[old].evidence[g] > 0 {
			continue
		}
		if old < 0 && r.describedSpeaker(last, si) {
			r.Quotations[last].Speaker, r.Quotations[last].Rule = x, "named-later"
			// "The judge, a retired teacher, … said …. She gave her name
			// as Hilary Oakes": the role phrase was hers.
			if qs := si - 1; qs >= 0 {
				if k := r.openingRole(qs); k >= 0 {
					r.takeRole(x, r.toks[qs][k].Norm)
				}
			}
			continue
		}
		if !byRole && r.pronounAttribution(pq) != g {
			continue
		}
		moved := map[int]bool{}
		// Bounded around the naming sentence, so that attribution stays
		// linear.
		lo := next
		for lo > 0 && r.Quotations[lo-1].Paragraph >= para-namedLaterBack {
			lo--
		}
		for q := lo; q < len(r.Quotations) && r.Quotations[q].Paragraph <= para; q++ {
			qt := r.Quotations[q]
			if qt.Parent >= 0 || qt.Speaker != old || old < 0 && qt.Paragraph < para-1 {
				continue
			}
			before := qt.OpenStart < start
			switch {
			case byRole && before:
			case qt.Paragraph >= para-1 && qt.Paragraph <= para && r.pronounAttribution(q) == g:
			case (qt.Rule == "continuation" || old < 0) && moved[q-1] && qt.Paragraph == r.Quotations[q-1].Paragraph:
			default:
				continue
			}
			if !before && qt.Paragraph != para {
				continue
			}
			r.Quotations[q].Speaker, r.Quotations[q].Rule = x, "named-later"
			moved[q] = true
		}
		if byRole && len(moved) > 0 {
			// "The nurse in charge … Her name is Bernadette Quayle": the
			// role the article knew her by is the named person's, so a
			// claim's "the nurse in charge" names her.
			for _, ro := range r.Entities[old].Roles {
				r.takeRole(x, ro)
			}
			for _, d := range r.Entities[old].Descriptors {
				if !slices.ContainsFunc(r.Entities[x].Descriptors, func(o Descriptor) bool { return o.Head == d.Head }) {
					r.Entities[x].Descriptors = append(r.Entities[x].Descriptors, d)
				}
			}
		}
	}
}

// passiveNamingVerbs are the participles of a passive naming: "He was later
// named as …", "She has been identified as …".
var passiveNamingVerbs = wordSet(`named identified`)

// namingAdverbs may stand between the auxiliary and the participle of a
// passive naming ("was later named", "has since been identified").
var namingAdverbs = wordSet(`later subsequently since then formally officially afterwards been`)

// passiveNaming returns the person sentence si names, by a passive naming
// of a pronoun ("He was later named as Jeremy Fairlie, …", "She has since
// been identified as Ann Roe"), with the pronoun's gender; -1 otherwise.
// Unlike "He was X", the passive says that the person had gone unnamed.
func (r *Result) passiveNaming(si int) (int, string) {
	toks := r.toks[si]
	if len(toks) < 5 || r.inQ[si][0] {
		return -1, ""
	}
	g := personalPronouns[toks[0].Norm]
	if g == "" || possessivePronouns[toks[0].Norm] {
		return -1, ""
	}
	k := 1
	switch toks[k].Norm {
	case "was", "is", "has", "had":
		k++
	default:
		return -1, ""
	}
	for k < len(toks) && k <= 4 && namingAdverbs[toks[k].Norm] {
		k++
	}
	if k+2 >= len(toks) || !passiveNamingVerbs[toks[k].Norm] || toks[k+1].Norm != "as" || r.inQ[si][k+2] {
		return -1, ""
	}
	mi, ok := r.titleAt[toks[k+2].Start]
	if !ok {
		return -1, ""
	}
	e := r.Mentions[mi].Entity
	if e < 0 || r.Entities[e].Kind != Person && !r.potential(e) || r.Entities[e].Gender != "" && r.Entities[e].Gender != g {
		return -1, ""
	}
	return e, g
}

// namedRoleSpeaker hands to person x, named by passive naming sentence si
// (see passiveNaming), the quotations of the sentence before it when that
// sentence opens with a definite role phrase of gender g that says them
// ("The chief judge, who by tradition is not named until …, said her cry
// had been ‘…’. He was later named as Jeremy Fairlie"), and names no
// person outside its quotations (rule "named-later"). The role becomes
// x's. next is the first quotation opening at or after sentence si. It
// reports whether it moved any.
func (r *Result) namedRoleSpeaker(si, x int, g string, next int) bool {
	qs := si - 1
	if qs < 0 || r.doc.Sentences[qs].Paragraph != r.doc.Sentences[si].Paragraph {
		return false
	}
	h := r.openingRole(qs)
	if h < 0 {
		h = r.openingRoleHead(qs)
	}
	if h < 0 {
		return false
	}
	if rg := r.lex.PersonGender(r.toks[qs][h].Norm); rg != "" && rg != g {
		return false
	}
	for k, t := range r.toks[qs] {
		if mi, ok := r.nameAt[t.Start]; ok && !r.inQ[qs][k] {
			if e := r.Mentions[mi].Entity; e >= 0 && (r.Entities[e].Kind == Person || r.potential(e)) && !r.Entities[e].RoleOnly {
				return false
			}
		}
	}
	// A verb of saying after the role phrase, before the quotation.
	verb := -1
	for k := h + 1; k < len(r.toks[qs]) && !r.inQ[qs][k]; k++ {
		if speechVerbs[r.toks[qs][k].Norm] {
			verb = r.toks[qs][k].End
			break
		}
	}
	if verb < 0 {
		return false
	}
	moved := false
	for q := next - 1; q >= 0 && r.Quotations[q].OpenStart >= r.doc.Sentences[qs].Start; q-- {
		if qt := r.Quotations[q]; qt.Parent < 0 && qt.OpenStart > verb {
			r.Quotations[q].Speaker, r.Quotations[q].Rule = x, "named-later"
			moved = true
		}
	}
	if moved {
		r.takeRole(x, r.toks[qs][h].Norm)
	}
	return moved
}

// takeRole gives person x the role noun w (folded) and a descriptor of it,
// when it has neither.
func (r *Result) takeRole(x int, w string) {
	en := &r.Entities[x]
	if w == "" || slices.Contains(en.Roles, w) {
		return
	}
	en.Roles = append(en.Roles, w)
	if !slices.ContainsFunc(en.Descriptors, func(d Descriptor) bool { return d.Head == w }) {
		en.Descriptors = append(en.Descriptors, Descriptor{Head: w})
	}
}

// namedLaterBack bounds the paragraphs before a naming sentence whose
// quotations of a described role it may hand to the name.
const namedLaterBack = 6

// pronounRunHead returns the quotation whose attribution covers q: q
// itself, or the earlier quotation of its paragraph, with the same
// speaker (or none), that a pronoun attributes and that q continues
// ("“Never again,” he said. “It's like running inside a carpet.”").
func (r *Result) pronounRunHead(q int) int {
	for p := q; p >= 0 && q-p <= 3; p-- {
		qt := r.Quotations[p]
		if qt.Parent >= 0 {
			continue
		}
		if qt.Paragraph != r.Quotations[q].Paragraph || qt.Speaker != r.Quotations[q].Speaker {
			break
		}
		if r.pronounAttribution(p) != "" {
			return p
		}
	}
	return q
}

// roleDescribedBefore reports whether the paragraph of quotation q, before
// it and outside quotation marks, describes someone by the role noun w
// ("The keeper who first spotted them …"), which a later "That keeper,
// NAME," names.
func (r *Result) roleDescribedBefore(q int, w string) bool {
	qt := r.Quotations[q]
	for si := r.sentenceOf(qt.OpenStart); si >= 0 && r.doc.Sentences[si].Paragraph == qt.Paragraph; si-- {
		for k, t := range r.toks[si] {
			if t.Start >= qt.OpenStart {
				break
			}
			if !r.inQ[si][k] && (t.Norm == w || singular(t.Norm) == w) {
				return true
			}
		}
	}
	return false
}

// namingSentence returns the person sentence si names as whom a pronoun
// refers to, with the pronoun's gender: "She is Senga Tulloch, …", "He
// was Duncan Fairweather", "Her name is Bernadette Quayle", "She gave her
// name as Hilary Oakes"; -1 otherwise. A sentence that opens with a
// demonstrative role phrase and a name in apposition ("That keeper, Sarah
// Hale, has been …") names the one the role described; role is then that
// noun and the gender the person's own.
func (r *Result) namingSentence(si int) (x int, g, role string) {
	toks := r.toks[si]
	if len(toks) < 3 || r.inQ[si][0] {
		return -1, "", ""
	}
	at := -1
	if (toks[0].Norm == "that" || toks[0].Norm == "this") && r.lex.IsPersonNoun(toks[1].Norm) && r.gapAt(toks, 2) == ", " {
		at, role = 2, toks[1].Norm
	}
	if pg := personalPronouns[toks[0].Norm]; pg != "" && !possessivePronouns[toks[0].Norm] && (toks[1].Norm == "is" || toks[1].Norm == "was") {
		at, g = 2, pg
	}
	for k := 0; at < 0 && k+3 < len(toks) && k < 6; k++ {
		if possessivePronouns[toks[k].Norm] && personalPronouns[toks[k].Norm] != "" && toks[k+1].Norm == "name" &&
			(toks[k+2].Norm == "is" || toks[k+2].Norm == "was" || toks[k+2].Norm == "as") {
			at, g = k+3, personalPronouns[toks[k].Norm]
		}
	}
	if at < 0 || r.inQ[si][at] {
		return -1, "", ""
	}
	mi, ok := r.titleAt[toks[at].Start]
	if !ok {
		return -1, "", ""
	}
	e := r.Mentions[mi].Entity
	if e >= 0 && role != "" {
		g = r.Entities[e].Gender
		if g == "" {
			return -1, "", ""
		}
	}
	if e < 0 || r.Entities[e].Kind != Person && !r.potential(e) || r.Entities[e].Gender != "" && r.Entities[e].Gender != g {
		return -1, "", ""
	}
	return e, g, role
}

// pronounAttribution returns the gender of a personal pronoun that
// attributes quotation q right beside it ("…,” she says", "she said:
// “…”"), or "".
func (r *Result) pronounAttribution(q int) string {
	if tr := r.after(q); tr.j-tr.i >= 2 {
		toks := r.toks[tr.si]
		if g := personalPronouns[toks[tr.i].Norm]; g != "" && !possessivePronouns[toks[tr.i].Norm] && speechVerbs[toks[tr.i+1].Norm] {
			return g
		}
	}
	if tr := r.before(q); tr.j-tr.i >= 2 {
		toks := r.toks[tr.si]
		if g := personalPronouns[toks[tr.j-2].Norm]; g != "" && !possessivePronouns[toks[tr.j-2].Norm] && speechVerbs[toks[tr.j-1].Norm] {
			return g
		}
	}
	return ""
}

// describedSpeaker reports whether quotation q, which no one was found
// to speak, stands in the sentence right before naming sentence si, with
// a verb of saying before it and no person named: "The cause was a tall
// man in a suit, who … announced that his company had ‘turned a corner’.
// He was Duncan Fairweather".
func (r *Result) describedSpeaker(q, si int) bool {
	qs := r.sentenceOf(r.Quotations[q].OpenStart)
	if qs < 0 || qs != si-1 {
		return false
	}
	for _, e := range r.outsideAny[qs] {
		if r.Entities[e].Kind == Person || r.potential(e) {
			return false
		}
	}
	for k, t := range r.toks[qs] {
		if t.Start >= r.Quotations[q].OpenStart {
			break
		}
		if !r.inQ[qs][k] && speechVerbs[t.Norm] {
			return true
		}
	}
	return false
}

// namedByAppositive hands the quotations of someone first described by an
// indefinite phrase ("A 22-year-old hairdresser in Lowfold wrote: ‘…’")
// to the name a later definite appositive of the same role gives ("The
// hairdresser, Shannon Pike, agreed to be named"): the definite phrase
// refers back to the one person the article brought in by that role
// (rule "named-later"). Two described people of the role, or two named
// holders of it, leave the quotations where they are.
func (r *Result) namedByAppositive() {
	for si := range r.toks {
		toks := r.toks[si]
		for k := 0; k+3 < len(toks); k++ {
			if toks[k].Norm != "the" || r.inQ[si][k] || r.gapAt(toks, k+2) != ", " {
				continue
			}
			w := toks[k+1].Norm
			if !r.lex.IsPersonNoun(w) {
				continue
			}
			mi, ok := r.titleAt[toks[k+2].Start]
			if !ok {
				continue
			}
			x := r.Mentions[mi].Entity
			if x < 0 || r.Entities[x].Kind != Person || r.Entities[x].RoleOnly {
				continue
			}
			d := r.describedByRole(w, x)
			if d < 0 {
				continue
			}
			for q := range r.Quotations {
				if r.Quotations[q].Speaker == d && r.Quotations[q].OpenStart < toks[k].Start {
					r.Quotations[q].Speaker, r.Quotations[q].Rule = x, "named-later"
				}
			}
		}
	}
}

// describedByRole returns the one role-only person an indefinite phrase
// of role w brought in ("A 22-year-old hairdresser …"), when no named
// person but x holds w; -1 otherwise.
func (r *Result) describedByRole(w string, x int) int {
	found := -1
	for i := range r.Entities {
		en := &r.Entities[i]
		if i == x || !slices.Contains(en.Roles, w) {
			continue
		}
		if !en.RoleOnly {
			return -1 // another named holder of the role
		}
		f := strings.Fields(strings.ToLower(en.Name))
		if len(f) < 2 || f[0] != "a" && f[0] != "an" && f[0] != "one" {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// giveNamedLater gives every quotation speaker "from" (a person known
// only by a role or a description) was given to "to", the person the
// article names for them, by rule "named-later"; it reports whether any
// quotation moved.
func (r *Result) giveNamedLater(from, to int) bool {
	moved := false
	for q := range r.Quotations {
		if r.Quotations[q].Speaker == from {
			r.Quotations[q].Speaker, r.Quotations[q].Rule = to, "named-later"
			moved = true
		}
	}
	return moved
}
