// Package align finds a claimed quote's words in an article: word for word
// (Exact), or by a weighted word alignment that tolerates a few changes
// (Best), and it names those changes — a number, a name, the polarity
// (negation, antonyms, a negative prefix) or another word — with their
// offsets in the article's text. It reads the sentences as tokens handed to
// it (Doc) and imports only knowledge/nlp and knowledge/lexicon; splitting a
// message into claims and saying who speaks are its caller's.
package align

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/knowledge/lexicon"
	"github.com/quotebot/quotebot/knowledge/nlp"
)

// Doc is the text claims are aligned with.
type Doc struct {
	// Text is the whole text; every offset indexes it.
	Text string
	// Sentences are the text's sentences, in order.
	Sentences []Sentence
	// Paragraphs hold the indexes of their sentences, in order.
	Paragraphs [][]int
	// People are the names the text's people are known by; a capitalised
	// word that folds to one names that person.
	People []string
	// PersonNamed, when not nil, returns which of People a capitalised
	// claim word names when it is not one of them as written (a misspelt
	// surname), and whether it names one.
	PersonNamed func(word string) (name string, ok bool)

	// lemmas memoises baseStem across the checks of the Doc: a check on a
	// long article prepares thousands of words, and looking up each one's
	// irregular base in WordNet and stemming it would otherwise be done
	// anew by every check.
	lemmas lemmaMemo
	// long holds the very long paragraphs' words as interned forms, made
	// once for all checks (see windows).
	longMu sync.Mutex
	long   map[int]*longParagraph
}

// lemmaMemo is a bounded map from a word (its Norm and Stem) to baseStem,
// safe for concurrent use; the zero value is empty.
type lemmaMemo struct {
	mu sync.RWMutex
	m  map[[2]string]string
}

// maxLemmaMemo bounds lemmaMemo: an article's vocabulary fits, and claims
// (any words a user sends) cannot grow it without end.
const maxLemmaMemo = 1 << 17

func (l *lemmaMemo) get(norm, stem string) string {
	k := [2]string{norm, stem}
	l.mu.RLock()
	b, ok := l.m[k]
	l.mu.RUnlock()
	if ok {
		return b
	}
	b = baseStem(norm, stem)
	l.mu.Lock()
	if l.m == nil {
		l.m = map[[2]string]string{}
	}
	if len(l.m) < maxLemmaMemo {
		l.m[k] = b
	}
	l.mu.Unlock()
	return b
}

// Sentence is one sentence of a Doc.
type Sentence struct {
	// Start is the sentence's offset in Doc.Text, Text its text.
	Start int
	Text  string
	// Tokens are its words, with offsets relative to Text.
	Tokens []nlp.Token
}

// Word weights for alignment: function words count for less than words that
// carry meaning, so "the → a" costs less than "determine → find". Negation
// markers and numbers weigh as much as content words: they are exactly what
// a distortion changes.
const (
	contentWeight = 1.0
	stopWeight    = 0.4
	// softMatch is the credit for a pair that is the same word in another
	// form (same stem: "towards"/"toward") or the same person spelt another
	// way ("Zelensky"/"Zelenskyy"); such a pair is still a change.
	softMatch = 0.75
	// possMatch is the credit for the same word with or without "'s".
	possMatch = 0.9
	// punctPenalty is taken off the similarity for each difference in
	// punctuation between words that are otherwise the same.
	punctPenalty = 0.02
)

// wtok is one word prepared for alignment: a text word (offsets into
// Doc.Text) or a claim word (offsets into the claim).
type wtok struct {
	// normID and stemID intern the word's Norm and Stem for fast comparison;
	// bareID its Norm without dots ("U.S." → "us").
	normID, stemID, bareID int32
	// lemID is the stem of the word's irregular base ("hid" → "hide",
	// "went" → "go"), its stemID when it has none.
	lemID int32
	// poss: the word ends in "'s", which Norm drops ("He’s" → "he").
	poss       bool
	start, end int
	weight     float64
	content    bool
	number     bool
	neg        bool
	proper     bool  // a proper noun: a person, place or body
	person     int16 // 1 + index in Doc.People, 0 when the word names nobody
	// ellipsisAfter marks a claim word followed by "…" or "...": the article
	// may skip any words there but a negation.
	ellipsisAfter bool
}

func (t wtok) sameWord(u wtok) bool { return t.normID == u.normID && t.poss == u.poss }

// negationWords flip the polarity of what they touch; "n't" endings count too.
var negationWords = wordSet(`not no never none nobody nothing neither nor without cannot fail fails failed failing
	failure refuse refuses refused refusing reject rejects rejected rejecting deny denies denied denying unable
	lack lacks lacked lacking barely hardly nowhere`)

