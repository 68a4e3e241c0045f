package handlers

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/quotebot/quotebot/knowledge"
)

// MaxChoices is the most autocomplete choices Discord shows.
const MaxChoices = 25

// maxChoiceRunes bounds a choice's name and value (Discord allows 100).
const maxChoiceRunes = 100

// NewSections answers autocomplete for /summary's section option: the
// article's headings that contain what was typed, case-insensitively, and
// hold text. A heading followed directly by another (an article's title
// above its first section) holds none, and /summary would refuse it.
func NewSections(a *knowledge.Article) Handler {
	return func(_ context.Context, req Request) (Response, error) {
		typed := knowledge.Fold(req.String(req.Focused))
		var resp Response
		for _, s := range a.Sections {
			if s.Name == "" || s.First > s.Last || !strings.Contains(knowledge.Fold(s.Name), typed) {
				continue
			}
			// Sections are matched by prefix, so a cut name still selects its section.
			v := truncateRunes(s.Name, maxChoiceRunes)
			resp.Choices = append(resp.Choices, Choice{Name: v, Value: v})
			if len(resp.Choices) == MaxChoices {
				break
			}
		}
		return resp, nil
	}
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}
