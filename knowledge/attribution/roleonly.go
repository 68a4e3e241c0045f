package attribution

import (
	"slices"
	"sort"
	"strconv"
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

// maxFronted bounds the words of a phrase fronted before a sentence's
// subject ("According to the transcript,").
const maxFronted = 6

// maxRoleModifiers bounds the noun modifiers of a role phrase ("the bowser
// driver", "the air traffic controller").
const maxRoleModifiers = 2

// roleSpeaker returns the person the article knows only by the role noun
// at token k of sentence si, whom a definite role phrase nobody named
// holds makes speak ("the controller told the crew: '…'"): one entity per
// role noun, named by the fullest phrase the article uses for it ("the
// bowser driver" for "the driver"), so that a moderator asking who said it
// reads the role rather than nothing. A definite phrase soon after an
// indefinite one of the role refers back to that person, named as first
// written (nearIndefinite). A plural, a plain description ("the woman")
// or a family noun is no role: -1.
func (r *Result) roleSpeaker(si, k int) int {
	w := r.roleWord(si, k)
	if singular(w) != w || plainPeople[w] || kinNouns[w] || anonymousNouns[w] || voiceNouns[w] {
		return -1
	}
	if e := r.nearIndefinite(w, si, k); e >= 0 {
		return e
	}
	return r.roleOnlyFor(w)
}

// addRoleOnly adds the person known only by role noun w, called name (and
// variants), and files it under key in r.roleOnly.
func (r *Result) addRoleOnly(key, name, w string, variants ...string) int {
	en := Entity{Kind: Person, Name: name, Short: name, Variants: append([]string{foldName(name)}, variants...), Roles: []string{w},
		Gender: handGender[w], RoleOnly: true, last: w, parts: []string{w}, evidence: map[string]int{string(Person): 1}}
	r.Entities = append(r.Entities, en)
	e := len(r.Entities) - 1
	r.starts = append(r.starts, nil)
	if r.roleOnly == nil {
		r.roleOnly = map[string]int{}
	}
	r.roleOnly[key] = e
	return e
}

// roleOnlyKeyed returns the role-only person recorded under key, adding
// one named name with role w (and variants) when there is none yet.
func (r *Result) roleOnlyKeyed(key, name, w string, variants ...string) int {
	if e, ok := r.roleOnly[key]; ok {
		return e
	}
	return r.addRoleOnly(key, name, w, variants...)
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
				if officeModifiers[p.Norm] && !isCap(p) {
					m, n = m-1, n+1
					continue
				}
				// "the chief executive": a person noun that a second one
				// carries on is part of the title.
				if r.lex.IsPersonNoun(p.Norm) && !isCap(p) && !possessive(p.Text, false) && !plainPeople[p.Norm] && !kinNouns[p.Norm] &&
					!nlp.IsStopWord(p.Norm) && !determiners[p.Norm] && r.titleContinues(si, k) {
					m, n = m-1, n+1
					continue
				}
				if isCap(p) || nlp.IsStopWord(p.Norm) || determiners[p.Norm] || possessive(p.Text, false) || r.lex.IsPersonNoun(p.Norm) ||
					!nounModifier(r.raw, p.Norm) && !nounModifier(r.raw, singular(p.Norm)) && !nounNotAdjective(r.raw, p.Norm) {
					break
				}
				m, n = m-1, n+1
			}
			// "the council's highways officer": a body's possessive
			// between "the" and the modifiers.
			d := m
			if m > 1 && n > 0 && !r.inQ[si][m-1] && !isCap(toks[m-1]) && possessive(toks[m-1].Text, false) &&
				r.isOrgWord(possessor(toks[m-1])) && !r.lex.IsPersonNoun(possessor(toks[m-1])) {
				d = m - 1
			}
			if d == 0 || toks[d-1].Norm != "the" || bestN > 0 && n <= bestN {
				continue
			}
			best, bestN = "the "+strings.ToLower(r.doc.Text[toks[d].Start:t.End]), max(n, 1)
		}
	}
	return best
}