// wordSet builds a set of the words in s, separated by white space.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// antonyms are pairs of words whose swap flips what a sentence says; they
// are compared by stem, so "accepted"/"rejects" counts.
var antonyms = func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, pair := range strings.Fields(`accept/reject agree/refuse agree/disagree support/oppose approve/reject win/lose
		won/lost success/failure succeed/fail increase/decrease rise/fall more/less most/least always/never all/none
		everyone/nobody everybody/nobody everything/nothing some/none confirm/deny allow/forbid allow/ban
		optimistic/pessimistic upbeat/pessimistic hopeful/hopeless positive/negative friendly/hostile strong/weak
		before/after earlier/later true/false right/wrong with/without include/exclude can/cannot love/hate
		peace/war ally/enemy progress/setback breakthrough/deadlock open/closed start/end begin/end
		good/bad better/worse best/worst`) {
		a, b, _ := strings.Cut(pair, "/")
		sa, sb := nlp.Stem(a), nlp.Stem(b)
		m[[2]string{sa, sb}], m[[2]string{sb, sa}] = true, true
	}
	return m
}()

// antonymsOf lists, for a stem, the stems of its opposites.
var antonymsOf = AntonymStems()

// AntonymStems returns a new map from each stem of the antonym pairs
// Opposite knows to the stems of its opposites.
func AntonymStems() map[string][]string {
	m := map[string][]string{}
	for pair := range antonyms {
		m[pair[0]] = append(m[pair[0]], pair[1])
	}
	return m
}

// negPrefixes turn a word into its opposite ("provoked" → "unprovoked").
var negPrefixes = []string{"un", "in", "im", "ir", "il", "dis", "non", "non-"}

// Opposite reports whether two folded words say opposite things: a pair of
// antonyms ("accept"/"reject", compared by stem), or a word and its negative
// prefix ("provoked"/"unprovoked").
func Opposite(a, b string) bool {
	if antonyms[[2]string{nlp.Stem(a), nlp.Stem(b)}] {
		return true
	}
	for _, p := range negPrefixes {
		if (len(b) > len(p)+2 && b == p+a) || (len(a) > len(p)+2 && a == p+b) {
			return true
		}
	}
	return false
}

// IsNegation reports whether a folded word negates what it touches ("not",
// "never", "failed", "couldn't").
func IsNegation(norm string) bool {
	return negationWords[norm] || strings.HasSuffix(norm, "n't")
}

// Checker aligns claims with one Doc. It holds what one check of a message
// computes once and reuses across its claims: the paragraphs' words,
// interned word forms, and the alignment's scratch space. A very long
// paragraph is never prepared whole for alignment: claims are aligned with
// windows of it around their words (see windows), so memory stays linear in
// the claim and the window. A Checker is not safe for concurrent use.
type Checker struct {
	doc   *Doc
	al    aligner
	ids   map[string]int32
	paras [][]wtok
	forms [][]uint64 // per paragraph: a bit set of its words' norm and stem IDs
	all   []wtok     // backing array of paras
	// personOf maps a folded name to 1 + its index in Doc.People.
	personOf map[string]int16
	// lemOf memoises wtok.lemID by normID.
	lemOf map[int32]int32
	// strs are the interned strings by ID.
	strs []string
	// segs memoises the segments of each paragraph for the claim text being
	// checked (segsFor), as exact and near search both want them.
	segs    map[int][]alignSegment
	segsFor string
	// want, sums and hits are windows' scratch space.
	want []uint64
	sums []int32
	hits []int32
}

// longParagraphWords is the size from which a paragraph is aligned in
// windows: news paragraphs have tens of words, but an article without
// blank lines is one paragraph, and aligning a claim with all of it costs
// claim × paragraph time and memory.
const longParagraphWords = 2000

// maxWindows is how many windows of a long paragraph a claim is aligned
// with: the stretches holding most of its words.
const maxWindows = 6

// alignSegment is a stretch of one paragraph that a claim is searched in: the
// whole paragraph, or a window of a long one.
type alignSegment struct {
	p     int // paragraph, 0-based
	pw    []wtok
	forms []uint64
}

// longParagraph is a long paragraph's words as interned forms, in an ID
// space of its own (ids), so that it is made once per Doc and read by any
// number of checks at once.
type longParagraph struct {
	ids        map[string]int32
	norm, stem []int32
	// sentAt[k] is the index of the first word of the paragraph's k-th
	// sentence; its last element is the number of words.
	sentAt []int32
}

func (sc *Checker) intern(s string) int32 {
	id, ok := sc.ids[s]
	if !ok {
		id = int32(len(sc.ids))
		sc.ids[s] = id
		sc.strs = append(sc.strs, s)
	}
	return id
}

func (sc *Checker) init() {
	if sc.ids != nil {
		return
	}
	sc.ids = make(map[string]int32, 512)
	sc.paras = make([][]wtok, len(sc.doc.Paragraphs))
	sc.forms = make([][]uint64, len(sc.doc.Paragraphs))
	sc.personOf = make(map[string]int16, len(sc.doc.People))
	sc.lemOf = make(map[int32]int32, 512)
	for i, name := range sc.doc.People {
		sc.personOf[nlp.Fold(name)] = int16(i + 1)
	}
	// Paragraphs are prepared as claims need them, so the backing array
	// grows with what is used, not with the article.
	sc.all = make([]wtok, 0, 1024)
}

