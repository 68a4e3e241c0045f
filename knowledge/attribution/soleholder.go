package attribution

import (
	"slices"
	"strconv"
	"strings"
)

// soleRoleHolder returns the one person the article names as holding role
// noun w ("Manager Dale Hutchins", "The coach, Bernadette Lyle"), for a
// role phrase that does not say whom it means beyond its possessor ("my
// manager told me", "said their coach"): a reader takes it for the one
// such holder the article names. A holder whose role a body's name
// qualifies ("Pilots manager Ray Estrada") is the other side's, unless
// owner is tied to that body too; a former holder holds it no longer.
// -1 when none or several fit, and for family, source and plain-people
// nouns, which are no office.
func (r *Result) soleRoleHolder(w string, owner int) int {
	if singular(w) != w || plainPeople[w] || kinNouns[w] || anonymousNouns[w] || voiceNouns[w] || genericPeople[w] {
		return -1
	}
	if kind, isRole := r.roleOrOrg(w); !isRole || kind != "person" {
		return -1
	}
	found := -1
	for e := range r.Entities {
		en := &r.Entities[e]
		if e == owner || en.Kind != Person || en.RoleOnly || len(en.Mentions) == 0 || slices.Contains(en.former, w) ||
			!slices.ContainsFunc(en.Roles, func(ro string) bool { return ro == w || strings.HasSuffix(ro, " "+w) }) {
			continue
		}
		if r.bodyQualified(e, owner) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// bodyQualified reports whether a mention of person e sets a word of
// another body's name the article gives before the title ("Pilots
// manager Ray Estrada" beside "the Fort Wabash Pilots"), one owner's own
// mentions do not carry.
func (r *Result) bodyQualified(e int, owner int) bool {
	for _, m := range r.titleBodyWords(e) {
		if owner < 0 || !slices.Contains(r.titleBodyWords(owner), m) {
			return true
		}
	}
	return false
}

// titleBodyWords returns the folded words of bodies' names that stand,
// capitalised, in the title run before person e's mentions outside
// quotations ("Pilots" in "Pilots manager Ray Estrada").
func (r *Result) titleBodyWords(e int) []string {
	var out []string
	for _, mi := range r.Entities[e].Mentions {
		mt := r.Mentions[mi]
		if mt.InQuote {
			continue
		}
		toks := r.toks[mt.Sentence]
		for k, t := range toks {
			if t.End > mt.Start {
				break
			}
			if t.Start < mt.TitleStart-40 || !isCap(t) || r.inQ[mt.Sentence][k] {
				continue
			}
			// Only the run the mention's title belongs to: joined by spaces
			// up to the name.
			run := true
			for n := k + 1; n < len(toks) && toks[n].Start <= mt.Start; n++ {
				if r.doc.Text[toks[n-1].End:toks[n].Start] != " " {
					run = false
					break
				}
			}
			if run && r.bodyNameWord(t.Norm, e) && !slices.Contains(out, t.Norm) {
				out = append(out, t.Norm)
			}
		}
	}
	return out
}

// bodyNameWord reports whether folded word m is a word of the name of a
// body (or unclassified name) of two words or more other than person e.
func (r *Result) bodyNameWord(m string, e int) bool {
	for x := range r.Entities {
		en := &r.Entities[x]
		if x == e || en.Kind == Person || en.Kind == Place || len(en.parts) < 2 {
			continue
		}
		if slices.Contains(strings.Fields(foldName(en.Name)), m) {
			return true
		}
	}
	return false
}

// nestedOwnRoles hands a nested quotation whose speaker is the outer
// speaker's own role phrase ("‘My manager told me all week, “Don't make
// the last out.”’") to the one holder of that role the article names
// (soleRoleHolder), when that is not the outer speaker.
func (r *Result) nestedOwnRoles() {
	for q := range r.Quotations {
		qt := &r.Quotations[q]
		if qt.Parent < 0 || qt.Speaker < 0 || !r.Entities[qt.Speaker].RoleOnly {
			continue
		}
		first, w, ok := strings.Cut(strings.ToLower(r.Entities[qt.Speaker].Name), " ")
		if !ok || first != "my" && first != "our" || strings.Contains(w, " ") {
			continue
		}
		owner := r.Quotations[qt.Parent].Speaker
		if owner < 0 {
			continue
		}
		if h := r.soleRoleHolder(w, owner); h >= 0 {
			qt.Speaker = h
		}
	}
}

// speakingBodyBefore returns the body a voice noun at token k of sentence
// si speaks for when the sentence, before it, or the one before it in its
// paragraph, has a body as the subject of a speech verb ("Mercia Vale
// Police said painting … could be an offence, but a spokeswoman added
// that …"): the one such body, else -1.
func (r *Result) speakingBodyBefore(si, k int) int {
	found := -1
	para := r.doc.Sentences[si].Paragraph
	for s := si; s >= 0 && s >= si-1 && r.doc.Sentences[s].Paragraph == para; s-- {
		toks := r.toks[s]
		for m, t := range toks {
			if s == si && m >= k {
				break
			}
			mi, ok := r.nameAt[t.Start]
			if !ok || r.inQ[s][m] || r.Mentions[mi].InQuote {
				continue
			}
			e := r.Mentions[mi].Entity
			if e < 0 || r.Entities[e].Kind != Organisation {
				continue
			}
			j := m
			for j < len(toks) && toks[j].Start < r.Mentions[mi].End {
				j++
			}
			if j >= len(toks) || !speechVerbs[toks[j].Norm] || r.inQ[s][j] {
				continue
			}
			if found >= 0 && found != e {
				return -1
			}
			found = e
		}
	}
	return found
}

// possessedKinBefore returns the relative a nested quotation's "he" or
// "she" (gender g) refers to when the narration of the outer quotation's
// paragraph, before it, gives the outer speaker's relative of that gender
// ("Quintero said her grandfather … told the story. “He'd say, ‘…’” she
// said"): the relative the article names, else the person the speaker's
// own words call "my grandfather" elsewhere, named by those words; -1 when
// there is no such phrase or the relative is known by neither.
func (r *Result) possessedKinBefore(outer Quotation, g string) int {
	speaker := outer.Speaker
	if speaker < 0 {
		return -1
	}
	noun := ""
	for si := r.paraSen[outer.Paragraph][0]; si < r.paraSen[outer.Paragraph][1]; si++ {
		toks := r.toks[si]
		for m := 0; m+1 < len(toks); m++ {
			if toks[m].Start >= outer.OpenStart {
				break
			}
			if r.inQ[si][m] || !possessivePronouns[toks[m].Norm] || r.pronounOr(toks[m].Start) != speaker {
				continue
			}
			w := toks[m+1].Norm
			if rel := kinAddress[w]; rel != "" {
				w = rel
			}
			if !kinNouns[w] || r.inQ[si][m+1] {
				continue
			}
			if pg := r.lex.PersonGender(w); pg != "" && pg != g {
				continue
			}
			noun = w
		}
	}
	if noun == "" {
		return -1
	}
	if e := r.relativeOf(speaker, noun); e >= 0 {
		return e
	}
	if e := r.kinBySurname(speaker, noun); e >= 0 {
		return e
	}
	// The speaker's own "my grandfather" in a quotation of theirs.
	for q := range r.Quotations {
		qt := r.Quotations[q]
		if qt.Parent >= 0 || qt.Speaker != speaker {
			continue
		}
		for si := max(r.sentenceOf(qt.Start), 0); si < len(r.toks) && r.doc.Sentences[si].Start < qt.End; si++ {
			toks := r.toks[si]
			for k, t := range toks {
				if t.Start < qt.Start || t.End > qt.End || k == 0 || r.ownNoun(si, k, 0) != noun {
					continue
				}
				for m := k - 1; m >= 0 && m >= k-3; m-- {
					if toks[m].Norm == "my" || toks[m].Norm == "our" {
						phrase := r.doc.Text[toks[m].Start:toks[k].End]
						key := "own\x00" + strconv.Itoa(speaker) + "\x00" + foldName(phrase)
						if e, ok := r.roleOnly[key]; ok {
							return e
						}
						return r.addRoleOnly(key, phrase, noun)
					}
				}
			}
		}
	}
	return -1
}

// quotedBodyBefore returns the body the latest "the <body noun>" of
// quotation p before offset at refers to ("the council" for Stallworth
// County Council): the one organisation the article names with that head,
// else the one of that kind named last (kindBody); -1 when the quotation
// names no body so, or a person noun stands after it.
func (r *Result) quotedBodyBefore(p, at int) int {
	qt := r.Quotations[p]
	w := ""
	for si := max(r.sentenceOf(qt.Start), 0); si < len(r.toks) && r.doc.Sentences[si].Start < min(qt.End, at); si++ {
		toks := r.toks[si]
		for k := 1; k < len(toks); k++ {
			t := toks[k]
			if t.Start < qt.Start || t.End > qt.End || t.Start >= at || toks[k-1].Norm != "the" || isCap(t) {
				continue
			}
			if !r.isOrgWord(t.Norm) || r.lex.IsPersonNoun(t.Norm) || singular(t.Norm) != t.Norm {
				continue
			}
			w = t.Norm
		}
	}
	if w == "" {
		return -1
	}
	found := -1
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Organisation || len(en.parts) < 2 || len(en.Mentions) == 0 || en.parts[len(en.parts)-1] != w {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	if found >= 0 {
		return found
	}
	if e := r.kindBody(w, qt.Start, false); e >= 0 {
		return e
	}
	// "the company": the article's one trade-named body.
	return r.BodyByNoun(w, false)
}

// sieveParticipleBody decides a quotation no other rule did whose
// sentence opens with a definite body phrase and gives the words to a
// speech verb's participle after a comma ("The preservation board voted
// 4-3 to reject the design, saying in its written decision that the fish
// was “…”"): the body the phrase's noun calls by its head (the one
// organisation so headed) or kind.
func (r *Result) sieveParticipleBody(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	if si < 0 {
		return -1, false
	}
	toks := r.toks[si]
	if len(toks) < 4 || toks[0].Norm != "the" || r.inQ[si][0] {
		return -1, false
	}
	h := -1
	for k := 1; k < len(toks) && k <= 4; k++ {
		if r.inQ[si][k] || isCap(toks[k]) || r.doc.Text[toks[k-1].End:toks[k].Start] != " " {
			return -1, false
		}
		if r.isOrgWord(toks[k].Norm) && !r.lex.IsPersonNoun(toks[k].Norm) && singular(toks[k].Norm) == toks[k].Norm {
			h = k
			break
		}
	}
	if h < 0 || h+1 >= len(toks) || r.lex.IsPersonNoun(toks[h+1].Norm) || r.isOrgWord(toks[h+1].Norm) {
		return -1, false
	}
	participle := false
	for v := h + 1; v < len(toks) && toks[v].Start < qt.OpenStart; v++ {
		if r.inQ[si][v] {
			return -1, false // another quotation between: its words are not these
		}
		w := toks[v].Norm
		if strings.HasSuffix(w, "ing") && speechVerbs[w] && strings.TrimSpace(r.gapAt(toks, v)) == "," {
			participle = true
		}
	}
	if !participle {
		return -1, false
	}
	w := toks[h].Norm
	found := -1
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Organisation || len(en.parts) == 0 || len(en.Mentions) == 0 || en.parts[len(en.parts)-1] != w {
			continue
		}
		if found >= 0 {
			return -1, false
		}
		found = e
	}
	if found < 0 {
		found = r.kindBody(w, qt.Start, false)
	}
	return found, found >= 0
}
