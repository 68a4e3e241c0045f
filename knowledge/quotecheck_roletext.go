package knowledge

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/attribution"
	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// A claim often names its speaker by a description rather than a name:
// "The organ builder said", "The chairman of the patients' forum said",
// "A dog walker said", "The retiring GP said". The names in such a phrase
// are not the speaker ("the patients' forum", "the parish council"), and
// the role may be one the article writes only around a mention of the
// person ("Martin Ostrowski, an organ builder from Ledbury", "the chairman
// of the hospital's patients' forum, retired pharmacist Derek Mensah",
// "a woman who was walking her dog"). This file reads the whole subject
// phrase of the claim (roleSubject) and decides it against the words the
// article sets around each mention of the speaker (roleWindows), through
// the lexicon: synonyms and one level of hypernyms both ways (GP and
// doctor, postmistress and postmaster), and the verb a role noun is
// derived from when the noun it governs is there too (a dog walker, a
// woman walking her dog).

// maxRoleWindow bounds the words read on each side of a mention for the
// role the article gives the person there.
const maxRoleWindow = 12

// roleSubject returns the subject phrase a claim's text before its
// quotation opens its last sentence with when that phrase describes a
// person: an opener (rolePhraseOpeners), lower-case words ending in a noun
// that is a person noun or an agent noun ("builder", "walker"), perhaps
// followed by a phrase placing the person ("of the patients' forum", "at
// the bank"), then a speech verb. A capitalised word before the noun is a
// name the names resolve, except an abbreviation the lexicon knows as a
// person noun ("GP", "MP"). A body, a writing or a voice noun ("A
// spokesman for") is no person's role. "" when there is none.
func (a *Article) roleSubject(s string) string {
	phrase, voice := a.roleSubjectVoice(s)
	if voice {
		return ""
	}
	return phrase
}

// roleSubjectVoice is roleSubject that also returns the phrase of a voice
// noun speaking for a body ("A spokesman for the trust", "the co-op
// spokeswoman", "the trust's spokesperson"), with voice true: such a
// phrase names the body's voice, a person only when the article gives
// someone that voice for that body (voiceClaim).
func (a *Article) roleSubjectVoice(s string) (phrase string, voice bool) {
	toks := lastSentence(s, Tokenize(s))
	if len(toks) < 3 || !rolePhraseOpeners[toks[0].Norm] {
		return "", false
	}
	v, rel := -1, -1
	for j := 2; j < len(toks) && j <= 1+maxRoleWords+maxRoleTail; j++ {
		if strings.ContainsAny(s[toks[j-1].End:toks[j].Start], ",;:—–(") {
			return "", false
		}
		if rel < 0 && relativePronouns[toks[j].Norm] {
			rel = j // "A fan who works for the county said"
			continue
		}
		if claimVerb(toks, j) && !(rel > 0 && (j == rel+1 || rolePhraseOpeners[toks[j-1].Norm])) {
			// "who works for the state said": after a determiner a
			// verb of saying is a noun; "The official who announced
			// the closure said": the clause's own verb is not the
			// claim's.
			v = j
			break
		}
	}
	if v < 0 {
		return "", false
	}
	h := v - 1
	if rel > 0 {
		h = rel - 1
	}
	for k := 1; k < h+1; k++ {
		if rolePrepositions[toks[k].Norm] {
			h = k - 1
			break
		}
	}
	if h < 1 || h > maxRoleWords+1 {
		return "", false
	}
	lx := lexicon.Default()
	head := stripPossessive(toks[h].Norm)
	for k := 1; k < h; k++ {
		if isCapitalised(toks[k]) {
			return "", false
		}
	}
	if isCapitalised(toks[h]) && !(strings.ToUpper(toks[h].Text) == toks[h].Text && lx.IsPersonNoun(head)) {
		return "", false
	}
	if !roleNoun(head) && !a.appositiveRole(head) || attribution.IsDocumentNoun(head) || lx.IsOrganisationNoun(head) {
		return "", false
	}
	phrase = s[toks[0].Start:toks[v-1].End]
	if attribution.IsVoiceNoun(head) {
		// "A spokesman for the trust", "the trust's spokesperson" speak
		// for a body; "the opposition finance spokesman" is one person
		// the article describes.
		if toks[0].Norm != "the" || h+1 < v {
			return phrase, true
		}
		for _, t := range toks[1:h] {
			if hasPossessive(t) || lx.IsOrganisationNoun(t.Norm) || a.attr != nil && a.attr.IsOrgWord(t.Norm) {
				return phrase, true
			}
		}
	}
	return phrase, false
}

