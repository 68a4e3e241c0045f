// Package retrieval is the inverted index behind questions and quote
// checking: terms → postings of document (sentence) ids with term
// frequencies, BM25 scored from postings only, and expansion tables (typos,
// derived forms, related words) computed once at index time so that a
// question never scans the vocabulary. It takes token keys and words, not
// articles, and imports nothing of knowledge.
package retrieval

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// Posting is one document holding a term, with the term's frequency there.
type Posting struct {
	Doc int32
	TF  int32
}

// Expansion is an index key standing in for a query word, with the share of
// credit a match through it earns (1 for the word itself).
type Expansion struct {
	Key    string
	Weight float64
}

// Related supplies the words related in meaning to a folded word —
// synonyms, derived forms, pertainyms, hypernyms — each with a weight below
// 1; knowledge/expand implements it over the WordNet lexicon and a small
// thesaurus.
type Related interface {
	Related(word string) []Expansion
}

// Weights of expansions: each counts for less than the word itself.
const (
	TypoWeight    = 0.8
	DerivedWeight = 0.7
)

// Index is an immutable inverted index over documents of term keys.
type Index struct {
	postings map[string][]Posting
	lens     []int32
	avgdl    float64
	idf      map[string]float64
	// words maps a folded word seen at index time to its key.
	words map[string]string
	// deletes maps a word with one letter deleted to the words it comes
	// from (symmetric-delete typo lookup).
	deletes map[string][]string
	// extends maps a prefix (≥ 4 bytes) to the keys it begins: "agre" →
	// "agreement".
	extends map[string][]string
	// inverse maps the key of a word related to a word of the text to that
	// word's key, with the weight of the relation: a hypernym ("structur" →
	// "framework"), a base form or pertainym ("quick" → "faster"). A
	// question asks in general or plain words about what the article says
	// specifically, and a relation listed from the text's side only is
	// found too.
	inverse map[string][]Expansion
	// inflected maps a base word ("lead", "find") to the keys of its
	// irregular forms in the text ("led", "found"), which its own key never
	// begins: a related word of a question's word reaches them by it.
	inflected map[string][]Expansion
	// rel and keyOf expand a query word by meaning: related words are looked
	// up in the lexicon (a table lookup), turned into keys, and kept when
	// the index holds them.
	rel   Related
	keyOf func(word string) string
	// memo keeps Expand's answers: questions about one article ask about
	// the same few words again and again, and a related word costs a
	// lexicon lookup and a stemming. Bounded: emptied when full.
	memoMu sync.Mutex
	memo   map[string][]Expansion
	// docs recycles Scores' per-term document lists (*[]int32): on a long
	// text one list is thousands of entries, allocated afresh per question
	// otherwise.
	docs sync.Pool
}

// expandMemoSize bounds the query words whose expansions an index keeps.
const expandMemoSize = 4096

// Builder collects documents for an Index.
type Builder struct {
	ix    *Index
	total int
}

// NewBuilder starts an index.
func NewBuilder() *Builder {
	return &Builder{ix: &Index{
		postings: map[string][]Posting{}, idf: map[string]float64{}, words: map[string]string{},
		deletes: map[string][]string{}, extends: map[string][]string{},
	}}
}

// Add appends a document (its id is the number of documents added before
// it) with its term keys, repeated as often as they occur; length is the
// document's length for BM25 normalisation.
func (b *Builder) Add(keys []string, length int) int {
	ix := b.ix
	id := int32(len(ix.lens))
	for _, k := range keys {
		ps := ix.postings[k]
		if n := len(ps); n > 0 && ps[n-1].Doc == id {
			ps[n-1].TF++
			continue
		}
		ix.postings[k] = append(ps, Posting{Doc: id, TF: 1})
	}
	ix.lens = append(ix.lens, int32(length))
	b.total += length
	return int(id)
}

