package attribution

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// WordNet adapts the WordNet lexicon to Lexicon.
type WordNet struct{ L *lexicon.Lexicon }

var (
	_ Lexicon      = WordNet{}
	_ BodyRoles    = WordNet{}
	_ RoleSynonyms = WordNet{}
	_ BodyKinds    = WordNet{}
	_ KnownWords   = WordNet{}
	_ NounsFirst   = WordNet{}
	_ RareRoles    = WordNet{}
)

// IsPersonNoun implements Lexicon.
func (w WordNet) IsPersonNoun(s string) bool { return w.L.IsPersonNoun(s) }

// PersonGender implements Lexicon.
func (w WordNet) PersonGender(s string) string {
	switch w.L.PersonGender(s) {
	case lexicon.Female:
		return "female"
	case lexicon.Male:
		return "male"
	}
	return ""
}

// IsOrganisationNoun implements Lexicon.
func (w WordNet) IsOrganisationNoun(s string) bool { return w.L.IsOrganisationNoun(s) }

// IsPlace implements Lexicon.
func (w WordNet) IsPlace(s string) bool { return w.L.IsPlace(s) }

// IsCommonWord implements Lexicon.
func (w WordNet) IsCommonWord(s string) bool { return w.L.IsCommonWord(s) }

// GivenNameGender implements Lexicon from the given-name lists that
// package lexicon embeds beside WordNet.
func (w WordNet) GivenNameGender(s string) string {
	switch lexicon.GivenNameGender(s) {
	case lexicon.Female:
		return "female"
	case lexicon.Male:
		return "male"
	}
	return ""
}

// KnownWord implements KnownWords.
func (w WordNet) KnownWord(s string) bool {
	return w.L.Known(s) || slices.ContainsFunc(w.L.Lemma(s), func(l string) bool { return l != s && w.L.Known(l) })
}

// NounFirst implements NounsFirst.
func (w WordNet) NounFirst(s string) bool {
	ss := w.L.Supersenses(s)
	return len(ss) > 0 && strings.HasPrefix(ss[0], "noun.")
}

// NounNotAdjective implements NounsNotAdjectives.
func (w WordNet) NounNotAdjective(s string) bool {
	ss := w.L.Supersenses(s)
	return slices.ContainsFunc(ss, func(x string) bool { return strings.HasPrefix(x, "noun.") }) &&
		!slices.ContainsFunc(ss, func(x string) bool { return strings.HasPrefix(x, "adj.") })
}

// BodyRole implements BodyRoles.
func (w WordNet) BodyRole(role, head string) bool { return w.L.BodyRole(role, head) }

// BodyKind implements BodyKinds.
func (w WordNet) BodyKind(noun, word string) bool { return w.L.BodyKind(noun, word) }

// SameRole implements RoleSynonyms: two person nouns WordNet puts in one
// synset ("captain" and "skipper", "foreman" and "gaffer"); a role of the
// hand list counts as a person noun ("justice", which WordNet reads
// first as the quality, is the judge's title).
func (w WordNet) SameRole(a, b string) bool {
	person := func(x string) bool { return w.L.IsPersonNoun(x) || handRoles[x] }
	if !person(a) || !person(b) {
		return false
	}
	return slices.Contains(w.L.Synonyms(a), b) || slices.Contains(w.L.Synonyms(b), a)
}

// RareRole implements RareRoles: one of the noun senses WordNet ranks
// below its first is a kind of person ("canon", first a rule, is also a
// priest of a cathedral chapter).
func (w WordNet) RareRole(s string) bool {
	for _, h := range w.L.RareHypernyms(s) {
		if w.L.IsPersonNoun(h.Word) {
			return true
		}
	}
	return false
}

// DefaultLexicon is the WordNet lexicon behind the hand list.
func DefaultLexicon() Lexicon { return WordNet{L: lexicon.Default()} }
