package main

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/quotebot/quotebot/knowledge"
	"github.com/quotebot/quotebot/knowledge/llm/llmtest"
)

// askCLI runs `quotebot ask --json q` with env and returns stdout and stderr.
func askCLI(t *testing.T, env map[string]string, q string) (string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	getenv := func(k string) string { return env[k] }
	if err := run(context.Background(), []string{"quotebot", "ask", "--json", q}, getenv, strings.NewReader(""), &out, &errOut); err != nil {
		t.Fatalf("run: %v (stderr %s)", err, errOut.String())
	}
	return out.String(), errOut.String()
}

func llmEnv(t *testing.T, s *llmtest.Server, extra ...string) map[string]string {
	env := map[string]string{
		"OPENAI_API_KEY":     "sk-test-cli",
		"OPENAI_BASE_URL":    s.URL + "/v1",
		"OPENAI_TIMEOUT":     "2s",
		"QUOTEBOT_CACHE_DIR": t.TempDir(),
	}
	for i := 0; i+1 < len(extra); i += 2 {
		env[extra[i]] = extra[i+1]
	}
	return env
}

// checkGrounded fails unless out is the `ask --json` shape and every quote
// is the article's text at its offsets.
func checkGrounded(t *testing.T, out string) askJSON {
	t.Helper()
	var keys map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &keys); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	var names []string
	for k := range keys {
		names = append(names, k)
	}
	sort.Strings(names)
	if want := []string{"answer", "answered", "question", "quotes"}; !reflect.DeepEqual(names, want) {
		t.Errorf("keys = %v, want %v", names, want)
	}
	var got askJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	text := knowledge.Default().Text
	for _, q := range got.Quotes {
		if q.Start < 0 || q.End > len(text) || text[q.Start:q.End] != q.Text {
			t.Errorf("quote %q is not the article's text at %d:%d", q.Text, q.Start, q.End)
		}
	}
	return got
}

func TestAskLLMKeepsCitedQuotes(t *testing.T) {
	a := knowledge.Default()
	s := llmtest.New(t, func(int, llmtest.ChatRequest) llmtest.Response {
		return llmtest.Chat(llmtest.Reply(true,
			`Putin wants to tackle the “root causes” of the conflict; he said “Russia has already won”.`, "S999", "S4"))
	})
	out, _ := askCLI(t, llmEnv(t, s), "What did Putin say about root causes?")
	got := checkGrounded(t, out)
	if !got.Answered || len(got.Quotes) != 1 || got.Quotes[0].Text != a.Sentences[4].Text || got.Quotes[0].Paragraph != 2 {
		t.Errorf("got %+v, want S4 quoted from ¶2", got)
	}
	if want := "Putin wants to tackle the “root causes” of the conflict; he said Russia has already won."; got.Answer != want {
		t.Errorf("answer = %q, want %q", got.Answer, want)
	}
	if n := len(s.ChatRequests()); n != 1 {
		t.Errorf("%d chat requests, want 1", n)
	}
}

func TestAskLLMFallsBackToTheArticle(t *testing.T) {
	const q = "Where could future talks be hosted?"
	want, _ := askCLI(t, map[string]string{}, q) // no key: extractive
	tests := []struct {
		name    string
		timeout string
		reply   llmtest.Response
	}{
		{"server error", "1s", llmtest.Error(500, "server_error", "The server had an error while processing your request.")},
		{"garbage", "2s", llmtest.Chat("The talks will be in Geneva, “trust me”.")},
		{"garbage body", "2s", llmtest.Response{Body: "\x00\x01 not json"}},
		{"refusal", "2s", llmtest.Refusal("I can't help with that.")},
		{"invented citations only", "2s", llmtest.Chat(llmtest.Reply(true, "In Geneva.", "S404"))},
		{"hang", "300ms", llmtest.Response{Hang: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := llmtest.New(t, func(int, llmtest.ChatRequest) llmtest.Response { return tt.reply })
			start := time.Now()
			out, stderr := askCLI(t, llmEnv(t, s, "OPENAI_TIMEOUT", tt.timeout), q)
			timeout, _ := time.ParseDuration(tt.timeout)
			if d := time.Since(start); d > timeout+time.Second {
				t.Errorf("answered after %v, want within %v", d, timeout+time.Second)
			}
			if out != want {
				t.Errorf("got\n%s\nwant the extractive answer\n%s", out, want)
			}
			checkGrounded(t, out)
			if !strings.Contains(stderr, "answering extractively") || strings.Contains(stderr, "sk-test-cli") {
				t.Errorf("stderr = %q, want one warning without the key", stderr)
			}
		})
	}
}

func TestAskLLMEmbeddingCacheAcrossRuns(t *testing.T) {
	s := llmtest.New(t, func(int, llmtest.ChatRequest) llmtest.Response {
		return llmtest.Chat(llmtest.Reply(true, "The Vatican might host talks.", "S7"))
	})
	env := llmEnv(t, s, "OPENAI_EMBEDDING_MODEL", "text-embedding-test")
	askCLI(t, env, "Where could future talks be hosted?")
	first := len(s.EmbedInputs())
	out, _ := askCLI(t, env, "Where might the pope host talks?")
	got := checkGrounded(t, out)
	inputs := s.EmbedInputs()
	if first != 2 || len(inputs) != 3 || len(inputs[2]) != 1 {
		t.Errorf("embedding requests: %d on the first run, %d in all (last %q); want 2, then only the question", first, len(inputs), inputs[len(inputs)-1])
	}
	if !got.Answered || !strings.Contains(got.Quotes[0].Text, "Vatican") {
		t.Errorf("got %+v", got)
	}
}

func TestAskWithoutKeyMakesNoCall(t *testing.T) {
	s := llmtest.New(t, nil)
	env := llmEnv(t, s)
	delete(env, "OPENAI_API_KEY")
	out, _ := askCLI(t, env, "What did Putin say about root causes?")
	checkGrounded(t, out)
	if len(s.ChatRequests())+len(s.EmbedInputs()) != 0 {
		t.Error("a request was made without OPENAI_API_KEY")
	}
}
