package align

import (
	"sort"
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// Change is one word-level difference between a claim and the text.
type Change struct {
	// From is the text's words ("" for an insertion), To the claim's ("" for a deletion).
	From, To string
	// Kind is "number", "name", "negation" or "word".
	Kind string
	// Start and End are the offsets of From in Doc.Text (equal, at the
	// point of insertion, when From is "").
	Start, End int
}

// Flagged reports whether the change alters a number, a name or the
// polarity: the changes a moderator must see first.
func (c Change) Flagged() bool { return c.Kind != ChangeWord }

// PunctPenalty is taken off the similarity for each difference in
// punctuation between words that are otherwise the same.
const PunctPenalty = punctPenalty

// NewChecker returns a Checker over doc, which must not change while the
// Checker is in use. It prepares paragraphs as claims need them.
func NewChecker(doc *Doc) *Checker { return &Checker{doc: doc} }

// Claim is a claim prepared for alignment.
type Claim struct {
	text   string
	words  []wtok
	tokens []nlp.Token
}

// Claim prepares the claim text: its words, with ellipses and the names of
// the Doc's people marked.
func (sc *Checker) Claim(text string) *Claim {
	cw, toks := sc.claimWords(text)
	return &Claim{text: text, words: cw, tokens: toks}
}

// Tokens returns the claim's word tokens.
func (c *Claim) Tokens() []nlp.Token { return c.tokens }

// Len returns the number of words the claim is aligned by (an initialism
// such as "U.S." is one).
func (c *Claim) Len() int { return len(c.words) }

// ContentWords returns the number of the claim's words that carry meaning:
// not function words, or a negation or a number.
func (c *Claim) ContentWords() int {
	n := 0
	for _, t := range c.words {
		if t.content {
			n++
		}
	}
	return n
}

// Exact returns the span of paragraph p (0-based) that holds the claim word
// for word, with the same punctuation between the words (typography aside)
// and, at the claim's ellipses, any words but a negation left out.
func (sc *Checker) Exact(c *Claim, p int) (start, end int, ok bool) {
	for _, seg := range sc.segments(p, c.text, c.words) {
		if first, last, ok := findExact(seg.pw, sc.doc.Text, c.words, c.text); ok {
			return seg.pw[first].start, seg.pw[last].end, true
		}
	}
	return 0, 0, false
}

// Alignment is the best alignment of a claim with a stretch of one
// paragraph.
type Alignment struct {
	// Paragraph is the paragraph (0-based); Start and End are the offsets of
	// the matched span in Doc.Text.
	Paragraph, Start, End int
	// Similarity is a Dice coefficient over word weights,
	// 2·matched / (claim weight + weight of the text span), less
	// PunctPenalty for each change of punctuation only.
	Similarity float64
	// Cover is the share of the claim's word weight the text's words match.
	Cover float64
	// Covered counts the content words matched, a number changed for
	// another or a word for its opposite or sibling counting for the word
	// it replaces.
	Covered int
	// Changes are the differences, in text order; none when the claim is
	// the text's words after all (an ellipsis placed better than Exact did).
	Changes []Change
}

// Best aligns the claim with the given paragraphs (0-based) and returns the
// best alignment, skipping stretches whose words could not reach minSim;
// ok is false when no word pairs anywhere.
func (sc *Checker) Best(c *Claim, paras []int, minSim float64) (Alignment, bool) {
	cw, text := c.words, c.text
	// Align with the segments that could match best first, and stop
	// when none left could beat the best so far.
	type cand struct {
		seg   alignSegment
		bound float64
	}
	cands := make([]cand, 0, len(paras))
	for _, p := range paras {
		for _, seg := range sc.segments(p, text, cw) {
			if b := simBound(seg.forms, cw); b >= minSim {
				cands = append(cands, cand{seg, b})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].bound > cands[j].bound })
	bestSim := -1.0
	var best alignSegment
	var bestOps []alignOp
	var bestStats alignStats
	for _, c := range cands {
		if c.bound <= bestSim {
			break
		}
		ops := sc.al.align(cw, c.seg.pw)
		if ops == nil {
			continue
		}
		st := score(ops, cw, c.seg.pw)
		if st.sim > bestSim && st.first >= 0 {
			bestSim, best, bestOps, bestStats = st.sim, c.seg, ops, st
		}
	}
	if best.pw == nil {
		return Alignment{}, false
	}
	pw := best.pw
	al := Alignment{Paragraph: best.p, Start: pw[bestStats.first].start, End: pw[bestStats.last].end, Similarity: bestSim, Cover: bestStats.cover}
	al.Changes = sc.changes(bestOps, cw, pw, text, al.Start, al.End)
	for _, ch := range al.Changes {
		if ch.Kind == ChangeWord && !strings.ContainsFunc(ch.From+ch.To, nlp.IsWordRune) {
			al.Similarity -= punctPenalty
		}
	}
	al.Covered = bestStats.matchedContent + flaggedSubs(bestOps, cw, pw, sc.doc.Text, text)
	return al, true
}
