package knowledge

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words found verbatim are not the article's meaning when what surrounds
// them in the speaker's sentence turns them around. Two shapes do:
//
//   - the article's sentence goes on where the claim stops: a negator
//     right after the words ("We say it should" of "We say it should
//     not"), or, when the claim ends its sentence with a full stop, a
//     clause that restricts them ("… , unless the council pays");
//   - the words are the complement of a frame that is not the speaker's
//     own assertion: inside the speaker's quotation, another's belief or
//     claim ("People think hospices are sad places", "The firm claims …")
//     or the unnamed many's saying ("Some say …"), though not a source
//     relayed ("The coastguard tells me …"); a negated frame ("I don't
//     think …", "She never said …"); or a question or condition ("Asked
//     whether she would resign", "if …").
//
// Such a match is near, never exact: the change shows the left-out words,
// and the reason says why they matter.

// ChangeContext is the kind of a change that leaves out the frame the
// article's words stand in ("People think", "Asked whether"): the words
// are the article's, but not as something the speaker asserts.
const ChangeContext = "context"

// continuationNegators turn the words just before them around.
var continuationNegators = wordSet(`not never no`)

// restrictingConjunctions open a clause that limits or contradicts what
// precedes it.
var restrictingConjunctions = wordSet(`unless except but until although provided`)

// beliefVerbs and distancingVerbs frame a clause as their subject's view:
// quoted alone as the speaker's, the words lose that they are another's
// ("People think hospices are sad places", "The firm claims the water is
// safe").
var (
	beliefVerbs = wordSet(`think thinks thought believe believes believed assume assumes assumed imagine
		imagines imagined suppose supposes supposed reckon reckons reckoned fear fears feared suspect
		suspects suspected guess guesses guessed presume presumes presumed feel feels felt`)
	distancingVerbs = wordSet(`claim claims claimed allege alleges alleged pretend pretends pretended`)
)

// genericSubjects are the unnamed many whose saying a speaker reports to
// set against ("Some say", "People tell me"); a named or definite source
// ("The sheriff's office tells me 212 people were …") relays facts the
// speaker passes on as theirs.
var genericSubjects = wordSet(`some many most others people everyone everybody someone somebody few critics
	sceptics skeptics opponents`)

// frameFillers stand between a frame's subject and its verb ("people
// still think", "some might say", "critics seem to believe").
var frameFillers = wordSet(`do does did will would might may could can must should shall often still always
	sometimes usually probably really just also all genuinely honestly wrongly mistakenly seem seems seemed
	tend tends tended to have has had once ever`)

// frameObjects follow a verb of telling ("they tell me").
var frameObjects = wordSet(`me us you him her them everyone everybody people`)

// nonAssertingOpeners introduce a question or a condition: the words after
// them are asked or supposed, not said to be so.
var nonAssertingOpeners = wordSet(`whether if`)

// maxFrameWords bounds the frame shown as left out.
const maxFrameWords = 6

// contextNear reports whether the exact match [start, end) of the claim
// text in paragraph p (0-based) is turned around by its context, and if so
// returns the near verdict that says how. claimWords is the number of the
// claim's words, for the similarity.
func (a *Article) contextNear(text string, claimWords, p, start, end int) (ClaimCheck, bool) {
	lo, hi := a.speakerSentence(start, end)
	ch, reason, ok := a.continuation(text, end, hi)
	if !ok {
		ch, reason, ok = a.frame(lo, start, end)
	}
	if !ok {
		return ClaimCheck{}, false
	}
	res := ClaimCheck{Claim: text, Verdict: VerdictNear, Changes: []Change{ch}, Reason: reason}
	a.setMatch(&res, p, min(start, ch.Start), max(end, ch.End))
	// Dice over words, as near matches are scored, but never below the
	// threshold: every word of the claim is the article's.
	dropped := len(Tokenize(ch.From))
	sim := 2 * float64(claimWords) / float64(2*claimWords+dropped)
	res.Similarity = math.Round(math.Max(NearThreshold, math.Min(sim, 0.99))*1000) / 1000
	return res, true
}

// speakerSentence is the stretch of the sentence holding [start, end)
// that is one speaker's: the sentence, cut to the innermost quotation
// holding the words.
func (a *Article) speakerSentence(start, end int) (lo, hi int) {
	lo, hi = start, end
	if si := a.SentenceAt(start); si >= 0 {
		lo = a.Sentences[si].Start
	}
	if si := a.SentenceAt(max(start, end-1)); si >= 0 {
		hi = a.Sentences[si].End
	}
	best := -1
	for i, q := range a.Quotations {
		if q.Start <= start && end <= q.End && (best < 0 || q.End-q.Start < a.Quotations[best].End-a.Quotations[best].Start) {
			best = i
		}
	}
	if best >= 0 {
		lo, hi = max(lo, a.Quotations[best].Start), min(hi, a.Quotations[best].End)
	}
	return lo, hi
}

