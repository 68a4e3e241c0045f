package main

import (
	"context"
	"flag"
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
}

func toQuotesJSON(a *knowledge.Article) quotesJSON {
	out := quotesJSON{Quotes: []quotationJSON{}}
	for _, q := range a.Quotations {
		out.Quotes = append(out.Quotes, quotationJSON{Text: q.Text, Speaker: nullable(q.Speaker), Paragraph: q.Paragraph})
	}
	return out
}

func runQuotes(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON object")
	article := fs.String("article", "", "path of a plain-text or Markdown article")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("quotes takes no arguments, got %q: quotebot quotes [--json] [--article PATH]", strings.Join(rest, " "))
	}
	_, a, err := setup(e, *article)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, toQuotesJSON(a))
	}
	fmt.Fprint(e.stdout, formatQuotes(a))
	return nil
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
