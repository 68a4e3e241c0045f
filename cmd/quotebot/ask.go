package main

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/quotebot/quotebot/knowledge"
)

// askJSON is the `ask --json` contract; fields may be added, never changed.
type askJSON struct {
	Question string      `json:"question"`
	Answered bool        `json:"answered"`
	Answer   string      `json:"answer"`
	Quotes   []quoteJSON `json:"quotes"`
	// Outcome is "answered", "uncertain" (closest passages shown) or
	// "not_covered" (no passage); Confidence is the calibrated probability
	// that the first quote answers.
	Outcome    string  `json:"outcome"`
	Confidence float64 `json:"confidence"`
}

type quoteJSON struct {
	Text      string  `json:"text"`
	Paragraph int     `json:"paragraph"`
	Section   string  `json:"section"`
	Speaker   *string `json:"speaker"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
}

func toAskJSON(ans knowledge.Answer) askJSON {
	out := askJSON{Question: ans.Question, Answered: ans.Answered, Answer: ans.Text, Quotes: []quoteJSON{},
		Outcome: ans.Outcome, Confidence: math.Round(ans.Confidence*1000) / 1000}
	if out.Outcome == "" {
		// An answer made elsewhere (the model's) may not set it.
		out.Outcome = knowledge.OutcomeNotCovered
		if ans.Answered {
			out.Outcome = knowledge.OutcomeAnswered
		} else if len(ans.Quotes) > 0 {
			out.Outcome = knowledge.OutcomeUncertain
		}
	}
	for _, q := range ans.Quotes {
		out.Quotes = append(out.Quotes, quoteJSON{
			Text: q.Text, Paragraph: q.Paragraph, Section: q.Section, Speaker: nullable(q.Speaker),
			Start: q.Start, End: q.End,
		})
	}
	return out
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func runAsk(ctx context.Context, e *env, args []string) error {
	f := newArticleFlags("ask", true)
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	cfg, a, err := f.load(e)
	if err != nil {
		return err
	}
	ans, err := answer(ctx, e, cfg, a, strings.Join(rest, " "))
	if err != nil {
		return userError(err)
	}
	return f.print(e, toAskJSON(ans), formatAnswer(ans))
}

// formatAnswer renders an answer for a terminal.
func formatAnswer(ans knowledge.Answer) string {
	var b strings.Builder
	b.WriteString(ans.Text + "\n")
	for i, q := range ans.Quotes {
		fmt.Fprintf(&b, "\n%d. “%s”\n   — %s", i+1, q.Text, citation(q.Paragraph, q.Section))
		if q.Speaker != "" {
			fmt.Fprintf(&b, " · %s", q.Speaker)
		}
		b.WriteString("\n")
	}
	return b.String()
}
