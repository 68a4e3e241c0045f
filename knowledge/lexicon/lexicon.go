// Package lexicon is an English lexicon built from WordNet 3.0: base forms,
// synonyms, derivationally related forms, pertainyms, hypernyms, antonyms,
// supersenses, and the word classes the rest of knowledge asks about (role
// nouns for people and their gender, organisation nouns, place names,
// speech verbs, ordinary words as against proper names).
//
// The data is a word table generated from Princeton WordNet 3.0 (Debian's
// wordnet-base package) by ./gen and embedded in the binary, so nothing has
// to be installed to use it; see LICENSE-WORDNET for WordNet's licence. To
// regenerate it (after changing the generator's choices), install
// wordnet-base and run `go generate ./knowledge/lexicon`; the output is
// reproducible byte for byte.
//
// Every method takes a folded, lower-case word; multiword expressions are
// joined by single spaces ("chief executive", "new york"). A hyphenated
// lemma is found without its hyphen too ("ceasefire", "cease fire" for
// "cease-fire"). Words WordNet does not know give empty answers. Relations
// are between lemmas: call Lemma first for an inflected word.
//
// Sense choices were made once, in the generator, from the counts of
// WordNet's sense-tagged corpus. Synonyms come from the first three senses of
// each part of speech that were seen at least a fifth as often as the word's
// most common sense (the first sense of each part of speech for an untagged
// word), then for adjectives the similar ones WordNet clusters with them
// (the commonest clusters first); of those, at most 24 a word are kept, the
// words the corpus saw most often first, so that a cap drops rare words
// ("corking" for "good"), not common ones. Hypernyms come from the same noun
// and verb senses, one level up, at most 12. Hyponyms come from the common
// senses of each part of speech, one level down, the most often tagged first,
// at most 12. Kinds are the general classes two or more levels above the
// common noun senses ("cattle" → "animal", "lorry" → "vehicle"), at least
// six levels below WordNet's root and tagged at least five times, at most
// 8, nearest first (gen/kinds.go). The senses those leave out (later or rarely tagged ones, a part
// of speech the word is less used in: "chair" the verb, "ferry" the boat) give
// RareSynonyms (and the nouns' RareHypernyms), from each part of speech's
// first eight senses of a word of at most 15 senses, each word graded by its sense's share of the commonest sense's tag
// count (an untagged sense by its sense number), for callers to weigh below
// the common links. Derived forms and pertainyms are WordNet's lexical links from
// any sense; antonyms those from the senses that give synonyms (a rare
// sense's opposite, "make" / "break", would contradict the common one). A word is a role noun (IsPersonNoun) or an
// organisation noun when one of its first senses below person.n.01 (or
// organization.n.01, an assembly, a body of people) is common enough, and
// the word is not mostly an adjective ("white", "local"); a short hand list
// adds what WordNet 3.0 lacks. Places are WordNet's named instances of
// cities, countries, rivers, ...; IsPlace answers for a name as written, so
// callers check case or IsCommonWord for a word that may be an ordinary one
// ("turkey", "us").
//
// A *Lexicon is read-only and safe for concurrent use. Default decodes the
// embedded table on first use (about 50 ms of CPU and 8 MB: BenchmarkDecode)
// and shares it; a lookup costs well under a microsecond (BenchmarkSynonyms,
// BenchmarkLemma).
package lexicon

//go:generate go run ./gen -dict /usr/share/wordnet -o wordnet.txt.gz

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/quotebot/quotebot/knowledge/lexicon/internal/format"
)

//go:embed wordnet.txt.gz
var embedded []byte

// The table's flags and fields (see internal/format).
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

	fieldFlags       = format.FieldFlags
	fieldKind        = format.FieldKind
	fieldSynonyms    = format.FieldSynonyms
	fieldDerived     = format.FieldDerived
	fieldPertainyms  = format.FieldPertainyms
	fieldHypernyms   = format.FieldHypernyms
	fieldAntonyms    = format.FieldAntonyms
	fieldExceptions  = format.FieldExceptions
	fieldSupersenses = format.FieldSupersenses
	fieldHyponyms    = format.FieldHyponyms
	fieldHolonyms    = format.FieldHolonyms
	fieldRareSyn     = format.FieldRareSynonyms
	fieldRareHyp     = format.FieldRareHypernyms
)

// Lexicon is a decoded WordNet word table.
type Lexicon struct {
	text   string   // the word lines, '\n'-terminated
	starts []uint32 // start of each word line in text, in word order
	// lens are the words' lengths: a lookup compares words some twenty
	// times, and finding each one's tab again cost a question 0.1 ms.
	lens []uint16
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// Default returns the lexicon decoded from the embedded WordNet table. The
// first call decodes it; later calls share the result.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		lx, err := Decode(embedded)
		if err != nil {
			// The table is generated and embedded at build time; a bad one is a
			// build defect, caught by the package's tests.
			panic("lexicon: embedded WordNet table: " + err.Error())
		}
		defaultLex = lx
	})
	return defaultLex
}

