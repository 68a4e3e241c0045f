package knowledge

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/verify"
)

// normalizeQuestion is the answer cache key: folded, punctuation-free words.
func normalizeQuestion(q string) string {
	var words []string
	for _, t := range Tokenize(q) {
		words = append(words, t.Norm)
	}
	return strings.Join(words, " ")
}

// newFoldedText prepares the article for checking a model's prose against it
// (knowledge/verify): its text and the words of its sentences.
func newFoldedText(a *Article) *verify.Text {
	toks := make([][]Token, len(a.Sentences))
	for i, s := range a.Sentences {
		toks[i] = s.tokens
	}
	return verify.New(a.Text, toks)
}
