package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quotebot/quotebot/knowledge/lexicon"
	"github.com/quotebot/quotebot/knowledge/roles"
)

// A question often names a person by the role the article gives them
// rather than by name: "What did the union president say …" for "The
// Setúbal Metalworkers' Union … Its president, Ana Paula Gomes, said …".
// This file reads the role phrases of a question (roles.Phrase); the
// knowledge/roles package fits them to the role descriptors the attribution
// engine keeps for each person. A role no one has names no one; a role two
// people fit equally well names neither.

// roleRef is a role phrase resolved to a person.
type roleRef struct {
	phrase roles.Phrase
	person string // canonical name
}

// clippedRoles are the clipped role nouns of headlines and news prose
// whose person sense WordNet lacks (its "exec" is the White House), spelt
// out.
var clippedRoles = map[string]string{"exec": "executive", "execs": "executives"}

// PersonByRole returns the one person of the article a role phrase names
// ("the union president", "the defense lawyer", "Castellano's lawyer"),
// and false when the phrase is no role phrase, when no one fits it or when
// two people fit it equally well.
func (a *Article) PersonByRole(phrase string) (Person, bool) {
	toks := Tokenize(phrase)
	for _, p := range a.rolePhrases(phrase, toks) {
		if hasPossessive(toks[p.Head]) && p.Head+1 < len(toks) {
			continue // "the foreman's son" names the son, not the foreman
		}
		if name, ok := a.resolveRole(p, false); ok {
			for _, pe := range a.People {
				if pe.Name == name {
					return pe, true
				}
			}
		}
	}
	return Person{}, false
}

// rolePhrases finds the role phrases of a question: a singular person noun
// (the head, the last of its run) after "the", a possessor ("Castellano's")
// or a possessive pronoun and at most three modifiers, perhaps followed by
// "of" and whose role it is ("the president of the union"). A title before
// a name ("President Putin") is no role phrase: the name says who.
func (a *Article) rolePhrases(text string, toks []Token) []roles.Phrase {
	if a.attr == nil {
		return nil
	}
	var out []roles.Phrase
	for k := range toks {
		w := stripPossessive(toks[k].Norm)
		if long, ok := clippedRoles[w]; ok {
			w = long // "the Voltaris exec"
		}
		if k+1 < len(toks) && text[toks[k].End:toks[k+1].Start] == "-" && !hasPossessive(toks[k]) {
			// "the runner-up" is no runner: a hyphenated compound is its
			// own role noun, or none.
			joined := w + "-" + stripPossessive(toks[k+1].Norm)
			if !lexicon.Default().IsPersonNoun(joined) {
				continue
			}
			w = joined
		}
		if !a.isRoleHead(w, !isCapitalised(toks[k])) {
			continue
		}
		if k+1 < len(toks) && adjacent(text, toks[k], toks[k+1]) && !hasPossessive(toks[k]) &&
			(isCapitalised(toks[k+1]) || a.isRoleHead(toks[k+1].Norm, true) || nounFirst(toks[k+1].Norm) && !auxSubject(toks, k)) {
			continue // "President Putin", "the chief engineer", "the American car": not the head
		}
		if k+2 < len(toks) && adjacent(text, toks[k], toks[k+1]) && adjacent(text, toks[k+1], toks[k+2]) &&
			!hasPossessive(toks[k]) && !hasPossessive(toks[k+1]) && !isCapitalised(toks[k+2]) &&
			lexicon.Default().IsPersonNoun(toks[k+1].Norm) && a.isRoleHead(toks[k+2].Norm, true) {
			continue // "the detective chief inspector": the inspector heads it
		}
		p := roles.Phrase{Opener: -1, Head: k, Word: w}
		i := k
		for i > 0 && k-i < 4 {
			prev := toks[i-1]
			gap := text[prev.End:toks[i].Start]
			if gap == "-" && prev.Norm == "ex" {
				i-- // "the ex-treasurer": a former one
				continue
			}
			if gap != " " && gap != "\u00a0" && !possessiveGap(gap) {
				break
			}
			if prev.Norm == "the" || possessivePronoun(prev.Norm) {
				p.Opener = i - 1
				p.Owned = prev.Norm != "the"
				break
			}
			if hasPossessive(prev) || possessiveGap(gap) {
				p.Opener = i - 1
				p.Of = append(p.Of, stripPossessive(prev.Norm))
				p.Possessor = p.Of[:1:1]
				p.PossessorNamed = isCapitalised(prev)
				p.Owned = true
				break
			}
			if IsStopWord(prev.Norm) || (speechVerbs[prev.Norm] || strings.HasPrefix(roles.FirstSense(prev.Norm), "verb.")) && !openerModifier(toks, i-1) {
				// "did the revocation restrict Huguenot travel": a verb ends
				// it; one right after "the", a verb of saying included,
				// qualifies the role ("the state senator").
				break
			}
			i--
		}
		if p.Opener < 0 || predicative(toks, p.Opener) {
			continue
		}
		p.Mods = joinInitials(text, toks[p.Opener+1:k])
		for i, m := range p.Mods {
			if m == "ex" {
				p.Mods[i] = "former" // "ex-treasurer", as the article's "former treasurer"
			}
		}
		if len(p.Mods) == k-p.Opener-1 {
			for _, t := range toks[p.Opener+1 : k] {
				p.Capital = append(p.Capital, isCapitalised(t))
			}
		}
		// "the president of the union", and "the MPP for Sudbury East"
		// (a name after "for": whom the role is held for).
		if k+2 < len(toks) && (toks[k+1].Norm == "of" || toks[k+1].Norm == "for" && isCapitalised(toks[k+2])) {
			for _, t := range toks[k+2 : min(len(toks), k+5)] {
				if t.Norm == "the" {
					continue
				}
				if IsStopWord(t.Norm) || toks[k+1].Norm == "for" && !isCapitalised(t) {
					break
				}
				p.Of = append(p.Of, stripPossessive(t.Norm))
			}
		}
		out = append(out, p)
	}
	return out
}

