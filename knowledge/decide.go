package knowledge

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/quotebot/quotebot/knowledge/lexicon"
	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// DecisionFeatureNames name the features of the answer decision, in the
// order DecisionFeatures returns them and retrieval.AnswerModel weighs them.
var DecisionFeatureNames = []string{
	"coverage",            // IDF-weighted share of content words in the best passage or beside it
	"coverage_sentence",   // the same, in the sentence itself
	"coverage_best3",      // the best coverage among the top three passages
	"name_coverage",       // share of the question's names found there (1 without names)
	"log_score",           // log(1 + retrieval score of the best passage)
	"margin",              // (best − second) / best
	"typed_question",      // the question expects a type of answer (when, how many, who, …)
	"type_missing",        // … and no covering passage holds it
	"rules_support",       // the former hard gates all pass
	"speaker_missing",     // "what did X say" and no passage is attributed to X
	"number_mismatch",     // a number or date of the question is not in the passage's window
	"negation_mismatch",   // the question negates and the passage does not
	"antonym",             // a question word is absent but its antonym or another of its kind is present, or the passage contradicts a qualifier
	"rare_missing",        // the share of the rarest content word's IDF missing from the window
	"log_terms",           // log(1 + number of content words)
	"absent_article",      // IDF-weighted share of content words the article never uses
	"absent_paragraph",    // IDF-weighted share of content words absent from the best passage's paragraph
	"matched_window",      // IDF-weighted share of content words matched in the passage or beside it by any expansion
	"type_first",          // the question expects a type of answer and the first passage (or its neighbour) holds it
	"names_sentence",      // share of the question's names in the first sentence itself (1 without names)
	"speaker_agrees",      // the person the question asks about speaks in or is the subject of the first passage
	"max_missing",         // the largest share of the question's weight (names included) of one word absent from the window
	"unmatched",           // the number of content words nothing matches in the window, not even a related word
	"name_missing_window", // a name of the question is not in the passage or beside it
	"reason_missing",      // a why-question, and the passage and its neighbours give no cause or purpose
	"focus_missing",       // IDF share of the words a which/what/how-many phrase asks for that nothing close matches in the window
	"verb_missing",        // IDF share of the question's main verb (and the verb it governs) that nothing close matches in the window
	"modifier_mismatch",   // a number, name or noun modifying a noun of the question is another one beside that noun in the window
	"value_detail_other",  // a detail of the question (not what it asks for) is absent from around the typed value, where another of its kind stands
	"role_unnamed",        // the question asks who holds a role that none of the article's named people holds, or which N where the first passage has only "a N" (askedUnnamed)
	"other_speaker",       // "what did X say", no top passage is X's, and the first is someone else's
	"negates_asked",       // a wh-question's verb is negated in the passage ("he never came" for "why did he come")
	"year_as_bound",       // a year of the question stands in the window only as a span's bound ("since 2009")
	"value_focus_other",   // IDF share of a typed question's focus (its noun, what it counts, its verb) beside no typed value of the passage (valuefocus.go)
	"which_name_apart",    // "which N" for a named kind, and no new name of the passage stands beside N or the question's verb (namefocus.go)
	"frame_missing",       // a rate ("a year", "per hive", "each family") or deadline ("by Friday") of the question is absent from the window (frame.go)
}

// decision is the outcome of a question with the features that led to it.
type decision struct {
	features   []float64
	confidence float64
	// related is false when nothing in the article relates to the question
	// (an unknown name, no shared content): no passage is worth showing.
	related bool
	// capped is set when a rule, not the model, made the engine uncertain.
	capped bool
	reason string
}

// fitQuestion cleans and analyses a question for the fit tool's entry
// points; nil (and the error, if any) when it has no words to look up.
func (a *Article) fitQuestion(question string) (*query, error) {
	qs, err := CleanQuestion(question)
	if err != nil {
		return nil, err
	}
	q := a.analyze(qs)
	if len(q.terms) == 0 {
		return nil, nil
	}
	return q, nil
}

// DecisionFeatures returns the features of the answer decision for a
// question (nil when there is nothing to decide: no content words, no
// passage, or nothing in the article related to it), for the fit tool.
func (a *Article) DecisionFeatures(question string) ([]float64, error) {
	an, err := a.fitQuestion(question)
	if an == nil {
		return nil, err
	}
	d := a.decide(an, a.rank(an, 8))
	if d.capped {
		// Decided without the model: nothing to fit.
		return nil, nil
	}
	return d.features, nil
}

// DetailCheckNames name the detail checks behind the antonym and
// modifier_mismatch features, in the order DetailChecks returns them.
var DetailCheckNames = []string{
	"antonym_aligned", // detailMismatch: a WordNet opposite of a question word beside its neighbour
	"qualifier",       // contradictsQualifier: another value of a qualifier, not the question's own
	"contrast_kind",   // contrast: another noun of the question noun's kind in its slot
	"contrast_place",  // contrast: another place or person in the question's one's slot
	"modifier",        // modifierMismatch
}

// DetailChecks reports which detail checks fire on the first passage of a
// question (nil when DecisionFeatures has nothing to decide), for the fit
// tool's diagnostics: which of them fire on answerable questions.
func (a *Article) DetailChecks(question string) ([]bool, error) {
	q, err := a.fitQuestion(question)
	if q == nil {
		return nil, err
	}
	hits := a.rank(q, 8)
	if d := a.decide(q, hits); d.capped || d.features == nil {
		return nil, nil
	}
	i0 := hits[0].Sentence
	win := a.windowWords(i0)
	_, _, anto, _ := a.detailMismatch(q, i0, win)
	kind, place := a.contrast(q, i0, win)
	return []bool{anto, a.contradictsQualifier(q, i0), kind, place, a.modifierMismatch(q, win)}, nil
}

// decide computes the features of the best passages and the model's
// confidence that the first one answers. The model alone decides among
// related passages, so that the fit tool sees the decision the engine makes.
func (a *Article) decide(q *query, hits []Hit) decision {
	if len(q.unknownEntities) > 0 {
		return decision{reason: "It does not mention " + strings.Join(q.unknownEntities, ", ") + "."}
	}
	if len(hits) == 0 || a.answerCoverage(q, hits[0].Sentence, false) == 0 && a.nameCoverage(q, hits[0].Sentence) == 0 {
		return decision{reason: "Nothing in it matches the question."}
	}
	f := a.features(q, hits)
	m := retrieval.AnswerModel
	// Below the threshold the closest passages are shown with the uncertain
	// wording: no reason is given, as none is certain.
	d := decision{features: f, confidence: m.Prob(f), related: true}
	if a.answerCoverage(q, hits[0].Sentence, false) == 0 && a.hasContent(q) || a.topicMissing(q, hits[0].Sentence) ||
		len(q.kindNames) > 0 || a.figureMissing(q, hits[0].Sentence) || a.roleSpeakerOther(q, hits[0].Sentence) {
		// A name the article has only as a kind of thing ("Which Swiss
		// city …" where it says "country") is not named in it: the
		// passages may be close, but none is about it.
		// A name alone is not support: with none of the words asked about
		// in or beside the passage, the engine is never confident. On the
		// news-style sets such questions are nearly all unanswerable
		// ("What did X say about Y?" with Y nowhere near X), and a linear
		// weight fitted mostly on SQuAD, where they are a third
		// answerable, lets too many through.
		// Words of someone the article gives another role are not what
		// the holder of the role asked about said.
		d.confidence = min(d.confidence, m.Threshold/2)
		d.capped = true
	}
	return d
}