// AddKey counts key as present once in doc without adding to its length
// (a heading's words, a name a pronoun stands for). Documents must be added
// in order: doc is the latest or an earlier one not yet holding key.
func (b *Builder) AddKey(doc int, key string) {
	ps := b.ix.postings[key]
	for i := len(ps) - 1; i >= 0; i-- {
		if int(ps[i].Doc) == doc {
			return
		}
		if int(ps[i].Doc) < doc {
			break
		}
	}
	ps = append(ps, Posting{Doc: int32(doc), TF: 1})
	sort.Slice(ps, func(i, j int) bool { return ps[i].Doc < ps[j].Doc })
	b.ix.postings[key] = ps
}

// Word records a folded word of the text and its key, for typo tolerance.
func (b *Builder) Word(norm, key string) {
	b.ix.words[norm] = key
}

// Build computes the IDF and expansion tables. rel, which may be nil,
// supplies related words of query words; keyOf turns a word into its key.
func (b *Builder) Build(rel Related, keyOf func(word string) string) *Index {
	ix := b.ix
	n := len(ix.lens)
	if n > 0 {
		ix.avgdl = float64(b.total) / float64(n)
	}
	for k, ps := range ix.postings {
		ix.idf[k] = bm25IDF(n, len(ps))
		if len(k) > 4 {
			for p := 4; p < len(k); p++ {
				ix.extends[k[:p]] = append(ix.extends[k[:p]], k)
			}
		}
	}
	for _, ks := range ix.extends {
		sort.Strings(ks)
	}
	if inv, ok := rel.(Inverse); ok && keyOf != nil {
		ix.inverse, ix.inflected = map[string][]Expansion{}, map[string][]Expansion{}
		// Many words of a text share related words ("structure"): each is
		// turned into a key once. The map lives for this loop only.
		keys := map[string]string{}
		for w, k := range ix.words {
			for _, r := range inv.Inverse(w) {
				rk, ok := keys[r.Key]
				if !ok {
					rk = keyOf(r.Key)
					keys[r.Key] = rk
				}
				if rk != k {
					ix.inverse[rk] = addExpansion(ix.inverse[rk], Expansion{k, r.Weight})
					if r.Weight >= inflectedWeight && !strings.HasPrefix(k, rk) {
						// An irregular form ("led", "found") by its base word.
						ix.inflected[r.Key] = addExpansion(ix.inflected[r.Key], Expansion{k, r.Weight})
					}
				}
			}
		}
		for _, xs := range ix.inverse {
			sort.Slice(xs, func(i, j int) bool { return xs[i].Key < xs[j].Key })
		}
	}
	for w := range ix.words {
		if len(w) < 4 || len(w) >= nlp.MaxFuzzyLen || !nlp.IsPlainASCII(w) {
			continue
		}
		for i := range len(w) {
			d := w[:i] + w[i+1:]
			ix.deletes[d] = append(ix.deletes[d], w)
		}
	}
	for k := range ix.postings {
		if len(k) < 4 || len(k) >= nlp.MaxFuzzyLen || !nlp.IsPlainASCII(k) {
			continue
		}
		if _, ok := ix.words[k]; !ok {
			ix.words[k] = k // a stem is a word of its own for typo lookup: "sugest" → "suggest"
		}
		for i := range len(k) {
			d := k[:i] + k[i+1:]
			if !containsString(ix.deletes[d], k) {
				ix.deletes[d] = append(ix.deletes[d], k)
			}
		}
	}
	for _, ws := range ix.deletes {
		sort.Strings(ws)
	}
	ix.rel, ix.keyOf = rel, keyOf
	b.ix = nil
	return ix
}

func addExpansion(xs []Expansion, e Expansion) []Expansion {
	for i, x := range xs {
		if x.Key == e.Key {
			xs[i].Weight = max(x.Weight, e.Weight)
			return xs
		}
	}
	return append(xs, e)
}

func bm25IDF(n, df int) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// Len is the number of documents.
func (ix *Index) Len() int { return len(ix.lens) }

// DF is the number of documents holding key.
func (ix *Index) DF(key string) int { return len(ix.postings[key]) }

