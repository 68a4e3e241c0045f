package attribution

import (
	"math"
	"slices"
	"strings"
)

// The speaker model is the second stage of the attribution, in the manner of
// Muzny et al. (EACL 2017) and CoreNLP's quote attribution, whose second
// stage ranks candidate speakers with a supervised model: the sieves decide
// what their rules are sure of, and for the quotations a weak rule decided
// (the paragraph's speaker, the nearest speech verb before …) or none did,
// every candidate speaker (the people, organisations and role-only speakers
// mentioned around the quotation, the previous quotations' speakers, the
// paragraph's narrator and "nobody") is scored by a logistic ranking model
// over general features (distance, same sentence or paragraph, subject of a
// speech verb, turn-taking, gender agreement …). Its weights are fitted by
// knowledge/attribution/fit on the annotated development articles and
// committed in speaker_model.go. A quotation the model re-decides has rule
// "model" and the model's probability in Prob.

// SpeakerModel is a fitted candidate-ranking model: a candidate's score is
// the dot product of its features (SpeakerFeatureNames) with Weights, and
// the probabilities are the softmax over a quotation's candidates.
type SpeakerModel struct {
	Weights []float64
	// Rules are the sieve rules the model may overrule ("" for a quotation
	// no sieve decided), each with the probability the model's choice needs
	// to overrule it.
	Rules map[string]float64
}

// SpeakerCandidate is one possible speaker of a quotation: an entity, or
// -1 for nobody, with its features in the order of SpeakerFeatureNames.
type SpeakerCandidate struct {
	Entity   int
	Features []float64
}

// SpeakerFeatureNames name the speaker model's features, in order.
var SpeakerFeatureNames = []string{
	"none", "none_short", "none_no_verb", "none_sieve_none", "none_undecided",
	"pick_strong", "pick_paragraph", "pick_before", "pick_after", "pick_sentence_verb", "pick_continuation", "pick_weak",
	"verb_before_quote", "verb_after_quote", "same_sentence", "same_paragraph", "prev_paragraph", "next_paragraph", "log_distance",
	"last_speaker", "alternation", "gender_agree", "gender_clash",
	"person", "organisation", "role_only", "log_frequency", "named_in_quote",
	"subject", "prev_subject", "opens_after_prev_para", "first_in_paragraph", "narrator",
	"nearest_before", "nearest_after", "only_in_paragraph", "none_headline", "none_whole_sentence",
}

const nSpeakerFeatures = 38

// WeakRules are the sieves that decide by position or by a guess rather
// than by a speech verb beside the quotation, each with the feature that
// marks its pick; the features count any other sieve's verdict as sure.
var WeakRules = map[string]string{
	"paragraph-speaker": "pick_paragraph", "speech-before": "pick_before", "speech-after": "pick_after",
	"sentence-verb": "pick_sentence_verb", "continuation": "pick_continuation",
	"sentence-subject": "pick_weak", "previous-subject": "pick_weak", "previous-paragraph": "pick_weak",
	"next-paragraph": "pick_weak", "next-sentence": "pick_weak", "adjacent-sentence": "pick_weak",
	"document": "pick_weak", "described-then-named": "pick_weak", "reported-before": "pick_weak",
	"dash-turn": "pick_weak", "turn": "pick_weak",
}

// SpeakerCandidates returns the candidates the model scored for quotation
// q, nil when it was not a candidate for the model.
func (r *Result) SpeakerCandidates(q int) []SpeakerCandidate {
	if q < 0 || q >= len(r.cands) {
		return nil
	}
	return r.cands[q]
}

// SieveVerdict returns the speaker and rule the sieves gave quotation q,
// before the model.
func (r *Result) SieveVerdict(q int) (speaker int, rule string) {
	if q < 0 || q >= len(r.sieveSpk) {
		return r.Quotations[q].Speaker, r.Quotations[q].Rule
	}
	return r.sieveSpk[q], r.sieveRule[q]
}

