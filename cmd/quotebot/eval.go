package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
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
	Top1, Recall3            int
	RR                       float64
	Abstained                int // on unanswerable questions
	FalseAbstained           int // on answerable questions
	Misses                   []string
}

func runEval(ctx context.Context, e *env, args []string) error {
	f := newArticleFlags("eval", false)
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
	file, err := os.Open(rest[0])
	if err != nil {
		return usagef("cannot open %q: %v", rest[0], err)
	}
	defer file.Close()
	var cases []evalCase
	sc := bufio.NewScanner(file)
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
	r := evaluate(a, cases)
	fmt.Fprint(e.stdout, r.String())
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
		if err != nil || !ans.Answered {
			r.FalseAbstained++
			r.Misses = append(r.Misses, fmt.Sprintf("abstained on: %q", c.Q))
			continue
		}
		rank := 0
		for i, q := range ans.Quotes {
			if containsAny(q.Text, c.Evidence) {
				rank = i + 1
				break
			}
		}
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
	return b.String()
}
