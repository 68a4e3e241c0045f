package attribution

import (
	"strconv"
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// maxRelativeLead bounds the words of a restrictive relative clause
// before a quotation in it ("who signed up ‘…’", "who described herself
// as “…”").
const maxRelativeLead = 8

// relativeDescribed returns the person an indefinite description ending
// just before the relative pronoun at token w of sentence si names ("a
// geography student who signed up ‘…’", "a woman from Northfield who
// described herself as “…”"): named, as the sets do, by the description
// as the article first gives it, without the clause. -1 when the words
// before are no such description.
func (r *Result) relativeDescribed(si, w int) int {
	toks := r.toks[si]
	if w < 2 || w >= len(toks) || !relativeOpeners[toks[w].Norm] || r.gapAt(toks, w) != " " || r.inQ[si][w] || r.inQ[si][w-1] {
		return -1
	}
	for a := w - 2; a >= 0 && a >= w-2-maxRoleModifiers-maxPlaceWords; a-- {
		if r.inQ[si][a] || strings.TrimSpace(r.gapAt(toks, a+1)) != "" && r.gapAt(toks, a+1) != "-" {
			return -1
		}
		if d := toks[a].Norm; d != "a" && d != "an" {
			continue
		}
		n := -1
		for m := a + 1; m < w && m <= a+1+maxRoleModifiers; m++ {
			v := toks[m].Norm
			if isCap(toks[m]) || nlp.IsStopWord(v) {
				break
			}
			if m+1 < w && r.gapAt(toks, m+1) == " " && !isCap(toks[m+1]) && r.personNoun(toks[m+1].Norm) {
				continue // a modifier: "a geography student"
			}
			if singular(v) != v {
				break
			}
			if genericPeople[v] || plainPeople[v] || r.personNoun(v) && !voiceNouns[v] && !anonymousNouns[v] && !kinNouns[v] {
				n = m
			}
			break
		}
		if n < 0 || n != w-1 && r.placeTail(si, n) != w-1 {
			return -1
		}
		name := strings.ToLower(r.doc.Text[toks[a].Start:toks[n].End]) + r.doc.Text[toks[n].End:toks[w-1].End]
		key := "a\x00" + name + "\x00" + strconv.Itoa(si)
		return r.roleOnlyKeyed(key, name, toks[n].Norm, foldName(strings.ToLower(r.doc.Text[toks[a].Start:toks[n].End])))
	}
	return -1
}

// relativeBefore returns the relative pronoun of a restrictive clause
// that holds quotation q ("a geography student who signed up ‘because
// …’"), its sentence and token, or -1: the clause's words run to the
// quotation without a comma or stop.
func (r *Result) relativeBefore(q int) (si, w int) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 {
		return -1, -1
	}
	si = r.sentenceOf(qt.Start)
	if si < 0 {
		return -1, -1
	}
	toks := r.toks[si]
	j := -1
	for m, tk := range toks {
		if tk.Start >= qt.Start {
			j = m
			break
		}
	}
	if j < 1 {
		return -1, -1
	}
	for m := j - 1; m >= 0 && m >= j-1-maxRelativeLead; m-- {
		if r.inQ[si][m] || strings.ContainsAny(r.gapAt(toks, m+1), ",;:.!?—–") && m+1 != j {
			return -1, -1
		}
		if relativeOpeners[toks[m].Norm] {
			return si, m
		}
	}
	return -1, -1
}

// sieveDescribedRelative gives a quotation inside a restrictive relative
// clause of an indefinite description to the person described ("One of
// them, a geography student who signed up ‘because it sounded better’,
// found a coin"): the words are theirs, whatever the clause's verb. It
// runs after the rules that read a speech verb, before the paragraph's
// speaker, who is someone else.
func (r *Result) sieveDescribedRelative(q int) (int, bool) {
	si, w := r.relativeBefore(q)
	if w < 0 {
		return -1, false
	}
	if e := r.relativeDescribed(si, w); e >= 0 {
		return e, true
	}
	return -1, false
}

// relativeDescribedAntecedents gives the "he" or "she" after a quotation
// in such a clause ("… a woman from Eastfield who called herself “a cafe
// bore”. “…,” she said") to the person described, as
// possessiveRoleObjects does for "our waiter".
func (r *Result) relativeDescribedAntecedents() {
	for q := range r.Quotations {
		si, w := r.relativeBefore(q)
		if w < 0 {
			continue
		}
		e := r.relativeDescribed(si, w)
		if e < 0 {
			continue
		}
		n := w
		for m := w; m < len(r.toks[si]); m++ {
			if r.toks[si][m].Start < r.Quotations[q].End {
				n = m
			}
		}
		r.givePronounsAfter(si, n, func() int { return e })
	}
}

// selfNamers are the verbs of "who identified herself only as …".
var selfNamers = wordSet(`identified identifies`)

// reflexives are the objects of a self-naming verb.
var reflexives = wordSet(`himself herself`)

// maxSelfName bounds the words of a phrase someone identifies themself by.
const maxSelfName = 6

// selfIdentified gives the "he" or "she" after "… who identified herself
// only as Dennis’s neighbour." to a person known only by that phrase, as
// the sets name such a speaker (a name after "as" is the name's affair).
func (r *Result) selfIdentified() {
	for s, toks := range r.toks {
		for v := 1; v+2 < len(toks); v++ {
			if !selfNamers[toks[v].Norm] || !relativeOpeners[toks[v-1].Norm] || !reflexives[toks[v+1].Norm] || r.inQ[s][v] {
				continue
			}
			a := v + 2
			if toks[a].Norm == "only" || toks[a].Norm == "simply" {
				a++
			}
			if a+1 >= len(toks) || toks[a].Norm != "as" {
				continue
			}
			a++
			if mi, ok := r.nameAt[toks[a].Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Person && !r.possessive(mi) {
				continue // a name: "who identified himself as Tom Reed"
			}
			end := a
			for end+1 < len(toks) && end+1-a < maxSelfName && !r.inQ[s][end+1] && strings.TrimSpace(r.gapAt(toks, end+1)) == "" {
				end++
			}
			if r.inQ[s][a] || end+1 < len(toks) && !strings.ContainsAny(r.gapAt(toks, end+1), ",.;:") {
				continue
			}
			name := r.doc.Text[toks[a].Start:toks[end].End]
			g := personalPronouns[toks[v+1].Norm]
			// The pronouns of that gender after it, in the sentence and
			// the next of the paragraph; the possessor named in the
			// phrase ("Dennis’s") is not who speaks.
			var at []int
			r.pronounsAfter(s, end, func(t, m int) bool {
				if personalPronouns[r.toks[t][m].Norm] == g {
					at = append(at, r.toks[t][m].Start)
				}
				return true
			})
			if len(at) == 0 {
				continue
			}
			key := "i\x00" + strings.ToLower(name) + "\x00" + strconv.Itoa(s)
			e, ok := r.roleOnly[key]
			if !ok {
				e = r.addRoleOnly(key, name, strings.ToLower(toks[end].Norm))
			}
			r.givePronouns(e, g, at)
			break
		}
	}
}
