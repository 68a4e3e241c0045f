package knowledge

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/quotebot/quotebot/knowledge/attribution"
	"github.com/quotebot/quotebot/knowledge/expand"
	"github.com/quotebot/quotebot/knowledge/lexicon"
	"github.com/quotebot/quotebot/knowledge/retrieval"
	"github.com/quotebot/quotebot/knowledge/roles"
)

// index is a BM25 index over sentence terms. A sentence's terms are its
// stems, alias keys ("US", "United States" → "us"), and the names of the
// people its pronouns refer to, so "He articulated …" is found for Putin.
type index struct {
	df   map[string]int // term → number of sentences holding it
	tf   []map[string]int
	para []map[string]bool // per sentence: terms of its paragraph
	adj  []map[string]bool // per sentence: terms of the sentences next to it in its paragraph
	// stemTF and stemDF count plain stems (no aliases, no names standing
	// for pronouns): what quote checking and sentence similarity compare.
	stemTF []map[string]int
	stemDF map[string]int
	lens   []int
	avgdl  float64
	n      int
	vocab  map[string]string // folded word → term, for typo tolerance
	idfs   map[string]float64
	stems  map[string]string // folded word → stem, for every word seen at index time
	// bases are, for every word seen at index time, the stems of its
	// WordNet base forms other than its own stem ("later" → "late"): a
	// question's detail is looked up by them once per article, not per
	// question.
	bases map[string][]string
	names map[string]string // folded surname → canonical name
	// nameParts are the parts of compound surnames that name one person
	// (surnamePartIndex).
	nameParts map[string]string
	// kinds of facts a sentence states, for the expected answer type
	// namesPerson is namesPerson of each of the article's People, judged
	// once: every role phrase of every question goes through them all.
	namesPerson []bool
	// roleDescs are the roles.Desc of each of the article's People's
	// descriptors, for the same reason.
	roleDescs [][]roles.Desc
	// stemMemo keeps the stems of words the article lacks (see stem).
	stemMu                                      sync.Mutex
	stemMemo                                    map[string]string
	hasTime, hasNumber, hasPlace, hasPerson     []bool
	hasDuration, hasActor, hasMeasure, hasValue []bool
	acronyms                                    map[string][]string // "wwf" → keys of "World Wildlife Fund"
	quotedBy                                    []map[string]bool   // speakers of direct quotations in the sentence
	// described are, per sentence, the keys of the entities it refers to
	// only by a definite description (Sentence.Described).
	described []map[string]bool
	// post is the inverted index over the same terms: sentences are its
	// documents 0..n-1, section headings follow.
	post *retrieval.Index
	// scratch holds per-question score arrays, reused so a question on a
	// long article allocates little; bounded, so concurrent questions
	// beyond it allocate their own.
	scratch chan *rankScratch
	// paraOf is each sentence's paragraph index (0-based): a dense copy,
	// cheaper to scan than the sentences.
	paraOf     []int32
	newScratch func() *rankScratch
	// stemParaPost indexes paragraphs by plain stems: quote checking's
	// candidate paragraphs.
	stemParaPost *retrieval.Index
	// paraPost indexes paragraphs (heading words included) as documents:
	// a passage's paragraph being about the question is evidence too.
	paraPost *retrieval.Index
	// asking marks the sentences of an interviewer's turn in a Q&A ("Q: Why
	// stop now? You are still playing well."): never an answer; the turn
	// that follows is.
	asking []bool
	// seq is each sentence's term keys in order: where the question's
	// words stand, for the reranker's proximity features.
	seq [][]string
	// numbers are the folded number tokens of each sentence (isNumberToken).
	numbers [][]string
	// seqKind is, beside seq, what kind of value each term may be (a
	// number, a time word, a name), for the reranker's type_by_match.
	seqKind [][]termKind
}

// termKind marks the kinds of value a sentence term may be.
type termKind uint8

const (
	kindNumber termKind = 1 << iota
	kindTime
	kindName
)

// kindOf is the kinds of value term t may be.
func kindOf(t term) termKind {
	var k termKind
	if isNumberToken(t.tok) {
		k |= kindNumber
	}
	if timeWords[t.tok.Norm] {
		k |= kindTime
	}
	if t.entity {
		k |= kindName
	}
	return k
}

// aliasPhrases map folded word sequences to one word, whose stem is the
// key, applied to article and question alike. Upper-case "US" is handled apart from the pronoun "us".
// They are what WordNet lacks as one name: the acronyms (WordNet lists "US"
// and "United States" as synonyms, which expand at synonymWeight and, being
// phrases, not at all), current names ("Türkiye", "Kyiv"), and the demonyms
// of names a news question uses as the name itself ("American", "Russian").
// WordNet's pertainyms link "russian" to "russia" too, at pertainymWeight
// and not as a name: without the two aliases the paraphrased seed questions
// (heldout/answers/dev2) shown top-1 fell from 0.615 to 0.538.
var aliasPhrases = []struct {
	words []string
	key   string
}{
	{[]string{"united", "states", "of", "america"}, "us"},
	{[]string{"united", "states"}, "us"},
	{[]string{"u", "s", "a"}, "us"},
	{[]string{"u", "s"}, "us"},
	{[]string{"usa"}, "us"},
	{[]string{"america"}, "us"},
	{[]string{"american"}, "us"},
	{[]string{"european", "union"}, "eu"},
	{[]string{"united", "kingdom"}, "uk"},
	{[]string{"britain"}, "uk"},
	{[]string{"great", "britain"}, "uk"},
	{[]string{"united", "nations"}, "un"},
	{[]string{"turkey"}, "turkiye"},
	{[]string{"turkish"}, "turkiye"},
	{[]string{"russian"}, "russia"},
	{[]string{"ukrainian"}, "ukraine"},
	{[]string{"kiev"}, "kyiv"},
}

// term is one analysed word: its index key and where it came from.
type term struct {
	key    string
	tok    Token
	entity bool // a proper name (capitalised, or an alias key)
}

// terms turns tokens into index terms, folding alias phrases into one key.
// Stop words are dropped; "US" in capitals is the country.
func terms(toks []Token) []term {
	out := make([]term, 0, len(toks)) // at most one term a token, bar aliases
	for i := 0; i < len(toks); i++ {
		if toks[i].Text == "US" || toks[i].Text == "U.S" {
			out = append(out, term{key: "us", tok: toks[i], entity: true})
			continue
		}
		matched := false
		for _, al := range aliasPhrases {
			if i+len(al.words) > len(toks) {
				continue
			}
			ok := true
			for j, w := range al.words {
				if toks[i+j].Norm != w {
					ok = false
					break
				}
			}
			// "U.S." tokenizes as "U", "S"; require capitals so "u s" in prose is not it.
			if ok && al.words[0] == "u" && toks[i].Text != "U" {
				ok = false
			}
			if ok {
				out = append(out, term{key: Stem(al.key), tok: toks[i], entity: true})
				i += len(al.words) - 1
				matched = true
				break
			}
		}
		if matched || IsStopWord(toks[i].Norm) {
			continue
		}
		out = append(out, term{key: toks[i].Stem, tok: toks[i], entity: isCapitalised(toks[i])})
	}
	return out
}

// stemWords returns the stems of the folded words of a name.
func stemWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(Fold(name)) {
		out = append(out, Stem(w))
	}
	return out
}

