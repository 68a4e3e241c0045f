package handlers

import (
	"context"
	"strconv"

	"github.com/quotebot/quotebot/knowledge"
)

// NewMore answers the "More passages" button: the next page of passages
// matching the question the answer was for (Request.Previous). Args[0] is
// the page, 1 for the passages after the first answer.
func NewMore(a *knowledge.Article) Handler {
	return func(_ context.Context, req Request) (Response, error) {
		page, ok := req.Arg(0)
		if !ok || page < 1 {
			return Response{}, knowledge.Errorf(knowledge.EInvalid, "That button is not one of mine any more; please ask again.")
		}
		if req.Previous == "" {
			return Response{}, knowledge.Errorf(knowledge.EInvalid, "I can't tell which question this button was for; please ask again.")
		}
		quotes := rankedQuotes(a, req.Previous, (page+1)*MaxQuotesShown+1)
		resp := Response{Title: req.Previous, Footer: footer(a), Private: true}
		from := page * MaxQuotesShown
		if from >= len(quotes) {
			resp.Blocks = []Block{Text("There are no more passages in the article that match this question.")}
			return resp, nil
		}
		shown := quotes[from:min(from+MaxQuotesShown, len(quotes))]
		resp.Blocks = append(resp.Blocks, Text("More passages that match the question, less closely:"))
		for _, q := range shown {
			resp.Blocks = append(resp.Blocks, QuoteBlock(q))
		}
		if len(quotes) > from+MaxQuotesShown {
			resp.Buttons = append(resp.Buttons, Button{Label: "More passages", Action: ActionMore, Args: []string{strconv.Itoa(page + 1)}})
		}
		resp.Buttons = append(resp.Buttons, paragraphButtons(shown)...)
		return resp, nil
	}
}

// rankedQuotes returns up to n distinct quotes for a question, best first,
// in the same order Ask ranks them.
func rankedQuotes(a *knowledge.Article, question string, n int) []knowledge.Quote {
	var out []knowledge.Quote
	seen := map[int]bool{}
	for _, h := range a.Search(question, 4*n) {
		q := a.QuoteOf(h.Sentence)
		if seen[q.Start] {
			continue
		}
		seen[q.Start] = true
		out = append(out, q)
		if len(out) == n {
			break
		}
	}
	return out
}
