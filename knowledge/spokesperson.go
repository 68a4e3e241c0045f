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
