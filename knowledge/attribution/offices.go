package attribution

import (
	"strconv"
	"strings"
)

// officeBefore returns the role of an office named before a titled name,
// set off by a comma, with the place or body it belongs to: "the Bishop of
// Carrowdale, the Rt Rev Helen Achterberg", "the Archdeacon of Carrow, the
// Ven Thomas Mabry", "the Mayor of Lowther, Cllr Ann Price". The office's
// noun stands before "of", after "the" or at the sentence's start; a name's
// own determiner ("the Rt Rev", "the Hon.") may stand after the comma.
// "of" and the determiner make it a role even for a noun that is often a
// surname (notRoles: "Bishop"), which roleBefore refuses.
func (r *Result) officeBefore(si, ti int, titled bool) []string {
	toks := r.toks[si]
	// "…, the Rt Rev Helen Achterberg": the determiner of a titled name.
	if titled && ti >= 1 && toks[ti-1].Norm == "the" && !isCap(toks[ti-1]) && strings.TrimSpace(r.gapAt(toks, ti-1)) == "," {
		ti--
	}
	if ti < 3 || strings.TrimSpace(r.gapAt(toks, ti)) != "," || r.inQ[si][ti-1] {
		return nil
	}
	// The capitalised complement: "Carrowdale", "Bath and Wells".
	m := ti - 1
	for m > 0 && ti-m <= 4 && (isCap(toks[m]) || toks[m].Norm == "and") && r.gapAt(toks, m) == " " && toks[m-1].Norm != "of" {
		m--
	}
	if !isCap(toks[m]) || m < 2 || toks[m-1].Norm != "of" || r.gapAt(toks, m-1) != " " || r.gapAt(toks, m) != " " {
		return nil
	}
	h := m - 2
	w := toks[h].Norm
	if !(handRoles[w] || r.lex.IsPersonNoun(w)) || r.inQ[si][h] {
		return nil
	}
	// "proposed by the Archdeacon of Carrow, the Ven Thomas Mabry": a
	// governed office is the titled name's still; an untitled name after
	// it may be someone else's ("Counsel assisting the coroner, …").
	if h > 0 && !(toks[h-1].Norm == "the" && r.gapAt(toks, h) == " " && (titled || !governed(toks, h-1))) {
		return nil
	}
	return []string{roleOf(w)}
}

// IsOfficeNoun reports whether folded w names the staff who speak for the
// one person whose possessive stands before it ("the governor's office").
func IsOfficeNoun(w string) bool { return officeNouns[w] }

// officeNouns name the staff who speak for the one person whose possessive
// stands before them: "the governor's office said", "the judge's
// chambers said". A campaign is not among them: news and its readers
// take "Vang's campaign said" as the candidate's own word.
var officeNouns = wordSet(`office chambers`)

// officeSpeaker returns the office the phrase ending at token k of
// sentence si names ("the governor's office", "Sewell's office", "her
// office") as a body named by its holder ("Patricia Sewell’s office"),
// whom the article names by name or by the role: the office speaks for its
// holder, but its words are not the holder's own. -1 when the phrase is no
// office or its holder is no one the article names ("the attorney
// general's office" with no attorney general named).
func (r *Result) officeSpeaker(si, k, lo int) int {
	h := r.officeOwner(si, k, lo)
	if h < 0 {
		return -1
	}
	noun := r.toks[si][k].Norm
	key := "office\x00" + noun + "\x00" + strconv.Itoa(h)
	if e, ok := r.roleOnly[key]; ok {
		return e
	}
	holder := &r.Entities[h]
	name := holder.Name + "’s " + noun
	variants := []string{foldName(holder.Short + "'s " + noun), "the " + foldName(name)}
	for _, ro := range holder.Roles {
		variants = append(variants, "the "+ro+"'s "+noun) // "the governor's office"
	}
	e := r.addRoleOnly(key, name, noun, variants...)
	en := &r.Entities[e]
	en.Kind, en.Gender, en.Roles, en.RoleOnly = Organisation, "", nil, false
	en.evidence = map[string]int{string(Organisation): 1}
	return e
}

// officeOwner returns the person whose office (officeSpeaker) the phrase
// ending at token k of sentence si is, or -1.
func (r *Result) officeOwner(si, k, lo int) int {
	toks := r.toks[si]
	if k < 1 || k-1 < lo || !officeNouns[toks[k].Norm] || isCap(toks[k]) || r.inQ[si][k] || r.inQ[si][k-1] || r.gapAt(toks, k) != " " {
		return -1
	}
	p := toks[k-1]
	person := func(e int) int {
		if e >= 0 && r.Entities[e].Kind == Person {
			return e
		}
		return -1
	}
	if p.Norm == "his" || p.Norm == "her" {
		if e, ok := r.pronoun[p.Start]; ok {
			return person(e)
		}
		return -1
	}
	if !possessive(p.Text, false) {
		return -1
	}
	owner := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(p.Text, "'s"), "’s"), "’")
	for _, end := range []int{p.End, p.Start + len(owner)} {
		if mi, ok := r.endAt[end]; ok {
			return person(r.Mentions[mi].Entity)
		}
	}
	if mi, ok := r.nameAt[p.Start]; ok && r.Mentions[mi].End <= p.End {
		return person(r.Mentions[mi].Entity)
	}
	// "the governor's office": the one person holding the role.
	w := foldName(owner)
	if k-2 < lo || toks[k-2].Norm != "the" || !r.lex.IsPersonNoun(w) || notRoles[w] {
		return -1
	}
	if e := r.ByRole(w); e >= 0 {
		return person(e)
	}
	return -1
}
