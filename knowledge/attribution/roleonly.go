package attribution

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// plainPeople are person nouns that describe someone without giving a
// role: "the woman said", "the resident added" leave the speaker as
// anonymous as "one resident" did, where "the controller" or "the
// co-pilot" tells a reader who spoke.
var plainPeople = wordSet(`man woman boy girl person individual resident neighbour neighbor passenger patient
	victim witness bystander local customer shopper voter protester fan pensioner widow widower child teenager
	youngster adult stranger visitor caller listener reader viewer onlooker survivor member citizen`)

// maxRoleModifiers bounds the noun modifiers of a role phrase ("the bowser
// driver", "the air traffic controller").
const maxRoleModifiers = 2

// roleSpeaker returns the person the article knows only by the role noun
// at token k of sentence si, whom a definite role phrase nobody named
// holds makes speak ("the controller told the crew: '…'"): one entity per
// role noun, named by the fullest phrase the article uses for it ("the
// bowser driver" for "the driver"), so that a moderator asking who said it
// reads the role rather than nothing. A plural, a plain description ("the
// woman") or a family noun is no role: -1.
func (r *Result) roleSpeaker(si, k int) int {
	w := r.roleWord(si, k)
	if singular(w) != w || plainPeople[w] || kinNouns[w] || anonymousNouns[w] || voiceNouns[w] {
		return -1
	}
	if e, ok := r.roleOnly[w]; ok {
		return e
	}
	name := r.fullestRole(w)
	f := foldName(name)
	en := Entity{Kind: Person, Name: name, Short: name, Variants: []string{f}, Roles: []string{w},
		Gender: r.lex.PersonGender(w), RoleOnly: true, last: w, parts: []string{w}, evidence: map[string]int{string(Person): 1}}
	if bare := "the " + w; bare != f {
		en.Variants = append(en.Variants, bare)
	}
	r.Entities = append(r.Entities, en)
	e := len(r.Entities) - 1
	r.starts = append(r.starts, nil)
	if r.roleOnly == nil {
		r.roleOnly = map[string]int{}
	}
	r.roleOnly[w] = e
	return e
}

// fullestRole returns the longest definite phrase the article uses outside
// quotations for role noun w, its modifiers nouns ("the bowser driver",
// not "the same driver"), in lower case; the earliest on a tie.
func (r *Result) fullestRole(w string) string {
	best := "the " + w
	bestN := 0
	kw := strings.ToLower(lastWord(strings.ReplaceAll(w, "-", " ")))
	for si, toks := range r.toks {
		for k, t := range toks {
			if t.Norm != kw || r.inQ[si][k] || r.roleWord(si, k) != w {
				continue
			}
			m := r.hyphenStart(si, k)
			n := 0
			for m > 0 && n < maxRoleModifiers && !r.inQ[si][m-1] && r.doc.Text[toks[m-1].End:toks[m].Start] == " " {
				p := toks[m-1]
				if capitalOffice(p, t) {
					m, n = m-1, n+1
					continue
				}
				if isCap(p) || nlp.IsStopWord(p.Norm) || determiners[p.Norm] || r.lex.IsPersonNoun(p.Norm) || !nounModifier(r.raw, p.Norm) {
					break
				}
				m, n = m-1, n+1
			}
			if m == 0 || toks[m-1].Norm != "the" || bestN > 0 && n <= bestN {
				continue
			}
			best, bestN = "the "+strings.ToLower(r.doc.Text[toks[m].Start:t.End]), max(n, 1)
		}
	}
	return best
}

// nounModifier reports whether a folded word before a role noun modifies
// it as a noun ("bowser" in "the bowser driver", "traffic"), not as an
// adjective ("the same driver"): first a noun in the lexicon, or a word it
// does not know at all.
func nounModifier(lex Lexicon, w string) bool {
	if nf, ok := lex.(NounsFirst); ok && nf.NounFirst(w) {
		return true
	}
	kw, ok := lex.(KnownWords)
	return ok && !kw.KnownWord(w)
}

// hyphenStart returns the first token of the hyphenated word that token k
// of sentence si ends ("co" for "co-pilot").
func (r *Result) hyphenStart(si, k int) int {
	toks := r.toks[si]
	for k > 0 && r.doc.Text[toks[k-1].End:toks[k].Start] == "-" {
		k--
	}
	return k
}

// roleWord returns the folded role noun token k of sentence si ends,
// hyphenated words whole ("co-pilot").
func (r *Result) roleWord(si, k int) string {
	return foldName(r.doc.Text[r.toks[si][r.hyphenStart(si, k)].Start:r.toks[si][k].End])
}

// roleSubject is rolePhrase for the subject of a quotation's speech verb:
// a definite role phrase that no one the article names holds ("the
// controller told the crew: '…'") is the person known only by that role
// (roleSpeaker) rather than no one. Inside a quotation a role phrase may
// be the speaker's own way of naming someone the article names ("the
// gaffer"), so it is left to rolePhrase.
func (r *Result) roleSubject(si, k, lo int) (int, bool) {
	e, ok := r.rolePhrase(si, k, lo)
	if !ok || e != -1 || r.inQ[si][k] {
		return e, ok
	}
	toks := r.toks[si]
	w := toks[k].Norm
	if kind, isRole := r.roleOrOrg(w); !isRole || kind != "person" || voiceNouns[w] {
		return e, ok
	}
	// "the controller", "the bowser driver", "the co-pilot": "the" over
	// noun modifiers only.
	m := r.hyphenStart(si, k)
	for n := 0; m > lo && n < maxRoleModifiers && toks[m-1].Norm != "the" && r.doc.Text[toks[m-1].End:toks[m].Start] == " " &&
		(capitalOffice(toks[m-1], toks[k]) || !isCap(toks[m-1]) && nounModifier(r.raw, toks[m-1].Norm) && !nlp.IsStopWord(toks[m-1].Norm)); n++ {
		m--
	}
	if m <= lo && (m == 0 || toks[m-1].Norm != "the") || m == 0 || toks[m-1].Norm != "the" {
		return e, ok
	}
	return r.roleSpeaker(si, k), true
}

// capitalOffice reports whether modifier p belongs to an office written in
// capitals with its head ("the Prime Minister", "the Chief Constable").
func capitalOffice(p, head nlp.Token) bool {
	return isCap(p) && isCap(head) && !nlp.IsStopWord(p.Norm)
}

// unknownOrPerson reports whether a folded word is a person noun, or a
// word the lexicon does not know at all ("physio"), which the subject
// position of a speech verb after "the" makes a role.
func (r *Result) unknownOrPerson(w string) bool {
	if r.lex.IsPersonNoun(w) {
		return true
	}
	kw, ok := r.raw.(KnownWords)
	return ok && !kw.KnownWord(w) && !r.lex.IsPlace(w) && !r.isOrgWord(w)
}
