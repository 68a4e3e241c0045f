package knowledge

import (
	"math"
	"strings"

	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// RankFeatureNames name the features of the reranker, in the order
// rankFeatures computes them and retrieval.RankModel weighs them. Each
// describes one candidate passage against the question; the candidate's
// retrieval score enters as an offset (log score, weight 1), so the model
// learns corrections to BM25, not a ranking from scratch.
var RankFeatureNames = []string{
	"cov_sentence",  // IDF-weighted share of the question's terms, names included, in the sentence
	"cov_content",   // the same for content words only
	"cov_context",   // share gained from the neighbours and the paragraph
	"exact_share",   // IDF-weighted share matched by the word itself, not an expansion
	"bigram",        // share of the question's adjacent term pairs standing close together in the sentence
	"proximity",     // matched terms over the span they cover (1: side by side)
	"typed_ok",      // the question expects a type of answer and the sentence holds one
	"typed_near",    // … only a neighbour does
	"typed_missing", // … neither does
	"log_len",       // log(1 + the sentence's terms)
	"headline",      // no closing punctuation: a title, headline or caption
	"lead",          // in the article's first paragraph
	"para_first",    // the first sentence of its paragraph
	"from_question", // shown in place of a question the article asks
	"para_share",    // its paragraph's score over the best candidate paragraph's
	"window_share",  // its window score (with neighbours) over the best candidate's
	"rare_matched",  // IDF of the rarest question word it matches over the rarest question word's
	"qual_agree",    // it holds the value of a qualifier of the question
	"pronoun_open",  // it opens with a pronoun
	"quoted",        // someone is reported speaking in it
	"all_names",     // it holds every name of the question (1 without names)
	"new_number",    // a number or time question, and the sentence holds a number the question does not
	"new_name",      // a who/where question, and the sentence holds a name the question does not
	"new_words",     // log(1 + content words of the sentence the question lacks): room for an answer
	"log_score",     // log of the retrieval score (beside the offset: rescales it)
	"typed_cov",     // cov_content when typed_ok, else 0
	"bm25_flat",     // log(1 + BM25 in the sentence alone, no length normalisation)
	"bm25_long",     // log(1 + the same, fully length-normalised)
	"context_idf",   // log(1 + IDF-weighted credit from the neighbours and paragraph alone)
	"matched_idf",   // log(1 + IDF of the question's terms found in the sentence)
	"cue_why",       // a why question, and the sentence gives a cause ("because", "due to")
	"cue_how",       // a how question about a manner, and the sentence gives a means ("by", "through")
	"cue_measure",   // a how-big or how-many question ("how large", "how many"), and the sentence holds a number
	"cue_define",    // a what-is question, and the sentence defines ("is a", "called", "known as")
	"first_match",   // where the first question word stands in the sentence (0 first … 1 last)
	"focus",         // the question's first content word is in the sentence
	"window_idf",    // IDF-weighted share of the question's content words within one window of windowTerms terms
	"order_agree",   // share of the matched question words' pairs that stand in the question's order
	"type_by_match", // a typed question, and a value of the type stands within typeReach terms of a matched word
	"widened",       // the passage shown spans more than one sentence
	"lead_short",    // in the lead, and the question has at most two content words ("Where is the Rhine?")
	"phrase_run",    // the longest run of the question's words, function words included, in the sentence as written (of 6)
	"phrase_pairs",  // share of the question's adjacent word pairs holding a content word, adjacent in the sentence too
}

// questionCues are what the question's wording asks for, beyond the answer
// type: a cause, a means, a size, a definition.
type questionCues struct {
	why, how, measure, define bool
}

// cueWords, by the cue they answer.
var (
	causeWords   = wordSet(`because due since cause caused causes reason reasons result owing thanks led lead leads so order`)
	meansWords   = wordSet(`by through via using use used uses with means method methods`)
	defineWords  = wordSet(`is are was were called known refers refer means meaning defined term name named`)
	measureAdjs  = wordSet(`large big small high tall far deep wide long fast heavy hot cold old expensive much many`)
	howNotManner = wordSet(`many much long old soon often far`)
)

// cuesOf reads the cues from the question's first words.
func cuesOf(toks []Token) questionCues {
	var c questionCues
	for i := 0; i < len(toks) && i < 3; i++ {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Norm
		}
		switch toks[i].Norm {
		case "why":
			c.why = true
		case "how":
			switch {
			case measureAdjs[next]:
				c.measure = true
			case !howNotManner[next]:
				c.how = true
			}
		case "what", "who":
			if next == "is" || next == "are" || next == "was" || next == "were" {
				// "What is a ctenophora?": a short question asking what a thing is.
				content := 0
				for _, t := range toks[i+2:] {
					if !IsStopWord(t.Norm) {
						content++
					}
				}
				c.define = content <= 2
			}
		}
		if c != (questionCues{}) {
			break
		}
	}
	return c
}

