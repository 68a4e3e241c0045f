package attribution

import (
	"strconv"
	"strings"

	"github.com/quotebot/quotebot/knowledge/lexicon"
	"github.com/quotebot/quotebot/knowledge/nlp"
)

// describedOpeners open an indefinite description of a person the article
// does not name: "a keeper", "one resident", "another visitor".
var describedOpeners = wordSet(`a an one another`)

// relativeOpeners open a restrictive relative clause after a person noun
// ("a keeper who asked not to be named", "a farmer whose land borders
// the reserve").
var relativeOpeners = wordSet(`who whose`)

// maxDescribedWords bounds the words from the article of a described
// subject to its speech verb, asides included.
const maxDescribedWords = 40

// describedSubject returns the person an indefinite description opening
// the clause of the speech verb at token v of sentence si names, when a
// phrase after its person noun stands between them: a place or company
// ("A shop assistant at the branch said", "a visitor from Leeds said"), a
// relative clause without commas ("a keeper who asked not to be named
// said"), an aside between commas ("one resident, holding a placard,
// said"), or a first verb joined by "and" ("a former miner at the bar
// held up the trophy and said"). The sets name such a speaker by the
// phrase as first written: its article, modifiers, noun and the place or
// restrictive clause, not the aside. -1, false when the clause has no
// such subject.
func (r *Result) describedSubject(si, v, lo int) (int, bool) {
	toks := r.toks[si]
	if v <= lo+1 || v >= len(toks) || r.inQ[si][v] {
		return -1, false
	}
	for a := v - 2; a >= lo && a >= v-maxDescribedWords; a-- {
		if r.inQ[si][a] {
			continue // a quotation inside an aside
		}
		if strings.ContainsAny(r.gapAt(toks, a+1), ";!?") || strings.Contains(r.gapAt(toks, a+1), ".") && !abbreviationAt(toks[a]) {
			return -1, false
		}
		if toks[a].Norm == "the" && r.clauseStart(si, a, lo) {
			if e := r.describedAgain(si, a, v); e >= 0 {
				return e, true
			}
			if e, ok := r.describedDefinite(si, a, v); ok {
				return e, true
			}
		}
		if !describedOpeners[toks[a].Norm] || !r.clauseStart(si, a, lo) {
			continue
		}
		if e, ok := r.describedFrom(si, a, v); ok {
			return e, true
		}
	}
	return -1, false
}

// describedAgain returns the person described earlier in the article
// whom a definite phrase with a restrictive relative clause, from token a
// of sentence si to the verb at v, brings back ("One neighbour, who has
// lived there since 1974, said … ¶ … ¶ The neighbour who had rung the
// council said"): the one described person with that noun, named as first
// written. -1 when none or several fit.
func (r *Result) describedAgain(si, a, v int) int {
	toks := r.toks[si]
	n := a + 1
	if n+1 >= v || isCap(toks[n]) || r.inQ[si][n] || singular(toks[n].Norm) != toks[n].Norm || !r.personNoun(toks[n].Norm) ||
		!relativeOpeners[toks[n+1].Norm] || r.gapAt(toks, n+1) != " " {
		return -1
	}
	for m := n + 1; m < v; m++ {
		if r.inQ[si][m] || strings.TrimSpace(r.gapAt(toks, m)) != "" {
			return -1 // an aside: not a plain restrictive clause
		}
	}
	if r.gapAt(toks, v) != " " {
		return -1
	}
	found := -1
	for key, e := range r.roleOnly {
		parts := strings.Split(key, "\x00")
		if len(parts) != 3 || parts[0] != "a" || r.Entities[e].last != toks[n].Norm {
			continue
		}
		if at, err := strconv.Atoi(parts[2]); err != nil || at >= si {
			continue
		}
		if found >= 0 && found != e {
			return -1 // two described with the noun: which is unsure
		}
		found = e
	}
	return found
}

// frontedOpeners open a fronted adverbial before a clause's subject
// ("Outside the hall, one resident …", "At the branch on Saturday, a
// shop assistant …").
var frontedOpeners = wordSet(`in at on outside inside near from after before during later earlier then meanwhile
	elsewhere across among nearby afterwards back by behind at not yet still`)

// clauseStart reports whether token a of sentence si opens a clause: the
// sentence's first word, after a fronted adverbial's comma ("Outside the
// hall, one resident …"), or after a colon, semicolon, dash or "and"/"but".
// A comma after anything else sets off an appositive ("Marta Lind, a site
// engineer at Pell Ridge, said"), which describes the name before it.
func (r *Result) clauseStart(si, a, lo int) bool {
	toks := r.toks[si]
	if a == 0 || a == lo {
		return true
	}
	g := r.gapAt(toks, a)
	if strings.ContainsAny(g, ":;—–") {
		return true
	}
	if strings.Contains(g, ",") {
		f := toks[0].Norm
		for m := 1; m < a; m++ {
			if r.inQ[si][m] || speechVerbs[toks[m].Norm] {
				return false
			}
		}
		return !r.inQ[si][0] && (frontedOpeners[f] || timeWords[f] || r.lyAdverb(f))
	}
	p := toks[a-1].Norm
	return (p == "and" || p == "but") && !r.inQ[si][a-1]
}

