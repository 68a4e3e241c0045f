package attribution

import (
	"maps"
	"slices"
	"strings"
)

// maxTieWords bounds the words between a tie's verb and the name it ties
// ("was the composer Dr Helen Baptiste").
const maxTieWords = 4

// roleTies hands the quotations of someone the article knows only by a
// role ("… a performance the adjudicator called “brave”") to the one
// named person the article elsewhere ties that role to (rule
// "named-later"), and gives that person the role, so that a claim's "the
// adjudicator said" is theirs too. A tie is a copula ("The adjudicator,
// who sat behind a screen, was the composer Dr Helen Baptiste"), a naming
// aside ("The teacher, who gave her name as Eileen Marsden,"), or the
// verb the role noun comes from ("Gwen Ashdown has chaired the
// committee", "Helen Baptiste, who adjudicated,"). Two people tied to
// the role, another named holder of it, two role-only people of it or a
// gender the two disagree on leave the quotations where they are: a
// reader could not tell them apart either.
func (r *Result) roleTies() {
	ties := r.roleTieMap()
	// In the words' order, so that a run is the same every time.
	for _, w := range slices.Sorted(maps.Keys(ties)) {
		xs := ties[w]
		if len(xs) != 1 {
			continue
		}
		x := xs[0]
		d := -1
		for i := range r.Entities {
			en := &r.Entities[i]
			if i == x || !slices.Contains(en.Roles, w) || slices.Contains(en.former, w) || en.Kind != Person {
				continue
			}
			if !en.RoleOnly || d >= 0 {
				d = -2 // another named holder, or two described ones
				break
			}
			d = i
		}
		if d < 0 {
			continue
		}
		if g, h := r.Entities[d].Gender, r.Entities[x].Gender; g != "" && h != "" && g != h {
			continue
		}
		if r.giveNamedLater(d, x) {
			r.Entities[x].Roles = appendUnique(r.Entities[x].Roles, w)
			if r.tiedTo == nil {
				r.tiedTo = map[int]int{}
			}
			r.tiedTo[d] = x
		}
	}
}

// roleTieMap returns, for each role noun, the named people the article
// ties it to (tiesIn).
func (r *Result) roleTieMap() map[string][]int {
	ties := map[string][]int{}
	for si := range r.toks {
		for _, t := range r.tiesIn(si) {
			if !slices.Contains(ties[t.w], t.x) {
				ties[t.w] = append(ties[t.w], t.x)
			}
		}
	}
	return ties
}

// roleTie is a role noun w the article ties to named person x.
type roleTie struct {
	w string
	x int
}

