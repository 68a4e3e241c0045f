// Package summarize chooses the sentences of an extractive summary. It works
// on sentence data its caller hands it (tokens, the people a sentence
// concerns, paragraph and section membership) and returns sentence indexes;
// it never sees or changes the text's bytes, so a summary built from its
// choice is verbatim by construction. It imports only knowledge/nlp.
//
// The method, in short:
//
//  1. Each sentence becomes a TF-IDF vector over stemmed content words. The
//     people it concerns (pronouns resolved) count once and lightly, so "He
//     articulated…" is about Putin too, yet names, which recur everywhere, do
//     not swamp what the sentence says.
//  2. Centrality is LexRank: PageRank over the cosine-similarity graph. A
//     sentence is central when it shares vocabulary with many sentences that
//     are themselves central — what the text keeps coming back to. Past
//     MaxGraphSentences, similarity to the centroid stands in (MEAD).
//  3. Relevance blends centrality with similarity to the headings (the
//     text's own summary of its parts) and with location (the first
//     sentence under a heading, then a paragraph's first sentence), and is
//     discounted for caption-like lines and very short fragments.
//  4. Selection is greedy MMR: relevance minus redundancy with what is already
//     chosen, plus a bonus for a section, or a main actor as subject, not yet
//     covered, and a cost for a second sentence from the same paragraph, so
//     the summary follows the text's threads instead of circling one. A
//     sentence that cannot stand alone (it opens with a pronoun whose
//     antecedent is not chosen) is discounted at the moment it is considered.
//
// Everything is computed per Ranker: for a news article it takes well under
// a millisecond (knowledge's BenchmarkSummarizeMedium).
package summarize

