package main

import (
	"context"
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
	f := newArticleFlags("about", true)
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if err := noArgs("about", rest); err != nil {
		return err
	}
	_, a, err := f.load(e)
	if err != nil {
		return err
	}
	facts := a.Facts()
	return f.print(e, toAboutJSON(facts), formatFacts(facts))
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
