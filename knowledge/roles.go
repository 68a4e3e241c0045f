package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quotebot/quotebot/knowledge/attribution"
	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// A question often names a person by the role the article gives them
// rather than by name: "What did the union president say …" for "The
// Setúbal Metalworkers' Union … Its president, Ana Paula Gomes, said …".
// The attribution engine keeps each person's role descriptors (head noun,
// modifiers, whose role it is); this file reads a role phrase in a question
// and finds the one person whose descriptors it fits, by WordNet: the head
// nouns equal, synonyms or one a hypernym of the other (lawyer ~ attorney ~
// counsel; a prosecutor is a lawyer), and no modifier contradicting (a
// "defense lawyer" is no prosecutor, the "Ukrainian president" no Russian
// one). A role no one has names no one; a role two people fit equally well
// names neither.

// rolePhrase is a role phrase of a question: the words of "the union
// president", "Castellano's lawyer", "the president of the union".
type rolePhrase struct {
	// opener is the index of its first token (the determiner or
	// possessor); head the index of its role noun.
	opener, head int
	// word is the role noun, folded, without a possessive.
	word string
	// mods are the folded words between the opener and the head.
	mods []string
	// of are the folded words naming whose role it is: a possessor
	// ("castellano") or the words after "of" ("union").
	of []string
	// owned marks a phrase opened by a possessor or a possessive pronoun
	// ("his attorney", "Castellano's lawyer"): a role held for someone.
	owned bool
	// possessor is the possessor's folded word ("castellano"), if named.
	possessor []string
	// capital marks the modifiers written with a capital ("the Rovers
	// manager"): a name or a proper adjective, which must be the article's.
	capital []bool
}

// roleRef is a role phrase resolved to a person.
type roleRef struct {
	phrase rolePhrase
	person string // canonical name
}

// Role match strengths, best first: the same role noun, a synonym, the
// article's role more specific than the question's (a prosecutor for "the
// lawyer"), the question's more specific (an attorney for "the
// prosecutor"), and a role the question's word or one of its synonyms
// heads further up (the colloquial "boss", a chief, for a manager, a
// director or a company's president).
const (
	roleSame = 5 - iota
	roleSynonym
	roleNarrower
	roleBroader
	roleKin
	roleNone
)

// kinDepth bounds how far above the article's role noun a question's word
// (or its synonym) may be to name it: "chief" is four steps above
// "president" (corporate executive, executive, administrator).
const kinDepth = 4

// tiedKinDepth bounds how far above the article's role noun a question's
// word may be when the question also names the place or organisation the
// person's description ties them to: "the Kremlin leader" or "the Russian
// leader" for "Russian President Vladimir Putin", five steps up (head of
// state, representative, legislator, lawmaker). One step more reaches
// "person", which names no role.
const tiedKinDepth = 5

// ownedSupport is what a role held for someone ("Castellano’s lawyer")
// adds when the question asks about someone's role ("his attorney"): more
// than one step of head-noun strength.
const ownedSupport = 15