// IDF is key's BM25 inverse document frequency.
func (ix *Index) IDF(key string) float64 {
	if v, ok := ix.idf[key]; ok {
		return v
	}
	return bm25IDF(len(ix.lens), 0)
}

// Postings returns key's postings, by increasing document id. The slice is
// the index's own: do not modify it.
func (ix *Index) Postings(key string) []Posting { return ix.postings[key] }

// TF returns key's frequency in doc.
func (ix *Index) TF(doc int, key string) int {
	ps := ix.postings[key]
	i := sort.Search(len(ps), func(i int) bool { return int(ps[i].Doc) >= doc })
	if i < len(ps) && int(ps[i].Doc) == doc {
		return int(ps[i].TF)
	}
	return 0
}

// KeyOf returns the key of a folded word seen at index time.
func (ix *Index) KeyOf(norm string) (string, bool) {
	k, ok := ix.words[norm]
	return k, ok
}

// Expand returns the index keys a query word (its key and folded form) may
// match, best first: the key itself, else words one typo away (two for long
// words), then related words and derived forms sharing a long prefix.
// The slice is the index's own (answers are kept): do not modify it.
func (ix *Index) Expand(key, norm string) []Expansion {
	mk := key + "\x00" + norm
	ix.memoMu.Lock()
	out, ok := ix.memo[mk]
	ix.memoMu.Unlock()
	if ok {
		return slices.Clip(out)
	}
	out = ix.expand(key, norm)
	ix.memoMu.Lock()
	if ix.memo == nil || len(ix.memo) >= expandMemoSize {
		ix.memo = map[string][]Expansion{}
	}
	ix.memo[mk] = out
	ix.memoMu.Unlock()
	return slices.Clip(out)
}

// expand is Expand without the memo.
func (ix *Index) expand(key, norm string) []Expansion {
	var out []Expansion
	if ix.DF(key) > 0 {
		out = append(out, Expansion{key, 1})
	} else if wk, ok := ix.words[norm]; ok && ix.DF(wk) > 0 {
		// The word as the article writes it, under another key ("european"
		// in "European Union").
		out = append(out, Expansion{wk, 1})
	} else if len(norm) >= 4 && len(norm) < nlp.MaxFuzzyLen && nlp.IsPlainASCII(norm) && !ix.isWord(norm) {
		k := 1
		if len(norm) >= 8 {
			k = 2
		}
		try := func(form, w string) {
			if wk, ok := ix.words[w]; ok && ix.DF(wk) > 0 && nlp.EditDistanceAtMost(form, w, k) {
				out = addExpansion(out, Expansion{wk, TypoWeight})
			}
		}
		for _, form := range []string{norm, key} {
			if len(form) < 4 {
				continue
			}
			try(form, form)
			for _, w := range ix.deletes[form] {
				try(form, w)
			}
			for i := range len(form) {
				d := form[:i] + form[i+1:]
				try(form, d)
				for _, w := range ix.deletes[d] {
					try(form, w)
				}
			}
		}
	}
	if ix.rel != nil {
		for _, r := range ix.rel.Related(norm) {
			if strings.Contains(r.Key, " ") {
				// A multiword expression is a key as it is, when the text
				// holds it ("turn down" for "refuse").
				if ix.DF(r.Key) > 0 {
					out = addExpansion(out, Expansion{r.Key, r.Weight})
				}
				continue
			}
			if !ix.mayHold(r.Key) {
				continue // no key begins as it does: stemming it is wasted
			}
			if k := ix.keyOf(r.Key); k != key && ix.DF(k) > 0 && !ix.tooCommon(Expansion{k, r.Weight}) {
				out = addExpansion(out, Expansion{k, r.Weight})
			}
		}
	}
	for _, e := range ix.inverse[key] {
		if e.Key != key && ix.DF(e.Key) > 0 && !ix.tooCommon(e) {
			out = addExpansion(out, e)
		}
	}
	if len(key) >= 4 {
		for _, wk := range ix.extends[key] {
			if !hasKey(out, wk) {
				out = append(out, Expansion{wk, DerivedWeight})
			}
		}
		for p := 4; p < len(key); p++ {
			if wk := key[:p]; ix.DF(wk) > 0 && !hasKey(out, wk) {
				out = append(out, Expansion{wk, DerivedWeight})
			}
		}
	}
	return strongest(out)
}

