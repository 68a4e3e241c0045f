package knowledge

import (
	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// contrastKinds are the WordNet noun supersenses whose members are
// specific details of one kind: a question asking about one of them where
// the passage names another ("wolves" where it counts "deer", "week" where
// it says "Monday", "county" where it names a "city") asks about a
// different thing. Abstract kinds (acts, communication, attributes) are
// left out, and so are people and groups: their members are too often
// paraphrases of one another ("the government" for "the ministry", "the
// man" for "the farmhand").
var contrastKinds = wordSet(`noun.animal noun.plant noun.location noun.food noun.substance noun.body
	noun.artifact`)

// nounKind returns the most common supersense of a word's first base form
// when it is a noun of one of contrastKinds, else "": "last" is mostly an
// adjective, "open" a verb, and neither names a thing.
func nounKind(lx *lexicon.Lexicon, norm string) string {
	ls := lx.Lemma(norm)
	if len(ls) == 0 {
		ls = []string{norm}
	}
	ss := lx.Supersenses(ls[0])
	if len(ss) == 0 || !contrastKinds[ss[0]] {
		return ""
	}
	return ss[0]
}

// contrast looks for a specific detail of the question that the window of
// sentence i0 lacks while it holds another detail of the same kind, the
// mark of a look-alike question about something else: a common noun the
// window does not match, where it has a different noun of the same WordNet
// supersense (kind), and a place name the window does not match, where it
// names another place (place). Words related to the question by any
// expansion are never the contrasting ones: "musicians" answers "players".
func (a *Article) contrast(q *query, i0 int, w *window) (kind, place bool) {
	k, p := a.contrastPair(q, i0, w)
	return k != "", p != ""
}

// contrastPair is contrast with the contrasting words ("wolves/deer"), for
// tests and reports; "" when there is none.
func (a *Article) contrastPair(q *query, i0 int, w *window) (kind, place string) {
	lx := lexicon.Default()
	related := map[string]bool{}
	for _, t := range q.terms {
		related[t.key] = true
		related[t.tok.Stem] = true
		for _, al := range t.alts {
			related[al.key] = true
		}
	}
	for _, t := range q.terms {
		if t.framing || t.weight < 1 || isNumberWord(t.tok.Norm) || t.tok.Norm == "" {
			continue
		}
		present := false
		for _, al := range t.alts {
			if al.weight >= synonymWeight && a.index.contextMatch(i0, al.key) >= adjacentWeight {
				present = true
				break
			}
		}
		if present {
			continue
		}
		if isCapitalised(t.tok) {
			if place != "" {
				continue
			}
			if who := a.personNamed(t.tok); who != "" && lx.PlaceKind(t.tok.Norm) == "" {
				// A person the window neither names nor refers to, where
				// another person stands in the question's slot: "his
				// talks with Zelenskyy" asked of "his talks with Putin".
				if !a.speaksOf(i0, who) {
					if u, ok := w.find(func(u Token) bool {
						o := a.personNamed(u)
						return isCapitalised(u) && o != "" && o != who && !related[u.Stem] && w.slotOf(u, related)
					}); ok {
						place = t.tok.Norm + "/" + u.Norm
					}
				}
				continue
			}
			if lx.PlaceKind(t.tok.Norm) == "" {
				continue
			}
			if u, ok := w.find(func(u Token) bool {
				return isCapitalised(u) && !related[u.Stem] && lx.PlaceKind(u.Norm) != ""
			}); ok {
				place = t.tok.Norm + "/" + u.Norm
			}
			continue
		}
		if kind != "" {
			continue
		}
		k := nounKind(lx, t.tok.Norm)
		if k == "" || !inNounPhrase(q.toks, t.tok) {
			continue
		}
		if u, ok := w.find(func(u Token) bool {
			return !IsStopWord(u.Norm) && !isCapitalised(u) && !related[u.Stem] && u.Stem != t.tok.Stem &&
				nounKind(lx, u.Norm) == k && w.slotOf(u, related) && !isKindOf(lx, u.Norm, t.tok.Norm)
		}); ok {
			kind = t.tok.Norm + "/" + u.Norm
		}
	}
	return kind, place
}

// find returns the first token of the window that satisfies f.
func (w *window) find(f func(Token) bool) (Token, bool) {
	for _, ts := range w.toks {
		for _, t := range ts {
			if f(t) {
				return t, true
			}
		}
	}
	return Token{}, false
}

// slotOf reports whether token u of the window stands beside a word of the
// question or a number (within three tokens, in its sentence): in the slot
// the question's own word would fill ("Monday off" for "a week off", "the
// council maintained" for "the state government maintain", "120 deer" for
// "how many wolves"), not merely somewhere in the passage.
func (w *window) slotOf(u Token, related map[string]bool) bool {
	for _, ts := range w.toks {
		for k, t := range ts {
			if t.Start != u.Start || t.Stem != u.Stem {
				continue
			}
			for j := max(0, k-3); j <= k+3 && j < len(ts); j++ {
				if j != k && !IsStopWord(ts[j].Norm) && (related[ts[j].Stem] || isNumberToken(ts[j])) {
					return true
				}
			}
		}
	}
	return false
}

// isKindOf reports whether WordNet files the word u, within four levels of
// hypernyms, under the word t: a "trumpet" is an "instrument", and names
// the instrument the question asks for rather than another thing.
func isKindOf(lx *lexicon.Lexicon, u, t string) bool {
	goal := map[string]bool{t: true}
	for _, l := range lx.Lemma(t) {
		goal[l] = true
	}
	level := append(lx.Lemma(u), u)
	seen := map[string]bool{}
	for depth := 0; depth < 4 && len(level) > 0; depth++ {
		var next []string
		for _, x := range level {
			for _, h := range lx.Hypernyms(x) {
				if goal[h] {
					return true
				}
				if !seen[h] && len(seen) < 200 {
					seen[h] = true
					next = append(next, h)
				}
			}
		}
		level = next
	}
	return false
}

// determiners open a noun phrase.
var determiners = wordSet(`the a an this that these those his her its their our my your some any many much few
	several each every no`)

// inNounPhrase reports whether the question's word tok stands in a noun
// phrase: after a determiner, a number, a possessive or a modifier, not
// right after a preposition or a verb's particle, where a noun is often
// part of an idiom ("put them in front", "at risk").
func inNounPhrase(toks []Token, tok Token) bool {
	for k, t := range toks {
		if t.Start != tok.Start {
			continue
		}
		if k == 0 {
			return false
		}
		p := toks[k-1]
		return determiners[p.Norm] || isNumberToken(p) || !IsStopWord(p.Norm)
	}
	return false
}

// personNamed returns the canonical name of the article's person a
// capitalised token names ("Putin", "Vladimir"), or "".
func (a *Article) personNamed(t Token) string {
	if !isCapitalised(t) {
		return ""
	}
	if n, ok := a.index.names[t.Norm]; ok {
		return n
	}
	return a.index.nameParts[t.Norm]
}

// speaksOf reports whether sentence i or a neighbour in its paragraph
// speaks of the person named who, pronouns resolved.
func (a *Article) speaksOf(i int, who string) bool {
	for j := i - 1; j <= i+1; j++ {
		if j >= 0 && j < len(a.Sentences) && a.Sentences[j].Paragraph == a.Sentences[i].Paragraph {
			for _, p := range a.Sentences[j].People {
				if p == who {
					return true
				}
			}
		}
	}
	return false
}