// roleCompounds are role titles WordNet lacks, mapped to the WordNet role
// they are: the prosecutors' titles of common-law systems and the British
// spelling of the defence.
var roleCompounds = map[string]string{
	"us attorney": "prosecutor", "united states attorney": "prosecutor", "state's attorney": "prosecutor",
	"state attorney": "prosecutor", "crown prosecutor": "prosecutor", "crown counsel": "prosecutor",
	"procurator fiscal": "prosecutor", "defence lawyer": "defense lawyer", "defence attorney": "defense lawyer",
	"defence counsel": "defense lawyer", "defense counsel": "defense lawyer", "defence barrister": "defense lawyer",
	"defense barrister": "defense lawyer", "defence solicitor": "defense lawyer",
	// WordNet's "chief executive" is a head of state; in news it is a
	// company's head, as "chief exec" is.
	"chief executive": "chief executive officer", "chief exec": "chief executive officer",
	// WordNet's "MP" is a military policeman; in news, a member of parliament.
	"mp": "member of parliament", "mep": "member of parliament",
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
		if name, ok := a.resolveRole(p); ok {
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
func (a *Article) rolePhrases(text string, toks []Token) []rolePhrase {
	if a.attr == nil {
		return nil
	}
	var out []rolePhrase
	for k := range toks {
		w := stripPossessive(toks[k].Norm)
		if long, ok := clippedRoles[w]; ok {
			w = long // "the Voltaris exec"
		}
		if !a.isRoleHead(w, !isCapitalised(toks[k])) {
			continue
		}
		if k+1 < len(toks) && adjacent(text, toks[k], toks[k+1]) && !hasPossessive(toks[k]) &&
			(isCapitalised(toks[k+1]) || a.isRoleHead(toks[k+1].Norm, true) || nounFirst(toks[k+1].Norm) && !auxSubject(toks, k)) {
			continue // "President Putin", "the chief engineer", "the American car": not the head
		}
		p := rolePhrase{opener: -1, head: k, word: w}
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
				p.opener = i - 1
				p.owned = prev.Norm != "the"
				break
			}
			if hasPossessive(prev) || possessiveGap(gap) {
				p.opener = i - 1
				p.of = append(p.of, stripPossessive(prev.Norm))
				p.possessor = p.of[:1:1]
				p.owned = true
				break
			}
			if IsStopWord(prev.Norm) || speechVerbs[prev.Norm] || strings.HasPrefix(firstSense(prev.Norm), "verb.") && !openerModifier(toks, i-1) {
				break // "did the revocation restrict Huguenot travel": a verb ends it
			}
			i--
		}
		if p.opener < 0 || predicative(toks, p.opener) {
			continue
		}
		p.mods = joinInitials(text, toks[p.opener+1:k])
		for i, m := range p.mods {
			if m == "ex" {
				p.mods[i] = "former" // "ex-treasurer", as the article's "former treasurer"
			}
		}
		if len(p.mods) == k-p.opener-1 {
			for _, t := range toks[p.opener+1 : k] {
				p.capital = append(p.capital, isCapitalised(t))
			}
		}
		if k+2 < len(toks) && toks[k+1].Norm == "of" {
			for _, t := range toks[k+2 : min(len(toks), k+5)] {
				if t.Norm == "the" {
					continue
				}
				if IsStopWord(t.Norm) {
					break
				}
				p.of = append(p.of, stripPossessive(t.Norm))
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
		name, ok := a.resolveRole(p)
		if !ok {
			continue
		}
		if out == nil {
			out = map[int]roleRef{}
		}
		for k := p.opener + 1; k <= p.head; k++ {
			if !hasPossessive(toks[k]) || k == p.head {
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
	if !(a.attr.IsPersonRole(w) || lower && lx.IsPersonNoun(w)) || isPlaceWord(lx, w) || !isRoleSense(w) {
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

// firstSense returns the supersense of the commonest sense of w or of its
// base form ("noun.person", "verb.communication"), or "".
func firstSense(w string) string {
	lx := lexicon.Default()
	for _, l := range append([]string{w}, lx.Lemma(w)...) {
		if ss := lx.Supersenses(l); len(ss) > 0 {
			return ss[0]
		}
	}
	return ""
}

// isRoleSense reports a word whose commonest sense is a person ("judge"
// is first a verb, but a person noun after "the"): not mostly an adjective
// ("major", "American", "Marxist").
func isRoleSense(w string) bool {
	return !strings.HasPrefix(firstSense(w), "adj.")
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
func nounFirst(w string) bool { return strings.HasPrefix(firstSense(w), "noun.") }

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
// equally well.
func (a *Article) resolveRole(p rolePhrase) (string, bool) {
	best, bestScore, tie := "", 0, false
	f := newRoleFitter(p)
	for k, pe := range a.People {
		if !a.namesPersonAt(k) {
			continue
		}
		s := f.fit(pe.Descriptors, a.roleDescsAt(k))
		switch {
		case s <= 0:
		case s > bestScore:
			best, bestScore, tie = pe.Name, s, false
		case s == bestScore:
			tie = true
		}
	}
	if best == "" || tie {
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
	if len(words) > 1 {
		return true
	}
	return !lx.IsCommonWord(f) && !slices.ContainsFunc(lx.Lemma(f), lx.IsCommonWord)
}

// tenureWords set when a role is held: "the new mayor" is not the mayor
// the article names without the word, who may be the one voted out.
var tenureWords = wordSet(`new former incoming outgoing future next previous interim acting late elect`)

// roleFitter scores people against one role phrase of a question. The
// lexicon relations it needs depend only on the question's role words and
// an article's role nouns, which repeat from person to person (a long
// article has hundreds of presidents): the article's side of each relation
// (a roleNoun) is looked up once at parse time, the question's (a
// roleWord) once per phrase, so fitting a person walks no WordNet.
type roleFitter struct {
	lx     *lexicon.Lexicon
	p      rolePhrase
	qWords []string // the modifiers and the role noun
	qc     string   // roleConcept of qWords
	qn     int      // how many of qWords qc takes
	// c and w are the question's sides of qc and p.word.
	c, w roleWord
}

func newRoleFitter(p rolePhrase) *roleFitter {
	f := &roleFitter{lx: lexicon.Default(), p: p, qWords: append(slices.Clone(p.mods), p.word)}
	f.qc, f.qn = roleConcept(f.qWords)
	f.c, f.w = newRoleWord(f.lx, f.qc), newRoleWord(f.lx, p.word)
	return f
}

// roleWord is what roleRelation, kinWithin and roleSiblings read of a
// question's role word q.
type roleWord struct {
	q        string
	syn, hyp []string // its synonyms and hypernyms
	// kinQs are q and its person-noun synonyms, which kinWithin looks
	// for above the article's role.
	kinQs []string
}

func newRoleWord(lx *lexicon.Lexicon, q string) roleWord {
	w := roleWord{q: q, syn: lx.Synonyms(q), hyp: lx.Hypernyms(q), kinQs: []string{q}}
	for _, s := range w.syn {
		if lx.IsPersonNoun(s) {
			w.kinQs = append(w.kinQs, s)
		}
	}
	return w
}

// roleNoun is what roleRelation, kinWithin and roleSiblings read of an
// article's role noun e.
type roleNoun struct {
	e        string
	syn, hyp []string // its synonyms and hypernyms
	hyp2     []string // the hypernyms of its hypernyms (hypernym2)
	// above are the person nouns kinWithin reaches from e by person-noun
	// hypernym steps, up to tiedKinDepth, with the fewest steps to each.
	above map[string]int
}

func newRoleNoun(lx *lexicon.Lexicon, e string) *roleNoun {
	n := &roleNoun{e: e, syn: lx.Synonyms(e), hyp: lx.Hypernyms(e), above: map[string]int{}}
	for _, h := range n.hyp {
		n.hyp2 = append(n.hyp2, lx.Hypernyms(h)...)
	}
	// kinWithin's walk, breadth first, so each noun is met at its least
	// depth.
	seen := map[string]bool{e: true}
	level := []string{e}
	for d := 1; d <= max(kinDepth, tiedKinDepth); d++ {
		var next []string
		for _, w := range level {
			for _, h := range lx.Hypernyms(w) {
				if seen[h] || !lx.IsPersonNoun(h) {
					continue
				}
				seen[h] = true
				n.above[h] = d
				next = append(next, h)
			}
		}
		level = next
	}
	return n
}

// kinWithin is kinWithin(lx, w.q, n.e, depth).
func (w *roleWord) kinWithin(n *roleNoun, depth int) bool {
	for _, q := range w.kinQs {
		if d, ok := n.above[q]; ok && d <= depth {
			return true
		}
	}
	return false
}

// relation is roleRelation(lx, w.q, n.e).
func (w *roleWord) relation(n *roleNoun) int {
	switch {
	case w.q == n.e:
		return roleSame
	case slices.Contains(w.syn, n.e) || slices.Contains(n.syn, w.q):
		return roleSynonym
	case slices.Contains(n.hyp, w.q) || slices.Contains(n.hyp2, w.q):
		return roleNarrower
	case slices.Contains(w.hyp, n.e):
		return roleBroader
	case w.kinWithin(n, kinDepth):
		return roleKin
	}
	return roleNone
}

// siblings is roleSiblings(lx, w.q, n.e).
func (w *roleWord) siblings(n *roleNoun) bool {
	if w.relation(n) != roleNone {
		return false
	}
	for _, h := range w.hyp {
		if slices.Contains(n.hyp, h) {
			return true
		}
	}
	return false
}

// roleDesc is a person's descriptor as roleFitter reads it: the role
// concept its words name (roleConcept of its modifiers and head) and its
// head, each as a roleNoun; concept is nil for a descriptor that names no
// role ("American", "Roman": a people).
type roleDesc struct {
	concept, head *roleNoun
}

// roleDescs returns a roleDesc beside each of ds, sharing one roleNoun
// per word through nouns.
func roleDescs(lx *lexicon.Lexicon, ds []attribution.Descriptor, nouns map[string]*roleNoun) []roleDesc {
	noun := func(e string) *roleNoun {
		n, ok := nouns[e]
		if !ok {
			n = newRoleNoun(lx, e)
			nouns[e] = n
		}
		return n
	}
	out := make([]roleDesc, len(ds))
	for i, d := range ds {
		if isPlaceWord(lx, d.Head) || !isRoleSense(d.Head) {
			continue
		}
		ec, _ := roleConcept(append(slices.Clone(d.Modifiers), d.Head))
		out[i] = roleDesc{concept: noun(ec), head: noun(d.Head)}
	}
	return out
}

// roleDescsAt is roleDescs of a.People[k]'s descriptors, as the index
// worked them out at parse time.
func (a *Article) roleDescsAt(k int) []roleDesc {
	if a.index != nil && k < len(a.index.roleDescs) {
		return a.index.roleDescs[k]
	}
	return roleDescs(lexicon.Default(), a.People[k].Descriptors, map[string]*roleNoun{})
}

// fit scores how well a person's descriptors ds, with their roleDescs
// rds, fit the phrase: ten points per step of head-noun strength (roleSame
// … roleBroader), the support of each modifier and possessor, and
// ownedSupport for a role held for someone when the question asks about
// one; 0 when no descriptor fits or one contradicts.
func (f *roleFitter) fit(ds []attribution.Descriptor, rds []roleDesc) int {
	lx, p, qWords, qn := f.lx, f.p, f.qWords, f.qn
	best := 0
	for i, d := range ds {
		ec, eh := rds[i].concept, rds[i].head
		if ec == nil {
			continue // "American", "Roman": a people, not a role
		}
		if f.c.siblings(ec) {
			continue // "defense lawyer" and "prosecutor": two kinds of lawyer
		}
		rel := max(f.c.relation(ec), f.c.relation(eh), f.w.relation(ec), f.w.relation(eh))
		if rel == roleNone && qn == 1 && (f.w.kinWithin(ec, tiedKinDepth) || f.w.kinWithin(eh, tiedKinDepth)) &&
			tiedToPlace(lx, append(slices.Clone(qWords[:len(qWords)-1]), p.of...), ds) {
			// A generic head ("leader", "lawmaker") with the place the
			// person's description names: kin, every word the article's.
			rel = roleKin
		}
		if rel == roleNone {
			continue
		}
		// The question's words beyond its role noun must be the article's
		// or at least not another place's: "the Ukrainian president" is
		// not the Russian one, nor one whose country the article omits.
		support := 0
		ok := true
		for i, m := range append(slices.Clone(qWords[:len(qWords)-qn]), p.of...) {
			switch n := supports(lx, m, ds); {
			case n > 0:
				support += n
			case isPlaceWord(lx, m) || i < len(p.capital) && p.capital[i] || rel == roleKin || tenureWords[m]:
				// A role named only by kin ("the union boss") must be
				// the article's in every other word.
				ok = false
			}
		}
		switch {
		case d.Of == "":
		case len(p.possessor) > 0 && supports(lx, p.possessor[0], []attribution.Descriptor{{Of: d.Of}}) == 0:
			ok = false // "Tancred's nephew" is not the nephew of someone else
		case p.owned:
			// "his attorney" is someone's lawyer, as "Castellano’s lawyer,
			// J. R. Whitfield" is, more than "Attorney Kevin Liang" is.
			support += ownedSupport
		}
		if ok {
			best = max(best, 10*rel+support)
		}
	}
	return best
}

// roleConcept returns the most specific role a run of words names — the
// longest tail WordNet (or roleCompounds) knows as a noun, "defense lawyer"
// of "the defense lawyer", "prosecutor" of "assistant us attorney" — and
// how many words it takes.
func roleConcept(words []string) (string, int) {
	lx := lexicon.Default()
	for n := min(len(words), 3); n >= 2; n-- {
		c := strings.Join(words[len(words)-n:], " ")
		if r, ok := roleCompounds[c]; ok {
			return r, n
		}
		if lx.IsNoun(c) {
			return c, n
		}
	}
	last := words[len(words)-1]
	if r, ok := roleCompounds[last]; ok {
		return r, 1
	}
	return last, 1
}

// roleRelation is how a question's role noun q relates to the article's e.
func roleRelation(lx *lexicon.Lexicon, q, e string) int {
	switch {
	case q == e:
		return roleSame
	case slices.Contains(lx.Synonyms(q), e) || slices.Contains(lx.Synonyms(e), q):
		return roleSynonym
	case slices.Contains(lx.Hypernyms(e), q) || hypernym2(lx, e, q):
		return roleNarrower
	case slices.Contains(lx.Hypernyms(q), e):
		return roleBroader
	case kin(lx, q, e):
		return roleKin
	}
	return roleNone
}

// kin reports a question's role word q that, or one of whose synonyms,
// is at most kinDepth hypernym steps above the article's role e: "boss"
// (a synonym of "chief") for a manager, a director or a president. The
// synonyms widen only the colloquial word of the question, never the
// article's role.
func kin(lx *lexicon.Lexicon, q, e string) bool { return kinWithin(lx, q, e, kinDepth) }

// kinWithin reports a question's role word q that, or one of whose
// person-noun synonyms, is at most depth hypernym steps above the
// article's role e.
func kinWithin(lx *lexicon.Lexicon, q, e string, depth int) bool {
	qs := []string{q}
	for _, w := range lx.Synonyms(q) {
		if lx.IsPersonNoun(w) {
			qs = append(qs, w) // "chief" of "boss", not "brag"
		}
	}
	seen := map[string]bool{e: true}
	level := []string{e}
	for range depth {
		var next []string
		for _, w := range level {
			for _, h := range lx.Hypernyms(w) {
				if seen[h] || !lx.IsPersonNoun(h) {
					continue // a verb's or an abstraction's path is no role's
				}
				if slices.Contains(qs, h) {
					return true
				}
				seen[h] = true
				next = append(next, h)
			}
		}
		level = next
	}
	return false
}

// hypernym2 reports whether q is two steps above e ("lawmaker" above
// "senator", a legislator): a question may name a role that generally.
func hypernym2(lx *lexicon.Lexicon, e, q string) bool {
	for _, h := range lx.Hypernyms(e) {
		if slices.Contains(lx.Hypernyms(h), q) {
			return true
		}
	}
	return false
}

// roleSiblings reports two different roles of one kind ("defense lawyer"
// and "prosecutor", both lawyers; "senator" and "representative").
func roleSiblings(lx *lexicon.Lexicon, q, e string) bool {
	if roleRelation(lx, q, e) != roleNone {
		return false
	}
	he := lx.Hypernyms(e)
	for _, h := range lx.Hypernyms(q) {
		if slices.Contains(he, h) {
			return true
		}
	}
	return false
}

// supports scores a question's modifier or possessor word w against a
// person's descriptors, as written or as a related form ("ukrainian" ~
// "ukraine"): 2 when it is one of their modifiers ("the race director" for
// "race director Carla Mendez"), 1 when it names whose role it is
// ("medical director of the race"), else 0.
func supports(lx *lexicon.Lexicon, w string, ds []attribution.Descriptor) int {
	forms := append([]string{w}, lx.Pertainyms(w)...)
	forms = append(forms, placeHolonyms(lx, w)...) // "kremlin" ~ "russia"
	match := func(words []string) bool {
		for _, x := range words {
			xs := []string{x}
			if isPlaceWord(lx, x) {
				xs = append(xs, lx.Pertainyms(x)...) // "russian" ~ "russia"
			}
			for _, f := range forms {
				for _, x := range xs {
					if x == f || singularOf(x) == singularOf(f) {
						return true
					}
				}
			}
		}
		return false
	}
	best := 0
	for _, d := range ds {
		switch {
		case match(d.Modifiers):
			return 2
		case match(strings.Fields(strings.NewReplacer("'s", "", "'", "").Replace(d.Of))):
			best = 1
		}
	}
	return best
}

// tiedToPlace reports question words that name a place or an
// organisation ("russian", "kremlin", "pueblo") and that all support the
// person's descriptors: the place ties the question's generic role to
// this person.
func tiedToPlace(lx *lexicon.Lexicon, words []string, ds []attribution.Descriptor) bool {
	tied := false
	for _, w := range words {
		if supports(lx, w, ds) == 0 {
			return false
		}
		if isPlaceWord(lx, w) || len(placeHolonyms(lx, w)) > 0 || lx.IsOrganisationNoun(w) {
			tied = true
		}
	}
	return tied
}

// placeHolonyms returns the places a word that is no place itself stands
// in ("kremlin": moscow, russia): a seat of power named for its country.
func placeHolonyms(lx *lexicon.Lexicon, w string) []string {
	if lx.IsPlace(w) || lx.IsPersonNoun(w) {
		return nil
	}
	var out []string
	for _, h := range lx.Holonyms(w) {
		if lx.IsPlace(h) {
			out = append(out, h)
		}
	}
	return out
}

// isPlaceWord reports a place or a word of one ("ukrainian", "french",
// "boston"): a modifier that tells one person from another.
func isPlaceWord(lx *lexicon.Lexicon, w string) bool {
	if lx.IsPlace(w) {
		return true
	}
	for _, p := range lx.Pertainyms(w) {
		if lx.IsPlace(p) {
			return true
		}
	}
	return false
}

// singularOf strips a plural "s" for comparing modifiers ("workers" ~ "worker").
func singularOf(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}