// candidate is one passage the reranker scores: the sentence matched, the
// one shown (the answer after a question the article asks), its
// retrieval score and features.
type candidate struct {
	matched, shown int
	base           float64
	window, para   float64
	features       []float64
	// cov and sat are sentenceScore's: the matched sentence's coverage of
	// the question (names included, context counted) and whether it holds
	// the type of answer asked for.
	cov float64
	sat bool
}

// rankFeatures fills the features of candidates cs (their maxima are
// relative to the other candidates).
// idfs are the IDFs of the question's alternatives (index.altIDFs).
func (a *Article) rankFeatures(q *query, idfs [][]float64, cs []candidate) {
	maxWin, maxPara := 0.0, 0.0
	for _, c := range cs {
		maxWin, maxPara = max(maxWin, c.window), max(maxPara, c.para)
	}
	asked := map[string]bool{}
	for _, t := range q.terms {
		for _, al := range t.alts {
			asked[al.key] = true
		}
	}
	cues := cuesOf(q.toks)
	focus := -1
	for k, t := range q.terms {
		if !t.framing {
			focus = k
			break
		}
	}
	ph := newPhraser(q.toks)
	// One backing array for every candidate's features.
	n := len(RankFeatureNames)
	all := make([]float64, len(cs)*n)
	for k := range cs {
		c := &cs[k]
		c.features = all[k*n : k*n : (k+1)*n]
		c.features = a.candidateFeatures(q, c, c.features)
		c.features = append(c.features, b2f(c.shown != c.matched), ratioOf(c.para, maxPara), ratioOf(c.window, maxWin))
		c.features = a.tailFeatures(q, c.matched, asked, c.features)
		typedCov := 0.0
		if c.features[6] > 0 {
			typedCov = c.features[1]
		}
		c.features = append(c.features, math.Log(c.base), typedCov)
		c.features = a.bm25Features(q, idfs, c.matched, c.features)
		c.features = a.cueFeatures(q, c.matched, cues, focus, c.features)
		c.features = a.spanFeatures(q, c, asked, ph, c.features)
	}
}

func b2f(v bool) float64 {
	if v {
		return 1
	}
	return 0
}

func ratioOf(x, m float64) float64 {
	if m <= 0 {
		return 0
	}
	return x / m
}

// candidateFeatures appends the features of c's matched sentence up to
// para_first.
func (a *Article) candidateFeatures(q *query, c *candidate, f []float64) []float64 {
	ix := a.index
	i := c.matched
	s := a.Sentences[i]
	covS, covC := a.sentenceCoverage(q, i)
	covX := c.cov
	// Positions of the question's terms among the sentence's terms.
	ts := ix.seq[i]
	pos := make([]int, len(q.terms)) // first position, -1 when absent
	var den, exact float64
	for k, t := range q.terms {
		pos[k] = -1
		if t.framing {
			continue
		}
		w := t.weight * ix.idf(t.key)
		den += w
		if ix.tf[i][t.key] > 0 {
			exact += w
		}
		for p, st := range ts {
			for _, al := range t.alts {
				if al.weight >= synonymWeight && st == al.key {
					pos[k] = p
					break
				}
			}
			if pos[k] >= 0 {
				break
			}
		}
	}
	// Pairs of question terms next to each other in the question, close
	// together in the sentence ("oil crisis", "winning goal").
	pairs, close := 0, 0
	prev := -1
	for k, t := range q.terms {
		if t.framing {
			continue
		}
		if prev >= 0 {
			pairs++
			if pos[prev] >= 0 && pos[k] >= 0 && abs(pos[prev]-pos[k]) <= 3 {
				close++
			}
		}
		prev = k
	}
	lo, hi, n := len(ts), -1, 0
	for _, p := range pos {
		if p >= 0 {
			lo, hi, n = min(lo, p), max(hi, p), n+1
		}
	}
	prox := 0.0
	if n >= 2 {
		prox = float64(n) / float64(hi-lo+1)
	}
	typed := q.answerType != ""
	sat := typed && c.sat
	near := typed && !sat && a.typedNeighbour(q, i) >= 0
	return append(f,
		covS, covC, covX-covS, ratioOf(exact, den), ratioOf(float64(close), float64(pairs)), prox,
		b2f(sat), b2f(near), b2f(typed && !sat && !near),
		math.Log1p(float64(len(ts))), b2f(isHeadline(s.Text)), b2f(s.Paragraph == 1),
		b2f(len(a.Paragraphs) >= s.Paragraph && a.Paragraphs[s.Paragraph-1].Sentences[0] == i),
	)
}