func buildIndex(a *Article) *index {
	n := len(a.Sentences)
	ix := &index{
		df: map[string]int{}, n: n, vocab: map[string]string{},
		idfs: map[string]float64{}, stems: map[string]string{}, names: a.surnameIndex(), nameParts: a.surnamePartIndex(), stemDF: map[string]int{},
		hasTime: make([]bool, n), hasNumber: make([]bool, n), hasPlace: make([]bool, n), hasPerson: make([]bool, n),
		hasDuration: make([]bool, n), hasActor: make([]bool, n), hasMeasure: make([]bool, n), hasValue: make([]bool, n), acronyms: map[string][]string{},
		quotedBy: make([]map[string]bool, n), described: make([]map[string]bool, n),
	}
	ix.namesPerson = make([]bool, len(a.People))
	for k, p := range a.People {
		ix.namesPerson[k] = namesPerson(p)
	}
	ix.roleDescs = make([][]roles.Desc, len(a.People))
	roleTable := roles.NewTable()
	for k, p := range a.People {
		if ix.namesPerson[k] {
			ix.roleDescs[k] = roleTable.Descs(p.Descriptors)
		}
	}
	// Every word of a person's full name ("Tom", "Jones") names a person.
	nameWords := map[string]bool{}
	// fullOf is the full name of each short name only one person has.
	fullOf := map[string]string{}
	for _, p := range a.People {
		for _, w := range strings.Fields(Fold(p.Full)) {
			nameWords[w] = true
		}
		if _, dup := fullOf[p.Name]; dup {
			fullOf[p.Name] = ""
		} else {
			fullOf[p.Name] = p.Full
		}
	}
	total := 0
	lx := lexicon.Default()
	personNoun := map[string]bool{}  // memo of isKindOfPerson by word
	personGroup := map[string]bool{} // memo of isPersonGroup by word
	for i, s := range a.Sentences {
		tf := map[string]int{}
		l := 0
		ts := terms(s.tokens)
		seq := make([]string, len(ts))
		kinds := make([]termKind, len(ts))
		for k, t := range ts {
			seq[k] = t.key
			kinds[k] = kindOf(t)
			tf[t.key]++
			l++
			ix.vocab[t.tok.Norm] = t.key
			// A capitalised name that is no person and no day or month:
			// a place or an organisation.
			if t.entity && !nameWords[t.tok.Norm] && t.tok.Start > 0 && !timeWords[t.tok.Norm] {
				ix.hasPlace[i] = true
			}
		}
		// A phrasal verb ("turned down") is a key of its own, outside the
		// length: a question's "refuse" finds it as WordNet relates them.
		for k := 0; k+1 < len(s.tokens); k++ {
			if u := s.tokens[k]; !isCapitalised(u) {
				if p := expand.PhrasalVerb(lx, u.Norm, s.tokens[k+1].Norm); p != "" {
					tf[p]++
				}
			}
		}
		// A number is found by its value whichever way either side writes
		// it ("26", "twenty-six"); outside the length, as phrasal verbs.
		for _, sp := range numberSpans(s.tokens) {
			tf[numberKey(sp.value)]++
		}
		// An amount of money ("$3.2 billion", "40 million euros") answers
		// questions about money even where the word is not written.
		if hasMoney(s.Text, s.tokens) {
			tf[moneyKey]++
		}
		// A kind of person ("passengers", "a farmhand") answers a question
		// that asks about people in general ("how many people", "the man
		// who drowned").
		for _, t := range s.tokens {
			if isKindOfPerson(lx, t, personNoun) {
				tf[personKey]++
				break
			}
		}
		// A group of people ("a crowd of 11,460", "calls from the public")
		// answers a question counting a kind of person ("how many
		// spectators") as its members would.
		for _, t := range s.tokens {
			if isPersonGroup(lx, t, personGroup) {
				tf[groupKey]++
				break
			}
		}
		ix.addAcronyms(s.tokens, s.Text)
		// Pronouns stand for the people they refer to, by every word of
		// their full name: a question names a letter's writer "Morwenna
		// Tregarthen", whose "I" the sentence has.
		for _, name := range s.People {
			keys := append([]string{Stem(Fold(name))}, stemWords(name)...)
			for _, k := range append(keys, stemWords(fullOf[name])...) {
				if tf[k] == 0 {
					tf[k] = 1
				}
			}
		}
		// A definite description ("the company", "the incumbent") names
		// its entity for the name features, below a literal mention and
		// outside BM25: it would dilute the name's IDF.
		for _, d := range s.described {
			for _, k := range d.keys {
				if tf[k] == 0 {
					if ix.described[i] == nil {
						ix.described[i] = map[string]bool{}
					}
					ix.described[i][k] = true
				}
			}
		}
		ix.hasPerson[i] = len(s.People) > 0 || containsAnyWord(s.tokens, personWords)
		ix.hasTime[i] = containsAnyWord(s.tokens, timeWords) || hasYear(s.tokens) || clockTimeRE.MatchString(s.Text) || hasDayOrdinal(s.tokens)
		ix.hasNumber[i] = hasNumber(s.tokens)
		ix.hasDuration[i] = hasDuration(s.tokens)
		ix.hasMeasure[i] = hasMeasure(s.tokens)
		ix.hasValue[i] = hasValue(s.tokens)
		ix.hasActor[i] = ix.hasPerson[i] || ix.hasPlace[i] || containsAnyWord(s.tokens, actorWords)
		for k := range tf {
			ix.df[k]++
		}
		stf := map[string]int{}
		for _, t := range s.tokens {
			if !IsStopWord(t.Norm) {
				stf[t.Stem]++
			}
		}
		for k := range stf {
			ix.stemDF[k]++
		}
		ix.stemTF = append(ix.stemTF, stf)
		var nums []string
		for _, t := range s.tokens {
			if isNumberToken(t) {
				nums = append(nums, t.Norm)
			}
		}
		ix.numbers = append(ix.numbers, nums)
		ix.seq = append(ix.seq, seq)
		ix.seqKind = append(ix.seqKind, kinds)
		ix.tf = append(ix.tf, tf)
		ix.lens = append(ix.lens, l)
		total += l
	}
	// A section's heading ("Industry Reaction") is context for each of its
	// paragraphs, and its words join the vocabulary as one more document.
	headings := map[string][]term{}
	for _, sec := range a.Sections {
		if sec.Name != "" {
			ht := terms(Tokenize(sec.Name))
			headings[sec.Name] = ht
			seen := map[string]bool{}
			for _, t := range ht {
				ix.vocab[t.tok.Norm] = t.key
				if !seen[t.key] {
					seen[t.key] = true
					ix.df[t.key]++
				}
			}
		}
	}
	ix.asking = make([]bool, n)
	for _, p := range a.Paragraphs {
		pt := map[string]bool{}
		for _, si := range p.Sentences {
			for k := range ix.tf[si] {
				pt[k] = true
			}
		}
		for _, t := range headings[p.Section] {
			pt[t.key] = true
		}
		asks := interviewerTurn(a, p)
		for _, si := range p.Sentences {
			ix.asking[si] = asks
		}
		for j := range p.Sentences {
			ix.para = append(ix.para, pt)
			size := 0
			for _, nj := range []int{j - 1, j + 1} {
				if nj >= 0 && nj < len(p.Sentences) {
					size += len(ix.tf[p.Sentences[nj]])
				}
			}
			at := make(map[string]bool, size) // sized once: no rehashing
			for _, nj := range []int{j - 1, j + 1} {
				if nj >= 0 && nj < len(p.Sentences) {
					for k := range ix.tf[p.Sentences[nj]] {
						at[k] = true
					}
				}
			}
			ix.adj = append(ix.adj, at)
		}
	}
	for _, q := range a.Quotations {
		if q.Sentence >= 0 && q.Speaker != "" {
			if ix.quotedBy[q.Sentence] == nil {
				ix.quotedBy[q.Sentence] = map[string]bool{}
			}
			ix.quotedBy[q.Sentence][q.Speaker] = true
		}
	}
	if n > 0 {
		ix.avgdl = float64(total) / float64(n)
	}
	for _, s := range a.Sentences {
		for _, t := range s.tokens {
			ix.stems[t.Norm] = t.Stem
		}
	}
	ix.bases = make(map[string][]string, len(ix.stems))
	for norm, st := range ix.stems {
		var bs []string
		for _, l := range lx.Lemma(norm) {
			if b := ix.stem(l); b != st && !slices.Contains(bs, b) {
				bs = append(bs, b)
			}
		}
		if bs != nil {
			ix.bases[norm] = bs
		}
	}
	ix.post = buildPostings(ix, a, headings)
	ix.paraPost = buildParagraphPostings(ix, a, headings)
	ix.stemParaPost = buildStemParagraphPostings(ix, a)
	docs, paras := ix.post.Len(), ix.paraPost.Len()
	ix.paraOf = make([]int32, n)
	for i, s := range a.Sentences {
		ix.paraOf[i] = int32(s.Paragraph - 1)
	}
	ix.scratch = make(chan *rankScratch, scratchPoolSize)
	ix.newScratch = func() *rankScratch {
		return &rankScratch{
			scores: make([]float64, docs), window: make([]float64, docs),
			best: make([]float64, max(docs, paras)), para: make([]float64, paras),
		}
	}
	for k := range ix.df {
		ix.idfs[k] = ix.computeIDF(k)
	}
	return ix
}

