package handlers

import (
	"context"
	"strconv"
	"strings"

	"github.com/quotebot/quotebot/knowledge"
)

// maxShownArg bounds the sentence indexes a "More passages" button carries,
// keeping its custom ID well under Discord's 100 characters.
const maxShownArg = 12

// moreButton is the "More passages" button for page, carrying the sentences
// the answer already showed so that no page shows them again.
func moreButton(page int, shown string) Button {
	args := []string{strconv.Itoa(page)}
	if shown != "" {
		args = append(args, shown)
	}
	return Button{Label: "More passages", Action: ActionMore, Args: args}
}

// shownArg encodes the sentences of quotes as "12.13.40": the state a
// stateless button needs to skip them.
func shownArg(a *knowledge.Article, quotes []knowledge.Quote) string {
	var ids []string
	for _, q := range quotes {
		for _, s := range quoteSentences(a, q) {
			if len(ids) == maxShownArg {
				return strings.Join(ids, ".")
			}
			ids = append(ids, strconv.Itoa(s))
		}
	}
	return strings.Join(ids, ".")
}

// quoteSentences are the sentences a quote spans: its own list, or those
// under its offsets when a model-backed asker left the list empty.
func quoteSentences(a *knowledge.Article, q knowledge.Quote) []int {
	if len(q.Sentences) > 0 {
		return q.Sentences
	}
	var out []int
	for i := a.SentenceAt(q.Start); i >= 0 && i < len(a.Sentences) && a.Sentences[i].Start < q.End; i++ {
		out = append(out, i)
	}
	return out
}

// parseShown decodes shownArg; anything malformed is ignored.
func parseShown(s string) map[int]bool {
	out := map[int]bool{}
	for _, f := range strings.Split(s, ".") {
		if n, err := strconv.Atoi(f); err == nil && n >= 0 {
			out[n] = true
		}
	}
	return out
}

// NewMore answers the "More passages" button: the next page of passages
// matching the question the answer was for (Request.Previous). Args[0] is
// the page, 1 for the passages after the first answer; Args[1], when
// present, lists the sentences the answer showed, which are skipped. (A
// button without it, from before it was added, skips the first page of
// the ranking instead.)
func NewMore(a *knowledge.Article) Handler {
	return func(_ context.Context, req Request) (Response, error) {
		page, ok := req.Arg(0)
		if !ok || page < 1 {
			return Response{}, knowledge.Errorf(knowledge.EInvalid, "That button is not one of mine any more; please ask again.")
		}
		if req.Previous == "" {
			return Response{}, knowledge.Errorf(knowledge.EInvalid, "I can't tell which question this button was for; please ask again.")
		}
		shownIDs := ""
		if len(req.Args) > 1 {
			shownIDs = req.Args[1]
		}
		exclude := parseShown(shownIDs)
		from := (page - 1) * MaxQuotesShown
		if shownIDs == "" {
			from = page * MaxQuotesShown
		}
		quotes := rankedQuotes(a, req.Previous, from+MaxQuotesShown+1, exclude)
		resp := Response{Title: req.Previous, Footer: footer(a), Private: true}
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
			resp.Buttons = append(resp.Buttons, moreButton(page+1, shownIDs))
		}
		resp.Buttons = append(resp.Buttons, paragraphButtons(shown)...)
		return resp, nil
	}
}

// rankedQuotes returns up to n quotes for a question, best first, in the
// order Search ranks them, none sharing a sentence with another or with
// exclude.
func rankedQuotes(a *knowledge.Article, question string, n int, exclude map[int]bool) []knowledge.Quote {
	var out []knowledge.Quote
	seen := map[int]bool{}
	for s := range exclude {
		seen[s] = true
	}
	for _, h := range a.Search(question, 4*n+len(exclude)) {
		q := a.QuoteOf(h.Sentence)
		ss := quoteSentences(a, q)
		taken := false
		for _, s := range ss {
			taken = taken || seen[s]
		}
		if taken {
			continue
		}
		for _, s := range ss {
			seen[s] = true
		}
		out = append(out, q)
		if len(out) == n {
			break
		}
	}
	return out
}