// roleRefs resolves the role phrases of a question to people: by the
// start of each token of a resolved phrase (modifiers and head), the
// phrase and the person's canonical name.
func (a *Article) roleRefs(text string, toks []Token) map[int]roleRef {
	var out map[int]roleRef
	for _, p := range a.rolePhrases(text, toks) {
		name, ok := a.resolveRole(p, true)
		if !ok {
			continue
		}
		if out == nil {
			out = map[int]roleRef{}
		}
		for k := p.Opener + 1; k <= p.Head; k++ {
			if !hasPossessive(toks[k]) || k == p.Head {
				out[toks[k].Start] = roleRef{phrase: p, person: name}
			}
		}
	}
	return out
}

// accordingTo reports a phrase opening at toks[i] after "according to":
// the question asks what that source says.
func accordingTo(toks []Token, i int) bool {
	return i >= 2 && toks[i-1].Norm == "to" && toks[i-2].Norm == "according"
}

// predicative reports a role phrase opening at toks[i] that a wh-question
// asks to identify ("Who was the leader of Russia in the 1960s?", "Who is
// Robert's son?"): the answer is whoever the article says held the role
// then, not the person it gives the role elsewhere.
func predicative(toks []Token, i int) bool {
	if i < len(toks) && hasPossessive(toks[i]) {
		for i >= 1 && isCapitalised(toks[i-1]) {
			i-- // "Who was Kublai Khan's grandfather?": the possessor's whole name
		}
	}
	if i < 1 || len(toks) == 0 {
		return false
	}
	switch toks[i-1].Norm {
	case "is", "was", "are", "were", "be", "been", "become", "became":
	default:
		return false
	}
	switch toks[0].Norm {
	case "who", "whom", "whose", "what", "which":
		return true
	}
	return false
}

// isRoleHead reports a singular role noun: "prosecutors" names a group,
// and "the American" or "the Roman" a people, not a role. A word the
// attribution engine takes for a surname when capitalised ("Singer") is a
// role in lower case.
func (a *Article) isRoleHead(w string, lower bool) bool {
	lx := lexicon.Default()
	if lower && !lx.Known(w) && a.describedRole(w) {
		return true // a role the lexicon lacks that the article gives someone ("the convenor")
	}
	if !(a.attr.IsPersonRole(w) || lower && lx.IsPersonNoun(w)) || roles.IsPlaceWord(lx, w) || !roles.IsRoleSense(w) {
		return false
	}
	if lx.IsNoun(w) {
		return true
	}
	for _, l := range lx.Lemma(w) {
		if l != w && lx.IsNoun(l) {
			return false // a plural
		}
	}
	return true
}

// describedRole reports a role noun that heads a descriptor of one of
// the article's people.
func (a *Article) describedRole(w string) bool {
	for _, p := range a.People {
		for _, d := range p.Descriptors {
			if d.Head == w {
				return true
			}
		}
	}
	return false
}