import (
	"math"
	"slices"
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// Tuning of the selection; see the package comment.
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

// MaxGraphSentences bounds LexRank's n×n similarity graph (n² time and
// memory). A longer text — a report rather than a news story — is ranked by
// similarity to its centroid instead (MEAD), linear in its length, and
// pairwise similarity is computed only where selection needs it.
const MaxGraphSentences = 1500

// Sentence is what the ranker knows of one sentence.
type Sentence struct {
	// Text is the sentence; Tokens' offsets are relative to it.
	Text   string
	Tokens []nlp.Token
	// Paragraph indexes Document.Paragraphs.
	Paragraph int
	// Section names the sentence's section; coverage is counted by name.
	Section string
	// Speaker is the sentence's subject, pronouns resolved ("" for nobody).
	Speaker string
	// People are the canonical names of everyone the sentence concerns.
	People []string
	// LeadingPronoun reports that the sentence opens with a pronoun that
	// needs an antecedent.
	LeadingPronoun bool
	// InQuotation reports that the sentence starts inside a quotation opened
	// earlier; Question that it is an interviewer's question. Neither is
	// chosen while anything else is left.
	InQuotation, Question bool
}

// Paragraph is a run of sentences.
type Paragraph struct {
	// Sentences index Document.Sentences, in order.
	Sentences []int
	// OpensSection reports that the paragraph is its section's first.
	OpensSection bool
}

// Document is a text to summarise.
type Document struct {
	// Sentences are the text's sentences in order; a sentence's index here
	// is how Select names it.
	Sentences []Sentence
	// Paragraphs are the text's paragraphs in order.
	Paragraphs []Paragraph
	// DF is the number of sentences each stem occurs in, stop words aside,
	// as DocFreq counts it; a caller with an index passes its own.
	DF map[string]int
}

// DocFreq counts, for each stem, the sentences in which it occurs as a word
// that is not a stop word.
func DocFreq(sents []Sentence) map[string]int {
	df := map[string]int{}
	for _, s := range sents {
		seen := map[string]bool{}
		for _, t := range s.Tokens {
			if !nlp.IsStopWord(t.Norm) && !seen[t.Stem] {
				seen[t.Stem] = true
				df[t.Stem]++
			}
		}
	}
	return df
}

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

// Ranker holds the scoring state of one document: the similarity graph and
// what does not depend on which sentences are candidates.
type Ranker struct {
	doc     Document
	ids     map[string]int // stem → term id
	vecs    []termVec      // per sentence
	sim     [][]float64    // cosine similarity; zero diagonal; nil past MaxGraphSentences
	central []float64      // centrality scaled to a maximum of 1
	prior   []float64      // discounts for captions and fragments
	// prominence is each person's share of the mentions of the most
	// mentioned person, for covering the main actors.
	prominence map[string]float64
	nameStems  map[string]string // person → the term the name counts as
	stems      []string          // vector's scratch space
}

// New scores doc's sentences. The Ranker keeps doc; the caller must not
// change it while the Ranker is in use.
func New(doc Document) *Ranker {
	n := len(doc.Sentences)
	r := &Ranker{doc: doc, ids: map[string]int{}, vecs: make([]termVec, n), prior: make([]float64, n), prominence: map[string]float64{}, nameStems: map[string]string{}}
	mentions := map[string]float64{}
	most := 1.0
	for i, s := range doc.Sentences {
		var words int
		r.vecs[i], words = r.sentenceVec(i)
		r.prior[i] = 1
		if CaptionLike(s.Tokens) {
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
	if n <= MaxGraphSentences {
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

// Select greedily picks at most k of the candidate sentences (indexes into
// the document's sentences), judged against the given headings (what the
// text or the section says it is about), and returns them in text order.
func (r *Ranker) Select(cand []int, headings []string, k int) []int {
	return r.choose(cand, r.relevance(headings), k)
}

// relevance scores every sentence: centrality blended with similarity to the
// given headings, discounted for captions and fragments.
func (r *Ranker) relevance(headings []string) []float64 {
	var hv termVec
	if len(headings) > 0 {
		tf := map[string]float64{}
		for _, h := range headings {
			for _, t := range nlp.Tokenize(h) {
				if !nlp.IsStopWord(t.Norm) && len(t.Norm) > 1 {
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
func (r *Ranker) location(i int) float64 {
	p := r.doc.Paragraphs[r.doc.Sentences[i].Paragraph]
	first := p.Sentences[0]
	if CaptionLike(r.doc.Sentences[first].Tokens) && len(p.Sentences) > 1 {
		first = p.Sentences[1] // a caption stands outside the text
	}
	switch {
	case first != i:
		return 0
	case p.OpensSection:
		return 1
	}
	return 0.5
}

// sentenceVec returns a sentence's TF-IDF vector and its count of content
// words.
func (r *Ranker) sentenceVec(si int) (termVec, int) {
	s := r.doc.Sentences[si]
	tf := map[string]float64{}
	words := 0
	names := make(map[string]bool, len(s.People))
	for _, p := range s.People {
		names[r.personStem(p)] = true
	}
	for _, t := range s.Tokens {
		if nlp.IsStopWord(t.Norm) || len(t.Norm) < 2 {
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
func (r *Ranker) personStem(name string) string {
	st, ok := r.nameStems[name]
	if !ok {
		st = nlp.Stem(nlp.FoldWord(name))
		r.nameStems[name] = st
	}
	return st
}

// vector weights term frequencies by IDF over the whole document and
// normalises to unit length. Terms are taken in sorted order, so that term
// ids and the floating-point sums do not depend on map order: two copies
// of one sentence then score exactly alike, run after run.
func (r *Ranker) vector(tf map[string]float64) termVec {
	v := make(termVec, 0, len(tf))
	stems := r.stems[:0]
	for st := range tf {
		stems = append(stems, st)
	}
	slices.Sort(stems)
	r.stems = stems
	norm := 0.0
	for _, st := range stems {
		f := tf[st]
		df := r.doc.DF[st]
		if df == 0 {
			df = 1
		}
		w := f * math.Log(1+float64(len(r.doc.Sentences))/float64(df))
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

// similarity is the cosine similarity of sentences i and j.
func (r *Ranker) similarity(i, j int) float64 {
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
	var centroid []float64 // by term id; a slice, so that norm sums in a fixed order
	for _, v := range vecs {
		for _, tw := range v {
			if tw.id >= len(centroid) {
				centroid = append(centroid, make([]float64, tw.id+1-len(centroid))...)
			}
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

// lexRank returns the stationary distribution of a random walk over the
// weighted similarity graph (continuous LexRank).
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
// returns their indexes in text order.
func (r *Ranker) choose(cand []int, rel []float64, k int) []int {
	sel := selection{chosen: map[int]bool{}, sections: map[string]bool{}, paras: map[int]bool{}, people: map[string]bool{}}
	// A caption describes a picture, not the story: it is chosen only when
	// there is nothing else.
	// Nor is a sentence that starts inside a quotation (its first words
	// are cut from someone's) or an interviewer's question.
	text := slices.DeleteFunc(slices.Clone(cand), func(i int) bool {
		s := r.doc.Sentences[i]
		return CaptionLike(s.Tokens) || s.InQuotation || s.Question
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
		s := r.doc.Sentences[best]
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
func (r *Ranker) gain(i int, rel float64, sel *selection) float64 {
	s := r.doc.Sentences[i]
	g := rel * r.standAlone(i, sel.chosen)
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

// standAlone is the share of relevance sentence i keeps given the chosen
// sentences: full when it needs no context or its predecessor in the same
// paragraph is chosen.
func (r *Ranker) standAlone(i int, chosen map[int]bool) float64 {
	s := r.doc.Sentences[i]
	if prev := i - 1; prev >= 0 && r.doc.Sentences[prev].Paragraph == s.Paragraph && chosen[prev] {
		return 1
	}
	switch {
	case s.LeadingPronoun:
		return dependentFactor
	case leansOnContext(s.Text, s.Tokens):
		return contextFactor
	}
	return 1
}

// leansOnContext reports whether a sentence's main clause opens by referring
// back ("In their opening remarks, they…", "Still, this kind of…"). A pronoun
// in an opening clause followed by a noun ("After all their talk, the
// leaders…") points forward and is fine.
func leansOnContext(text string, tokens []nlp.Token) bool {
	const opening = 14 // tokens an opening clause may have
	toks := tokens[:min(opening, len(tokens))]
	if comma := strings.IndexByte(text, ','); comma >= 0 {
		for _, t := range toks {
			if t.Start > comma {
				return referringWords[t.Norm] // the main clause's first word
			}
		}
	}
	// No short opening clause: a pronoun among the first words ("Yet they…"),
	// unless a name comes first ("Minister Varga said she…").
	for i, t := range toks[:min(3, len(toks))] {
		if referringWords[t.Norm] {
			return true
		}
		if i > 0 && nlp.IsCapitalised(t) {
			break
		}
	}
	return false
}

// referringWords are the pronouns and demonstratives that, opening a clause,
// refer back to something said before (the words knowledge's
// Sentence.LeadingPronoun looks for at a sentence's start).
var referringWords = map[string]bool{
	"he": true, "him": true, "his": true, "she": true, "her": true, "they": true, "their": true, "them": true,
	"this": true, "these": true, "those": true, "it": true, "its": true, "such": true,
}

// CaptionLike reports whether a sentence's tokens read like a photo caption
// ("X and Y pictured before…", "Photo: …"), which describes an image rather
// than the story.
func CaptionLike(tokens []nlp.Token) bool {
	for _, t := range tokens {
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
