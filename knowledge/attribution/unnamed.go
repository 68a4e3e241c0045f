package attribution

import "strings"

// firstPersonOwners open a role phrase whose holder the writer knows and
// does not name: "our waiter", "my driver".
var firstPersonOwners = wordSet(`our my`)

// possessiveRoleObjects gives the "he" or "she" after a sentence that
// brings in someone known only by a first-person possessive role phrase
// anywhere in it ("I said so to our waiter, a student with a nose ring,
// who laughed. ‘…,’ she said.") to that person, named by the phrase as
// written ("our waiter"): the first such pronoun later in the sentence or
// in the next of the paragraph and those of its gender after it, until
// someone is named. A pronoun already given to someone named in either
// sentence keeps its referent. Phrases opening a sentence are
// indefiniteAntecedents' (openingPossessive).
func (r *Result) possessiveRoleObjects() {
	for s, toks := range r.toks {
		for n := 2; n < len(toks); n++ {
			p := n - 1
			if !firstPersonOwners[toks[p].Norm] || r.inQ[s][p] || r.inQ[s][n] || isCap(toks[n]) || r.gapAt(toks, n) != " " {
				continue
			}
			w := toks[n].Norm
			if singular(w) != w || plainPeople[w] || genericPeople[w] || kinNouns[w] || voiceNouns[w] || anonymousNouns[w] ||
				!r.lex.IsPersonNoun(w) && !r.raw.IsPersonNoun(w) {
				continue
			}
			if n+1 < len(toks) && r.gapAt(toks, n+1) == " " && (r.lex.IsPersonNoun(toks[n+1].Norm) || isCap(toks[n+1])) {
				continue // a modifier, or the name follows: "our driver Tom"
			}
			if r.heldAsSynonym(w) {
				continue // a role someone the article names holds
			}
			r.givePronounsAfter(s, n, func() int {
				name := strings.ToLower(r.doc.Text[toks[p].Start:toks[n].End])
				key := "p\x00" + name
				if e, ok := r.roleOnly[key]; ok {
					return e
				}
				return r.addRoleOnly(key, name, w)
			})
			break
		}
	}
}

// givePronounsAfter gives the "he" or "she" after token n of sentence s
// (pronounsAfter), and those of its gender after it, to the person make
// returns, unless a pronoun is already someone's named in its sentence or
// in s.
func (r *Result) givePronounsAfter(s, n int, make func() int) {
	var at []int
	g := ""
	r.pronounsAfter(s, n, func(t, m int) bool {
		tk := r.toks[t][m]
		if g != "" && personalPronouns[tk.Norm] != g {
			return true
		}
		if old, ok := r.pronoun[tk.Start]; ok && (r.namedIn(s, old) || r.namedIn(t, old) || r.Entities[old].RoleOnly) {
			return false
		}
		g = personalPronouns[tk.Norm]
		at = append(at, tk.Start)
		return true
	})
	if len(at) == 0 {
		return
	}
	e := make()
	r.Entities[e].Gender = g
	for _, p := range at {
		r.pronoun[p] = e
		delete(r.unnamedPronoun, p)
	}
}

// oneNounAside returns the person a sentence opening "One <person noun>,
// who …," or "One <person noun>, whose …," names ("One parent, whose son
// won the prize, said"), when the relative clause ends with the comma
// after token k, the verb's subject: named by "one" and the noun as
// written (indefiniteRoleSpeaker), role or not; a generic noun ("one
// man") is left to the rules for the unnamed. -1 otherwise.
func (r *Result) oneNounAside(si, k, lo int) int {
	toks := r.toks[si]
	a, n := r.openingIndefinite(si)
	if a < lo || a < 0 || toks[a].Norm != "one" || n != a+1 || n+1 > k || genericPeople[toks[n].Norm] || kinNouns[toks[n].Norm] {
		return -1
	}
	if rel := toks[n+1].Norm; rel != "who" && rel != "whose" || !strings.Contains(r.gapAt(toks, n+1), ",") ||
		k+1 >= len(toks) || !strings.Contains(r.gapAt(toks, k+1), ",") {
		return -1
	}
	for m := n + 2; m <= k; m++ {
		if r.inQ[si][m] || strings.ContainsAny(r.gapAt(toks, m), ".;:") {
			return -1
		}
	}
	return r.indefiniteRoleSpeaker(si, a, n)
}
