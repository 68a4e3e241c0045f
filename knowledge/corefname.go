package knowledge

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/attribution"
	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// nameReferred reports a name of the question (term t) that the window of
// sentence i0 does not write but refers to another way, as news writes a
// name it has already given:
//   - a capital for its country and back ("Moscow", "Kyiv" for Russia,
//     Ukraine; "Washington" for the United States): the government is
//     named by its seat. The lexicon's place data tell capitals (their
//     hypernym is a capital) and the countries they lie in (their
//     holonyms whose hypernym is a country or state); the capital or
//     country used as a place ("moved to London") is the city, not this;
//   - a state's official for the state ("Kyiv accepted" told as
//     "Ukrainian President Zelenskyy agreed"; officialOf);
//   - a definite description by the kind word of the one entity of the
//     article whose name holds both ("the committee" for the Entertainments
//     Committee, "the port" for Port Serrano, "the school" for Brookfield
//     Primary), from the attribution engine's entities.
//
// Pronouns and role descriptions of people are resolved already (the
// sentences' People and described entities): this covers what they miss.
func (a *Article) nameReferred(q *query, t queryTerm, i0 int) bool {
	if !t.entity {
		return false
	}
	win := a.windowTokens(i0)
	lx := lexicon.Default()
	norm := t.tok.Norm
	// A capital stands for its government as an actor ("Moscow said",
	// "talks with Kyiv"), not as a place ("moved to London", "in
	// Canberra"), where the city is meant.
	actor := !placeUse(q.toks, t.tok)
	// The question names a capital: the window names its country.
	if actor && isCapitalCity(lx, norm) {
		for _, c := range countriesOf(lx, norm) {
			if namesPlace(win, c) {
				return true
			}
		}
	}
	// The question names a country: the window names its capital.
	if actor && isCountryName(lx, norm) {
		for _, u := range win {
			if isCapitalised(u) && !placeUse(win, u) && isCapitalCity(lx, u.Norm) && slices.ContainsFunc(countriesOf(lx, u.Norm), func(c string) bool {
				return c == norm || slices.Contains(lx.Synonyms(c), norm)
			}) {
				return true
			}
		}
	}
	if actor && (isCapitalCity(lx, norm) || isCountryName(lx, norm)) {
		places := countriesOf(lx, norm)
		if isCountryName(lx, norm) {
			places = append([]string{norm}, lx.Synonyms(norm)...)
		}
		if a.officialOf(i0, places) {
			return true
		}
	}
	return a.describedByKind(t, win)
}

// governmentClasses are the WordNet classes of those who act for a state:
// heads of state and government, ministers, diplomats, monarchs.
var governmentClasses = wordSet(`head_of_state chief_of_state government_minister cabinet_minister diplomat diplomatist sovereign monarch`)

// officialOf reports the window of sentence i0 speaking of (pronouns
// resolved) someone the article describes as an official of one of
// places ("Ukrainian President Zelenskyy", "Russia's foreign minister"):
// "Kyiv accepted" is told as "Zelenskyy agreed". The role must be one
// that acts for a state, as WordNet files it: a "Ukrainian refugee" does
// not speak for Kyiv.
func (a *Article) officialOf(i0 int, places []string) bool {
	lx := lexicon.Default()
	of := map[string]bool{}
	for _, p := range places {
		of[p] = true
		for _, adj := range lx.Pertainyms(p) {
			of[adj] = true
		}
	}
	for j := i0 - 1; j <= i0+1; j++ {
		if j < 0 || j >= len(a.Sentences) || a.Sentences[j].Paragraph != a.Sentences[i0].Paragraph {
			continue
		}
		for _, name := range a.Sentences[j].People {
			k := slices.IndexFunc(a.People, func(p Person) bool { return p.Name == name })
			if k < 0 {
				continue
			}
			for _, d := range a.People[k].Descriptors {
				if !governmentRole(lx, d) {
					continue
				}
				if of[d.Of] || slices.ContainsFunc(d.Modifiers, func(m string) bool { return of[strings.ReplaceAll(m, ".", "")] || of[m] }) {
					return true
				}
			}
		}
	}
	return false
}

// governmentRole reports a descriptor whose role (its head, or the head
// with the word before it: "prime minister", "foreign minister") WordNet
// files under governmentClasses.
func governmentRole(lx *lexicon.Lexicon, d attribution.Descriptor) bool {
	roles := []string{d.Head}
	if n := len(d.Modifiers); n > 0 {
		roles = append(roles, d.Modifiers[n-1]+" "+d.Head)
	}
	for _, r := range roles {
		for _, h := range lx.Hypernyms(r) {
			if governmentClasses[strings.ReplaceAll(h, " ", "_")] {
				return true
			}
		}
	}
	return false
}