// tiesIn returns the ties sentence si makes between a role noun and a
// named person, outside quotations (see roleTies).
func (r *Result) tiesIn(si int) []roleTie {
	toks := r.toks[si]
	var out []roleTie
	if t, ok := r.namedNextTie(si); ok {
		out = append(out, t)
	}
	// "The adjudicator[, …,] was [the composer] Dr Helen Baptiste",
	// "The teacher, who gave her name as Eileen Marsden, said".
	if h := r.openingRoleHead(si); h >= 0 {
		w := toks[h].Norm
		j := h + 1
		if j < len(toks) && strings.TrimSpace(r.gapAt(toks, j)) == "," {
			// The aside: a naming in it ties; else skip to its end.
			for j < len(toks) && !r.inQ[si][j] {
				if k := j; k+2 < len(toks) && toks[k].Norm == "name" && (toks[k+1].Norm == "as" || toks[k+1].Norm == "is" || toks[k+1].Norm == "was") {
					if x := r.personAt(si, k+2); x >= 0 {
						return append(out, roleTie{w, x})
					}
				}
				if _, named := r.nameAt[toks[j].Start]; named {
					break // a name in the aside is someone else's affair
				}
				j++
				if j < len(toks) && strings.TrimSpace(r.gapAt(toks, j)) == "," {
					break
				}
			}
		}
		if j < len(toks) && (toks[j].Norm == "was" || toks[j].Norm == "is") && !r.inQ[si][j] {
			for k := j + 1; k < len(toks) && k <= j+maxTieWords; k++ {
				if x := r.personAt(si, k); x >= 0 {
					out = append(out, roleTie{w, x})
					break
				}
				if isCap(toks[k]) && !r.isTitleWord(toks[k].Norm) || r.inQ[si][k] {
					break
				}
			}
		}
	}
	out = append(out, r.namedAsideTie(si)...)
	// "Gwen Ashdown has chaired the committee", "Helen Baptiste, who
	// adjudicated, said".
	for k := range toks {
		mi, ok := r.endAt[toks[k].End]
		if !ok || r.inQ[si][k] {
			continue
		}
		x := r.Mentions[mi].Entity
		if x < 0 || r.Entities[x].Kind != Person && !r.potential(x) || r.Entities[x].RoleOnly {
			continue
		}
		// "Ifeoma Nwachukwu, now a consultant surgeon, was guest of
		// honour": a copula after an aside.
		if d := r.copulaAfterAside(si, k+1); d.Head != "" {
			out = append(out, roleTie{d.Head, x})
		}
		j := k + 1
		if j+1 < len(toks) && strings.TrimSpace(r.gapAt(toks, j)) == "," && toks[j].Norm == "who" {
			j++
		}
		if j < len(toks) && (toks[j].Norm == "has" || toks[j].Norm == "had" || toks[j].Norm == "have") {
			j++
		}
		if j < len(toks) && !r.inQ[si][j] {
			nouns := agentNouns(toks[j].Norm)
			if w, ok := agentVerbs[toks[j].Norm]; ok {
				nouns = append(nouns, w) // "who has led the council": its leader
			}
			for _, w := range nouns {
				if r.lex.IsPersonNoun(w) {
					out = append(out, roleTie{w, x})
				}
			}
		}
	}
	return out
}

// openingRoleHead returns the head of a definite role phrase opening
// sentence si ("The adjudicator", "The chief marshal"), up to
// maxRoleModifiers lower-case words after "the", or -1.
func (r *Result) openingRoleHead(si int) int {
	toks := r.toks[si]
	if len(toks) < 3 || toks[0].Norm != "the" || r.inQ[si][0] {
		return -1
	}
	for h := 1; h < len(toks) && h <= maxRoleModifiers+1; h++ {
		if isCap(toks[h]) || r.inQ[si][h] {
			return -1
		}
		if h+1 < len(toks) && r.gapAt(toks, h+1) == " " && !(toks[h+1].Norm == "was" || toks[h+1].Norm == "is") {
			continue // a modifier: the head comes later
		}
		w := toks[h].Norm
		if singular(w) != w || !r.lex.IsPersonNoun(w) || plainPeople[w] || kinNouns[w] {
			return -1
		}
		return h
	}
	return -1
}

// personAt returns the named person whose mention (or its title) opens at
// token k of sentence si, or -1.
func (r *Result) personAt(si, k int) int {
	mi, ok := r.titleAt[r.toks[si][k].Start]
	if !ok {
		return -1
	}
	x := r.Mentions[mi].Entity
	if x < 0 || r.Entities[x].Kind != Person && !r.potential(x) || r.Entities[x].RoleOnly {
		return -1
	}
	return x
}

// agentNouns returns the nouns naming the agent of the verb form v, by
// English derivation ("chaired": chair; "adjudicated": adjudicator;
// "judges": judge; "organised": organiser); the caller keeps those the
// lexicon knows as person nouns.
func agentNouns(v string) []string {
	var bases []string
	switch {
	case strings.HasSuffix(v, "ied"):
		bases = []string{strings.TrimSuffix(v, "ied") + "y"}
	case strings.HasSuffix(v, "ed"):
		b := strings.TrimSuffix(v, "ed")
		bases = []string{b, b + "e"}
	case strings.HasSuffix(v, "es"):
		b := strings.TrimSuffix(v, "es")
		bases = []string{b, b + "e"}
	case strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss"):
		bases = []string{strings.TrimSuffix(v, "s")}
	default:
		return nil
	}
	var out []string
	for _, b := range bases {
		if len(b) < 3 {
			continue
		}
		out = append(out, b)
		if strings.HasSuffix(b, "e") {
			out = append(out, b+"r", strings.TrimSuffix(b, "e")+"or")
		} else {
			out = append(out, b+"er", b+"or")
		}
	}
	return out
}

