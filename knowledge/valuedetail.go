package knowledge

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// valueSpan is how many words either side of a value its details stand:
// "the council maintained 312 causeways" ties the count to the council,
// while a clause further on tells of something else.
const valueSpan = 8

// valueDetailOther judges the value a typed question asks for (a count,
// an amount, a measure, a time) where the passage gives one: whether a
// detail of the question — a content word other than what it asks for —
// is missing from around that value while another of its kind stands
// there. A passage can hold a value of the right type for another item
// ("How many causeways does the state government maintain?" answered by
// "the council maintained 312 causeways"), another period ("over the whole
// weekend" by "in a single hour") or another person ("How many tries did
// Moss score?" by "Achterberg scored his second try"): the type is there
// and most words are near, but the value belongs to something else.
//
// Of the sentence's values, the one whose surroundings miss the least of
// the question's details (IDF-weighted) is judged. The kinds are a year,
// a person's name, a place's name, and a noun's WordNet supersense among
// valueKinds.
func (a *Article) valueDetailOther(q *query, i0 int) bool {
	s := a.typedSentence(q, i0)
	if s < 0 || !valueTyped(q) {
		return false
	}
	lx := lexicon.Default()
	focus, _ := questionFocus(lx, q.toks)
	type detail struct {
		t    queryTerm
		w    float64
		keys map[string]bool
	}
	var details []detail
	den := 0.0
	for _, t := range q.terms {
		if t.framing || lightWords[t.tok.Norm] || focus[t.tok.Start] || t.tok.Norm == "" {
			continue
		}
		d := detail{t: t, w: t.weight * a.index.idf(t.key), keys: map[string]bool{t.tok.Stem: true, t.key: true}}
		for _, al := range t.alts {
			if al.weight >= synonymWeight {
				d.keys[al.key] = true
			}
		}
		details = append(details, d)
		den += d.w
	}
	if den == 0 {
		return false
	}
	toks := a.Sentences[s].tokens
	people := map[string]bool{}
	for _, p := range a.Sentences[s].People {
		people[a.index.stem(Fold(p))] = true
	}
	related := map[string]bool{}
	for _, d := range details {
		for k := range d.keys {
			related[k] = true
		}
	}
	// The value asked for stands by what the question counts ("his second
	// try" for "How many tries"); without such a value, any is judged.
	focusKeys := map[string]bool{}
	for _, t := range q.terms {
		if focus[t.tok.Start] {
			focusKeys[t.tok.Stem] = true
		}
	}
	for _, c := range q.counted {
		focusKeys[c.key] = true
	}
	var values []int
	for _, byFocus := range []bool{true, false} {
		for k, v := range toks {
			if !a.isValueToken(q, v) {
				continue
			}
			if byFocus && !focusNear(toks, k, focusKeys) {
				continue
			}
			values = append(values, k)
		}
		if len(values) > 0 {
			break
		}
	}
	best, bestOther := 2.0, false
	for _, k := range values {
		lo, hi := max(0, k-valueSpan), min(len(toks), k+valueSpan+1)
		span := toks[lo:hi]
		pronoun, named := false, map[string]bool{}
		for _, u := range span {
			if personalPronouns[u.Norm] {
				pronoun = true
			}
			if p := a.personNamed(u); p != "" {
				named[p] = true
			}
		}
		miss, oth := 0.0, false
		for _, d := range details {
			if who := a.personNamed(d.t.tok); d.t.entity && pronoun && people[d.t.key] && (len(named) == 0 || named[who]) {
				// "he scored twice": the sentence's pronoun is the person
				// asked about, unless another is named there ("Achterberg
				// scored his second try").
				continue
			}
			inSentence, near := false, false
			for j, u := range toks {
				if j == k && !d.t.entity {
					continue
				}
				if d.keys[u.Stem] || d.keys[a.index.stem(u.Norm)] {
					inSentence = true
					near = near || j >= lo && j < hi
				}
			}
			if near {
				continue
			}
			miss += d.w
			if !oth {
				oth = a.otherOfClass(lx, d.t.tok, d.t.entity, span, inSentence, related)
			}
		}
		switch {
		case miss/den < best:
			best, bestOther = miss/den, oth
		case miss/den == best:
			// Values side by side ("2.3" is two words) share their
			// surroundings; the wider reach decides.
			bestOther = bestOther || oth
		}
	}
	return bestOther
}

// focusNear reports a word of keys within two words of toks[k].
func focusNear(toks []Token, k int, keys map[string]bool) bool {
	for j := max(0, k-2); j < len(toks) && j <= k+2; j++ {
		if j != k && keys[toks[j].Stem] {
			return true
		}
	}
	return false
}

// valueTyped reports a question for a value the words around it tie to
// one item: a count, an amount, a measure, a duration, an age or a time.
func valueTyped(q *query) bool {
	switch q.answerType {
	case "number", "quantity", "measure", "length", "duration", "age", "time":
		return true
	}
	return false
}

