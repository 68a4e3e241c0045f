package knowledge

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// qualifierValues sort words that pick one value of a kind: the women's
// or the men's race, the winner or the runner-up, the junior or the senior
// side. A passage holding another value of the question's kind, and not the
// question's own, speaks of something else ("Who won the women's race?" is
// not answered by "Mutua won the men's race"). WordNet's antonyms extend
// this to any pair of opposites (qualifiersOf).
var qualifierValues = func() map[string][2]string {
	groups := map[string]map[string]string{
		"sex": {
			"female": `women woman womens female females girl girls lady ladies`,
			"male":   `men man mens male males boy boys gentleman gentlemen`,
		},
		"place": {
			// "first" is left out: far more often the first of a series
			// ("the first timeline") than a placing.
			"1": `winner winners won win wins winning champion champions victor victory gold`,
			"2": `second runner-up silver`,
			"3": `third bronze`,
			"4": `fourth`,
			"5": `fifth`,
		},
		"age": {"junior": `junior juniors youth`, "senior": `senior seniors`},
		// How often a value recurs: a monthly fare is not the annual one.
		"period": {"day": `daily`, "week": `weekly`, "month": `monthly`, "quarter": `quarterly`,
			"year": `annual annually yearly`},
		"venue": {"home": `home`, "away": `away`},
		"order": {"before": `before earlier prior`, "after": `after later following`},
	}
	out := map[string][2]string{}
	for kind, vals := range groups {
		for v, words := range vals {
			for _, w := range strings.Fields(words) {
				out[w] = [2]string{kind, v}
			}
		}
	}
	return out
}()

// WordNet's opposites count only in the decision (the antonym feature);
// only the listed kinds change the ranking (sentenceScore, preferAgreeing):
// a question word's antonym is often just another part of the story, and
// ranking by it cost SQuAD shown ranking.
//
// qualifier is one detail of the question that a passage can contradict:
// the passage names another value of its kind (others) and not its own
// (same).
type qualifier struct {
	kind, value string
	// antonyms holds the stems of WordNet's opposites of the word when the
	// qualifier is not in qualifierValues; same holds the word's stem.
	antonyms map[string]bool
	same     string
	// synonyms holds the stems of WordNet's synonyms of the word: a
	// passage saying "big lakes" keeps the question's "large lakes".
	synonyms map[string]bool
	// head is the stem of the noun a WordNet-opposite qualifier modifies
	// in the question ("car" of "the new car park"), or "": the opposite
	// contradicts only beside that noun ("old walls" is no old car park).
	head string
	// near holds the stems of the question's content words beside a
	// WordNet-opposite qualifier that has no head (a verb, an adverb:
	// "how many days did the hearing last?") or an order word ("before"):
	// the opposite contradicts only where it stands beside one of them,
	// as detailMismatch aligns antonyms; anywhere in the sentence,
	// "first" is another detail of the story, not the question's "last"
	// negated.
	near map[string]bool
}

// qualifiersOf returns the qualifiers of a question's words.
func (a *Article) qualifiersOf(toks []Token) []qualifier {
	var out []qualifier
	lx := lexicon.Default()
	yesNo := isYesNo(toks)
	for k, t := range toks {
		if k > 0 && toks[k-1].Norm == "how" {
			// "How long …", "how many …", "how old …": the word asks for
			// a value; a passage's "a short walk" or "few" is the answer,
			// not another value of a detail.
			continue
		}
		if adverbialOrdinal(lx, toks, k) {
			// "When did Rovers last win?" asks when, not about the last
			// of a series: "their first win since" is its answer.
			continue
		}
		if kv, ok := qualifierValues[t.Norm]; ok {
			ql := qualifier{kind: kv[0], value: kv[1], same: t.Stem}
			if kv[0] == "order" {
				// "before" and "after" relate two events, and a sentence
				// tells many: the other one contradicts only beside a
				// word of the question's event.
				ql.near = nearStems(toks, k)
			}
			out = append(out, ql)
			continue
		}
		if IsStopWord(t.Norm) || len(t.Norm) < 3 || determiners[t.Norm] || yesNo || adverbialOrder(lx, toks, k) {
			// A yes/no question's opposite is its answer "no"; "last"
			// before a verb says when, and "every" is no detail.
			continue
		}
		var ants map[string]bool // most words have none: made on the first
		for _, l := range append([]string{t.Norm}, lx.Lemma(t.Norm)...) {
			for _, o := range lx.Antonyms(l) {
				if !strings.Contains(o, " ") && !IsStopWord(o) && !determiners[o] {
					if ants == nil {
						ants = map[string]bool{}
					}
					ants[a.index.stem(o)] = true
				}
			}
		}
		delete(ants, t.Stem)
		if len(ants) > 0 {
			if bothPolesAsked(toks, ants) {
				// "What question has she not had answered?": the question
				// names both poles, a passage with one contradicts neither.
				continue
			}
			ql := qualifier{antonyms: ants, same: t.Stem, synonyms: map[string]bool{}}
			for _, l := range lx.Lemma(t.Norm) {
				for _, y := range lx.Synonyms(l) {
					if !strings.Contains(y, " ") {
						ql.synonyms[a.index.stem(y)] = true
					}
				}
			}
			if k+1 < len(toks) && lx.IsAdjective(t.Norm) && !IsStopWord(toks[k+1].Norm) && lx.IsNoun(toks[k+1].Norm) {
				ql.head = toks[k+1].Stem
			} else {
				ql.near = nearStems(toks, k)
			}
			out = append(out, ql)
		}
	}
	// A question naming two values of one kind ("before or after his
	// call", "the men's and the women's race") contrasts them: neither is
	// a detail a passage holding the other contradicts.
	kinds := map[string]map[string]bool{}
	for _, ql := range out {
		if ql.kind != "" {
			if kinds[ql.kind] == nil {
				kinds[ql.kind] = map[string]bool{}
			}
			kinds[ql.kind][ql.value] = true
		}
	}
	return slices.DeleteFunc(out, func(ql qualifier) bool { return ql.kind != "" && len(kinds[ql.kind]) > 1 })
}

