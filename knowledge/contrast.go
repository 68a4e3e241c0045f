package knowledge

import (
	"strings"

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
		qk := tokenIndex(q.toks, t.tok)
		if k == "" || !inNounPhrase(q.toks, t.tok) || verbInContext(lx, q.toks, qk) || modifiesNoun(lx, q.toks, qk) {
			continue
		}
		// The slot is beside one of the question's words next to this one
		// (or the count a how-many question asks for), not beside any word
		// of the question anywhere in the passage.
		// On the same side: "barn at Sleddale" is not in the slot of "the
		// racecourse" of "Sleddale from the racecourse".
		near := map[string]int{}
		for j := max(0, qk-alignSpan); j <= min(len(q.toks)-1, qk+alignSpan); j++ {
			if j != qk && !IsStopWord(q.toks[j].Norm) {
				side := 1
				if j < qk {
					side = -1
				}
				near[q.toks[j].Stem] |= sideBit(side)
				for _, tm := range q.terms {
					if tm.tok.Start == q.toks[j].Start {
						for _, al := range tm.alts {
							if al.weight >= synonymWeight {
								near[al.key] |= sideBit(side)
							}
						}
					}
				}
			}
		}
		counted := qk >= 2 && q.toks[qk-2].Norm == "how" && (q.toks[qk-1].Norm == "many" || q.toks[qk-1].Norm == "much")
		if u, ok := w.findAt(func(ts []Token, j int) bool {
			u := ts[j]
			return len(u.Norm) > 2 && !IsStopWord(u.Norm) && !isCapitalised(u) && !related[u.Stem] && u.Stem != t.tok.Stem &&
				nounKind(lx, u.Norm) == k && !verbInContext(lx, ts, j) && !modifiesNoun(lx, ts, j) && slotNear(ts, j, near, counted) && !isKindOf(lx, u.Norm, t.tok.Norm)
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

// findAt returns the first token of the window that satisfies f, which
// sees the token in its sentence.
func (w *window) findAt(f func(ts []Token, k int) bool) (Token, bool) {
	for _, ts := range w.toks {
		for k := range ts {
			if f(ts, k) {
				return ts[k], true
			}
		}
	}
	return Token{}, false
}

// slotNear reports a word of near within three tokens of ts[k], on the
// side of it near gives, or, when counted, a number: the window's noun
// stands where the question's would.
func slotNear(ts []Token, k int, near map[string]int, counted bool) bool {
	for j := max(0, k-3); j <= k+3 && j < len(ts); j++ {
		if j == k || IsStopWord(ts[j].Norm) {
			continue
		}
		side := 1
		if j < k {
			side = -1
		}
		if near[ts[j].Stem]&sideBit(side) != 0 || counted && isNumberToken(ts[j]) {
			return true
		}
	}
	return false
}

// sideBit is the bit of slotNear's sides for a word before (-1) or after
// (+1) another.
func sideBit(side int) int {
	if side < 0 {
		return 1
	}
	return 2
}

// tokenIndex returns the index of tok in toks, or -1.
func tokenIndex(toks []Token, tok Token) int {
	for k, t := range toks {
		if t.Start == tok.Start {
			return k
		}
	}
	return -1
}

// verbInContext reports whether toks[k], a word WordNet knows as a verb,
// reads as one where it stands: after "to", a modal or auxiliary, or a
// subject pronoun ("they train"), or before a determiner or a number with
// no determiner before it ("The Ashdowns train 22 horses"). A word's first
// noun sense is no guide to a verb: "train" is then no vehicle.
func verbInContext(lx *lexicon.Lexicon, toks []Token, k int) bool {
	if k < 0 || k >= len(toks) || isCapitalised(toks[k]) || !anyVerb(lx, toks[k].Norm) {
		return false
	}
	if k > 0 {
		p := toks[k-1].Norm
		if p == "to" || verbOpeners[p] {
			return true
		}
		if determiners[p] || isNumberToken(toks[k-1]) || strings.HasSuffix(toks[k-1].Text, "'s") || strings.HasSuffix(toks[k-1].Text, "’s") {
			return false
		}
	}
	if k+1 < len(toks) && k > 0 {
		n := toks[k+1]
		return articles[n.Norm] || isNumberToken(n) && !isYear(n.Norm)
	}
	return false
}

// modifiesNoun reports toks[k] written right before another noun ("rail
// replacement coaches", "a dairy farm"): a modifier, whose head says what
// the phrase is.
func modifiesNoun(lx *lexicon.Lexicon, toks []Token, k int) bool {
	if k < 0 || k+1 >= len(toks) || toks[k+1].Start-toks[k].End != 1 {
		return false
	}
	n := toks[k+1]
	return !IsStopWord(n.Norm) && !isNumberToken(n) && anyNoun(lx, n.Norm) && !lx.IsAdjective(n.Norm) && !verbInContext(lx, toks, k+1) &&
		(lx.IsNoun(n.Norm) || strings.HasSuffix(n.Norm, "s"))
}

// verbOpeners are the words after which a word WordNet knows as a verb is
// one: modals, auxiliaries and subject pronouns.
var verbOpeners = wordSet(`will would can could should shall may might must do does did don't doesn't didn't
	i you he she we they`)

// articles are the determiners a verb's object opens with.
var articles = wordSet(`the a an this these those his her its their our my your`)

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
