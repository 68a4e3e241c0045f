package handlers

import (
	"context"
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/knowledge"
)

// NewCheckQuote answers /checkquote and the "Check quotes" message command:
// each quotation in the text is checked against the article, privately.
// On a message, a button lets the moderator post the verdict publicly in
// reply to it.
func NewCheckQuote(a *knowledge.Article) Handler {
	return func(_ context.Context, req Request) (Response, error) {
		text := req.String("quote")
		if req.Target != nil {
			text = req.Target.Content
			if strings.TrimSpace(text) == "" {
				return Response{}, knowledge.Errorf(knowledge.EInvalid, "That message has no text I can check.")
			}
		}
		rep, err := a.CheckQuotes(text)
		if err != nil {
			return Response{}, err
		}
		resp := Response{Title: "Quote check", Footer: footer(a), Private: true}
		if req.Target != nil && req.Target.Forwarded {
			resp.Blocks = append(resp.Blocks, Text("This is a forwarded message: I checked the text it forwards."))
		}
		for i, c := range rep.Claims {
			resp.Blocks = append(resp.Blocks, claimBlocks(a, i+1, c)...)
		}
		if len(rep.Claims) == 0 {
			resp.Blocks = append(resp.Blocks, Text("I found nothing to check."))
		}
		if rep.Skipped != "" {
			resp.Blocks = append(resp.Blocks, Text(rep.Skipped))
		}
		if req.Target != nil && req.Target.ID != "" {
			resp.Buttons = []Button{{Label: "Post publicly", Action: ActionPublish, Args: []string{req.Target.ChannelID, req.Target.ID}}}
			resp.OneMessage = true
		}
		return resp, nil
	}
}

var verdictHeadings = map[knowledge.Verdict]string{
	knowledge.VerdictExact:    "✅ Quoted exactly",
	knowledge.VerdictNear:     "⚠️ Close to the article, but changed",
	knowledge.VerdictNotFound: "❌ Not found in the article",
}

// claimBlocks explains one verdict: the claim as posted, the article's
// words, what changed and who said it.
func claimBlocks(a *knowledge.Article, n int, c knowledge.ClaimCheck) []Block {
	h, ok := verdictHeadings[c.Verdict]
	if !ok {
		h = string(c.Verdict)
	}
	out := []Block{Heading(fmt.Sprintf("Claim %d: %s", n, h)), Text("Posted: " + c.Claim)}
	if c.Match != "" {
		section := ""
		if p, ok := a.Paragraph(c.Paragraph); ok {
			section = p.Section
		}
		out = append(out, Text("The article says:"), Block{Passage: &Passage{Text: c.Match, Paragraph: c.Paragraph, Section: section, Speaker: c.Speaker}})
	}
	if c.Verdict == knowledge.VerdictNear {
		out = append(out, Text(fmt.Sprintf("Similarity: %.0f%%.", 100*c.Similarity)))
	}
	for _, ch := range c.Changes {
		out = append(out, Text(describeChange(ch)))
	}
	if c.Reason != "" {
		out = append(out, Text(c.Reason))
	}
	switch {
	case c.Verdict == knowledge.VerdictNotFound && c.Speaker != "":
		// Words too changed to count as near still distort someone's: say
		// whose, without calling the attribution right or wrong.
		out = append(out, Text("The closest words in the article are attributed to "+c.Speaker+"."))
	case c.SpeakerMatches != nil:
		if *c.SpeakerMatches {
			out = append(out, Text("Attributed correctly to "+c.Speaker+"."))
		} else {
			who := c.Speaker
			if who == "" {
				who = "nobody named"
			}
			out = append(out, Text("Attributed to "+c.ClaimedSpeaker+", but the article attributes these words to "+who+"."))
		}
	}
	return out
}

func describeChange(ch knowledge.Change) string {
	kind := ""
	if ch.Kind != "" && ch.Kind != "word" {
		kind = " (" + ch.Kind + ")"
	}
	// A change of punctuation alone is named ("<comma>"): a bare "," after
	// a colon reads as nothing.
	from, to := knowledge.PunctuationName(ch.From), knowledge.PunctuationName(ch.To)
	switch {
	case ch.From == "":
		return "Added" + kind + ": " + to
	case ch.To == "":
		return "Left out" + kind + ": " + from
	default:
		return "Changed" + kind + ": the article has " + from + ", the post has " + to
	}
}

// NewPublish answers the "Post publicly" button under a private verdict:
// Args are the channel and message the verdict replies to.
func NewPublish() Handler {
	return func(_ context.Context, req Request) (Response, error) {
		if len(req.Args) != 2 || !isSnowflake(req.Args[0]) || !isSnowflake(req.Args[1]) {
			return Response{}, knowledge.Errorf(knowledge.EInvalid, "That button is not one of mine any more; please check the message again.")
		}
		return Response{
			Blocks:  []Block{Text("Posted publicly in reply to the checked message.")},
			Private: true,
			Publish: &Publish{ChannelID: req.Args[0], MessageID: req.Args[1]},
		}, nil
	}
}

// isSnowflake reports whether s looks like a Discord ID.
func isSnowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
