package handlers

import (
	"context"

	"github.com/quotebot/quotebot/knowledge"
)

// NewParagraph answers the "Full paragraph" button: paragraph Args[0],
// verbatim, privately.
func NewParagraph(a *knowledge.Article) Handler {
	return func(_ context.Context, req Request) (Response, error) {
		n, ok := req.Arg(0)
		p, found := a.Paragraph(n)
		if !ok || !found {
			return Response{}, knowledge.Errorf(knowledge.ENotFound, "The article has no such paragraph.")
		}
		return Response{
			Title:   "Paragraph " + req.Args[0],
			Blocks:  []Block{{Passage: &Passage{Text: a.ParagraphText(n), Paragraph: n, Section: p.Section}}},
			Footer:  footer(a),
			Private: true,
		}, nil
	}
}
