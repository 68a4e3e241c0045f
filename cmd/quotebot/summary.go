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
	// Written is the model's summary (summary --written), present only when
	// the model's sentences were verified; Sentences is always the
	// extractive summary.
	Written []writtenSentenceJSON `json:"written,omitempty"`
}

// writtenSentenceJSON is one sentence in the model's words (never a quote)
// with the verbatim passages it cites.
type writtenSentenceJSON struct {
	Text   string      `json:"text"`
	Quotes []quoteJSON `json:"quotes"`
}

type summarySentenceJSON struct {
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"`
	Section   string `json:"section"`
	// Speaker is whose words the sentence reports, when anyone's.
	Speaker string `json:"speaker,omitempty"`
}

func toSummaryJSON(s knowledge.Summary) summaryJSON {
	out := summaryJSON{Sentences: []summarySentenceJSON{}}
	for _, ss := range s.Sentences {
		out.Sentences = append(out.Sentences, summarySentenceJSON{Text: ss.Text, Paragraph: ss.Paragraph, Section: ss.Section, Speaker: ss.Speaker})
	}
	return out
}

func runSummary(ctx context.Context, e *env, args []string) error {
	f := newArticleFlags("summary", true)
	length := f.fs.String("length", knowledge.LengthMedium, "short, medium or long")
	section := f.fs.String("section", "", "summarise one section, named by the start of its heading")
	outline := f.fs.Bool("outline", false, "one key sentence per section")
	written := f.fs.Bool("written", false, "sentences written by the model, each citing the article (needs OPENAI_API_KEY)")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("summary takes no arguments (got %q); name a section with --section", strings.Join(rest, " "))
	}
	if *written && *outline {
		return usagef("--written and --outline cannot be combined: an outline is always in the article's own sentences")
	}
	cfg, a, err := f.load(e)
	if err != nil {
		return err
	}
	opts := knowledge.SummaryOptions{Length: *length, Section: *section, Outline: *outline}
	if *written {
		return writtenSummary(ctx, e, f, cfg, a, opts)
	}
	s, err := a.Summarize(opts)
	if err != nil {
		return userError(err)
	}
	return f.print(e, toSummaryJSON(s), formatSummary(s))
}

// writtenSummary prints a summary written by the model, every sentence
// verified and followed by the paragraphs it cites; when the model fails,
// the extractive summary (with a warning on stderr).
func writtenSummary(ctx context.Context, e *env, f articleFlags, cfg config, a *knowledge.Article, opts knowledge.SummaryOptions) error {
	g := cliAsker(e, cfg, a)
	if g == nil {
		return usagef("summary --written needs a language model: set OPENAI_API_KEY (and OPENAI_BASE_URL for a server other than OpenAI's); without one, summary prints the article's own sentences")
	}
	gs, err := g.Summarize(ctx, opts)
	if err != nil {
		return userError(err)
	}
	out := toSummaryJSON(gs.Extractive)
	if len(gs.Written) == 0 {
		return f.print(e, out, formatSummary(gs.Extractive))
	}
	for _, ws := range gs.Written {
		// The quotes take the `ask --json` shape.
		out.Written = append(out.Written, writtenSentenceJSON{Text: ws.Text, Quotes: toAskJSON(knowledge.Answer{Quotes: ws.Quotes}).Quotes})
	}
	return f.print(e, out, formatWritten(gs))
}

// formatWritten renders a written summary: the model's sentences, never in
// quotation marks (they are not the article's words), each followed by the
// paragraphs that support it.
func formatWritten(gs knowledge.GroundedSummary) string {
	var b strings.Builder
	if gs.Extractive.SectionOnly {
		fmt.Fprintf(&b, "Summary of %s (%s), written by a language model; each point cites the paragraphs it rests on:\n", sectionTitle(gs.Extractive.Section), gs.Extractive.Length)
	} else {
		fmt.Fprintf(&b, "Summary (%s), written by a language model; each point cites the paragraphs it rests on:\n", gs.Extractive.Length)
	}
	for i, ws := range gs.Written {
		var cites []string
		seen := map[int]bool{}
		for _, q := range ws.Quotes {
			if !seen[q.Paragraph] {
				seen[q.Paragraph] = true
				cites = append(cites, fmt.Sprintf("¶%d", q.Paragraph))
			}
		}
		fmt.Fprintf(&b, "\n%d. %s (%s)\n", i+1, ws.Text, strings.Join(cites, ", "))
	}
	return b.String()
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
		fmt.Fprintf(&b, "\n%d. “%s”\n   — %s", i+1, ss.Text, citation(ss.Paragraph, ss.Section))
		if ss.Speaker != "" {
			fmt.Fprintf(&b, " · %s", ss.Speaker)
		}
		b.WriteString("\n")
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