// Scores returns the model's probabilities for candidates.
func (m *SpeakerModel) Scores(cands []SpeakerCandidate) []float64 {
	p := make([]float64, len(cands))
	best := math.Inf(-1)
	for i, c := range cands {
		for j, x := range c.Features {
			if j < len(m.Weights) {
				p[i] += m.Weights[j] * x
			}
		}
		best = max(best, p[i])
	}
	sum := 0.0
	for i := range p {
		p[i] = math.Exp(p[i] - best)
		sum += p[i]
	}
	for i := range p {
		p[i] /= sum
	}
	return p
}

// tokMention is a reference to an entity in the text: a name or a pronoun.
type tokMention struct {
	start, end int // byte offsets
	si         int
	entity     int
	inQuote    bool
	verb       bool // beside a speech verb ("Webb said", "said Webb", "she added")
	pronoun    bool
}

// speakerStage keeps the sieves' verdicts, builds the candidates of every
// quotation the model may see (top-level quotations and block quotes that
// are not pieces of a multi-paragraph quotation) from those verdicts, then,
// with a model, lets it overrule the rules it may overrule.
func (r *Result) speakerStage(m *SpeakerModel) {
	r.sieveSpk = make([]int, len(r.Quotations))
	r.sieveRule = make([]string, len(r.Quotations))
	for q, qt := range r.Quotations {
		r.sieveSpk[q], r.sieveRule[q] = qt.Speaker, qt.Rule
	}
	r.cands = make([][]SpeakerCandidate, len(r.Quotations))
	// Candidates double a long article's allocations: a model that may
	// overrule no rule never reads them, so only the sieves-alone run of
	// the fit tool (m == nil) and a model with rules get them.
	if m != nil && len(m.Rules) == 0 {
		return
	}
	refs := r.paragraphRefs()
	prevSpk := [2]int{-1, -1}
	prevPara := -10
	for q, qt := range r.Quotations {
		if qt.Parent >= 0 || (qt.Kind != KindQuote && qt.Kind != KindBlockQuote) {
			continue
		}
		last := prevSpk
		if qt.Paragraph-prevPara > 3 {
			last = [2]int{-1, -1}
		}
		if qt.Speaker >= 0 && qt.Speaker != prevSpk[0] {
			prevSpk = [2]int{qt.Speaker, prevSpk[0]}
		}
		prevPara = qt.Paragraph
		if qt.Prev >= 0 || (q+1 < len(r.Quotations) && slices.ContainsFunc(r.Quotations[q+1:min(len(r.Quotations), q+4)], func(o Quotation) bool { return o.Prev == q })) {
			continue // a piece of a multi-paragraph quotation
		}
		r.cands[q] = r.candidatesFor(q, refs, last)
	}
	if m == nil || len(m.Weights) == 0 {
		return
	}
	for q := range r.Quotations {
		cs := r.cands[q]
		th, ok := m.Rules[r.sieveRule[q]]
		if len(cs) < 2 || !ok {
			continue
		}
		p := m.Scores(cs)
		b := 0
		for i := range p {
			if p[i] > p[b] {
				b = i
			}
		}
		if cs[b].Entity != r.sieveSpk[q] && p[b] >= th {
			r.Quotations[q].Speaker, r.Quotations[q].Rule, r.Quotations[q].Prob = cs[b].Entity, "model", p[b]
			// "I" and "we" in a quotation it holds are its new speaker.
			for c := q + 1; c < len(r.Quotations) && r.Quotations[c].OpenStart < r.Quotations[q].CloseEnd; c++ {
				if w := r.nestedBy[c]; r.Quotations[c].Parent == q && (w == "I" || w == "we") {
					r.Quotations[c].Speaker = cs[b].Entity
				}
			}
		}
	}
}

