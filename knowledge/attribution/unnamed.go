package attribution

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

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
			// "our finds supervisor": noun modifiers between.
			for j := 0; j < maxRoleModifiers && p > 1 && !firstPersonOwners[toks[p].Norm] && r.ownedModifier(s, p); j++ {
				p--
			}
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
				return r.roleOnlyKeyed(key, name, w)
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
	r.givePronouns(make(), g, at)
}

// givePronouns gives person e gender g and the pronouns at the byte
// offsets at, which are no longer anyone unnamed's.
func (r *Result) givePronouns(e int, g string, at []int) {
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
	if e := r.bareOneAside(si, k, lo); e >= 0 {
		return e
	}
	a, n := r.openingIndefinite(si)
	if a < lo || a < 0 || toks[a].Norm != "one" || n != a+1 || n+1 > k || genericPeople[toks[n].Norm] {
		return -1
	}
	// "One mother of two, who asked not to be named, said": a count of
	// children or years after the noun is part of the description, which
	// names the speaker as written, a family noun included.
	if n+3 <= k && toks[n+1].Norm == "of" && countWord(toks[n+2].Norm) && relativeOpeners[toks[n+3].Norm] &&
		r.gapAt(toks, n+1) == " " && r.gapAt(toks, n+2) == " " && !r.inQ[si][n+1] && !r.inQ[si][n+2] {
		if !r.relativeAsideTo(si, n+3, k) {
			return -1
		}
		name := strings.ToLower(r.doc.Text[toks[a].Start:toks[n+2].End])
		key := "a\x00" + name + "\x00" + strconv.Itoa(si)
		return r.roleOnlyKeyed(key, name, toks[n].Norm, foldName(strings.ToLower(r.doc.Text[toks[a].Start:toks[n].End])))
	}
	if kinNouns[toks[n].Norm] {
		return -1
	}
	if rel := toks[n+1].Norm; rel != "who" && rel != "whose" || !strings.Contains(r.gapAt(toks, n+1), ",") ||
		k+1 >= len(toks) || !strings.Contains(r.gapAt(toks, k+1), ",") {
		return -1
	}
	for m := n + 2; m <= k; m++ {
		if r.inQ[si][m] && !r.quotedWordAt(si, m) || strings.ContainsAny(r.gapAt(toks, m), ".;:") && !r.inQ[si][m] {
			return -1
		}
	}
	return r.indefiniteRoleSpeaker(si, a, n)
}

// maxQuotedWords bounds a quoted word or name inside a relative clause
// ("whose daughter went out on “bouillabaisse,”"): a mention, not a
// quotation the clause's subject speaks.
const maxQuotedWords = 3

// quotedWordAt reports whether token m of sentence si is inside a
// quotation of at most maxQuotedWords words.
func (r *Result) quotedWordAt(si, m int) bool {
	lo, hi := m, m
	for lo > 0 && r.inQ[si][lo-1] {
		lo--
	}
	for hi+1 < len(r.inQ[si]) && r.inQ[si][hi+1] {
		hi++
	}
	return r.inQ[si][m] && hi-lo+1 <= maxQuotedWords
}

// tensWords are the round counts of years a description gives ("a driver
// of twenty years", "a member for forty years").
var tensWords = wordSet(`twenty thirty forty fifty sixty seventy eighty ninety`)

// countWord reports whether w is a number, spelt out or in digits.
func countWord(w string) bool {
	if numberWords[w] || tensWords[w] {
		return true
	}
	_, err := strconv.Atoi(w)
	return err == nil
}

// relativeAsideTo reports whether a relative clause set off by commas
// opens at token rel of sentence si and closes with the comma after
// token k, with no quotation or stop inside.
func (r *Result) relativeAsideTo(si, rel, k int) bool {
	toks := r.toks[si]
	if !relativeOpeners[toks[rel].Norm] || !strings.Contains(r.gapAt(toks, rel), ",") || k+1 >= len(toks) || !strings.Contains(r.gapAt(toks, k+1), ",") {
		return false
	}
	for m := rel; m <= k; m++ {
		if r.inQ[si][m] || m > rel && strings.ContainsAny(r.gapAt(toks, m), ".;:") {
			return false
		}
	}
	return true
}