// relativePronouns open a clause describing the noun before them ("a fan
// who works for the county").
var relativePronouns = map[string]bool{"who": true, "whose": true, "that": true}

// appositiveRole reports whether the article sets the noun w in
// apposition to a person's name, outside or inside a quotation ("Wendle's
// stroke, Nisha Raman", "Ray Kowalczyk, the club's stroke,"): a word the
// lexicon does not know as a person noun in its common senses ("stroke",
// "cox", "bow") is one the article uses as a person's role.
func (a *Article) appositiveRole(w string) bool {
	if a.attr == nil || len(w) < 3 || IsStopWord(w) {
		return false
	}
	for i, e := range a.attr.Entities {
		if e.Kind != attribution.Person || e.RoleOnly {
			continue
		}
		for _, win := range a.appositiveWindows(i, false) {
			if appositiveHead(win) == w {
				return true
			}
		}
	}
	return false
}

// roleNoun reports a noun that can name a person by what they are or do:
// a person noun of the lexicon, or an agent noun in -er or -or derived
// from a verb ("builder", "walker", "keeper").
func roleNoun(w string) bool {
	lx := lexicon.Default()
	if lx.IsPersonNoun(w) || lx.IsPersonNoun(strings.TrimSuffix(w, "s")) {
		return true
	}
	agent := strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or")
	if !lx.Known(w) && len(w) > 5 && (agent || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian")) {
		return true // "the preparator", "the pronouncer": a trade the lexicon lacks
	}
	if !lx.IsNoun(w) || !agent {
		return false
	}
	return len(agentVerbs(w)) > 0
}

// agentVerbs returns the verbs an agent noun is derived from ("walker" →
// "walk").
func agentVerbs(w string) []string {
	lx := lexicon.Default()
	var out []string
	for _, d := range lx.Derived(w) {
		if lx.IsVerb(d) && len(d) > 2 && strings.HasPrefix(w, d[:len(d)-1]) {
			out = append(out, d)
		}
	}
	return out
}

// parsedRole is a claimed role phrase: its head noun, the words before it
// and the content words of the phrase placing it.
type parsedRole struct {
	head string
	mods []string
	tail []string
	// clause holds the verb of a relative clause after the noun ("who
	// works for the county").
	clause []string
}

// parseRole reads a roleSubject phrase.
func parseRole(phrase string) (parsedRole, bool) {
	toks := Tokenize(phrase)
	if len(toks) < 2 || !rolePhraseOpeners[toks[0].Norm] {
		return parsedRole{}, false
	}
	h := len(toks) - 1
	for k := 1; k < len(toks); k++ {
		if rolePrepositions[toks[k].Norm] || relativePronouns[toks[k].Norm] {
			h = k - 1
			break
		}
	}
	if h < 1 {
		return parsedRole{}, false
	}
	var r parsedRole
	r.head = stripPossessive(toks[h].Norm)
	for _, t := range toks[1:h] {
		r.mods = append(r.mods, stripPossessive(t.Norm))
	}
	lx := lexicon.Default()
	verbed := h+1 < len(toks) && !relativePronouns[toks[h+1].Norm]
	for _, t := range toks[h+1:] {
		w := stripPossessive(t.Norm)
		if IsStopWord(w) || rolePrepositions[w] || relativePronouns[w] {
			continue
		}
		if !verbed && slices.ContainsFunc(append(lx.Lemma(w), w), lx.IsVerb) {
			// The relative clause's verb ("who works for the county"):
			// its objects place the person, the verb alone does not.
			verbed = true
			r.clause = append(r.clause, w)
			continue
		}
		verbed = true
		r.tail = append(r.tail, w)
	}
	return r, true
}

