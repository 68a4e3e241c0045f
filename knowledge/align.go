package knowledge

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/align"
	"github.com/quotebot/quotebot/knowledge/nlp"
)

// Word alignment — finding a claim's words in the article and naming what
// changed — is knowledge/align; this file hands it the article.

// Change is one word-level difference between a claim and the article; its
// offsets index Article.Text.
type Change = align.Change

// Change kinds.
const (
	ChangeNumber   = align.ChangeNumber
	ChangeName     = align.ChangeName
	ChangeNegation = align.ChangeNegation
	ChangeWord     = align.ChangeWord
)

// newAlignDoc is the article as alignment reads it: its sentences' tokens
// by paragraph, and its people, a misspelt surname resolved by PersonNamed.
func (a *Article) newAlignDoc() *align.Doc {
	d := &align.Doc{
		Text:       a.Text,
		Sentences:  make([]align.Sentence, len(a.Sentences)),
		Paragraphs: make([][]int, len(a.Paragraphs)),
		People:     make([]string, len(a.People)),
		PersonNamed: func(word string) (string, bool) {
			p, ok := a.PersonNamed(word)
			return p.Name, ok
		},
	}
	for i, s := range a.Sentences {
		d.Sentences[i] = align.Sentence{Start: s.Start, Text: s.Text, Tokens: s.tokens}
	}
	for i, p := range a.Paragraphs {
		d.Paragraphs[i] = p.Sentences
	}
	for i, p := range a.People {
		d.People[i] = p.Name
	}
	return d
}

// newChecker returns the alignment state of one quote check.
func (a *Article) newChecker() *align.Checker { return align.NewChecker(a.aligned) }

// The word lists of alignment that answering and claim splitting use too.

// antonymsOf lists, for a stem, the stems of its opposites.
var antonymsOf = align.AntonymStems()

func opposite(a, b string) bool       { return align.Opposite(a, b) }
func isNegation(norm string) bool     { return align.IsNegation(norm) }
func normGap(s string) string         { return align.NormGap(s) }
func endsPossessive(text string) bool { return nlp.EndsPossessive(text) }

// wordSet builds a set of the words in s, separated by white space.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
