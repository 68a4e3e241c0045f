package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the program as a user would, with an empty environment.
func runCLI(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err = run(context.Background(), append([]string{"quotebot"}, args...), getenv, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

func TestAskJSONContract(t *testing.T) {
	out, _, err := runCLI(t, nil, "ask", "--json", "What did Putin say about root causes?")
	if err != nil {
		t.Fatal(err)
	}
	// Exactly the documented keys, nothing renamed.
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"question", "answered", "answer", "quotes"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("missing key %q", k)
		}
	}
	var got askJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if !got.Answered || len(got.Quotes) == 0 {
		t.Fatalf("got %+v, want an answer with quotes", got)
	}
	var quote map[string]json.RawMessage
	var quotes []map[string]json.RawMessage
	json.Unmarshal(raw["quotes"], &quotes)
	quote = quotes[0]
	for _, k := range []string{"text", "paragraph", "section", "speaker", "start", "end"} {
		if _, ok := quote[k]; !ok {
			t.Errorf("quote is missing key %q", k)
		}
	}
	article, _ := os.ReadFile("../../knowledge/article.txt")
	for _, q := range got.Quotes {
		if string(article[q.Start:q.End]) != q.Text {
			t.Errorf("quote %q is not article[%d:%d]", q.Text, q.Start, q.End)
		}
	}
	if q := got.Quotes[0]; q.Speaker == nil || *q.Speaker != "Putin" || q.Paragraph != 2 || q.Section != "" {
		t.Errorf("first quote = %+v, want ¶2 of the lead, spoken by Putin", q)
	}
}

func TestAskAbstainsInJSON(t *testing.T) {
	out, _, err := runCLI(t, nil, "ask", "What is the weather in Kyiv today?", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got askJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Answered || !strings.Contains(got.Answer, "doesn't say") {
		t.Errorf("got %+v, want an abstention", got)
	}
	if got.Quotes == nil {
		t.Errorf("quotes is null, want an array")
	}
}

func TestAskBadInput(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no question", []string{"ask"}, "question"},
		{"blank question", []string{"ask", "   "}, "question"},
		{"too long", []string{"ask", strings.Repeat("x", 1001)}, "1000"},
		{"unknown flag", []string{"ask", "--bogus", "hi"}, "bogus"},
		{"missing article", []string{"ask", "--article", "/nonexistent/a.txt", "hi"}, "cannot read"},
		{"unknown subcommand", []string{"frobnicate"}, "unknown subcommand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCLI(t, nil, tt.args...)
			var u usageError
			if !errors.As(err, &u) {
				t.Fatalf("err = %v, want a usage error (exit 2)", err)
			}
			if !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("err = %q, want one line mentioning %q", err, tt.want)
			}
		})
	}
}

func TestAskOtherArticle(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	os.WriteFile(path, []byte("# Port News\n\nMayor Jane Doe said the harbour reopens on Monday.\n"), 0o644)
	for _, env := range []map[string]string{nil, {"ARTICLE_PATH": path}} {
		args := []string{"ask", "When does the harbour reopen?"}
		if env == nil {
			args = append(args, "--article", path)
		}
		out, _, err := runCLI(t, env, args...)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "reopens on Monday") || !strings.Contains(out, "¶1 · Port News") {
			t.Errorf("output = %q, want the harbour sentence cited as ¶1 · Port News", out)
		}
	}
}

func TestEvalReport(t *testing.T) {
	out, _, err := runCLI(t, nil, "eval", "../../knowledge/testdata/ask_extra.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"top-1:", "recall@3:", "MRR:", "abstention (unanswerable):", "false abstention (answerable):"} {
		if !strings.Contains(out, k) {
			t.Errorf("eval output lacks %q:\n%s", k, out)
		}
	}
}

func TestConfigReportsEveryProblem(t *testing.T) {
	env := map[string]string{"LOG_LEVEL": "loud", "OPENAI_TIMEOUT": "soon", "RATE_USER_PER_MINUTE": "-1", "DISCORD_API_URL": "ftp://x", "DISCORD_TOKEN": "sekrit-token"}
	_, err := loadConfig(func(k string) string { return env[k] })
	if err == nil {
		t.Fatal("want an error")
	}
	for _, k := range []string{"LOG_LEVEL", "OPENAI_TIMEOUT", "RATE_USER_PER_MINUTE", "DISCORD_API_URL"} {
		if !strings.Contains(err.Error(), k) {
			t.Errorf("error does not report %s: %v", k, err)
		}
	}
	if strings.Contains(err.Error(), "sekrit") {
		t.Errorf("error leaks the token: %v", err)
	}
}