// roleWindows returns the folded words the article sets around each
// mention of entity e outside quotations: before the name back to the
// sentence's start, a speech verb or another person's name ("the
// chairman of the hospital's patients' forum, retired pharmacist Derek
// Mensah"), and after it the apposition a comma opens, up to a relative
// pronoun, a speech verb or the sentence's end ("Martin Ostrowski, an
// organ builder from Ledbury"); a person known only by a description is
// described by it whole ("a woman who was walking her dog"). The roles
// the engine gives e come too, each as a window of one word.
func (a *Article) roleWindows(e int) [][]string {
	r := a.attr
	en := r.Entities[e]
	var out [][]string
	for _, ro := range en.Roles {
		out = append(out, strings.Fields(ro))
	}
	if en.RoleOnly {
		out = append(out, foldWords(en.Name))
		// The article's own phrase may run on past the name the engine
		// kept ("a local| violin teacher who came to watch").
		for _, m := range a.narratedMentions(en.Name) {
			rest := a.Text[m[1]:min(len(a.Text), m[1]+300)]
			if w := nounPhraseRest(rest); len(w) > 0 {
				out = append(out, append(foldWords(en.Name), w...))
			}
			if clause := relativeClause(strings.TrimPrefix(strings.TrimLeft(rest, " "), ",")); len(clause) > 0 {
				// "One fan, who asked not to be named because he works
				// for the county, said": the clause describes the one
				// person the article knows by it.
				out = append(out, append(foldWords(en.Name), clause...))
			}
		}
	}
	out = append(out, a.copulaWindows(e)...)
	out = append(out, a.delayedRoleWindows(e)...)
	out = append(out, a.appositiveWindows(e, true)...)
	for _, mi := range en.Mentions {
		m := r.Mentions[mi]
		if m.InQuote || m.Sentence < 0 || m.Sentence >= len(a.Sentences) {
			continue
		}
		sent := a.Sentences[m.Sentence]
		if sent.Start > m.TitleStart || m.End > sent.Start+len(sent.Text) {
			continue
		}
		start := sent.Start
		for _, om := range r.Mentions {
			if om.Entity != e && om.Sentence == m.Sentence && om.End <= m.TitleStart && om.End > start &&
				r.Entities[om.Entity].Kind == attribution.Person {
				start = om.End
			}
		}
		for _, q := range a.Quotations {
			if q.End <= m.TitleStart && q.End > start {
				start = q.End // the words of a quotation are no role
			}
		}
		before := Tokenize(a.Text[start:m.End])
		var pre []string
		for k := len(before) - 1; k >= 0 && len(pre) < maxRoleWindow; k-- {
			if claimSpeech(before[k].Norm) || finiteVerb(before[k].Norm) {
				break // "founded Crumb with her brother, Per Voss": an object
			}
			pre = append(pre, stripPossessive(before[k].Norm))
		}
		slices.Reverse(pre)
		out = append(out, pre)
		rest := a.Text[m.End : sent.Start+len(sent.Text)]
		if !strings.HasPrefix(strings.TrimLeft(rest, " "), ",") {
			if en.RoleOnly {
				// "A local| violin teacher who came to watch": the rest of
				// an unnamed person's noun phrase, up to a relative
				// pronoun, a verb or a stop.
				out = append(out, nounPhraseRest(rest))
			}
			continue
		}
		var post []string
		for _, t := range Tokenize(rest) {
			if len(post) >= maxRoleWindow || claimSpeech(t.Norm) || t.Norm == "who" || t.Norm == "which" || t.Norm == "whose" || t.Norm == "that" {
				break
			}
			post = append(post, stripPossessive(t.Norm))
		}
		out = append(out, post)
	}
	return out
}

// finiteVerb reports a word only a verb form ("founded", "runs"), which
// a role phrase before a name does not hold: the name is its object.
func finiteVerb(w string) bool {
	lx := lexicon.Default()
	if lx.IsNoun(w) || lx.IsAdjective(w) || IsStopWord(w) {
		return false
	}
	return slices.ContainsFunc(lx.Lemma(w), lx.IsVerb)
}

// foldWords returns the folded words of s without possessive endings.
func foldWords(s string) []string {
	var out []string
	for _, t := range Tokenize(s) {
		out = append(out, stripPossessive(t.Norm))
	}
	return out
}

// sameRoleWord reports whether an article word w names the role noun
// head: the same word or lemma, a synonym, or a kind of it one level
// below in WordNet ("GP" for "doctor", "postmistress" for "postmaster").
// A broader word is no evidence of the narrower role: the defendant's
// lawyer is no prosecutor.
func sameRoleWord(w, head string) bool {
	if w == head || len(w) < 2 {
		return w == head
	}
	lx := lexicon.Default()
	lemmas := func(x string) []string { return append([]string{x}, lx.Lemma(x)...) }
	for _, x := range lemmas(w) {
		for _, y := range lemmas(head) {
			if x == y || slices.Contains(lx.Synonyms(y), x) || slices.Contains(lx.Hypernyms(x), y) {
				return true
			}
		}
	}
	return false
}