// strongest orders expansions by weight, then key, and keeps the first
// MaxExpansions: every alternative is looked up in every candidate
// passage, and the loosest beyond the first few only add cost.
func strongest(out []Expansion) []Expansion {
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Key < out[j].Key
	})
	if len(out) > MaxExpansions {
		out = out[:MaxExpansions]
	}
	return out
}

// MaxExpansions bounds the keys one query word expands to.
const MaxExpansions = 8

// Inverse is implemented by a Related source that can list, for a word of
// the text, the words a question may use for it with the weight of each
// relation: its hypernyms ("framework" → "structure"), base forms and
// pertainyms ("faster" → "quick"). The index inverts them once.
type Inverse interface {
	Inverse(word string) []Expansion
}

// tooCommon reports a loose expansion (a hypernym's weight or less) to a
// key in more than 200 documents and more than one in 50: on a long text
// it adds little to any score and costs a long postings list ("have" for
// "hold"). Articles of news length are never concerned.
func (ix *Index) tooCommon(e Expansion) bool {
	df := ix.DF(e.Key)
	return e.Weight <= looseWeight && df > 200 && df*50 > len(ix.lens)
}

// looseWeight is the weight of the loosest expansions (hypernyms).
const looseWeight = 0.4

// Dictionary is implemented by a Related source that knows the language's
// words: a known word ("master") is never read as a typo of another
// ("faster").
type Dictionary interface {
	IsWord(word string) bool
}

func (ix *Index) isWord(w string) bool {
	d, ok := ix.rel.(Dictionary)
	return ok && d.IsWord(w)
}

// mayHold reports whether some key could be word's stem: stems are
// prefixes of their words but for a changed last letter ("happi").
func (ix *Index) mayHold(word string) bool {
	if len(word) <= 4 {
		return true
	}
	p := word[:4]
	return ix.DF(p) > 0 || len(ix.extends[p]) > 0
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func hasKey(xs []Expansion, key string) bool {
	for _, x := range xs {
		if x.Key == key {
			return true
		}
	}
	return false
}

// QueryTerm is one word of a query with the keys that match it.
type QueryTerm struct {
	Weight float64
	Alts   []Expansion
}

// BM25 parameters. Documents are sentences, whose lengths say less about
// topicality than a web page's: length normalisation is milder than the
// usual 0.75 (0.5 ranked SQuAD's answer sentences best among 0.1–0.9).
const (
	K1 = 1.2
	B  = 0.5
)

// BM25 is the BM25 contribution of a key occurring tf times in doc.
func (ix *Index) BM25(doc int, key string, tf int) float64 {
	return ix.bm25(doc, ix.IDF(key), tf)
}

func (ix *Index) bm25(doc int, idf float64, tf int) float64 {
	if tf == 0 {
		return 0
	}
	f := float64(tf)
	return idf * f * (K1 + 1) / (f + K1*(1-B+B*float64(ix.lens[doc])/ix.avgdl))
}

// Scores accumulates, from postings only, each document's BM25 score for
// the query: per term, the best of its alternatives times its weight.
// scores must have Len() entries and is added to; touched lists the
// documents given a score, once each. best is scratch space of Len()
// entries, all zero, and is left so.
func (ix *Index) Scores(q []QueryTerm, scores, best []float64, touched []int32) []int32 {
	var termDocs []int32
	if p, ok := ix.docs.Get().(*[]int32); ok {
		termDocs = *p
	}
	defer func() { ix.docs.Put(&termDocs) }()
	for _, t := range q {
		if len(t.Alts) == 1 {
			a := t.Alts[0]
			idf, w := ix.IDF(a.Key), t.Weight*a.Weight
			for _, p := range ix.postings[a.Key] {
				if scores[p.Doc] == 0 {
					touched = append(touched, p.Doc)
				}
				scores[p.Doc] += w * ix.bm25(int(p.Doc), idf, int(p.TF))
			}
			continue
		}
		// Several alternatives: the best one per document counts.
		termDocs = termDocs[:0]
		for _, a := range t.Alts {
			idf := ix.IDF(a.Key)
			for _, p := range ix.postings[a.Key] {
				s := a.Weight * ix.bm25(int(p.Doc), idf, int(p.TF))
				if best[p.Doc] == 0 {
					termDocs = append(termDocs, p.Doc)
				}
				best[p.Doc] = max(best[p.Doc], s)
			}
		}
		for _, d := range termDocs {
			if scores[d] == 0 {
				touched = append(touched, d)
			}
			scores[d] += t.Weight * best[d]
			best[d] = 0
		}
	}
	return touched
}

// Top returns the k documents with the highest values among touched, best
// first, ties by lower id. It keeps a bounded min-heap, so it costs
// O(len(touched)·log k), not a sort of every candidate.
func Top(vals []float64, touched []int32, k int) []int32 {
	better := func(a, b int32) bool {
		if vals[a] != vals[b] {
			return vals[a] > vals[b]
		}
		return a < b
	}
	if k <= 0 {
		k = len(touched)
	}
	h := make([]int32, 0, min(k, len(touched)))
	// h is a min-heap under better: h[0] is the worst kept.
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			w := l
			if r := l + 1; r < len(h) && better(h[l], h[r]) {
				w = r
			}
			if !better(h[i], h[w]) {
				return
			}
			h[i], h[w] = h[w], h[i]
			i = w
		}
	}
	for _, d := range touched {
		if vals[d] <= 0 {
			continue
		}
		if len(h) < k {
			h = append(h, d)
			for i := len(h) - 1; i > 0; {
				p := (i - 1) / 2
				if !better(h[p], h[i]) {
					break
				}
				h[p], h[i] = h[i], h[p]
				i = p
			}
			continue
		}
		if better(d, h[0]) {
			h[0] = d
			down(0)
		}
	}
	sort.Slice(h, func(i, j int) bool { return better(h[i], h[j]) })
	return h
}