// buildPostings builds the inverted index over the sentences' terms, then
// one document per section heading.
func buildPostings(ix *index, a *Article, headings map[string][]term) *retrieval.Index {
	b := retrieval.NewBuilder()
	var keys []string
	for i := range a.Sentences {
		keys = keys[:0]
		for k, c := range ix.tf[i] {
			for range c {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys) // deterministic postings order is not needed, but cheap
		b.Add(keys, ix.lens[i])
	}
	for _, sec := range a.Sections {
		if ht := headings[sec.Name]; len(ht) > 0 {
			keys = keys[:0]
			for _, t := range ht {
				keys = append(keys, t.key)
			}
			b.Add(keys, len(keys))
		}
	}
	for w, k := range ix.vocab {
		b.Word(w, k)
	}
	return b.Build(defaultRelated(), Stem)
}

// buildStemParagraphPostings indexes each paragraph's plain stems (no
// aliases, no names standing for pronouns), as quote checking compares them.
func buildStemParagraphPostings(ix *index, a *Article) *retrieval.Index {
	b := retrieval.NewBuilder()
	var keys []string
	for _, p := range a.Paragraphs {
		keys = keys[:0]
		for _, si := range p.Sentences {
			for k := range ix.stemTF[si] {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		b.Add(keys, len(keys))
	}
	return b.Build(nil, nil)
}

// buildParagraphPostings indexes each paragraph's terms and its heading's.
func buildParagraphPostings(ix *index, a *Article, headings map[string][]term) *retrieval.Index {
	b := retrieval.NewBuilder()
	var keys []string
	for _, p := range a.Paragraphs {
		keys = keys[:0]
		l := 0
		for _, si := range p.Sentences {
			for k, c := range ix.tf[si] {
				for range c {
					keys = append(keys, k)
				}
			}
			l += ix.lens[si]
		}
		for _, t := range headings[p.Section] {
			keys = append(keys, t.key)
		}
		sort.Strings(keys)
		b.Add(keys, l)
	}
	return b.Build(nil, nil)
}

// stem is Stem with the article's words cached.
func (ix *index) stem(norm string) string {
	if s, ok := ix.stems[norm]; ok {
		return s
	}
	// A word the article lacks: questions use the same few again and
	// again ("when", "happen", the antonyms of their words).
	ix.stemMu.Lock()
	s, ok := ix.stemMemo[norm]
	ix.stemMu.Unlock()
	if ok {
		return s
	}
	s = Stem(norm)
	ix.stemMu.Lock()
	if ix.stemMemo == nil || len(ix.stemMemo) >= stemMemoSize {
		ix.stemMemo = map[string]string{}
	}
	ix.stemMemo[norm] = s
	ix.stemMu.Unlock()
	return s
}

// stemMemoSize bounds the stems of words outside the article an index
// keeps (emptied when full).
const stemMemoSize = 8192

func (ix *index) idf(key string) float64 {
	if v, ok := ix.idfs[key]; ok {
		return v
	}
	return ix.computeIDF(key)
}

// stemIDF is the inverse document frequency of a plain stem.
func (ix *index) stemIDF(stem string) float64 {
	df := ix.stemDF[stem]
	return math.Log(1 + (float64(ix.n)-float64(df)+0.5)/(float64(df)+0.5))
}

func (ix *index) computeIDF(key string) float64 {
	df := ix.df[key]
	return math.Log(1 + (float64(ix.n)-float64(df)+0.5)/(float64(df)+0.5))
}

// Hit is one ranked sentence.
type Hit struct {
	// Sentence indexes Article.Sentences.
	Sentence int
	// Score is the retrieval score, higher is better.
	Score float64
}

// Search ranks the article's sentences against a query and returns at most k
// hits with a positive score, best first.
func (a *Article) Search(query string, k int) []Hit {
	q := a.analyze(query)
	return a.rank(q, k)
}

// How much a query term counts when it is found next to the sentence, or
// elsewhere in its paragraph, rather than in it: context, not evidence.
const (
	adjacentWeight  = 0.5
	paragraphWeight = 0.25
	// describedWeight is a name's match in a sentence that refers to its
	// entity by a definite description ("the company"): less sure than
	// the name written there, surer than the name beside it.
	describedWeight = 0.8
)

// contextMatch is the share of credit a term gets in sentence i through key:
// 1 in the sentence, less beside it, 0 when absent.
func (ix *index) contextMatch(i int, key string) float64 {
	if ix.tf[i][key] > 0 {
		return 1
	}
	return ix.nearMatch(i, key)
}

// nameMatch is contextMatch for a name of the question: a sentence that
// refers to the entity by a description counts at describedWeight.
func (ix *index) nameMatch(i int, key string) float64 {
	c := ix.contextMatch(i, key)
	if c < describedWeight && ix.described[i][key] {
		return describedWeight
	}
	return c
}

// holds is how sentence i itself holds key: 1 written, describedWeight
// when key is a name (entity) of the question and the sentence refers to
// its entity by a description, else 0.
func (ix *index) holds(i int, key string, entity bool) float64 {
	if ix.tf[i][key] > 0 {
		return 1
	}
	if entity && ix.described[i][key] {
		return describedWeight
	}
	return 0
}

// nearMatch is contextMatch for a key sentence i is known not to hold.
func (ix *index) nearMatch(i int, key string) float64 {
	switch {
	case ix.adj[i][key]:
		return adjacentWeight
	case ix.para[i][key]:
		return paragraphWeight
	}
	return 0
}

// sentenceScore is BM25 over the sentence, plus paragraph context, plus the
// boosts the question's intent calls for.
//
// It returns too what the reranker's features need again: the sentence's
// coverage of the question (names included, context counted) and whether
// it holds the type of answer asked for.
//
// idfs are the IDFs of the question's alternatives (altIDFs).
func (a *Article) sentenceScore(q *query, idfs [][]float64, i int, paraScore float64) (score, cov float64, sat bool) {
	const k1, b = 1.2, 0.5
	ix := a.index
	for k, t := range q.terms {
		best := 0.0
		for j, alt := range t.alts {
			f := float64(ix.tf[i][alt.key])
			var s float64
			if f > 0 {
				s = idfs[k][j] * f * (k1 + 1) / (f + k1*(1-b+b*float64(ix.lens[i])/ix.avgdl))
			} else {
				s = ix.nearMatch(i, alt.key) * idfs[k][j]
			}
			best = max(best, alt.weight*s)
		}
		score += t.weight * best
	}
	if score == 0 {
		return 0, 0, false
	}
	score += paragraphScoreWeight * paraScore
	// Passages that cover more of the question rank higher: one rare name
	// matched should not beat the words asked about.
	cov = a.termCoverage(q, i, true, false, "")
	score *= 0.4 + 0.6*cov
	s := a.Sentences[i]
	if q.speaker != "" && s.Speaker == q.speaker {
		score *= 1.4
		if ix.quotedBy[i][q.speaker] {
			score *= 1.25
		}
	}
	if q.answerType != "" && a.satisfies(q, i) {
		sat = true
		score *= 1.25
	}
	if _, c := a.qualifierMatch(q, i, true); c {
		// "Who won the women's race?": the men's race is another race.
		score *= qualifierPenalty
	}
	return score, cov, sat
}

// rank scores candidates from postings — each sentence's BM25 plus half its
// neighbours' (the words of an answer are often split over two sentences) —
// then reranks only the best candidates: the full sentence score, corrected
// by the fitted reranker (retrieval.RankModel).
func (a *Article) rank(q *query, k int) []Hit {
	cs := a.rankCandidates(q, k)
	m := retrieval.RankModel
	var hits []Hit
	var bases []float64
	seen := map[int]int{}
	baseOf := map[int]float64{}
	for _, c := range cs {
		score := rerankScore(m, c)
		if j, ok := seen[c.shown]; ok {
			// Two candidates shown as one passage (a question and its
			// answer): the better score stands.
			hits[j].Score = max(hits[j].Score, score)
			bases[j] = max(bases[j], c.base)
			continue
		}
		baseOf[c.shown] = max(baseOf[c.shown], c.base)
		seen[c.shown] = len(hits)
		hits = append(hits, Hit{Sentence: c.shown, Score: score})
		bases = append(bases, c.base)
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Sentence < hits[j].Sentence
	})
	hits = a.preferSpeaker(q, hits, baseOf)
	// The reranker changes the order, not the strength of the evidence:
	// the k-th passage gets the k-th best retrieval score, so that weak
	// passages are cut and the decision reads margins as before.
	sort.Sort(sort.Reverse(sort.Float64Slice(bases)))
	for j := range hits {
		hits[j].Score = bases[j]
	}
	hits = a.preferAgreeing(q, hits)
	hits = a.preferBody(q, hits)
	hits = a.preferCaption(q, hits)
	if k > 0 && len(hits) > k {
		hits = hits[:k]
	}
	return hits
}

// rankCandidates returns the best candidates from postings with their full
// sentence scores and reranking features, in postings order.
func (a *Article) rankCandidates(q *query, k int) []candidate {
	ix := a.index
	n := len(a.Sentences)
	qt := make([]retrieval.QueryTerm, 0, len(q.terms))
	for _, t := range q.terms {
		rt := retrieval.QueryTerm{Weight: t.weight}
		for _, al := range t.alts {
			rt.Alts = append(rt.Alts, retrieval.Expansion{Key: al.key, Weight: al.weight})
		}
		if len(rt.Alts) > 0 {
			qt = append(qt, rt)
		}
	}
	sc := ix.getScratch()
	defer ix.putScratch(sc)
	scores, para, window, best := sc.scores, sc.para, sc.window, sc.best
	touched := ix.post.Scores(qt, scores, best, sc.touched[:0])
	paraTouched := ix.paraPost.Scores(qt, para, best, sc.paraTouched[:0])
	cands := sc.cands[:0]
	for _, d := range touched {
		i := int(d)
		if i >= n {
			continue // a heading: context only
		}
		for j := max(i-1, 0); j <= min(i+1, n-1); j++ {
			if ix.paraOf[j] != ix.paraOf[i] {
				continue
			}
			w := scores[i]
			if j != i {
				w *= adjacentWeight
			}
			if window[j] == 0 {
				cands = append(cands, int32(j))
			}
			window[j] += w
		}
	}
	for _, d := range cands {
		window[d] += paragraphScoreWeight * para[ix.paraOf[d]]
	}
	defer func() {
		// Leave the scratch all zero for the next question.
		for _, d := range touched {
			scores[d] = 0
		}
		for _, d := range paraTouched {
			para[d] = 0
		}
		for _, d := range cands {
			window[d] = 0
		}
		sc.touched, sc.paraTouched, sc.cands = touched, paraTouched, cands
	}()
	top := retrieval.Top(window, cands, max(rerankDepth, k))
	cs := make([]candidate, 0, len(top))
	idfs := ix.altIDFs(q)
	for _, d := range top {
		i := int(d)
		p := para[ix.paraOf[i]]
		score, cov, sat := a.sentenceScore(q, idfs, i, p)
		if score <= 0 {
			continue
		}
		// A question in the article (an interviewer's "Q: Why stop now?")
		// is never the answer; what follows it is.
		shown := i
		if a.reportsAsking(i) {
			// "He was asked whether the factory might never be built.":
			// the question put to someone; their answer follows.
			if j := a.answerAfter(i); j >= 0 {
				shown = j
			}
		} else if a.isQuestion(i) {
			if j := a.answerAfter(i); j >= 0 {
				shown = j
				// An interviewer's question the user's repeats, function
				// words and all ("What will you do with your time?" for
				// "What will she do with her time after retiring?"), is
				// the one asked.
				if endsAsking(a.Sentences[i].Text) {
					e := a.echo(q, i)
					score *= 1 + 2*e*e
				}
			} else if ix.asking[i] {
				continue
			}
		} else if a.introducesNext(i) {
			// "… van Aalst wrote:" introduces the quotation below it: what
			// he said, the answer to "what did he say" — otherwise the
			// lead-in may be the answer ("a retired fire captain who …:"),
			// and the quotation a candidate after it.
			if !q.reported {
				cs = append(cs, candidate{matched: i, shown: i, base: score, window: window[i], para: p, cov: cov, sat: sat})
			}
			shown = i + 1
		}
		cs = append(cs, candidate{matched: i, shown: shown, base: score, window: window[i], para: p, cov: cov, sat: sat})
	}
	a.rankFeatures(q, idfs, cs)
	return cs
}

// altIDFs are the IDFs of each question term's alternatives, looked up
// once per question rather than once per candidate.
func (ix *index) altIDFs(q *query) [][]float64 {
	n := 0
	for _, t := range q.terms {
		n += len(t.alts)
	}
	all := make([]float64, 0, n)
	out := make([][]float64, len(q.terms))
	for k, t := range q.terms {
		for _, al := range t.alts {
			all = append(all, ix.idf(al.key))
		}
		out[k] = all[len(all)-len(t.alts):]
	}
	return out
}

// echo is the share of the question's words, function words included
// and personal pronouns taken as one, that sentence i holds.
func (a *Article) echo(q *query, i int) float64 {
	words := func(toks []Token) map[string]bool {
		out := map[string]bool{}
		for _, t := range toks {
			w := t.Stem
			if personalPronouns[t.Norm] {
				w = "\x00pronoun"
			}
			out[w] = true
		}
		return out
	}
	qw, sw := words(q.toks), words(a.Sentences[i].tokens)
	if len(qw) == 0 {
		return 0
	}
	n := 0
	for w := range qw {
		if sw[w] {
			n++
		}
	}
	return float64(n) / float64(len(qw))
}

var personalPronouns = wordSet(`i me my mine you your yours he him his she her hers we us our ours they them their theirs`)

// isQuestion reports whether sentence i asks a question, or belongs to an
// interviewer's turn in a Q&A.
func (a *Article) isQuestion(i int) bool {
	if a.index != nil && i < len(a.index.asking) && a.index.asking[i] {
		return true
	}
	return endsAsking(a.Sentences[i].Text)
}

// endsAsking reports a sentence ending with a question mark inside any
// closing quotation marks, brackets or Markdown emphasis ("*Why did you
// come back?*", the interviewer's turn of an interview set in italics).
func endsAsking(text string) bool {
	return strings.HasSuffix(strings.TrimRight(text, "\"'”’) *_"), "?")
}

// askedWords follow "asked" when it reports a question ("asked whether",
// "asked about").
var askedWords = wordSet(`whether if about why how what when where who which`)

// reportsAsking reports a sentence that tells of a question put to someone
// ("He was asked whether the factory might never be built.") without the
// reply: like an interviewer's question, it is not the answer, and the
// sentence after it is. One that quotes or reports the reply ("When asked
// about the delay, he said …", "She was asked why and replied that …")
// holds the answer itself.
func (a *Article) reportsAsking(i int) bool {
	s := a.Sentences[i]
	toks := s.tokens
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Norm != "asked" || !askedWords[toks[k+1].Norm] {
			continue
		}
		switch toks[k-1].Norm {
		case "was", "were", "been":
		default:
			continue
		}
		for _, t := range toks[k+1:] {
			if speechVerbs[t.Norm] {
				return false
			}
		}
		// Looked at last: scanning for quotation marks costs more than
		// the words.
		return !strings.ContainsAny(s.Text, "\"“”")
	}
	return false
}

// answerAfter returns the sentence that answers question sentence i: the
// first after it that asks nothing, within the next two paragraphs (an
// interviewer's turn may run on: "Q: Why stop now? You are still playing
// well."), or -1.
func (a *Article) answerAfter(i int) int {
	for j := i + 1; j < len(a.Sentences) && a.Sentences[j].Paragraph <= a.Sentences[i].Paragraph+1; j++ {
		if !a.isQuestion(j) {
			return j
		}
	}
	return -1
}

// introducesNext reports whether sentence i ends its paragraph with a
// colon and a paragraph follows: it introduces what comes next (a block
// quotation, a list).
func (a *Article) introducesNext(i int) bool {
	s := a.Sentences[i]
	if i+1 >= len(a.Sentences) || a.Sentences[i+1].Paragraph != s.Paragraph+1 {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(s.Text, " *_"), ":")
}

// interviewerLabels open an interviewer's turn in a Q&A.
var interviewerLabels = []string{"Q:", "Q.", "Q -", "Q –", "Q —", "Question:"}

// interviewerTurn reports whether paragraph p is an interviewer's turn in
// a Q&A: it opens with a question label ("Q:", also in bold), or the
// attribution engine marked its sentences as an interviewer's questions.
func interviewerTurn(a *Article, p Paragraph) bool {
	if len(p.Sentences) == 0 {
		return false
	}
	t := strings.TrimLeft(a.Sentences[p.Sentences[0]].Text, "*_ ")
	for _, l := range interviewerLabels {
		if strings.HasPrefix(t, l) {
			return true
		}
	}
	if a.Sentences[p.Sentences[0]].Question {
		return true
	}
	// A paragraph set wholly in emphasis that ends asking ("*Why did you
	// come to the village?*", "**Will you defend the title?**") is an
	// interview's question where the layout, not a label, marks the turn.
	first, last := a.Sentences[p.Sentences[0]].Text, a.Sentences[p.Sentences[len(p.Sentences)-1]].Text
	return (strings.HasPrefix(first, "*") || strings.HasPrefix(first, "_")) && endsAsking(last) &&
		strings.TrimRight(last, "*_") != last
}

// paragraphScoreWeight is the share of its paragraph's BM25 score a
// sentence gets.
const paragraphScoreWeight = 0.3

// scratchPoolSize bounds the score arrays kept per article.
const scratchPoolSize = 4

func (ix *index) getScratch() *rankScratch {
	select {
	case sc := <-ix.scratch:
		return sc
	default:
		return ix.newScratch()
	}
}

func (ix *index) putScratch(sc *rankScratch) {
	select {
	case ix.scratch <- sc:
	default:
	}
}

// rankScratch is the per-question working memory of rank: dense score
// arrays kept all zero between questions, and the lists of what was set.
type rankScratch struct {
	scores, window, best, para  []float64
	touched, paraTouched, cands []int32
}

// qualifierPenalty scales the score of a passage that contradicts a
// qualifier of the question, so one that agrees ranks first when it exists.
const qualifierPenalty = 0.5

// rerankDepth is how many candidates from postings get the full score.
const rerankDepth = 16

// satisfies reports whether sentence i holds the kind of fact q asks for:
// a time, a duration, a place, someone who acts (a person, a country, an
// organisation), or a number — next to the thing counted when the question
// names it ("how many nations" wants "42 coastal nations").
func (a *Article) satisfies(q *query, i int) bool {
	ix := a.index
	switch q.answerType {
	case "time":
		if q.asksClock {
			// "What time …" asks for a time of day: "on 24 May" is a
			// day, not a time.
			return clockTimeRE.MatchString(a.Sentences[i].Text)
		}
		return ix.hasTime[i]
	case "duration":
		return ix.hasDuration[i]
	case "length", "measure":
		return ix.hasMeasure[i]
	case "number":
		// "How much did shares drop?" asks for an amount or a degree, which
		// need not stand before the noun ("shares fell 14 percent");
		// "how many nations" wants the count next to what is counted.
		if q.money {
			return ix.tf[i][moneyKey] > 0
		}
		if q.repeats && containsAnyWord(a.Sentences[i].tokens, repeatWords) {
			return true
		}
		if len(q.counted) == 0 || q.howMuch && ix.hasNumber[i] {
			return ix.hasNumber[i]
		}
		return a.numberNear(i, q.counted)
	case "quantity":
		// "What was her winning time?" wants a value: an ordinal alone
		// ("the third-fastest") ranks, it does not measure. "What price
		// …" wants a sum of money, or a bookmaker's odds ("cut him to
		// 16-1").
		if q.money {
			return ix.tf[i][moneyKey] > 0 || oddsRE.MatchString(a.Sentences[i].Text)
		}
		return ix.hasValue[i]
	case "age":
		return hasAge(a.Sentences[i].Text, a.Sentences[i].tokens) || yearMade(a.Sentences[i].tokens)
	case "place":
		return ix.hasPlace[i]
	case "person":
		return ix.hasActor[i]
	}
	return true
}

// countedBefore reports a count given after what it counts, through a
// verb of amounting: "poaching incidents had fallen to two", "the crowd
// numbered 4,000", "cases rose to 14". The counted noun stands at most
// six words before the verb, with no other number between.
func countedBefore(toks []Token, j int, isKey func(string) bool) bool {
	verb := -1
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if amountVerbs[toks[k].Norm] {
			verb = k
			break
		}
	}
	if verb < 0 {
		return false
	}
	for k := verb - 1; k >= 0 && k >= verb-6; k-- {
		if isNumberToken(toks[k]) {
			return false
		}
		if isKey(toks[k].Stem) {
			return true
		}
	}
	return false
}