// roleScore scores how well one of windows gives the role r: 0 when none
// does, else 1 and one more for each modifier of the claim the window
// holds too ("senior author" over a "lead author"). A window gives the
// role with a word naming its head (sameRoleWord) or a multi-word synonym
// of it ("general practitioner" for "GP"), or with the verb its agent noun
// comes from and a noun modifier of the claim ("walking her dog" for "dog
// walker"); and, when the claim places the role ("of the patients'
// forum"), with a content word of that phrase.
func roleScore(windows [][]string, r parsedRole) int {
	lx := lexicon.Default()
	var phrases []string
	for _, s := range lx.Synonyms(r.head) {
		if strings.Contains(s, " ") {
			phrases = append(phrases, s)
		}
	}
	lexRole := roleNoun(r.head)
	verbs := agentVerbs(r.head)
	for _, h := range lx.Hypernyms(r.head) {
		// "A county employee" for one who "works for the county": an
		// employee is a worker, one who works.
		if lx.IsPersonNoun(h) && !strings.Contains(h, " ") {
			verbs = append(verbs, agentVerbs(h)...)
		}
	}
	best := 0
	for _, win := range windows {
		held := false
		for _, w := range win {
			if sameRoleWord(w, r.head) {
				held = true
				break
			}
		}
		if !held {
			joined := " " + strings.Join(win, " ") + " "
			for _, p := range phrases {
				if strings.Contains(joined, " "+p+" ") {
					held = true
					break
				}
			}
		}
		if !held && len(verbs) > 0 {
			verb, noun := false, false
			for _, w := range win {
				if slices.ContainsFunc(lx.Lemma(w), func(l string) bool { return slices.Contains(verbs, l) }) || slices.Contains(verbs, w) {
					verb = true
				}
				if slices.ContainsFunc(r.mods, func(m string) bool { return lx.IsNoun(m) && (m == w || slices.Contains(lx.Lemma(w), m)) }) {
					noun = true
				}
			}
			held = verb && noun
		}
		if !held {
			continue
		}
		if len(r.tail) > 0 && !slices.ContainsFunc(r.tail, func(t string) bool {
			return slices.ContainsFunc(win, func(w string) bool { return w == t || sameRoleWord(w, t) })
		}) {
			continue
		}
		if !lexRole && slices.ContainsFunc(r.mods, func(m string) bool { return !slices.Contains(win, m) }) {
			// A noun only the article's apposition makes a role ("Its
			// chair, Morag Innes") is that role with every modifier the
			// claim gives it, or not at all: the committee chair is not
			// the association's.
			continue
		}
		score := 1
		for _, m := range r.mods {
			if slices.Contains(win, m) {
				score++
			}
		}
		best = max(best, score)
	}
	return best
}

// roleClaim decides a claimed role phrase (roleSubject) against the
// speaker of the matched words: true when the article gives the speaker
// that role somewhere (roleWindows, roleScore) at least as closely as it
// gives it anyone else; false when it gives it to another person, or to
// another more closely ("the senior author" of the lead author's words);
// undecided when it gives it to no one.
func (a *Article) roleClaim(phrase, speaker string) (match, decided bool) {
	r, ok := parseRole(phrase)
	if !ok || a.attr == nil {
		return false, false
	}
	sp := -1
	for i, e := range a.attr.Entities {
		if e.Kind == attribution.Person && (e.Short == speaker || e.Name == speaker) {
			sp = i
			break
		}
	}
	if sp < 0 {
		return false, false
	}
	own := roleScore(a.roleWindows(sp), r)
	other := 0
	for i, e := range a.attr.Entities {
		if i != sp && e.Kind == attribution.Person {
			other = max(other, roleScore(a.roleWindows(i), r))
		}
	}
	switch {
	case own > 0 && own >= other:
		return true, true
	case other > 0:
		return false, true
	}
	return false, false
}

// copulas link a subject to the role it holds ("has been the warden",
// "is Saltash Cove's town crier", "became chair of the trust").
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true, "been": true, "became": true,
	"becomes": true, "remains": true, "remained": true}