// tailFeatures appends the features of sentence i after window_share;
// asked holds the keys the question's words match.
func (a *Article) tailFeatures(q *query, i int, asked map[string]bool, f []float64) []float64 {
	ix := a.index
	s := a.Sentences[i]
	rarest, rarestMatched := 0.0, 0.0
	names, found := 0, 0
	for _, t := range q.terms {
		if t.framing {
			continue
		}
		idf := ix.idf(t.key)
		in := false
		for _, al := range t.alts {
			if ix.tf[i][al.key] > 0 {
				in = true
				break
			}
		}
		if t.entity {
			names++
			if in {
				found++
			}
			continue
		}
		rarest = max(rarest, idf)
		if in {
			rarestMatched = max(rarestMatched, idf)
		}
	}
	agrees, _ := a.qualifierMatch(q, i, true)
	allNames := names == found
	// What the sentence says beyond the question: the answer is there.
	qnorms := q.norms
	newNum, newName, newWords := false, false, 0
	for _, n := range ix.numbers[i] {
		if !qnorms[n] {
			newNum = true
			break
		}
	}
	for _, t := range s.tokens {
		if t.Start > 0 && isCapitalised(t) && !qnorms[t.Norm] && !asked[t.Stem] {
			newName = true
		}
		if !IsStopWord(t.Norm) && !asked[t.Stem] && !qnorms[t.Norm] {
			newWords++
		}
	}
	numeric := q.answerType == "time" || q.answerType == "number" || q.answerType == "quantity" ||
		q.answerType == "duration" || q.answerType == "length" || q.answerType == "measure" || q.answerType == "age"
	named := q.answerType == "person" || q.answerType == "place"
	return append(f,
		ratioOf(rarestMatched, rarest), b2f(agrees), b2f(s.LeadingPronoun), b2f(s.SaidBy != ""), b2f(allNames),
		b2f(numeric && newNum), b2f(named && newName), math.Log1p(float64(newWords)),
	)
}