// shareNumber reports toks[j] a number given as a percentage ("18 per
// cent", "18%", "18 percent"), which text, the sentence's, shows: a
// percentage is dropped from the tokens.
func shareNumber(text string, toks []Token, j int) bool {
	if j+1 < len(toks) {
		switch n := toks[j+1].Norm; {
		case n == "percent" || n == "pc":
			return true
		case n == "per" && j+2 < len(toks) && toks[j+2].Norm == "cent":
			return true
		}
	}
	e := toks[j].End
	return e < len(text) && strings.HasPrefix(strings.TrimLeft(text[e:], " "), "%")
}

// amountVerbs tie a quantity to what it counts when the number comes
// after the noun.
var amountVerbs = wordSet(`fell fallen rose risen climbed dropped increased decreased reached totalled totaled
	totals numbered numbers stood stands`)

// groupPronouns refer back to a group a count can be taken of ("eleven of
// them", "two of those").
var groupPronouns = wordSet(`them those these us`)

// numberNear reports whether sentence i has a number just before one of
// the keys — at once ("42 coastal nations"), after one other word ("14
// cases of measles"), or through a partitive "of" ("a third of our regular
// donors") — or an amount of money when money is what is counted. Other
// links break it: "six months after tenants" does not count tenants.
func (a *Article) numberNear(i int, keys []alt) bool {
	const maxWords = 2 // content words from the number to the key, the key included
	toks := a.Sentences[i].tokens
	for _, k := range keys {
		if k.key == moneyKey && a.index.tf[i][moneyKey] > 0 {
			return true
		}
	}
	people := false // any kind of person counts ("46 passengers" for "how many people")
	group := false  // a group of people counts ("a crowd of 11,460" for "how many spectators")
	for _, k := range keys {
		people = people || k.key == personKey
		group = group || k.key == groupKey
	}
	memo, groupMemo := map[string]bool{}, map[string]bool{}
	isKey := func(st string) bool {
		for _, k := range keys {
			if st == k.key {
				return true
			}
		}
		return false
	}
	for j, t := range toks {
		if !isNumberToken(t) {
			continue
		}
		if countedBefore(toks, j, isKey) && !isYear(t.Norm) && !shareNumber(a.Sentences[i].Text, toks, j) {
			// "complaints rose by 18 per cent" tells how the count
			// changed, not how many there were.
			return true
		}
		if group && !isYear(t.Norm) && groupCount(lexicon.Default(), toks, j, groupMemo) {
			return true
		}
		if j+2 < len(toks) && toks[j+1].Norm == "of" && groupPronouns[toks[j+2].Norm] {
			// "Eleven of them saw better attendance": a count of the
			// group named before, which is what the question counts when
			// the passage is about it.
			return true
		}
		words, limit := 0, maxWords
		for d := 1; d <= 7 && j+d < len(toks); d++ {
			n := toks[j+d]
			if partitiveWords[n.Norm] {
				continue
			}
			if (n.Norm == "and" || n.Norm == "or") && words > 0 && limit == maxWords {
				// "312 causeways and low-level crossings": the number
				// counts each noun of the coordination.
				limit = words + maxWords
				continue
			}
			if IsStopWord(n.Norm) {
				break
			}
			if words++; words > limit {
				break
			}
			if isKey(n.Stem) || people && (genericPersons[n.Norm] || isKindOfPerson(lexicon.Default(), n, memo)) {
				return true
			}
			if d == 1 && (durationUnits[n.Norm] || measureUnits[n.Norm]) {
				// "15-minute parking", "a 300-km road": the number
				// measures its unit; it counts nothing after it.
				break
			}
		}
		if j+1 < len(toks) && countSubjectVerbs[toks[j+1].Norm] && !isYear(t.Norm) && !labelNumber(toks, j) && a.keyBefore(i, j, isKey) {
			// "customers arrived with kettles … about 40 had been
			// returned": a count that stands for its noun, named
			// before it in the sentence or the one before.
			return true
		}
	}
	return false
}