// kinNouns relate a person to another ("the son of the mayor"): the
// words after them name the other person's role, not the subject's.
var kinNouns = map[string]bool{"son": true, "daughter": true, "wife": true, "husband": true, "brother": true,
	"sister": true, "mother": true, "father": true, "friend": true, "cousin": true, "widow": true, "widower": true,
	"partner": true, "neighbour": true, "neighbor": true, "colleague": true, "niece": true, "nephew": true,
	"grandson": true, "granddaughter": true, "grandmother": true, "grandfather": true, "aunt": true, "uncle": true}

// copulaWindows returns the predicates the article gives entity e in
// sentences it is the subject of, by name or pronoun (attribution's
// Subject): the words after a copula outside quotations, up to a comma,
// "and", a relative pronoun or the sentence's end ("He is 61 … and has
// been the warden at Saltmere Marshes since 1999", "Peggy Penhale has been
// Saltash Cove's town crier since 2011"). Another person named before the
// copula is its subject instead. After a kin noun ("the son of the
// mayor") the rest is someone else's role and is left out.
func (a *Article) copulaWindows(e int) [][]string {
	r := a.attr
	var out [][]string
	for si, info := range r.Sentences {
		if info.Subject != e || si >= len(a.Sentences) {
			continue
		}
		sent := a.Sentences[si]
		toks := Tokenize(sent.Text)
		for k, t := range toks {
			if !copulas[t.Norm] || a.quotedSpan(sent.Start+t.Start, sent.Start+t.End) {
				continue
			}
			other := false
			for _, m := range r.Mentions {
				if m.Sentence == si && m.Entity != e && m.End <= sent.Start+t.Start && r.Entities[m.Entity].Kind == attribution.Person {
					other = true
				}
			}
			if other {
				break
			}
			var win []string
			for _, u := range toks[k+1:] {
				if len(win) >= maxRoleWindow || u.Norm == "and" || u.Norm == "who" || u.Norm == "which" || u.Norm == "that" || claimSpeech(u.Norm) {
					break
				}
				if len(win) > 0 && kinNouns[win[len(win)-1]] {
					break
				}
				win = append(win, stripPossessive(u.Norm))
				if strings.HasPrefix(strings.TrimLeft(sent.Text[u.End:], " "), ",") {
					break
				}
			}
			if len(win) > 0 && predicateRole(win) {
				out = append(out, win)
			}
		}
	}
	return out
}

// predicateRole reports whether a copula's predicate names a role the
// subject holds: no negation, and no preposition before its first person
// noun ("is not related to the minister", "was close to the mayor" give
// the subject no role).
func predicateRole(win []string) bool {
	lx := lexicon.Default()
	for _, w := range win {
		switch {
		case w == "not" || w == "never" || w == "no" || w == "n't":
			return false
		case lx.IsPersonNoun(w):
			return true
		case rolePrepositions[w] || w == "to" || w == "by" || w == "for" || w == "like" || w == "than" || w == "as":
			return false
		}
	}
	return false
}

// nounPhraseRest returns the folded words opening rest that continue a
// noun phrase: up to punctuation, a relative pronoun, a function word or
// a word only a verb, at most maxRoleWindow.
func nounPhraseRest(rest string) []string {
	var out []string
	toks := Tokenize(rest)
	for k, t := range toks {
		if len(out) >= maxRoleWindow || IsStopWord(t.Norm) || claimSpeech(t.Norm) || finiteVerb(t.Norm) ||
			k > 0 && strings.TrimSpace(rest[toks[k-1].End:t.Start]) != "" || k == 0 && strings.TrimSpace(rest[:t.Start]) != "" {
			break
		}
		out = append(out, stripPossessive(t.Norm))
	}
	return out
}

// titleRoles are roles that are only titles ("Mrs Pilling"): they
// describe nobody's part in the story.
var titleRoles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "cllr": true, "councillor": true}

