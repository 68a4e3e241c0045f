package knowledge

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// A question often frames the value it asks for by a rate or a deadline:
// "how many tonnes a year", "how much per hive", "what will each family
// receive", "how many had signed by Friday". A passage with a value of the
// asked kind but without that frame gives another figure: the total, not the
// yearly one; the count on Tuesday, not by the weekend (issue 11: such
// traps were answered on the out-of-fit sets, their value and focus both in
// the passage).

// rateUnits are the units of time a rate is counted per.
// ("term" is left out: "every term of the deal" is no school term.)
var rateUnits = wordSet(`hour day night week weekend fortnight month quarter year season shift`)

// unitAdverbs give the unit of time of a rate word ("annually": a year).
var unitAdverbs = map[string]string{
	"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "fortnightly": "fortnight",
	"monthly": "month", "quarterly": "quarter", "yearly": "year", "annual": "year", "annually": "year", "annum": "year",
}

// rateOpeners open a rate's unit: "a year", "per tonne", "each week",
// "every three weeks".
var rateOpeners = wordSet(`a an per each every`)

// notRateAfter follow a rate opener in idioms that count nothing: "each
// other", "per cent", "every time", "per the writer".
var notRateAfter = wordSet(`other cent percent time times the one`)

// periodWords are what "last", "next" and "this" frame as a time of the
// asked event: "last year", "next summer", "this season".
var periodWords = wordSet(`year week month weekend season summer winter spring autumn term fortnight decade`)

// datedWords place an event in time, beside years, months and weekdays.
var datedWords = wordSet(`today yesterday tomorrow tonight ago weekend summer winter spring autumn season`)

// frame is a rate, a deadline or a period of a question: unit is the stem
// of the unit of a rate ("year", "tonne"); when is the month, weekday or
// "weekend" of a deadline; period the noun of "last year", "next summer".
type frame struct {
	unit   string
	time   bool // the unit is one of time, so the window must count per it
	when   string
	period string
}

// questionFrames returns the rates and deadlines of q's question.
func (a *Article) questionFrames(q *query) []frame {
	toks := q.toks
	measured := q.answerType == "number" || q.answerType == "quantity" || q.howMuch
	lx := lexicon.Default()
	var out []frame
	for k, t := range toks {
		if u, ok := unitAdverbs[t.Norm]; ok {
			out = append(out, frame{unit: a.index.stem(u), time: true})
			continue
		}
		next := func(j int) (Token, bool) {
			if j < len(toks) {
				return toks[j], true
			}
			return Token{}, false
		}
		switch t.Norm {
		case "per", "each", "every":
			j := k + 1
			if n, ok := next(j); ok && t.Norm == "every" && isNumberToken(n) {
				j++ // "every three weeks"
			}
			n, ok := next(j)
			if !ok || notRateAfter[n.Norm] || !isWordToken(n) {
				continue
			}
			if m, ok := next(j + 1); ok && isWordToken(m) && !lx.IsNoun(n.Norm) && lx.IsNoun(m.Norm) {
				n = m // "each warring side", "each displaced family": the noun
			}
			out = append(out, frame{unit: a.index.stem(n.Norm), time: rateUnits[strings.TrimSuffix(n.Norm, "s")]})
		case "a", "an":
			// "How many tickets a year": only when a count or an amount is
			// asked for, since "a week off" or "a year's tuition" is no rate.
			n, ok := next(k + 1)
			if !ok || !measured || !rateUnits[n.Norm] {
				continue
			}
			out = append(out, frame{unit: a.index.stem(n.Norm), time: true})
		case "last", "next", "this":
			if n, ok := next(k + 1); ok && periodWords[n.Norm] {
				out = append(out, frame{period: n.Norm})
			}
		case "by":
			j := k + 1
			for ; j < len(toks) && (toks[j].Norm == "the" || toks[j].Norm == "end" || toks[j].Norm == "of" || isDigits(toks[j].Norm)); j++ {
			}
			if n, ok := next(j); ok && (weekdayNames[n.Norm] || monthNames[n.Norm] || n.Norm == "weekend") {
				out = append(out, frame{when: n.Norm})
			}
		}
	}
	return out
}

// isWordToken reports a token of letters (not a number or a mark).
func isWordToken(t Token) bool {
	if t.Norm == "" || isNumberToken(t) {
		return false
	}
	c := t.Norm[0]
	return c >= 'a' && c <= 'z'
}

// frameMissing reports a rate, deadline or period of the question
// (questionFrames) that the window lacks: a rate of time needs its unit
// after a rate opener ("£12 a week", "per year", "every three weeks") or its
// rate word ("annually"); a rate per anything else needs its unit in the
// window at all ("each family": the families); a deadline needs its month
// or weekday ("by the weekend": Saturday or Sunday will do); a period
// ("last year") needs some date.
func (a *Article) frameMissing(q *query, w *window) bool {
	for _, f := range a.questionFrames(q) {
		if !a.windowHasFrame(f, w) {
			return true
		}
	}
	return false
}

func (a *Article) windowHasFrame(f frame, w *window) bool {
	switch {
	case f.period != "":
		// The window dates its event some way: the period's own word, or
		// any date ("in 2023" for "last year", "in July" for "next summer").
		for _, ts := range w.toks {
			for _, t := range ts {
				if t.Norm == f.period || isYear(t.Norm) || monthNames[t.Norm] || weekdayNames[t.Norm] || datedWords[t.Norm] {
					return true
				}
			}
		}
		return false
	case f.when == "weekend":
		return w.hasNorm("weekend") || w.hasNorm("saturday") || w.hasNorm("sunday")
	case f.when != "":
		return w.hasNorm(f.when)
	case !f.time:
		return w.hasStem(f.unit)
	}
	for _, ts := range w.toks {
		for j, t := range ts {
			if u, ok := unitAdverbs[t.Norm]; ok && a.index.stem(u) == f.unit {
				return true
			}
			if t.Stem != f.unit && a.index.stem(t.Norm) != f.unit {
				continue
			}
			for b := j - 1; b >= 0 && b >= j-2; b-- {
				if rateOpeners[ts[b].Norm] {
					return true
				}
				if !isNumberToken(ts[b]) {
					break
				}
			}
		}
	}
	return false
}