// Decode reads a gzip'd word table as the generator writes it.
func Decode(data []byte) (*Lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	// The text is decoded into one string (no second copy), sized by the gzip
	// trailer; words and lists are slices of it.
	var buf strings.Builder
	if n := len(data); n >= 4 {
		size := int(binary.LittleEndian.Uint32(data[n-4:]))
		buf.Grow(min(size, 64<<20) + 1)
	}
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, err
	}
	if err := zr.Close(); err != nil {
		return nil, err
	}
	text := buf.String()
	lx := &Lexicon{text: text, starts: make([]uint32, 0, 160000), lens: make([]uint16, 0, 160000)}
	prev := ""
	for i := 0; i < len(text); {
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			return nil, fmt.Errorf("line at byte %d is not terminated", i)
		}
		end += i
		if text[i] == '#' {
			if len(lx.starts) > 0 {
				return nil, fmt.Errorf("header line at byte %d after the words", i)
			}
		} else {
			w, _, ok := strings.Cut(text[i:end], "\t")
			if !ok {
				return nil, fmt.Errorf("line at byte %d has no fields", i)
			}
			if len(w) > math.MaxUint16 {
				return nil, fmt.Errorf("word at byte %d is too long", i)
			}
			if w <= prev && len(lx.starts) > 0 {
				return nil, fmt.Errorf("word %q is out of order", w)
			}
			prev = w
			lx.starts = append(lx.starts, uint32(i))
			lx.lens = append(lx.lens, uint16(len(w)))
		}
		i = end + 1
	}
	return lx, nil
}

// Len is the number of word forms in the lexicon.
func (lx *Lexicon) Len() int { return len(lx.starts) }

// line returns word i's line without its newline. Word lines follow one
// another to the end of the text.
func (lx *Lexicon) line(i int) string {
	e := len(lx.text)
	if i+1 < len(lx.starts) {
		e = int(lx.starts[i+1])
	}
	return lx.text[lx.starts[i] : e-1]
}

// word returns word i (every word line has a tab after the word).
func (lx *Lexicon) word(i int) string {
	s := lx.starts[i]
	return lx.text[s : s+uint32(lx.lens[i])]
}

// find returns the index of w, or -1.
func (lx *Lexicon) find(w string) int {
	if w == "" {
		return -1
	}
	i := sort.Search(len(lx.starts), func(i int) bool { return lx.word(i) >= w })
	if i >= len(lx.starts) || lx.word(i) != w {
		return -1
	}
	// An alias ("ceasefire") stands for another line ("cease-fire").
	if f := lx.field(i, fieldFlags); strings.HasPrefix(f, "=") {
		k, err := strconv.ParseUint(f[1:], 36, 32)
		if err != nil || int(k) >= len(lx.starts) {
			return -1
		}
		return int(k)
	}
	return i
}

// field returns field n of word i's line ("" when absent).
func (lx *Lexicon) field(i, n int) string {
	l := lx.line(i)
	for ; n > 0; n-- {
		t := strings.IndexByte(l, '\t')
		if t < 0 {
			return ""
		}
		l = l[t+1:]
	}
	if t := strings.IndexByte(l, '\t'); t >= 0 {
		l = l[:t]
	}
	return l
}

func (lx *Lexicon) flags(w string) int {
	i := lx.find(w)
	if i < 0 {
		return 0
	}
	f, _ := strconv.Atoi(lx.field(i, fieldFlags))
	return f
}

// list returns the words a list field of w names.
func (lx *Lexicon) list(w string, n int) []string {
	return lx.ids(w, n, len(lx.starts), lx.word)
}

// ids reads field n of w as comma-separated base-36 numbers below count and
// returns name of each; numbers out of range are skipped.
func (lx *Lexicon) ids(w string, n, count int, name func(int) string) []string {
	items := lx.items(w, n)
	out := make([]string, 0, len(items))
	for _, id := range items {
		if k, err := strconv.ParseUint(id, 36, 32); err == nil && int(k) < count {
			out = append(out, name(int(k)))
		}
	}
	return out
}

// items splits field n of w at its commas; nil when w is unknown or the
// field is empty.
func (lx *Lexicon) items(w string, n int) []string {
	i := lx.find(w)
	if i < 0 {
		return nil
	}
	f := lx.field(i, n)
	if f == "" {
		return nil
	}
	return strings.Split(f, ",")
}

// Known reports whether WordNet lists w as a lemma of any part of speech.
func (lx *Lexicon) Known(w string) bool { return lx.flags(w)&(flagNoun|flagVerb|flagAdj|flagAdv) != 0 }

// IsNoun, IsVerb, IsAdjective and IsAdverb report w's parts of speech (as a
// lemma, not an inflected form: use Lemma first).
func (lx *Lexicon) IsNoun(w string) bool      { return lx.flags(w)&flagNoun != 0 }
func (lx *Lexicon) IsVerb(w string) bool      { return lx.flags(w)&flagVerb != 0 }
func (lx *Lexicon) IsAdjective(w string) bool { return lx.flags(w)&flagAdj != 0 }
func (lx *Lexicon) IsAdverb(w string) bool    { return lx.flags(w)&flagAdv != 0 }

