package knowledge

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/attribution"
)

// describedRef is one definite description in a sentence ("the company",
// "the incumbent") resolved to the attribution engine's entity.
type describedRef struct {
	// name is the entity's canonical name (Entity.Short).
	name string
	// keys are the index keys a question naming the entity uses: the
	// stems of its one-word names ("corvane" for Corvane Outdoor Group).
	keys []string
}

// describedEntities is the light coreference step: the entities sentence
// toks refers to by "the <noun>" where byRole resolves the noun to one
// entity (the one person with that role, the one organisation with that
// word in its name or roles, the article's company for "the company").
// roleNoun tells a noun that continues the phrase ("the union office"),
// whose head comes later. A capitalised word after "the" is a name, which
// the index already holds. quoted tells a token inside a quotation: a
// speaker's "bet the company" is an idiom as often as a reference.
// byRole returns -1 for none, -2 for several.
func describedEntities(toks []Token, quoted func(Token) bool, roleNoun func(string) bool, byRole func(string) int) []int {
	var out []int
	for k := 1; k < len(toks); k++ {
		if toks[k-1].Norm != "the" || isCapitalised(toks[k]) || !roleNoun(toks[k].Norm) || quoted(toks[k]) {
			continue
		}
		if k+1 < len(toks) && toks[k+1].Start == toks[k].End+1 && roleNoun(toks[k+1].Norm) {
			continue // "the union office": the head comes later
		}
		if e := byRole(toks[k].Norm); e >= 0 {
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

// entityKeys are the index keys that name entity e: a person's canonical
// name, as pronoun resolution uses it; an organisation's one-word names
// and the words of its name but the generic ones (generic tells them:
// "group", "college"), since a question names "Corvane Outdoor Group" as
// "Corvane".
func entityKeys(e attribution.Entity, generic func(string) bool) []string {
	if e.Kind == attribution.Person {
		return []string{Stem(Fold(e.Short))}
	}
	var keys []string
	words := strings.Fields(Fold(e.Name))
	for _, v := range e.Variants {
		if !strings.Contains(v, " ") {
			words = append(words, v)
		}
	}
	for _, w := range words {
		if strings.ContainsAny(w, ".&") || IsStopWord(w) || generic(w) {
			continue
		}
		if k := Stem(w); !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// resolveDescriptions fills each sentence's Described and the index keys
// they stand for, from the attribution result; each role noun is resolved
// once per article.
func (a *Article) resolveDescriptions() {
	r := a.attr
	if r == nil {
		return
	}
	memo := map[string]int{}
	byRole := func(w string) int {
		if e, ok := memo[w]; ok {
			return e
		}
		e := r.ByRole(w)
		if e >= 0 && r.Entities[e].Kind != attribution.Person && r.Entities[e].Kind != attribution.Organisation {
			e = -1
		}
		memo[w] = e
		return e
	}
	for si := range a.Sentences {
		s := &a.Sentences[si]
		quoted := func(t Token) bool { return r.QuotationAt(s.Start+t.Start) >= 0 }
		for _, e := range describedEntities(s.tokens, quoted, r.IsRoleNoun, byRole) {
			en := r.Entities[e]
			s.Described = appendUnique(s.Described, en.Short)
			s.described = append(s.described, describedRef{name: en.Short, keys: entityKeys(en, r.IsRoleNoun)})
		}
	}
}
