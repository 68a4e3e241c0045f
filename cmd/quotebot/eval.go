package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/quotebot/quotebot/knowledge"
)

// evalCase is one line of an ask.jsonl file.
type evalCase struct {
	Q          string   `json:"q"`
	Evidence   []string `json:"evidence"`
	Answerable *bool    `json:"answerable"`
}

// evalReport is what `eval` measures.
type evalReport struct {
	Answerable, Unanswerable int
	Top1, Recall3            int // answered answerable questions only
	RR                       float64
	// ShownTop1 and ShownRecall3 rank the passages shown for an answerable
	// question whether it was answered or not: retrieval apart from the
	// decision to answer.
	ShownTop1, ShownRecall3 int
	Abstained               int // on unanswerable questions
	FalseAbstained          int // on answerable questions
	Misses                  []string
}

// maxEvalBytes bounds an eval file.
const maxEvalBytes = 64 << 20

func runEval(ctx context.Context, e *env, args []string) error {
	f := newArticleFlags("eval", true)
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef("eval takes one FILE (an ask.jsonl file)")
	}
	_, a, err := f.load(e)
	if err != nil {
		return err
	}
	// Read through a limit, like the article: an eval set is at most a few
	// megabytes, and /dev/zero or a pipe without end must not fill memory.
	data, _, err := readFileLimited(ctx, rest[0], maxEvalBytes)
	if tl, ok := errors.AsType[tooLargeError](err); ok {
		return usagef("the eval file %q is %v", rest[0], tl)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		return usagef("cannot open %q: %v", rest[0], err)
	}
	var cases []evalCase
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c evalCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return usagef("%s:%d: %v", rest[0], line, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", rest[0], err)
	}
	if *f.json {
		return evalJSON(e.stdout, a, cases)
	}
	r := evaluate(a, cases)
	fmt.Fprint(e.stdout, r.String())
	return nil
}

// evalJSON writes, for each case in order, the object `ask --json` prints
// for its question (built by the same toAskJSON), one per line (JSON Lines).
// A question the engine refuses (an empty one) gets an unanswered object
// whose answer is the message `ask` would print, so lines match cases.
// Like the text report it answers extractively, so figures reproduce.
func evalJSON(w io.Writer, a *knowledge.Article, cases []evalCase) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // as writeJSON: quotes stay byte-for-byte readable
	for _, c := range cases {
		ans, err := a.Ask(c.Q)
		if err != nil {
			msg, ok := knowledge.UserMessage(err)
			if !ok {
				return err
			}
			ans = knowledge.Answer{Question: c.Q, Text: msg}
		}
		if err := enc.Encode(toAskJSON(ans)); err != nil {
			return err
		}
	}
	return nil
}

func evaluate(a *knowledge.Article, cases []evalCase) evalReport {
	var r evalReport
	for _, c := range cases {
		ans, err := a.Ask(c.Q)
		if c.Answerable != nil && !*c.Answerable {
			r.Unanswerable++
			if err != nil || !ans.Answered {
				r.Abstained++
			} else {
				r.Misses = append(r.Misses, fmt.Sprintf("answered an unanswerable question: %q → %q", c.Q, ans.Quotes[0].Text))
			}
			continue
		}
		r.Answerable++
		if err == nil {
			switch rank := evidenceRank(ans.Quotes, c.Evidence); {
			case rank == 1:
				r.ShownTop1++
				r.ShownRecall3++
			case rank >= 1 && rank <= 3:
				r.ShownRecall3++
			}
		}
		if err != nil || !ans.Answered {
			r.FalseAbstained++
			r.Misses = append(r.Misses, fmt.Sprintf("abstained on: %q", c.Q))
			continue
		}
		rank := evidenceRank(ans.Quotes, c.Evidence)
		switch {
		case rank == 1:
			r.Top1++
		case rank == 0:
			r.Misses = append(r.Misses, fmt.Sprintf("no evidence in the quotes for: %q (first: %q)", c.Q, ans.Quotes[0].Text))
		default:
			r.Misses = append(r.Misses, fmt.Sprintf("evidence at rank %d for: %q (first: %q)", rank, c.Q, ans.Quotes[0].Text))
		}
		if rank >= 1 && rank <= 3 {
			r.Recall3++
			r.RR += 1 / float64(rank)
		}
	}
	return r
}

// evidenceRank is the 1-based rank of the first quote holding evidence, or 0.
func evidenceRank(quotes []knowledge.Quote, evidence []string) int {
	for i, q := range quotes {
		if containsAny(q.Text, evidence) {
			return i + 1
		}
	}
	return 0
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func (r evalReport) String() string {
	var b strings.Builder
	for _, m := range r.Misses {
		b.WriteString("miss: " + m + "\n")
	}
	fmt.Fprintf(&b, "answerable: %d  unanswerable: %d\n", r.Answerable, r.Unanswerable)
	fmt.Fprintf(&b, "top-1: %.3f\n", ratio(r.Top1, r.Answerable))
	fmt.Fprintf(&b, "recall@3: %.3f\n", ratio(r.Recall3, r.Answerable))
	fmt.Fprintf(&b, "MRR: %.3f\n", r.RR/float64(max(r.Answerable, 1)))
	fmt.Fprintf(&b, "abstention (unanswerable): %.3f\n", ratio(r.Abstained, r.Unanswerable))
	fmt.Fprintf(&b, "false abstention (answerable): %.3f\n", ratio(r.FalseAbstained, r.Answerable))
	// Lines above are parsed by scripts (../shared/hooks/squad-figures): keep
	// them first and unchanged; new figures go below with labels of their own.
	fmt.Fprintf(&b, "shown ranking first (answered or not): %.3f\n", ratio(r.ShownTop1, r.Answerable))
	fmt.Fprintf(&b, "shown ranking within 3 (answered or not): %.3f\n", ratio(r.ShownRecall3, r.Answerable))
	if r.Answerable > 0 && r.Unanswerable > 0 {
		fmt.Fprintf(&b, "balanced accuracy (answer or abstain): %.3f\n", r.balancedAccuracy())
	} else {
		b.WriteString("balanced accuracy (answer or abstain): n/a (needs answerable and unanswerable questions)\n")
	}
	return b.String()
}

// balancedAccuracy is the mean of the decision's accuracy on each class:
// (abstention on unanswerable + (1 - false abstention on answerable)) / 2.
func (r evalReport) balancedAccuracy() float64 {
	return (ratio(r.Abstained, r.Unanswerable) + 1 - ratio(r.FalseAbstained, r.Answerable)) / 2
}