// bareOneAside returns the person a clause opening "One, who …," names
// ("The drivers are not all of one mind. One, who has driven for the
// company for 23 years, said"): one of a group the article has just
// described, known only by what the relative clause says, which the sets
// name as written, "One" to the clause's end. The clause closes with the
// comma after token k, the verb's subject; -1 otherwise.
func (r *Result) bareOneAside(si, k, lo int) int {
	toks := r.toks[si]
	a := -1
	for m := lo; m < k; m++ {
		if toks[m].Norm == "one" && !r.inQ[si][m] && r.clauseStart(si, m, lo) {
			a = m
			break
		}
	}
	if a < 0 || a+2 > k || !isCap(toks[a]) && a > 0 || !r.relativeAsideTo(si, a+1, k) {
		return -1
	}
	name := strings.ToLower(r.doc.Text[toks[a].Start:toks[k].End])
	key := "a\x00" + name + "\x00" + strconv.Itoa(si)
	return r.roleOnlyKeyed(key, name, "one")
}

// ownedModifier reports whether token m of sentence si may modify the
// role noun after it in a first-person possessive phrase ("our finds
// supervisor", "my site manager"): a lower-case word outside quotations,
// no stop word nor possessive, one space before the next word.
func (r *Result) ownedModifier(si, m int) bool {
	toks := r.toks[si]
	return m+1 < len(toks) && !r.inQ[si][m] && !isCap(toks[m]) && !nlp.IsStopWord(toks[m].Norm) &&
		!possessive(toks[m].Text, false) && r.gapAt(toks, m+1) == " " && r.gapAt(toks, m) == " "
}

// ownedNamedNext hands the quotations of someone the writer knows by a
// first-person possessive role phrase ("our finds supervisor … ‘It’s a
// hairpin,’ she said") to the person whose full name opens the next
// sentence of the paragraph at that person's first mention ("Margaret
// Kell has worked on more Roman sites …"): the writer introduces a member
// of their own team, then names her (rule "named-later"). The named person
// takes the role, so "the finds supervisor said" is theirs too. A
// sentence with a quotation or a speech verb of its own, a name seen
// before, or a gender that disagrees leaves the quotations where they are.
func (r *Result) ownedNamedNext() {
	// In the keys' order, so that a run is the same every time.
	for _, key := range slices.Sorted(maps.Keys(r.roleOnly)) {
		e := r.roleOnly[key]
		if !strings.HasPrefix(key, "p\x00") {
			continue
		}
		last := -1
		for q := range r.Quotations {
			if r.Quotations[q].Speaker == e {
				last = q
			}
		}
		if last < 0 {
			continue
		}
		si := r.sentenceOf(r.Quotations[last].End - 1)
		t := si + 1
		if si < 0 || t >= len(r.toks) || r.doc.Sentences[t].Paragraph != r.doc.Sentences[si].Paragraph || len(r.toks[t]) == 0 {
			continue
		}
		mi, ok := r.nameAt[r.toks[t][0].Start]
		if !ok || r.quotationIn(t) {
			continue
		}
		x := r.Mentions[mi].Entity
		en := &r.Entities[x]
		if en.Kind != Person || en.RoleOnly || !strings.Contains(r.doc.Text[r.Mentions[mi].Start:r.Mentions[mi].End], " ") {
			continue
		}
		if g, h := r.Entities[e].Gender, en.Gender; g != "" && h != "" && g != h {
			continue
		}
		seen := false
		for _, m := range r.Mentions {
			if m.Entity == x && m.Start < r.Mentions[mi].Start {
				seen = true
				break
			}
		}
		for _, tk := range r.toks[t] {
			if speechVerbs[tk.Norm] {
				seen = true
			}
		}
		if seen {
			continue
		}
		r.giveNamedLater(e, x)
		w := r.Entities[e].last
		r.takeRole(x, w)
		// "the finds supervisor": the phrase's modifiers are the role's.
		if f := strings.Fields(foldName(r.Entities[e].Name)); len(f) > 2 {
			mods := f[1 : len(f)-1]
			for i := range en.Descriptors {
				if d := &en.Descriptors[i]; d.Head == w && len(d.Modifiers) == 0 {
					d.Modifiers = append([]string(nil), mods...)
				}
			}
			en.Roles = appendUnique(en.Roles, strings.Join(f[1:], " "))
		}
		// The phrase was the named person all along: it holds the role no
		// longer, so "the finds supervisor" finds the name.
		r.Entities[e].Roles, r.Entities[e].Descriptors = nil, nil
	}
}