// officeModifiers are the adjectives that tell one holder of a role from
// another, so that a role phrase keeps them ("the fourth official", "the
// then minister"), where "the same driver" or "the tired driver" is the
// driver: ordinals and words of an office's time.
var officeModifiers = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth then former acting interim outgoing incoming`)

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

// nounNotAdjective reports whether the lexicon gives folded word w a noun
// sense and no adjective one, so that before a role noun it can only be a
// noun modifier ("the finance director").
func nounNotAdjective(lex Lexicon, w string) bool {
	nn, ok := lex.(NounsNotAdjectives)
	return ok && nn.NounNotAdjective(w)
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
	if e := r.describedBack(si, k, lo); e >= 0 {
		return e, true
	}
	e, ok := r.rolePhrase(si, k, lo)
	if !ok && e == -1 && !r.inQ[si][k] {
		if p := r.possessiveRole(si, k, lo); p >= 0 {
			// "‘…,’ his race engineer told him": the person known only
			// as that possessor's role, unless the article names who
			// holds it for the same possessor ("his engineer, Priya
			// Raman").
			return r.possessiveRoleSpeaker(si, p, k), true
		}
		if a := r.indefiniteOpener(si, k, lo); a >= 0 && r.toks[si][a].Norm == "one" {
			// "One long-serving officer describes them as …": "one"
			// opens an indefinite role phrase as "a" does.
			if kind, isRole := r.roleOrOrg(r.toks[si][k].Norm); isRole && kind == "person" {
				return r.indefiniteRoleSpeaker(si, a, k), true
			}
		}
	}
	if !ok || e != -1 || r.inQ[si][k] {
		return e, ok
	}
	toks := r.toks[si]
	w := toks[k].Norm
	if kind, isRole := r.roleOrOrg(w); (!isRole || kind != "person") && !r.placedInsider(si, k, lo) || voiceNouns[w] {
		return e, ok
	}
	// "the controller", "the bowser driver", "the co-pilot": "the" over
	// noun modifiers only.
	m := r.hyphenStart(si, k)
	for n := 0; m > lo && n < maxRoleModifiers && toks[m-1].Norm != "the" && r.doc.Text[toks[m-1].End:toks[m].Start] == " " &&
		(capitalOffice(toks[m-1], toks[k]) || !isCap(toks[m-1]) && (officeModifiers[toks[m-1].Norm] || (nounModifier(r.raw, toks[m-1].Norm) || nounNotAdjective(r.raw, toks[m-1].Norm)) && !nlp.IsStopWord(toks[m-1].Norm))); n++ {
		m--
	}
	if a := r.indefiniteOpener(si, k, lo); a >= 0 {
		return r.indefiniteRoleSpeaker(si, a, k), true
	}
	if m <= lo && (m == 0 || toks[m-1].Norm != "the") || m == 0 || toks[m-1].Norm != "the" {
		return e, ok
	}
	return r.roleSpeaker(si, k), true
}

// genericPeople are person nouns that say nothing of who someone is ("a
// man", "a woman"): an indefinite phrase of them leaves the speaker as
// anonymous as "one resident" does.
var genericPeople = wordSet(`man woman boy girl person individual child adult teenager youngster stranger someone people`)

// indefiniteRoleSpeaker returns the person known only by the indefinite
// role phrase from token a ("a"/"an") to the role noun at k of sentence si
// ("A caller complained about '…'"): the sets' convention names such a
// speaker by the phrase as the article gives it, in lower case. Each such
// phrase is its own person (two callers are two people); a generic noun
// ("a man"), a family noun or a source is nobody's role: -1.
func (r *Result) indefiniteRoleSpeaker(si, a, k int) int {
	w := r.roleWord(si, k)
	if singular(w) != w || anonymousNouns[w] && !r.placedInsider(si, k, a) || voiceNouns[w] {
		return -1
	}
	toks := r.toks[si]
	name := strings.ToLower(r.doc.Text[toks[a].Start:toks[k].End])
	var variants []string
	if j := r.placeTail(si, k); j > k && r.functionTail(si, k) == k {
		// "a man in a rugby shirt": the phrase placing a person the
		// article describes names them as first written.
		variants = append(variants, foldName(name))
		name += r.doc.Text[toks[k].End:toks[j].End]
	} else if j := r.functionTail(si, k); j > k {
		// "One, a retired midwife from Wexcombe, said": the phrase that
		// places the role is part of its name, as the article gives it;
		// "a retired midwife" still names them.
		variants = append(variants, foldName(name))
		name += r.doc.Text[toks[k].End:toks[j].End]
	}
	// "senior midwife" for "a senior midwife": the phrase without its
	// article names them too.
	for _, v := range append([]string{foldName(name)}, variants...) {
		if _, rest, ok := strings.Cut(v, " "); ok && !slices.Contains(variants, rest) {
			variants = append(variants, rest)
		}
	}
	key := "a\x00" + name + "\x00" + strconv.Itoa(si)
	return r.roleOnlyKeyed(key, name, w, variants...)
}

// possessiveRole returns the possessive pronoun opening a role phrase
// whose person noun is token k of sentence si ("his race engineer"), its
// modifiers nouns, or -1.
func (r *Result) possessiveRole(si, k, lo int) int {
	toks := r.toks[si]
	w := toks[k].Norm
	if kind, isRole := r.roleOrOrg(w); !isRole || kind != "person" {
		return -1
	}
	m := r.hyphenStart(si, k)
	for n := 0; m > lo && n < maxRoleModifiers && !possessivePronouns[toks[m-1].Norm] && r.doc.Text[toks[m-1].End:toks[m].Start] == " " &&
		!isCap(toks[m-1]) && !nlp.IsStopWord(toks[m-1].Norm) && !r.inQ[si][m-1]; n++ {
		m--
	}
	if m <= lo || !possessivePronouns[toks[m-1].Norm] || r.inQ[si][m-1] || r.doc.Text[toks[m-1].End:toks[m].Start] != " " {
		return -1
	}
	return m - 1
}

// possessiveRoleSpeaker returns the person known only by the possessive
// role phrase from token p (the pronoun) to the role noun at k of sentence
// si ("his race engineer"), named by that phrase. Someone the article
// names as that possessor's holder of the role ("her engineer, Tom Vale")
// is the speaker instead; one it names without saying whose (-1) leaves
// the speaker undecided; one named as another's ("his engineer, Priya
// Raman" after "Kohl") does not hold Ferrante's "his race engineer".
func (r *Result) possessiveRoleSpeaker(si, p, k int) int {
	toks := r.toks[si]
	w := r.roleWord(si, k)
	if singular(w) != w || plainPeople[w] || kinNouns[w] || anonymousNouns[w] || voiceNouns[w] {
		return -1
	}
	owner, known := r.pronoun[toks[p].Start]
	if !known {
		if owner = r.firstPersonOwner(si, p); owner < 0 {
			// "It was, said their coach, ‘…’": whose coach the text
			// leaves open, the article's one named coach is meant.
			return r.soleRoleHolder(w, -1)
		}
	}
	// "Graham Ashdown, no relation to the chair, said … His namesake
	// replied": the one other person the article names with the owner's
	// surname.
	if w == "namesake" && r.Entities[owner].Kind == Person && len(r.Entities[owner].parts) >= 2 {
		if e := r.soleNamesake(owner, func(int) bool { return true }); e >= 0 {
			return e
		}
	}
	for e := range r.Entities {
		en := &r.Entities[e]
		if en.Kind != Person || en.RoleOnly || !slices.ContainsFunc(en.Roles, func(ro string) bool { return ro == w || r.sameRole(ro, w) }) {
			continue
		}
		switch o := r.holderPossessor(e, w); {
		case o == owner:
			return e // "Her engineer, Tom Vale, …" then "her engineer told her"
		case o < 0:
			// Whose role it is the article does not say: the one holder
			// it names ("The coach, Bernadette Lyle"), else no one.
			return r.soleRoleHolder(w, owner)
		}
	}
	name := strings.ToLower(r.doc.Text[toks[p].Start:toks[k].End])
	key := name + "\x00" + r.Entities[owner].Name
	return r.roleOnlyKeyed(key, name, w)
}

// firstPersonOwner returns whom "my" at token p of sentence si refers to
// outside quotations: the first-person piece's narrator ("my foreman told
// me" in a signed letter), or -1.
func (r *Result) firstPersonOwner(si, p int) int {
	if r.toks[si][p].Norm != "my" || r.inQ[si][p] {
		return -1
	}
	return r.narrator(r.doc.Sentences[si].Paragraph)
}

// holderPossessor returns whom a possessive pronoun just before role noun
// w in an appositive before one of person e's mentions refers to ("his
// engineer, Priya Raman"), or -1 when no mention is introduced so.
func (r *Result) holderPossessor(e int, w string) int {
	for _, mi := range r.Entities[e].Mentions {
		mt := r.Mentions[mi]
		toks := r.toks[mt.Sentence]
		for k, t := range toks {
			if t.Start != mt.TitleStart {
				continue
			}
			// "his engineer, Priya Raman": back over the comma, the role
			// and its modifiers to the pronoun.
			for m := k - 1; m >= 0 && m >= k-1-maxRoleModifiers-1; m-- {
				if possessivePronouns[toks[m].Norm] {
					if o, ok := r.pronoun[toks[m].Start]; ok && r.roleWord(mt.Sentence, k-1) == w {
						return o
					}
					return -1
				}
			}
		}
	}
	return -1
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

// roleAntecedents gives the role-only person a definite role phrase opens
// a sentence with ("The commander closed the thrust levers …") the "he" or
// "she" of the next sentence of its paragraph ("‘Rejecting,’ he said"),
// when the sentence names no one as its subject, no one the article names
// holds the role, and the pronoun's referent so far is named in neither
// sentence: a pronoun refers to the subject just before it, named or not.
func (r *Result) roleAntecedents() {
	for s := 0; s+1 < len(r.toks); s++ {
		if r.doc.Sentences[s].Paragraph != r.doc.Sentences[s+1].Paragraph {
			continue
		}
		k := r.openingRole(s)
		if k < 0 {
			continue
		}
		// A subject only a pronoun after the role phrase gave ("the
		// harbourmaster, a man who asked that his name not be printed,")
		// is the role's own.
		if subj := r.Sentences[s].Subject; subj >= 0 && (r.namedIn(s, subj) || !r.pronounAfter(s, k, subj)) {
			continue
		}
		w := r.toks[s][k].Norm
		// "He was Duncan Fairweather, chief executive …. The chief
		// executive regarded the jar. ‘…,’ he said": a title of several
		// words the one named person holds stands for that person.
		holder := -1
		if _, made := r.roleOnly[r.roleWord(s, k)]; !made && (r.ByRole(w) != -1 || r.articleRoles[w] || r.heldAsSynonym(w)) {
			if e := r.ByRole(w); e < 0 || r.Entities[e].Kind != Person || k == 0 || r.toks[s][k-1].Norm == "the" {
				continue
			} else {
				holder = e
			}
		}
		g := handGender[w] // WordNet makes a navigator a man
		if holder >= 0 {
			g = r.Entities[holder].Gender
		}
		for m, t := range r.toks[s+1] {
			if r.inQ[s+1][m] {
				continue
			}
			if _, named := r.nameAt[t.Start]; named {
				break // "He and Tom Hale …": the sentence names someone first
			}
			pg := personalPronouns[t.Norm]
			if t.Norm != "he" && t.Norm != "she" || g != "" && pg != g {
				continue
			}
			if e, ok := r.pronoun[t.Start]; ok && (r.namedIn(s, e) || r.namedIn(s+1, e)) {
				break
			}
			if holder >= 0 {
				r.pronoun[t.Start] = holder
			} else if e := r.roleSpeaker(s, k); e >= 0 {
				r.pronoun[t.Start] = e
				r.Entities[e].Gender = pg
			}
			break
		}
	}
}

// pronounAfter reports whether a pronoun after token k of sentence s,
// outside quotations, refers to e.
func (r *Result) pronounAfter(s, k, e int) bool {
	for m := k + 1; m < len(r.toks[s]); m++ {
		if pe, ok := r.pronoun[r.toks[s][m].Start]; ok && pe == e && !r.inQ[s][m] {
			return true
		}
	}
	return false
}

// openingRole returns the token of the role noun of a definite role phrase
// that opens sentence s outside quotations ("The commander closed …",
// "The bowser driver radioed …"), its modifiers nouns, or -1.
func (r *Result) openingRole(s int) int {
	toks := r.toks[s]
	d := 0
	// "On Thursday the harbourmaster …", "Later the driver …": a time
	// phrase fronted without a comma.
	if len(toks) > 2 && toks[0].Norm == "on" && timeWords[toks[1].Norm] && toks[2].Norm == "the" {
		d = 2
	} else if len(toks) > 1 && (timeWords[toks[0].Norm] || toks[0].Norm == "later" || toks[0].Norm == "earlier") && toks[1].Norm == "the" {
		d = 1
	}
	// "According to the transcript, the driver said": over a short
	// fronted phrase.
	for m := 1; d == 0 && len(toks) > 0 && toks[0].Norm != "the" && m < len(toks) && m <= maxFronted; m++ {
		if strings.TrimSpace(r.doc.Text[toks[m-1].End:toks[m].Start]) == "," {
			d = m
			break
		}
	}
	// "A lorry came back, and the driver got out": the subject of a
	// clause coordinated after a comma, when the first clause names no one.
	for m := 2; d == 0 && len(toks) > 0 && toks[0].Norm != "the" && m+1 < len(toks); m++ {
		if (toks[m-1].Norm == "and" || toks[m-1].Norm == "but") && toks[m].Norm == "the" && strings.TrimSpace(r.gapAt(toks, m-1)) == "," && !r.inQ[s][m] {
			if !slices.ContainsFunc(toks[:m], func(t nlp.Token) bool { _, ok := r.nameAt[t.Start]; return ok }) {
				d = m
			}
			break
		}
	}
	if d == 0 && (len(toks) == 0 || toks[0].Norm != "the") {
		return -1
	}
	if len(toks) < d+3 || r.inQ[s][d] || toks[d].Norm != "the" {
		return -1
	}
	for k := d + 1; k <= d+1+maxRoleModifiers && k+1 < len(toks); k++ {
		if r.inQ[s][k] || isCap(toks[k]) || possessive(toks[k].Text, false) {
			return -1
		}
		if r.doc.Text[toks[k].End:toks[k+1].Start] == "-" {
			continue // "co-" of "co-pilot"
		}
		w := toks[k].Norm
		// A word more often a surname ("farmer") heads the phrase in
		// lower case when a relative clause or an aside follows it: "The
		// farmer who owns the field".
		asideHead := notRoles[w] && (toks[k+1].Norm == "who" || strings.TrimSpace(r.gapAt(toks, k+1)) == ",")
		if r.lex.IsPersonNoun(w) && !plainPeople[w] && !kinNouns[w] && !voiceNouns[w] && (!notRoles[w] || asideHead) {
			// The head ends the phrase: a verb or adverb follows, not
			// another noun or "'s".
			if strings.HasPrefix(r.doc.Text[toks[k].End:], "'") || strings.HasPrefix(r.doc.Text[toks[k].End:], "’") {
				return -1
			}
			// "The chief executive regarded …": a second person noun
			// right after continues the title; the head is the last.
			if k+2 < len(toks) && k < d+1+maxRoleModifiers && r.titleContinues(s, k+1) {
				continue
			}
			return k
		}
		if !nounModifier(r.raw, w) && r.doc.Text[toks[k-1].End:toks[k].Start] != "-" {
			return -1
		}
	}
	return -1
}

// titleContinues reports whether token n of sentence s, outside
// quotations and joined to the word before by a space alone, is a person
// noun in its base form that carries a title on ("chief executive", "head
// coach"): not a verb's "-s" form ("the manager guides").
func (r *Result) titleContinues(s, n int) bool {
	toks := r.toks[s]
	w := toks[n].Norm
	return !r.inQ[s][n] && strings.TrimSpace(r.gapAt(toks, n)) == "" && !isCap(toks[n]) && singular(w) == w &&
		r.lex.IsPersonNoun(w) && !speechVerbs[w] && !plainPeople[w] && !kinNouns[w]
}

// heldAsSynonym reports whether a person the article names holds role w
// under another name ("the skipper" for its captain).
func (r *Result) heldAsSynonym(w string) bool {
	for i := range r.Entities {
		en := &r.Entities[i]
		if en.Kind == Person && slices.ContainsFunc(en.Roles, func(ro string) bool { return r.sameRole(ro, w) }) {
			return true
		}
	}
	return false
}

// namedIn reports whether sentence s names entity e outside quotations.
func (r *Result) namedIn(s, e int) bool {
	for k, t := range r.toks[s] {
		if mi, ok := r.nameAt[t.Start]; ok && !r.inQ[s][k] && r.Mentions[mi].Entity == e {
			return true
		}
	}
	return false
}

// IsVoiceNoun reports whether a folded noun names someone who speaks for a
// body ("spokesperson", "spokesman"): a claim's "the trust's spokesperson"
// is the trust's voice, no synonym of any person's role.
func IsVoiceNoun(w string) bool {
	return voiceNouns[w] && w != "representative" && w != "representatives" && w != "editors"
}

// nestedRolePhrase is the speaker of a quotation nested in another whose
// speech verb's subject, ending at role noun k of sentence si, is someone
// the outer speaker knows only by an indefinite role phrase ("‘One
// guidance counsellor told me, “…”’") or by a possessive one ("‘… the
// town's tourism officer had advised her, “…”’"): the person named by the
// phrase as the article gives it, as indefiniteRoleSpeaker names one in
// narration. ok is false when the subject is no such phrase.
func (r *Result) nestedRolePhrase(si, k, lo int) (int, bool) {
	toks := r.toks[si]
	w := toks[k].Norm
	if isCap(toks[k]) || !(r.lex.IsPersonNoun(w) || r.unknownOrPerson(w)) || nlp.IsStopWord(w) {
		return -1, false
	}
	a := r.hyphenStart(si, k)
	for n := 0; a > lo && n < maxRoleModifiers && r.doc.Text[toks[a-1].End:toks[a].Start] == " " && !isCap(toks[a-1]) &&
		!nlp.IsStopWord(toks[a-1].Norm) && !determiners[toks[a-1].Norm] && !possessive(toks[a-1].Text, false); n++ {
		a--
	}
	if a <= lo {
		return -1, false
	}
	switch d := toks[a-1]; {
	case d.Norm == "a" || d.Norm == "an" || d.Norm == "one":
		return r.indefiniteRoleSpeaker(si, a-1, k), true
	case possessive(d.Text, false) && !isCap(d) && a-2 >= lo && toks[a-2].Norm == "the":
		rw := r.roleWord(si, k)
		if singular(rw) != rw || genericPeople[rw] || kinNouns[rw] || anonymousNouns[rw] || voiceNouns[rw] {
			return -1, true
		}
		name := strings.ToLower(r.doc.Text[toks[a-2].Start:toks[k].End])
		return r.roleOnlyKeyed(name, name, rw), true
	}
	return -1, false
}

// roleOnlyFor returns the role-only person for role word w, made on first
// use and named by the fullest phrase the article uses for it.
func (r *Result) roleOnlyFor(w string) int {
	if e, ok := r.roleOnly[w]; ok {
		return e
	}
	// "A senior midwife at the unit … said …. The midwife said": the
	// definite phrase refers back to the one person an indefinite phrase
	// of that role brought in.
	found := -1
	for key, e := range r.roleOnly {
		if strings.HasPrefix(key, "a\x00") && slices.Contains(r.Entities[e].Roles, w) {
			if found >= 0 && found != e {
				found = -2
				break
			}
			found = e
		}
	}
	if found >= 0 {
		r.roleOnly[w] = found
		r.Entities[found].Variants = append(r.Entities[found].Variants, "the "+w)
		return found
	}
	name := r.fullestRole(w)
	if bare := "the " + w; bare != foldName(name) {
		// "highways officer" for "the council's highways officer".
		f := strings.TrimPrefix(foldName(name), "the ")
		if i := strings.LastIndex(f, "'s "); i >= 0 {
			f = f[i+3:]
		}
		return r.addRoleOnly(w, name, w, bare, f)
	}
	return r.addRoleOnly(w, name, w)
}

// functionPrepositions open the phrase that gives a person noun a
// function or a place: "the man on the phone", "the woman from the
// agency", "a reporter from the Nagasora Shimbun", "the chair of the
// meeting", "a nurse in the bereavement team".
var functionPrepositions = wordSet(`on from at behind of in with`)

// maxFunctionWords bounds the words of that phrase after the preposition.
const maxFunctionWords = 5

// plainPersonByFunction returns the person known only as "the man on the
// phone" when tokens [lo, k] of sentence si end with such a phrase right
// before its verb: "the", "a", "an" or "one", a person noun (a plain one
// or a role, with up to maxRoleModifiers words before it), a function
// preposition and a short phrase without a person's name. A bare "the
// woman said" stays anonymous; the phrase tells a reader who spoke. The
// entity is named by the phrase as the article writes it (the sets'
// convention for role-only speakers), one per definite phrase and one per
// sentence for an indefinite one (two callers are two people).
func (r *Result) plainPersonByFunction(si, k, lo int) int {
	toks := r.toks[si]
	for p := k - 1; p > lo+1 && p >= k-maxFunctionWords; p-- {
		if !functionPrepositions[toks[p].Norm] {
			continue
		}
		n := p - 1
		w := r.roleWord(si, n)
		if !plainPeople[w] && !r.functionRole(si, n, toks[p].Norm) {
			return -1
		}
		// The opener, over the role's modifiers ("the fourth official",
		// "a retired midwife", "one long-serving officer").
		a := r.hyphenStart(si, n) - 1
		for m := 0; a > lo && m < maxRoleModifiers && !determiners[toks[a].Norm] && toks[a].Norm != "one" &&
			!isCap(toks[a]) && !nlp.IsStopWord(toks[a].Norm) && !r.lex.IsPersonNoun(toks[a].Norm) &&
			r.doc.Text[toks[a].End:toks[a+1].Start] == " "; m++ {
			a = r.hyphenStart(si, a) - 1
		}
		if a < lo || r.inQ[si][a] || nlp.IsStopWord(toks[k].Norm) || determiners[toks[k].Norm] {
			return -1
		}
		if a > lo && strings.Contains(r.gapAt(toks, a), ",") {
			if _, ok := r.entityEndingAt(toks[a-1]); ok {
				return -1 // "Naledi Khumalo-Webb, a mining analyst at Sable Ridge Capital, said": the name's appositive
			}
		}
		definite := toks[a].Norm == "the"
		if !definite && toks[a].Norm != "a" && toks[a].Norm != "an" && toks[a].Norm != "one" {
			return -1
		}
		if !plainPeople[w] && toks[p].Norm == "of" && !definite {
			return -1 // "a member of the board", "one of the officers": no function of their own
		}
		for m := a + 1; m <= k; m++ {
			if r.inQ[si][m] || strings.TrimSpace(r.gapAt(toks, m)) != "" && r.gapAt(toks, m) != "-" {
				return -1
			}
			if e, ok := r.entityEndingAt(toks[m]); ok && r.Entities[e].Kind == Person {
				return -1 // "the man from Ms Roe's office" is no one's function
			}
		}
		if w == "official" && toks[p].Norm != "on" && toks[p].Norm != "behind" {
			// "An official at the ministry, speaking on condition of
			// anonymity, said": an official left unnamed speaks for the
			// body, as a spokesman does (officialOfBody).
			if e := r.bodyOfPhrase(si, p+1, k); e >= 0 {
				return e
			}
		}
		if e, ok := r.entityEndingAt(toks[k]); ok && r.Entities[e].Kind == Organisation && !plainPeople[w] &&
			(toks[p].Norm == "of" || toks[p].Norm == "at") {
			return -1 // "the head of the Federal Rail Safety Administration": its officer, named elsewhere
		}
		name := r.doc.Text[toks[a].Start:toks[k].End]
		if definite || plainPeople[w] {
			name = strings.ToLower(name[:1]) + name[1:]
		}
		key := "fn\x00" + foldName(name)
		if !definite {
			key += "\x00" + strconv.Itoa(si)
		}
		return r.roleOnlyKeyed(key, name, w, foldName(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")), w)
	}
	return -1
}

// bodyOfPhrase returns the organisation that tokens [b, k] of sentence si
// name: an organisation's name, or a definite phrase in lower case whose
// last word is an organisation word ("the ministry", "the transport
// ministry"), which is the body the article named or described so before:
// an organisation whose name has the words, else the latest phrase ending
// in that word in the sentences before (voiceWindow of them, this
// paragraph or the one before), which then becomes a body named by its
// words ("The transport ministry ordered an inspection. An official at
// the ministry said …"). -1 when there is none.
func (r *Result) bodyOfPhrase(si, b, k int) int {
	toks := r.toks[si]
	if mi, ok := r.endAt[toks[k].End]; ok && r.Mentions[mi].TitleStart <= toks[b].Start+4 {
		e := r.Mentions[mi].Entity
		if en := &r.Entities[e]; en.Kind != Organisation {
			return -1
		} else if len(en.parts) > 1 || isCap(toks[k]) {
			return e
		}
		// A bare "the ministry" made a body of its own: the phrase
		// before may say which ministry.
	}
	head := toks[k].Norm
	if toks[b].Norm != "the" || isCap(toks[k]) || !r.isOrgWord(head) || r.lex.IsPersonNoun(head) {
		return -1
	}
	var mods []string
	for _, t := range toks[b+1 : k] {
		if isCap(t) || nlp.IsStopWord(t.Norm) {
			return -1
		}
		mods = append(mods, t.Norm)
	}
	if e := r.ByPhrase(mods, head); e >= 0 {
		return e
	}
	if len(mods) == 0 {
		if e := r.ByRole(head); e >= 0 && r.Entities[e].Kind == Organisation && slices.Contains(r.Entities[e].parts, head) {
			return e
		}
	}
	// The phrase the article used before for the body.
	para := r.doc.Sentences[si].Paragraph
	for s := si; s >= 0 && s > si-voiceWindow && r.doc.Sentences[s].Paragraph >= para-1; s-- {
		pt := r.toks[s]
		for m := len(pt) - 1; m > 0; m-- {
			if s == si && m >= b || r.inQ[s][m] || pt[m].Norm != head || isCap(pt[m]) {
				continue
			}
			if mi, ok := r.endAt[pt[m].End]; ok {
				if e := r.Mentions[mi].Entity; r.Entities[e].Kind == Organisation {
					return e
				}
				continue
			}
			d := m - 1
			for d > 0 && m-d <= maxBodyModifiers && pt[d].Norm != "the" && !isCap(pt[d]) && !nlp.IsStopWord(pt[d].Norm) &&
				r.doc.Text[pt[d].End:pt[d+1].Start] == " " {
				d--
			}
			if pt[d].Norm != "the" || d+1 == m && len(mods) == 0 || r.doc.Text[pt[d].End:pt[d+1].Start] != " " {
				continue // a bare "the ministry" before says no more than this one
			}
			return r.addBody(s, d+1, m)
		}
	}
	return -1
}

// addBody makes tokens [m, k] of sentence si, a phrase in lower case, a
// mention of the unnamed body it describes ("transport ministry"), as
// unnamedBodies does, and returns the body.
func (r *Result) addBody(si, m, k int) int {
	toks := r.toks[si]
	name := r.doc.Text[toks[m].Start:toks[k].End]
	f := foldName(name)
	e := -1
	for i := range r.Entities {
		if r.Entities[i].Kind == Organisation && slices.Contains(r.Entities[i].Variants, f) {
			e = i
			break
		}
	}
	if e < 0 {
		parts := strings.Fields(f)
		r.Entities = append(r.Entities, Entity{Kind: Organisation, Name: name, Short: name, Variants: []string{f, "the " + f},
			first: parts[0], last: parts[len(parts)-1], parts: parts, evidence: map[string]int{string(Organisation): 1}})
		e = len(r.Entities) - 1
		r.starts = append(r.starts, nil)
		r.indexParts(e)
	}
	if mi, ok := r.nameAt[toks[m].Start]; ok {
		return r.Mentions[mi].Entity
	}
	r.Mentions = append(r.Mentions, Mention{Start: toks[m].Start, End: toks[k].End, TitleStart: toks[m].Start, Sentence: si, Entity: e})
	mi := len(r.Mentions) - 1
	// In text order, as mentionsBefore searches them.
	en := &r.Entities[e]
	at := sort.Search(len(en.Mentions), func(x int) bool { return r.Mentions[en.Mentions[x]].Start > toks[m].Start })
	en.Mentions = slices.Insert(en.Mentions, at, mi)
	r.starts[e] = slices.Insert(r.starts[e], sort.SearchInts(r.starts[e], toks[m].Start), toks[m].Start)
	r.nameAt[toks[m].Start] = mi
	r.titleAt[toks[m].Start] = mi
	r.endAt[toks[k].End] = mi
	return e
}

// openingFunctionEnd returns the last token of a role phrase with a
// function phrase that opens sentence si at token lo ("The man from the
// distribution company came up …"): a determiner, a person noun within
// maxRoleModifiers+1 words, a function preposition and the nouns, names
// and determiners after it; -1 when there is none.
func (r *Result) openingFunctionEnd(si, lo int) int {
	toks := r.toks[si]
	if lo >= len(toks) || !determiners[toks[lo].Norm] && toks[lo].Norm != "one" || r.inQ[si][lo] {
		return -1
	}
	nf, _ := r.raw.(NounsFirst)
	for n := lo + 1; n < len(toks) && n <= lo+1+maxRoleModifiers; n++ {
		if r.gapAt(toks, n) != " " && r.gapAt(toks, n) != "-" {
			return -1
		}
		if n+2 >= len(toks) || !functionPrepositions[toks[n+1].Norm] || r.gapAt(toks, n+1) != " " {
			continue
		}
		j := n + 2
		for j+1 < len(toks) && j+1 <= n+1+maxFunctionWords && r.gapAt(toks, j+1) == " " && !r.inQ[si][j+1] &&
			(determiners[toks[j].Norm] || isCap(toks[j+1]) || nf != nil && nf.NounFirst(toks[j+1].Norm)) {
			j++
		}
		if determiners[toks[j].Norm] || nlp.IsStopWord(toks[j].Norm) {
			return -1
		}
		return j
	}
	return -1
}

// functionTail returns the last token of the function phrase after the
// role noun at token k of sentence si ("from Wexcombe", "in the
// bereavement team"), when the phrase ends the subject (a comma or a
// speech verb follows it), or k.
func (r *Result) functionTail(si, k int) int {
	toks := r.toks[si]
	p := k + 1
	if p+1 >= len(toks) || !functionPrepositions[toks[p].Norm] || r.inQ[si][p] || r.gapAt(toks, p) != " " {
		return k
	}
	for j := p + 1; j < len(toks) && j <= p+maxFunctionWords; j++ {
		if r.inQ[si][j] || r.gapAt(toks, j) != " " {
			return k
		}
		if e, ok := r.entityEndingAt(toks[j]); ok && r.Entities[e].Kind == Person {
			return k
		}
		if nlp.IsStopWord(toks[j].Norm) && !determiners[toks[j].Norm] {
			return k
		}
		if j+1 == len(toks) {
			return k
		}
		if strings.Contains(r.gapAt(toks, j+1), ",") || r.gapAt(toks, j+1) == " " && speechVerbs[toks[j+1].Norm] {
			if determiners[toks[j].Norm] {
				return k
			}
			return j
		}
	}
	return k
}

// functionRole reports whether the word at token n of sentence si is a
// person's role that a function phrase after preposition prep may
// complete ("a reporter from …", "the chair of …"): a singular person
// noun that is no family, anonymous or voice noun, and, before "of", no
// post that stands for its body ("the head of the agency" is the agency's
// officer, whom the article names elsewhere).
func (r *Result) functionRole(si, n int, prep string) bool {
	w := r.roleWord(si, n)
	if singular(w) != w || kinNouns[w] || anonymousNouns[w] || voiceNouns[w] || genericPeople[w] || notRoles[w] || r.isOrgWord(w) {
		return false
	}
	if prep == "of" && (ofHeads[w] || representNouns[w]) {
		return false
	}
	kind, isRole := r.roleOrOrg(r.toks[si][n].Norm)
	return isRole && kind == "person" || r.lex.IsPersonNoun(w)
}

// placedInsider reports whether the anonymous noun at token k of sentence
// si ("insider", "source") has a noun modifier right before it that says
// whose ("a council insider", "a club source"): the article then gives
// the speaker a place, and the sets name such a speaker by the phrase,
// where "a source close to the couple" or "an anonymous source" stays
// nobody's. lo bounds the phrase.
func (r *Result) placedInsider(si, k, lo int) bool {
	toks := r.toks[si]
	if !anonymousNouns[toks[k].Norm] || k-1 <= lo || r.inQ[si][k-1] || r.doc.Text[toks[k-1].End:toks[k].Start] != " " {
		return false
	}
	m := toks[k-1]
	if isCap(m) || nlp.IsStopWord(m.Norm) || determiners[m.Norm] || !nounModifier(r.raw, m.Norm) {
		return false
	}
	d := toks[k-2].Norm
	return k-2 >= lo && (d == "a" || d == "an" || d == "one")
}

// indefiniteOpener returns the token of the "a", "an" or "one" opening an
// indefinite role phrase whose noun is token k of sentence si ("a caller",
// "a retired nurse", "one long-serving officer": adjectives too, as the
// article gives them), not before token lo; or -1.
func (r *Result) indefiniteOpener(si, k, lo int) int {
	toks := r.toks[si]
	a := r.hyphenStart(si, k)
	for n := 0; a > lo && n < maxRoleModifiers && r.doc.Text[toks[a-1].End:toks[a].Start] == " " && !isCap(toks[a-1]) &&
		!nlp.IsStopWord(toks[a-1].Norm) && !determiners[toks[a-1].Norm] && toks[a-1].Norm != "one" && !r.inQ[si][a-1]; n++ {
		// A hyphenated modifier is one word ("long-serving").
		a = max(r.hyphenStart(si, a-1), lo)
	}
	if a > lo && (toks[a-1].Norm == "a" || toks[a-1].Norm == "an" || toks[a-1].Norm == "one") && !r.inQ[si][a-1] {
		return a - 1
	}
	return -1
}

// maxIndefiniteWords bounds the words from the "a" of an indefinite person
// phrase to its noun ("a patient's daughter", "one Ashcombe supporter").
const maxIndefiniteWords = 4

// indefiniteAntecedents gives the "he" or "she" after a sentence that opens
// with an indefinite person phrase ("A patient's daughter who arrived for
// visiting said …", "One Ashcombe supporter … was in tears. ‘…,’ he
// said") to that person: the first such pronoun later in the sentence or
// opening a clause of the next sentence of the paragraph, when no one is
// named between and the gender agrees. A role names the person as the
// article gives it ("a retired nurse"); anyone else is someone the
// article does not name, whose words are no one's, never the last person
// named paragraphs before.
func (r *Result) indefiniteAntecedents() {
	for s := range r.toks {
		a, n := r.openingIndefinite(s)
		if a < 0 {
			a, n = r.openingPossessive(s)
		}
		if a < 0 {
			r.namedKinPronouns(s)
			continue
		}
		w := r.roleWord(s, n)
		g := handGender[w]
		if g == "" {
			g = genderOfVoice(w)
		}
		// Every "he" or "she" of the gender after the noun, in this
		// sentence and the next of the paragraph, until someone is named.
		var at []int
		pg := ""
		r.pronounsAfter(s, n, func(t, m int) bool {
			tk := r.toks[t][m]
			if g != "" && personalPronouns[tk.Norm] != g || pg != "" && personalPronouns[tk.Norm] != pg {
				return true
			}
			if possessivePronouns[r.toks[s][a].Norm] && personalPronouns[tk.Norm] == personalPronouns[r.toks[s][a].Norm] {
				// "Her sister, she added, …": "she" is whose sister.
				return true
			}
			if old, ok := r.pronoun[tk.Start]; ok && (r.namedIn(s, old) || r.namedIn(t, old) || r.Entities[old].RoleOnly) {
				return false
			}
			pg = personalPronouns[tk.Norm]
			at = append(at, tk.Start)
			return true
		})
		if len(at) == 0 {
			continue
		}
		e := r.indefiniteSubject(s, a, n)
		for _, p := range at {
			if e >= 0 {
				r.pronoun[p] = e
				r.Entities[e].Gender = pg
				continue
			}
			delete(r.pronoun, p)
			if r.unnamedPronoun == nil {
				r.unnamedPronoun = map[int]bool{}
			}
			r.unnamedPronoun[p] = true
		}
	}
}

// indefiniteSubject returns the person an indefinite phrase from token a
// to person noun n of sentence si names: a role, as the article gives it
// ("a retired nurse"); -1 for anyone else ("a patient's daughter"), whom
// the article does not name.
func (r *Result) indefiniteSubject(si, a, n int) int {
	return r.indefiniteRoleSpeaker(si, a, n)
}

// indefiniteIsRole reports whether the indefinite phrase from token a to
// person noun n of sentence si gives a role ("a senior midwife"), not a
// description ("a patient's daughter", "a man").
func (r *Result) indefiniteIsRole(si, a, n int) bool {
	return r.functionRole(si, n, "") && (n == a+1 || !isCap(r.toks[si][a+1]) && !possessive(r.toks[si][a+1].Text, false))
}

// openingIndefinite returns the "a", "an" or "one" opening sentence s, or
// an appositive set off by a comma in its first words ("One of the
// victims, a retired nurse who …"), and the person noun it opens within
// maxIndefiniteWords words; -1, -1 when there is none. The words between
// may be modifiers of any kind, names and possessives included.
func (r *Result) openingIndefinite(s int) (int, int) {
	toks := r.toks[s]
	for a := 0; a < len(toks) && a <= maxFronted; a++ {
		if r.inQ[s][a] {
			return -1, -1
		}
		// After a comma only in apposition to "One" ("One of the
		// victims, a retired nurse"): "The harbourmaster, a quiet man,"
		// is the harbourmaster.
		if a > 0 && (!strings.Contains(r.gapAt(toks, a), ",") || toks[0].Norm != "one") {
			continue
		}
		if d := toks[a].Norm; d != "a" && d != "an" && d != "one" {
			continue
		}
		for n := a + 1; n < len(toks) && n <= a+maxIndefiniteWords; n++ {
			if r.inQ[s][n] || strings.TrimSpace(r.gapAt(toks, n)) != "" && r.gapAt(toks, n) != "-" {
				break
			}
			if _, ok := r.nameAt[toks[n].Start]; ok {
				if mi := r.nameAt[toks[n].Start]; r.Entities[r.Mentions[mi].Entity].Kind == Person {
					break
				}
			}
			w := r.roleWord(s, n)
			if isCap(toks[n]) || possessive(toks[n].Text, false) || singular(w) != w {
				continue
			}
			if n+1 < len(toks) && (r.gapAt(toks, n+1) == "-" || r.gapAt(toks, n+1) == " " && (r.lex.IsPersonNoun(toks[n+1].Norm) || possessive(toks[n+1].Text, false))) {
				continue // a modifier: the noun comes later
			}
			if plainPeople[w] || kinNouns[w] || genericPeople[w] || r.lex.IsPersonNoun(w) && !voiceNouns[w] && !anonymousNouns[w] {
				return a, n
			}
		}
	}
	return -1, -1
}

// pronounsAfter calls visit with every "he" or "she" outside quotations
// after token n of sentence s and in the next sentence of its paragraph,
// until a person is named or visit returns false.
func (r *Result) pronounsAfter(s, n int, visit func(t, m int) bool) {
	para := r.doc.Sentences[s].Paragraph
	for t := s; t <= s+1 && t < len(r.toks); t++ {
		if r.doc.Sentences[t].Paragraph != para {
			return
		}
		from := 0
		if t == s {
			from = n + 1
		}
		if !r.pronounsIn(t, from, visit) {
			return
		}
	}
}

// pronounsIn calls visit with every "he" or "she" outside quotations in
// sentence t from token from on; it reports false once a person is named
// or visit returns false, and the walk must stop.
func (r *Result) pronounsIn(t, from int, visit func(t, m int) bool) bool {
	for m := from; m < len(r.toks[t]); m++ {
		tk := r.toks[t][m]
		if r.inQ[t][m] {
			continue
		}
		if mi, ok := r.nameAt[tk.Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Person {
			return false // someone named comes next
		}
		if tk.Norm != "he" && tk.Norm != "she" {
			continue
		}
		if !visit(t, m) {
			return false
		}
	}
	return true
}

// phraseOpeners open a noun phrase naming someone a nested quotation's
// speaker may be known by only ("a chap", "the woman", "your own leader",
// "their grandmother").
var phraseOpeners = wordSet(`a an one the your his her their`)

// phraseSpeaker returns the person named by the noun phrase whose head is
// person noun k of sentence si, not before token lo, when it opens with an
// article, "one" or a possessive other than "my"/"our" ("a chap", "the
// woman", "your own leader", "their grandmother"), through token end (a
// tail placing them: "the man on the phone"). A "his"/"her" relative the
// article names is that person; otherwise the phrase as written names
// one person the article knows only by it, as the sets' convention
// names people known only by a role. The noun's gender must not differ
// from g (when g is set); -1 when there is no such phrase.
func (r *Result) phraseSpeaker(si, k, end, lo int, g string) int {
	m := r.phraseStart(si, k, lo, g)
	if m < 0 {
		return -1
	}
	toks := r.toks[si]
	noun := toks[k].Norm
	if rel := kinAddress[noun]; rel != "" {
		noun = rel
	}
	switch toks[m].Norm {
	case "his", "her":
		if owner, ok := r.pronoun[toks[m].Start]; ok {
			if e := r.relativeOf(owner, noun); e >= 0 {
				return e
			}
		}
	case "the":
		// "the champion": the person the article gives that role.
		// "the then minister" is not the one who holds the role now.
		past := slices.ContainsFunc(toks[m+1:k], func(t nlp.Token) bool { return pastHolder[t.Norm] })
		if e := r.roleAnyone(noun, toks[k].Start); e >= 0 && !past && (g == "" || r.genderFits(e, g)) {
			return e
		}
	case "a", "an":
		if end == k {
			if e := r.indefiniteRoleSpeaker(si, m, k); e >= 0 {
				return e
			}
		}
	}
	name := r.doc.Text[toks[m].Start:toks[end].End]
	key := "phrase\x00" + foldName(name)
	return r.roleOnlyKeyed(key, name, noun)
}

// pastHolder words mark someone who held a role before its holder now.
var pastHolder = wordSet(`then former previous late old ex`)

// phraseStart returns the opener of the phrase phraseSpeaker names for
// head k of sentence si (see there), or -1.
func (r *Result) phraseStart(si, k, lo int, g string) int {
	toks := r.toks[si]
	noun := toks[k].Norm
	if rel := kinAddress[noun]; rel != "" {
		noun = rel
	}
	if isCap(toks[k]) || !r.lex.IsPersonNoun(noun) || notRoles[noun] || singular(noun) != noun || anonymousNouns[noun] || voiceNouns[noun] {
		return -1
	}
	if ng := r.lex.PersonGender(noun); g != "" && ng != "" && ng != g {
		return -1
	}
	// The head ends its phrase: "the teacher training college" names no one.
	if k+1 < len(toks) && !isCap(toks[k+1]) && r.lex.IsPersonNoun(toks[k+1].Norm) {
		return -1
	}
	for m := k - 1; m >= lo && m >= k-5; m-- {
		w := toks[m].Norm
		if phraseOpeners[w] {
			return m
		}
		if isCap(toks[m]) || prepositions[w] || determiners[w] || possessivePronouns[w] || r.inQ[si][m] != r.inQ[si][k] {
			return -1
		}
	}
	return -1
}