// delayedRoleWindows returns the role phrases of the sentences just
// before entity e is first named, when news describes a person first and
// names them after ("the postmistress who has run it for 43 years said
// she was ready to retire. Jean Pilling, 71, took over …"; "The
// district's transportation director, a 30-year veteran, said … “…,”
// said Ray Kowalczyk."): up to two sentences back in which no one else is
// named, each phrase a determiner, up to three words and a person noun
// with a complement of up to four words. A person the article describes
// around its own name has no such windows: the phrases before may be
// someone else's.
func (a *Article) delayedRoleWindows(e int) [][]string {
	r := a.attr
	en := r.Entities[e]
	if en.Kind != attribution.Person || en.RoleOnly || len(en.Descriptors) > 0 ||
		slices.ContainsFunc(en.Roles, func(ro string) bool { return !titleRoles[ro] }) {
		return nil
	}
	first := -1
	for _, mi := range en.Mentions {
		m := r.Mentions[mi]
		if !m.InQuote && m.Sentence >= 0 && (first < 0 || m.Sentence < first) {
			first = m.Sentence
		}
	}
	if first <= 0 {
		return nil
	}
	lx := lexicon.Default()
	var out [][]string
	for si := first - 1; si >= 0 && si >= first-2 && si < len(a.Sentences); si-- {
		for _, m := range r.Mentions {
			if m.Sentence == si && m.Entity != e && r.Entities[m.Entity].Kind == attribution.Person {
				return out
			}
		}
		sent := a.Sentences[si]
		toks := Tokenize(sent.Text)
		for k, t := range toks {
			if !lx.IsPersonNoun(t.Norm) || isCapitalised(t) || a.quotedSpan(sent.Start+t.Start, sent.Start+t.End) {
				continue
			}
			d := -1
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if toks[j].Norm == "the" || toks[j].Norm == "a" || toks[j].Norm == "an" || possessivePronoun(toks[j].Norm) {
					d = j
					break
				}
			}
			if d < 0 {
				continue
			}
			var win []string
			for _, u := range toks[d : k+1] {
				win = append(win, stripPossessive(u.Norm))
			}
			for j := k + 1; j < len(toks) && j <= k+4 && rolePrepositions[toks[k+1].Norm]; j++ {
				win = append(win, stripPossessive(toks[j].Norm))
			}
			out = append(out, win)
		}
	}
	return out
}

// maxAppositive bounds the words of an apposition set beside a name.
const maxAppositive = 8

// appositiveWindows returns the appositions the article sets beside the
// mentions of person e, inside quotations as well as outside (a speaker
// introducing someone: "I went to the headmaster, Arthur Crabtree, and he
// said"): a noun phrase opened by a determiner or a possessive and closed
// by a comma just before the name, the name then closed by a comma or a
// stop ("Wendle's stroke, Nisha Raman, took the rate up"); or one opened
// by a comma and a determiner just after it, up to a comma or a stop ("Ray
// Kowalczyk, the club's treasurer,"). An adverbial before a name ("After
// the race, Raman said") is no apposition: the name is not closed.
//
// With quoted true only the mentions inside quotations count (roleWindows
// reads those outside itself).
func (a *Article) appositiveWindows(e int, quoted bool) [][]string {
	r := a.attr
	var out [][]string
	determiner := func(t Token) bool {
		return t.Norm == "the" || t.Norm == "a" || t.Norm == "an" || possessivePronoun(t.Norm) || hasPossessive(t)
	}
	for _, mi := range r.Entities[e].Mentions {
		m := r.Mentions[mi]
		if m.Sentence < 0 || m.Sentence >= len(a.Sentences) || quoted && !m.InQuote {
			continue
		}
		sent := a.Sentences[m.Sentence]
		lo, hi := sent.Start, sent.Start+len(sent.Text)
		if m.TitleStart < lo || m.End > hi {
			continue
		}
		after := strings.TrimLeft(a.Text[m.End:hi], " ")
		closed := after == "" || strings.ContainsAny(after[:1], ",.;)—–")
		if before := strings.TrimRight(a.Text[lo:m.TitleStart], " "); closed && strings.HasSuffix(before, ",") {
			toks := Tokenize(before)
			var win []string
			for k := len(toks) - 1; k >= 0 && len(win) < maxAppositive; k-- {
				if k < len(toks)-1 && !wordGap(before[toks[k].End:toks[k+1].Start]) ||
					claimSpeech(toks[k].Norm) || finiteVerb(toks[k].Norm) {
					break
				}
				win = append(win, stripPossessive(toks[k].Norm))
				if determiner(toks[k]) {
					slices.Reverse(win)
					out = append(out, win)
					break
				}
			}
		}
		if rest, ok := strings.CutPrefix(after, ","); ok {
			toks := Tokenize(rest)
			if len(toks) == 0 || !determiner(toks[0]) || strings.TrimSpace(rest[:toks[0].Start]) != "" {
				continue
			}
			var win []string
			for k, t := range toks {
				if len(win) >= maxAppositive || k > 0 && !wordGap(rest[toks[k-1].End:t.Start]) ||
					claimSpeech(t.Norm) || relativePronouns[t.Norm] || t.Norm == "which" {
					break
				}
				win = append(win, stripPossessive(t.Norm))
			}
			out = append(out, win)
		}
	}
	return out
}

