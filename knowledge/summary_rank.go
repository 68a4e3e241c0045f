package knowledge

import (
	"math"
	"slices"
	"strings"
)

// This file chooses summary sentences. The method, in short:
//
//  1. Each sentence becomes a TF-IDF vector over stemmed content words. The
//     people it concerns (pronouns resolved) count once and lightly, so "He
//     articulated…" is about Putin too, yet names, which recur everywhere, do
//     not swamp what the sentence says.
//  2. Centrality is LexRank: PageRank over the cosine-similarity graph. A
//     sentence is central when it shares vocabulary with many sentences that
//     are themselves central — what the article keeps coming back to.
//  3. Relevance blends centrality with similarity to the headings (the
//     article's own summary of its parts) and with location (the first
//     sentence under a heading, then a paragraph's first sentence), and is
//     discounted for caption-like lines and very short fragments.
//  4. Selection is greedy MMR: relevance minus redundancy with what is already
//     chosen, plus a bonus for a section, or a main actor as subject, not yet
//     covered, and a cost for a second sentence from the same paragraph, so
//     the summary follows the article's threads instead of circling one. A
//     sentence that cannot stand alone (it opens with a pronoun whose
//     antecedent is not chosen) is discounted at the moment it is considered.
//
// Everything is computed per call: for a news article it takes well under a
// millisecond (BenchmarkSummarizeMedium).

// Tuning of the selection; see the comment above.
const (
	lexRankDamping  = 0.85
	lexRankIters    = 50
	headingWeight   = 0.3  // share of relevance from similarity to headings
	locationWeight  = 0.2  // share from where the sentence sits (see location)
	redundancyCost  = 0.6  // times the highest similarity to a chosen sentence
	newSectionBonus = 0.2  // for the first sentence of a not-yet-covered section
	sameParaCost    = 0.15 // for a second sentence from a chosen paragraph
	dependentFactor = 0.45 // relevance kept by a sentence opening with a pronoun
	contextFactor   = 0.8  // … by one whose opening clause leans on the previous one
	captionFactor   = 0.15 // … by a caption-like line
	shortFactor     = 0.6  // … by a fragment of fewer than minContentWords words
	minContentWords = 5
	newPersonBonus  = 0.1  // for the first sentence whose subject is a main actor
	nameWeight      = 0.35 // term frequency given to a person the sentence concerns
)

// termVec is a sparse, unit-length term vector sorted by term id.
type termVec []termWeight

type termWeight struct {
	id int
	w  float64
}

func (v termVec) dot(u termVec) float64 {
	s := 0.0
	for i, j := 0, 0; i < len(v) && j < len(u); {
		switch {
		case v[i].id == u[j].id:
			s += v[i].w * u[j].w
			i++
			j++
		case v[i].id < u[j].id:
			i++
		default:
			j++
		}
	}
	return s
}

// ranker holds the scoring state of one article: the similarity graph and
// what does not depend on which sentences are candidates.
type ranker struct {
	a       *Article
	ids     map[string]int // stem → term id
	vecs    []termVec      // per sentence
	sim     [][]float64    // cosine similarity; zero diagonal
	central []float64      // LexRank centrality scaled to a maximum of 1
	prior   []float64      // discounts for captions and fragments
	// prominence is each person's share of the mentions of the most
	// mentioned person, for covering the main actors.
	prominence map[string]float64
	nameStems  map[string]string // person → the term the name counts as
}

func newRanker(a *Article) *ranker {
	n := len(a.Sentences)
	r := &ranker{a: a, ids: map[string]int{}, vecs: make([]termVec, n), prior: make([]float64, n), prominence: map[string]float64{}, nameStems: map[string]string{}}
	mentions := map[string]float64{}
	most := 1.0
	for i, s := range a.Sentences {
		var words int
		r.vecs[i], words = r.sentenceVec(i)
		r.prior[i] = 1
		if isCaptionLike(s) {
			r.prior[i] *= captionFactor
		}
		if words < minContentWords {
			r.prior[i] *= shortFactor
		}
		for _, p := range s.People {
			mentions[p]++
			most = max(most, mentions[p])
		}
	}
	for p, m := range mentions {
		r.prominence[p] = m / most
	}
	if n <= maxGraphSentences {
		r.sim = make([][]float64, n)
		for i := range r.sim {
			r.sim[i] = make([]float64, n)
		}
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				s := r.vecs[i].dot(r.vecs[j])
				r.sim[i][j], r.sim[j][i] = s, s
			}
		}
		r.central = lexRank(r.sim)
	} else {
		r.central = centroidCentrality(r.vecs)
	}
	if m := slices.Max(append([]float64{1e-12}, r.central...)); m > 0 {
		for i := range r.central {
			r.central[i] /= m
		}
	}
	return r
}