// figureMissing reports a figure written in digits in the question (a
// year, an amount: "in 2021", "since 2015") that the passage and its
// neighbours lack: news questions that name a figure ask about that one,
// and a passage with another ("in March 2023") tells of something else.
// Spelled numbers and ordinals are left to the model ("the third goal"
// may be told as "made it 3-1").
func (a *Article) figureMissing(q *query, i int) bool {
	var text string // the window's text without thousands separators
	for _, t := range q.toks {
		// Whole numbers only ("2021", "60"), found in any written form of
		// the window's ("2021-22", "1,200" for "1200"): a figure written
		// otherwise ("15%", "$1.2bn") is not judged here.
		if len(t.Norm) < 2 || strings.Trim(t.Norm, "0123456789") != "" {
			continue
		}
		if text == "" {
			for j := i - 1; j <= i+1; j++ {
				if j >= 0 && j < len(a.Sentences) && a.Sentences[j].Paragraph == a.Sentences[i].Paragraph {
					text += " " + strings.ReplaceAll(a.Sentences[j].Text, ",", "")
				}
			}
		}
		if !strings.Contains(text, t.Norm) && !a.windowHasValue(i, strings.TrimLeft(t.Norm, "0")) {
			return true
		}
	}
	return false
}

// windowHasValue reports a number of value v, written in words ("twenty-six"
// for "26") or digits, in sentence i or a neighbour in its paragraph.
func (a *Article) windowHasValue(i int, v string) bool {
	for j := i - 1; j <= i+1; j++ {
		if j < 0 || j >= len(a.Sentences) || a.Sentences[j].Paragraph != a.Sentences[i].Paragraph {
			continue
		}
		if a.index.tf[j][numberKey(v)] > 0 {
			return true
		}
	}
	return false
}

// topicMissing reports a question for what someone said about a topic
// ("What did X say about Mahler?") whose topic words are all absent from
// the passage and its neighbours: the passage may quote X, but on
// something else.
func (a *Article) topicMissing(q *query, i int) bool {
	if !q.reported {
		return false
	}
	about := -1
	for k, t := range q.toks {
		if t.Norm == "about" || t.Norm == "regarding" || t.Norm == "on" && k > 0 && framingVerbs[q.toks[k-1].Norm] {
			about = t.Start
		}
	}
	if about < 0 {
		return false
	}
	n := 0
	for _, t := range q.terms {
		if t.tok.Start <= about || t.framing {
			continue
		}
		n++
		for _, al := range t.alts {
			// Any relation closer than a hypernym ("price" for "cost").
			if al.weight > hypernymWeight && a.index.contextMatch(i, al.key) > 0 {
				return false
			}
		}
		if baseSense(t.tok.Norm) == "noun.possession" && a.index.contextMatch(i, moneyKey) > 0 {
			// "about the cost": an amount of money is about it.
			return false
		}
	}
	return n > 0
}

// features computes DecisionFeatureNames for q against its ranked hits.
func (a *Article) features(q *query, hits []Hit) []float64 {
	i0 := hits[0].Sentence
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	best3 := 0.0
	typed := q.answerType == "" && !q.asksName
	for i, h := range hits {
		if i == 3 {
			break
		}
		best3 = max(best3, a.coverage(q, h.Sentence, false))
		// The fact asked for must stand in a passage that relates to the
		// question. Coverage has features of its own: the type is not
		// judged only on passages that already cover half of the question,
		// which would count a paraphrase's low coverage twice; and a name
		// relates too ("What was the final score between Rovers and
		// Athletic?" is answered by "Rovers … beat Athletic 3-2", which has
		// no other word of the question).
		if !typed && a.termCoverage(q, h.Sentence, true, true, "") > 0 &&
			a.typeAt(q, h.Sentence) {
			typed = true
		}
	}
	margin := 1.0
	if len(hits) > 1 && hits[0].Score > 0 {
		margin = (hits[0].Score - hits[1].Score) / hits[0].Score
	}
	win := a.windowWords(i0)
	numMis, negMis, anto, rare := a.detailMismatch(q, i0, win)
	// A qualifier the passage contradicts ("the men's race" for "the
	// women's race") is an opposite detail too.
	anto = anto || a.contradictsQualifier(q, i0)
	// So is a detail of the question the window lacks where it holds
	// another of the same kind ("a week off" where it says "Monday off").
	if !anto {
		kind, place := a.contrast(q, i0, win)
		anto = kind || place || a.fateOther(q, win)
	}
	content := 0
	var den, absArticle, absPara, matched float64
	for _, t := range q.terms {
		if t.framing {
			continue
		}
		if !t.entity {
			content++
		}
		w := t.weight * a.index.idf(t.key)
		den += w
		inPara := false
		for _, al := range t.alts {
			if al.weight >= synonymWeight && a.index.contextMatch(i0, al.key) > 0 {
				inPara = true
				break
			}
		}
		if len(t.alts) == 0 {
			absArticle += w
		}
		for _, al := range t.alts {
			if a.index.contextMatch(i0, al.key) >= adjacentWeight {
				matched += w
				break
			}
		}
		if !inPara {
			absPara += w
		}
	}
	referred := a.referredNames(q, i0)
	var maxMissing, all float64
	unmatched, nameMissing := 0, false
	for _, t := range q.terms {
		if !t.framing {
			all += t.weight * a.index.idf(t.key)
		}
	}
	for _, t := range q.terms {
		if t.framing {
			continue
		}
		close, any := false, false
		for _, al := range t.alts {
			c := a.index.contextMatch(i0, al.key)
			if c >= adjacentWeight {
				any = true
				if al.weight >= synonymWeight {
					close = true
				}
			}
		}
		// A name the window refers to another way is there.
		if !close && t.entity && referred[t.key] {
			close = true
		}
		if !close && all > 0 {
			maxMissing = max(maxMissing, t.weight*a.index.idf(t.key)/all)
		}
		if !any && !t.entity {
			unmatched++
		}
		if !close && t.entity {
			nameMissing = true
		}
	}
	focusMis, verbMis := a.focusMissing(q, i0)
	if den > 0 {
		absArticle /= den
		absPara /= den
		matched /= den
	}
	return []float64{
		a.answerCoverage(q, i0, false),
		a.answerCoverage(q, i0, true),
		best3,
		a.nameCoverage(q, i0),
		math.Log1p(hits[0].Score),
		margin,
		b(q.answerType != "" || q.asksName),
		b(!typed),
		b(a.unsupported(q, hits) == ""),
		b(q.reported && q.speaker != "" && !a.attributedTo(q, hits)),
		b(numMis),
		b(negMis),
		b(anto),
		rare,
		math.Log1p(float64(content)),
		absArticle,
		absPara,
		matched,
		b(a.typeAt(q, i0)),
		a.namesInSentence(q, i0),
		b(q.speaker != "" && (a.Sentences[i0].SaidBy == q.speaker || a.Sentences[i0].Speaker == q.speaker)),
		maxMissing,
		float64(unmatched),
		b(nameMissing),
		b(asksWhy(q) && !a.givesReason(q, i0)),
		focusMis,
		verbMis,
		b(a.modifierMismatch(q, win)),
		b(a.valueDetailOther(q, i0)),
		b(a.roleUnnamed(q) || a.askedUnnamed(q, i0)),
		b(q.reported && q.speaker != "" && !a.attributedTo(q, hits) && a.Sentences[i0].SaidBy != "" && a.Sentences[i0].SaidBy != q.speaker),
		b(a.negatesAsked(q, i0)),
		b(yearAsBound(q, win)),
		a.valueFocusOther(q, i0),
		b(a.whichNameApart(q, i0)),
		b(a.frameMissing(q, win)),
	}
}

// referredNames are the keys of the question's names that the window of
// sentence i0 refers to without writing them: people by a pronoun ("She
// crossed the line …" is about the runner the question names), bodies by
// a definite description ("the company" for Corvane) or as the speaker
// of "It said", a group, and what
// nameReferred finds (a capital for its country, a state's official, "the
// committee").
func (a *Article) referredNames(q *query, i0 int) map[string]bool {
	people := map[string]bool{}
	for j := i0 - 1; j <= i0+1; j++ {
		if j >= 0 && j < len(a.Sentences) && a.Sentences[j].Paragraph == a.Sentences[i0].Paragraph {
			for _, p := range a.Sentences[j].People {
				people[a.index.stem(Fold(p))] = true
				for _, w := range nameParts(p) {
					people[a.index.stem(Fold(w))] = true
				}
			}
			for k := range a.index.described[j] {
				people[k] = true
			}
			// "It said …": the body the engine attributes the words to.
			if a.attr != nil && j < len(a.attr.Sentences) && a.attr.Sentences[j].SaidBy >= 0 {
				for _, k := range entityKeys(a.attr.Entities[a.attr.Sentences[j].SaidBy], a.attr.IsRoleNoun) {
					people[k] = true
				}
			}
		}
	}
	for _, p := range a.groupReferred(i0) {
		people[a.index.stem(Fold(p))] = true
	}
	for _, t := range q.terms {
		if t.entity && !t.framing && !people[t.key] && a.nameReferred(q, t, i0) {
			people[t.key] = true
		}
	}
	return people
}

