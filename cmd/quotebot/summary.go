package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/knowledge"
)

// summaryJSON is the `summary --json` contract; fields may be added, never
// changed.
type summaryJSON struct {
	Sentences []summarySentenceJSON `json:"sentences"`
}

type summarySentenceJSON struct {
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"`
	Section   string `json:"section"`
}

func toSummaryJSON(s knowledge.Summary) summaryJSON {
	out := summaryJSON{Sentences: []summarySentenceJSON{}}
	for _, ss := range s.Sentences {
		out.Sentences = append(out.Sentences, summarySentenceJSON{Text: ss.Text, Paragraph: ss.Paragraph, Section: ss.Section})
	}
	return out
}

func runSummary(ctx context.Context, e *env, args []string) error {
	f := newArticleFlags("summary", true)
	length := f.fs.String("length", knowledge.LengthMedium, "short, medium or long")
	section := f.fs.String("section", "", "summarise one section, named by the start of its heading")
	outline := f.fs.Bool("outline", false, "one key sentence per section")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("summary takes no arguments (got %q); name a section with --section", strings.Join(rest, " "))
	}
	_, a, err := f.load(e)
	if err != nil {
		return err
	}
	s, err := a.Summarize(knowledge.SummaryOptions{Length: *length, Section: *section, Outline: *outline})
	if err != nil {
		return userError(err)
	}
	return f.print(e, toSummaryJSON(s), formatSummary(s))
}

// formatSummary renders a summary for a terminal: numbered verbatim
// sentences with citations, or for an outline each section's heading with its
// key sentence.
func formatSummary(s knowledge.Summary) string {
	var b strings.Builder
	switch {
	case s.Outline:
		b.WriteString("Outline — one key sentence per section, in the article's words:\n")
		for _, ss := range s.Sentences {
			fmt.Fprintf(&b, "\n%s\n  “%s” (¶%d)\n", sectionLabel(ss.Section), ss.Text, ss.Paragraph)
		}
		return b.String()
	case s.SectionOnly:
		fmt.Fprintf(&b, "Summary of %s (%s), in the article's words:\n", sectionTitle(s.Section), s.Length)
	default:
		fmt.Fprintf(&b, "Summary (%s), in the article's words:\n", s.Length)
	}
	for i, ss := range s.Sentences {
		fmt.Fprintf(&b, "\n%d. “%s”\n   — %s\n", i+1, ss.Text, citation(ss.Paragraph, ss.Section))
	}
	return b.String()
}

// sectionTitle names a section in running text: its heading in quotes, or
// "the lead".
func sectionTitle(name string) string {
	if name == "" {
		return "the lead"
	}
	return "“" + name + "”"
}
