package handlers

import (
	"context"
	"fmt"

	"github.com/quotebot/quotebot/knowledge"
)

// NewQuotes answers /quotes: every direct quotation in the article with its
// speaker and paragraph.
func NewQuotes(a *knowledge.Article) Handler {
	return func(_ context.Context, _ Request) (Response, error) {
		resp := Response{Title: fmt.Sprintf("Direct quotations in the article (%d)", len(a.Quotations)), Footer: footer(a)}
		if len(a.Quotations) == 0 {
			resp.Blocks = []Block{Text("The article has no direct quotations.")}
			return resp, nil
		}
		for _, q := range a.Quotations {
			section := ""
			if p, ok := a.Paragraph(q.Paragraph); ok {
				section = p.Section
			}
			resp.Blocks = append(resp.Blocks, Block{Passage: &Passage{Text: q.Text, Paragraph: q.Paragraph, Section: section, Speaker: q.Speaker}})
		}
		return resp, nil
	}
}
