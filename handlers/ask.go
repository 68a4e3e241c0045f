package handlers

import (
	"context"
	"strconv"

	"github.com/quotebot/quotebot/knowledge"
)

// MaxQuotesShown is how many passages one answer or page shows.
const MaxQuotesShown = 3

// NewAsk answers /ask, mentions and DMs: verbatim quotes with citations,
// or a plain abstention. A request with Previous set is a follow-up: when
// the new question alone finds nothing, it is read together with the
// earlier one.
func NewAsk(a *knowledge.Article, asker Asker) Handler {
	return func(ctx context.Context, req Request) (Response, error) {
		q := req.String("question")
		// Whether to read q as a follow-up is decided by the article's own
		// extractive answers, which are cheap, so the asker (perhaps a
		// model, with its own deadline) is called once.
		query, followUp := q, false
		if req.Previous != "" {
			if own, err := a.Ask(q); err == nil && !own.Answered {
				if joint, err := a.Ask(q + " " + req.Previous); err == nil && joint.Answered {
					query, followUp = q+" "+req.Previous, true
				}
			}
		}
		ans, err := asker.Ask(ctx, query)
		if err != nil {
			return Response{}, err
		}
		if followUp {
			if cleaned, err := knowledge.CleanQuestion(q); err == nil {
				ans.Question = cleaned // the new question, as the user wrote it
			}
		}
		resp := answerResponse(a, ans)
		if followUp {
			resp.Blocks = append([]Block{Text("Reading this as a follow-up to your earlier question.")}, resp.Blocks...)
		}
		resp.Private = req.Bool("private")
		return resp, nil
	}
}

// answerResponse renders an answer: its lead-in, its quotes, and the buttons
// that dig deeper.
func answerResponse(a *knowledge.Article, ans knowledge.Answer) Response {
	resp := Response{Title: ans.Question, Footer: footer(a)}
	if !ans.Answered && len(ans.Quotes) == 0 {
		resp.Blocks = append(resp.Blocks, Text(ans.Text+" I answer only from the article."))
		return resp
	}
	if !ans.Answered {
		// Uncertain: the closest passages, introduced as such by the text,
		// with their paragraphs to read more — never labelled as wrong.
		resp.Blocks = append(resp.Blocks, Text(ans.Text))
		for _, q := range ans.Quotes {
			resp.Blocks = append(resp.Blocks, QuoteBlock(q))
		}
		resp.Buttons = append(resp.Buttons, paragraphButtons(ans.Quotes)...)
		return resp
	}
	resp.Blocks = append(resp.Blocks, Text(ans.Text))
	for _, q := range ans.Quotes {
		resp.Blocks = append(resp.Blocks, QuoteBlock(q))
	}
	resp.Buttons = append(resp.Buttons, moreButton(1, shownArg(a, ans.Quotes)))
	resp.Buttons = append(resp.Buttons, paragraphButtons(ans.Quotes)...)
	return resp
}

// paragraphButtons offers the full paragraph of each quote, once per paragraph.
func paragraphButtons(quotes []knowledge.Quote) []Button {
	var out []Button
	seen := map[int]bool{}
	for _, q := range quotes {
		if seen[q.Paragraph] {
			continue
		}
		seen[q.Paragraph] = true
		n := strconv.Itoa(q.Paragraph)
		out = append(out, Button{Label: "Full paragraph ¶" + n, Action: ActionParagraph, Args: []string{n}})
	}
	return out
}