// namedNextTie ties the role of a speaker the sentence before opens with
// to a person sentence si introduces by full name, bare, as the subject
// of a verb of saying: "The headteacher, who joined in January, said she
// was “disappointed”. Ruth Okonedo said the grade …" — a news story
// describes a newcomer before naming them, and a name given with no
// description of its own takes up the one just given. A name with an
// aside or a role of its own ("Ann Roe, a parent, said") introduces
// someone else, and so does one the article named before.
func (r *Result) namedNextTie(si int) (roleTie, bool) {
	if si == 0 || r.doc.Sentences[si-1].Paragraph != r.doc.Sentences[si].Paragraph {
		return roleTie{}, false
	}
	h := r.openingRoleHead(si - 1)
	if h < 0 || !r.verbBetween(si-1, h+1, len(r.toks[si-1])) {
		return roleTie{}, false
	}
	toks := r.toks[si]
	mi, ok := r.nameAt[toks[0].Start]
	if !ok || r.inQ[si][0] {
		return roleTie{}, false
	}
	m := r.Mentions[mi]
	x := r.personAt(si, 0)
	if x < 0 || !strings.Contains(r.doc.Text[m.Start:m.End], " ") {
		return roleTie{}, false
	}
	k := 0
	for k < len(toks) && toks[k].End <= m.End {
		k++
	}
	if k >= len(toks) || r.gapAt(toks, k) != " " || !speechVerbs[toks[k].Norm] || r.inQ[si][k] {
		return roleTie{}, false
	}
	for _, o := range r.Entities[x].Mentions {
		if r.Mentions[o].Start < m.Start {
			return roleTie{}, false // named before: not introduced here
		}
	}
	return roleTie{r.toks[si-1][h].Norm, x}, true
}

// maxNamedAsideWords bounds the words of a description between a role phrase
// and the name that closes it ("the winner, an 82-year-old retired postman
// from Great Corby named Walter Ince").
const maxNamedAsideWords = 12

// asideRelatives are the words that open a clause about someone else
// within a description ("a woman whose son is called Tom"): the name that
// follows need not be the described one's.
var asideRelatives = wordSet(`who whom whose which that his her their its`)

// namedAsideTie ties a definite role phrase to the person an indefinite
// description after it names with "named" or "called" ("said the winner,
// an 82-year-old retired postman named Walter Ince", "the driver, a man
// from Leeds called Sam Orr,"): the description and the name are the role
// holder's.
func (r *Result) namedAsideTie(si int) []roleTie {
	toks := r.toks[si]
	var out []roleTie
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].Norm != "named" && toks[k].Norm != "called" || r.inQ[si][k] {
			continue
		}
		n := k + 1
		if toks[n].Norm == "as" && n+1 < len(toks) {
			n++
		}
		x := r.personAt(si, n)
		if x < 0 {
			continue
		}
		// Back over the description to the comma that opens it.
		c := -1
		for m := k - 1; m > 0 && m >= k-maxNamedAsideWords; m-- {
			if r.inQ[si][m] || asideRelatives[toks[m].Norm] {
				break
			}
			if mi, ok := r.endAt[toks[m].End]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Person {
				break
			}
			if strings.TrimSpace(r.gapAt(toks, m)) == "," {
				c = m
				break
			}
		}
		if c < 2 || toks[c].Norm != "a" && toks[c].Norm != "an" {
			continue
		}
		h := c - 1
		w := toks[h].Norm
		if isCap(toks[h]) || singular(w) != w || !r.lex.IsPersonNoun(w) || plainPeople[w] || kinNouns[w] {
			continue
		}
		for d := h - 1; d >= 0 && d >= h-1-maxRoleModifiers; d-- {
			if toks[d].Norm == "the" {
				out = append(out, roleTie{w, x})
				break
			}
			if isCap(toks[d]) || r.inQ[si][d] {
				break
			}
		}
	}
	return out
}
