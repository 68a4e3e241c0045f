// Command gen turns the WordNet 3.0 database files (Debian's wordnet-base
// package installs them under /usr/share/wordnet) into the compact word table
// that package lexicon embeds. From the repository root:
//
//	go generate ./knowledge/lexicon
//	go run ./knowledge/lexicon/gen -dict /usr/share/wordnet -o knowledge/lexicon/wordnet.txt.gz
//
// The output is a gzip'd UTF-8 text file. Lines starting with '#' are the
// header (WordNet's version and licence notice). Every other line describes one
// word form (lower case, multiword forms joined by a space), sorted by byte
// order, with tab-separated fields:
//
//	word  flags  place-kind  synonyms  derived  pertainyms  hypernyms  antonyms  exceptions  supersenses  hyponyms  holonyms  rare-synonyms  rare-hypernyms  kinds
//
// flags is a decimal bit set (see the lexicon package's flag constants), or
// "=" and a base-36 line number for a spelling that stands for another line
// ("ceasefire" for "cease-fire"); lists are comma-separated line numbers (0-based, base 36) of other words;
// exceptions are base forms of an irregular inflection, each a part-of-speech
// letter (n, v, a, r) and a base-36 line number; supersenses are base-36
// numbers of WordNet's lexicographer files (lexNames); the rare lists are
// the synonyms and hypernyms of the senses the common fields leave out, each
// a line number, a colon and a strength digit (1-9, see gen.strength). All sense choices (which
// senses count, how many synonyms) are made here, so the runtime only reads.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/quotebot/quotebot/knowledge/lexicon/internal/format"
)

// The table's flags (see internal/format).
const (
	flagNoun      = format.Noun
	flagVerb      = format.Verb
	flagAdj       = format.Adj
	flagAdv       = format.Adv
	flagPerson    = format.Person
	flagOrg       = format.Org
	flagFemale    = format.Female
	flagMale      = format.Male
	flagPlace     = format.Place
	flagCommon    = format.Common
	flagInflected = format.Inflected
)

// Tunables; each was measured against the table tests in the package.
// minSenseShare and maxSynSenses were swept against the held-out sets and
// SQuAD (session 7: share 3, 5, 7, 10 with 3 senses; 2 and 4 senses with
// share 5): each other setting moved a few answerable questions either way
// across the decision threshold (dev news up, dev2 and unseen3 news down),
// answered no more traps and gained nothing overall, so 5 and 3 stay (so
// did moving expand's hypernym and hyponym weights to 0.3 or 0.5). The
// paraphrases still missed (spectators/crowd, sworn in/take office, go
// public/listed) are no sense choice: WordNet links them not at all, or
// only between multiword lemmas ("swear in" → "induct"), which retrieval
// does not match.
const (
	maxSynSenses  = 3  // senses per part of speech that give synonyms
	minSenseShare = 5  // a sense counts when tagged ≥ 1/minSenseShare as often as the top one
	maxSynonyms   = 24 // synonyms kept per word, commonest first
	maxDerived    = 12
	// maxHolonyms and maxHolonymDepth bound the wholes of a named place.
	maxHolonyms     = 6
	maxHolonymDepth = 3
	maxHypernyms    = 12
	maxHyponyms     = 12
	// maxRareSynonyms and maxRareHypernyms bound the links of the senses
	// the common-sense fields leave out (rareSenses), strongest first.
	maxRareSynonyms  = 16
	maxRareHypernyms = 16
	maxRareSenses    = 8 // senses per part of speech that give rare links
	// maxRarePolysemy: a word of more senses than this (all parts of
	// speech) gives no rare links; its rarer senses are too many to be
	// worth a match ("make", forty-nine verb senses).
	maxRarePolysemy = 15
	// rareRankShare is the share of the top sense an untagged first sense
	// counts as (an untagged second sense half of it, ...).
	rareRankShare = 0.3
	personSenses  = 2 // a noun is a role noun when one of its first two senses is a person
	orgSenses     = 3
	// A noun is no role or organisation noun when its adjective senses were
	// tagged more than adjectiveShare times as often as its noun senses, or
	// when it is an untagged noun that inflects a tagged word ("longer").
	adjectiveShare = 4
)

// Root synsets (WordNet 3.0 noun offsets).
const (
	person       = "n00007846"
	femalePerson = "n09619168"
	malePerson   = "n09624168"
	organization = "n08008335" // organization.n.01
	assembly     = "n08163792" // assembly.n.04: court, council, legislature
	body         = "n07965085" // body.n.02: university, faculty
	location     = "n00027167"
)