// wordGap reports whether the text between two words keeps them in one
// phrase: spaces, or a hyphen ("34-year-old").
func wordGap(g string) bool { return strings.Trim(g, " -") == "" }

// appositiveHead returns the noun heading an apposition's words: the word
// before its first preposition, else its last word.
func appositiveHead(win []string) string {
	for k := 1; k < len(win); k++ {
		if rolePrepositions[win[k]] || win[k] == "for" {
			return win[k-1]
		}
	}
	if len(win) == 0 {
		return ""
	}
	return win[len(win)-1]
}

// maxClauseWords bounds the words of a relative clause read as a
// description.
const maxClauseWords = 20

// relativeClause returns the folded words of the relative clause opening
// rest ("who was there with three small children and a dog"), up to a
// comma, a dash or the end of the sentence; nil when rest opens no such
// clause.
func relativeClause(rest string) []string {
	toks := Tokenize(rest)
	if len(toks) < 2 || !relativePronouns[toks[0].Norm] || strings.TrimSpace(rest[:toks[0].Start]) != "" {
		return nil
	}
	var out []string
	for k, t := range toks {
		if len(out) >= maxClauseWords || k > 0 && !wordGap(rest[toks[k-1].End:t.Start]) && !strings.HasPrefix(strings.TrimSpace(rest[toks[k-1].End:t.Start]), "'") {
			break
		}
		out = append(out, stripPossessive(t.Norm))
	}
	return out
}

// voiceClaim decides a claimed body's voice ("The co-op spokeswoman", "A
// spokesman for the trust") against a person speaking: true when the
// article gives the speaker that voice noun (or a synonym) together with
// a word naming the body ("Tammy Roush, a spokeswoman for Ozark Ridge
// Electric Cooperative" for the co-op's spokeswoman) at least as closely
// as anyone else; false when only another person has it; undecided when
// no one does, or the phrase names no body.
func (a *Article) voiceClaim(phrase, speaker string) (match, decided bool) {
	if a.attr == nil {
		return false, false
	}
	words := strings.Fields(Fold(phrase))
	if len(words) < 2 || !rolePhraseOpeners[words[0]] {
		return false, false
	}
	head, hi := "", -1
	for k, w := range words[1:] {
		if w = stripPossessive(strings.Trim(w, ".,;:")); attribution.IsVoiceNoun(w) {
			head, hi = w, k+1
			break
		}
	}
	if hi < 0 {
		return false, false
	}
	var body []string
	for k, w := range words[1:] {
		w = stripPossessive(strings.Trim(w, ".,;:"))
		if k+1 != hi && w != "" && !IsStopWord(w) && !rolePrepositions[w] && w != "for" {
			body = append(body, w)
		}
	}
	if len(body) == 0 {
		return false, false
	}
	lx := lexicon.Default()
	bodyWord := func(w string) bool {
		return slices.ContainsFunc(body, func(b string) bool {
			return w == b || sameRoleWord(w, b) || slices.Contains(lx.Synonyms(b), w)
		})
	}
	score := func(e int) bool {
		for _, win := range a.roleWindows(e) {
			if slices.ContainsFunc(win, func(w string) bool { return sameRoleWord(w, head) }) && slices.ContainsFunc(win, bodyWord) {
				return true
			}
		}
		return false
	}
	sp, own, other := -1, false, false
	for i, e := range a.attr.Entities {
		if e.Kind != attribution.Person {
			continue
		}
		if sp < 0 && (e.Short == speaker || e.Name == speaker) {
			sp, own = i, score(i)
		} else if score(i) {
			other = true
		}
	}
	switch {
	case sp < 0:
		return false, false
	case own:
		return true, true
	case other:
		return false, true
	}
	return false, false
}