// relevance scores every sentence: centrality blended with similarity to the
// given headings, discounted for captions and fragments.
func (r *ranker) relevance(headings []string) []float64 {
	var hv termVec
	if len(headings) > 0 {
		tf := map[string]float64{}
		for _, h := range headings {
			for _, t := range Tokenize(h) {
				if !IsStopWord(t.Norm) && len(t.Norm) > 1 {
					tf[t.Stem]++
				}
			}
		}
		hv = r.vector(tf)
	}
	rel := make([]float64, len(r.vecs))
	for i := range rel {
		h := 0.0
		if hv != nil {
			h = r.vecs[i].dot(hv)
		}
		rel[i] = ((1-headingWeight-locationWeight)*r.central[i] + headingWeight*math.Sqrt(h) + locationWeight*r.location(i)) * r.prior[i]
	}
	return rel
}

// location scores where a sentence sits (Edmundson's location method): the
// first sentence under a heading states what the section is about, and a
// paragraph's first sentence usually carries its point.
func (r *ranker) location(i int) float64 {
	s := r.a.Sentences[i]
	p := r.a.Paragraphs[s.Paragraph-1]
	first := p.Sentences[0]
	if isCaptionLike(r.a.Sentences[first]) && len(p.Sentences) > 1 {
		first = p.Sentences[1] // a caption stands outside the text
	}
	switch {
	case first != i:
		return 0
	case r.a.sectionOf(s.Paragraph).First == s.Paragraph:
		return 1
	}
	return 0.5
}

// sentenceVec returns a sentence's TF-IDF vector and its count of content
// words.
func (r *ranker) sentenceVec(si int) (termVec, int) {
	s := r.a.Sentences[si]
	tf := map[string]float64{}
	words := 0
	names := make(map[string]bool, len(s.People))
	for _, p := range s.People {
		names[r.personStem(p)] = true
	}
	for _, t := range s.tokens {
		if IsStopWord(t.Norm) || len(t.Norm) < 2 {
			continue
		}
		words++
		if names[t.Stem] {
			continue // counted once below
		}
		tf[t.Stem]++
	}
	// People, named or referred to by pronoun, count once and lightly: the
	// actors recur throughout, and what they do is the story.
	for st := range names {
		tf[st] = nameWeight
	}
	return r.vector(tf), words
}

// personStem returns the term a person's name counts as.
func (r *ranker) personStem(name string) string {
	st, ok := r.nameStems[name]
	if !ok {
		st = Stem(FoldWord(name))
		r.nameStems[name] = st
	}
	return st
}

// vector weights term frequencies by IDF over the whole article and
// normalises to unit length.
func (r *ranker) vector(tf map[string]float64) termVec {
	v := make(termVec, 0, len(tf))
	norm := 0.0
	for st, f := range tf {
		df := r.a.index.stemDF[st]
		if df == 0 {
			df = 1
		}
		w := f * math.Log(1+float64(len(r.a.Sentences))/float64(df))
		id, ok := r.ids[st]
		if !ok {
			id = len(r.ids)
			r.ids[st] = id
		}
		v = append(v, termWeight{id, w})
		norm += w * w
	}
	if norm == 0 {
		return v
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i].w /= norm
	}
	slices.SortFunc(v, func(x, y termWeight) int { return x.id - y.id })
	return v
}

// lexRank returns the stationary distribution of a random walk over the
// weighted similarity graph (continuous LexRank).
// maxGraphSentences bounds LexRank's n×n similarity graph (n² time and
// memory). A longer text — a report rather than a news story — is ranked by
// similarity to its centroid instead (MEAD), linear in its length, and
// pairwise similarity is computed only where selection needs it.
const maxGraphSentences = 1500

// similarity is the cosine similarity of sentences i and j.
func (r *ranker) similarity(i, j int) float64 {
	if r.sim != nil {
		return r.sim[i][j]
	}
	if i == j {
		return 0
	}
	return r.vecs[i].dot(r.vecs[j])
}

// centroidCentrality scores each sentence by cosine similarity to the sum
// of all sentence vectors: what the text as a whole is about.
func centroidCentrality(vecs []termVec) []float64 {
	centroid := map[int]float64{}
	for _, v := range vecs {
		for _, tw := range v {
			centroid[tw.id] += tw.w
		}
	}
	norm := 0.0
	for _, w := range centroid {
		norm += w * w
	}
	norm = math.Sqrt(norm)
	out := make([]float64, len(vecs))
	if norm == 0 {
		return out
	}
	for i, v := range vecs {
		for _, tw := range v {
			out[i] += tw.w * centroid[tw.id]
		}
		out[i] /= norm
	}
	return out
}