// paragraphRefs lists, per paragraph, the references to entities in it, in
// order: names (by their mentions) and resolved pronouns.
func (r *Result) paragraphRefs() [][]tokMention {
	out := make([][]tokMention, len(r.doc.Paragraphs))
	for si, toks := range r.toks {
		p := r.doc.Sentences[si].Paragraph
		for k := 0; k < len(toks); k++ {
			t := toks[k]
			var tm tokMention
			if mi, ok := r.nameAt[t.Start]; ok && r.Mentions[mi].Entity >= 0 {
				mn := r.Mentions[mi]
				tm = tokMention{start: mn.TitleStart, end: mn.End, si: si, entity: mn.Entity, inQuote: r.inQ[si][k]}
				// the words before the title and after the name
				j := k
				for j < len(toks) && toks[j].Start < mn.End {
					j++
				}
				b := k
				for b > 0 && toks[b-1].Start >= mn.TitleStart {
					b--
				}
				tm.verb = r.verbAt(si, j) || (b > 0 && speechVerbs[toks[b-1].Norm] && !r.inQ[si][b-1])
				out[p] = append(out[p], tm)
				k = max(k, j-1)
				continue
			}
			if e, ok := r.pronoun[t.Start]; ok && e >= 0 {
				tm = tokMention{start: t.Start, end: t.End, si: si, entity: e, inQuote: r.inQ[si][k], pronoun: true}
				tm.verb = r.verbAt(si, k+1) || (k > 0 && speechVerbs[toks[k-1].Norm] && !r.inQ[si][k-1])
				out[p] = append(out[p], tm)
			}
		}
	}
	return out
}

// verbAt reports a speech verb at token k of sentence si, outside
// quotations, or one adverb after it ("also said", "later told").
func (r *Result) verbAt(si, k int) bool {
	toks := r.toks[si]
	for j := k; j < len(toks) && j <= k+1; j++ {
		if r.inQ[si][j] {
			return false
		}
		if speechVerbs[toks[j].Norm] {
			return true
		}
		if j == k && !(strings.HasSuffix(toks[j].Norm, "ly") || toks[j].Norm == "also" || toks[j].Norm == "then" || toks[j].Norm == "has" || toks[j].Norm == "had" || toks[j].Norm == "was") {
			return false
		}
	}
	return false
}

