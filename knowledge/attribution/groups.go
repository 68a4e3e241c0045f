package attribution

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// maxGroupModifiers bounds the words between "the" and a plural role noun
// of a group phrase ("the Fellbridge race stewards").
const maxGroupModifiers = 2

// groupRole reports whether folded plural noun w names people who hold a
// role together (stewards, judges, inspectors, trustees): its singular is
// a person noun of the lexicon that gives a function, not a description
// ("residents"), kin ("parents"), an anonymous source or a voice. A
// lower-case plural is no surname, so notRoles ("steward") do not apply.
func (r *Result) groupRole(w string) bool {
	s := singular(w)
	if s == w || !r.lex.IsPersonNoun(s) || plainPeople[s] || kinNouns[s] || genericPeople[s] ||
		groupNouns[w] || voiceNouns[w] || voiceNouns[s] || anonymousNouns[w] || anonymousNouns[s] || crowdNouns[s] {
		return false
	}
	return true
}

// crowdNouns are plural person nouns that name many people who speak
// apart, not a panel that speaks as one ("officials said", "members
// said", "experts warned"): the rules for sources and bodies decide them.
var crowdNouns = wordSet(`official member expert analyst worker employee staffer officer councillor councilor
	lawmaker legislator politician leader critic supporter opponent campaigner activist protester
	student pupil parent teacher doctor nurse player fan owner investor trader economist scientist
	researcher agent spokesperson minister mp senator representative delegate candidate voter
	citizen farmer driver rider runner`)

// groupPrepositions make a group phrase after them an object, not the
// subject of the verb.
var groupPrepositions = wordSet(`for of by to with from against at in on about among between behind towards toward`)

// pluralGroup returns the group the article names only by a definite
// plural role phrase whose noun is token k of sentence si ("the stewards
// said", "In a statement, the Fellbridge stewards said", "The judges
// called it …"): people who speak together as a body does, named by the
// phrase as the article first writes it for a speech ("the Fellbridge
// stewards"), one group per noun. -1 when token k ends no such phrase
// starting at or after token lo.
func (r *Result) pluralGroup(si, k, lo int) int {
	toks := r.toks[si]
	if k < lo || k >= len(toks) || r.inQ[si][k] || isCap(toks[k]) || !r.groupRole(toks[k].Norm) {
		return -1
	}
	if k+1 < len(toks) && r.gapAt(toks, k+1) == " " && !r.inQ[si][k+1] && (nounModifier(r.raw, toks[k+1].Norm) && !speechVerbs[toks[k+1].Norm] && !nlp.IsStopWord(toks[k+1].Norm)) {
		return -1 // "the stewards' room", "the judges panel": a modifier
	}
	m := k
	for n := 0; m > lo && n < maxGroupModifiers && toks[m-1].Norm != "the" && r.gapAt(toks, m) == " " && !r.inQ[si][m-1] &&
		(isCap(toks[m-1]) || nounModifier(r.raw, toks[m-1].Norm)) && !nlp.IsStopWord(toks[m-1].Norm) && !possessive(toks[m-1].Text, false); n++ {
		m--
	}
	if m <= lo || toks[m-1].Norm != "the" || r.inQ[si][m-1] || r.gapAt(toks, m) != " " {
		return -1
	}
	if m-2 >= 0 && groupPrepositions[toks[m-2].Norm] {
		return -1 // "Harish Venkataraman, for the lenders, countered": an aside
	}
	for j := m; j < k; j++ {
		if mi, ok := r.nameAt[toks[j].Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Person {
			return -1 // "the Ashdown stewards" is no group phrase of a person's
		}
	}
	name := r.doc.Text[toks[m-1].Start:toks[k].End]
	name = "the" + name[len("the"):]
	key := "g\x00" + toks[k].Norm
	if e, ok := r.roleOnly[key]; ok {
		if en := &r.Entities[e]; len(strings.Fields(name)) > len(strings.Fields(en.Name)) {
			// The fuller phrase names the group ("the Fellbridge
			// stewards" after "the stewards").
			en.Name, en.Short = name, name
			en.Variants = append(en.Variants, foldName(name))
		}
		return e
	}
	return r.addRoleOnly(key, name, singular(toks[k].Norm), foldName(strings.TrimPrefix(name, "the ")), toks[k].Norm)
}

// groupAt returns the group a definite plural role phrase opening at
// offset off names (pluralGroup), for a dash signature ("‘…’ — the
// judges."); -1 when none does.
func (r *Result) groupAt(off int) int {
	si := r.sentenceOf(off)
	if si < 0 {
		return -1
	}
	toks := r.toks[si]
	for k, t := range toks {
		if t.Start < off {
			continue
		}
		if t.Start != off || t.Norm != "the" {
			return -1
		}
		for j := k + 1; j < len(toks) && j <= k+1+maxGroupModifiers; j++ {
			if e := r.pluralGroup(si, j, k); e >= 0 {
				return e
			}
		}
		return -1
	}
	return -1
}

// pluralHeadBody reports whether a name of two words or more ends in a
// capitalised plural of a common noun and opens with no given name
// ("Wexborough Tramways", "Northvale Trains", "the Sorrel Brothers"): a
// firm's or a group's name. A surname that is a plural noun ("Tyler
// Brooks") follows a given name, or stands alone for the person ("Greaves
// laughed").
func (r *Result) pluralHeadBody(e int) bool {
	words := strings.Fields(r.Entities[e].Name)
	if len(words) < 2 {
		return false
	}
	last := foldName(words[len(words)-1])
	s := singular(last)
	if s == last || strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") || len(s) < 3 {
		return false
	}
	nn, ok := r.raw.(Nouns)
	if !ok || !nn.IsNoun(s) || r.lex.IsPersonNoun(s) && !kinNouns[s] {
		// People ("the Valley Rovers", "Harbour Lads") may be a team's
		// or a horse's name: no evidence either way; brothers and sisters
		// are a firm's or a band's.
		return false
	}
	for _, m := range r.Mentions {
		if m.Entity == e && foldName(r.doc.Text[m.Start:m.End]) == last {
			return false // "Greaves laughed": a surname standing alone
		}
	}
	for _, w := range words[:len(words)-1] {
		f := foldName(w)
		if r.raw.GivenNameGender(f) != "" || r.isTitleWord(f) || honorifics[f] {
			return false
		}
	}
	return true
}

// maxPairedBodyWords bounds the words after "and" of a body named for two
// places ("Langdale and Ambleside Mountain Rescue Team").
const maxPairedBodyWords = 5

// placePairBody reports whether a body's name may run over "and" for n
// words after it when the words before the "and" are one capitalised word
// that is no given name: "Langdale and Ambleside Mountain Rescue Team",
// "Fenwick and District Sailing Club" name one body for two places, where
// "Ann Roe and Tyne Valley Council" are two names.
func (r *Result) placePairBody(left []nlp.Token, n int) bool {
	return len(left) == 1 && n <= maxPairedBodyWords && r.raw.GivenNameGender(left[0].Norm) == "" && !r.isTitleWord(left[0].Norm)
}

// Nouns is what a Lexicon may know besides: whether a folded word is a
// noun in any of its senses ("ferry", first a verb to WordNet's counts).
type Nouns interface {
	IsNoun(w string) bool
}

// IsNoun implements Nouns.
func (w WordNet) IsNoun(s string) bool { return w.L.IsNoun(s) }