// bodyWordAt reports whether token m of sentence si names a body: a name
// of an organisation, or a word the article names a body by ("an official
// at the ministry" after "the transport ministry"): the person speaks for
// that body, whose rules decide.
func (r *Result) bodyWordAt(si, m int) bool {
	tk := r.toks[si][m]
	if mi, ok := r.nameAt[tk.Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Organisation {
		return true
	}
	if e, ok := r.entityEndingAt(tk); ok && r.Entities[e].Kind == Organisation {
		return true
	}
	return !isCap(tk) && r.isOrgWord(tk.Norm) && r.bodyNamedBy(tk.Norm)
}

// bodyOfficial reports whether the noun at n of sentence si is
// "official": an official speaks for a body ("an official at the
// ministry", "a harbour official, who asked not to be named"), which the
// rules for bodies and sources name.
func (r *Result) bodyOfficial(si, n int) bool {
	return r.toks[si][n].Norm == "official"
}

// holderNouns head a compound naming a person by what they hold or keep,
// which WordNet files as things: "one plot holder", "a season-ticket
// holder", "a stall keeper".
var holderNouns = wordSet(`holder`)

// auxiliaries stand between a subject and a progressive or perfect speech
// verb ("an announcer at the station was telling passengers").
var auxiliaries = wordSet(`was were is are has had have will would`)

// describedFrom reads the description from the article at token a to the
// verb at v (describedSubject).
func (r *Result) describedFrom(si, a, v int) (int, bool) {
	toks := r.toks[si]
	n := -1
	for m := a + 1; m < v && m <= a+1+maxRoleModifiers+1; m++ {
		if r.inQ[si][m] || strings.TrimSpace(r.gapAt(toks, m)) != "" && r.gapAt(toks, m) != "-" {
			return -1, false
		}
		w := toks[m].Norm
		if _, ok := r.nameAt[toks[m].Start]; ok && isCap(toks[m]) {
			if mi := r.nameAt[toks[m].Start]; r.Entities[r.Mentions[mi].Entity].Kind == Person {
				return -1, false
			}
		}
		if singular(w) == w && !isCap(toks[m]) && (kinNouns[w] || genericPeople[w] || plainPeople[w] || r.personNoun(w) || m > a+1 && holderNouns[w]) {
			if m+1 < v && r.gapAt(toks, m+1) == " " && !isCap(toks[m+1]) && r.personNoun(toks[m+1].Norm) && singular(toks[m+1].Norm) == toks[m+1].Norm {
				continue // a modifier: "a shop assistant"
			}
			n = m
			break
		}
		if nlp.IsStopWord(w) && !isCap(toks[m]) {
			return -1, false
		}
	}
	if n < 0 || voiceNouns[toks[n].Norm] || anonymousNouns[toks[n].Norm] {
		return -1, false // a spokesman or a source: their own rules
	}
	end := n
	if j := r.placeTail(si, n); j > n && j < v {
		end = j
	} else if n+2 < v && toks[n+1].Norm == "of" && countWord(toks[n+2].Norm) && r.gapAt(toks, n+1) == " " && r.gapAt(toks, n+2) == " " &&
		!r.inQ[si][n+1] && !r.inQ[si][n+2] {
		// "One mother of two, waiting in line …, said", "a driver of
		// twenty years": a count of children or years, and its plural
		// noun, is part of the description.
		end = n + 2
		if n+3 < v && r.gapAt(toks, n+3) == " " && !r.inQ[si][n+3] && !isCap(toks[n+3]) && singular(toks[n+3].Norm) != toks[n+3].Norm {
			end = n + 3
		}
	}
	if end+1 < v && placePrepositions[toks[n+1].Norm] && strings.TrimSpace(r.gapAt(toks, end+1)) == "" && !relativeOpeners[toks[end+1].Norm] {
		// "a young man in the back row of the chemistry section,":
		// the place runs on to the aside's comma or to the verb.
		j := end
		for j+1 < v && strings.TrimSpace(r.gapAt(toks, j+1)) == "" && !r.inQ[si][j+1] && toks[j+1].Norm != "and" && !auxiliaries[toks[j+1].Norm] &&
			!relativeOpeners[toks[j+1].Norm] && j-n < maxPlaceWords+4 {
			j++
		}
		if j+1 == v || strings.Contains(r.gapAt(toks, j+1), ",") {
			end = j
		}
	}
	// A restrictive relative clause, no comma before it, runs to the
	// verb or to the comma of an aside.
	rel := v // where a restrictive relative clause opens
	if end+1 < v && relativeOpeners[toks[end+1].Norm] && r.gapAt(toks, end+1) == " " {
		rel = end + 1
		j := end + 1
		for j+1 < v && !strings.Contains(r.gapAt(toks, j+1), ",") {
			j++
		}
		end = j
	}
	for end > n && auxiliaries[toks[end].Norm] {
		end--
	}
	if r.bodyOfficial(si, n) {
		return -1, false
	}
	placed := false
	for m := a + 1; m <= end; m++ {
		// A place or body inside the relative clause ("a volunteer who has
		// helped at the Mill Lane centre since 2013") places no role; a
		// person's name there may be theirs ("who gave her name only as
		// Kaz").
		if m >= rel {
			if mi, ok := r.nameAt[toks[m].Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Person {
				return -1, false
			}
			continue
		}
		if r.bodyWordAt(si, m) || m > n && isCap(toks[m]) {
			// A body, or a name placing the person ("a holidaymaker
			// from Leicester", "a Red Cross volunteer", "a meteorologist
			// with the service's Chanhassen office"): the names in it
			// keep their capitals, the phrase is named as written.
			placed = true
		}
	}
	for m := end + 1; m < v; m++ {
		if mi, ok := r.nameAt[toks[m].Start]; ok && !r.inQ[si][m] && r.Entities[r.Mentions[mi].Entity].Kind == Person &&
			r.asideName(si, end+1, r.Mentions[mi].TitleStart) {
			return -1, false // "a reviewer at the weekly, Lucas Prieto, called"
		}
	}
	if r.opensWithName(si) || r.namedNext(si) >= 0 {
		return -1, false // described, then named: described-then-named
	}
	if end+1 == v {
		if r.gapAt(toks, v) != " " {
			return -1, false
		}
	} else if strings.Contains(r.gapAt(toks, end+1), ",") {
		// An aside between commas, closed right before the verb, or
		// closed before a first verb joined by "and" ("One small boy,
		// about seven, studied the trenches and asked").
		if !strings.Contains(r.gapAt(toks, v), ",") && !r.asideThenAnd(si, end+1, v) {
			return -1, false
		}
	} else if toks[v-1].Norm != "and" || v-end > 10 {
		return -1, false
	} else {
		for m := end + 1; m < v; m++ {
			if r.inQ[si][m] || strings.ContainsAny(r.gapAt(toks, m), ",;:") {
				return -1, false
			}
		}
	}
	if end == n && n == a+1 && genericPeople[toks[n].Norm] && toks[a].Norm != "one" {
		return -1, false // "a man said": the rules for the unnamed
	}
	name := strings.ToLower(r.doc.Text[toks[a].Start:toks[n].End]) + r.doc.Text[toks[n].End:toks[end].End]
	if placed {
		name = strings.ToLower(toks[a].Text) + r.doc.Text[toks[a].End:toks[end].End]
	}
	key := "a\x00" + name + "\x00" + strconv.Itoa(si)
	if e, ok := r.roleOnly[key]; ok {
		return e, true
	}
	variants := []string{foldName(strings.ToLower(r.doc.Text[toks[a].Start:toks[n].End]))}
	e := r.addRoleOnly(key, name, toks[n].Norm, variants...)
	if w := r.appositiveNoun(si, end+1, v); w != "" {
		// "One evacuee, a retired schoolteacher who …,": a claim's "the
		// retired schoolteacher said" names the same person.
		r.Entities[e].Roles = appendUnique(r.Entities[e].Roles, w)
	}
	return e, true
}

// asideName reports whether a name whose title or first word is at offset
// at in sentence si, in an aside after token from, is the aside's own
// name ("a reviewer at the weekly, Lucas Prieto, called", "A former
// pupil, the baritone Kwame Asante-Lloyd, said"): no preposition or verb
// in "-ing" or "-ed" stands between the aside's last comma and it. After
// one, the name is what the described person sees, does or belongs to
// ("A visitor from Leeds, watching Bramble asleep on a branch, said"),
// not their own name; "named" or "called" still introduce it ("a keeper,
// named as Sarah Hale,").
func (r *Result) asideName(si, from, at int) bool {
	toks := r.toks[si]
	object := false
	for m := from; m < len(toks) && toks[m].Start < at; m++ {
		if strings.Contains(r.gapAt(toks, m), ",") {
			object = false // a new part of the aside
		}
		w := toks[m].Norm
		switch {
		case namingWords[w]:
			object = false
		case prepositions[w] || !isCap(toks[m]) && len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")):
			object = true
		}
	}
	return !object
}

// namingWords introduce a person's name in an aside ("named as", "called").
var namingWords = wordSet(`named called identified known`)

// appositiveNoun returns the person noun of an appositive opening after
// the comma before token m of sentence si, before the verb at v ("One
// evacuee, a retired schoolteacher who …, sat"): "a" or "an", at most
// maxRoleModifiers modifiers, the noun. "" when there is none.
func (r *Result) appositiveNoun(si, m, v int) string {
	toks := r.toks[si]
	if m <= 0 || m+1 >= v || !strings.Contains(r.gapAt(toks, m), ",") || r.inQ[si][m] || toks[m].Norm != "a" && toks[m].Norm != "an" {
		return ""
	}
	for k := m + 1; k < v && k <= m+1+maxRoleModifiers; k++ {
		w := toks[k].Norm
		if r.inQ[si][k] || r.gapAt(toks, k) != " " || isCap(toks[k]) {
			return ""
		}
		if singular(w) == w && r.personNoun(w) && !(k+1 < v && r.gapAt(toks, k+1) == " " && r.personNoun(toks[k+1].Norm)) {
			return w
		}
	}
	return ""
}

// personNoun reports whether w names a kind of person in the lexicon or
// its unfiltered WordNet ("baker", "chap").
func (r *Result) personNoun(w string) bool {
	return r.lex.IsPersonNoun(w) || r.raw.IsPersonNoun(w)
}

// describedAntecedents gives the "he" or "she" after a speech verb whose
// subject is a described person (describedSubject, or oneNounAside: "one
// resident, holding a placard, said she had taken the day off. ‘…,’ she said") to that
// person, as indefiniteAntecedents does for a sentence such a phrase
// opens: the pronouns of the first one's gender, later in the sentence
// and in the next of the paragraph with narration, until someone is named. A noun of
// one gender ("a young man") takes only its own pronouns.
func (r *Result) describedAntecedents() {
	for s, toks := range r.toks {
		found := false
		for v, tk := range toks {
			if r.inQ[s][v] || !speechVerbs[tk.Norm] {
				continue
			}
			e, ok := r.describedSubject(s, v, 0)
			if !ok && v > 0 && strings.Contains(r.gapAt(toks, v), ",") {
				// "One parent, whose son …, said", "One, who has …, said".
				e = r.oneNounAside(s, v-1, 0)
				ok = e >= 0
			}
			if !ok || e < 0 {
				continue
			}
			r.describedPronouns(s, v, e)
			found = true
			break
		}
		if !found {
			// "On Elm Street, a Red Cross volunteer from Wichita was
			// handing out water. She said …": a described subject of any
			// verb is as salient as a speaker.
			if e, v := r.describedOpening(s); e >= 0 {
				r.describedPronouns(s, v, e)
			}
		}
	}
}

// describedPronouns gives the described person e, the subject of the verb
// at token v of sentence s, the pronouns of their gender after it
// (describedAntecedents) and the next paragraph's (describedNextParagraph).
func (r *Result) describedPronouns(s, v, e int) {
	w := r.Entities[e].last
	g := handGender[w]
	if g == "" {
		g = genderOfVoice(w)
	}
	// Where the description opens: the nearest clause-opening article
	// before the verb.
	a := 0
	for m := v - 1; m > 0; m-- {
		if (describedOpeners[r.toks[s][m].Norm] || r.toks[s][m].Norm == "the") && !r.inQ[s][m] && r.clauseStart(s, m, 0) {
			a = m
			break
		}
	}
	if g == "" {
		// "a retired schoolteacher who declined to give her name": the
		// person's own name or self shows their gender.
		g = r.ownNameGender(s, a, v)
		if g != "" && r.Entities[e].Gender == "" {
			r.Entities[e].Gender = g
		}
	}
	if g == "" {
		g = r.tagGender(s, v, a, e)
	}
	var at []int
	r.pronounsNarratedAfter(s, v, func(t, m int) bool {
		pt := r.toks[t][m]
		if g != "" && personalPronouns[pt.Norm] != g {
			return true
		}
		// Someone named outside the description, or in the pronoun's
		// sentence, keeps it; a name inside the description ("a
		// holidaymaker from Leicester") is no one else who speaks.
		if old, ok := r.pronoun[pt.Start]; ok && old != e && (r.namedOutside(s, a, v, old) || t != s && r.namedIn(t, old)) {
			return false
		}
		g = personalPronouns[pt.Norm]
		at = append(at, pt.Start)
		return true
	})
	if len(at) > 0 {
		r.givePronouns(e, g, at)
	}
	r.describedNextParagraph(s, v, e, g)
}

// tagGender returns the gender of the first "he" or "she" after the
// speech verb at token v of sentence s, in the reach of describedPronouns,
// that tags a quotation ("‘…,’ she said", "She said: ‘…’"), when no
// pronoun of the other gender before it is already someone's named
// outside the description (from token a to v) of e; "" when there is none. A
// described person of unknown gender speaks in the tag, while the
// pronouns of their reported words may stand for whatever they talk
// about ("A visitor from Leeds said he did not look like a father. ‘He
// looks like he’s done his bit,’ she said.": "he" is the animal).
func (r *Result) tagGender(s, v, a, e int) string {
	g := ""
	r.pronounsNarratedAfter(s, v, func(t, m int) bool {
		pt := r.toks[t][m]
		if old, ok := r.pronoun[pt.Start]; ok && old != e && (r.namedOutside(s, a, v, old) || t != s && r.namedIn(t, old)) {
			return false
		}
		if r.quoteTag(t, m) {
			g = personalPronouns[pt.Norm]
			return false
		}
		return true
	})
	return g
}

// quoteTag reports whether the pronoun at token m of sentence t is the
// subject of a speech verb tagging a quotation: after a quotation ("‘…,’
// she said", "‘…,’ said she") or opening the sentence before one ("She
// said: ‘…’").
func (r *Result) quoteTag(t, m int) bool {
	toks, q := r.toks[t], r.inQ[t]
	switch {
	case m+1 < len(toks) && !q[m+1] && speechVerbs[toks[m+1].Norm]:
		if m > 0 && q[m-1] {
			return true
		}
		return m == 0 && m+2 < len(toks) && q[m+2]
	case m >= 2 && !q[m-1] && speechVerbs[toks[m-1].Norm]:
		return q[m-2]
	}
	return false
}

// namedOutside reports whether entity e is named outside quotations in
// sentence s before token a or from token v on.
func (r *Result) namedOutside(s, a, v, e int) bool {
	for k := range r.toks[s] {
		if k >= a && k < v {
			continue
		}
		if mi, ok := r.nameAt[r.toks[s][k].Start]; ok && !r.inQ[s][k] && r.Mentions[mi].Entity == e {
			return true
		}
	}
	return false
}

// maxFrontedWords bounds a fronted adverbial before a described subject
// ("At the Kwik Stop on Main Street, one father of three …").
const maxFrontedWords = 10

// abbreviationAt reports whether the stop after token t shortens a word
// inside a sentence ("St. Cloud", "Mt. Vernon", "Dr. Ruiz"): a capitalised
// word of at most three letters.
func abbreviationAt(t nlp.Token) bool {
	return isCap(t) && len(t.Text) <= 3
}

// modalVerbs stand between a subject and its verb, as auxiliaries do.
var modalVerbs = wordSet(`can could may might must shall should`)

// clauseVerb reports whether w, a lower-case word after a described
// subject, is surely its verb: an auxiliary or modal, a past form, or a
// verb the lexicon does not also know as a noun ("a volunteer from the
// food bank was": not "bank").
func clauseVerb(w string) bool {
	if auxiliaries[w] || modalVerbs[w] {
		return true
	}
	lx := lexicon.Default()
	for _, b := range lx.Lemma(w) {
		if b != w && strings.HasSuffix(w, "s") && lx.IsNoun(b) {
			return false // "states", "reports": a plural noun as likely
		}
	}
	for _, b := range lx.Lemma(w) {
		if lx.IsVerb(b) && (b != w || !lx.IsNoun(w) && !lx.IsAdjective(w)) {
			return true
		}
	}
	return false
}

// describedOpening returns the person an indefinite description opening a
// clause of sentence s names, at the sentence's start or after a fronted
// adverbial ("On Elm Street, a Red Cross volunteer from Wichita was
// handing out water"), with the token of the verb after it; -1, -1 when
// there is none. The description is read as describedFrom reads a
// speech verb's subject.
func (r *Result) describedOpening(s int) (int, int) {
	toks := r.toks[s]
	for a := 0; a < len(toks) && a <= maxFrontedWords; a++ {
		if r.inQ[s][a] {
			return -1, -1
		}
		if !describedOpeners[toks[a].Norm] || !r.clauseStart(s, a, 0) || a > 0 && !strings.Contains(r.gapAt(toks, a), ",") {
			continue
		}
		for v := a + 2; v < len(toks) && v <= a+maxDescribedWords; v++ {
			if r.inQ[s][v] || strings.ContainsAny(r.gapAt(toks, v), ";:!?") || strings.Contains(r.gapAt(toks, v), ".") && !abbreviationAt(toks[v-1]) {
				break
			}
			if relativeOpeners[toks[v].Norm] && r.gapAt(toks, v) == " " && !r.inAside(s, a, v) {
				break // "a florist who has kept the stall … packed up": where the clause ends is unsure
			}
			if isCap(toks[v]) || !clauseVerb(toks[v].Norm) {
				continue
			}
			if e, ok := r.describedFrom(s, a, v); ok {
				if genericPeople[r.Entities[e].last] {
					break // "a small woman in a hoodie watched": the rules for the unnamed
				}
				return e, v
			}
		}
		return -1, -1
	}
	return -1, -1
}

// describedNextParagraph gives the described person e, the subject of the
// speech verb at token v of sentence s, the "he" or "she" attributing the
// quotation that opens the next paragraph ("One mother of three, who asked
// not to be named, said she had started using the food bank. ¶ ‘I work four
// days a week,’ she said."): journalism brings in an unnamed speaker with
// reported speech and quotes them next, so the last speaker is the most
// salient antecedent. Gender g, when known, must agree; someone named after
// the verb, another speech verb's clause before the paragraph ends, or a
// pronoun already given to someone named in its sentence keep the
// quotation where it was. The pronouns of that gender after it, in its
// sentence and the next with narration, follow.
func (r *Result) describedNextParagraph(s, v, e int, g string) {
	para := r.doc.Sentences[s].Paragraph
	t := s
	for ; t < len(r.toks) && r.doc.Sentences[t].Paragraph == para; t++ {
		for m, tk := range r.toks[t] {
			if t == s && m <= v || r.inQ[t][m] {
				continue
			}
			if mi, ok := r.nameAt[tk.Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Person {
				return
			}
			if t > s && speechVerbs[tk.Norm] && !r.pronounOf(t, m, e) && !r.speechNoun(t, m) {
				return // another's words; not "She said …" of the person described
			}
		}
	}
	if t >= len(r.toks) || r.doc.Sentences[t].Paragraph != para+1 || len(r.toks[t]) == 0 || !r.inQ[t][0] {
		return
	}
	for t < len(r.toks) && r.doc.Sentences[t].Paragraph == para+1 && !r.hasNarration(t) {
		t++
	}
	if t >= len(r.toks) || r.doc.Sentences[t].Paragraph != para+1 {
		return
	}
	toks := r.toks[t]
	k := 0
	for k < len(toks) && r.inQ[t][k] {
		k++
	}
	p := k
	switch {
	case k+1 < len(toks) && personalPronouns[toks[k].Norm] != "" && speechVerbs[toks[k+1].Norm]:
	case k+1 < len(toks) && speechVerbs[toks[k].Norm] && personalPronouns[toks[k+1].Norm] != "":
		p = k + 1
	default:
		return
	}
	if toks[p].Norm != "he" && toks[p].Norm != "she" || g != "" && personalPronouns[toks[p].Norm] != g {
		return
	}
	if old, ok := r.pronoun[toks[p].Start]; ok && (old == e || r.namedIn(t, old)) {
		return
	}
	g = personalPronouns[toks[p].Norm]
	at := []int{toks[p].Start}
	r.pronounsNarratedAfter(t, p, func(u, m int) bool {
		pt := r.toks[u][m]
		if personalPronouns[pt.Norm] != g {
			return true
		}
		if old, ok := r.pronoun[pt.Start]; ok && old != e && (r.namedIn(t, old) || r.namedIn(u, old)) {
			return false
		}
		at = append(at, pt.Start)
		return true
	})
	r.givePronouns(e, g, at)
}

// pronounOf reports whether a pronoun next to the speech verb at token m
// of sentence t, its subject, stands for e.
func (r *Result) pronounOf(t, m, e int) bool {
	toks := r.toks[t]
	for _, k := range []int{m - 1, m + 1} {
		if k >= 0 && k < len(toks) && !r.inQ[t][k] && personalPronouns[toks[k].Norm] != "" {
			if old, ok := r.pronoun[toks[k].Start]; ok && old == e {
				return true
			}
		}
	}
	return false
}

// speechNoun reports whether the speech verb at token m of sentence t is
// a noun there ("in four states", "the reports", "his claims"): a
// determiner, number or possessive before it.
func (r *Result) speechNoun(t, m int) bool {
	if m == 0 || r.inQ[t][m-1] || r.gapAt(r.toks[t], m) != " " {
		return false
	}
	p := r.toks[t][m-1]
	return determiners[p.Norm] || possessivePronouns[p.Norm] || countWord(p.Norm) || possessive(p.Text, false)
}

// pronounsNarratedAfter is pronounsAfter over the sentence and the next of
// its paragraph with words outside quotations (over one writer's aside,
// writerAside): a quotation split into
// sentences ("‘They’ve got a KC. We’ve got a flask,’ she said") does not
// count as the next sentence.
func (r *Result) pronounsNarratedAfter(s, n int, visit func(t, m int) bool) {
	para := r.doc.Sentences[s].Paragraph
	narrated, skipped := 0, 0
	for t := s; t < len(r.toks) && r.doc.Sentences[t].Paragraph == para; t++ {
		from := 0
		if t == s {
			from = n + 1
		} else if r.hasNarration(t) && !(skipped == 0 && r.writerAside(t)) {
			if narrated++; narrated > 1 {
				return
			}
		} else if r.hasNarration(t) {
			skipped++
		}
		if !r.pronounsIn(t, from, visit) {
			return
		}
	}
}

// writerAside reports whether sentence t is the writer's own narration
// without quotation, opening "I" or "We" ("I had to tell him there
// weren't any."): it keeps the person just described in view, so the
// "he" of the sentence after is still theirs.
func (r *Result) writerAside(t int) bool {
	toks := r.toks[t]
	if len(toks) == 0 || r.inQ[t][0] || toks[0].Norm != "i" && toks[0].Norm != "we" {
		return false
	}
	for m := range toks {
		if r.inQ[t][m] {
			return false
		}
	}
	return true
}

// hasNarration reports whether sentence t has a word outside quotations.
func (r *Result) hasNarration(t int) bool {
	for m := range r.toks[t] {
		if !r.inQ[t][m] {
			return true
		}
	}
	return false
}

// opensWithName reports whether the sentence after si opens with a person's
// name: the description before is that person's, whom the
// described-then-named rule names ("A pensioner … says …. Margaret
// Healey, 74, collected …").
func (r *Result) opensWithName(si int) bool {
	if si+1 >= len(r.toks) || len(r.toks[si+1]) == 0 || r.inQ[si+1][0] {
		return false
	}
	mi, ok := r.nameAt[r.toks[si+1][0].Start]
	return ok && r.Entities[r.Mentions[mi].Entity].Kind == Person
}

// maxAsideWords bounds a short aside after a described subject ("one
// small boy, about seven,").
const maxAsideWords = 8

// asideThenAnd reports whether an aside opening at token m of sentence si
// closes with a comma within maxAsideWords words and is followed by a first
// verb's clause joined by "and" to the speech verb at v, with no other
// punctuation or quotation ("…, about seven, studied the trenches
// carefully and asked").
func (r *Result) asideThenAnd(si, m, v int) bool {
	toks := r.toks[si]
	if v < 1 || toks[v-1].Norm != "and" {
		return false
	}
	c := -1
	for j := m + 1; j < v && j <= m+maxAsideWords; j++ {
		if r.inQ[si][j] || strings.ContainsAny(r.gapAt(toks, j), ";:.!?") {
			return false
		}
		if strings.Contains(r.gapAt(toks, j), ",") {
			c = j
			break
		}
	}
	if c < 0 || v-c > 10 || isCap(toks[c]) || nlp.IsStopWord(toks[c].Norm) {
		return false
	}
	for j := c; j < v; j++ {
		if r.inQ[si][j] || j > c && strings.ContainsAny(r.gapAt(toks, j), ",;:") {
			return false
		}
	}
	return true
}

// inAside reports whether token v of sentence s stands inside an aside
// set off by a comma after the description opening at token a ("One
// evacuee, a retired schoolteacher who declined to give her name, sat"):
// an odd number of commas between them. A relative clause there is the
// aside's, and the clause's verb comes after its closing comma.
func (r *Result) inAside(s, a, v int) bool {
	n := 0
	for m := a + 1; m <= v; m++ {
		if !r.inQ[s][m] && strings.Contains(r.gapAt(r.toks[s], m), ",") {
			n++
		}
	}
	return n%2 == 1
}

// nameNouns are what a person declining to be identified withholds:
// "declined to give her name", "asked that his surname not be used".
var nameNouns = wordSet(`name surname`)

// ownNameGender returns the gender a description from token a to token v
// of sentence s shows of the person it describes by their own name or
// self: a possessive before "name" or "surname" ("who declined to give
// her name", "asked that his full name not be used") or a reflexive
// ("who identified herself only as a nurse"). Other pronouns in a
// description may be someone else's ("a patient who has been on her
// list"): "". Also "" when the description shows both genders.
func (r *Result) ownNameGender(s, a, v int) string {
	toks := r.toks[s]
	g := ""
	for m := a + 1; m < v && m < len(toks); m++ {
		if r.inQ[s][m] {
			continue
		}
		w := toks[m].Norm
		var h string
		switch {
		case w == "herself":
			h = "female"
		case w == "himself":
			h = "male"
		case w == "her" || w == "his":
			for j := m + 1; j < v && j <= m+2; j++ {
				if nameNouns[toks[j].Norm] {
					h = personalPronouns[w]
					break
				}
			}
		}
		if h == "" {
			continue
		}
		if g != "" && g != h {
			return ""
		}
		g = h
	}
	return g
}

// describedDefinite returns the person a definite description with a
// restrictive relative clause, opening the clause of the verb at v of
// sentence si at token a, brings in when no one described earlier holds
// its noun ("The woman who now runs the village shop, who asked not to be
// named, said"): the clause tells the reader which person, as an
// indefinite article would. The phrase is named as written, as
// describedFrom names "a keeper who asked not to be named". -1, false
// without the relative clause ("the woman said": someone met before).
func (r *Result) describedDefinite(si, a, v int) (int, bool) {
	toks := r.toks[si]
	n := a + 1
	for n < v && n <= a+1+maxRoleModifiers && !r.inQ[si][n] && r.gapAt(toks, n) == " " && !relativeOpeners[toks[n].Norm] {
		n++
	}
	if n >= v || n == a+1 || !relativeOpeners[toks[n].Norm] || r.gapAt(toks, n) != " " {
		return -1, false
	}
	w := toks[n-1].Norm
	if isCap(toks[n-1]) || singular(w) != w || !r.personNoun(w) && !plainPeople[w] || voiceNouns[w] || anonymousNouns[w] {
		return -1, false
	}
	if !plainPeople[w] && !genericPeople[w] && r.heldAsSynonym(w) {
		return -1, false // a role someone the article names holds
	}
	// "The vet who scanned him said … ‘…,’ said Dr Hannah Okafor": a
	// definite description the paragraph names after it is that person's.
	para := r.doc.Sentences[si].Paragraph
	for t := si; t < len(r.toks) && r.doc.Sentences[t].Paragraph == para; t++ {
		for m, tk := range r.toks[t] {
			if t == si && m <= v || r.inQ[t][m] {
				continue
			}
			if mi, ok := r.nameAt[tk.Start]; ok && r.Entities[r.Mentions[mi].Entity].Kind == Person {
				return -1, false
			}
		}
	}
	return r.describedFrom(si, a, v)
}

// describedBack returns the person a plain definite phrase at token k of
// sentence si ("the woman said", "the man added") refers back to: the
// latest person described without a name in its paragraph or the one
// before ("A patient who has been on her list since the 1990s, and who
// asked not to be named, told us … ‘…,’ the woman said"), when the noun's
// gender fits theirs and no one is named outside quotations after the
// description. -1 when there is none, or two described in that sentence.
func (r *Result) describedBack(si, k, lo int) int {
	toks := r.toks[si]
	if k <= lo || toks[k-1].Norm != "the" || r.inQ[si][k] || isCap(toks[k]) || r.gapAt(toks, k) != " " {
		return -1
	}
	w := toks[k].Norm
	if !genericPeople[w] && !plainPeople[w] || singular(w) != w {
		return -1
	}
	para := r.doc.Sentences[si].Paragraph
	g := handGender[w]
	if g == "" {
		g = genderOfVoice(w)
	}
	found, foundAt := -1, -1
	for key, e := range r.roleOnly {
		parts := strings.Split(key, "\x00")
		if len(parts) != 3 || parts[0] != "a" {
			continue
		}
		at, err := strconv.Atoi(parts[2])
		if err != nil || at > si || r.doc.Sentences[at].Paragraph < para-1 || at < foundAt {
			continue
		}
		en := &r.Entities[e]
		eg := en.Gender
		if eg == "" {
			eg = r.ownNameGender(at, -1, len(r.toks[at])) // "a shopper who declined to give her name"
		}
		if g != "" && eg != "" && eg != g {
			continue
		}
		if ng := genderOfVoice(en.last); g != "" && ng != "" && ng != g {
			continue
		}
		if at == foundAt && found != e {
			// "a patient" and "a patient who …" of one sentence are one
			// person read twice: the fuller phrase. Else two described
			// there, and which is unsure.
			switch {
			case found >= 0 && strings.HasPrefix(en.Name, r.Entities[found].Name):
				found = e
			case found >= 0 && strings.HasPrefix(r.Entities[found].Name, en.Name):
			default:
				found = -2
			}
			continue
		}
		found, foundAt = e, at
	}
	if found < 0 {
		return -1
	}
	for t := foundAt + 1; t <= si; t++ {
		for m, tk := range r.toks[t] {
			if t == si && m >= k {
				break
			}
			if mi, ok := r.nameAt[tk.Start]; ok && !r.inQ[t][m] && r.Entities[r.Mentions[mi].Entity].Kind == Person {
				return -1
			}
		}
	}
	return found
}