// nameParts are the words of a person's name as a question writes them
// apart: "Gareth Lloyd-Evans" is asked as "Lloyd-Evans", which the question
// reads as "Lloyd" and "Evans", or as "Gareth"; a name of one word has no
// parts.
func nameParts(name string) []string {
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '‐' })
	if len(parts) < 2 {
		return nil
	}
	return parts
}

// typeAt reports a question expecting a type of answer whose passage at
// sentence i0, or the neighbour that completes it, holds one. A count or
// an amount is not a year: "since 2015" does not say how much a loan was.
func (a *Article) typeAt(q *query, i0 int) bool {
	return a.typedSentence(q, i0) >= 0
}

// typedSentence returns the sentence holding the answer's type for typeAt:
// i0, or the neighbour that completes it; -1 when neither does.
func (a *Article) typedSentence(q *query, i0 int) int {
	if q.answerType == "" && !q.asksName {
		return -1
	}
	holds := func(i int) bool {
		// A question for a name is answered by a name ("What is the name
		// of the driver?" — not by "its driver", nor by a pronoun).
		if q.askedPerson != "" && a.unnamedMention(q, i) {
			// "a supplier went into administration" says there is one;
			// the names beside it are other people's.
			return false
		}
		if q.asksName && !a.namesSomeoneElse(q, i) || q.asksDate && !hasCalendarDate(a.Sentences[i].tokens) ||
			q.asksYear && !hasYearLike(a.Sentences[i].tokens) || q.asksClock && !clockTimeRE.MatchString(a.Sentences[i].Text) {
			return false
		}
		// A duration that measures another act ("spent two years on the
		// review") is not how long the state asked about has lasted.
		return a.satisfies(q, i) && (q.answerType != "number" || a.hasQuantity(i)) && !a.stateDurationOther(q, i)
	}
	if holds(i0) {
		return i0
	}
	if q.askedPerson != "" && a.unnamedMention(q, i0) && !a.mentions(q.askedPerson, a.typedNeighbour(q, i0)) {
		// The passage's someone is unnamed: a neighbour's names are
		// other people's unless it speaks of that someone again.
		return -1
	}
	if j := a.typedNeighbour(q, i0); j >= 0 && holds(j) {
		return j
	}
	return -1
}

// indefiniteWords open a noun phrase that speaks of someone not named.
var indefiniteWords = wordSet(`a an one another some`)

// vagueModifiers are the adjectives journalism puts before a noun it does
// not name ("a local bank", "a regional supplier", "an outside firm", "a
// private buyer"): where or how big, not which one. A classifying modifier
// ("a cardiac ward") may be the answer to "which" and is not here.
var vagueModifiers = wordSet(`local regional national nearby neighbouring neighboring private independent
	unnamed unidentified anonymous outside external small smaller large larger big bigger major leading
	foreign overseas international specialist separate different other second third undisclosed`)

// unnamedMention reports sentence i speaking of the kind of person the
// question asks for (q.askedPerson) only as someone unnamed: "a
// spectator's phone rang", "after a supplier went into administration",
// with no name set beside it ("Nwosu, a spectator", "a supplier, Acme,",
// "a spectator called …") and no mention with "the" or a name. A modifier the question does not use may
// be the answer to "which" ("Which ward? — a cardiac ward").
func (a *Article) unnamedMention(q *query, i int) bool {
	return a.unnamedKind(q.askedPerson, q.norms, i)
}

// unnamedKind is unnamedMention for the noun of stem, whoever or whatever
// it names; asked are the question's words, which may modify it.
func (a *Article) unnamedKind(stem string, asked map[string]bool, i int) bool {
	s := a.Sentences[i]
	toks := s.tokens
	unnamed := false
	for k, t := range toks {
		if t.Stem != stem && a.index.stem(FoldWord(t.Norm)) != stem {
			continue
		}
		d := k - 1
		for d >= 0 && k-d <= 3 && !indefiniteWords[toks[d].Norm] && (asked[toks[d].Norm] || vagueModifiers[toks[d].Norm]) {
			// The question's own modifiers between ("a larger group"),
			// and those that place or size a thing without naming it ("a
			// local bank", "a regional firm").
			d--
		}
		if d < 0 || !indefiniteWords[toks[d].Norm] {
			return false // "the spectator", "Acme's supplier": maybe named elsewhere
		}
		if d > 0 && isCapitalised(toks[d-1]) && strings.Contains(s.Text[toks[d-1].End:toks[d].Start], ",") {
			return false // "Nwosu, a spectator"
		}
		if k+1 < len(toks) {
			n := toks[k+1]
			if n.Norm == "called" || n.Norm == "named" || isCapitalised(n) {
				return false // "a supplier called Acme", "a spectator, Jo Bell"
			}
		}
		unnamed = true
	}
	return unnamed
}

// askedUnnamed reports a question for which one of a kind ("Which
// supplier …", "Which hotel group …") whose first passage speaks of that
// kind only as one unnamed ("after a supplier went into administration"),
// and neither neighbour speaks of it with "the" or a name: the question
// presupposes a name the article does not give.
func (a *Article) askedUnnamed(q *query, i0 int) bool {
	toks := q.toks
	if len(toks) < 2 || toks[0].Norm != "which" {
		// "What one-off expense …" may want a description ("a one-off
		// engine replacement"); "which" picks out one by its name.
		return false
	}
	focus, _ := questionFocus(lexicon.Default(), toks)
	head := -1
	for k, t := range toks {
		if focus[t.Start] {
			if !anyNounForm(lexicon.Default(), t.Norm) {
				break // "Which group offered …": the verb ends the phrase
			}
			head = k
		}
	}
	if head < 0 || isCapitalised(toks[head]) || isQuantityNoun(toks[head].Norm) {
		return false
	}
	stem := toks[head].Stem
	if !a.unnamedKind(stem, q.norms, i0) || a.describedAfter(stem, i0) {
		return false
	}
	for _, j := range []int{i0 - 1, i0 + 1} {
		if j < 0 || j >= len(a.Sentences) || a.Sentences[j].Paragraph != a.Sentences[i0].Paragraph {
			continue
		}
		if a.mentions(stem, j) && !a.unnamedKind(stem, q.norms, j) {
			return false
		}
	}
	return true
}

// describedAfter reports a word of stem in sentence i that a phrase after
// it describes ("an office at the Treasury", "a firm of auditors"): what a
// question for which one may want, name or not. An infinitive ("a group to
// buy the label") tells what it did.
func (a *Article) describedAfter(stem string, i int) bool {
	toks := a.Sentences[i].tokens
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Stem != stem || !wordsAdjacent(toks, k) {
			continue
		}
		if describers[toks[k+1].Norm] && !(k+2 < len(toks) && strings.ContainsAny(toks[k+2].Norm, "0123456789")) {
			// "a bank for $9 a pound", "a firm in 2019": a price or a
			// date, not which one.
			return true
		}
	}
	return false
}

// describers open a phrase after a noun that says which one it is.
var describers = wordSet(`at in of on for from with by based called named`)

// mentions reports sentence i (none when negative) holding a word of stem.
func (a *Article) mentions(stem string, i int) bool {
	if i < 0 {
		return false
	}
	for _, t := range a.Sentences[i].tokens {
		if t.Stem == stem || a.index.stem(FoldWord(t.Norm)) == stem {
			return true
		}
	}
	return false
}