// thirdPersonOwners open a phrase naming a body by whose it is ("her
// college", "their union").
var thirdPersonOwners = wordSet(`his her their`)

// possessiveBody returns the body a third-person possessive phrase ending
// at token k of sentence si names ("… said her college had told students
// to ‘…’"): the organisation the article names by that noun, else one
// known only by the phrase as written, which the sets use. -1 otherwise.
func (r *Result) possessiveBody(si, k, lo int) int {
	toks := r.toks[si]
	if k-1 < lo || k-1 < 0 || r.inQ[si][k] || r.inQ[si][k-1] || !thirdPersonOwners[toks[k-1].Norm] || r.gapAt(toks, k) != " " {
		return -1
	}
	w := toks[k].Norm
	if isCap(toks[k]) || singular(w) != w || !r.lex.IsOrganisationNoun(w) || r.personNoun(w) {
		return -1
	}
	if b := r.bodyByRole(w); b >= 0 {
		return b
	}
	name := strings.ToLower(r.doc.Text[toks[k-1].Start:toks[k].End])
	key := "o\x00" + name + "\x00" + strconv.Itoa(si)
	if e, ok := r.roleOnly[key]; ok {
		return e
	}
	e := r.addRoleOnly(key, name, w)
	r.Entities[e].Kind, r.Entities[e].Gender = Organisation, ""
	r.Entities[e].evidence = map[string]int{string(Organisation): 1}
	return e
}

// contrastQuantifiers open a sentence as its subject, standing for one
// more of the people just described ("Most regulars seemed unconcerned.
// … Another was less forgiving").
var contrastQuantifiers = wordSet(`another one`)

// quantifierAntecedents gives the "he" or "she" after a sentence whose
// subject is a lone "Another" or "One" ("Another was less forgiving.
// ‘…,’ he said") to the person that word stands for, named by it as
// written: one more of the people the paragraph or the one before
// describes by a person noun outside quotations. The word must be the
// subject: a verb follows it. A pronoun already someone's named in
// either sentence keeps its referent (givePronounsAfter).
func (r *Result) quantifierAntecedents() {
	for s, toks := range r.toks {
		if len(toks) < 3 || r.inQ[s][0] || r.inQ[s][1] || !isCap(toks[0]) || !contrastQuantifiers[toks[0].Norm] ||
			r.gapAt(toks, 1) != " " || !auxiliaries[toks[1].Norm] && !speechVerbs[toks[1].Norm] {
			continue
		}
		if !r.peopleDescribedBefore(s) {
			continue
		}
		r.givePronounsAfter(s, 0, func() int {
			name := strings.ToLower(toks[0].Text)
			key := "q\x00" + name + "\x00" + strconv.Itoa(s)
			return r.roleOnlyKeyed(key, name, toks[0].Norm)
		})
	}
}

// peopleDescribedBefore reports whether the sentences before s in its
// paragraph or the one before describe someone by a lower-case person
// noun outside quotations ("regulars", "one market trader"): people a
// lone "Another" may be one more of.
func (r *Result) peopleDescribedBefore(s int) bool {
	para := r.doc.Sentences[s].Paragraph
	for t := s - 1; t >= 0 && r.doc.Sentences[t].Paragraph >= para-1; t-- {
		for m, tk := range r.toks[t] {
			if r.inQ[t][m] || isCap(tk) {
				continue
			}
			if w := singular(tk.Norm); !genericPeople[w] && !kinNouns[w] && (r.lex.IsPersonNoun(w) || r.raw.IsPersonNoun(w) || plainPeople[w]) {
				return true
			}
		}
	}
	return false
}
