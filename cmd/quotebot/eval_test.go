package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const (
	evalArticle = "testdata/eval/harbour.md"
	evalCases   = "testdata/eval/harbour.jsonl"
)

// golden compares got with testdata/eval/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "eval", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update)", err, t.Name())
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -run %s -update to accept):\n--- got\n%s\n--- want\n%s", path, t.Name(), got, want)
	}
}

func TestEvalGolden(t *testing.T) {
	out, stderr, err := runCLI(t, nil, "eval", "--article", evalArticle, evalCases)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	golden(t, "harbour.golden", out)
}

func TestEvalJSONGolden(t *testing.T) {
	out, stderr, err := runCLI(t, nil, "eval", "--json", "--article", evalArticle, evalCases)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	golden(t, "harbour.json.golden", out)
}

// TestEvalJSONIsAskJSON: every line of `eval --json` is exactly the object
// `ask --json` prints for that question, one line per question, in order,
// and nothing else is on stdout.
func TestEvalJSONIsAskJSON(t *testing.T) {
	out, _, err := runCLI(t, nil, "eval", "--json", "--article", evalArticle, evalCases)
	if err != nil {
		t.Fatal(err)
	}
	var questions []string
	f, err := os.Open(evalCases)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c evalCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		questions = append(questions, c.Q)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(questions) {
		t.Fatalf("%d lines for %d questions:\n%s", len(lines), len(questions), out)
	}
	for i, q := range questions {
		var got map[string]any
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Fatalf("line %d is not one JSON object: %v", i+1, err)
		}
		askOut, _, err := runCLI(t, nil, "ask", "--json", "--article", evalArticle, q)
		if err != nil {
			// `ask` refuses what the engine refuses; eval keeps the line.
			if got["answered"] != false || len(got["quotes"].([]any)) != 0 || !strings.Contains(err.Error(), got["answer"].(string)) {
				t.Errorf("line %d = %v for a refused question (ask: %v)", i+1, got, err)
			}
			continue
		}
		var want map[string]any
		if err := json.Unmarshal([]byte(askOut), &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("line %d differs from ask --json:\n got %v\nwant %v", i+1, got, want)
		}
	}
}

// TestEvalLabelsForScripts keeps the labels ../shared/hooks/squad-figures
// parses: its regular expressions must find the original lines first.
func TestEvalLabelsForScripts(t *testing.T) {
	out, _, err := runCLI(t, nil, "eval", "--article", evalArticle, evalCases)
	if err != nil {
		t.Fatal(err)
	}
	for label, line := range map[string]string{
		`top-1`:            "top-1: ",
		`recall@3`:         "recall@3: ",
		`false abstention`: "false abstention (answerable): ",
		`\nabstention`:     "\nabstention (unanswerable): ",
	} {
		loc := regexp.MustCompile(label + `[^0-9\n]*([\d.]+)`).FindStringIndex(out)
		if loc == nil || !strings.HasPrefix(out[loc[0]:], line) {
			t.Errorf("%q first matches %q, want the line %q", label, out[loc[0]:loc[1]], line)
		}
	}
}

func TestBalancedAccuracy(t *testing.T) {
	for _, tt := range []struct {
		r    evalReport
		want float64
	}{
		{evalReport{Answerable: 10, Unanswerable: 4, FalseAbstained: 2, Abstained: 3}, (0.75 + 0.8) / 2},
		{evalReport{Answerable: 10, Unanswerable: 10}, 0.5},                                    // always answers
		{evalReport{Answerable: 10, Unanswerable: 10, FalseAbstained: 10, Abstained: 10}, 0.5}, // always abstains
	} {
		if got := tt.r.balancedAccuracy(); got != tt.want {
			t.Errorf("%+v: %v, want %v", tt.r, got, tt.want)
		}
	}
	if s := (evalReport{Answerable: 3}).String(); !strings.Contains(s, "balanced accuracy (answer or abstain): n/a") {
		t.Errorf("one class only:\n%s", s)
	}
}