// isValueToken reports a word that gives the value q asks for: a number
// (a bare year only when a time or a year is asked), or for a time a
// month or a weekday too.
func (a *Article) isValueToken(q *query, t Token) bool {
	if q.answerType == "time" {
		return isNumberToken(t) || monthNames[t.Norm] || weekdayNames[t.Norm]
	}
	return isNumberToken(t) && !(isYear(t.Norm) && !q.asksYear)
}

// otherOfClass reports a word beside the value (span) that takes the place
// of the question's detail t, absent from there: another year, another
// person's or place's name ("Achterberg scored his second try" for Moss's
// tries, even if Moss is named further on in the sentence), or — when t is
// nowhere in the value's sentence — another thing or period of t's kind
// ("lorries" for the bridge's, "hour" for "weekend").
func (a *Article) otherOfClass(lx *lexicon.Lexicon, t Token, entity bool, span []Token, inSentence bool, related map[string]bool) bool {
	switch {
	case isYear(t.Norm):
		for _, u := range span {
			if isYear(u.Norm) && u.Norm != t.Norm {
				return true
			}
		}
	case a.personNamed(t) != "" || entity && isCapitalised(t) && lx.PlaceKind(t.Norm) == "":
		// A name shared by two people ("Moss") resolves to no one alone:
		// another person is one whose name does not hold the word.
		who := a.personNamed(t)
		for _, u := range span {
			if o := a.personNamed(u); o != "" && o != who && !related[u.Stem] && lx.PlaceKind(u.Norm) == "" &&
				!slices.Contains(strings.Fields(Fold(o)), t.Norm) {
				return true
			}
		}
	case isCapitalised(t) && lx.PlaceKind(t.Norm) != "":
		for _, u := range span {
			if isCapitalised(u) && !related[u.Stem] && u.Stem != t.Stem && lx.PlaceKind(u.Norm) != "" {
				return true
			}
		}
	case !isCapitalised(t) && !inSentence:
		k := nounSense(lx, t.Norm)
		if k == "" {
			return false
		}
		for _, u := range span {
			if !isCapitalised(u) && !related[u.Stem] && u.Stem != t.Stem && !IsStopWord(u.Norm) && !isNumberToken(u) &&
				nounSense(lx, u.Norm) == k && !isKindOf(lx, u.Norm, t.Norm) {
				return true
			}
		}
	}
	return false
}

// valueKinds are the WordNet noun supersenses whose members name one
// thing a value can belong to: a period ("weekend" for "hour"), a thing
// made ("bridge" for "ferry"), a place, a substance, an animal or plant, a
// possession ("shares" for "revenue"). People and groups are left out, as
// in contrastKinds: the article's "haulage company" is the question's
// "haulier", its "minister" often the question's "official".
var valueKinds = wordSet(`noun.time noun.artifact noun.location noun.substance noun.animal noun.plant noun.possession
	noun.food noun.body`)

// nounSense returns the commonest supersense of a noun of valueKinds, or
// "": a word mostly a verb or an adjective ("last", "open") names no thing.
func nounSense(lx *lexicon.Lexicon, norm string) string {
	ls := lx.Lemma(norm)
	if len(ls) == 0 {
		ls = []string{norm}
	}
	if !lx.IsNoun(ls[0]) {
		return ""
	}
	ss := lx.Supersenses(ls[0])
	if len(ss) == 0 || !valueKinds[ss[0]] {
		return ""
	}
	return ss[0]
}

// isTimeNoun reports a noun whose commonest sense is a period or point of
// time in WordNet (noun.time: "weekend", "hour", "season", "night").
func isTimeNoun(lx *lexicon.Lexicon, norm string) bool {
	ls := lx.Lemma(norm)
	if len(ls) == 0 {
		ls = []string{norm}
	}
	ss := lx.Supersenses(ls[0])
	return len(ss) > 0 && ss[0] == "noun.time"
}

// weekdayNames are the days of the week, as a time answers.
var weekdayNames = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// roleNameBefore and roleNameAfter are how many words before and after a
// role noun a name stands that the text gives the role to ("Referee Carys
// Hughes", "his captain, the 34-year-old hooker Tom Penhale", "Hughes, the
// referee,"); a name further before is more often a sentence's speaker or
// subject ("Whelan said the referee …").
const (
	roleNameBefore = 2
	roleNameAfter  = 6
)