// isHeadline reports a sentence without closing punctuation: a title, a
// headline or a caption rather than prose.
func isHeadline(text string) bool {
	t := strings.TrimRight(text, "\"'”’)] *_")
	if t == "" {
		return true
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', ';':
		return false
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// rerankScore is a candidate's final score: its retrieval score times the
// model's correction, centred so that scores keep their scale.
func rerankScore(m retrieval.Model, c candidate) float64 {
	if len(m.Weights) == 0 {
		return c.base
	}
	z := -m.Bias
	for k, w := range m.Weights {
		if k < len(c.features) {
			z += w * c.features[k]
		}
	}
	return c.base * math.Exp(z)
}

// RankCandidate is one passage the reranker scored, for the fit tool.
type RankCandidate struct {
	// Passage is the quote that would be shown for it.
	Passage string
	// LogBase is the log of its retrieval score, the model's offset.
	LogBase float64
	// Features are its features, in the order of RankFeatureNames.
	Features []float64
}

// RankCandidates returns the candidates the reranker scores for a question,
// in retrieval order, for the fit tool.
func (a *Article) RankCandidates(question string) ([]RankCandidate, error) {
	q, err := a.fitQuestion(question)
	if q == nil {
		return nil, err
	}
	cs := a.rankCandidates(q, 8)
	out := make([]RankCandidate, 0, len(cs))
	for _, c := range cs {
		out = append(out, RankCandidate{Passage: a.passageOf(q, c.shown).Text, LogBase: math.Log(c.base), Features: c.features})
	}
	return out, nil
}

// bm25Features are BM25 in the sentence with no and with full length
// normalisation, the credit from context alone, and the IDF matched: the
// parts the fitted model may weigh otherwise than the retrieval score does.
func (a *Article) bm25Features(q *query, idfs [][]float64, i int, f []float64) []float64 {
	const k1 = 1.2
	ix := a.index
	rel := float64(ix.lens[i]) / ix.avgdl
	var flat, long, ctx, matched float64
	for k, t := range q.terms {
		bf, bl, bc, bm := 0.0, 0.0, 0.0, 0.0
		for j, al := range t.alts {
			idf := idfs[k][j]
			if f := float64(ix.tf[i][al.key]); f > 0 {
				bf = max(bf, al.weight*idf*f*(k1+1)/(f+k1))
				bl = max(bl, al.weight*idf*f*(k1+1)/(f+k1*rel))
				bm = max(bm, al.weight*idf)
			} else {
				bc = max(bc, al.weight*ix.nearMatch(i, al.key)*idf)
			}
		}
		flat += t.weight * bf
		long += t.weight * bl
		matched += t.weight * bm
		if bm == 0 {
			ctx += t.weight * bc
		}
	}
	return append(f, math.Log1p(flat), math.Log1p(long), math.Log1p(ctx), math.Log1p(matched))
}

// cueFeatures appends the cue features of sentence i, from cue_why on.
func (a *Article) cueFeatures(q *query, i int, cues questionCues, focus int, f []float64) []float64 {
	ix := a.index
	toks := a.Sentences[i].tokens
	why := cues.why && containsAnyWord(toks, causeWords)
	how := cues.how && containsAnyWord(toks, meansWords)
	measure := cues.measure && (ix.hasMeasure[i] || ix.hasValue[i])
	define := cues.define && containsAnyWord(toks, defineWords)
	first, inFocus := -1, false
	seq := ix.seq[i]
	for k, t := range q.terms {
		if t.framing {
			continue
		}
		for p, key := range seq {
			if first >= 0 && p >= first {
				break
			}
			for _, al := range t.alts {
				if al.weight >= synonymWeight && key == al.key {
					first = p
					if k == focus {
						inFocus = true
					}
					break
				}
			}
		}
		if k == focus && !inFocus {
			for _, al := range t.alts {
				if al.weight >= synonymWeight && ix.tf[i][al.key] > 0 {
					inFocus = true
				}
			}
		}
	}
	pos := 1.0
	if first >= 0 && len(seq) > 1 {
		pos = float64(first) / float64(len(seq)-1)
	}
	return append(f, b2f(why), b2f(how), b2f(measure), b2f(define), pos, b2f(inFocus))
}

// preferBody moves a headline, title or caption (isHeadline) ranked first
// below the first prose sentence that covers as much of the question in
// itself: a headline states the story's fact in few words, and the body
// states it with its detail and its source.
func (a *Article) preferBody(q *query, hits []Hit) []Hit {
	if len(hits) < 2 || !isHeadline(a.Sentences[hits[0].Sentence].Text) {
		return hits
	}
	head := a.termCoverage(q, hits[0].Sentence, true, true, "")
	for k := 1; k < len(hits) && k < 3; k++ {
		i := hits[k].Sentence
		if isHeadline(a.Sentences[i].Text) || a.termCoverage(q, i, true, true, "") < head {
			continue
		}
		out := make([]Hit, 0, len(hits))
		out = append(out, hits[1:k+1]...)
		out = append(out, hits[0])
		out = append(out, hits[k+1:]...)
		// Scores stay in order: the moved ones keep theirs, so the
		// first shown has the best.
		for j := range k + 1 {
			out[j].Score = hits[j].Score
		}
		return out
	}
	return hits
}

// preferCaption moves a photo caption (isCaption) among the hits to the
// front when the question asks about a picture ("What does the photo at
// the top show?"): the caption is what describes it, though it shares
// few words with the question ("… pictured before one of their talks").
// The first shown keeps the best score.
func (a *Article) preferCaption(q *query, hits []Hit) []Hit {
	if len(hits) < 2 || isCaption(a.Sentences[hits[0].Sentence]) || !asksPicture(q.toks) {
		return hits
	}
	for k := 1; k < len(hits); k++ {
		if !isCaption(a.Sentences[hits[k].Sentence]) {
			continue
		}
		out := make([]Hit, 0, len(hits))
		out = append(out, hits[k])
		out = append(out, hits[:k]...)
		out = append(out, hits[k+1:]...)
		for j := range k + 1 {
			out[j].Score = hits[j].Score
		}
		return out
	}
	return hits
}

// pictureNouns are the words a question names a picture with.
var pictureNouns = wordSet(`photo photos photograph photographs picture pictures image images caption captions`)

// asksPicture reports a question about a picture: a picture noun after an
// article or possessive ("the photo", "this image", "the article's
// picture"), not "the bigger picture" as a figure of speech.
func asksPicture(toks []Token) bool {
	for k, t := range toks {
		if !pictureNouns[t.Norm] || k == 0 {
			continue
		}
		switch toks[k-1].Norm {
		case "the", "this", "that", "a", "its", "article's", "article", "top", "main", "lead":
			return true
		}
	}
	return false
}

// isCaption reports a sentence that captions a picture: it says who or
// what is "pictured" or "photographed", or opens with a "Photo:" label.
func isCaption(s Sentence) bool {
	for _, t := range s.tokens {
		if t.Norm == "pictured" || t.Norm == "photographed" {
			return true
		}
	}
	for _, label := range []string{"Photo:", "Photograph:", "Image:", "Caption:", "PHOTO:"} {
		if strings.HasPrefix(s.Text, label) {
			return true
		}
	}
	return false
}

// windowTerms is the span of sentence terms window_idf looks at: about a
// clause.
const windowTerms = 8

// typeReach is how many terms from a matched question word a value of the
// asked type may stand for type_by_match.
const typeReach = 4

// spanFeatures appends the features from window_idf on: how closely the
// question's words stand together in the sentence, in which order, whether
// a value of the asked type stands among them, and the passage shown.
//
// ph compares the question's words as written.
func (a *Article) spanFeatures(q *query, c *candidate, asked map[string]bool, ph *phraser, f []float64) []float64 {
	ix := a.index
	i := c.matched
	seq := ix.seq[i]
	var buf [maxQueryTerms]float64
	weights := buf[:len(q.terms)]
	var den float64
	content := 0
	for k, t := range q.terms {
		if !t.framing {
			content++
			weights[k] = t.weight * ix.idf(t.key)
			den += weights[k]
		}
	}
	// Every position holding a content word of the question, in order,
	// with the first position of each word.
	type hit struct {
		pos, term int
	}
	var hitBuf [64]hit
	hits := hitBuf[:0]
	var firstBuf [maxQueryTerms]int
	firsts := firstBuf[:len(q.terms)]
	for k := range firsts {
		firsts[k] = -1
	}
	for p, key := range seq {
		for k, t := range q.terms {
			if t.framing {
				continue
			}
			for _, al := range t.alts {
				if al.weight >= synonymWeight && key == al.key {
					hits = append(hits, hit{p, k})
					if firsts[k] < 0 {
						firsts[k] = p
					}
					break
				}
			}
		}
	}
	bestWin := 0.0
	var seen [maxQueryTerms]bool
	for s := range hits {
		clear(seen[:])
		w := 0.0
		for e := s; e < len(hits) && hits[e].pos < hits[s].pos+windowTerms; e++ {
			if !seen[hits[e].term] {
				seen[hits[e].term] = true
				w += weights[hits[e].term]
			}
		}
		bestWin = max(bestWin, w)
	}
	// Pairs of matched words in the question's order.
	pairs, inOrder := 0, 0
	for x, px := range firsts {
		if px < 0 {
			continue
		}
		for _, py := range firsts[x+1:] {
			if py >= 0 {
				pairs++
				if px < py {
					inOrder++
				}
			}
		}
	}
	order := 1.0
	if pairs > 0 {
		order = float64(inOrder) / float64(pairs)
	}
	typeBy := false
	if want := kindsAsked(q.answerType); want != 0 && len(hits) > 0 {
		kinds := ix.seqKind[i]
		for p, k := range kinds {
			if k&want == 0 || asked[seq[p]] {
				continue
			}
			for _, h := range hits {
				if abs(h.pos-p) <= typeReach && h.pos != p {
					typeBy = true
					break
				}
			}
			if typeBy {
				break
			}
		}
	}
	s := a.Sentences[i]
	run, pairs2 := ph.match(s.tokens)
	return append(f, ratioOf(bestWin, den), order, b2f(typeBy), b2f(a.widens(q, c.shown, den)),
		b2f(s.Paragraph == 1 && content <= 2), float64(min(run, maxPhraseRun))/maxPhraseRun, pairs2)
}

// maxPhraseRun caps phrase_run: past a few words a copied phrase says no
// more.
const maxPhraseRun = 6

// phraser compares the question's words with a sentence's as written,
// function words included (a question often copies a phrase of the
// passage: "throughout most of the 20th century"). It is built once per
// question; the question's first word (its wh-word) does not count.
type phraser struct {
	ids     map[string]int32 // question stem → id
	qids    []int32          // the question's words as ids
	content []bool           // which of them are content words
	pairs   int              // the question's adjacent pairs holding a content word
	// scratch, reused between sentences
	sids      []int32
	prev, cur []int
}

func newPhraser(qt []Token) *phraser {
	p := &phraser{ids: map[string]int32{}}
	if len(qt) < 2 {
		return p
	}
	for i, t := range qt[1:] {
		id, ok := p.ids[t.Stem]
		if !ok {
			id = int32(len(p.ids))
			p.ids[t.Stem] = id
		}
		p.qids = append(p.qids, id)
		p.content = append(p.content, !IsStopWord(t.Norm))
		if i > 0 && (p.content[i] || p.content[i-1]) {
			p.pairs++
		}
	}
	return p
}

// match returns the longest run of question words, at least one a content
// word, standing in a row in the sentence, and the share of the question's
// adjacent pairs with a content word that stand adjacent in it.
func (p *phraser) match(st []Token) (run int, pairs float64) {
	if len(p.qids) == 0 || len(st) == 0 {
		return 0, 0
	}
	p.sids = p.sids[:0]
	for _, t := range st {
		id, ok := p.ids[t.Stem]
		if !ok {
			id = -1
		}
		p.sids = append(p.sids, id)
	}
	n := len(st) + 1
	if cap(p.prev) < n {
		p.prev, p.cur = make([]int, n), make([]int, n)
	}
	// prev[j] is the length of the common run ending at the previous
	// question word and st[j-1], holding a content word when negative; a
	// run of two or more ending at a question word is the pair it closes,
	// adjacent in the sentence.
	prev, cur := p.prev[:n], p.cur[:n]
	clear(prev)
	hit := 0
	for i, q := range p.qids {
		content := p.content[i]
		paired := false
		for j, sid := range p.sids {
			if sid != q {
				cur[j+1] = 0
				continue
			}
			l, c := prev[j], content
			if l < 0 {
				l, c = -l, true
			}
			l++
			paired = paired || l >= 2
			if c {
				run = max(run, l)
				cur[j+1] = -l
			} else {
				cur[j+1] = l
			}
		}
		cur[0] = 0
		if i > 0 && (content || p.content[i-1]) && paired {
			hit++
		}
		prev, cur = cur, prev
	}
	return run, ratioOf(float64(hit), float64(p.pairs))
}

// kindsAsked is the kinds of sentence term that may be the value a
// question of answer type typ asks for (0 for an untyped question).
func kindsAsked(typ string) termKind {
	switch typ {
	case "":
		return 0
	case "time":
		return kindTime | kindNumber
	case "person", "place":
		return kindName
	}
	return kindNumber
}

// widens reports whether the passage shown for sentence i (passageOf)
// spans more than one sentence: the sentence before it for a leading
// pronoun, a neighbour holding question words it lacks, or the sentence
// a short opener opens. It is passageOf's test without building the
// quotes, which would cost more than the other features of a candidate.
//
// den is the IDF weight of the question's content words.
func (a *Article) widens(q *query, i int, den float64) bool {
	s := a.Sentences[i]
	same := func(j int) bool {
		return j >= 0 && j < len(a.Sentences) && a.Sentences[j].Paragraph == s.Paragraph
	}
	if s.LeadingPronoun && same(i-1) {
		return true
	}
	if a.widenNeighbour(q, i, den) >= 0 {
		return true
	}
	return same(i+1) && len(s.tokens) <= shortOpener && a.Sentences[i+1].End-s.Start <= maxPassageBytes
}