// paragraphWords returns the words of paragraph p (0-based) for alignment,
// built once per check.
func (sc *Checker) paragraphWords(p int) []wtok {
	sc.init()
	if sc.paras[p] != nil {
		return sc.paras[p]
	}
	from := len(sc.all)
	for _, si := range sc.doc.Paragraphs[p] {
		sc.all = sc.sentenceWords(si, sc.all)
	}
	pw := sc.all[from:len(sc.all):len(sc.all)]
	sc.paras[p], sc.forms[p] = pw, sc.formSet(pw)
	return pw
}

// sentenceWords appends the words of sentence si for alignment to dst.
func (sc *Checker) sentenceWords(si int, dst []wtok) []wtok {
	s := &sc.doc.Sentences[si]
	for k, t := range mergeInitialisms(s.Text, s.Tokens) {
		w := sc.newWtok(t, s.Start)
		if nlp.IsCapitalised(t) {
			if n, ok := sc.personOf[t.Norm]; ok {
				w.person, w.proper = n, true
			} else if k > 0 {
				w.proper = true
			}
		}
		dst = append(dst, w)
	}
	return dst
}

// formSet is a bit set of the words' norm, stem and irregular-base IDs.
func (sc *Checker) formSet(pw []wtok) []uint64 {
	set := make([]uint64, (len(sc.ids)+63)/64)
	for _, w := range pw {
		set[w.normID/64] |= 1 << (w.normID % 64)
		set[w.stemID/64] |= 1 << (w.stemID % 64)
		set[w.lemID/64] |= 1 << (w.lemID % 64)
	}
	return set
}

// paragraphSize is the number of words of paragraph p.
func (sc *Checker) paragraphSize(p int) int {
	n := 0
	for _, si := range sc.doc.Paragraphs[p] {
		n += len(sc.doc.Sentences[si].Tokens)
	}
	return n
}

// segments returns where in paragraph p to search for the claim: the whole
// paragraph, or, for a long one, the windows around the claim's words.
func (sc *Checker) segments(p int, claim string, cw []wtok) []alignSegment {
	sc.init()
	if sc.segsFor != claim || sc.segs == nil {
		sc.segs, sc.segsFor = map[int][]alignSegment{}, claim
	}
	if segs, ok := sc.segs[p]; ok {
		return segs
	}
	var segs []alignSegment
	if sc.paras[p] != nil || sc.paragraphSize(p) <= longParagraphWords {
		pw := sc.paragraphWords(p)
		segs = []alignSegment{{p: p, pw: pw, forms: sc.forms[p]}}
	} else {
		segs = sc.windows(p, cw)
	}
	sc.segs[p] = segs
	return segs
}

// longParagraph returns the words of long paragraph p as interned forms,
// made on the first check that needs them.
func (d *Doc) longParagraph(p int) *longParagraph {
	d.longMu.Lock()
	defer d.longMu.Unlock()
	if lp, ok := d.long[p]; ok {
		return lp
	}
	if d.long == nil {
		d.long = map[int]*longParagraph{}
	}
	n := 0
	for _, si := range d.Paragraphs[p] {
		n += len(d.Sentences[si].Tokens)
	}
	lp := &longParagraph{ids: map[string]int32{}, norm: make([]int32, 0, n), stem: make([]int32, 0, n), sentAt: make([]int32, 0, len(d.Paragraphs[p])+1)}
	intern := func(s string) int32 {
		id, ok := lp.ids[s]
		if !ok {
			id = int32(len(lp.ids))
			lp.ids[s] = id
		}
		return id
	}
	for _, si := range d.Paragraphs[p] {
		lp.sentAt = append(lp.sentAt, int32(len(lp.norm)))
		for _, t := range d.Sentences[si].Tokens {
			lp.norm = append(lp.norm, intern(t.Norm))
			lp.stem = append(lp.stem, intern(t.Stem))
		}
	}
	lp.sentAt = append(lp.sentAt, int32(len(lp.norm)))
	d.long[p] = lp
	return lp
}

