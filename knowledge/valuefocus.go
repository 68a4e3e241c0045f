package knowledge

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/expand"
	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// valueFocusBefore and valueFocusAfter bound the words around a value that
// say what it measures ("2600 ewes", "rose 1.8%", "the bond will add about
// $84"): the noun counted stands after a count, the verb of a change or
// the thing priced before an amount; a clause break ends the reach.
const (
	valueFocusBefore = 4
	valueFocusAfter  = 4
)

// valueFocusOther judges what the value a typed question asks for measures
// (a count, an amount, a measure, a time): the IDF-weighted share of the
// question's focus — the noun its question phrase asks about ("How many
// sheep", "What percentage of young adults"), the words it counts, and its
// main verb ("were injured") — that stands beside no value of the passage's
// typed sentence, for the value that has the most of it. A passage can
// hold a value of the asked type that measures something else: the
// killed where the injured are asked for, aluminium's rise where the
// shares' is, a dividend where a buyback is. The focus matches by the
// word, its synonyms and derived forms, and the classes the article's
// word is a kind of (lexicon's Kinds: "2600 ewes" for "sheep"). 0 when the
// question is untyped or the passage holds no typed value.
func (a *Article) valueFocusOther(q *query, i0 int) float64 {
	s := a.typedSentence(q, i0)
	if s < 0 {
		return 0
	}
	if att, ok := a.valueFocusAt(q, s); ok {
		return 1 - att
	}
	return 0
}

// valueFocusAt returns the IDF-weighted share of a typed question's focus
// (valueFocusOther) that stands beside a value of sentence s, for the value
// that has the most of it; ok is false when the question asks for no
// count, amount or measure, has no focus, or s holds no value.
func (a *Article) valueFocusAt(q *query, s int) (attached float64, ok bool) {
	switch {
	case q.money:
	case q.answerType == "number", q.answerType == "quantity", q.answerType == "measure", q.answerType == "length":
	default:
		// A time or a duration is told by its clause's verb, often
		// further off ("will inspect the flats again in March").
		return 0, false
	}
	targets, den := a.focusTargets(q)
	if den == 0 {
		return 0, false
	}
	sen := a.Sentences[s]
	toks := sen.tokens
	best := -1.0
	for k, v := range toks {
		if !a.isValueToken(q, v) {
			continue
		}
		lo, hi := k, k+1
		for lo > 0 && k-lo < valueFocusBefore && !clauseGap(sen.Text, toks[lo-1], toks[lo]) {
			lo--
		}
		for hi < len(toks) && hi-k-1 < valueFocusAfter && !clauseGap(sen.Text, toks[hi-1], toks[hi]) {
			hi++
		}
		elided := k+1 < len(toks) && countSubjectVerbs[toks[k+1].Norm]
		got := 0.0
		for _, t := range targets {
			near := false
			for j := lo; j < hi; j++ {
				if j != k && (t.keys[toks[j].Stem] || t.keys[a.index.stem(toks[j].Norm)]) {
					near = true
					break
				}
			}
			if !near && elided {
				// "kettles … about 40 had been returned": the count
				// stands for a noun named before it.
				near = a.keyBefore(s, k, func(st string) bool { return t.keys[st] })
			}
			if near {
				got += t.w
			}
		}
		best = max(best, got/den)
	}
	if best < 0 {
		return 0, false
	}
	return best, true
}

// focusTarget is one word of a question's focus, with the keys a word of
// the article matches it by and its IDF weight.
type focusTarget struct {
	keys map[string]bool
	w    float64
}

// focusTargets returns the question's focus words (questionFocus: the noun
// its question phrase asks about, its main verb, what it counts) with
// their keys — the word, its synonyms and derived forms, and the classes
// an article's word is a kind of — and the sum of their weights.
func (a *Article) focusTargets(q *query) ([]focusTarget, float64) {
	focus, verbs := questionFocus(lexicon.Default(), q.toks)
	for st := range partWhole(q.toks) {
		focus[st] = true
	}
	var targets []focusTarget
	den := 0.0
	counted := map[string]bool{}
	for _, c := range q.counted {
		counted[c.key] = true
	}
	for _, t := range q.terms {
		if t.framing || t.entity || lightWords[t.tok.Norm] || t.tok.Norm == "" {
			continue
		}
		if !focus[t.tok.Start] && !verbs[t.tok.Start] && !counted[t.key] {
			continue
		}
		keys := map[string]bool{t.tok.Stem: true, t.key: true}
		for _, al := range t.alts {
			if al.weight >= expand.KindWeight {
				keys[al.key] = true
			}
		}
		if w := t.weight * a.index.idf(t.key); w > 0 {
			targets = append(targets, focusTarget{keys, w})
			den += w
		}
	}
	return targets, den
}

// partWords ask for a part of a whole the question names after "of": "What
// share of the budget …", "What percentage of young adults …", "How many
// of the seven groups …".
var partWords = wordSet(`share percentage percent proportion fraction part many much`)

// partWhole returns the starts of the words naming the whole a question's
// part is of — "budget" in "What share of the budget went to roads?",
// "groups" in "How many of the seven groups …" — as a value answers it
// only beside them ("15 percent of the budget", not "15 percent of the
// councillors"); none when the question asks for no part.
func partWhole(toks []Token) map[int]bool {
	whole := map[int]bool{}
	for k := 1; k+1 < len(toks) && k < 4; k++ {
		if toks[k].Norm != "of" || !partWords[toks[k-1].Norm] {
			continue
		}
		for j := k + 1; j < len(toks) && len(whole) < 3; j++ {
			t := toks[j]
			possessed := strings.HasSuffix(toks[j-1].Text, "'s") || strings.HasSuffix(toks[j-1].Text, "’s")
			if questionAux[t.Norm] || len(whole) > 0 && (IsStopWord(t.Norm) || isNumberToken(t) ||
				!possessed && strings.HasPrefix(baseSense(t.Norm), "verb.")) {
				// The clause's verb ends the phrase: "… of the budget went
				// …", not "the council's spending".
				break
			}
			if IsStopWord(t.Norm) || isNumberToken(t) || determiners[t.Norm] {
				continue
			}
			whole[t.Start] = true
		}
		break
	}
	return whole
}

// clauseGap reports a clause break between two adjacent tokens of text: a
// semicolon, colon, bracket or dash, or a comma that is no digit group's
// ("2,600").
func clauseGap(text string, prev, next Token) bool {
	if prev.End > next.Start || next.Start > len(text) {
		return false
	}
	gap := text[prev.End:next.Start]
	if strings.ContainsAny(gap, ";:()—–") {
		return true
	}
	return strings.Contains(gap, ",") && gap != ","
}