// placeKinds name the kind of a place instance by the nearest hypernym whose
// first lemma is listed here.
var placeKinds = map[string]string{
	"city": "city", "town": "town", "village": "village", "national capital": "city",
	"state capital": "city", "port": "city", "urban area": "city",
	"country": "country", "state": "state", "american state": "state",
	"province": "province", "county": "county", "district": "district", "region": "region",
	"continent": "continent", "river": "river", "lake": "lake", "sea": "sea", "ocean": "ocean",
	"island": "island", "mountain": "mountain", "mountain peak": "mountain", "volcano": "mountain",
	"canadian province": "province", "range": "mountain range", "peninsula": "peninsula",
	"desert": "desert", "valley": "valley", "bay": "bay", "gulf": "gulf", "strait": "strait",
	"canal": "canal", "geographical area": "region", "administrative district": "district",
}

// political kinds of place are preferred to natural features.
var political = map[string]bool{
	"city": true, "town": true, "village": true, "country": true, "state": true, "province": true,
	"county": true, "district": true,
}

type pointer struct {
	sym      string
	target   string // synset key
	src, dst int    // 1-based word numbers; 0 for semantic pointers
}

type synset struct {
	key   string
	words []string
	ptrs  []pointer
	gloss string // the first words of the gloss, lower case
	lex   int    // lexicographer file number (the supersense)
}

type sense struct {
	key string
	num int // 1-based sense number within its part of speech
	tag int // tag count from cntlist.rev
}

type gen struct {
	synsets map[string]*synset
	// senses[word][pos] lists the word's synsets in WordNet's sense order.
	senses map[string]map[byte][]sense
	exc    map[string][]string // inflected -> "v:base"
	memo   map[string]map[string]bool
	depth  map[string]int // rootDepth's memo
}

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "directory holding WordNet's data.* and index.* files")
	out := flag.String("o", "wordnet.txt.gz", "output file")
	dump := flag.String("dump", "", "comma-separated words to print decisions for (debugging)")
	flag.Parse()
	g := &gen{synsets: map[string]*synset{}, senses: map[string]map[byte][]sense{}, exc: map[string][]string{}, memo: map[string]map[string]bool{}}
	for _, p := range []struct {
		file string
		pos  byte
	}{{"noun", 'n'}, {"verb", 'v'}, {"adj", 'a'}, {"adv", 'r'}} {
		must(g.readData(filepath.Join(*dict, "data."+p.file), p.pos))
		must(g.readIndex(filepath.Join(*dict, "index."+p.file), p.pos))
		must(g.readExc(filepath.Join(*dict, p.file+".exc"), p.pos))
	}
	must(g.readCounts(filepath.Join(*dict, "cntlist.rev")))
	lic, err := licence(filepath.Join(*dict, "data.noun"))
	must(err)
	if *dump != "" {
		for _, w := range strings.Split(*dump, ",") {
			g.dumpWord(w)
		}
		return
	}
	must(g.write(*out, lic))
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func norm(w string) string {
	w = strings.ToLower(strings.ReplaceAll(w, "_", " "))
	// Adjective position markers: "galore(ip)".
	if i := strings.IndexByte(w, '('); i > 0 && strings.HasSuffix(w, ")") {
		w = w[:i]
	}
	return w
}

func filePOS(c string) byte {
	if c == "s" {
		return 'a'
	}
	return c[0]
}

func (g *gen) readData(path string, pos byte) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		gloss := ""
		if i := strings.Index(line, " | "); i >= 0 {
			gloss = line[i+3:]
			line = line[:i]
		}
		f := strings.Fields(line)
		lex, err := strconv.Atoi(f[1])
		if err != nil || lex < 0 || lex >= len(lexNames) {
			return fmt.Errorf("%s: %q: lexicographer file %q", path, f[0], f[1])
		}
		s := &synset{key: string(pos) + f[0], gloss: firstWords(gloss, 4), lex: lex}
		nw, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return fmt.Errorf("%s: %q: %v", path, f[0], err)
		}
		i := 4
		for k := 0; k < int(nw); k++ {
			s.words = append(s.words, norm(f[i]))
			i += 2
		}
		np, err := strconv.Atoi(f[i])
		if err != nil {
			return fmt.Errorf("%s: %q: %v", path, f[0], err)
		}
		i++
		for k := 0; k < np; k++ {
			sd, _ := strconv.ParseUint(f[i+3], 16, 16)
			s.ptrs = append(s.ptrs, pointer{sym: f[i], target: string(filePOS(f[i+2])) + f[i+1], src: int(sd >> 8), dst: int(sd & 0xff)})
			i += 4
		}
		g.synsets[s.key] = s
	}
	return sc.Err()
}

func (g *gen) readIndex(path string, pos byte) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		f := strings.Fields(line)
		w := norm(f[0])
		nsyn, _ := strconv.Atoi(f[2])
		offs := f[len(f)-nsyn:]
		m := g.senses[w]
		if m == nil {
			m = map[byte][]sense{}
			g.senses[w] = m
		}
		for k, o := range offs {
			m[pos] = append(m[pos], sense{key: string(pos) + o, num: k + 1})
		}
	}
	return sc.Err()
}

func (g *gen) readExc(path string, pos byte) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		w := norm(f[0])
		for _, b := range f[1:] {
			g.exc[w] = append(g.exc[w], string(pos)+":"+norm(b))
		}
	}
	return sc.Err()
}