// windows returns the stretches of long paragraph p worth aligning the
// claim with: the maxWindows non-overlapping spans of about one and a half
// claims' length holding the most of the claim's content words, each
// widened by half a claim on both sides and to whole sentences. A claim's
// best alignment pays for every article word it spans, so it lies where its
// words are dense; the windows find those places in time linear in the
// paragraph, and aligning with them costs claim × window.
func (sc *Checker) windows(p int, cw []wtok) []alignSegment {
	lp := sc.doc.longParagraph(p)
	n := len(lp.norm)
	// The claim's content words in the paragraph's ID space; a form the
	// paragraph lacks matches none of its words.
	sc.want = slices.Grow(sc.want[:0], (len(lp.ids)+63)/64)[:(len(lp.ids)+63)/64]
	clear(sc.want)
	for _, c := range cw {
		if c.content {
			for _, id := range []int32{c.normID, c.stemID} {
				if lid, ok := lp.ids[sc.strs[id]]; ok {
					sc.want[lid/64] |= 1 << (lid % 64)
				}
			}
		}
	}
	// sums[j] is the number of the first j words that are claim words;
	// hits are their positions.
	sc.sums = slices.Grow(sc.sums[:0], n+1)[:n+1]
	sums, hits := sc.sums, sc.hits[:0]
	sums[0] = 0
	for j := 0; j < n; j++ {
		sums[j+1] = sums[j]
		if hasForm(sc.want, lp.norm[j]) || hasForm(sc.want, lp.stem[j]) {
			sums[j+1]++
			hits = append(hits, int32(j))
		}
	}
	sc.hits = hits
	w := min(max(len(cw)*3/2, 24), n)
	margin := max(len(cw)/2, 8)
	var starts []int
	for len(starts) < maxWindows {
		// The densest windows start at a claim word.
		best, bestHits := -1, int32(0)
		for _, h := range hits {
			s := min(int(h), n-w)
			if c := sums[s+w] - sums[s]; c > bestHits && !nearAny(starts, s, w) {
				best, bestHits = s, c
			}
		}
		if best < 0 {
			break
		}
		starts = append(starts, best)
	}
	slices.Sort(starts)
	var segs []alignSegment
	lastSent := -1
	for _, s := range starts {
		lo, hi := max(s-margin, 0), min(s+w+margin, n)
		// The sentences holding words lo..hi-1.
		k0 := sort.Search(len(lp.sentAt)-1, func(k int) bool { return lp.sentAt[k+1] > int32(lo) })
		k1 := sort.Search(len(lp.sentAt)-1, func(k int) bool { return lp.sentAt[k] >= int32(hi) })
		k0 = max(k0, lastSent+1) // windows widened to sentences may meet
		if k0 >= k1 {
			continue
		}
		var pw []wtok
		for _, si := range sc.doc.Paragraphs[p][k0:k1] {
			pw = sc.sentenceWords(si, pw)
		}
		segs = append(segs, alignSegment{p: p, pw: pw, forms: sc.formSet(pw)})
		lastSent = k1 - 1
	}
	return segs
}

// nearAny reports whether a window starting at s overlaps one starting at
// any of starts (all of length w).
func nearAny(starts []int, s, w int) bool {
	for _, t := range starts {
		if s < t+w && t < s+w {
			return true
		}
	}
	return false
}

func hasForm(set []uint64, id int32) bool {
	return int(id/64) < len(set) && set[id/64]&(1<<(id%64)) != 0
}

// simBound is an upper bound of the similarity the claim can reach in a
// alignSegment whose word forms are set, from which of its words the alignSegment has
// in any form: each such word pairs at best fully with an article word of
// weight ≤ 1.
func simBound(set []uint64, cw []wtok) float64 {
	var wc, got, n float64
	for _, c := range cw {
		wc += c.weight
		if hasForm(set, c.normID) || hasForm(set, c.stemID) || hasForm(set, c.lemID) || c.person != 0 {
			got += c.weight
			n++
		}
	}
	if wc+n == 0 {
		return 0
	}
	return (got + n) / (wc + n)
}

func (sc *Checker) newWtok(t nlp.Token, off int) wtok {
	w := wtok{poss: nlp.EndsPossessive(t.Text), start: t.Start + off, end: t.End + off}
	w.normID, w.stemID, w.bareID = sc.intern(t.Norm), sc.intern(t.Stem), -1
	if strings.Contains(t.Norm, ".") {
		w.bareID = sc.intern(strings.ReplaceAll(t.Norm, ".", ""))
	} else {
		w.bareID = w.normID
	}
	w.lemID = sc.lemma(w.normID, t.Norm, t.Stem, w.stemID)
	w.number = nlp.IsNumberWord(t.Norm)
	w.neg = IsNegation(t.Norm)
	w.content = !nlp.IsStopWord(t.Norm) || w.neg || w.number
	w.weight = stopWeight
	if w.content {
		w.weight = contentWeight
	}
	return w
}

// lemma returns the interned stem of the first base of norm in WordNet
// whose stem differs from the word's own (an irregular form: "hid" →
// "hide"), else stemID; memoised per word, so an article's words cost one
// lexicon look-up each.
func (sc *Checker) lemma(normID int32, norm, stem string, stemID int32) int32 {
	if id, ok := sc.lemOf[normID]; ok {
		return id
	}
	id := stemID
	if bs := sc.doc.lemmas.get(norm, stem); bs != "" {
		id = sc.intern(bs)
	}
	sc.lemOf[normID] = id
	return id
}

// baseStem returns the stem of the first base of norm in WordNet whose
// stem differs from the word's own, stem: "hide" of "hid"; "" when none
// does.
func baseStem(norm, stem string) string {
	for _, b := range lexicon.Default().Lemma(norm) {
		if bs := nlp.Stem(b); bs != stem && !strings.Contains(b, " ") {
			return bs
		}
	}
	return ""
}