// ExpandPhrase returns the keys of the article's words related to a
// multiword expression of the question ("sign in" → "register", "turn
// down" → "refuse", "step down" → "resign"), with the weight of each
// relation: WordNet lists phrasal verbs as lemmas of their own, whose
// relatives the words taken one by one never reach. The phrase itself is
// no key: nil when nothing relates it to the article.
func (ix *Index) ExpandPhrase(phrase string) []Expansion {
	if ix.rel == nil {
		return nil
	}
	var out []Expansion
	for _, r := range ix.rel.Related(phrase) {
		if strings.Contains(r.Key, " ") {
			if ix.DF(r.Key) > 0 {
				out = addExpansion(out, Expansion{r.Key, r.Weight})
			}
			continue
		}
		out = ix.addInflected(out, r.Key, r.Weight)
		if !ix.mayHold(r.Key) {
			continue
		}
		if k := ix.keyOf(r.Key); ix.DF(k) > 0 && !ix.tooCommon(Expansion{k, r.Weight}) {
			out = addExpansion(out, Expansion{k, r.Weight})
		}
	}
	return strongest(out)
}

// inflectedWeight is the least weight of an inverse link that is an
// inflection: the article's word has the related word as its base form.
const inflectedWeight = 0.9

// addInflected adds to out the text's irregular forms of a related word
// ("led" for "lead", a synonym of "run"; "found" for "find", of "turn
// up"): stemming never joins them to it. Each counts at the relation's
// weight w times the inflection's; the query word's own key is left out.
func (ix *Index) addInflected(out []Expansion, word string, w float64) []Expansion {
	for _, e := range ix.inflected[word] {
		if ix.DF(e.Key) > 0 && !ix.tooCommon(Expansion{e.Key, w}) {
			out = addExpansion(out, Expansion{e.Key, w * e.Weight})
		}
	}
	return out
}