// hasCalendarDate reports a day of a month ("14 May", "May 14th", "1
// June 2027", "the 27th"): what a question for a date wants.
func hasCalendarDate(toks []Token) bool {
	for k, t := range toks {
		if !monthNames[t.Norm] {
			continue
		}
		for _, j := range []int{k - 1, k + 1} {
			if j >= 0 && j < len(toks) && isDayOfMonth(toks[j].Norm) {
				return true
			}
		}
	}
	return hasDayOrdinal(toks)
}

// hasDayOrdinal reports a day of the month written as "the 27th" without
// its month ("lunch on the 25th and a tea on the 27th"): letters and
// columns name the day so when the month is plain. An ordinal that goes
// on to a noun ranks something ("the 58th congress", "the 64th minute").
func hasDayOrdinal(toks []Token) bool {
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		if toks[k-1].Norm != "the" || t.Norm == strings.TrimRight(t.Norm, "stndrh") || !isDayOfMonth(t.Norm) {
			continue
		}
		switch suf := t.Norm[len(strings.TrimRight(t.Norm, "stndrh")):]; suf {
		case "st", "nd", "rd", "th":
		default:
			continue
		}
		if k+1 == len(toks) || IsStopWord(toks[k+1].Norm) || monthNames[toks[k+1].Norm] {
			return true
		}
	}
	return false
}

// isDayOfMonth reports "1" to "31", with or without an ordinal suffix.
func isDayOfMonth(norm string) bool {
	d := strings.TrimRight(norm, "stndrh")
	if d == "" || len(d) > 2 || !isDigits(d) {
		return false
	}
	return d != "0" && d != "00" && (len(d) == 1 || d <= "31")
}

// hasYearLike reports a year in digits from 1000 ("1066", "2024") or a
// decade ("1990s"): what a question for a year wants.
func hasYearLike(toks []Token) bool {
	for _, t := range toks {
		d := strings.TrimSuffix(t.Norm, "s")
		if len(d) == 4 && isDigits(d) && d >= "1000" && d <= "2100" {
			return true
		}
	}
	return false
}

