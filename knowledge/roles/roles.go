// Package roles finds the person a role phrase of a question names, from the
// role descriptors the attribution engine keeps for each person (head noun,
// modifiers, whose role it is), by WordNet: the head nouns equal, synonyms
// or one a hypernym of the other (lawyer ~ attorney ~ counsel; a prosecutor
// is a lawyer), and no modifier contradicting (a "defense lawyer" is no
// prosecutor, the "Ukrainian president" no Russian one). Reading the
// phrases in a question is the caller's (knowledge).
package roles

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/attribution"
	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// Phrase is a role phrase of a question: the words of "the union
// president", "Castellano's lawyer", "the president of the union".
type Phrase struct {
	// Opener is the index of its first token (the determiner or
	// possessor); Head the index of its role noun.
	Opener, Head int
	// Word is the role noun, folded, without a possessive.
	Word string
	// Mods are the folded words between the opener and the head.
	Mods []string
	// Of are the folded words naming whose role it is: a possessor
	// ("castellano") or the words after "of" ("union").
	Of []string
	// Owned marks a phrase opened by a possessor or a possessive pronoun
	// ("his attorney", "Castellano's lawyer"): a role held for someone.
	Owned bool
	// Possessor is the possessor's folded word ("castellano"), if named.
	Possessor []string
	// PossessorNamed marks a possessor written with a capital, a name
	// ("Tancred's nephew"): the role must be held for that one. A common
	// noun ("the union's branch chairperson", "the victim's mother") only
	// qualifies it, and the article may put it otherwise ("chairperson at
	// the shaft", "Ibarra-Keane's mother").
	PossessorNamed bool
	// Capital marks the modifiers written with a capital ("the Rovers
	// manager"): a name or a proper adjective, which must be the article's.
	Capital []bool
}

// Role match strengths, best first: the same role noun, a synonym, the
// article's role more specific than the question's (a prosecutor for "the
// lawyer"), the question's more specific (an attorney for "the
// prosecutor"), and a role the question's word or one of its synonyms
// heads further up (the colloquial "boss", a chief, for a manager, a
// director or a company's president).
const (
	Same = 5 - iota
	Synonym
	Narrower
	Broader
	Kin
	None
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

// FirstSense returns the supersense of the commonest sense of w or of its
// base form ("noun.person", "verb.communication"), or "".
func FirstSense(w string) string { return attribution.FirstSense(w) }

// IsRoleSense reports a word whose commonest sense is a person ("judge"
// is first a verb, but a person noun after "the"): not mostly an adjective
// ("major", "American", "Marxist").
func IsRoleSense(w string) bool {
	return !strings.HasPrefix(FirstSense(w), "adj.")
}

// tenureWords set when a role is held: "the new mayor" is not the mayor
// the article names without the word, who may be the one voted out.
var tenureWords = wordSet(`new former incoming outgoing future next previous interim acting late elect`)

// IsTenure reports a word that says when a role is held ("new",
// "former", "outgoing").
func IsTenure(w string) bool { return tenureWords[w] }

// Fitter scores people against one role phrase of a question. The
// lexicon relations it needs depend only on the question's role words and
// an article's role nouns, which repeat from person to person (a long
// article has hundreds of presidents): the article's side of each relation
// (a roleNoun) is looked up once at parse time, the question's (a
// roleWord) once per phrase, so fitting a person walks no WordNet.
type Fitter struct {
	lx     *lexicon.Lexicon
	p      Phrase
	qWords []string // the modifiers and the role noun
	qc     string   // roleConcept of qWords
	qn     int      // how many of qWords qc takes
	// c and w are the question's sides of qc and p.Word.
	c, w roleWord
}

func NewFitter(p Phrase) *Fitter {
	f := &Fitter{lx: lexicon.Default(), p: p, qWords: append(slices.Clone(p.Mods), p.Word)}
	f.qc, f.qn = roleConcept(f.qWords)
	f.c, f.w = newRoleWord(f.lx, f.qc), newRoleWord(f.lx, p.Word)
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
		return Same
	case slices.Contains(w.syn, n.e) || slices.Contains(n.syn, w.q):
		return Synonym
	case slices.Contains(n.hyp, w.q) || slices.Contains(n.hyp2, w.q):
		return Narrower
	case slices.Contains(w.hyp, n.e):
		return Broader
	case w.kinWithin(n, kinDepth):
		return Kin
	}
	return None
}

// siblings is roleSiblings(lx, w.q, n.e).
func (w *roleWord) siblings(n *roleNoun) bool {
	if w.relation(n) != None {
		return false
	}
	for _, h := range w.hyp {
		if slices.Contains(n.hyp, h) {
			return true
		}
	}
	return false
}

// Desc is a person's descriptor as Fitter reads it: the role
// concept its words name (roleConcept of its modifiers and head) and its
// head, each as a roleNoun; concept is nil for a descriptor that names no
// role ("American", "Roman": a people).
type Desc struct {
	concept, head *roleNoun
}

// Table makes the Descs of an article's people, sharing one roleNoun per
// role noun among them. It is not safe for concurrent use; the Descs it
// returns are read-only and are.
type Table struct {
	lx    *lexicon.Lexicon
	nouns map[string]*roleNoun
}

// NewTable returns an empty Table.
func NewTable() *Table { return &Table{lx: lexicon.Default(), nouns: map[string]*roleNoun{}} }