// candidatesFor builds quotation q's candidates and their features.
func (r *Result) candidatesFor(q int, refs [][]tokMention, last [2]int) []SpeakerCandidate {
	qt := r.Quotations[q]
	p := qt.Paragraph
	qs, qe := r.sentenceOf(qt.OpenStart), r.sentenceOf(max(qt.OpenStart, qt.CloseEnd-1))
	if qs < 0 || qe < 0 {
		return nil
	}
	f := func(name string) int { return slices.Index(SpeakerFeatureNames, name) }
	type agg struct {
		feat []float64
		dist int
	}
	by := map[int]*agg{}
	var order []int
	get := func(e int) *agg {
		a, ok := by[e]
		if !ok {
			a = &agg{feat: make([]float64, nSpeakerFeatures), dist: -1}
			by[e] = a
			order = append(order, e)
		}
		return a
	}
	get(-1).feat[f("none")] = 1
	// the sieve's pick
	sp, rule := r.sieveSpk[q], r.sieveRule[q]
	pick := "pick_strong"
	if w, ok := WeakRules[rule]; ok {
		pick = w
	}
	switch {
	case sp >= 0:
		get(sp).feat[f(pick)] = 1
	case rule == "":
		get(-1).feat[f("none_undecided")] = 1
	default:
		get(-1).feat[f("none_sieve_none")] = 1
	}
	if len(strings.Fields(r.doc.Text[qt.Start:qt.End])) < 4 {
		get(-1).feat[f("none_short")] = 1
	}
	// gender of a pronoun beside a speech verb in the quotation's sentences
	pronGender := ""
	verbSeen := false
	for si := qs; si <= qe; si++ {
		for k, t := range r.toks[si] {
			if r.inQ[si][k] {
				continue
			}
			if speechVerbs[t.Norm] {
				verbSeen = true
			}
			if (t.Norm == "he" || t.Norm == "she") && r.verbAt(si, k+1) {
				pronGender = map[string]string{"he": "male", "she": "female"}[t.Norm]
			}
		}
	}
	if !verbSeen {
		get(-1).feat[f("none_no_verb")] = 1
	}
	firstInPara := -1
	nearB, nearA, dB, dA := -1, -1, -1, -1
	inPara := map[int]bool{}
	for pi := max(0, p-1); pi <= min(len(refs)-1, p+1); pi++ {
		for _, tm := range refs[pi] {
			e := tm.entity
			if e < 0 || e >= len(r.Entities) || r.Entities[e].Kind == Place {
				continue
			}
			if tm.start >= qt.OpenStart && tm.end <= qt.CloseEnd {
				if tm.inQuote && !tm.pronoun {
					get(e).feat[f("named_in_quote")] = 1
				}
				continue
			}
			if tm.inQuote {
				continue
			}
			a := get(e)
			d := 0
			if tm.end <= qt.OpenStart {
				d = qt.OpenStart - tm.end
			} else {
				d = tm.start - qt.CloseEnd
			}
			if a.dist < 0 || d < a.dist {
				a.dist = d
			}
			switch {
			case pi == p:
				a.feat[f("same_paragraph")] = 1
				inPara[e] = true
				if tm.end <= qt.OpenStart && (dB < 0 || d < dB) {
					nearB, dB = e, d
				}
				if tm.start >= qt.CloseEnd && (dA < 0 || d < dA) {
					nearA, dA = e, d
				}
				if firstInPara < 0 {
					firstInPara = e
				}
				if tm.si >= qs && tm.si <= qe {
					a.feat[f("same_sentence")] = 1
					if tm.verb {
						if tm.end <= qt.OpenStart {
							a.feat[f("verb_before_quote")] = 1
						} else {
							a.feat[f("verb_after_quote")] = 1
						}
					}
				}
			case pi == p-1:
				a.feat[f("prev_paragraph")] = 1
				if qt.OpenStart == r.doc.Paragraphs[p].Start && tm.si == r.paraSen[pi][1]-1 {
					a.feat[f("opens_after_prev_para")] = 1
				}
			default:
				a.feat[f("next_paragraph")] = 1
			}
		}
	}
	if firstInPara >= 0 {
		get(firstInPara).feat[f("first_in_paragraph")] = 1
	}
	if nearB >= 0 {
		get(nearB).feat[f("nearest_before")] = 1
	}
	if nearA >= 0 {
		get(nearA).feat[f("nearest_after")] = 1
	}
	if len(inPara) == 1 {
		get(firstInPara).feat[f("only_in_paragraph")] = 1
	}
	if p == 0 {
		get(-1).feat[f("none_headline")] = 1
	}
	if !slices.Contains(r.inQ[qs], false) && !slices.Contains(r.inQ[qe], false) {
		get(-1).feat[f("none_whole_sentence")] = 1
	}
	for i, e := range last {
		if e < 0 {
			continue
		}
		if i == 0 {
			get(e).feat[f("last_speaker")] = 1
		} else if e != last[0] {
			get(e).feat[f("alternation")] = 1
		}
	}
	if n := r.narrator(p); n >= 0 {
		get(n).feat[f("narrator")] = 1
	}
	if s := r.Sentences[qs].Subject; s >= 0 {
		get(s).feat[f("subject")] = 1
	}
	if qs > 0 {
		if s := r.Sentences[qs-1].Subject; s >= 0 {
			get(s).feat[f("prev_subject")] = 1
		}
	}
	out := make([]SpeakerCandidate, 0, len(order))
	for _, e := range order {
		a := by[e]
		if e >= 0 {
			if e >= len(r.Entities) || r.Entities[e].Kind == Place {
				continue
			}
			en := r.Entities[e]
			switch {
			case en.RoleOnly:
				a.feat[f("role_only")] = 1
			case en.Kind == Person:
				a.feat[f("person")] = 1
			case en.Kind == Organisation:
				a.feat[f("organisation")] = 1
			}
			if pronGender != "" && en.Gender != "" {
				if en.Gender == pronGender {
					a.feat[f("gender_agree")] = 1
				} else {
					a.feat[f("gender_clash")] = 1
				}
			}
			a.feat[f("log_frequency")] = math.Log1p(float64(len(en.Mentions))) / 3
			ld := 1.0
			if a.dist >= 0 {
				ld = min(1, math.Log1p(float64(a.dist))/math.Log(2000))
			}
			a.feat[f("log_distance")] = ld
		}
		out = append(out, SpeakerCandidate{Entity: e, Features: a.feat})
	}
	return out
}
