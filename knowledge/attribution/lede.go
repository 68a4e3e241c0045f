package attribution

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// News often describes a person before naming them: "A former town
// treasurer who stole $3.4 million … was sentenced Thursday …", and only
// then "Raymond Castellano, 61, of Cranston, pleaded guilty …". The
// description and the name are one person (the coreference of a
// description with a later name); the role belongs to their descriptors,
// or "the former treasurer" names no one.

// ledeWindow is how many sentences after a description its name may come:
// the lede's person is named in the next sentence or the one after it.
const ledeWindow = 2

// descriptionTail is how many words after a lede description's head may
// still belong to it: "for the family of Ivo Stern".
const descriptionTail = 6

// ledeDescriptions gives each person named as the subject of a sentence
// right after a paragraph's first sentence whose subject is a role
// description naming no one ("A former town treasurer who …", "The
// union's president …") that description as a descriptor. The named
// person must be new there (not mentioned before): a name the article has
// already introduced is someone else's.
func (r *Result) ledeDescriptions() {
	for si := range r.doc.Sentences {
		if !r.paragraphStart(si) {
			continue
		}
		d, speaks, ok := r.subjectDescription(si)
		if !ok {
			continue
		}
		for sj := si + 1; sj < len(r.doc.Sentences) && sj <= si+ledeWindow; sj++ {
			e := r.subjectName(sj)
			if e < 0 && !speaks {
				e = r.quotedSpeakerName(sj)
			}
			if e < 0 {
				continue
			}
			if r.Entities[e].Kind == Person && r.firstMentionIn(e, sj) && (!speaks || r.agedSubject(sj)) {
				en := &r.Entities[e]
				en.Descriptors = addDescriptor(en.Descriptors, d)
				r.Sentences[si].Described = e
			}
			break // the first sentence with a named subject decides
		}
	}
	r.ageDescriptions()
}

// paragraphStart reports whether sentence si opens its paragraph.
func (r *Result) paragraphStart(si int) bool {
	return si == 0 || r.doc.Sentences[si-1].Paragraph != r.doc.Sentences[si].Paragraph
}

// subjectDescription reads the role description that opens sentence si,
// perhaps after a dateline ("PROVIDENCE, R.I. — A former town treasurer
// who …"): a determiner, modifiers and a singular person noun, in a
// sentence outside quotations that names no person. speaks reports a
// description followed by a speech verb ("A council spokesman said …"),
// which is often an unnamed source.
func (r *Result) subjectDescription(si int) (d Descriptor, speaks, ok bool) {
	toks := r.toks[si]
	if len(toks) < 3 || r.inQ[si][0] {
		return Descriptor{}, false, false
	}
	j := 0
	for k, t := range toks {
		if k > 0 && r.isDateline(toks, k) {
			j = k
			break
		}
		if k >= maxDescriptorWords || t.Start > r.doc.Sentences[si].Start+80 {
			break
		}
	}
	if toks[j].Norm != "a" && toks[j].Norm != "an" && toks[j].Norm != "the" {
		return Descriptor{}, false, false
	}
	d = r.descriptionAfter(si, j)
	if d.Head == "" {
		return Descriptor{}, false, false
	}
	// The description names no one ("A lawyer for Ivo Stern …" may
	// describe either): no one who may be a person is named in it or in
	// the few words after its head that may complete it. A name further
	// on, in what the person did ("… told a jury … at the Harlan Ridge
	// quarry"), is no part of it.
	end, body := len(toks), -1
	for k := j + 1; k < len(toks) && k <= j+maxDescriptorWords; k++ {
		if roleOf(toks[k].Norm) == d.Head {
			end = min(k+1+descriptionTail, len(toks))
			if k+2 < len(toks) && toks[k+1].Norm == "of" {
				// "The president of Hoshikawa Rolling Stock": the name
				// after "of" is the body whose role it is, no person.
				body = toks[k+2].Start
				if toks[k+2].Norm == "the" && k+3 < len(toks) {
					body = toks[k+3].Start
				}
			}
			break
		}
	}
	for _, m := range r.Mentions {
		if m.Start == body && r.Entities[m.Entity].Kind != Person {
			d.Of = foldName(r.doc.Text[m.Start:m.End])
			continue
		}
		if m.Sentence == si && m.Start >= toks[j].Start && (end == len(toks) || m.Start < toks[end].Start) &&
			r.Entities[m.Entity].Kind != Organisation && r.Entities[m.Entity].Kind != Place {
			return Descriptor{}, false, false
		}
	}
	// "A council spokesman said …": an unnamed source speaking, not a
	// person the article goes on to name, unless the caller finds the
	// naming sentence news uses for a lede's speaker ("A quarry foreman
	// told a jury … Raymond McAuliffe, 54, was …").
	for k := j + 1; k < len(toks) && k <= j+maxDescriptorWords+1; k++ {
		if roleOf(toks[k].Norm) == d.Head && (k+1 >= len(toks) || speechVerbs[toks[k+1].Norm]) {
			return d, true, true
		}
	}
	return d, false, true
}

