package handlers

import (
	"context"

	"github.com/quotebot/quotebot/knowledge"
)

// NewSummary answers /summary: the article's own sentences, in article
// order, adjacent sentences of one paragraph quoted together.
func NewSummary(a *knowledge.Article) Handler {
	return func(_ context.Context, req Request) (Response, error) {
		opts := knowledge.SummaryOptions{Length: req.String("length"), Section: req.String("section"), Outline: req.Bool("outline")}
		s, err := a.Summarize(opts)
		if err != nil {
			return Response{}, err
		}
		resp := Response{Title: "Summary", Footer: footer(a)}
		if opts.Section != "" {
			resp.Title = "Summary of one section"
		}
		if len(s.Sentences) == 0 {
			resp.Blocks = []Block{Text("There is nothing to summarise there.")}
			return resp, nil
		}
		resp.Blocks = append(resp.Blocks, Text("In the article's own words:"))
		section := "\x00"
		for i := 0; i < len(s.Sentences); {
			first := s.Sentences[i]
			j := i + 1
			for j < len(s.Sentences) && s.Sentences[j].Paragraph == first.Paragraph && s.Sentences[j].Sentence == s.Sentences[j-1].Sentence+1 {
				j++
			}
			last := s.Sentences[j-1]
			if (s.Outline || opts.Outline) && first.Section != section {
				section = first.Section
				resp.Blocks = append(resp.Blocks, Heading(sectionName(first.Section)))
			}
			speaker := first.Speaker
			for _, s := range s.Sentences[i+1 : j] {
				if s.Speaker != speaker {
					speaker = "" // a passage names one speaker or none
				}
			}
			resp.Blocks = append(resp.Blocks, Block{Passage: &Passage{Text: a.Text[first.Start:last.End], Paragraph: first.Paragraph, Section: first.Section, Speaker: speaker}})
			i = j
		}
		return resp, nil
	}
}

// sectionName names a section for people; the lead has no heading.
func sectionName(s string) string {
	if s == "" {
		return "Lead"
	}
	return s
}
