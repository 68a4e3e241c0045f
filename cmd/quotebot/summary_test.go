package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge"
)

// execQuotebot runs quotebot with args and no configuration.
func execQuotebot(t *testing.T, args ...string) (stdout string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	getenv := func(string) string { return "" }
	err = run(context.Background(), append([]string{"quotebot"}, args...), getenv, strings.NewReader(""), &out, &errOut)
	return out.String(), err
}

func exitsWith2(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

func TestSummaryJSON(t *testing.T) {
	a := knowledge.Default()
	tests := []struct {
		args []string
		max  int
	}{
		{[]string{"summary", "--json"}, 5},
		{[]string{"summary", "--json", "--length", "short"}, 3},
		{[]string{"summary", "--length=long", "--json"}, 8},
		{[]string{"summary", "--json", "--section", "high hopes"}, 5},
		{[]string{"summary", "--json", "--outline"}, len(a.Sections)},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, err := execQuotebot(t, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			// Decode strictly: the contract is exactly these fields.
			var got struct {
				Sentences []struct {
					Text      string `json:"text"`
					Paragraph int    `json:"paragraph"`
					Section   string `json:"section"`
					Speaker   string `json:"speaker"` // added: whose words, when anyone's
				} `json:"sentences"`
			}
			dec := json.NewDecoder(strings.NewReader(out))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&got); err != nil {
				t.Fatalf("%v in %s", err, out)
			}
			if n := len(got.Sentences); n == 0 || n > tt.max {
				t.Errorf("%d sentences, want 1..%d", n, tt.max)
			}
			last := -1
			for _, s := range got.Sentences {
				at := strings.Index(a.Text, s.Text)
				if at < 0 || at <= last {
					t.Errorf("%q is not verbatim or out of order", s.Text)
				}
				last = at
				if s.Paragraph < 1 || !strings.Contains(a.ParagraphText(s.Paragraph), s.Text) {
					t.Errorf("%q cited as ¶%d", s.Text, s.Paragraph)
				}
				if tt.args[len(tt.args)-1] == "high hopes" && s.Section != "High Hopes for Future Negotiations" {
					t.Errorf("section %q in a section summary", s.Section)
				}
			}
		})
	}
}

func TestSummaryText(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"summary"}, []string{"Summary (medium)", "\n1. “", "— ¶1 · Lead", "\n5. “"}},
		{[]string{"summary", "--section", "limited"}, []string{"Summary of “Limited Progress from Recent Talks” (medium)", "· Limited Progress from Recent Talks"}},
		{[]string{"summary", "--outline"}, []string{"Outline", "\nLead\n  “", "\nLimited Progress from Recent Talks\n  “", "\nHigh Hopes for Future Negotiations\n  “"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, err := execQuotebot(t, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestSummaryErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"summary", "--length", "huge"}, `"huge"`},
		{[]string{"summary", "--section", "weather"}, "Its sections are"},
		{[]string{"summary", "--outline", "--section", "high"}, "outline"},
		{[]string{"summary", "extra"}, "no arguments"},
		{[]string{"summary", "--nope"}, "-nope"},
		{[]string{"summary", "--article", "/nonexistent/article.txt"}, "cannot read"},
		{[]string{"about", "extra"}, "no arguments"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			_, err := execQuotebot(t, tt.args...)
			if !exitsWith2(err) {
				t.Fatalf("err = %v, want a usage error (exit 2)", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %q, want it to mention %q", err, tt.want)
			}
		})
	}
}