// isDateline reports that toks[k] follows a dateline's dash ("PROVIDENCE,
// R.I. — A …", "LONDON (Reuters) - The …").
func (r *Result) isDateline(toks []nlp.Token, k int) bool {
	g := r.gapAt(toks, k) // a spaced dash; "longest-serving" has none
	return strings.Contains(g, "—") || strings.Contains(g, "–") || strings.Contains(g, "--") || strings.Contains(g, " - ")
}

// subjectName returns the entity whose name opens sentence si, outside a
// quotation, or -1.
func (r *Result) subjectName(si int) int {
	toks := r.toks[si]
	if len(toks) == 0 || r.inQ[si][0] {
		return -1
	}
	if mi, ok := r.titleAt[toks[0].Start]; ok && r.Mentions[mi].Sentence == si {
		return r.Mentions[mi].Entity
	}
	return -1
}

// quotedSpeakerName returns the entity a sentence opening with a
// quotation names as its speaker right after it ("“We betrayed the
// trust …,” Kenji Morita, 63, said"), or -1: news names a lede's person
// so as often as by a subject ("The president of Hoshikawa Rolling Stock
// bowed …").
func (r *Result) quotedSpeakerName(si int) int {
	toks := r.toks[si]
	if len(toks) == 0 || !r.inQ[si][0] {
		return -1
	}
	for _, q := range r.Quotations {
		if q.Speaker < 0 || q.Kind != KindQuote || q.Rule != "speech-after" || q.OpenStart > toks[0].Start || q.End < toks[0].Start {
			continue
		}
		for k, t := range toks {
			if t.Start < q.CloseEnd || r.inQ[si][k] {
				continue
			}
			if mi, ok := r.titleAt[t.Start]; ok && r.Mentions[mi].Sentence == si && r.Mentions[mi].Entity == q.Speaker {
				return q.Speaker
			}
			break // the name must come first after the quotation
		}
		return -1
	}
	return -1
}

// agedSubject reports a sentence whose subject's name is followed by an
// age set off by commas and a copula ("Raymond McAuliffe, 54, was …"):
// the way news names a person it has described before. "Jean Lark, 70,
// said …" is another speaker.
func (r *Result) agedSubject(si int) bool {
	toks := r.toks[si]
	mi, ok := r.titleAt[toks[0].Start]
	if !ok {
		return false
	}
	k := r.nameEnd(toks, r.Mentions[mi].End)
	return k+2 < len(toks) && isNumber(toks[k].Norm) && strings.TrimSpace(r.gapAt(toks, k)) == "," &&
		strings.TrimSpace(r.gapAt(toks, k+1)) == "," && (toks[k+1].Norm == "was" || toks[k+1].Norm == "is")
}

// firstMentionIn reports that entity e is first mentioned in sentence si.
func (r *Result) firstMentionIn(e, si int) bool {
	for _, mi := range r.Entities[e].Mentions {
		if s := r.Mentions[mi].Sentence; s >= 0 && s < si {
			return false
		}
	}
	return true
}