// labelNumber reports toks[j] as a number that labels rather than counts:
// it follows a capitalised word inside the sentence, alone or in a list
// ("pupils in Years 3 and 4 could read", "Section 12 was", "Rooms 4 to 6
// are"), so it names a year group, a section, a room.
func labelNumber(toks []Token, j int) bool {
	k := j - 1
	for k >= 0 && (isNumberToken(toks[k]) || toks[k].Norm == "and" || toks[k].Norm == "or" || toks[k].Norm == "to") {
		k--
	}
	return k > 0 && k < j && isCapitalised(toks[k]) && !isNumberToken(toks[k])
}

// countSubjectVerbs follow a count that is the subject of its clause, its
// noun left out ("about 40 had been returned", "12 were injured").
var countSubjectVerbs = wordSet(`had have has were was are is will would could did`)

// keyBefore reports a token of sentence i before token j, or of the
// sentence before it in the same paragraph, that isKey accepts.
func (a *Article) keyBefore(i, j int, isKey func(string) bool) bool {
	for k := 0; k < j; k++ {
		if isKey(a.Sentences[i].tokens[k].Stem) {
			return true
		}
	}
	if i == 0 || a.Sentences[i-1].Paragraph != a.Sentences[i].Paragraph {
		return false
	}
	for _, t := range a.Sentences[i-1].tokens {
		if isKey(t.Stem) {
			return true
		}
	}
	return false
}

