package knowledge

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/attribution"
	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// An organisation speaks through its spokesperson: "What is the Interior
// Department's stance …" is answered by "An Interior Department
// spokeswoman, Claire Dubois, said …". The words of the one person the
// article makes the organisation's spokesperson count as the
// organisation's.

// orgSpokesperson finds an organisation of the article named in the
// question's tokens (all the words of its name, in order, the first
// capitalised) and returns the canonical name of its one spokesperson —
// a person with a descriptor headed by a kind of spokesperson (WordNet)
// whose modifiers or owner give the organisation's name — with the
// indexes of the name's first and last tokens.
func (a *Article) orgSpokesperson(toks []Token) (name string, from, to int, ok bool) {
	if a.attr == nil {
		return "", -1, -1, false
	}
	for _, e := range a.attr.Entities {
		if e.Kind != attribution.Organisation {
			continue
		}
		words := strings.Fields(Fold(e.Name))
		i := findWords(toks, words)
		if i < 0 {
			continue
		}
		found := ""
		for k, p := range a.People {
			if !a.namesPersonAt(k) || !speaksFor(p.Descriptors, words) {
				continue
			}
			if found != "" {
				found = ""
				break // two spokespeople: the question does not say whose words
			}
			found = p.Name
		}
		if found != "" {
			return found, i, i + len(words) - 1, true
		}
	}
	return "", -1, -1, false
}

// findWords returns the index of the first token of a run of toks that
// spells words (a possessive on the last allowed), the first capitalised,
// or -1.
func findWords(toks []Token, words []string) int {
	if len(words) == 0 {
		return -1
	}
	for i := 0; i+len(words) <= len(toks); i++ {
		if !isCapitalised(toks[i]) {
			continue
		}
		ok := true
		for j, w := range words {
			if stripPossessive(toks[i+j].Norm) != w {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// speaksFor reports a descriptor headed by a spokesperson ("spokeswoman",
// "spokesman") whose modifiers, or whose owner, hold every word of an
// organisation's folded name.
func speaksFor(ds []attribution.Descriptor, org []string) bool {
	lx := lexicon.Default()
	for _, d := range ds {
		if d.Head != "spokesperson" && !slices.Contains(lx.Hypernyms(d.Head), "spokesperson") {
			continue
		}
		have := append(slices.Clone(d.Modifiers), strings.Fields(strings.NewReplacer("'s", "", "'", "").Replace(d.Of))...)
		all := true
		for _, w := range org {
			if !slices.Contains(have, w) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// maxOrgModifiers bounds the words between "the" and an organisation's
// head noun in a question ("the players' union").
const maxOrgModifiers = 3

// orgByNoun finds a common-noun phrase of the question naming an
// organisation of the article by its head word or a WordNet synonym of it
// ("the players' union" for "the Footballers' Guild"): "the", at most
// maxOrgModifiers words, and an organisation noun. It returns the one
// organisation's canonical name whose name ends in that noun, or else in
// one of its synonyms, with the phrase's first and last token indexes;
// false when none or several fit, or when the article reports no words of
// the organisation's own (its people speak for it: "Its president, Ana
// Gomes, said …", whose words stay hers).
func (a *Article) orgByNoun(toks []Token) (name string, from, to int, ok bool) {
	if a.attr == nil {
		return "", -1, -1, false
	}
	lx := lexicon.Default()
	for i, t := range toks {
		if t.Norm != "the" {
			continue
		}
		for h := i + 1; h < len(toks) && h <= i+1+maxOrgModifiers; h++ {
			n := stripPossessive(toks[h].Norm)
			if isCapitalised(toks[h]) || !lx.IsOrganisationNoun(n) {
				continue
			}
			if h+1 < len(toks) && lx.IsPersonNoun(toks[h+1].Norm) && !hasPossessive(toks[h]) {
				continue // "the union president": a person's role
			}
			if e, ok := a.onlyOrgEnding(n, lx); ok && a.saysAnything(e) {
				return e, i, h, true
			}
			break
		}
	}
	return "", -1, -1, false
}

// onlyOrgEnding returns the short name of the one organisation of the
// article whose name ends in the noun n; failing that, in a synonym of it;
// failing that, in an organisation noun of the same kind — n's hypernym
// at most two steps above it ("union" and "guild", both organisations).
func (a *Article) onlyOrgEnding(n string, lx *lexicon.Lexicon) (string, bool) {
	kinds := lx.Hypernyms(n)
	for _, fits := range []func(w string) bool{
		func(w string) bool { return w == n },
		func(w string) bool { return slices.Contains(lx.Synonyms(n), w) || slices.Contains(lx.Synonyms(w), n) },
		func(w string) bool {
			if !lx.IsOrganisationNoun(w) {
				return false
			}
			up := lx.Hypernyms(w)
			for _, h := range up {
				up = append(up, lx.Hypernyms(h)...)
			}
			return slices.ContainsFunc(kinds, func(k string) bool { return slices.Contains(up, k) })
		},
	} {
		found, several := "", false
		for _, e := range a.attr.Entities {
			f := strings.Fields(Fold(e.Name))
			if e.Kind != attribution.Organisation || len(f) == 0 || !fits(f[len(f)-1]) {
				continue
			}
			if found != "" && found != e.Short {
				several = true
			}
			found = e.Short
		}
		switch {
		case several:
			return "", false
		case found != "":
			return found, true
		}
	}
	return "", false
}

// saysAnything reports whether the article reports words of the one named
// who.
func (a *Article) saysAnything(who string) bool {
	for _, s := range a.Sentences {
		if s.SaidBy == who {
			return true
		}
	}
	return false
}
