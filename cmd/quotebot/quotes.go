package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/knowledge"
)

// quotesJSON is the `quotes --json` contract; fields may be added, never changed.
type quotesJSON struct {
	Quotes []quotationJSON `json:"quotes"`
}

type quotationJSON struct {
	Text      string  `json:"text"`
	Speaker   *string `json:"speaker"`
	Paragraph int     `json:"paragraph"`
	// Start and End are the quoted words' byte offsets in the article
	// (marks excluded); Kind is "quote", "blockquote" or "answer"; Rule
	// names the attribution rule that decided the speaker ("" when none).
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
	Rule  string `json:"rule"`
	// Prob is the speaker model's probability when Rule is "model".
	Prob float64 `json:"prob,omitempty"`
}

func toQuotesJSON(a *knowledge.Article) quotesJSON {
	out := quotesJSON{Quotes: []quotationJSON{}}
	for _, q := range a.Quotations {
		out.Quotes = append(out.Quotes, quotationJSON{Text: q.Text, Speaker: nullable(q.Speaker), Paragraph: q.Paragraph,
			Start: q.Start, End: q.End, Kind: q.Kind, Rule: q.Rule, Prob: q.Prob})
	}
	return out
}

func runQuotes(ctx context.Context, e *env, args []string) error {
	f := newArticleFlags("quotes", true)
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if err := noArgs("quotes", rest); err != nil {
		return err
	}
	_, a, err := f.load(e)
	if err != nil {
		return err
	}
	return f.print(e, toQuotesJSON(a), formatQuotes(a))
}

// formatQuotes lists the direct quotations, verbatim, with who says them
// and where.
func formatQuotes(a *knowledge.Article) string {
	if len(a.Quotations) == 0 {
		return "The article has no direct quotations.\n"
	}
	var b strings.Builder
	for i, q := range a.Quotations {
		who := q.Speaker
		if who == "" {
			who = "speaker not named"
		}
		section := ""
		if p, ok := a.Paragraph(q.Paragraph); ok {
			section = p.Section
		}
		fmt.Fprintf(&b, "%d. “%s”\n   — %s · %s\n", i+1, q.Text, who, citation(q.Paragraph, section))
	}
	return b.String()
}