// ageBefore are words before a bare number that make it an age ("aged
// 71", "was 34 when", "at 15,").
var ageBefore = wordSet(`aged age was is were turned turns turning at`)

// hasAge reports an age in a sentence (text, its tokens): a number before
// "year(s) old" ("a 23-year-old", "45 years old"), after a word that makes
// it one ("aged 71", "was 34", "at the age of 87") and not before a unit, or set off by commas
// after a name ("Mensah-Doyle, 19, had").
func hasAge(text string, toks []Token) bool {
	for j, t := range toks {
		if !isNumberToken(t) || isYear(t.Norm) || ordinals[t.Norm] {
			continue
		}
		next := ""
		if j+1 < len(toks) {
			next = toks[j+1].Norm
		}
		if (next == "year" || next == "years") && j+2 < len(toks) && toks[j+2].Norm == "old" {
			return true
		}
		unit := durationUnits[next] || measureUnits[next] || next == "percent"
		if j > 0 && ageBefore[toks[j-1].Norm] && !unit {
			return true
		}
		// "died at the age of 87", "by age of 12": the noun is two back.
		if j > 1 && toks[j-1].Norm == "of" && toks[j-2].Norm == "age" && !unit {
			return true
		}
		if j > 0 && !unit && strings.TrimSpace(text[toks[j-1].End:t.Start]) == "," &&
			isCapitalised(toks[j-1]) && (strings.HasPrefix(text[t.End:], ",") || coordinatedAge(text, toks, j)) {
			return true
		}
	}
	return false
}

// yearMade reports a year of making or birth ("built in 1874", "founded
// in 1995", "born in 1950"): how old a thing or a person is follows from it.
func yearMade(toks []Token) bool {
	for j, t := range toks {
		if !isYear(t.Norm) {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if madeVerbs[toks[k].Norm] {
				return true
			}
		}
	}
	return false
}

// madeVerbs tell when something came to be.
var madeVerbs = wordSet(`built founded established opened constructed erected created formed dates dating dated
	completed born launched`)

// coordinatedAge reports the number at j opening a pair of ages in
// apposition to a pair of names: "Iwan and Dai Hughes, 72 and 69, lean …".
func coordinatedAge(text string, toks []Token, j int) bool {
	if j+2 >= len(toks) || toks[j+1].Norm != "and" || !isNumberToken(toks[j+2]) || isYear(toks[j+2].Norm) {
		return false
	}
	return strings.HasPrefix(text[toks[j+2].End:], ",")
}