var monthNames = wordSet(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// namesSomeoneElse reports whether sentence i writes out the name of a
// person the question does not name: what a question for a name wants.
// A pronoun or a role phrase resolved to someone does not say the name.
func (a *Article) namesSomeoneElse(q *query, i int) bool {
	for _, p := range a.Sentences[i].People {
		words := strings.Fields(Fold(p))
		if len(words) == 0 {
			continue
		}
		last := words[len(words)-1]
		if q.norms[last] {
			continue
		}
		for _, t := range a.Sentences[i].tokens {
			if t.Norm == last && isCapitalised(t) {
				return true
			}
		}
	}
	return false
}

// hasQuantity reports a number in sentence i other than a bare year.
func (a *Article) hasQuantity(i int) bool {
	for _, t := range a.Sentences[i].tokens {
		if isNumberToken(t) && !isYear(t.Norm) {
			return true
		}
	}
	return false
}

// isYear reports a bare four-digit year ("1980", "2015").
func isYear(norm string) bool {
	if len(norm) != 4 || strings.Trim(norm, "0123456789") != "" {
		return false
	}
	return norm >= "1800" && norm <= "2100"
}

// asksWhy reports a question for a cause or purpose ("Why …", "For what
// reason …", "What caused …").
func asksWhy(q *query) bool {
	toks := q.toks
	for k, t := range toks {
		if k > 2 {
			break
		}
		switch t.Norm {
		case "why":
			return true
		case "reason", "reasons", "cause", "caused", "causes", "prompted", "motivated":
			return k > 0
		}
	}
	return false
}

// reasonWords mark a cause or purpose in English prose: causal
// connectives, "in order to", verbs of blaming and citing, and nouns that
// name a reason or a worry.
var reasonWords = wordSet(`because since due owing thanks result reason reasons why so therefore hence thus
	order blaming blamed blames blame citing cited cites cite attributing attributed amid given fear fears feared
	concern concerns concerned worried worry worries aim aimed aims goal intended purpose help helps avoid prevent
	protect ensure allow allowed enable`)

// givesReason reports whether sentence i or a neighbour in its paragraph
// holds a word that gives a cause or purpose, or whether sentence i is
// the words of the person asked about (or of anyone, when the question
// names nobody): a speaker's own words often are the explanation asked for.
func (a *Article) givesReason(q *query, i int) bool {
	for j := i - 1; j <= i+1; j++ {
		if j < 0 || j >= len(a.Sentences) || a.Sentences[j].Paragraph != a.Sentences[i].Paragraph {
			continue
		}
		if by := a.Sentences[j].SaidBy; j == i && by != "" && (q.speaker == "" || by == q.speaker) {
			return true
		}
		for _, t := range a.Sentences[j].tokens {
			if reasonWords[t.Norm] {
				return true
			}
		}
	}
	return false
}

// namesInSentence is the share of the question's names found in sentence i
// itself (1 when it names nobody): two names of the question in one
// sentence relate it more than any paraphrase of the rest.
func (a *Article) namesInSentence(q *query, i int) float64 {
	return nameShare(q, func(key string) bool { return a.index.holds(i, key, true) > 0 })
}

// nameShare is the share of the question's names that has a form for which
// found holds (1 when it names nobody).
func nameShare(q *query, found func(key string) bool) float64 {
	n, hit := 0, 0
	for _, t := range q.terms {
		if !t.entity {
			continue
		}
		n++
		for _, al := range t.alts {
			if found(al.key) {
				hit++
				break
			}
		}
	}
	if n == 0 {
		return 1
	}
	return float64(hit) / float64(n)
}

// answerCoverage is coverage of sentence i, or of the question just
// before it when i answers a question the article asks ("Q: Why stop
// now?" / "A: Because I can still choose."): the question holds the words.
func (a *Article) answerCoverage(q *query, i int, inSentence bool) float64 {
	c := a.coverage(q, i, inSentence)
	// An interviewer's turn may run over a few sentences.
	for j := i - 1; j >= 0 && j >= i-3 && a.isQuestion(j); j-- {
		c = max(c, a.coverage(q, j, inSentence))
	}
	return c
}

// hasContent reports whether q has words beyond names and framing.
func (a *Article) hasContent(q *query) bool {
	for _, t := range q.terms {
		if !t.entity && !t.framing {
			return true
		}
	}
	return false
}

// nameCoverage is the share of the question's names found in sentence i or
// its paragraph (1 when it names nobody).
func (a *Article) nameCoverage(q *query, i int) float64 {
	return nameShare(q, func(key string) bool { return a.index.nameMatch(i, key) > 0 })
}

// window holds the words of a sentence and its neighbours in its
// paragraph: where the detail of an answer may stand. A question asks
// about a few words only, so they are looked up by scanning the window's
// tokens rather than by building sets of all of them.
type window struct {
	toks    [][]Token
	negated bool
	// negatedNear is set when a neighbour of the sentence negates.
	negatedNear bool
	// bases are the stems of the words and of their WordNet base forms
	// ("later" → "late"), where an antonym of a question word is looked
	// up; listed on first use.
	bases    []string
	basesSet bool
	ix       *index
}

func (a *Article) windowWords(i int) *window {
	w := &window{ix: a.index}
	for j := i - 1; j <= i+1; j++ {
		if j < 0 || j >= len(a.Sentences) || a.Sentences[j].Paragraph != a.Sentences[i].Paragraph {
			continue
		}
		w.toks = append(w.toks, a.Sentences[j].tokens)
		for k := range a.Sentences[j].tokens {
			if negatorAt(a.Sentences[j].tokens, k) || impliedNegation(a.Sentences[j].tokens, k) {
				if j == i {
					w.negated = true
				} else {
					w.negatedNear = true
				}
			}
		}
	}
	return w
}

// hasNorm reports a token of the window folded to norm.
// hasValue reports a number of value v in the window, however written
// ("twenty-six" for "26"); false for "".
func (w *window) hasValue(v string) bool {
	if v == "" {
		return false
	}
	for _, ts := range w.toks {
		for _, sp := range numberSpans(ts) {
			if sp.value == v {
				return true
			}
		}
	}
	return false
}

func (w *window) hasNorm(norm string) bool {
	for _, ts := range w.toks {
		for _, t := range ts {
			if t.Norm == norm {
				return true
			}
		}
	}
	return false
}

// hasStem reports a token of the window stemmed to stem.
func (w *window) hasStem(stem string) bool {
	for _, ts := range w.toks {
		for _, t := range ts {
			if t.Stem == stem {
				return true
			}
		}
	}
	return false
}

// alignedNear reports a token of the window with stem o (or a base form
// stemmed to o) that has, within alignSpan tokens of it in its sentence, a
// word whose stem is in near: the opposite stands where the question's word
// would, beside the same neighbour ("west side" / "east side"), not
// anywhere in three sentences ("new album" / "the old days").
func (w *window) alignedNear(o string, near map[string]bool) bool {
	for _, ts := range w.toks {
		for k, t := range ts {
			if t.Stem != o && !slices.Contains(w.ix.bases[t.Norm], o) || ageOld(ts, k) {
				continue
			}
			for j := max(0, k-alignSpan); j <= min(len(ts)-1, k+alignSpan); j++ {
				if j != k && near[ts[j].Stem] {
					return true
				}
			}
		}
	}
	return false
}

// ageOld reports an "old" that gives an age ("a 34-year-old man", "six
// months old"): it is opposed to no "new" or "recent" of the question.
func ageOld(toks []Token, k int) bool {
	return toks[k].Norm == "old" && k > 0 && timeUnits[toks[k-1].Norm]
}

var timeUnits = wordSet(`year years month months week weeks day days`)

// alignSpan is how far apart, in tokens, two words count as neighbours
// when an antonym is aligned with the question.
const alignSpan = 3

// hasBase reports stem among the stems of the window's words and of their
// base forms.
func (w *window) hasBase(stem string) bool {
	if !w.basesSet {
		w.basesSet = true
		for _, ts := range w.toks {
			for _, t := range ts {
				w.bases = append(w.bases, t.Stem)
				w.bases = append(w.bases, w.ix.bases[t.Norm]...)
			}
		}
	}
	return slices.Contains(w.bases, stem)
}

// detailMismatch compares the details of the question with the passage's
// window, as quote checking compares a claim with the article: a number the
// window lacks, a negation only one side has, a word whose antonym stands
// in its place; and how much of the rarest content word is missing.
func (a *Article) detailMismatch(q *query, i0 int, w *window) (number, negation, antonym bool, rare float64) {
	toks := q.toks
	qNeg, sub := false, false
	lx := lexicon.Default()
	// The question's own words and their synonyms: a question that names
	// both poles ("the tiny lakes … the big ones") contrasts them, and the
	// window holding one of them ("small") contradicts nothing. Listed
	// only when an antonym is found: stemming every synonym is costly.
	var poleSet map[string]bool
	isPole := func(o string) bool {
		if poleSet == nil {
			poleSet = map[string]bool{}
			for _, t := range toks {
				poleSet[t.Stem] = true
				for _, l := range lx.Lemma(t.Norm) {
					poleSet[a.index.stem(l)] = true
					for _, y := range lx.Synonyms(l) {
						poleSet[a.index.stem(y)] = true
					}
				}
			}
		}
		return poleSet[o]
	}
	valueAt := valuesAt(toks)
	yesNo := isYesNo(toks)
	for k, t := range toks {
		// The question itself negated ("What did X not do?", "Why didn't
		// …"): a plain negator of its main clause, not a word like "lack"
		// nor one in a clause describing something ("what do both sides
		// know that others don't?").
		if k > 0 && subordinators[t.Norm] {
			sub = true
		}
		if !sub && (questionNegators[t.Norm] || strings.HasSuffix(t.Norm, "n't") || refusalVerbs[t.Norm]) && !negatesNothing(toks, k) {
			qNeg = true
		}
		if isNumberWord(t.Norm) && t.Norm != "one" && !w.hasNorm(t.Norm) && !w.hasValue(valueAt[k]) && !isDefiniteCount(toks, k) && !opensClause(toks, k) &&
			!adverbialOrdinal(lx, toks, k) && !answerSize(toks, k, w) {
			number = true
		}
		if IsStopWord(t.Norm) || determiners[t.Norm] || w.hasStem(t.Stem) || anyBase(lx.Lemma(t.Norm), w, a.index.stem) {
			// The word itself, in any form ("smaller" for "small"), is there.
			continue
		}
		if yesNo || adverbialOrder(lx, toks, k) || adverbialOrdinal(lx, toks, k) {
			// "Did the leaders manage a breakthrough?" is answered "no" by
			// "they failed to reach one"; "When did Rovers last win?" by
			// their first win since September.
			continue
		}
		// The question's content words beside this one: an opposite counts
		// where it stands beside one of them in the window.
		near := map[string]bool{}
		for j := max(0, k-alignSpan); j <= min(len(toks)-1, k+alignSpan); j++ {
			if j != k && !IsStopWord(toks[j].Norm) {
				near[toks[j].Stem] = true
			}
		}
		for _, o := range antonymsOf[t.Stem] {
			if w.hasStem(o) && !isPole(o) && !IsStopWord(o) && w.alignedNear(o, near) && !a.bothPoles(lx, w, t, o) {
				antonym = true
			}
		}
		// The word itself negated by a prefix ("unfilled" for "fill",
		// "unpaid" for "pay"): the passage says it was not. (A question
		// negating the word itself, "why was it not paid?", is judged as
		// WordNet's "paid"/"unpaid" is, below.)
		if a.prefixNegated(lx, w, t, near) {
			antonym = true
		}
		// WordNet's antonyms of the word's base forms ("increase" /
		// "decrease", "north" / "south").
		for _, l := range lx.Lemma(t.Norm) {
			for _, o := range lx.Antonyms(l) {
				if o := a.index.stem(o); w.hasBase(o) && !isPole(o) && !IsStopWord(o) && !determiners[o] && w.alignedNear(o, near) && !a.bothPoles(lx, w, t, o) {
					antonym = true
				}
			}
		}
	}
	// A negation the question adds ("What did X not do?") is a changed
	// detail; a passage negating what the question asserts plainly is
	// common in answers, so that direction is not counted.
	// "Why won't the government pay?" takes the refusal as given and asks
	// for its reason: the negation may stand beside the reason.
	negation = qNeg && !w.negated && !(asksWhy(q) && w.negatedNear)
	maxIDF, missing := 0.0, 0.0
	var referred map[string]bool // listed on the first name missing
	for _, t := range q.terms {
		// A word the article never uses is absent_article's to count:
		// here the rarest word the article does use, which a question
		// about another detail of the same topic lacks ("third goal").
		if t.framing || !a.usesTerm(t) {
			continue
		}
		// A light word ("new", "come", "time") weighs as little here as
		// in coverage: its rarity says nothing of the topic.
		idf := t.weight * a.index.idf(t.key)
		maxIDF = max(maxIDF, idf)
		found, loose := false, false
		for _, al := range t.alts {
			if a.index.contextMatch(i0, al.key) >= adjacentWeight {
				if al.weight >= synonymWeight {
					found = true
					break
				}
				loose = true
			}
		}
		if !found && t.entity {
			if referred == nil {
				referred = a.referredNames(q, i0)
			}
			found = referred[t.key]
		}
		switch {
		case loose && !found:
			// A loose relation (a hypernym, a rarer sense) may be the
			// paraphrase: half missing.
			missing = max(missing, idf/2)
		case !found:
			missing = max(missing, idf)
		}
	}
	if maxIDF > 0 {
		rare = missing / maxIDF
	}
	return number, negation, antonym, rare
}

// negativePrefixes make a word's opposite productively ("unpaid",
// "unfilled", "non-binding"); "in-" and "dis-" do so only in some words
// ("inland" is no negation of "land"), which WordNet lists as antonyms.
var negativePrefixes = []string{"non-", "non", "un"}

// prefixNegated reports a word of the window that is the question's word t
// with a negative prefix ("three places unfilled" for "How many places did
// the firm fill?"), standing beside one of the question's words near t: the
// passage says the opposite of what the question takes as given.
func (a *Article) prefixNegated(lx *lexicon.Lexicon, w *window, t Token, near map[string]bool) bool {
	if len(t.Norm) < 3 || isCapitalised(t) {
		return false
	}
	bases := map[string]bool{t.Stem: true}
	for _, l := range lx.Lemma(t.Norm) {
		bases[a.index.stem(l)] = true
	}
	for _, ts := range w.toks {
		for k, u := range ts {
			for _, p := range negativePrefixes {
				rest, ok := strings.CutPrefix(u.Norm, p)
				if !ok || len(rest) < 4 {
					continue
				}
				match := bases[a.index.stem(rest)]
				for _, l := range lx.Lemma(rest) {
					match = match || bases[a.index.stem(l)]
				}
				if !match || lx.Known(rest) && lx.Known(u.Norm) && slices.Contains(lx.Synonyms(u.Norm), rest) {
					continue
				}
				for j := max(0, k-alignSpan); j <= min(len(ts)-1, k+alignSpan); j++ {
					if j != k && near[ts[j].Stem] {
						return true
					}
				}
			}
		}
	}
	return false
}

// isYesNo reports a question opening with an auxiliary ("Did …", "Is
// …", "Has …"): a passage telling the opposite answers it "no".
func isYesNo(toks []Token) bool {
	return len(toks) > 0 && questionAux[toks[0].Norm]
}

// adverbialOrder reports "first" or "last" used as an adverb of time
// before a verb ("When did Rovers last win …", "What did Larkspur first
// offer"): the passage's "first win since September" tells when, it does
// not contradict.
func adverbialOrder(lx *lexicon.Lexicon, toks []Token, k int) bool {
	switch toks[k].Norm {
	case "first", "last", "later", "earlier", "previously", "recently":
	default:
		return false
	}
	if k == 0 || k+1 >= len(toks) || determiners[toks[k-1].Norm] || articles[toks[k-1].Norm] {
		return false
	}
	return anyVerb(lx, toks[k+1].Norm) && !lx.IsAdjective(toks[k+1].Norm)
}

// ordinals are the spelled ordinals an adverb can be made of.
var ordinals = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth`)

// adverbialOrdinal reports an ordinal used as an adverb, before a verb
// ("When did the smelter first open?", "When did Rovers last win?"): it
// means "for the first time" or "most recently", a passage saying when it
// opened answers ("their first win since September" is no opposite of
// "last"), while "the third goal" names a detail. The next word's most
// common WordNet sense decides.
func adverbialOrdinal(lx *lexicon.Lexicon, toks []Token, k int) bool {
	if !ordinals[toks[k].Norm] && toks[k].Norm != "last" || k+1 >= len(toks) {
		return false
	}
	ls := lx.Lemma(toks[k+1].Norm)
	if len(ls) == 0 {
		return false
	}
	ss := lx.Supersenses(ls[0])
	return len(ss) > 0 && strings.HasPrefix(ss[0], "verb.")
}

// opensClause reports "once" used as a conjunction ("once the bill
// passes", "once it opens"): it says when, it is no count.
func opensClause(toks []Token, k int) bool {
	if toks[k].Norm != "once" || k+1 >= len(toks) {
		return false
	}
	return clauseOpeners[toks[k+1].Norm]
}

// clauseOpeners begin the subject of a clause.
var clauseOpeners = wordSet(`the a an this that these those it he she they we you i his her its their our my your`)

// questionNegators negate a question's clause; subordinators open a clause
// of their own after the question word.
var (
	questionNegators = wordSet(`not never no nobody nothing none neither nor cannot`)
	// refusalVerbs say that something was not done or not accepted ("Why
	// did Trump refuse to call?", "Why did she reject the offer?"): they
	// negate as "not" does, in the question and in the passage, so that a
	// passage telling that it was done ("Trump called") answers no such
	// question, while one telling the refusal may.
	refusalVerbs = wordSet(`refuse refused refuses refusing decline declined declines declining reject rejected
		rejects rejecting fail failed fails failing deny denied denies denying`)
	subordinators = wordSet(`that which who whom whose because if although though while whether`)
)

// bothPoles reports a window that holds, beside the opposite o of the
// question's word t, t's own pole in another word: a synonym of t ("big"
// for "large") or another opposite of o. Such a passage contrasts the two
// ("the big lakes and the small ones"); it does not say the opposite of
// what the question asks.
func (a *Article) bothPoles(lx *lexicon.Lexicon, w *window, t Token, o string) bool {
	for _, l := range lx.Lemma(t.Norm) {
		for _, y := range lx.Synonyms(l) {
			if !strings.Contains(y, " ") && w.hasBase(a.index.stem(y)) {
				return true
			}
		}
	}
	for _, p := range antonymsOf[o] {
		if p != t.Stem && w.hasStem(p) {
			return true
		}
	}
	return false
}

// negatorAt reports whether token k of toks negates: a negation word or a
// refusal verb ("never", "without", "failed", "refused"), not a "no" that
// labels or names something ("the no campaign", "No. 10").
func negatorAt(toks []Token, k int) bool {
	n := toks[k].Norm
	return (isNegation(n) || refusalVerbs[n]) && !negatesNothing(toks, k)
}

// impliedNegation reports a passage's word that says, in another form than
// a negator, that something was not done: a phrasal refusal ("ruled out a
// steel bridge", "turned down the terms") or a counterfactual ("I'd have
// signed a centre-half", "it would have cost"). A question negating the
// same event ("Why did the minister reject …?", "What does he regret not
// doing?") is answered by such a passage.
func impliedNegation(toks []Token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n, next := toks[k].Norm, toks[k+1].Norm
	switch {
	case next == "out" && phrasalRule[n], next == "down" && phrasalTurn[n]:
		return true
	case n == "have" && k > 0 && next != "to":
		// "would have to pay" is an obligation, not a counterfactual.
		p := toks[k-1].Norm
		return modalPast[p] || strings.HasSuffix(p, "'d")
	}
	return false
}

var (
	phrasalRule = wordSet(`rule rules ruled ruling`)
	phrasalTurn = wordSet(`turn turns turned turning`)
	// modalPast before "have" make a counterfactual ("would have paid").
	modalPast = wordSet(`would could should might`)
)

// negatesNothing reports a negation word that negates nothing: a "no"
// naming a side or a vote after a determiner ("the no campaign", "a No
// vote"), one written in capitals or capitalised before a name ("the NO
// writer", "Vote No Alliance"), a number's abbreviation ("No. 10"), or a
// refusal verb's participle describing a thing ("the failed gearbox").
func negatesNothing(toks []Token, k int) bool {
	t := toks[k]
	if t.Norm != "no" {
		// A refusal verb's participle after a determiner describes a
		// thing ("the failed gearbox", "a rejected bid"): nothing is
		// refused in the clause.
		return k > 0 && refusalVerbs[t.Norm] && (strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing")) &&
			determiners[toks[k-1].Norm] && toks[k-1].Norm != "no"
	}
	if k+1 < len(toks) && toks[k+1].Text != "" && toks[k+1].Text[0] >= '0' && toks[k+1].Text[0] <= '9' {
		return true
	}
	if k == 0 {
		return false
	}
	if determiners[toks[k-1].Norm] {
		return true
	}
	// Capitals mark a label where the words beside are not shouted too;
	// "“No, we won't,” he said" stays a negation.
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].Text
	}
	switch t.Text {
	case "NO":
		return next == "" || strings.ToUpper(next) != next
	case "No":
		return next != "" && unicode.IsUpper([]rune(next)[0])
	}
	return false
}

// anyBase reports whether the stem of one of the base forms is among the
// window's bases.
func anyBase(lemmas []string, w *window, stem func(string) string) bool {
	for _, l := range lemmas {
		if w.hasBase(stem(l)) {
			return true
		}
	}
	return false
}

// answerSize reports a spelled number after "which" or "what" ("Which two
// countries …"): it gives the size of the answer asked for, not a detail
// the passage must repeat, unless the window counts the same noun with
// another number ("seven states" for "Which eight states").
func answerSize(toks []Token, k int, w *window) bool {
	if k == 0 || k+1 >= len(toks) || !numberWords[toks[k].Norm] || toks[k-1].Norm != "which" && toks[k-1].Norm != "what" {
		return false
	}
	noun := toks[k+1].Stem
	for _, ts := range w.toks {
		for j := 0; j+1 < len(ts); j++ {
			if isNumberToken(ts[j]) && ts[j+1].Stem == noun {
				return false
			}
		}
	}
	return true
}

// isDefiniteCount reports a spelled number after a definite determiner
// ("the two leaders", "both three ...", "these two sides"): it points back
// at a group the article has introduced, not a detail the passage must
// repeat.
func isDefiniteCount(toks []Token, k int) bool {
	if k == 0 || !numberWords[toks[k].Norm] {
		return false
	}
	switch toks[k-1].Norm {
	case "the", "these", "those", "both", "all":
		return true
	}
	return false
}

// usesTerm reports whether the article has the term or a close form of it
// (a synonym or derived form, not a mere hypernym).
func (a *Article) usesTerm(t queryTerm) bool {
	for _, al := range t.alts {
		if al.weight >= synonymWeight && a.index.df[al.key] > 0 {
			return true
		}
	}
	return false
}

// questionAux are the auxiliaries that open a question's clause after its
// question word ("What did …", "When will …", "How many … has …").
var questionAux = wordSet(`do does did is are was were will would can could should shall may might must has have had`)

// questionFocus returns the starts of the question's focus words — what a
// "which/what X" or "how many/much X" phrase asks for ("Which auditing
// firm …", "How many wickets …") — and of its main verb and the verb it
// governs ("Who will replace …", "Why did X decide to appeal …"). A
// passage that matches the question's other words but lacks these tells
// of something near the question, not of what it asks: the traps that
// change one detail keep the context and change the focus.
func questionFocus(lx *lexicon.Lexicon, toks []Token) (focus, verbs map[int]bool) {
	focus, verbs = map[int]bool{}, map[int]bool{}
	wh := -1
	for i := 0; i < len(toks) && i < 3; i++ {
		switch toks[i].Norm {
		case "what", "which", "who", "whom", "whose", "when", "where", "why", "how":
			wh = i
		}
		if wh >= 0 {
			break
		}
	}
	if wh < 0 {
		return focus, verbs
	}
	k := wh + 1
	if toks[wh].Norm == "how" && k < len(toks) {
		k++ // "how many", "how much", "how long": the measure word is the type
	}
	if n := toks[wh].Norm; n == "what" || n == "which" || n == "how" || n == "whose" {
		// The noun phrase the question word governs, up to the clause.
		for ; k < len(toks) && len(focus) < 3; k++ {
			t := toks[k]
			if questionAux[t.Norm] || IsStopWord(t.Norm) {
				break
			}
			focus[t.Start] = true
		}
	}
	// The clause's verb: after the auxiliary and a subject, the first word
	// WordNet knows as a verb that no determiner or possessive precedes
	// ("the captain" is the subject of "What did the captain tell …").
	aux := false
	for ; k < len(toks); k++ {
		t := toks[k]
		if questionAux[t.Norm] {
			aux = true
			continue
		}
		if !aux && k > wh+1 && len(focus) == 0 {
			break
		}
		if framingVerbs[t.Norm] {
			// "What did X say …": the verb frames the question.
			break
		}
		prev := toks[k-1]
		if IsStopWord(t.Norm) || determiners[prev.Norm] || strings.HasSuffix(prev.Text, "'s") || strings.HasSuffix(prev.Text, "’s") ||
			isCapitalised(t) {
			continue
		}
		if !anyVerb(lx, t.Norm) {
			continue
		}
		verbs[t.Start] = true
		if k+2 < len(toks) && toks[k+1].Norm == "to" && anyVerb(lx, toks[k+2].Norm) {
			verbs[toks[k+2].Start] = true
		}
		break
	}
	return focus, verbs
}

// anyNoun reports whether WordNet knows a base form of w as a noun.
func anyNoun(lx *lexicon.Lexicon, w string) bool {
	for _, l := range lx.Lemma(w) {
		if lx.IsNoun(l) {
			return true
		}
	}
	return lx.IsNoun(w)
}

// anyVerb reports whether WordNet knows a base form of w as a verb.
func anyVerb(lx *lexicon.Lexicon, w string) bool {
	for _, l := range lx.Lemma(w) {
		if lx.IsVerb(l) {
			return true
		}
	}
	return lx.IsVerb(w)
}

// focusMissing returns the IDF-weighted shares of the question's focus
// words and of its verbs (questionFocus) that nothing close — the word, a
// derived form, a synonym — matches in sentence i0 or beside it; 0 when
// the question has none.
func (a *Article) focusMissing(q *query, i0 int) (focus, verb float64) {
	fs, vs := questionFocus(lexicon.Default(), q.toks)
	var fd, vd float64
	for _, t := range q.terms {
		if t.framing || lightWords[t.tok.Norm] {
			continue
		}
		inF, inV := fs[t.tok.Start], vs[t.tok.Start]
		if !inF && !inV {
			continue
		}
		w := t.weight * a.index.idf(t.key)
		close := false
		for _, al := range t.alts {
			if al.weight >= synonymWeight && a.index.contextMatch(i0, al.key) >= adjacentWeight {
				close = true
				break
			}
		}
		if inF {
			fd += w
			if !close {
				focus += w
			}
		} else {
			vd += w
			if !close {
				verb += w
			}
		}
	}
	if fd > 0 {
		focus /= fd
	}
	if vd > 0 {
		verb /= vd
	}
	return focus, verb
}

// modifierMismatch reports a modifier of the question's noun that the
// window replaces with another of its class: "Shaft 2" where it says
// "Shaft 4", "Walter Beaumont" where it names "Horace Beaumont", "the
// Kesterby gauge" where it has "the Dunmore Bridge gauge", "the safety
// director" where it has "the finance director". The noun matches, so the
// passage looks answerable; the detail asked about is another one. The
// classes are numbers (ordinals included), names, and nouns used as
// modifiers (the question's a noun only, the window's a noun that may be a
// verb too: "finance director"); adjectives are left out, as paraphrases
// change them freely.
func (a *Article) modifierMismatch(q *query, w *window) bool {
	return a.modifierPair(q, w) != ""
}

// modifierPair is modifierMismatch with the question's modifier and the
// window's other one ("2/4"), for tests and reports; "" when there is none.
func (a *Article) modifierPair(q *query, w *window) string {
	lx := lexicon.Default()
	related := map[string]bool{}
	for _, t := range q.terms {
		related[t.tok.Stem] = true
		for _, al := range t.alts {
			related[al.key] = true
		}
	}
	class := func(t Token) int {
		switch {
		case isNumberToken(t) && !isYear(t.Norm):
			return 1
		case isCapitalised(t):
			return 2
		case lx.IsNoun(t.Norm) && !lx.IsAdjective(t.Norm) && !anyVerb(lx, t.Norm):
			// A verb's participle ("visiting", "spotted") is no noun.
			return 3
		}
		return 0
	}
	present := func(t Token) bool {
		return w.hasStem(t.Stem) || anyBase(lx.Lemma(t.Norm), w, a.index.stem)
	}
	toks := q.toks
	// Numbers compare by value: "26 years" is "twenty-six years".
	qVal := valuesAt(toks)
	wVal := make([]map[int]string, len(w.toks))
	for i, ts := range w.toks {
		wVal[i] = valuesAt(ts)
	}
	for k := 0; k+1 < len(toks); k++ {
		for _, pair := range [][2]int{{k, k + 1}, {k + 1, k}} { // modifier, head
			var otherTok Token
			m, h := toks[pair[0]], toks[pair[1]]
			c := class(m)
			if c == 0 && pair[0] < pair[1] && nounModifier(lx, toks, pair[0]) && !anyVerb(lx, h.Norm) {
				// "the company's noise consultant": a noun that is also a
				// verb modifies the noun after it when a determiner or a
				// possessive opens the phrase, and that noun is no verb
				// ("the ticket cost" may be a subject and its verb).
				c = 3
			}
			if c == 0 || IsStopWord(h.Norm) || IsStopWord(m.Norm) && c != 1 || isNumberToken(h) {
				continue
			}
			if pair[0] > pair[1] && c != 1 {
				// A modifier after its noun is a number ("Shaft 2").
				continue
			}
			if !anyNoun(lx, h.Norm) || verbInContext(lx, toks, pair[1]) || !anyNounForm(lx, h.Norm) {
				// The modifier of a noun: "Ashbury equalise" is a subject
				// and its verb, "was the landslip spotted" a participle.
				continue
			}
			if p := pair[0] - 1; c == 1 && pair[0] < pair[1] && p >= 0 && (isCapitalised(toks[p]) || lx.IsNoun(toks[p].Norm) && !lx.IsAdjective(toks[p].Norm) && !IsStopWord(toks[p].Norm)) {
				// "the Line 3 extension": the number is the name's ("Line
				// 3"), not a count of extensions.
				continue
			}
			if hyphenJoined(q.question, toks, pair[0], pair[1]) && hyphenJoined(q.question, toks, pair[1], pair[1]+1) {
				// "an eight-year-old": a compound adjective, no noun phrase.
				continue
			}
			if c == 2 && (titleWords[m.Norm] || lx.IsAdjective(m.Norm) || lx.IsPersonNoun(m.Norm)) {
				// "Prof. Hale" may be "Marcus Hale"; "Dutch" qualifies
				// as "Utrecht" names.
				continue
			}
			if !w.hasStem(h.Stem) || present(m) && c != 1 && c != 2 {
				// A common noun's modifier anywhere in the window may be
				// the same detail told another way; a number or a name
				// must stand beside the noun.
				continue
			}
			same, other := false, false
			for i, ts := range w.toks {
				for j, u := range ts {
					if u.Stem != h.Stem {
						continue
					}
					o := j - 1
					if pair[0] > pair[1] {
						o = j + 1
					}
					if o < 0 || o >= len(ts) || !wordsAdjacent(ts, min(o, j)) {
						// "In Ardley, sisters …": across punctuation the
						// word before modifies nothing.
						continue
					}
					v := ts[o]
					if pair[0] < pair[1] && c != 1 && modifierRun(ts, j, m.Stem) {
						// "the Ardley Tuesday Lunch Club" for "the Ardley
						// lunch": the question's modifier opens the run.
						same = true
						continue
					}
					switch {
					case v.Stem == m.Stem || c == 1 && qVal[pair[0]] != "" && wVal[i][o] == qVal[pair[0]]:
						same = true
					case c == 1 && ordinalWords[m.Norm] && isNumberToken(v) && !ordinalWords[v.Norm] && o > 0 && ordinalWords[ts[o-1].Norm]:
						// "the first 300 signatures": the ordinal before the
						// count is the one to compare.
						if ts[o-1].Stem == m.Stem {
							same = true
						} else {
							other, otherTok = true, ts[o-1]
						}
					case c == 1 && isNumberToken(v) && !isYear(v.Norm) && ordinalWords[m.Norm] == ordinalWords[v.Norm] &&
						!(m.Norm == "one" && v.Norm == "single"):
						// An ordinal is another ordinal, a count another count
						// ("first" is not contradicted by "300"; "one night" is
						// "a single night").
						other, otherTok = true, v
					case c > 1 && (class(v) == c || c == 3 && !isCapitalised(v) && lx.IsNoun(v.Norm) && !lx.IsAdjective(v.Norm)) && !related[v.Stem] && !IsStopWord(v.Norm) &&
						!lx.IsPersonNoun(strings.ToLower(v.Norm)) && !titleWords[v.Norm]:
						// A title ("President Trump", "Mr Starmer") is not
						// another name.
						other, otherTok = true, v
					}
				}
			}
			if other && !same {
				return m.Norm + "/" + otherTok.Norm
			}
		}
	}
	return ""
}

// nounModifier reports toks[k] a noun in its base form, also known as a
// verb, that a determiner or a possessive opens ("the transport
// consultant", "its safety review"): the verb reading is out, since a verb
// does not follow a determiner. A participle ("the visiting team") or an
// adjective stays out.
func nounModifier(lx *lexicon.Lexicon, toks []Token, k int) bool {
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	m, p := toks[k], toks[k-1]
	if isCapitalised(m) || IsStopWord(m.Norm) || !lx.IsNoun(m.Norm) || lx.IsAdjective(m.Norm) ||
		strings.HasSuffix(m.Norm, "ing") || strings.HasSuffix(m.Norm, "ed") || strings.HasSuffix(m.Norm, "s") {
		return false
	}
	return determiners[p.Norm] || strings.HasSuffix(p.Text, "'s") || strings.HasSuffix(p.Text, "’s")
}

// wordsAdjacent reports ts[k] and ts[k+1] written with one character
// between them (a space, a hyphen): no comma, no full stop, no bracket.
func wordsAdjacent(ts []Token, k int) bool {
	if k < 0 || k+1 >= len(ts) {
		return false
	}
	return ts[k+1].Start-ts[k].End <= 1
}

// hyphenJoined reports toks[i] and toks[j] (j = i+1) written as one
// hyphenated word ("eight-year").
func hyphenJoined(text string, toks []Token, i, j int) bool {
	return j == i+1 && j < len(toks) && toks[i].End < toks[j].Start && toks[j].Start <= len(text) && text[toks[i].End:toks[j].Start] == "-"
}

// modifierRun reports a word stemmed to stem among the up to three words
// written right before ts[k] without punctuation: a compound's first word.
func modifierRun(ts []Token, k int, stem string) bool {
	for j := k - 1; j >= 0 && j >= k-3 && wordsAdjacent(ts, j); j-- {
		if ts[j].Stem == stem {
			return true
		}
	}
	return false
}

// anyNounForm reports whether w is a noun or a noun's inflected form
// ("walls" of "wall", "children"), not only a verb's ("spotted").
func anyNounForm(lx *lexicon.Lexicon, w string) bool {
	if lx.IsNoun(w) {
		return true
	}
	for _, l := range lx.Lemma(w) {
		if lx.IsNoun(l) && (strings.HasSuffix(w, "s") || !anyVerb(lx, w)) {
			return true
		}
	}
	return false
}

// pluralPronouns refer to a group of people.
var pluralPronouns = wordSet(`they them their theirs themselves`)

// groupReferred returns the people a plural pronoun of the window of
// sentence i0 most likely refers to: those of the nearest sentence before
// it in the paragraph that names two or more ("Trump and Putin spoke …
// After all their talk, the leaders failed …"). Single pronouns are
// resolved when the article is read; a group is not.
func (a *Article) groupReferred(i0 int) []string {
	plural := -1
	for j := i0 + 1; j >= i0-1; j-- {
		if j < 0 || j >= len(a.Sentences) || a.Sentences[j].Paragraph != a.Sentences[i0].Paragraph {
			continue
		}
		for _, t := range a.Sentences[j].tokens {
			if pluralPronouns[t.Norm] {
				plural = j
			}
		}
	}
	if plural < 0 {
		return nil
	}
	// Within three sentences: a group named further back is seldom the
	// one a pronoun takes up.
	for j := plural; j >= 0 && j >= plural-3 && a.Sentences[j].Paragraph == a.Sentences[i0].Paragraph; j-- {
		if len(a.Sentences[j].People) >= 2 {
			return a.Sentences[j].People
		}
	}
	return nil
}