// Synonyms returns the other lemmas of w's common senses ("propose" →
// "suggest", ...), most common sense first, then similar adjectives
// ("optimistic" → "upbeat"), at most 24, the commonest words first.
func (lx *Lexicon) Synonyms(w string) []string { return lx.list(w, fieldSynonyms) }

// Derived returns w's derivationally related forms ("agree" → "agreement",
// "optimistic" → "optimism"), at most 12.
func (lx *Lexicon) Derived(w string) []string { return lx.list(w, fieldDerived) }

// Pertainyms returns what w pertains to and what pertains to w, both ways:
// "ukrainian" → "ukraine", "ukraine" → "ukrainian", "jewish" → "jew";
// nationality nouns give their country ("filipino" → "philippines").
func (lx *Lexicon) Pertainyms(w string) []string { return lx.list(w, fieldPertainyms) }

// Hypernyms returns the lemmas one level above w's common noun senses, then
// its common verb senses ("mayor" → "civil authority", "politician"; "paris"
// → "national capital"; "recommend" → "propose", "suggest").
func (lx *Lexicon) Hypernyms(w string) []string { return lx.list(w, fieldHypernyms) }

// Hyponyms returns the lemmas one level below w's common noun and verb
// senses, the commonest first, at most 12 ("proposal" → "suggestion",
// "propose" → "offer"; no named instances).
func (lx *Lexicon) Hyponyms(w string) []string { return lx.list(w, fieldHyponyms) }

// Holonyms returns the places a named place or building is part of, nearest
// first, up to three levels ("kremlin": "moscow", "russia").
func (lx *Lexicon) Holonyms(w string) []string { return lx.list(w, fieldHolonyms) }

// Graded is a word reached through one of a word's rarer senses, and how
// strong that sense is: Strength is in (0, 1], 1 for a sense as common as
// the word's most common one.
type Graded struct {
	Word     string
	Strength float64
}

// RareSynonyms returns the synonyms of the senses Synonyms leaves out (a
// later or rarely tagged sense, a part of speech the word is less used in:
// "chair" → "chairman", "lead"), strongest sense first, at most 16; words
// Synonyms lists are not repeated.
func (lx *Lexicon) RareSynonyms(w string) []Graded { return lx.graded(w, fieldRareSyn) }

// RareHypernyms returns the hypernyms, one level up, of the noun senses
// Hypernyms leaves out ("ferry" → "boat", "substitution" → "change"),
// strongest sense first, at most 16.
func (lx *Lexicon) RareHypernyms(w string) []Graded { return lx.graded(w, fieldRareHyp) }

// graded reads field n of w as comma-separated base-36 line numbers, each
// with a colon and a strength digit 1-9.
func (lx *Lexicon) graded(w string, n int) []Graded {
	items := lx.items(w, n)
	out := make([]Graded, 0, len(items))
	for _, item := range items {
		id, d, _ := strings.Cut(item, ":")
		k, err := strconv.ParseUint(id, 36, 32)
		st, err2 := strconv.Atoi(d)
		if err != nil || err2 != nil || int(k) >= len(lx.starts) || st < 1 || st > 9 {
			continue
		}
		out = append(out, Graded{lx.word(int(k)), float64(st) / 9})
	}
	return out
}

// Antonyms returns WordNet's antonyms of w ("optimistic" → "pessimistic",
// "agree" → "disagree"), and for an adjective in a cluster those of its head
// ("upbeat", similar to "optimistic" → "pessimistic").
func (lx *Lexicon) Antonyms(w string) []string { return lx.list(w, fieldAntonyms) }

// Supersenses returns the WordNet supersenses (lexicographer files) of w's
// senses that the tagged corpus saw, and of each part of speech's first
// sense, most often seen first: "noun.person", "noun.location",
// "noun.time", "noun.quantity", "verb.communication", ... ("venue" →
// "noun.location"; "say" → "verb.communication"). They type answers ("which
// venue", "what year") and words ("warned" speaks).
func (lx *Lexicon) Supersenses(w string) []string {
	return lx.ids(w, fieldSupersenses, len(format.Supersenses), func(k int) string { return format.Supersenses[k] })
}

// IsSpeechVerb reports whether w, or a base form of it, is a verb with a
// sense of communication (WordNet's verb.communication supersense) among its
// two most common verb supersenses: "said", "warned", "told", "insisted",
// "added", "recalled", "confirmed". Broad on purpose ("signed", "wrote"
// too): it says a verb can report speech, not that it does here.
func (lx *Lexicon) IsSpeechVerb(w string) bool {
	for _, b := range lx.Lemma(w) {
		if !lx.IsVerb(b) {
			continue
		}
		n := 0
		for _, s := range lx.Supersenses(b) {
			if !strings.HasPrefix(s, "verb.") {
				continue
			}
			if s == "verb.communication" {
				return true
			}
			if n++; n == 2 {
				break
			}
		}
	}
	return false
}