// repeatWords say how often without a count noun ("rescued twice").
var repeatWords = wordSet(`once twice thrice`)

// partitiveWords may stand between a count and what it counts ("a third
// of our donors", "14 cases of the disease").
var partitiveWords = wordSet(`of the a an our its their his her your my these those`)

// isNumberToken reports a number in any of its written forms: digits
// ("76", "1,230" as its parts), digits with a unit or suffix ("300km",
// "64th", "1990s"), spelled numbers, ordinals and ratios ("twice", "half").
func isNumberToken(t Token) bool {
	n := t.Norm
	if n == "" {
		return false
	}
	if n[0] >= '0' && n[0] <= '9' {
		return true
	}
	return numberWords[n] || ordinalWords[n] || ratioWords[n]
}

var ordinalWords = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
	thirteenth fourteenth fifteenth twentieth thirtieth fiftieth hundredth thousandth`)

var ratioWords = wordSet(`twice thrice double doubled triple tripled quadruple half halved quarter third thirds
	dozen dozens score percent percentage`)

// measureUnits follow a number in a length, area, weight, speed or volume.
var measureUnits = wordSet(`km kilometre kilometres kilometer kilometers mi mile miles m metre metres meter meters
	cm mm ft foot feet inch inches yard yards kg kilogram kilograms g gram grams lb lbs pound pounds ton tons tonne
	tonnes acre acres hectare hectares sq square cubic litre litres liter liters gallon gallons mph kmh knots
	degrees percent per
	centimetre centimetres centimeter centimeters millimetre millimetres millimeter millimeters ounce ounces oz
	kph megalitre megalitres megaliter megaliters
	watt watts kilowatt kilowatts megawatt megawatts gigawatt gigawatts kw mw gw kwh mwh gwh
	kilowatt-hours megawatt-hours gigawatt-hours`)

// temperatureUnits follow a number in a temperature ("300C", "38 °C",
// "100 Fahrenheit"); apart from measureUnits, since a bare "c" or "f"
// after a number is no unit to count anything else by.
var temperatureUnits = wordSet(`c f °c °f ° celsius centigrade fahrenheit`)

// hasMeasure reports a number with a unit ("1,230 km", "300km", "10
// square kilometres") or a duration: what "how long is …" asks for.
func hasMeasure(toks []Token) bool {
	for j, t := range toks {
		if !isNumberToken(t) {
			continue
		}
		if t.Norm[0] >= '0' && t.Norm[0] <= '9' && strings.TrimLeft(t.Norm, "0123456789") != "" {
			if u := strings.TrimLeft(t.Norm, "0123456789"); measureUnits[u] || temperatureUnits[u] {
				return true
			}
		}
		for d := 1; d <= 2 && j+d < len(toks); d++ {
			if measureUnits[toks[j+d].Norm] || durationUnits[toks[j+d].Norm] || temperatureUnits[toks[j+d].Norm] && !isYear(t.Norm) {
				return true
			}
		}
	}
	return false
}

// personKey is the index term of a sentence naming a kind of person in
// a common noun ("nurses", "a farmhand"); no word of a question folds to it.
const personKey = "\x00person"

// genericPersons are the nouns that name people in general, not a kind of
// person: a question asking "how many people" or about "the man who …"
// is answered by a passage naming any kind of person.
var genericPersons = wordSet(`person persons people individual individuals man men woman women`)

// isKindOfPerson reports a lower-case noun that WordNet knows as a kind of
// person ("passengers", "farmhand", "daughters"), memoised in memo.
func isKindOfPerson(lx *lexicon.Lexicon, t Token, memo map[string]bool) bool {
	if isCapitalised(t) || len(t.Norm) < 3 || IsStopWord(t.Norm) {
		return false
	}
	v, ok := memo[t.Norm]
	if !ok {
		for _, l := range lx.Lemma(t.Norm) {
			if lx.IsPersonNoun(l) {
				v = true
				break
			}
		}
		memo[t.Norm] = v
	}
	return v
}

// groupKey is the index term of a sentence naming a group of people in a
// common noun ("crowd", "audience", "the public", "workforce").
const groupKey = "\x00group"

// personGroupHeads are WordNet's hypernyms of the nouns that name a group
// of people as a whole: a gathering (crowd, audience, turnout), a people
// (the public), a citizenry (electorate), a personnel (staff, workforce).
var personGroupHeads = []string{"gathering", "people", "citizenry", "personnel"}

// isPersonGroup reports a lower-case noun that WordNet files under a group
// of people (personGroupHeads), memoised in memo.
func isPersonGroup(lx *lexicon.Lexicon, t Token, memo map[string]bool) bool {
	if isCapitalised(t) || len(t.Norm) < 4 || IsStopWord(t.Norm) {
		return false
	}
	v, ok := memo[t.Norm]
	if !ok {
		for _, l := range lx.Lemma(t.Norm) {
			for _, h := range lx.Hypernyms(l) {
				if slices.Contains(personGroupHeads, h) {
					v = true
				}
			}
		}
		memo[t.Norm] = v
	}
	return v
}

// groupCount reports a count of a group of people at number token j: "a
// crowd of 11,460", "an audience of about 900".
func groupCount(lx *lexicon.Lexicon, toks []Token, j int, memo map[string]bool) bool {
	k := j - 1
	for k >= 0 && approximators[toks[k].Norm] {
		k--
	}
	return k >= 1 && toks[k].Norm == "of" && isPersonGroup(lx, toks[k-1], memo)
}

// approximators stand between "of" and a count: "a crowd of about 900".
var approximators = wordSet(`about around nearly almost some roughly approximately over more than`)

// currencySigns stand before an amount of money ("£412", "₱10,000").
var currencySigns = []string{"$", "€", "£", "¥", "₹", "₱", "₦", "₩", "₽", "₺", "₴", "₪", "₫", "₵", "฿"}

// currencyLetters are currencies written as one capital glued to the
// amount: the peso ("P10,000"), the rand ("R200"), the kwacha or kina
// ("K5,000").
var currencyLetters = wordSet(`p r k`)

// gluedCurrency reports an amount written with its currency's letters
// glued to the figure: "Rs500" or "KSh612" (a known abbreviation), or a
// single capital ("P10,000", "P2.5 million") when the figure is plainly
// an amount — grouped in thousands or followed by a magnitude — so that
// a road ("R23"), a size ("A4") or a model ("K9") is not money.
func gluedCurrency(toks []Token, j int) bool {
	t := toks[j]
	k := strings.IndexFunc(t.Text, func(r rune) bool { return r >= '0' && r <= '9' })
	if k <= 0 || t.Text[0] < 'A' || t.Text[0] > 'Z' || strings.Trim(t.Text[k:], "0123456789") != "" {
		return false
	}
	letters := strings.ToLower(t.Text[:k])
	if attribution.IsCurrencyAbbrev(letters) {
		return true
	}
	if !currencyLetters[letters] || j+1 >= len(toks) {
		return false
	}
	next := toks[j+1]
	if next.Start == t.End+1 && (next.Text[0] >= '0' && next.Text[0] <= '9') {
		// "P10,000", "P2.5": the figure goes on after a separator.
		return true
	}
	return magnitudeWords[next.Norm]
}

// magnitudeWords scale a figure: "2.5 million".
var magnitudeWords = wordSet(`thousand million billion trillion bn mn crore lakh`)

// moneyKey is the index term of a sentence stating an amount of money.
const moneyKey = "money"

var currencyWords = wordSet(`dollar dollars euro euros pound pounds yen yuan rupee rupees franc francs usd eur gbp cents`)

// hasMoney reports an amount of money: a currency sign before a digit, or a
// number, "a" or "one" followed by a currency word.
func hasMoney(text string, toks []Token) bool {
	for _, sign := range currencySigns {
		if i := strings.Index(text, sign); i >= 0 && i+len(sign) < len(text) && text[i+len(sign)] >= '0' && text[i+len(sign)] <= '9' {
			return true
		}
	}
	for j := range toks {
		if gluedCurrency(toks, j) {
			return true
		}
		if j+1 >= len(toks) {
			break
		}
		if isNumberToken(toks[j]) && (currencyWords[toks[j+1].Norm] || (j+2 < len(toks) && currencyWords[toks[j+2].Norm])) {
			return true
		}
		// "Rs 4.92 lakh crore", "KSh 612 million": a currency's
		// abbreviation before the amount.
		if attribution.IsCurrencyAbbrev(toks[j].Norm) && isCapitalised(toks[j]) && toks[j+1].Text != "" &&
			toks[j+1].Text[0] >= '0' && toks[j+1].Text[0] <= '9' {
			return true
		}
		// "charging a pound a lesson", "one dollar a day": a single unit,
		// but not a weight ("a pound of butter").
		if (toks[j].Norm == "a" || toks[j].Norm == "one") && currencyWords[toks[j+1].Norm] &&
			(j+2 >= len(toks) || toks[j+2].Norm != "of") {
			return true
		}
	}
	return false
}

var durationUnits = wordSet(`second seconds minute minutes hour hours day days night nights week weeks weekend weekends
	fortnight fortnights month months season seasons term terms year years decade decades generation generations
	century centuries`)

// hasDuration reports a number followed by a unit of time ("four days",
// "30-day", "two years"), "since" and a year, or "until" and its end.
func hasDuration(toks []Token) bool {
	for j := 0; j+1 < len(toks); j++ {
		if isNumberToken(toks[j]) && durationUnits[toks[j+1].Norm] {
			return true
		}
		// "has owned the shop since 1988": a duration told by its start.
		if toks[j].Norm == "since" && isYear(toks[j+1].Norm) {
			return true
		}
		// "will stay in place until the hills turn green": a duration
		// told by its end.
		if toks[j].Norm == "until" || toks[j].Norm == "till" {
			return true
		}
	}
	return false
}

// actorWords name those who act without being named: "leaves enforcement to
// each country" answers "who enforces".
var actorWords = wordSet(`country countries nation nations government governments group groups delegate delegates
	delegation delegations council councils company companies member members industry organisation organisations
	organization organizations union unions party parties side sides authority authorities state states agency
	agencies court courts committee committees panel board police army military voters residents citizens`)

// acronymConnectors may stand inside a name without giving it a letter
// ("Bank of England" is BoE, "World Wildlife Fund" WWF).
var acronymConnectors = wordSet(`of for the and on in de`)

// addAcronyms records the initials of each run of two or more capitalised
// words ("World Wildlife Fund" → "wwf"), so a question may use either.
func (ix *index) addAcronyms(toks []Token, text string) {
	for i := 0; i < len(toks); {
		if !isCapitalised(toks[i]) {
			i++
			continue
		}
		var letters []byte
		var keys []string
		j := i
		for ; j < len(toks); j++ {
			t := toks[j]
			if j > i && !adjacent(text, toks[j-1], t) {
				break
			}
			if isCapitalised(t) {
				letters = append(letters, t.Norm[0])
				keys = append(keys, t.Stem)
				continue
			}
			if !acronymConnectors[t.Norm] || j+1 >= len(toks) || !isCapitalised(toks[j+1]) {
				break
			}
		}
		if len(letters) >= 2 && len(letters) <= 6 {
			ix.acronyms[string(letters)] = keys
		}
		i = max(j, i+1)
	}
}

// clockTimeRE finds a time of day in its written forms: "5.50am", "11:30
// p.m.", "11am", "17:45", "five o'clock", "noon", "half past five", and
// the British dotted time after a preposition of time ("arrive at 12.30",
// "from 2.45 to 3.30"). A bare "7.10" is left out: it is as often a
// decimal, and so is one followed by a unit ("at 12.30 per cent").
var clockTimeRE = clockTimes{
	any: regexp.MustCompile(`(?i)\b(?:\d{1,2}(?:[.:][0-5]\d)?\s?[ap]\.?m\b|(?:[01]?\d|2[0-3]):[0-5]\d\b|o['’]clock\b|noon\b|midnight\b|midday\b|` +
		`(?:half|quarter|(?:\d{1,2}|five|ten|twenty|twenty-five) minutes)\s+(?:past|to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon)\b)`),
	dotted: regexp.MustCompile(`(?i)\b(?:at|from|until|till|before|after|by|between)\s+(?:about\s+|around\s+|roughly\s+)?(?:[01]?\d|2[0-3])\.[0-5]\d\b`),
}

