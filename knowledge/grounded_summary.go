package knowledge

import (
	"context"
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/knowledge/prompt"
)

// WrittenSentence is one summary sentence in the model's words, with the
// article passages that support it. Text is prose, never shown as a quote;
// Quotes are verbatim.
type WrittenSentence struct {
	Text   string
	Quotes []Quote
}

// GroundedSummary is a summary written by the model, each sentence backed
// by cited passages; Written is empty when the model was not used or
// failed, and Extractive (always filled) is then the summary to show.
type GroundedSummary struct {
	Written    []WrittenSentence
	Extractive Summary
}

// maxSummaryPassages bounds the prompt of a written summary; a longer scope
// is summarised from the extractive summary's sentences.
const maxSummaryPassages = 150

// Summarize returns a summary written by the model and verified like an
// answer (every sentence must cite passages it was given; its prose loses
// unverified quotation marks, and a sentence stating a number the article
// lacks is dropped), or the extractive summary on any failure. Outlines are
// always extractive. The error is an *Error for bad options.
func (g *GroundedAsker) Summarize(ctx context.Context, opts SummaryOptions) (GroundedSummary, error) {
	ext, err := g.a.Summarize(opts)
	if err != nil {
		return GroundedSummary{}, err
	}
	out := GroundedSummary{Extractive: ext}
	if opts.Outline || len(ext.Sentences) == 0 {
		return out, nil
	}
	passages := g.summaryPassages(opts, ext)
	p := GroundedPrompt{Instructions: prompt.SummaryInstructions(len(ext.Sentences)), Input: prompt.SummaryInput(g.a.Name, passages), Passages: passages}
	mctx, cancel := context.WithTimeout(ctx, g.opt.Timeout)
	defer cancel()
	reply, err := withDeadline(mctx, func(ctx context.Context) (GroundedReply, error) { return g.gen.Generate(ctx, p) })
	if err == nil {
		if out.Written, err = g.verifySummary(reply, passages, len(ext.Sentences)); err == nil {
			g.inc(EventAnswered)
			return out, nil
		}
	}
	g.fallback(mctx, err)
	return out, nil
}

// summaryPassages are the sentences in the summary's scope: the section
// the extractive summary chose, or the whole article.
func (g *GroundedAsker) summaryPassages(opts SummaryOptions, ext Summary) []Passage {
	var out []Passage
	for _, s := range g.a.Sentences {
		if strings.TrimSpace(opts.Section) == "" || s.Section == ext.Sentences[0].Section {
			out = append(out, Passage{ID: fmt.Sprintf("S%d", s.Index), Sentence: s.Index, Text: s.Text})
		}
	}
	if len(out) > maxSummaryPassages {
		out = out[:0]
		for _, s := range ext.Sentences {
			out = append(out, Passage{ID: fmt.Sprintf("S%d", s.Sentence), Sentence: s.Sentence, Text: s.Text})
		}
	}
	return out
}

// verifySummary keeps the sentences that cite given passages, at most max.
func (g *GroundedAsker) verifySummary(r GroundedReply, passages []Passage, max int) ([]WrittenSentence, error) {
	if !r.Answerable || strings.TrimSpace(r.Answer) == "" {
		return nil, fmt.Errorf("%w: no summary", errInvalidReply)
	}
	var out []WrittenSentence
	for _, c := range prompt.SplitCited(r.Answer) {
		text := c.Text
		// Only the sentence right before the markers is cited; any before it is not.
		if spans := splitSentences(text, 0, len(text)); len(spans) > 1 {
			g.inc(EventProseDropped)
			text = text[spans[len(spans)-1][0]:]
		}
		ids, dropped := prompt.ResolveCitations(c.Citations, passages)
		for range dropped {
			g.inc(EventCitationDropped)
		}
		prose, unmarked, ok := g.fold.Prose(text, "")
		for range unmarked {
			g.inc(EventQuoteUnmarked)
		}
		if len(ids) == 0 || !ok || prose == "" {
			g.inc(EventProseDropped)
			continue
		}
		ws := WrittenSentence{Text: prose}
		for _, i := range ids {
			if qt := g.a.QuoteOf(i); !overlapsAny(qt, ws.Quotes) {
				ws.Quotes = append(ws.Quotes, qt)
			}
		}
		out = append(out, ws)
		if len(out) == max {
			break
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no summary sentence cites a passage given", errInvalidReply)
	}
	return out, nil
}