// openerModifier reports a word mostly a verb but also a noun or an
// adjective right after "the" or a possessive pronoun: it qualifies the
// role noun ("the lead researcher", "his acting director"), where no verb
// can stand.
func openerModifier(toks []Token, i int) bool {
	if i < 1 || toks[i-1].Norm != "the" && !possessivePronoun(toks[i-1].Norm) {
		return false
	}
	for _, s := range lexicon.Default().Supersenses(toks[i].Norm) {
		if strings.HasPrefix(s, "noun.") || strings.HasPrefix(s, "adj.") {
			return true
		}
	}
	return false
}

// auxSubject reports a role noun at toks[k] closing the subject of an
// auxiliary ("Why does the Pueblo lawmaker object …", "Will the union boss
// sign …") and followed by a verb's base form: that word is the verb,
// however often it is a noun.
func auxSubject(toks []Token, k int) bool {
	if k+1 >= len(toks) || !lexicon.Default().IsVerb(toks[k+1].Norm) {
		return false
	}
	for i := k - 1; i >= 1 && k-i <= 4; i-- {
		if toks[i].Norm != "the" && !possessivePronoun(toks[i].Norm) {
			continue
		}
		switch toks[i-1].Norm {
		case "do", "does", "did", "will", "would", "can", "could", "should", "shall", "may", "might", "must":
			return true
		}
		return false
	}
	return false
}

// nounFirst reports a word used mostly as a noun ("car", "traders",
// "body"): after a role word it is the head of the phrase ("the American
// car", "the main executive body"), where "say" or "argue" would be its verb.
// An inflected verb form that is no noun itself ("worked", "resigning")
// is a verb whatever its base form's commonest sense: "How long has the
// union representative worked there?".
func nounFirst(w string) bool {
	return strings.HasPrefix(roles.FirstSense(w), "noun.") && !inflectedVerb(w)
}

// inflectedVerb reports a past or -ing form of a verb ("worked", "led",
// "resigning") that WordNet does not list as a noun.
func inflectedVerb(w string) bool {
	lx := lexicon.Default()
	if lx.IsNoun(w) || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "en") {
		return false
	}
	for _, l := range lx.Lemma(w) {
		if l != w && lx.IsVerb(l) {
			return true
		}
	}
	return false
}

func possessivePronoun(w string) bool {
	switch w {
	case "his", "her", "its", "their":
		return true
	}
	return false
}

// hasPossessive reports a word written with "'s" ("Castellano's"), which
// its Norm drops.
func hasPossessive(t Token) bool {
	return strings.HasSuffix(t.Text, "'s") || strings.HasSuffix(t.Text, "’s")
}

func stripPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// joinInitials folds tokens into words, joining initials separated by
// stops ("U.S." → "us"), as attribution does for descriptors.
func joinInitials(text string, toks []Token) []string {
	var out []string
	for k := 0; k < len(toks); k++ {
		w := stripPossessive(toks[k].Norm)
		if utf8.RuneCountInString(w) == 1 && k+1 < len(toks) && utf8.RuneCountInString(toks[k+1].Norm) == 1 && text[toks[k].End:toks[k+1].Start] == "." {
			w += toks[k+1].Norm
			k++
		}
		out = append(out, w)
	}
	return out
}

// resolveRole returns the canonical name of the one person whose
// descriptors fit the phrase best, and false when none does or several fit
// equally well. With talkedAbout, of several fitting equally well it
// returns the one the article talks about far the most: a question's "the
// minister" asks about the article's minister, while a claim's "the
// commander said" must name its speaker unambiguously.
func (a *Article) resolveRole(p roles.Phrase, talkedAbout bool) (string, bool) {
	best, bestScore := "", 0
	var tied []int // the People fitting as well as best
	f := roles.NewFitter(p)
	for k, pe := range a.People {
		if !a.namesPersonAt(k) {
			continue
		}
		s := f.Fit(pe.Descriptors, a.roleDescsAt(k))
		switch {
		case s <= 0:
		case s > bestScore:
			best, bestScore, tied = pe.Name, s, append(tied[:0], k)
		case s == bestScore:
			tied = append(tied, k)
		}
	}
	if best == "" {
		return a.resolveTenure(p)
	}
	if len(tied) > 1 {
		if !talkedAbout {
			return "", false
		}
		return a.mostMentioned(tied)
	}
	return best, true
}

