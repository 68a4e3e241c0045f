package attribution

import (
	"github.com/quotebot/quotebot/knowledge/nlp"
	"slices"
	"strconv"
	"strings"
)

// roleNamedNext gives a role the article states without a name to the
// person the next sentence introduces as a speaker, the way news names a
// source one sentence after describing them: "Castlemere Citylink’s
// managing director said the company was ‘disappointed’ … ‘…,’ said Martin
// Osei", "Its transport committee chair urged both sides back to talks.
// ‘…,’ said Cllr Denise Hammond", "… advice by a winners' adviser from the
// Grand Draw. Andy Kerr said …". The role sentence names no person and
// holds one role phrase (the sentence's subject, or an indefinite "a …");
// the next sentence, in the same paragraph, is the first mention of one
// person only, who speaks in it. The person takes the role (a claim's
// "the managing director said" is theirs), and the role sentence's
// quotations no one was found for, or only the role, are theirs (rule
// "named-later"). No other named person may hold the role already.
func (r *Result) roleNamedNext() {
	for si := 0; si+1 < len(r.toks); si++ {
		if r.doc.Sentences[si].Paragraph != r.doc.Sentences[si+1].Paragraph {
			continue
		}
		d, ok := r.unnamedRolePhrase(si)
		if !ok {
			continue
		}
		x := r.introducedSpeaker(si + 1)
		if x < 0 {
			continue
		}
		taken := false
		for e := range r.Entities {
			en := &r.Entities[e]
			if e != x && en.Kind == Person && !en.RoleOnly && len(en.Mentions) > 0 && slices.Contains(en.Roles, d.Head) {
				taken = true // "the director" is already someone's
			}
		}
		if taken || r.describedAtIntro(si+1, x, d.Head) {
			continue
		}
		en := &r.Entities[x]
		en.Roles = appendUnique(en.Roles, d.Head)
		if len(d.Modifiers) > 0 {
			en.Roles = appendUnique(en.Roles, strings.Join(append(slices.Clone(d.Modifiers), d.Head), " "))
		}
		en.Descriptors = addDescriptor(en.Descriptors, d)
		s := r.doc.Sentences[si]
		for q := range r.Quotations {
			qt := &r.Quotations[q]
			if qt.Parent >= 0 || qt.OpenStart < s.Start || qt.OpenStart >= s.End {
				continue
			}
			if qt.Speaker < 0 || r.Entities[qt.Speaker].RoleOnly && slices.Contains(r.Entities[qt.Speaker].Roles, d.Head) {
				qt.Speaker, qt.Rule = x, "named-later"
			}
		}
	}
}

// unnamedRolePhrase returns the one role phrase of sentence si, outside
// quotations, when the sentence names no person (or name that may be
// one): its subject ("Its transport committee chair urged …", "Her
// coach, a former champion, watched",
// "Castlemere Citylink’s managing director said …") or an indefinite
// phrase ("advice by a winners' adviser"). Plural, kin and plain-people
// nouns ("the couple", "a woman") are no role.
func (r *Result) unnamedRolePhrase(si int) (Descriptor, bool) {
	toks := r.toks[si]
	for _, m := range r.Mentions {
		k := r.Entities[m.Entity].Kind
		if m.Sentence != si || m.InQuote || k != Person && k != Unknown {
			continue
		}
		if t := tokenAt(toks, m.TitleStart); k == Unknown && t > 0 && prepositions[toks[t-1].Norm] {
			continue // "a deputy head in Kelby": a place's name
		}
		return Descriptor{}, false
	}
	var found []Descriptor
	try := func(j int) {
		d := r.descriptionAfter(si, j)
		if j >= 0 && r.isPossessiveToken(toks, j) {
			d.Of = possessor(toks[j])
		}
		if d.Head == "" || plainPeople[d.Head] || kinNouns[d.Head] || singular(d.Head) != d.Head {
			return
		}
		if !slices.ContainsFunc(found, func(o Descriptor) bool { return o.Head == d.Head }) {
			found = append(found, d)
		}
	}
	for k := range toks {
		if r.inQ[si][k] {
			continue
		}
		w := toks[k].Norm
		// A subject role makes the sentence its: "Her coach, a former
		// county champion," is its apposition, "as a deputy head" a clause's.
		subject := len(found) > 0
		switch {
		case k == 0 && (w == "the" || w == "its" || w == "their" || w == "his" || w == "her"):
			try(0)
		case k < 3 && r.isPossessiveToken(toks, k) && !slices.ContainsFunc(toks[:k], func(t nlp.Token) bool { return !isCap(t) }):
			try(k) // "Castlemere Citylink’s managing director"
		case (w == "a" || w == "an") && !subject:
			try(k)
		}
	}
	if len(found) != 1 {
		return Descriptor{}, false
	}
	return found[0], true
}

// introducedSpeaker returns the one person first mentioned in sentence si
// (outside quotations, by a name of two words or more) when a quotation
// opening in the sentence is theirs; -1 otherwise.
func (r *Result) introducedSpeaker(si int) int {
	x := -1
	for mi := range r.Mentions {
		m := r.Mentions[mi]
		if m.Sentence != si || m.InQuote {
			continue
		}
		en := &r.Entities[m.Entity]
		if en.Mentions[0] != mi {
			continue
		}
		if en.Kind != Person || len(en.parts) < 2 || x >= 0 && x != m.Entity {
			return -1
		}
		x = m.Entity
	}
	if x < 0 {
		return -1
	}
	s := r.doc.Sentences[si]
	for _, qt := range r.Quotations {
		if qt.Speaker == x && qt.OpenStart >= s.Start && qt.OpenStart < s.End {
			return x
		}
	}
	return -1
}