// claimWords tokenises a claim for alignment, marking ellipses and names;
// it returns the tokens too.
func (sc *Checker) claimWords(claim string) ([]wtok, []nlp.Token) {
	sc.init()
	all := nlp.Tokenize(claim)
	toks := mergeInitialisms(claim, all)
	out := make([]wtok, 0, len(toks))
	for k, t := range toks {
		w := sc.newWtok(t, 0)
		if p := sc.claimPerson(t); p != 0 {
			w.person, w.proper = p, true
		} else if k > 0 && nlp.IsCapitalised(t) && (!nlp.IsStopWord(t.Norm) || isAllCaps(t.Text)) &&
			!strings.ContainsAny(NormGap(claim[toks[k-1].End:t.Start]), ".!?:") {
			// A capital inside a sentence marks a name; people type
			// sentence openings and "We" with capitals too.
			w.proper = true
		}
		if k+1 < len(toks) && strings.Contains(NormGap(claim[t.End:toks[k+1].Start]), "...") {
			w.ellipsisAfter = true
		}
		out = append(out, w)
	}
	return out, all
}

// mergeInitialisms joins the letters of an abbreviation written with dots
// ("U.S.", "E.U."), which Tokenize splits, into one token whose Norm keeps
// the dots ("u.s"), so that it pairs with "US" as the same word written
// another way. It returns toks itself when there is none.
func mergeInitialisms(text string, toks []nlp.Token) []nlp.Token {
	single := func(t nlp.Token) bool { return len(t.Norm) == 1 && t.Norm[0] >= 'a' && t.Norm[0] <= 'z' }
	var out []nlp.Token
	for k := 0; k < len(toks); k++ {
		j := k
		for j+1 < len(toks) && single(toks[j]) && single(toks[j+1]) && text[toks[j].End:toks[j+1].Start] == "." {
			j++
		}
		if j == k {
			if out != nil {
				out = append(out, toks[k])
			}
			continue
		}
		if out == nil {
			out = append(make([]nlp.Token, 0, len(toks)), toks[:k]...)
		}
		t := nlp.Token{Text: text[toks[k].Start:toks[j].End], Start: toks[k].Start, End: toks[j].End}
		t.Norm = nlp.Fold(t.Text)
		t.Stem = t.Norm
		out = append(out, t)
		k = j
	}
	if out == nil {
		return toks
	}
	return out
}

func isAllCaps(s string) bool {
	return len(s) > 1 && !strings.ContainsFunc(s, unicode.IsLower)
}

// claimPerson resolves one claim word to a person of the article (1 + the
// index in Doc.People, 0 for nobody): the surname in any case, or a
// one-typo spelling when capitalised.
func (sc *Checker) claimPerson(t nlp.Token) int16 {
	if n, ok := sc.personOf[t.Norm]; ok {
		return n
	}
	if nlp.IsCapitalised(t) && len(t.Norm) >= 4 && sc.doc.PersonNamed != nil {
		if name, ok := sc.doc.PersonNamed(t.Text); ok {
			return sc.personOf[nlp.Fold(name)]
		}
	}
	return 0
}

