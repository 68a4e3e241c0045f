package knowledge

import (
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// Detail mismatches found among the look-alike questions the engine
// answered (issue 11): the passage holds the question's words, but says the
// asked event did not happen, or names the question's year only as the
// bound of a span.

// negatesAsked reports a wh-question whose main verb the passage's
// sentence negates: "Why did her father come to every concert?" against
// "he never once came to a concert", "What did the judge write?" against
// "the judge did not write separately". The passage says the asked event
// did not happen, so it gives no reason, content or detail of it. A
// question negated itself, or one answered yes or no, is left out: a
// negative passage may answer those.
func (a *Article) negatesAsked(q *query, i0 int) bool {
	lx := lexicon.Default()
	_, verbs := questionFocus(lx, q.toks)
	if len(verbs) == 0 {
		return false
	}
	for k, t := range q.toks {
		if (questionNegators[t.Norm] || refusalVerbs[t.Norm] || strings.HasSuffix(t.Norm, "n't")) && !negatesNothing(q.toks, k) {
			return false
		}
	}
	// The stems of the verbs' base forms, as the window's words are looked
	// up ("came" is "come").
	want := map[string]bool{}
	for _, t := range q.toks {
		if !verbs[t.Start] {
			continue
		}
		want[t.Stem] = true
		for _, l := range lx.Lemma(t.Norm) {
			want[a.index.stem(l)] = true
		}
	}
	toks := a.Sentences[i0].tokens
	for k, t := range toks {
		if !want[t.Stem] && !slices.ContainsFunc(a.index.bases[t.Norm], func(b string) bool { return want[b] }) {
			continue
		}
		// A negator in the verb's own phrase: "did not write", "never
		// once came", "would not be withdrawn" — only auxiliaries and
		// adverbs between them, so that "not a contractor's budget" or
		// "the «no» campaign was led" negate no verb.
		for j := k - 1; j >= max(0, k-negationSpan); j-- {
			if negatorAt(toks, j) {
				if !limitAfter(toks[k+1:]) {
					return true
				}
				break
			}
			if !verbPhraseWord(lx, toks[j].Norm) {
				break
			}
		}
	}
	return false
}

// verbPhraseWord reports a word that may stand between a negator and its
// verb: an auxiliary or a plain adverb ("once", "ever", "yet").
func verbPhraseWord(lx *lexicon.Lexicon, norm string) bool {
	if questionAux[norm] || phraseAux[norm] {
		return true
	}
	return lx.IsAdverb(norm) && !lx.IsAdjective(norm) && !lx.IsNoun(norm)
}

// phraseAux are auxiliaries a verb phrase holds beside questionAux's.
var phraseAux = wordSet(`be been being get got`)

// limitAfter reports a limit after a negated verb ("will not raise it by
// more than 2.9 per cent"): the passage bounds the asked value, it does
// not deny the event. So does a time the event waits for ("will not be
// finished until late 2029", "did not reopen till Monday"): it happens
// then, which is what "when" asks.
func limitAfter(toks []Token) bool {
	for j := 0; j+1 < len(toks); j++ {
		if toks[j+1].Norm == "than" && (toks[j].Norm == "more" || toks[j].Norm == "less" || toks[j].Norm == "fewer") {
			return true
		}
	}
	for j := 0; j < len(toks) && j < untilSpan; j++ {
		if toks[j].Norm == "until" || toks[j].Norm == "till" {
			return true
		}
	}
	return false
}

// untilSpan is how many tokens after a negated verb its "until" may stand
// ("will not reopen to traffic until March").
const untilSpan = 5

// negationSpan is how many tokens before a verb a negator of it may stand.
const negationSpan = 3

// yearAsBound reports a year of the question that the window holds only as
// the bound of a span ("the highest turnout since 2009", "their first
// final since 2011") while the question asks about that year itself ("the
// turnout in the 2009 election", "the score in the 2011 final"): the
// passage speaks of the time after or before it, not of it.
func yearAsBound(q *query, w *window) bool {
	for k, t := range q.toks {
		if !isYear(t.Norm) || k > 0 && spanBounds[q.toks[k-1].Norm] {
			continue
		}
		found, free := false, false
		for _, ts := range w.toks {
			for j, u := range ts {
				if u.Norm != t.Norm {
					continue
				}
				found = true
				if j == 0 || !spanBounds[ts[j-1].Norm] {
					free = true
				}
			}
		}
		if found && !free {
			return true
		}
	}
	return false
}

// spanBounds open a span of time bounded by the date that follows.
var spanBounds = wordSet(`since until till before after`)