// unitFollows reports a figure's unit, percentage or further digits at the
// start of rest: what makes "at 12.30" a price or a rate, not a time.
func unitFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return false
	}
	if c := rest[0]; c == '%' || c >= '0' && c <= '9' || (c == '.' || c == ',') && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9' {
		return true
	}
	w := strings.ToLower(rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsLetter))])
	return figureUnits[w] || measureUnits[w] || currencyWords[w] || magnitudeWords[w] || durationUnits[w]
}

// figureUnits follow a decimal that is no time: "12.30 per cent", "2.45p".
var figureUnits = wordSet(`p pc per percent pence cent cents times x pts points`)

// clockTimes matches times of day: any form that is always one, and a
// dotted "12.30" after a preposition of time that no unit follows.
type clockTimes struct{ any, dotted *regexp.Regexp }

// MatchString reports whether s holds a time of day.
func (c clockTimes) MatchString(s string) bool {
	if c.any.MatchString(s) {
		return true
	}
	for _, m := range c.dotted.FindAllStringIndex(s, -1) {
		if !unitFollows(s[m[1]:]) {
			return true
		}
	}
	return false
}

var timeWords = wordSet(`today yesterday tomorrow tonight morning evening night week weeks weekend month months year years
	day days hour hours minute minutes ago later earlier since until before after eve moments soon recently
	january february march april may june july august september october november december
	jan feb aug sep sept oct nov dec
	monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter decade century
	currently now then date time dated when`)

var personWords = wordSet(`president leader leaders minister representative representatives official officials
	spokesman spokeswoman chancellor senator king queen pope prime secretary envoy diplomat diplomats negotiator
	negotiators ambassador people he she they him her`)

func containsAnyWord(toks []Token, set map[string]bool) bool {
	for _, t := range toks {
		if set[t.Norm] {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func hasYear(toks []Token) bool {
	for _, t := range toks {
		if len(t.Norm) == 4 && isDigits(t.Norm) && (strings.HasPrefix(t.Norm, "19") || strings.HasPrefix(t.Norm, "20")) {
			return true
		}
	}
	return false
}

// hasValue reports a cardinal number in digits or words ("2:13:52",
// "$240", "nineteen"), not an ordinal or ratio alone.
func hasValue(toks []Token) bool {
	for _, t := range toks {
		if t.Norm != "" && (t.Norm[0] >= '0' && t.Norm[0] <= '9' || numberWords[t.Norm] && !ordinalWords[t.Norm] && !ratioWords[t.Norm] && t.Norm != "one") {
			return true
		}
	}
	return false
}

func hasNumber(toks []Token) bool {
	for _, t := range toks {
		if isNumberToken(t) {
			return true
		}
	}
	return false
}
