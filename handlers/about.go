package handlers

import (
	"context"
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/knowledge"
)

// NewAbout answers /about: which article the bot knows, how it answers and
// what it will not do.
func NewAbout(a *knowledge.Article) Handler {
	return func(_ context.Context, _ Request) (Response, error) {
		f := a.Facts()
		title := f.Title
		if title == "" {
			title = f.Name
		}
		var secs []string
		for _, s := range f.Sections {
			secs = append(secs, sectionName(s))
		}
		if len(secs) == 0 {
			for _, s := range a.Sections {
				secs = append(secs, sectionName(s.Name))
			}
		}
		id := fmt.Sprintf("%d paragraphs, %d direct quotations", f.Paragraphs, f.Quotations)
		if f.Words > 0 {
			id = fmt.Sprintf("%d words, ", f.Words) + id
		}
		if len(f.SHA256) >= 12 {
			id += ", SHA-256 " + f.SHA256[:12]
		}
		return Response{
			Title: "About quotebot",
			Blocks: []Block{
				Heading("The article"),
				Text(title + " (" + id + ")."),
				Text("Sections: " + strings.Join(secs, "; ") + "."),
				Heading("How I answer"),
				Text("I answer with the article's own sentences, quoted word for word and cited by paragraph (¶) and section. When the article doesn't cover a question, I say so instead of guessing."),
				Heading("Limits"),
				Text("I know only this article: no other news, no background, no opinions. Questions can be up to 500 characters, and there is a limit on how often you can ask."),
			},
			Footer: footer(a),
		}, nil
	}
}