// NormGap folds the text between two words for comparison: white space and
// double quotation marks dropped, dashes, apostrophes and ellipses in one form.
func NormGap(s string) string {
	if s == " " || s == "" {
		return ""
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), strings.ContainsRune("\"“”„‟«»″", r):
		case nlp.IsApostrophe(r):
			b.WriteByte('\'')
		case r == '-' || strings.ContainsRune("–—‒−‐‑―", r):
			// A run of dashes ("--", "---") is a typed dash.
			if !strings.HasSuffix(b.String(), "-") {
				b.WriteByte('-')
			}
		case r == '…':
			b.WriteString("...")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// findExact looks for the claim's words, piece by piece across ellipses and
// in order, in the paragraph's words, with the same punctuation between
// them. It returns the indexes of the first and last article words matched.
func findExact(pw []wtok, ptext string, cw []wtok, ctext string) (first, last int, ok bool) {
	pos := 0
	first = -1
	for ci := 0; ci < len(cw); {
		cj := ci
		for cj < len(cw)-1 && !cw[cj].ellipsisAfter {
			cj++
		}
		piece := cw[ci : cj+1]
		k := indexPiece(pw, ptext, pos, piece, ctext)
		if k < 0 || (first >= 0 && skipsNegation(pw[pos:k])) {
			return 0, 0, false
		}
		if first < 0 {
			first = k
		}
		pos = k + len(piece)
		ci = cj + 1
	}
	return first, pos - 1, true
}

// skipsNegation reports whether article words an ellipsis leaves out hold a
// negation: "the leaders … reach a breakthrough" drops "failed to", which
// turns the sentence around, so it is not the article's words.
func skipsNegation(skipped []wtok) bool {
	return slices.ContainsFunc(skipped, func(w wtok) bool { return w.neg })
}

// indexPiece returns the first index ≥ from where piece matches pw, or -1.
func indexPiece(pw []wtok, ptext string, from int, piece []wtok, ctext string) int {
outer:
	for k := from; k+len(piece) <= len(pw); k++ {
		for i := range piece {
			if !pw[k+i].sameWord(piece[i]) {
				continue outer
			}
		}
		for i := 1; i < len(piece); i++ {
			pg := ptext[pw[k+i-1].end:pw[k+i].start]
			cg := ctext[piece[i-1].end:piece[i].start]
			if pg != cg && NormGap(pg) != NormGap(cg) {
				continue outer
			}
		}
		return k
	}
	return -1
}

// Alignment operations.
const (
	opStart uint8 = iota // the alignment starts here
	opPair               // claim word i-1 aligned with article word j-1
	opSub                // claim word i-1 put for a different article word j-1
	opIns                // claim word i-1 not in the article
	opDel                // article word j-1 not in the claim
	opSkip               // article word j-1 left out at the claim's ellipsis
)

// alignOp is one step of an alignment; ci or pj is -1 when not involved.
type alignOp struct {
	kind   uint8
	ci, pj int
	q      float64
}

// aligner holds the scratch space of the dynamic programme, reused across
// paragraphs and claims of one check.
type aligner struct {
	h   []float64
	dir []uint8
}

// pairQuality is the credit for aligning claim word c with article word p:
// 1 for the same word, less for another form of it, 0 when they differ.
func pairQuality(c, p wtok) float64 {
	switch {
	case c.neg != p.neg:
		return 0
	case c.normID == p.normID:
		if c.poss == p.poss {
			return 1
		}
		return possMatch
	case c.number || p.number:
		return 0
	case c.bareID == p.bareID:
		// The same abbreviation with or without dots: "U.S." and "US".
		return possMatch
	case c.stemID == p.stemID:
		return softMatch
	case c.lemID == p.lemID && c.content && p.content:
		// One verb in an irregular form: "hid" for "didn't hide".
		return softMatch
	case c.person != 0 && c.person == p.person:
		return softMatch
	}
	return 0
}

// align finds the best alignment of the whole claim against a stretch of
// one paragraph (semi-global: every claim word is aligned or inserted, the
// article's stretch is free to start and end anywhere), weighted by word:
// a pair of the same word (in some form) earns q·(wc+wp); a pair of two
// different content words, a substitution, costs subCost·(wc+wp), which is
// less than leaving both unpaired, so a changed name or number at the end
// of a claim is shown against the article's word rather than as an
// addition; a word on either side left unpaired costs its weight; article
// words skipped at a claim ellipsis cost nothing, except a negation, which
// an ellipsis may not hide. It returns the
// operations in order, or nil when no word pairs.
func (al *aligner) align(cw, pw []wtok) []alignOp {
	const subCost = 0.45
	m, n := len(cw), len(pw)
	size := (m + 1) * (n + 1)
	if cap(al.h) < size {
		al.h = make([]float64, size)
		al.dir = make([]uint8, size)
	}
	h, dir := al.h[:size], al.dir[:size]
	for j := 0; j <= n; j++ {
		h[j], dir[j] = 0, opStart
	}
	for i := 1; i <= m; i++ {
		row, prev := i*(n+1), (i-1)*(n+1)
		c := cw[i-1]
		h[row], dir[row] = h[prev]-c.weight, opIns
		free := c.ellipsisAfter && i < m
		for j := 1; j <= n; j++ {
			p := pw[j-1]
			v, d := h[prev+j]-c.weight, opIns
			if q := pairQuality(c, p); q > 0 {
				if s := h[prev+j-1] + q*(c.weight+p.weight); s > v {
					v, d = s, opPair
				}
			} else if c.content && p.content {
				if s := h[prev+j-1] - subCost*(c.weight+p.weight); s > v {
					v, d = s, opSub
				}
			}
			if free && !p.neg {
				if s := h[row+j-1]; s > v {
					v, d = s, opSkip
				}
			} else if s := h[row+j-1] - p.weight; s > v {
				v, d = s, opDel
			}
			h[row+j], dir[row+j] = v, d
		}
	}
	last := m * (n + 1)
	bj := 0
	for j := 1; j <= n; j++ {
		if h[last+j] > h[last+bj] {
			bj = j
		}
	}
	ops := make([]alignOp, 0, m+8)
	paired := false
	for i, j := m, bj; i > 0; {
		switch d := dir[i*(n+1)+j]; d {
		case opPair, opSub:
			op := alignOp{kind: d, ci: i - 1, pj: j - 1}
			if d == opPair {
				op.q = pairQuality(cw[i-1], pw[j-1])
				paired = true
			}
			ops = append(ops, op)
			i, j = i-1, j-1
		case opIns:
			ops = append(ops, alignOp{kind: opIns, ci: i - 1, pj: -1})
			i--
		default: // opDel, opSkip
			ops = append(ops, alignOp{kind: d, ci: -1, pj: j - 1})
			j--
		}
	}
	if !paired {
		return nil
	}
	slices.Reverse(ops)
	return ops
}

// alignStats are the figures of one alignment.
type alignStats struct {
	sim            float64
	first, last    int // article word indexes of the matched span (-1 when none)
	matchedContent int
	// cover is the share of the claim's weight the article's words match.
	cover float64
}

// score computes the similarity of an alignment: a Dice coefficient over
// word weights, 2·matched / (claim weight + weight of the article span),
// where a pair's matched weight is q·(wc+wp)/2. Words skipped at an
// ellipsis are not part of the span's weight.
func score(ops []alignOp, cw, pw []wtok) alignStats {
	st := alignStats{first: -1, last: -1}
	var matched, wc, ws float64
	for _, t := range cw {
		wc += t.weight
	}
	for _, op := range ops {
		switch op.kind {
		case opPair:
			c, p := cw[op.ci], pw[op.pj]
			matched += op.q * (c.weight + p.weight)
			st.cover += op.q * c.weight
			ws += p.weight
			if c.content || p.content {
				st.matchedContent++
			}
			if st.first < 0 {
				st.first = op.pj
			}
			st.last = op.pj
		case opSub:
			ws += pw[op.pj].weight
			if st.first < 0 {
				st.first = op.pj
			}
			st.last = op.pj
		case opDel:
			ws += pw[op.pj].weight
		}
	}
	if wc+ws > 0 {
		st.sim = matched / (wc + ws)
	}
	if wc > 0 {
		st.cover /= wc
	}
	return st
}

// flaggedSubs counts the substitutions of an alignment that change a number
// for another or a word for its opposite.
func flaggedSubs(ops []alignOp, cw, pw []wtok, text, claim string) int {
	n := 0
	for _, op := range ops {
		if op.kind != opSub {
			continue
		}
		c, p := cw[op.ci], pw[op.pj]
		cf, pf := nlp.FoldWord(claim[c.start:c.end]), nlp.FoldWord(text[p.start:p.end])
		if (c.number && p.number) || Opposite(cf, pf) || siblings(cf, pf) {
			n++
		}
	}
	return n
}

// siblings reports whether two different words are nouns of one kind in
// WordNet, sharing a hypernym ("years" and "months", "Tuesday" and
// "Wednesday"): a claim that swaps one for the other alters the article's
// words rather than saying something it lacks.
func siblings(a, b string) bool {
	if a == b {
		return false
	}
	lx := lexicon.Default()
	above := map[string]bool{}
	la := append(lx.Lemma(a), a)
	lb := append(lx.Lemma(b), b)
	for _, x := range la {
		if slices.Contains(lb, x) {
			return false // one word in two forms
		}
		for _, h := range lx.Hypernyms(x) {
			above[h] = true
		}
	}
	for _, y := range lb {
		for _, h := range lx.Hypernyms(y) {
			if above[h] {
				return true
			}
		}
	}
	return false
}

// changes groups an alignment's differences into word-level changes: each
// run of unpaired words and inexact pairs is one change, and differing
// punctuation between two words that are otherwise the same is another.
func (sc *Checker) changes(ops []alignOp, cw, pw []wtok, claim string, lo, hi int) []Change {
	var out []Change
	var run []alignOp
	flush := func(at int) {
		if len(run) == 0 {
			return
		}
		out = append(out, sc.groupChange(run, cw, pw, claim, at, lo, hi))
		run = run[:0]
	}
	prevEnd := lo // article offset after the last article word seen
	var prevPair *alignOp
	for k := range ops {
		op := ops[k]
		exact := op.kind == opPair && op.q == 1
		if op.kind == opSkip {
			flush(prevEnd)
			prevEnd = pw[op.pj].end
			prevPair = nil
			continue
		}
		if !exact {
			run = append(run, op)
			if op.pj >= 0 {
				prevEnd = pw[op.pj].end
			}
			prevPair = nil
			continue
		}
		flush(prevEnd)
		if prevPair != nil && prevPair.ci == op.ci-1 && prevPair.pj == op.pj-1 && !cw[op.ci-1].ellipsisAfter {
			pg := sc.doc.Text[pw[op.pj-1].end:pw[op.pj].start]
			cg := claim[cw[op.ci-1].end:cw[op.ci].start]
			if pg != cg && NormGap(pg) != NormGap(cg) {
				s, e := trimSpaceSpan(sc.doc.Text, pw[op.pj-1].end, pw[op.pj].start)
				if s == e {
					s, e = pw[op.pj-1].end, pw[op.pj-1].end
				}
				out = append(out, Change{From: sc.doc.Text[s:e], To: strings.TrimSpace(cg), Kind: ChangeWord, Start: s, End: e})
			}
		}
		prevEnd = pw[op.pj].end
		prevPair = &ops[k]
	}
	flush(prevEnd)
	return mergeOverlapping(sc.doc.Text, out)
}

// groupChange turns a run of differing operations into one Change. Each
// side is widened to whole hyphenated words ("30" → "30-day") so the
// moderator sees the words as written.
func (sc *Checker) groupChange(run []alignOp, cw, pw []wtok, claim string, at, lo, hi int) Change {
	var from, to []wtok
	for _, op := range run {
		if op.pj >= 0 {
			from = append(from, pw[op.pj])
		}
		if op.ci >= 0 {
			to = append(to, cw[op.ci])
		}
	}
	ch := Change{Kind: changeKind(from, to), Start: at, End: at}
	if ch.Kind != ChangeNegation && flipsPolarity(sc.doc.Text, from, claim, to) {
		ch.Kind = ChangeNegation
	}
	if len(from) > 0 {
		ch.Start, ch.End = widen(sc.doc.Text, from[0].start, from[len(from)-1].end, lo, hi)
		ch.From = sc.doc.Text[ch.Start:ch.End]
	}
	if len(to) > 0 {
		s, e := widen(claim, to[0].start, to[len(to)-1].end, 0, len(claim))
		ch.To = claim[s:e]
	}
	return ch
}

// Change kinds.
const (
	ChangeNumber   = "number"
	ChangeName     = "name"
	ChangeNegation = "negation"
	ChangeWord     = "word"
)

// changeKind classifies a change, most serious first: polarity flipped
// (an odd number of negation markers changed), a number changed, a name
// changed, else another word.
func changeKind(from, to []wtok) string {
	nf, nt := 0, 0
	num, name := false, false
	for _, t := range from {
		if t.neg {
			nf++
		}
		num = num || t.number
		name = name || t.proper
	}
	for _, t := range to {
		if t.neg {
			nt++
		}
		num = num || t.number
		name = name || t.proper
	}
	// The same person spelt another way, or the same abbreviation with
	// dots, is not a changed name.
	if len(from) == 1 && len(to) == 1 &&
		((from[0].person != 0 && from[0].person == to[0].person) || from[0].bareID == to[0].bareID) {
		name = false
	}
	switch {
	case nf%2 != nt%2:
		return ChangeNegation
	case num:
		return ChangeNumber
	case name:
		return ChangeName
	}
	return ChangeWord
}

// flipsPolarity reports whether a word of the change's article side is the
// opposite of a word of its claim side. It stems each word once, so a long
// run of changes costs linear time.
func flipsPolarity(text string, from []wtok, claim string, to []wtok) bool {
	if len(from) == 0 || len(to) == 0 {
		return false
	}
	folded := make(map[string]bool, len(to))
	stems := make(map[string]bool, len(to))
	for _, t := range to {
		w := nlp.FoldWord(claim[t.start:t.end])
		folded[w] = true
		stems[nlp.Stem(w)] = true
	}
	for _, f := range from {
		w := nlp.FoldWord(text[f.start:f.end])
		for _, o := range antonymsOf[nlp.Stem(w)] {
			if stems[o] {
				return true
			}
		}
		for _, p := range negPrefixes {
			if (folded[p+w] && len(w) > 2) || (strings.HasPrefix(w, p) && len(w) > len(p)+2 && folded[w[len(p):]]) {
				return true
			}
		}
	}
	return false
}

// widen extends text[s:e] to the whole white-space-delimited chunk within
// [lo, hi), without the punctuation at its ends.
func widen(text string, s, e, lo, hi int) (int, int) {
	for s > lo {
		r, w := utf8.DecodeLastRuneInString(text[lo:s])
		if unicode.IsSpace(r) {
			break
		}
		s -= w
	}
	for e < hi {
		r, w := utf8.DecodeRuneInString(text[e:hi])
		if unicode.IsSpace(r) {
			break
		}
		e += w
	}
	for s < e {
		r, w := utf8.DecodeRuneInString(text[s:e])
		if nlp.IsWordRune(r) {
			break
		}
		s += w
	}
	for e > s {
		r, w := utf8.DecodeLastRuneInString(text[s:e])
		if nlp.IsWordRune(r) {
			break
		}
		e -= w
	}
	return s, e
}

func trimSpaceSpan(text string, s, e int) (int, int) {
	sp, ok := nlp.TrimSpan(text, s, e)
	if !ok {
		return s, s
	}
	return sp[0], sp[1]
}

// mergeOverlapping joins changes whose article spans overlap (two changes
// widened to the same hyphenated word).
func mergeOverlapping(text string, cs []Change) []Change {
	out := cs[:0]
	for _, c := range cs {
		if n := len(out); n > 0 && c.Start < out[n-1].End && c.Start != c.End {
			p := &out[n-1]
			if c.End > p.End {
				p.End = c.End
				p.From = text[p.Start:p.End]
			}
			if p.To != c.To {
				p.To = strings.TrimSpace(p.To + " " + c.To)
			}
			if kindRank(c.Kind) < kindRank(p.Kind) {
				p.Kind = c.Kind
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

func kindRank(kind string) int {
	switch kind {
	case ChangeNegation:
		return 0
	case ChangeNumber:
		return 1
	case ChangeName:
		return 2
	}
	return 3
}