// Descs returns a Desc beside each of ds.
func (t *Table) Descs(ds []attribution.Descriptor) []Desc {
	lx := t.lx
	noun := func(e string) *roleNoun {
		n, ok := t.nouns[e]
		if !ok {
			n = newRoleNoun(lx, e)
			t.nouns[e] = n
		}
		return n
	}
	out := make([]Desc, len(ds))
	for i, d := range ds {
		if IsPlaceWord(lx, d.Head) || !IsRoleSense(d.Head) {
			continue
		}
		ec, _ := roleConcept(append(slices.Clone(d.Modifiers), d.Head))
		out[i] = Desc{concept: noun(ec), head: noun(d.Head)}
	}
	return out
}

// Fit scores how well a person's descriptors ds, with their Descs
// rds, fit the phrase: ten points per step of head-noun strength (Same
// … Broader), the support of each modifier and possessor, and
// ownedSupport for a role held for someone when the question asks about
// one; 0 when no descriptor fits or one contradicts.
func (f *Fitter) Fit(ds []attribution.Descriptor, rds []Desc) int {
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
		if rel == None && qn == 1 && (f.w.kinWithin(ec, tiedKinDepth) || f.w.kinWithin(eh, tiedKinDepth)) &&
			tiedToPlace(lx, append(slices.Clone(qWords[:len(qWords)-1]), p.Of...), ds) {
			// A generic head ("leader", "lawmaker") with the place the
			// person's description names: kin, every word the article's.
			rel = Kin
		}
		if rel == None {
			continue
		}
		// The question's words beyond its role noun must be the article's
		// or at least not another place's: "the Ukrainian president" is
		// not the Russian one, nor one whose country the article omits.
		support := 0
		ok := true
		words := append(slices.Clone(qWords[:len(qWords)-qn]), p.Of...)
		for i, m := range words {
			switch n := supports(lx, m, ds); {
			case n > 0:
				support += n
			case i+1 < len(p.Capital) && i+1 < len(words) && p.Capital[i] && p.Capital[i+1] && supports(lx, words[i+1], ds) > 0:
				// "the Calder Vale coach" for "Calder Vale's head coach",
				// which the article's descriptor may keep as "vale": the
				// name's last word stands for it.
			case IsPlaceWord(lx, m) || i < len(p.Capital) && p.Capital[i] || rel == Kin || tenureWords[m]:
				// A role named only by kin ("the union boss") must be
				// the article's in every other word.
				ok = false
			}
		}
		for _, m := range qWords[max(len(qWords)-qn, 0) : len(qWords)-1] {
			// A compound role's own modifier ("finance" of "the finance
			// minister") the article gives too: the finance minister is
			// more that than a "health minister", whom the compound's
			// head alone would fit as well.
			support += supports(lx, m, ds[i:i+1])
		}
		switch {
		case d.Of == "":
		case len(p.Possessor) > 0 && supports(lx, p.Possessor[0], []attribution.Descriptor{{Of: d.Of}}) == 0:
			if p.PossessorNamed {
				ok = false // "Tancred's nephew" is not the nephew of someone else
			}
		case p.Owned:
			// "his attorney" is someone's lawyer, as "Castellano’s lawyer,
			// J. R. Whitfield" is, more than "Attorney Kevin Liang" is.
			support += ownedSupport
		}
		if ok && rel > None {
			// A role held newly or before ("new mayor", "former
			// president") is less "the mayor" the question names without
			// the word than one the article gives plainly.
			for _, m := range d.Modifiers {
				if tenureWords[m] && !slices.Contains(qWords, m) {
					support--
					break
				}
			}
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
		return Same
	case slices.Contains(lx.Synonyms(q), e) || slices.Contains(lx.Synonyms(e), q):
		return Synonym
	case slices.Contains(lx.Hypernyms(e), q) || hypernym2(lx, e, q):
		return Narrower
	case slices.Contains(lx.Hypernyms(q), e):
		return Broader
	case kin(lx, q, e):
		return Kin
	}
	return None
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
	if roleRelation(lx, q, e) != None {
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
			if IsPlaceWord(lx, x) {
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
		if IsPlaceWord(lx, w) || len(placeHolonyms(lx, w)) > 0 || lx.IsOrganisationNoun(w) {
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

// IsPlaceWord reports a place or a word of one ("ukrainian", "french",
// "boston"): a modifier that tells one person from another.
func IsPlaceWord(lx *lexicon.Lexicon, w string) bool {
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

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// Expand adds to a person's descriptors the roles their modifiers name:
// "climate scientist Dr Ngaio Reid" is read as a doctor qualified by
// "climate scientist", yet she is a scientist too, and "detective
// superintendent" a detective. A modifier registers as a role of its own,
// with the modifiers before it and the same Of, when its commonest sense
// is a person ("scientist", "forecaster") and it is no adjective
// ("senior", "chief": qualities) nor a thing ("union").
func Expand(ds []attribution.Descriptor) []attribution.Descriptor {
	out := ds
	for _, d := range ds {
		for i, m := range d.Modifiers {
			if FirstSense(m) != "noun.person" || lexicon.Default().IsAdjective(m) || tenureWords[m] {
				continue
			}
			e := attribution.Descriptor{Head: m, Modifiers: slices.Clip(d.Modifiers[:i]), Of: d.Of}
			if !slices.ContainsFunc(out, func(o attribution.Descriptor) bool {
				return o.Head == e.Head && o.Of == e.Of && slices.Equal(o.Modifiers, e.Modifiers)
			}) {
				out = append(slices.Clip(out), e)
			}
		}
	}
	return out
}