// windowTokens are the tokens of sentence i0 and its neighbours in its
// paragraph, one slice per sentence joined with a nil gap token between.
func (a *Article) windowTokens(i0 int) []Token {
	var out []Token
	for j := i0 - 1; j <= i0+1; j++ {
		if j >= 0 && j < len(a.Sentences) && a.Sentences[j].Paragraph == a.Sentences[i0].Paragraph {
			if len(out) > 0 {
				out = append(out, Token{}) // no phrase runs over a sentence's end
			}
			out = append(out, a.Sentences[j].tokens...)
		}
	}
	return out
}

// isCapitalCity reports a place the lexicon files as a capital ("moscow":
// national capital; "albany": state capital).
func isCapitalCity(lx *lexicon.Lexicon, w string) bool {
	return slices.ContainsFunc(lx.Hypernyms(w), func(h string) bool {
		return h == "capital" || strings.HasSuffix(h, " capital")
	})
}

// isCountryName reports a place the lexicon files as a country or a state
// ("russia": country; "california": american state), not a continent or a
// region.
func isCountryName(lx *lexicon.Lexicon, w string) bool {
	return slices.ContainsFunc(lx.Hypernyms(w), func(h string) bool {
		last := h[strings.LastIndexByte(h, ' ')+1:]
		return last == "country" || last == "nation" || last == "state"
	})
}

// countriesOf returns the country (or state) capital w governs: the
// nearest of the lexicon's holonyms that is one, with its synonyms. A
// state capital speaks for its state, not for the country beyond it.
func countriesOf(lx *lexicon.Lexicon, w string) []string {
	for _, h := range lx.Holonyms(w) {
		if isCountryName(lx, h) {
			return append([]string{h}, lx.Synonyms(h)...)
		}
	}
	return nil
}

// placePrepositions put a place name as where something is or goes.
var placePrepositions = wordSet(`in into to at near across around outside inside of through throughout toward towards within`)

// placeUse reports name token u of toks used as a place: after a
// preposition of place ("to London", "in Canberra", "of Kyiv").
func placeUse(toks []Token, u Token) bool {
	k := slices.IndexFunc(toks, func(v Token) bool { return v.Start == u.Start && v.End == u.End })
	return k > 0 && placePrepositions[toks[k-1].Norm]
}

// namesPlace reports the window naming place p (a folded lexicon lemma,
// perhaps of several words: "united states", "u.s."), capitalised. Its
// adjective alone is not enough: a "Ukrainian refugee" does not speak
// for Kyiv (officialOf tells who does).
func namesPlace(win []Token, p string) bool { return phraseAt(win, p) }

// phraseAt reports the words of p, dots dropped ("u.s." is "US"), as
// consecutive tokens of win opening with a capital: "us" the pronoun is no
// country.
func phraseAt(win []Token, p string) bool {
	words := strings.Fields(strings.ReplaceAll(p, ".", ""))
	if len(words) == 0 {
		return false
	}
	for k := 0; k+len(words) <= len(win); k++ {
		if !isCapitalised(win[k]) {
			continue
		}
		ok := true
		for n, w := range words {
			if strings.ReplaceAll(win[k+n].Norm, ".", "") != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// describedByKind reports the window referring to the entity a question's
// name belongs to by "the" and another word of that entity's name, a
// common noun naming its kind ("the committee" for the Entertainments
// Committee, "the port" for Port Serrano), or the head of a compound its
// last word opens ("the school" for Brookfield Primary), when that entity is the only
// one of the article's with both words in its name: then "the committee"
// can mean no other. People are left to pronoun resolution ("the bishop"
// is no John Bishop).
func (a *Article) describedByKind(t queryTerm, win []Token) bool {
	if a.attr == nil {
		return false
	}
	lx := lexicon.Default()
	norm := t.tok.Norm
	owner := -1
	for i, en := range a.attr.Entities {
		if en.Kind != attribution.Person && slices.Contains(strings.Fields(Fold(en.Name)), norm) {
			if owner >= 0 {
				return false // two entities share the word
			}
			owner = i
		}
	}
	if owner < 0 {
		return false
	}
	words := strings.Fields(Fold(a.attr.Entities[owner].Name))
	kinds := slices.Clone(words)
	for k := 1; k < len(win); k++ {
		// "Brookfield Primary" is "the school": its last word opens a
		// compound WordNet knows ("primary school").
		if win[k-1].Norm == "the" && lx.IsNoun(words[len(words)-1]+" "+win[k].Norm) && !slices.Contains(kinds, win[k].Norm) {
			kinds = append(kinds, win[k].Norm)
		}
	}
	for _, kind := range kinds {
		if kind == norm || IsStopWord(kind) || !lx.IsNoun(kind) {
			continue
		}
		others := false
		for i, en := range a.attr.Entities {
			if i != owner && slices.Contains(strings.Fields(Fold(en.Name)), kind) {
				others = true
				break
			}
		}
		if others {
			continue
		}
		for k := 1; k < len(win); k++ {
			if win[k].Norm == kind && win[k-1].Norm == "the" {
				return true
			}
		}
	}
	return false
}
