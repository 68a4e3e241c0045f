package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/knowledge"
)

// checkJSON is the `check --json` contract; fields may be added, never changed.
type checkJSON struct {
	Claims []claimJSON `json:"claims"`
	// Skipped says what the budget left unchecked; absent when nothing was.
	Skipped string `json:"skipped,omitempty"`
}

type claimJSON struct {
	Claim          string       `json:"claim"`
	Verdict        string       `json:"verdict"`
	Similarity     float64      `json:"similarity"`
	Match          string       `json:"match"`
	Paragraph      int          `json:"paragraph"`
	Speaker        *string      `json:"speaker"`
	ClaimedSpeaker *string      `json:"claimed_speaker"`
	SpeakerMatches *bool        `json:"speaker_matches"`
	Changes        []changeJSON `json:"changes"`
	// Reason says why words found as written are near: what the article's
	// context around them changes (absent otherwise).
	Reason string `json:"reason,omitempty"`
}

type changeJSON struct {
	From string `json:"from"`
	To   string `json:"to"`
	Kind string `json:"kind"`
}

func toCheckJSON(rep knowledge.CheckReport) checkJSON {
	out := checkJSON{Claims: []claimJSON{}, Skipped: rep.Skipped}
	for _, c := range rep.Claims {
		cj := claimJSON{
			Claim: c.Claim, Verdict: string(c.Verdict), Similarity: c.Similarity, Match: c.Match,
			Paragraph: c.Paragraph, Speaker: nullable(c.Speaker), ClaimedSpeaker: nullable(c.ClaimedSpeaker),
			SpeakerMatches: c.SpeakerMatches, Changes: []changeJSON{}, Reason: c.Reason,
		}
		for _, ch := range c.Changes {
			cj.Changes = append(cj.Changes, changeJSON{From: ch.From, To: ch.To, Kind: ch.Kind})
		}
		out.Claims = append(out.Claims, cj)
	}
	return out
}

func runCheck(ctx context.Context, e *env, args []string) error {
	f := newArticleFlags("check", true)
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("check needs the message to check: quotebot check [--json] CLAIM… (or - to read it from standard input)")
	}
	message := strings.Join(rest, " ")
	if len(rest) == 1 && rest[0] == "-" {
		b, err := readLimited(ctx, e.stdin, knowledge.MaxCheckMessageBytes)
		if tl, ok := errors.AsType[tooLargeError](err); ok {
			return usagef("the message on standard input is %v for a quote check; check at most %s at a time", tl, byteSize(knowledge.MaxCheckMessageBytes))
		}
		if err != nil {
			return fmt.Errorf("reading standard input: %w", err)
		}
		message = string(b)
	}
	_, a, err := f.load(e)
	if err != nil {
		return err
	}
	rep, err := a.CheckQuotes(message)
	if err != nil {
		return userError(err)
	}
	return f.print(e, toCheckJSON(rep), formatCheck(a, rep))
}

// verdictLabels are what a moderator reads first.
var verdictLabels = map[knowledge.Verdict]string{
	knowledge.VerdictExact:    "EXACT — the article says this word for word",
	knowledge.VerdictNear:     "NEAR — close to the article, but changed",
	knowledge.VerdictNotFound: "NOT FOUND — nothing in the article is close enough",
}

// formatCheck renders a check for a terminal: for each claim the verdict,
// the article's words (verbatim, in quotation marks), the same words with
// the claim's changes marked [-article-]{+claim+}, punctuation by name
// ("[-<comma>-]"), not in quotation marks (that line is not the article's
// text), the flagged changes, the paragraph and the speakers.
func formatCheck(a *knowledge.Article, rep knowledge.CheckReport) string {
	var b strings.Builder
	for i, c := range rep.Claims {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%d. %s", i+1, verdictLabels[c.Verdict])
		if c.Verdict == knowledge.VerdictNear {
			fmt.Fprintf(&b, " (similarity %.2f)", c.Similarity)
		}
		b.WriteString("\n")
		fmt.Fprintf(&b, "   claim:    %s\n", c.Claim)
		if c.Verdict == knowledge.VerdictNotFound {
			if c.ClaimedSpeaker != "" {
				fmt.Fprintf(&b, "   speaker:  the message says %s\n", c.ClaimedSpeaker)
			}
			if c.Speaker != "" {
				fmt.Fprintf(&b, "   closest:  words the article attributes to %s\n", c.Speaker)
			}
			continue
		}
		fmt.Fprintf(&b, "   article:  “%s”\n", c.Match)
		if c.Verdict == knowledge.VerdictNear {
			fmt.Fprintf(&b, "   changes:  %s\n", a.Marked(c, wdiffMark))
			for _, ch := range c.Changes {
				if ch.Flagged() {
					fmt.Fprintf(&b, "   ⚠ %s changed: %s → %s\n", strings.ToUpper(ch.Kind), orNothing(ch.From), orNothing(ch.To))
				}
			}
			if c.Reason != "" {
				fmt.Fprintf(&b, "   why:      %s\n", c.Reason)
			}
		}
		section := ""
		if p, ok := a.Paragraph(c.Paragraph); ok {
			section = p.Section
		}
		fmt.Fprintf(&b, "   where:    %s\n", citation(c.Paragraph, section))
		b.WriteString(speakerLine(c))
	}
	if rep.Skipped != "" {
		fmt.Fprintf(&b, "\n%s\n", rep.Skipped)
	}
	return b.String()
}

func wdiffMark(from, to string) string {
	var s string
	if from != "" {
		s += "[-" + knowledge.PunctuationName(from) + "-]"
	}
	if to != "" {
		s += "{+" + knowledge.PunctuationName(to) + "+}"
	}
	return s
}

func orNothing(s string) string {
	if s == "" {
		return "(nothing)"
	}
	return s
}

func speakerLine(c knowledge.ClaimCheck) string {
	switch {
	case c.SpeakerMatches != nil && !*c.SpeakerMatches:
		return fmt.Sprintf("   ⚠ WRONG SPEAKER: the article gives these words to %s; the message says %s\n", c.Speaker, c.ClaimedSpeaker)
	case c.SpeakerMatches != nil:
		return fmt.Sprintf("   speaker:  %s, as the message says\n", c.Speaker)
	case c.Speaker != "" && c.ClaimedSpeaker == "":
		return fmt.Sprintf("   speaker:  %s\n", c.Speaker)
	case c.Speaker == "" && c.ClaimedSpeaker != "":
		return fmt.Sprintf("   speaker:  the article names nobody; the message says %s\n", c.ClaimedSpeaker)
	}
	return "   speaker:  the article names nobody\n"
}