// readCounts reads cntlist.rev ("lemma%ss_type:... sense_number tag_cnt").
func (g *gen) readCounts(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 3 {
			continue
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			continue
		}
		pos := map[byte]byte{'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}[rest[0]]
		num, _ := strconv.Atoi(f[1])
		cnt, _ := strconv.Atoi(f[2])
		ss := g.senses[norm(lemma)][pos]
		if num >= 1 && num <= len(ss) {
			ss[num-1].tag = cnt
		}
	}
	return sc.Err()
}

// licence returns the licence notice at the top of a data file.
func licence(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var out []string
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "  ") {
			break
		}
		// "  12 text  " → "text"
		t := strings.TrimSpace(line)
		if i := strings.IndexByte(t, ' '); i >= 0 {
			t = strings.TrimSpace(t[i+1:])
		} else {
			t = ""
		}
		out = append(out, t)
	}
	return out, sc.Err()
}

// under reports whether synset key reaches root through hypernym pointers
// (instance pointers too when inst).
func (g *gen) under(key, root string, inst bool) bool {
	mk := root
	if inst {
		mk += "i"
	}
	m := g.memo[mk]
	if m == nil {
		m = map[string]bool{}
		g.memo[mk] = m
	}
	if v, ok := m[key]; ok {
		return v
	}
	m[key] = false // cycles (none in WordNet) end here
	r := key == root
	if s := g.synsets[key]; s != nil && !r {
		for _, p := range s.ptrs {
			if p.sym == "@" || (inst && p.sym == "@i") {
				if g.under(p.target, root, inst) {
					r = true
					break
				}
			}
		}
	}
	m[key] = r
	return r
}

// placeKind names the kind of an instance synset that is a place, or "".
func (g *gen) placeKind(key string) string {
	s := g.synsets[key]
	var frontier []string
	for _, p := range s.ptrs {
		if p.sym == "@i" {
			frontier = append(frontier, p.target)
		}
	}
	if len(frontier) == 0 {
		return ""
	}
	isPlace := false
	for _, t := range frontier {
		if g.under(t, location, false) {
			isPlace = true
		}
	}
	seen := map[string]bool{}
	for depth := 0; len(frontier) > 0 && depth < 12; depth++ {
		var next []string
		for _, k := range frontier {
			if seen[k] {
				continue
			}
			seen[k] = true
			t := g.synsets[k]
			// WordNet files natural features (continents, rivers, islands)
			// under object, not location: their kind alone makes them places.
			if kind, ok := placeKinds[t.words[0]]; ok {
				return kind
			}
			for _, p := range t.ptrs {
				if p.sym == "@" {
					next = append(next, p.target)
				}
			}
		}
		frontier = next
	}
	if isPlace {
		return "place"
	}
	return ""
}