// bothPolesAsked reports whether the question's tokens hold one of the
// stems in ants (a word's opposites).
func bothPolesAsked(toks []Token, ants map[string]bool) bool {
	return slices.ContainsFunc(toks, func(t Token) bool { return ants[t.Stem] })
}

// contradictsQualifier reports whether sentence i names another value of a
// qualifier of q and not the question's own.
func (a *Article) contradictsQualifier(q *query, i int) bool {
	_, c := a.qualifierMatch(q, i, false)
	return c
}

// qualifierMatch reports whether sentence i holds the value of one of q's
// qualifiers (agrees), and whether it holds another value of one and not
// the question's own (contradicts).
func (a *Article) qualifierMatch(q *query, i int, kindsOnly bool) (agrees, contradicts bool) {
	if len(q.qualifiers) == 0 {
		return false, false
	}
	toks := a.Sentences[i].tokens
	for _, ql := range q.qualifiers {
		if kindsOnly && ql.kind == "" {
			continue
		}
		same, other := false, false
		for k, t := range toks {
			if t.Stem == ql.same || ql.synonyms[t.Stem] {
				same = true
				break
			}
			if ql.kind != "" {
				if kv, ok := qualifierValues[t.Norm]; ok && kv[0] == ql.kind {
					if kv[1] == ql.value {
						same = true
						break
					}
					if ql.near != nil && !kindsOnly && !stemNear(toks, k, ql.near) {
						continue
					}
					other = true
				}
			} else if ql.antonyms[t.Stem] && (ql.head != "" && headNear(toks, k, ql.head) || ql.head == "" && stemNear(toks, k, ql.near)) && !ageOld(toks, k) {
				other = true
			}
		}
		if same {
			agrees = true
		} else if other {
			contradicts = true
		}
	}
	return agrees, contradicts
}

// preferAgreeing moves each passage that contradicts a qualifier of q
// below the passages that agree with one and do not contradict any, so
// the passage about the race asked for comes first when the article has
// it; a moved passage's score is lowered to keep the order's scores
// descending.
func (a *Article) preferAgreeing(q *query, hits []Hit) []Hit {
	if len(q.qualifiers) == 0 || len(hits) < 2 {
		return hits
	}
	contra := make([]bool, len(hits))
	last := -1
	for k, h := range hits {
		ag, c := a.qualifierMatch(q, h.Sentence, true)
		contra[k] = c
		if ag && !c {
			last = k
		}
	}
	if last <= 0 {
		return hits
	}
	out := make([]Hit, 0, len(hits))
	var moved []Hit
	for k, h := range hits {
		if k < last && contra[k] {
			moved = append(moved, h)
			continue
		}
		out = append(out, h)
		if k == last {
			for _, m := range moved {
				m.Score = min(m.Score, h.Score*0.99)
				out = append(out, m)
			}
		}
	}
	return out
}

// headNear reports whether the noun head follows the word at k within
// three words ("old car park", "older, smaller car").
func headNear(toks []Token, k int, head string) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if toks[j].Stem == head {
			return true
		}
	}
	return false
}

// nearStems returns the stems of the content words within alignSpan of
// toks[k].
func nearStems(toks []Token, k int) map[string]bool {
	near := map[string]bool{}
	for j := max(0, k-alignSpan); j <= min(len(toks)-1, k+alignSpan); j++ {
		if j != k && !IsStopWord(toks[j].Norm) {
			near[toks[j].Stem] = true
		}
	}
	return near
}

// stemNear reports a token within alignSpan of toks[k] whose stem is in
// near.
func stemNear(toks []Token, k int, near map[string]bool) bool {
	for j := max(0, k-alignSpan); j <= min(len(toks)-1, k+alignSpan); j++ {
		if j != k && near[toks[j].Stem] {
			return true
		}
	}
	return false
}