// roleUnnamed reports a question for who holds a role ("Who is the town's
// tourism officer?", "What is the dispatcher's name?") when none of the
// article's named people holds it: the article may speak of the role, even
// quote its holder ("the dispatcher, who asked not to be named"), but it
// never says who that is, so no passage answers. The roles are those the
// attribution engine reads for each person (descriptors and role nouns); a
// question for people in general ("the man arrested") is not judged.
func (a *Article) roleUnnamed(q *query) bool {
	toks := q.toks
	if len(toks) < 3 {
		return false
	}
	identity := q.asksName || q.answerType == "person" && toks[0].Norm == "who" &&
		(toks[1].Norm == "is" || toks[1].Norm == "was" || toks[1].Norm == "are" || toks[1].Norm == "were")
	if !identity {
		return false
	}
	lx := lexicon.Default()
	var heads []string
	memo := map[string]bool{}
	for k, t := range toks[1:] {
		if isCapitalised(t) || IsStopWord(t.Norm) || genericPersons[t.Norm] || nameNouns[t.Norm] {
			continue
		}
		if k+2 < len(toks) && hasPossessive(t) && !nameNouns[toks[k+2].Norm] {
			// "the minister's father" asks for the father: the possessor
			// is said to hold its role ("the dispatcher's name" asks it).
			continue
		}
		if !isKindOfPerson(lx, t, memo) {
			continue
		}
		heads = append(heads, t.Norm)
	}
	if len(heads) == 0 {
		return false
	}
	hs := map[string]bool{}
	for _, h := range heads {
		hs[a.index.stem(h)] = true
	}
	for _, sen := range a.Sentences {
		// The role beside a name, whatever the engine made of it: "Ashcombe's
		// captain, the hooker Tom Penhale", "the cyclist, Ray Dunn,".
		ts := sen.tokens
		for j, t := range ts {
			if !hs[t.Stem] {
				continue
			}
			for o := max(0, j-roleNameBefore); o < len(ts) && o <= j+roleNameAfter; o++ {
				u := ts[o]
				if o == j || lx.PlaceKind(u.Norm) != "" || monthNames[u.Norm] || weekdayNames[u.Norm] {
					continue
				}
				// Before the role a person's name ("Referee Carys Hughes");
				// after it any name, an organisation's too ("the landlord,
				// Northway Homes").
				if a.personNamed(u) != "" || o > j && o > 0 && isCapitalised(u) {
					return false
				}
			}
		}
	}
	for k, pe := range a.People {
		if !a.namesPersonAt(k) {
			continue
		}
		for _, r := range pe.Roles {
			if hs[a.index.stem(r)] {
				return false
			}
		}
		for _, d := range pe.Descriptors {
			if hs[a.index.stem(d.Head)] {
				return false
			}
		}
	}
	return true
}

// nameNouns ask for a name.
var nameNouns = wordSet(`name names surname surnames`)

// roleSpeakerOther reports a question for what the holder of a role said
// ("What did the Ashford captain say about the referee?") that the engine
// could not resolve to a person, answered by a passage whose speaker the
// article gives other roles and never that one: the coach's words do not
// answer for the captain. The role noun is the last kind of person between
// the question's auxiliary and its verb of saying.
func (a *Article) roleSpeakerOther(q *query, i0 int) bool {
	if !q.reported || q.speaker != "" {
		return false
	}
	who := a.Sentences[i0].SaidBy
	if who == "" {
		return false
	}
	lx := lexicon.Default()
	memo := map[string]bool{}
	head := ""
	aux := false
	for k, t := range q.toks {
		switch {
		case questionAux[t.Norm]:
			aux = true
		case !aux:
		case framingVerbs[t.Norm]:
			return head != "" && a.hasRoles(who) && !a.holdsRole(q.question, who) && !a.speakerHasRole(who, head, i0)
		case hasPossessive(t):
			// "the victim's mum" is no victim.
			head = ""
		case isKindOfPerson(lx, t, memo) && !genericPersons[t.Norm]:
			head = t.Norm
			if k > 0 && (hasPossessive(q.toks[k-1]) || possessivePronoun(q.toks[k-1].Norm)) {
				// "the victim's mum", "her teacher": a relation to
				// someone, which the article seldom writes as a role.
				return false
			}
		}
	}
	return false
}

// speakerHasRole reports whether the person named who is given the role
// noun head: among the roles the attribution engine read for them, in
// their name as written (a role-only speaker, "the dispatcher"), or in
// the passage's window ("Sgt. Lekishon … heads the ranger unit"); holdsRole
// judges the whole role phrase.
func (a *Article) speakerHasRole(who, head string, i0 int) bool {
	hs := a.index.stem(head)
	for _, w := range Tokenize(who) {
		if a.index.stem(w.Norm) == hs {
			return true
		}
	}
	for _, pe := range a.People {
		if pe.Name != who {
			continue
		}
		for _, r := range pe.Roles {
			if a.index.stem(r) == hs {
				return true
			}
		}
		for _, d := range pe.Descriptors {
			if a.index.stem(d.Head) == hs {
				return true
			}
		}
	}
	for j := i0 - 1; j <= i0+1; j++ {
		if j < 0 || j >= len(a.Sentences) || a.Sentences[j].Paragraph != a.Sentences[i0].Paragraph {
			continue
		}
		for _, t := range a.Sentences[j].tokens {
			if t.Stem == hs {
				return true
			}
		}
	}
	return false
}

// hasRoles reports whether the article gives the person named who a role:
// only then does another role say they are someone else than the one asked
// about (many people's roles go unread: "the victim's mum").
func (a *Article) hasRoles(who string) bool {
	for _, pe := range a.People {
		if pe.Name == who && (len(pe.Roles) > 0 || len(pe.Descriptors) > 0) {
			return true
		}
	}
	return false
}
