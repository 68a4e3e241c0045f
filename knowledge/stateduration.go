package knowledge

import "github.com/quotebot/quotebot/knowledge/lexicon"

// stateDurationOther reports a question for how long someone or something
// has been in a state ("How long has Haldane been managing director?",
// "How long has the bridge been shut?") whose typed passage s gives
// durations only as the objects of other verbs: "who has spent two years
// on the review", "the hearing, which ran over four days". Such a duration
// measures the act its verb tells, not the state asked about; a state's
// duration stands after "for" or "since" ("managing director for six
// years"), or its verb is the question's ("has chaired it for a decade").
func (a *Article) stateDurationOther(q *query, s int) bool {
	if q.answerType != "duration" || s < 0 || !asksStateDuration(q.toks) {
		return false
	}
	lx := lexicon.Default()
	asked := map[string]bool{}
	for _, t := range q.toks {
		asked[t.Stem] = true
	}
	toks := a.Sentences[s].tokens
	found := false
	for k, t := range toks {
		if t.Norm == "since" {
			return false // "chief executive since 2019"
		}
		if !isNumberToken(t) || k+1 >= len(toks) || !durationUnits[toks[k+1].Norm] {
			continue
		}
		found = true
		if !durationOfVerb(lx, toks, k, asked) {
			return false
		}
	}
	return found
}

// asksStateDuration reports "how long" asked of a state: "has X been" and
// then no verb in -ing ("How long has she been waiting?", "been running
// the club" ask of an act), though an -ing word before a noun modifies it
// ("been managing director").
func asksStateDuration(toks []Token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Norm == "how" && toks[k+1].Norm == "long" {
			for j := k + 2; j+1 < len(toks); j++ {
				if toks[j].Norm != "been" {
					continue
				}
				n := toks[j+1].Norm
				if len(n) < 5 || n[len(n)-3:] != "ing" {
					return true
				}
				return j+2 < len(toks) && !IsStopWord(toks[j+2].Norm) && !determiners[toks[j+2].Norm]
			}
			return false
		}
	}
	return false
}

// durationModifiers stand between a verb and the duration it governs
// ("ran over four days", "spent nearly two years").
var durationModifiers = wordSet(`over about nearly almost around some just more than less at least a an the`)

// durationOfVerb reports the duration at toks[k] governed by a verb that is
// none of the question's words (asked, stems), with only modifiers
// between, and no word of the question just after it ("spent two years as
// chief executive" is the state's).
func durationOfVerb(lx *lexicon.Lexicon, toks []Token, k int, asked map[string]bool) bool {
	for j := k + 2; j < len(toks) && j <= k+4; j++ {
		if asked[toks[j].Stem] && !IsStopWord(toks[j].Norm) {
			return false
		}
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		n := toks[j].Norm
		if durationModifiers[n] {
			continue
		}
		return !asked[toks[j].Stem] && !IsStopWord(n) && verbForm(lx, n)
	}
	return false
}

// verbForm reports a word used as a verb in a past or present form
// ("spent", "ran", "takes"): a base-form noun ("review") is no verb here.
func verbForm(lx *lexicon.Lexicon, n string) bool {
	for _, l := range lx.Lemma(n) {
		if l != n && lx.IsVerb(l) {
			return true
		}
	}
	return false
}