// describedAtIntro reports whether person x's first mention, in sentence
// si, is followed by an apposition of their own ("Nadia Osei, a parent,
// said"): a person described there as someone else is not the one a
// role sentence before described.
func (r *Result) describedAtIntro(si, x int, head string) bool {
	toks := r.toks[si]
	for _, m := range r.Mentions {
		if m.Sentence != si || m.Entity != x || m.InQuote {
			continue
		}
		k := r.nameEnd(toks, m.End)
		if k < len(toks) && strings.HasPrefix(r.doc.Text[m.End:], ",") {
			switch toks[k].Norm {
			case "a", "an", "the":
				o := r.descriptionAfter(si, k)
				return o.Head != "" && o.Head != head
			}
		}
		return false
	}
	return false
}

// describedNamedNext gives the words of a person a feature's lede
// describes without naming to the name the next paragraph opens with:
// "A retired bus driver who has worked plot 14 since 1991 read it twice.
// ‘…,’ he said.¶Stan Ellwood, 77, shares the plot …". The described
// person ("a retired bus driver", an indefinite phrase) speaks every
// quotation of their paragraph, which names no person; the next
// paragraph's first sentence opens with the first mention of a person's
// full name, set off by an age or by an apposition of the same role, and
// no gender the article gives either contradicts the other. The
// quotations are the named person's (rule "named-later"). A name with an
// apposition of another role ("Nadia Osei, a parent, said") is someone
// else, and so is a name after another person or in another place.
func (r *Result) describedNamedNext() {
	for e := range r.Entities {
		en := &r.Entities[e]
		if !en.RoleOnly || en.Kind != Person {
			continue
		}
		low := strings.ToLower(en.Name)
		if !strings.HasPrefix(low, "a ") && !strings.HasPrefix(low, "an ") {
			continue
		}
		para, ok := r.soleSpeakerParagraph(e)
		if !ok {
			continue
		}
		x := r.namedParagraphOpening(para+1, en.Roles)
		if x < 0 {
			continue
		}
		xn := &r.Entities[x]
		if en.Gender != "" && xn.Gender != "" && en.Gender != xn.Gender {
			continue
		}
		r.giveNamedLater(e, x)
		for _, w := range en.Roles {
			xn.Roles = appendUnique(xn.Roles, w)
		}
	}
}

// soleSpeakerParagraph returns the paragraph of person e's quotations
// when they all open in one paragraph, e speaks every quotation opening
// there, and the paragraph names no person outside its quotations.
func (r *Result) soleSpeakerParagraph(e int) (int, bool) {
	para := -1
	for _, qt := range r.Quotations {
		if qt.Speaker != e {
			continue
		}
		if para >= 0 && qt.Paragraph != para {
			return -1, false
		}
		para = qt.Paragraph
	}
	if para < 0 {
		return -1, false
	}
	for _, qt := range r.Quotations {
		if qt.Paragraph == para && qt.Parent < 0 && qt.Speaker != e {
			return -1, false
		}
	}
	for _, m := range r.Mentions {
		if !m.InQuote && r.doc.Sentences[m.Sentence].Paragraph == para && r.Entities[m.Entity].Kind == Person {
			return -1, false
		}
	}
	return para, true
}

// namedParagraphOpening returns the person whose full name opens the
// first sentence of paragraph para as their first mention, followed by
// an age ("Stan Ellwood, 77, shares …") or an apposition whose role is
// one of roles ("Stan Ellwood, a retired bus driver, …"), and possibly
// both; -1 otherwise, or when an apposition gives another role.
func (r *Result) namedParagraphOpening(para int, roles []string) int {
	si := slices.IndexFunc(r.doc.Sentences, func(s Sentence) bool { return s.Paragraph == para })
	if si < 0 {
		return -1
	}
	toks := r.toks[si]
	for mi, m := range r.Mentions {
		if m.Sentence != si || m.InQuote || tokenAt(toks, m.TitleStart) != 0 {
			continue
		}
		en := &r.Entities[m.Entity]
		if en.Kind != Person || en.RoleOnly || len(en.parts) < 2 || en.Mentions[0] != mi || r.possessive(mi) {
			return -1
		}
		k := r.nameEnd(toks, m.End)
		aged := false
		for ; k < len(toks) && strings.HasPrefix(r.doc.Text[toks[k-1].End:], ",") && !r.inQ[si][k]; k++ {
			w := toks[k].Norm
			if isAge(w) {
				aged = true // "Stan Ellwood, 77,"
				continue
			}
			if w == "a" || w == "an" || w == "the" {
				d := r.descriptionAfter(si, k)
				if d.Head == "" || !slices.Contains(roles, d.Head) {
					return -1 // "Nadia Osei, a parent,": someone else
				}
				return m.Entity
			}
			break
		}
		if aged {
			return m.Entity
		}
		return -1
	}
	return -1
}

// isAge reports a word that is a person's age in years ("77").
func isAge(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n > 0 && n < 120
}