// resolveTenure resolves a role phrase with a tenure word no one's
// description has ("the new music director" for "named her its music
// director") to the one person the role without it fits, when the
// article itself speaks of the role with that word ("… Philharmonic's new
// music director"): the article then knows one such holder. Two fitting,
// or one with another tenure ("former"), name no one: "the new mayor" of
// an election story is not the outgoing one the article calls mayor.
func (a *Article) resolveTenure(p roles.Phrase) (string, bool) {
	var tenure, rest []string
	for _, m := range p.Mods {
		if roles.IsTenure(m) {
			tenure = append(tenure, m)
		} else {
			rest = append(rest, m)
		}
	}
	if len(tenure) != 1 || len(rest) == len(p.Mods) {
		return "", false
	}
	phrase := append(append([]string{tenure[0]}, rest...), p.Word)
	if !a.saysPhrase(phrase) {
		return "", false
	}
	q := p
	q.Mods = rest
	q.Capital = nil
	f := roles.NewFitter(q)
	found, name := 0, ""
	for k, pe := range a.People {
		if !a.namesPersonAt(k) || f.Fit(pe.Descriptors, a.roleDescsAt(k)) <= 0 {
			continue
		}
		for _, d := range pe.Descriptors {
			for _, m := range d.Modifiers {
				if roles.IsTenure(m) && m != tenure[0] {
					return "", false // "former music director": another holder
				}
			}
		}
		found, name = found+1, pe.Name
	}
	if found != 1 {
		return "", false
	}
	return name, true
}

// saysPhrase reports whether the article has the folded words in a row
// ("Philharmonic’s new music director" has "new music director").
func (a *Article) saysPhrase(words []string) bool {
	// The whole text: a headline, which is no sentence, often has it.
	toks := Tokenize(a.Text)
next:
	for k := 0; k+len(words) <= len(toks); k++ {
		for i, w := range words {
			if stripPossessive(toks[k+i].Norm) != w || i > 0 && !adjacent(a.Text, toks[k+i-1], toks[k+i]) {
				continue next
			}
		}
		return true
	}
	return false
}

// mentionLead is how many times as much as any other the one person a
// bare role names must be talked about: "the minister" of a budget story is
// the finance minister it follows throughout, not the health minister it
// quotes once; two people the article names about as often stay
// ambiguous.
const mentionLead = 2

// mostMentioned returns the name of the one of a.People[ks] the article
// talks about most — mentions by name and sentences they are reported to
// say — at least mentionLead times as much as each other one, and false
// when none stands out so.
func (a *Article) mostMentioned(ks []int) (string, bool) {
	if a.attr == nil {
		return "", false
	}
	counts := map[string]int{}
	for _, k := range ks {
		counts[a.People[k].Full] = 0
	}
	for _, m := range a.attr.Mentions {
		if m.Entity < 0 || m.Entity >= len(a.attr.Entities) {
			continue
		}
		if n := a.attr.Entities[m.Entity].Name; hasKey(counts, n) {
			counts[n]++
		}
	}
	said := map[string]int{}
	for _, s := range a.Sentences {
		said[s.SaidBy]++
	}
	best, first, second := "", 0, 0
	for _, k := range ks {
		switch c := counts[a.People[k].Full] + said[a.People[k].Name]; {
		case c > first:
			best, first, second = a.People[k].Name, c, first
		case c > second:
			second = c
		}
	}
	if first == 0 || first < mentionLead*second {
		return "", false
	}
	return best, true
}

// namesPerson reports whether a person's name looks like one: not a place
// ("Iran"), nor an institution ("Mutapa Empire"), nor, alone, an ordinary
// word ("Presidents", "States"), which the attribution engine may take for
// people in encyclopaedic prose. Two ordinary words may be a name ("Ada
// Brook").
func namesPerson(p Person) bool {
	lx := lexicon.Default()
	f := strings.Join(strings.Fields(Fold(p.Full)), " ")
	words := strings.Fields(f)
	if len(words) == 0 || lx.IsPlace(f) || lx.IsOrganisationNoun(words[len(words)-1]) {
		return false
	}
	// "a harbour official", "one market trader": a phrase the engine names
	// someone unnamed by, as written in lower case, is no name.
	if len(words) > 1 && indefiniteOpeners[words[0]] && p.Full != "" && strings.ToLower(p.Full[:1]) == p.Full[:1] {
		return false
	}
	if len(words) > 1 {
		return true
	}
	return !lx.IsCommonWord(f) && !slices.ContainsFunc(lx.Lemma(f), lx.IsCommonWord)
}

// roleDescsAt is the roles.Desc of each of a.People[k]'s descriptors, as
// the index worked them out at parse time.
func (a *Article) roleDescsAt(k int) []roles.Desc {
	if a.index != nil && k < len(a.index.roleDescs) {
		return a.index.roleDescs[k]
	}
	return roles.NewTable().Descs(a.People[k].Descriptors)
}

// indefiniteOpeners open a phrase describing someone unnamed.
var indefiniteOpeners = wordSet(`a an one another some`)

func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}