func lexRank(sim [][]float64) []float64 {
	n := len(sim)
	if n == 0 {
		return nil
	}
	rowSum := make([]float64, n)
	for i := range sim {
		for _, s := range sim[i] {
			rowSum[i] += s
		}
	}
	p := make([]float64, n)
	for i := range p {
		p[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for it := 0; it < lexRankIters; it++ {
		dangling := 0.0
		for j := range p {
			if rowSum[j] == 0 {
				dangling += p[j]
			}
		}
		for i := range next {
			next[i] = (1-lexRankDamping)/float64(n) + lexRankDamping*dangling/float64(n)
		}
		for j := range p {
			if rowSum[j] == 0 {
				continue
			}
			f := lexRankDamping * p[j] / rowSum[j]
			for i, s := range sim[j] {
				next[i] += f * s
			}
		}
		delta := 0.0
		for i := range p {
			delta += math.Abs(next[i] - p[i])
		}
		p, next = next, p
		if delta < 1e-9 {
			break
		}
	}
	return p
}

// selection is the state of one greedy selection.
type selection struct {
	picked   []int // sentence indexes, in the order chosen
	chosen   map[int]bool
	sections map[string]bool
	paras    map[int]bool
	people   map[string]bool // subjects of chosen sentences
}

// choose greedily picks at most k of the candidate sentences by MMR and
// returns their indexes in article order.
func (r *ranker) choose(cand []int, rel []float64, k int) []int {
	sel := selection{chosen: map[int]bool{}, sections: map[string]bool{}, paras: map[int]bool{}, people: map[string]bool{}}
	// A caption describes a picture, not the story: it is chosen only when
	// there is nothing else.
	// Nor is a sentence that starts inside a quotation (its first words
	// are cut from someone's) or an interviewer's question.
	text := slices.DeleteFunc(slices.Clone(cand), func(i int) bool {
		s := r.a.Sentences[i]
		return isCaptionLike(s) || s.InQuotation || s.Question
	})
	if len(text) > 0 {
		cand = text
	}
	for len(sel.picked) < k {
		best, bestGain := -1, math.Inf(-1)
		for _, i := range cand {
			if sel.chosen[i] {
				continue
			}
			if g := r.gain(i, rel[i], &sel); g > bestGain {
				best, bestGain = i, g
			}
		}
		if best < 0 {
			break
		}
		s := r.a.Sentences[best]
		sel.picked = append(sel.picked, best)
		sel.chosen[best] = true
		sel.sections[s.Section] = true
		sel.paras[s.Paragraph] = true
		if s.Speaker != "" {
			sel.people[s.Speaker] = true
		}
	}
	slices.Sort(sel.picked)
	return sel.picked
}

// gain is the MMR score of adding sentence i to the selection.
func (r *ranker) gain(i int, rel float64, sel *selection) float64 {
	s := r.a.Sentences[i]
	g := rel * r.standAlone(s, sel.chosen)
	redundancy := 0.0
	for _, j := range sel.picked {
		redundancy = max(redundancy, r.similarity(i, j))
	}
	g -= redundancyCost * redundancy
	if len(sel.picked) > 0 && !sel.sections[s.Section] {
		g += newSectionBonus
	}
	if sel.paras[s.Paragraph] {
		g -= sameParaCost
	}
	if len(sel.picked) > 0 && s.Speaker != "" && !sel.people[s.Speaker] {
		g += newPersonBonus * r.prominence[s.Speaker]
	}
	return g
}

// standAlone is the share of relevance a sentence keeps given the chosen
// sentences: full when it needs no context or its predecessor is chosen.
func (r *ranker) standAlone(s Sentence, chosenSent map[int]bool) float64 {
	prev := s.Index - 1
	if prev >= 0 && r.a.Sentences[prev].Paragraph == s.Paragraph && chosenSent[prev] {
		return 1
	}
	switch {
	case s.LeadingPronoun:
		return dependentFactor
	case leansOnContext(s):
		return contextFactor
	}
	return 1
}

// leansOnContext reports whether a sentence's main clause opens by referring
// back ("In their opening remarks, they…", "Still, this kind of…"). A pronoun
// in an opening clause followed by a noun ("After all their talk, the
// leaders…") points forward and is fine.
func leansOnContext(s Sentence) bool {
	const opening = 14 // tokens an opening clause may have
	toks := s.tokens[:min(opening, len(s.tokens))]
	if comma := strings.IndexByte(s.Text, ','); comma >= 0 {
		for _, t := range toks {
			if t.Start > comma {
				return leadingPronouns[t.Norm] // the main clause's first word
			}
		}
	}
	// No short opening clause: a pronoun among the first words ("Yet they…"),
	// unless a name comes first ("Varga said she…").
	for i, t := range toks[:min(3, len(toks))] {
		if leadingPronouns[t.Norm] {
			return true
		}
		if i > 0 && isCapitalised(t) {
			break
		}
	}
	return false
}

// isCaptionLike reports whether a sentence reads like a photo caption
// ("X and Y pictured before…", "Photo: …"), which describes an image rather
// than the story.
func isCaptionLike(s Sentence) bool {
	for _, t := range s.tokens {
		if captionWords[t.Norm] {
			return true
		}
	}
	return false
}

var captionWords = map[string]bool{
	"pictured": true, "photographed": true, "photo": true, "photograph": true, "caption": true,
	"getty": true, "shutterstock": true,
}