// ledBy reads "The researchers, led by Dr. Adaeze Okonkwo, …" before a
// mention whose title or name opens at toks[tk]: the one who leads a
// group of people is its lead one ({Head: "researcher", Modifiers:
// ["lead"]}), whom a question calls "the lead researcher".
func (r *Result) ledBy(si, tk int) Descriptor {
	toks := r.toks[si]
	if tk < 3 || toks[tk-1].Norm != "by" || toks[tk-2].Norm != "led" || r.inQ[si][tk-3] != r.inQ[si][tk] {
		return Descriptor{}
	}
	g := strings.TrimSpace(r.gapAt(toks, tk-2))
	if g != "," && g != "" {
		return Descriptor{}
	}
	w := toks[tk-3].Norm
	one := singular(w)
	if one == w || !r.isRoleHead(one) {
		return Descriptor{} // "a team led by": no person noun to lead
	}
	return Descriptor{Head: roleOf(one), Modifiers: []string{"lead"}}
}

// descriptionAfter reads the role description after toks[j] (its
// determiner, or the "old" of "the 68-year-old bassist"): modifiers, a
// possessor, and the first role noun (the last of a run of them) before
// punctuation or a function word ends the phrase. A plural role is a
// group, no description of one person.
func (r *Result) descriptionAfter(si, j int) Descriptor {
	toks := r.toks[si]
	head := -1
	for k := j + 1; k < len(toks) && k <= j+maxDescriptorWords; k++ {
		if g := r.gapAt(toks, k); strings.ContainsAny(g, ",;:.()—–\"“”") || r.inQ[si][k] {
			break
		}
		if r.isRoleToken(toks[k]) && !companyNouns[toks[k].Norm] && !(k+1 < len(toks) && r.gapAt(toks, k+1) == " " && r.isRoleToken(toks[k+1])) {
			head = k
			break
		}
		if nlp.IsStopWord(toks[k].Norm) || prepositions[toks[k].Norm] || isNumber(toks[k].Norm) {
			break
		}
	}
	if head < 0 {
		return Descriptor{}
	}
	lo, of := j+1, ""
	for m := j + 1; m < head; m++ {
		if r.isPossessiveToken(toks, m) {
			of, lo = possessor(toks[m]), m+1
		}
	}
	d := Descriptor{Head: roleOf(toks[head].Norm), Modifiers: r.modifierWords(toks, lo, head), Of: of}
	if singular(d.Head) != d.Head && r.lex.IsPersonNoun(singular(d.Head)) {
		return Descriptor{} // "The prosecutors …": a group
	}
	return d
}

// ageDescriptions reads the anaphoric description news gives a person
// just named: "For half a century Marisol Ortega-Vance has stood at the
// back of the stage … Next month the 68-year-old bassist releases …". A
// definite description with an age ("the N-year-old …", outside
// quotations) refers back to the one person named in its sentence before
// it or in the sentence before; with two people there, to neither.
func (r *Result) ageDescriptions() {
	for si, toks := range r.toks {
		for k := 0; k+3 < len(toks); k++ {
			if toks[k].Norm != "the" || r.inQ[si][k] || !isNumber(toks[k+1].Norm) || toks[k+2].Norm != "year" || toks[k+3].Norm != "old" ||
				r.gapAt(toks, k+2) != "-" || r.gapAt(toks, k+3) != "-" {
				continue
			}
			d := r.descriptionAfter(si, k+3)
			if d.Head == "" {
				continue
			}
			if e := r.onlyPersonBefore(si, toks[k].Start); e >= 0 {
				r.Entities[e].Descriptors = addDescriptor(r.Entities[e].Descriptors, d)
			}
		}
	}
}

// onlyPersonBefore returns the one person named outside quotations in
// sentence si before offset at or in the sentence before it; -1 when none
// or several (people or names that may be people) are.
func (r *Result) onlyPersonBefore(si, at int) int {
	found := -1
	for _, m := range r.Mentions {
		if k := r.Entities[m.Entity].Kind; m.Sentence < si-1 || m.Sentence > si || m.Start >= at || k != Person && k != Unknown {
			continue
		}
		if m.Sentence >= 0 && m.Sentence < len(r.inQ) {
			if k := tokenAt(r.toks[m.Sentence], m.Start); k >= 0 && r.inQ[m.Sentence][k] {
				continue
			}
		}
		if found >= 0 && found != m.Entity {
			return -1
		}
		found = m.Entity
	}
	if found >= 0 && r.Entities[found].Kind != Person {
		return -1 // one who may be a person stands closer
	}
	return found
}