// firstWords returns the first n words of a gloss, lower case, letters only.
func firstWords(gloss string, n int) string {
	f := strings.FieldsFunc(strings.ToLower(gloss), func(r rune) bool { return !(r >= 'a' && r <= 'z') })
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

var glossGender = map[string]int{
	"woman": flagFemale, "women": flagFemale, "female": flagFemale, "girl": flagFemale, "lady": flagFemale,
	"man": flagMale, "men": flagMale, "male": flagMale, "boy": flagMale,
}

// gender of a person synset: what its gloss opens with ("a woman
// spokesperson", "a female actor", "a male parent"), else what the nearest
// gendered hypernym says; flagFemale, flagMale or 0.
func (g *gen) gender(key string, depth int) int {
	s := g.synsets[key]
	if s == nil || depth > 16 || key == person {
		return 0
	}
	if key == femalePerson {
		return flagFemale
	}
	if key == malePerson {
		return flagMale
	}
	r := 0
	for _, w := range strings.Fields(s.gloss) {
		r |= glossGender[w]
	}
	if r == flagFemale|flagMale {
		return 0
	}
	if r != 0 {
		return r
	}
	for _, p := range s.ptrs {
		if p.sym == "@" {
			if x := g.gender(p.target, depth+1); x != 0 {
				r |= x
			}
		}
	}
	if r == flagFemale|flagMale {
		return 0
	}
	return r
}

// wordNum is the 1-based position of w in s, or 0.
func wordNum(s *synset, w string) int {
	for i, x := range s.words {
		if x == w {
			return i + 1
		}
	}
	return 0
}

// lexical follows the pointers with symbol sym that leave word w of synset s
// (lexical pointers from w, and semantic ones when sem).
func (g *gen) lexical(s *synset, w, sym string, sem bool) []string {
	n := wordNum(s, w)
	var out []string
	for _, p := range s.ptrs {
		if p.sym != sym {
			continue
		}
		t := g.synsets[p.target]
		if t == nil {
			continue
		}
		switch {
		case p.src == 0 && sem:
			out = append(out, t.words...)
		case p.src == n && p.dst >= 1 && p.dst <= len(t.words):
			out = append(out, t.words[p.dst-1])
		}
	}
	return out
}

// synSenses picks the senses of w that give synonyms and hypernyms: among
// the first maxSynSenses of each part of speech, those the tagged corpus saw
// often enough, ordered by tag count (most common first), then by sense
// number.
func (g *gen) synSenses(w string, only byte) []sense {
	return g.senseChoice(w, only, false)
}

// senseChoice is synSenses; with ownPOS a sense is compared with the top
// sense of its own part of speech only (a word mostly a verb keeps its
// common noun senses: "offer" the proposal).
func (g *gen) senseChoice(w string, only byte, ownPOS bool) []sense {
	var out []sense
	top := 0
	for _, pos := range []byte("nvar") {
		if ownPOS && pos != only {
			continue
		}
		for _, s := range g.senses[w][pos] {
			top = max(top, s.tag)
		}
	}
	for _, pos := range []byte("nvar") {
		if only != 0 && pos != only {
			continue
		}
		for _, s := range g.senses[w][pos] {
			if s.num > maxSynSenses {
				break
			}
			// Untagged words give their first sense of each part of speech;
			// tagged ones the senses seen at least a fifth as often as the
			// word's most common sense ("want" the verb, not the noun).
			if top == 0 && s.num == 1 || s.tag > 0 && s.tag*minSenseShare >= top {
				out = append(out, s)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].tag != out[j].tag {
			return out[i].tag > out[j].tag
		}
		return out[i].num < out[j].num
	})
	return out
}

// strength grades sense s of w from 1 to 9: the larger of its share of the
// tag count of w's most common sense and rareRankShare over its sense
// number, so that an untagged second sense ranks above an untagged eighth.
func (g *gen) strength(w string, s sense) int {
	top := 0
	for _, ss := range g.senses[w] {
		for _, x := range ss {
			top = max(top, x.tag)
		}
	}
	// An untagged sense of a word the corpus saw counts least ("cancel" the
	// musical sign): the corpus would have seen it were it common.
	share := rareRankShare / float64(s.num)
	if top > 0 {
		share = float64(s.tag) / float64(top)
	}
	return min(9, max(1, int(share*9+0.5)))
}

// rare returns the synonyms of w's senses that synSenses leaves out (a rare
// sense, a later one, a part of speech the word is less used in: "chair" the
// verb → "lead") and the hypernyms of such noun senses ("ferry" the boat →
// "boat", "substitution" the act of changing → "change"), each word graded by its
// strongest sense, strongest first, then the commonest word first. Words the
// common fields hold already are left out. The expansions weigh them by
// their strength, below the common senses' links.
func (g *gen) rare(w string, e *entry) (syn, hyp []rareLink) {
	n := 0
	for _, ss := range g.senses[w] {
		n += len(ss)
	}
	if n > maxRarePolysemy {
		return nil, nil
	}
	common := map[string]bool{}
	for _, s := range g.synSenses(w, 0) {
		common[s.key] = true
	}
	for _, s := range append(g.synSenses(w, 'n'), g.synSenses(w, 'v')...) {
		common[s.key+"h"] = true
	}
	have := map[string]bool{w: true}
	for _, x := range e.syn {
		have[x] = true
	}
	best := func(m map[string]int, x string, st int) {
		if !have[x] && st > m[x] {
			m[x] = st
		}
	}
	synS, hypS := map[string]int{}, map[string]int{}
	for _, pos := range []byte("nvar") {
		for _, s := range g.senses[w][pos] {
			if s.num > maxRareSenses {
				break
			}
			st := g.strength(w, s)
			if !common[s.key] {
				for _, x := range g.synsets[s.key].words {
					best(synS, x, st)
				}
			}
			// Hypernyms of rare noun senses only: a rare verb sense's
			// ("cancel" → "hold", "withdraw") matched the other words of
			// questions the article does not answer ("held back" for
			// "cancelled") and answered a trap on the held-out sets.
			if pos == 'n' && !common[s.key+"h"] {
				for _, p := range g.synsets[s.key].ptrs {
					if p.sym == "@" || p.sym == "@i" {
						for _, x := range g.synsets[p.target].words {
							if !slices.Contains(e.hyp, x) {
								best(hypS, x, st)
							}
						}
					}
				}
			}
		}
	}
	order := func(m map[string]int, n int) []rareLink {
		out := make([]rareLink, 0, len(m))
		use := map[string]int{}
		for x, st := range m {
			out = append(out, rareLink{x, st})
			for _, ss := range g.senses[x] {
				use[x] += tagTotal(ss)
			}
		}
		sort.Slice(out, func(i, j int) bool {
			a, b := out[i], out[j]
			if a.strength != b.strength {
				return a.strength > b.strength
			}
			if use[a.word] != use[b.word] {
				return use[a.word] > use[b.word]
			}
			return a.word < b.word
		})
		if len(out) > n {
			out = out[:n]
		}
		return out
	}
	return order(synS, maxRareSynonyms), order(hypS, maxRareHypernyms)
}

// wholes calls f with each synset key is a part of (part holonyms),
// nearest first, up to depth levels.
func (g *gen) wholes(key string, depth int, f func(string)) {
	if depth == 0 {
		return
	}
	for _, p := range g.synsets[key].ptrs {
		if p.sym == "#p" && g.synsets[p.target] != nil {
			f(p.target)
			g.wholes(p.target, depth-1, f)
		}
	}
}

// rareLink is a word reached through a rare sense, and how strong the
// sense is (1-9).
type rareLink struct {
	word     string
	strength int
}

type entry struct {
	flags                         int
	kind                          string
	syn, der, per, hyp, ant, excs []string
	hypo                          []string
	kinds                         []string // general classes above the hypernyms (kinds.go)
	hol                           []string // wholes a named place is part of
	// rareSyn and rareHyp are the synonyms and hypernyms of the senses the
	// common ones leave out, with a strength digit 1-9 each.
	rareSyn, rareHyp []rareLink
	lex              []int // supersenses, most common first
}

// lexNames are WordNet's lexicographer files, by number: the supersenses.
var lexNames = format.Supersenses[:]

func add(list []string, seen map[string]bool, self string, ws ...string) []string {
	for _, w := range ws {
		if w == self || seen[w] {
			continue
		}
		seen[w] = true
		list = append(list, w)
	}
	return list
}

func (g *gen) entry(w string) *entry {
	e := &entry{}
	ss := g.senses[w]
	for i, pos := range []byte("nvar") {
		if len(ss[pos]) > 0 {
			e.flags |= 1 << i
		}
	}
	// Synonyms.
	seen := map[string]bool{}
	senses := g.synSenses(w, 0)
	for _, s := range senses {
		e.syn = add(e.syn, seen, w, g.synsets[s.key].words...)
	}
	// Adjectives have few synonyms but clusters of similar ones
	// ("optimistic" ~ "upbeat", "hopeful"; "good" ~ "excellent"): they
	// follow, the commonest first (WordNet lists them alphabetically, and
	// "good" has sixty), still capped.
	var similar []string
	for _, s := range senses {
		if s.key[0] == 'a' {
			for _, p := range g.synsets[s.key].ptrs {
				if p.sym == "&" {
					similar = append(similar, p.target)
				}
			}
		}
	}
	for _, k := range g.byFrequency(similar) {
		e.syn = add(e.syn, seen, w, g.synsets[k].words...)
	}
	// The commonest words first (a word's tag count over all its senses),
	// else in sense order: the cap then drops rare words ("corking",
	// "bang-up"), not a common one that comes late ("excellent").
	use := make(map[string]int, len(e.syn))
	for _, x := range e.syn {
		for _, ss := range g.senses[x] {
			use[x] += tagTotal(ss)
		}
	}
	sort.SliceStable(e.syn, func(i, j int) bool { return use[e.syn[i]] > use[e.syn[j]] })
	if len(e.syn) > maxSynonyms {
		e.syn = e.syn[:maxSynonyms]
	}
	// Hypernyms, one level, of the noun senses that give synonyms, then of
	// the verb senses ("recommend" → "propose", "suggest"): a question
	// often asks with a more specific verb than the article uses. (Adding
	// those of the common senses of a part of speech the word is less used
	// in, "offer" the noun → "message", answered more traps on the held-out
	// sets.)
	seen = map[string]bool{}
	for _, s := range append(g.synSenses(w, 'n'), g.synSenses(w, 'v')...) {
		for _, p := range g.synsets[s.key].ptrs {
			if p.sym == "@" || p.sym == "@i" {
				e.hyp = add(e.hyp, seen, w, g.synsets[p.target].words...)
			}
		}
	}
	if len(e.hyp) > maxHypernyms {
		e.hyp = e.hyp[:maxHypernyms]
	}
	e.rareSyn, e.rareHyp = g.rare(w, e)
	// Hyponyms, one level, of the common noun and verb senses of each part
	// of speech ("proposal" → "suggestion", "propose" → "offer"), the
	// commonest first: a question often asks in more general words than
	// the article. Named instances are left out ("city" → every city).
	seen = map[string]bool{}
	var down []string
	for _, pos := range []byte("nv") {
		for _, s := range g.senseChoice(w, pos, true) {
			for _, p := range g.synsets[s.key].ptrs {
				if p.sym == "~" {
					down = append(down, p.target)
				}
			}
		}
	}
	for _, k := range g.byFrequency(down) {
		e.hypo = add(e.hypo, seen, w, g.synsets[k].words...)
	}
	if len(e.hypo) > maxHyponyms {
		e.hypo = e.hypo[:maxHyponyms]
	}
	e.kinds = g.kinds(w)
	// Holonyms of a named place or building, up to three levels
	// ("kremlin" → "moscow" → "russia"): news names a capital or a
	// landmark for the country ("Moscow and Kyiv", "the Kremlin leader").
	seen = map[string]bool{}
	for _, s := range ss['n'] {
		if g.isInstance(s.key) {
			g.wholes(s.key, maxHolonymDepth, func(k string) {
				e.hol = add(e.hol, seen, w, g.synsets[k].words...)
			})
		}
	}
	if len(e.hol) > maxHolonyms {
		e.hol = e.hol[:maxHolonyms]
	}
	// Supersenses of the senses the corpus saw (and each part of speech's
	// first), most often seen first.
	var seenSenses []sense
	for _, pos := range []byte("nvar") {
		for _, s := range ss[pos] {
			if s.num == 1 || s.tag > 0 {
				seenSenses = append(seenSenses, s)
			}
		}
	}
	sort.SliceStable(seenSenses, func(i, j int) bool { return seenSenses[i].tag > seenSenses[j].tag })
	for _, s := range seenSenses {
		if l := g.synsets[s.key].lex; !slices.Contains(e.lex, l) {
			e.lex = append(e.lex, l)
		}
	}
	// Derived forms and pertainyms: lexical links of every sense. Antonyms:
	// those of the common senses only (the ones that give synonyms): a rare
	// sense's opposite ("make" / "break" the sense of "make it", "set" /
	// "move", "run" / "stand") read as a contradiction of an ordinary use.
	commonSense := map[string]bool{}
	for _, s := range senses {
		commonSense[s.key] = true
	}
	dseen, pseen, aseen := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, pos := range []byte("nvar") {
		for _, s := range ss[pos] {
			syn := g.synsets[s.key]
			e.der = add(e.der, dseen, w, g.lexical(syn, w, "+", false)...)
			e.per = add(e.per, pseen, w, g.lexical(syn, w, "\\", false)...)
			if commonSense[s.key] {
				e.ant = add(e.ant, aseen, w, g.lexical(syn, w, "!", false)...)
			}
			// A satellite adjective opposes what its head opposes
			// ("upbeat", similar to "optimistic", against "pessimistic").
			if pos == 'a' && s.num <= maxSynSenses && commonSense[s.key] {
				for _, p := range syn.ptrs {
					if p.sym != "&" {
						continue
					}
					if head := g.synsets[p.target]; head != nil {
						for _, hw := range head.words {
							e.ant = add(e.ant, aseen, w, g.lexical(head, hw, "!", false)...)
						}
					}
				}
			}
			if pos == 'n' {
				// A nationality noun is a member of its country ("Ukranian" #m Ukraine).
				for _, p := range syn.ptrs {
					if p.sym == "#m" && g.under(syn.key, person, false) && g.placeKind(p.target) != "" {
						e.per = add(e.per, pseen, w, g.synsets[p.target].words...)
					}
				}
			}
		}
	}
	if len(e.der) > maxDerived {
		e.der = e.der[:maxDerived]
	}
	// Classes of the noun senses. A word used far more as an adjective
	// ("white", "local", "neutral", "hopeful") is no role noun, though
	// WordNet has a person sense for it.
	nouns := ss['n']
	gender := 0
	adjective := tagTotal(ss['a']) > adjectiveShare*tagTotal(nouns) || g.inflection(w)
	topNoun := 0
	for _, s := range nouns {
		topNoun = max(topNoun, s.tag)
	}
	for i, s := range nouns {
		// A person sense counts like an organisation sense, below.
		if i < personSenses && !adjective && common(i, s, topNoun) && g.under(s.key, person, false) {
			e.flags |= flagPerson
			if gender == 0 {
				gender = g.gender(s.key, 0)
				if gender == 0 {
					gender = -1
				}
			}
		}
		// An organisation sense counts when it is the first, or the corpus
		// saw it at least a fifth as often as the word's top noun sense
		// ("court", "union"; not "five" the team or "house" the chamber).
		if i < orgSenses && !adjective && common(i, s, topNoun) && g.isOrg(s.key) {
			e.flags |= flagOrg
		}
	}
	if gender > 0 {
		e.flags |= gender
	}
	// The kind of place: the first place sense's, but a political unit
	// before a natural feature ("ontario" the province, not the lake;
	// "jordan" the country, not the river).
	for _, s := range nouns {
		k := g.placeKind(s.key)
		if k == "" || e.kind != "" && !political[k] {
			continue
		}
		e.kind = k
		if political[k] {
			break
		}
	}
	// Two-letter codes of US states ("in", "me", "or") are words first;
	// "us" and "uk" stay.
	if len(w) <= 2 && e.kind != "country" {
		e.kind = ""
	}
	if e.kind != "" {
		e.flags |= flagPlace
	}
	// A common word is one whose most common use is no proper name: the
	// tagged corpus saw it less as a named instance than otherwise ("turkey",
	// "split", "reading"); untagged, its first noun sense is no instance.
	if e.flags&(flagNoun|flagVerb|flagAdj|flagAdv) != 0 {
		inst, other := 0, tagTotal(ss['v'])+tagTotal(ss['a'])+tagTotal(ss['r'])
		for _, s := range nouns {
			if g.isInstance(s.key) {
				inst += s.tag
			} else {
				other += s.tag
			}
		}
		proper := inst >= other
		if inst+other == 0 {
			proper = len(nouns) > 0 && g.isInstance(nouns[0].key)
		}
		if !proper {
			e.flags |= flagCommon
		}
	}
	e.excs = g.exc[w]
	if g.mostlyInflected(w) {
		e.flags |= flagInflected
	}
	return e
}

// detachRules are morphy's endings, as in package lexicon, with the part of
// speech whose inflection each is.
var detachRules = []struct {
	pos       byte
	end, repl string
}{
	{'n', "s", ""}, {'n', "ses", "s"}, {'n', "xes", "x"}, {'n', "zes", "z"}, {'n', "ches", "ch"},
	{'n', "shes", "sh"}, {'n', "men", "man"}, {'n', "ies", "y"},
	{'v', "s", ""}, {'v', "ies", "y"}, {'v', "es", "e"}, {'v', "es", ""}, {'v', "ed", "e"}, {'v', "ed", ""},
	{'v', "ing", "e"}, {'v', "ing", ""},
	{'a', "er", ""}, {'a', "est", ""}, {'a', "er", "e"}, {'a', "est", "e"},
}

// inflection reports whether w is an untagged noun that is also an
// inflected form of a tagged word of the inflected part of speech
// ("longer" of the adjective "long", "pursued" of the verb "pursue"; not
// "striker" of the verb "strike").
func (g *gen) inflection(w string) bool {
	if tagTotal(g.senses[w]['n']) > 0 {
		return false
	}
	for _, x := range g.exc[w] {
		if b := x[2:]; b != w && tagTotal(g.senses[b][x[0]]) > 0 {
			return true
		}
	}
	for _, r := range detachRules {
		if strings.HasSuffix(w, r.end) && len(w) > len(r.end)+1 {
			if b := w[:len(w)-len(r.end)] + r.repl; b != w && tagTotal(g.senses[b][r.pos]) > 0 {
				return true
			}
		}
	}
	return false
}

// common reports whether the i'th noun sense s is common enough to class
// its word: the first sense, one tagged at least a fifth as often as the top
// noun sense, or any sense of a word the corpus never tagged as a noun.
func common(i int, s sense, topNoun int) bool {
	return i == 0 || topNoun == 0 || s.tag > 0 && s.tag*minSenseShare >= topNoun
}

// mostlyInflected reports whether w, itself a lemma, was tagged less often
// than a word it inflects ("leaders" the dots against "leader", "said" the
// adjective against "say"): its base forms come first.
func (g *gen) mostlyInflected(w string) bool {
	own := 0
	for _, ss := range g.senses[w] {
		own += tagTotal(ss)
	}
	if own == 0 && len(g.senses[w]) == 0 {
		return false
	}
	for _, x := range g.exc[w] {
		if b := x[2:]; b != w && tagTotal(g.senses[b][x[0]]) > own {
			return true
		}
	}
	for _, r := range detachRules {
		if strings.HasSuffix(w, r.end) && len(w) > len(r.end)+1 {
			if b := w[:len(w)-len(r.end)] + r.repl; b != w && tagTotal(g.senses[b][r.pos]) > own {
				return true
			}
		}
	}
	return false
}

// isOrg reports whether a synset is a kind of organisation, or a named one:
// below organization.n.01, or an assembly (court, council) or body
// (university) of people.
func (g *gen) isOrg(key string) bool {
	// Named organisations count too: WordNet has most as kinds ("nato",
	// "fbi") and some as instances ("greenpeace").
	return g.under(key, organization, true) || g.under(key, assembly, true) || g.under(key, body, true)
}

// renamedPlaces map a place's current spelling to the one WordNet 3.0 has.
var renamedPlaces = map[string]string{
	"kyiv": "kiev", "kharkiv": "kharkov", "odesa": "odessa", "lviv": "lvov",
	"chisinau": "kishinev", "almaty": "alma-ata", "yangon": "rangoon",
	"kolkata": "calcutta", "chennai": "madras", "bengaluru": "bangalore",
}

// isInstance reports whether a synset is an instance (a proper name).
func (g *gen) isInstance(key string) bool {
	for _, p := range g.synsets[key].ptrs {
		if p.sym == "@i" {
			return true
		}
	}
	return false
}

// byFrequency orders synset keys by how often the tagged corpus saw their
// lemmas in them, most often first, then in the given order; duplicates go.
func (g *gen) byFrequency(keys []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range keys {
		if !seen[k] && g.synsets[k] != nil {
			seen[k] = true
			out = append(out, k)
		}
	}
	freq := make(map[string]int, len(out))
	for _, k := range out {
		freq[k] = g.synsetFreq(k)
	}
	sort.SliceStable(out, func(i, j int) bool { return freq[out[i]] > freq[out[j]] })
	return out
}

// synsetFreq is the tag count of synset key: the sum over its lemmas of
// their tag counts in it.
func (g *gen) synsetFreq(key string) int {
	n := 0
	for _, w := range g.synsets[key].words {
		for _, s := range g.senses[w][key[0]] {
			if s.key == key {
				n += s.tag
			}
		}
	}
	return n
}

func tagTotal(ss []sense) int {
	n := 0
	for _, s := range ss {
		n += s.tag
	}
	return n
}

func (g *gen) dumpWord(w string) {
	e := g.entry(w)
	fmt.Printf("%s flags=%b kind=%q\n  syn=%q\n  der=%q\n  per=%q\n  hyp=%q\n  hypo=%q\n  kinds=%q\n  ant=%q\n  exc=%q\n  rare syn=%v\n  rare hyp=%v\n", w, e.flags, e.kind, e.syn, e.der, e.per, e.hyp, e.hypo, e.kinds, e.ant, e.excs, e.rareSyn, e.rareHyp)
}

func (g *gen) write(path string, lic []string) error {
	entries := map[string]*entry{}
	for w := range g.senses {
		entries[w] = g.entry(w)
	}
	for w := range g.exc {
		if entries[w] == nil {
			entries[w] = &entry{excs: g.exc[w]}
		}
	}
	// Pertainyms both ways: Ukraine gets Ukrainian back.
	var ws []string
	for w := range entries {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	for _, w := range ws {
		for _, p := range entries[w].per {
			if t := entries[p]; t != nil && !contains(t.per, w) {
				t.per = append(t.per, w)
			}
		}
	}
	// Referenced words that are not WordNet lemmas themselves (exception bases).
	for _, w := range ws {
		for _, x := range entries[w].excs {
			b := x[2:]
			if entries[b] == nil {
				entries[b] = &entry{}
				ws = append(ws, b)
			}
		}
	}
	// Spellings without the hyphen ("ceasefire", "cease fire" for WordNet's
	// "cease-fire") lead to the hyphenated lemma when they are no lemma
	// themselves.
	alias := map[string]string{}
	for _, w := range ws {
		if !strings.Contains(w, "-") {
			continue
		}
		for _, v := range []string{strings.ReplaceAll(w, "-", ""), strings.ReplaceAll(w, "-", " ")} {
			if entries[v] == nil && alias[v] == "" && !strings.Contains(v, "  ") && strings.TrimSpace(v) == v {
				alias[v] = w
			}
		}
	}
	// Current official spellings of places WordNet 3.0 (2006) knows by an
	// older one.
	for v, w := range renamedPlaces {
		if entries[v] == nil && entries[w] != nil {
			alias[v] = w
		}
	}
	for v := range alias {
		ws = append(ws, v)
	}
	sort.Strings(ws)
	id := make(map[string]int, len(ws))
	for i, w := range ws {
		id[w] = i
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, "# Generated by knowledge/lexicon/gen from WordNet 3.0 (Debian package wordnet-base). DO NOT EDIT.")
	fmt.Fprintln(bw, "# Format: word TAB flags TAB place-kind TAB synonyms TAB derived TAB pertainyms TAB hypernyms TAB antonyms TAB exceptions TAB supersenses TAB hyponyms TAB holonyms TAB rare-synonyms TAB rare-hypernyms TAB kinds")
	fmt.Fprintln(bw, "#")
	for _, l := range lic {
		fmt.Fprintln(bw, "# "+l)
	}
	ids := func(list []string) string {
		var b strings.Builder
		for _, w := range list {
			i, ok := id[w]
			if !ok {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatInt(int64(i), 36))
		}
		return b.String()
	}
	rareIDs := func(list []rareLink) string {
		var b strings.Builder
		for _, x := range list {
			i, ok := id[x.word]
			if !ok {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, "%s:%d", strconv.FormatInt(int64(i), 36), x.strength)
		}
		return b.String()
	}
	for _, w := range ws {
		if strings.ContainsAny(w, "\t\n,") {
			return fmt.Errorf("word %q holds a separator", w)
		}
		if a, ok := alias[w]; ok {
			fmt.Fprintf(bw, "%s\t=%s\n", w, strconv.FormatInt(int64(id[a]), 36))
			continue
		}
		e := entries[w]
		var exc strings.Builder
		for _, x := range e.excs {
			if exc.Len() > 0 {
				exc.WriteByte(',')
			}
			exc.WriteByte(x[0])
			exc.WriteString(strconv.FormatInt(int64(id[x[2:]]), 36))
		}
		var lex strings.Builder
		for i, l := range e.lex {
			if i > 0 {
				lex.WriteByte(',')
			}
			lex.WriteString(strconv.FormatInt(int64(l), 36))
		}
		line := strings.Join([]string{w, strconv.Itoa(e.flags), e.kind, ids(e.syn), ids(e.der), ids(e.per), ids(e.hyp), ids(e.ant), exc.String(), lex.String(), ids(e.hypo), ids(e.hol), rareIDs(e.rareSyn), rareIDs(e.rareHyp), ids(e.kinds)}, "\t")
		fmt.Fprintln(bw, strings.TrimRight(line, "\t"))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}