// continuation finds the article words that go on after the match in the
// speaker's sentence and turn it around: a negator right after it, or,
// when the claim ends with a full stop, a restricting clause.
func (a *Article) continuation(claim string, end, hi int) (Change, string, bool) {
	if end >= hi {
		return Change{}, "", false
	}
	rest := a.Text[end:hi]
	toks := Tokenize(rest)
	if len(toks) == 0 {
		return Change{}, "", false
	}
	gap := rest[:toks[0].Start]
	if strings.ContainsAny(gap, ".!?;:…") || strings.ContainsFunc(gap, isQuoteMark) {
		return Change{}, "", false
	}
	w := toks[0]
	if continuationNegators[w.Norm] && strings.TrimSpace(gap) == "" {
		ch := Change{From: w.Text, Kind: ChangeNegation, Start: end + w.Start, End: end + w.End}
		return ch, fmt.Sprintf("The article goes on: %s. Stopping the quotation before it reverses the words.", w.Text), true
	}
	if endsSentence(claim) && restrictingConjunctions[w.Norm] && strings.Trim(gap, " ,") == "" {
		// The clause up to its end (the next punctuation), at most a few words.
		last := 0
		for k := 1; k < len(toks) && k < 12; k++ {
			if strings.ContainsFunc(rest[toks[k-1].End:toks[k].Start], unicode.IsPunct) {
				break
			}
			last = k
		}
		ch := Change{From: rest[w.Start:toks[last].End], Kind: ChangeContext, Start: end + w.Start, End: end + toks[last].End}
		return ch, fmt.Sprintf("The article's sentence goes on: %s. The claim ends it before that.", ch.From), true
	}
	return Change{}, "", false
}

// frame finds the frame the match at start is the complement of, within
// the speaker's stretch from lo: another subject's saying or believing
// inside a quotation, a negated frame, or a question or condition.
func (a *Article) frame(lo, start, end int) (Change, string, bool) {
	if start <= lo {
		return Change{}, "", false
	}
	pre := a.Text[lo:start]
	// Only the clause the words begin: cut at the last clause punctuation.
	if i := strings.LastIndexAny(pre, ",;:—–()\"“”‘’"); i >= 0 {
		_, size := utf8.DecodeRuneInString(pre[i:])
		lo += i + size
		pre = pre[i+size:]
	}
	toks := Tokenize(pre)
	n := len(toks)
	if n == 0 || strings.TrimSpace(pre[toks[n-1].End:]) != "" {
		return Change{}, "", false
	}
	from := max(0, n-maxFrameWords)
	// The left-out frame is the clause up to the words, its last few words
	// when long.
	change := func(kind string) Change {
		return Change{From: pre[toks[from].Start:toks[n-1].End], Kind: kind, Start: lo + toks[from].Start, End: lo + toks[n-1].End}
	}
	if nonAssertingOpeners[toks[n-1].Norm] && !strings.ContainsAny(a.Text[start:end], ",;:") {
		// Only words within the question or condition: "true, this upbeat
		// mood could …" of "If true, this upbeat mood …" runs on into the
		// main clause.
		ch := change(ChangeContext)
		return ch, fmt.Sprintf("In the article these words follow %s: they are asked or supposed, not stated.", ch.From), true
	}
	k := n - 1
	if toks[k].Norm == "that" {
		k--
	}
	if k >= 1 && frameObjects[toks[k].Norm] && speechVerbs[toks[k-1].Norm] {
		k-- // "people tell me"
	}
	verb := toks[max(k, 0)].Norm
	if k < 1 || !beliefVerbs[verb] && !distancingVerbs[verb] && !speechVerbs[verb] {
		return Change{}, "", false
	}
	negated := false
	j := k - 1
	for ; j >= 0 && (frameFillers[toks[j].Norm] || isNegation(toks[j].Norm)); j-- {
		negated = negated || isNegation(toks[j].Norm)
	}
	if j < 0 {
		return Change{}, "", false // no subject: "Imagine …", "Asked about …"
	}
	if negated {
		ch := change(ChangeNegation)
		return ch, fmt.Sprintf("In the article these words follow %s: they are denied, not asserted.", ch.From), true
	}
	subj := toks[j].Norm
	if subj == "i" || subj == "we" || !a.quotedSpan(start, start) {
		// The speaker's own saying or belief, or narration, where the
		// frame's subject is the speaker the sentence gives.
		return Change{}, "", false
	}
	if !beliefVerbs[verb] && !distancingVerbs[verb] && !genericSubjects[subj] {
		return Change{}, "", false // a source relayed: "The coastguard says …"
	}
	ch := change(ChangeContext)
	return ch, fmt.Sprintf("In the article these words follow %s: the speaker reports what others say or think, not a claim of their own.", ch.From), true
}

// endsSentence reports whether a claim ends with a full stop, question or
// exclamation mark (quote marks and spaces aside), not an ellipsis.
func endsSentence(claim string) bool {
	s := strings.TrimRightFunc(claim, func(r rune) bool { return unicode.IsSpace(r) || isQuoteMark(r) })
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

func isQuoteMark(r rune) bool { return strings.ContainsRune("\"'“”‘’«»„", r) }
