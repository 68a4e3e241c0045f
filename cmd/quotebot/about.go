package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/knowledge"
)

// aboutJSON is the `about --json` shape.
type aboutJSON struct {
	Name       string   `json:"name"`
	Title      *string  `json:"title"`
	Sections   []string `json:"sections"`
	Words      int      `json:"words"`
	Paragraphs int      `json:"paragraphs"`
	Quotations int      `json:"quotations"`
	SHA256     string   `json:"sha256"`
}

func toAboutJSON(f knowledge.Facts) aboutJSON {
	sections := f.Sections
	if sections == nil {
		sections = []string{}
	}
	return aboutJSON{
		Name: f.Name, Title: nullable(f.Title), Sections: sections, Words: f.Words,
		Paragraphs: f.Paragraphs, Quotations: f.Quotations, SHA256: f.SHA256,
	}
}

func runAbout(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("about", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON object")
	article := fs.String("article", "", "path of a plain-text or Markdown article")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("about takes no arguments (got %q)", strings.Join(rest, " "))
	}
	_, a, err := setup(e, *article)
	if err != nil {
		return err
	}
	f := a.Facts()
	if *asJSON {
		return writeJSON(e.stdout, toAboutJSON(f))
	}
	fmt.Fprint(e.stdout, formatFacts(f))
	return nil
}

// formatFacts renders the facts for a terminal.
func formatFacts(f knowledge.Facts) string {
	title := f.Title
	if title == "" {
		title = "(none)"
	}
	sections := "(none)"
	if len(f.Sections) > 0 {
		sections = strings.Join(f.Sections, "\n             ")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Grounded in: %s\n", f.Name)
	fmt.Fprintf(&b, "Title:       %s\n", title)
	fmt.Fprintf(&b, "Sections:    %s\n", sections)
	fmt.Fprintf(&b, "Words:       %d\n", f.Words)
	fmt.Fprintf(&b, "Paragraphs:  %d\n", f.Paragraphs)
	fmt.Fprintf(&b, "Quotations:  %d\n", f.Quotations)
	fmt.Fprintf(&b, "SHA-256:     %s\n", f.SHA256)
	return b.String()
}
