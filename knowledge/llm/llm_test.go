package llm

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotebot/quotebot/knowledge"
	"github.com/quotebot/quotebot/knowledge/llm/llmtest"
)

const testKey = "sk-test-0123456789"

func newClient(s *llmtest.Server, embeddingModel string) *Client {
	return New(Options{APIKey: testKey, BaseURL: s.URL + "/v1", Model: "gpt-test-mini", EmbeddingModel: embeddingModel, Backoff: 10 * time.Millisecond})
}

// counts is a knowledge.Metrics for tests.
type counts struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counts) Inc(e string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[e]++
}

func (c *counts) get(e string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[e]
}

func TestGenerateRequest(t *testing.T) {
	a := knowledge.Default()
	s := llmtest.New(t, func(int, llmtest.ChatRequest) llmtest.Response {
		return llmtest.Chat(llmtest.Reply(true, "Putin wants to tackle the root causes of the conflict.", "S4"))
	})
	g := knowledge.NewGroundedAsker(a, newClient(s, ""), knowledge.GroundedOptions{})
	ans, err := g.Ask(context.Background(), "What did Putin say about root causes?")
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Answered || len(ans.Quotes) != 1 || ans.Quotes[0].Text != a.Sentences[4].Text {
		t.Errorf("answer = %+v, want S4 quoted", ans)
	}
	reqs := s.ChatRequests()
	if len(reqs) != 1 {
		t.Fatalf("%d chat requests, want 1", len(reqs))
	}
	r := reqs[0]
	// Not OpenAI's own API: the cap goes as max_tokens, which every
	// compatible server honours.
	if r.Model != "gpt-test-mini" || r.Authorization != "Bearer "+testKey || r.MaxTokens != 500 || r.MaxCompletionTokens != 0 {
		t.Errorf("model %q, auth %q, max_tokens %d, max_completion_tokens %d", r.Model, r.Authorization, r.MaxTokens, r.MaxCompletionTokens)
	}
	var rf struct {
		Type       string `json:"type"`
		JSONSchema struct {
			Name   string `json:"name"`
			Strict bool   `json:"strict"`
			Schema struct {
				Type       string                     `json:"type"`
				Required   []string                   `json:"required"`
				Properties map[string]json.RawMessage `json:"properties"`
				Additional *bool                      `json:"additionalProperties"`
			} `json:"schema"`
		} `json:"json_schema"`
	}
	if err := json.Unmarshal(r.ResponseFormat, &rf); err != nil {
		t.Fatalf("response_format %s: %v", r.ResponseFormat, err)
	}
	sc := rf.JSONSchema.Schema
	if rf.Type != "json_schema" || !rf.JSONSchema.Strict || sc.Type != "object" ||
		!reflect.DeepEqual(sc.Required, []string{"answerable", "answer", "citations"}) || len(sc.Properties) != 3 ||
		sc.Additional == nil || *sc.Additional {
		t.Errorf("response_format = %s", r.ResponseFormat)
	}
	if len(r.Messages) != 2 || r.Messages[0].Role != "system" || r.Messages[1].Role != "user" {
		t.Fatalf("messages = %+v", r.Messages)
	}
	if strings.Contains(r.Messages[0].Content, "root causes") {
		t.Error("the question leaked into the system message")
	}
	user := r.Messages[1].Content
	for _, line := range []string{"[S4] " + a.Sentences[4].Text + "\n", "<question>\n\"What did Putin say about root causes?\"\n</question>"} {
		if !strings.Contains(user, line) {
			t.Errorf("user message lacks %q:\n%s", line, user)
		}
	}
}

func TestGroundedOverHTTP(t *testing.T) {
	a := knowledge.Default()
	const q = "What did Putin say about root causes?"
	extractive, err := a.Ask(q)
	if err != nil {
		t.Fatal(err)
	}
	good := llmtest.Chat(llmtest.Reply(true, "Putin spoke of root causes.", "S4"))
	tests := []struct {
		name     string
		timeout  time.Duration
		replies  []llmtest.Response // the n-th request gets replies[min(n, len-1)]
		requests int                // chat requests expected (0 = don't check)
		fallback string             // the fallback event, "" = the model's answer
		text     string
		quotes   []string
	}{
		{name: "answer", replies: []llmtest.Response{good}, requests: 1, text: "Putin spoke of root causes.", quotes: []string{a.Sentences[4].Text}},
		{
			name:    "invented citation dropped",
			replies: []llmtest.Response{llmtest.Chat(llmtest.Reply(true, "Putin spoke of root causes.", "S4", "S77", "S0x"))},
			text:    "Putin spoke of root causes.", quotes: []string{a.Sentences[4].Text},
		},
		{
			name:    "invented quotation unmarked",
			replies: []llmtest.Response{llmtest.Chat(llmtest.Reply(true, `Putin said “Russia will never stop” and spoke of “root causes”.`, "S4"))},
			text:    `Putin said Russia will never stop and spoke of “root causes”.`, quotes: []string{a.Sentences[4].Text},
		},
		{name: "500 retried then fallback", timeout: 2 * time.Second, replies: []llmtest.Response{llmtest.Error(500, "server_error", "The server had an error while processing your request.")}, requests: 4, fallback: knowledge.EventFallbackError},
		{name: "429 then 200", timeout: 2 * time.Second, replies: []llmtest.Response{llmtest.Error(429, "requests", "Rate limit reached for gpt-test-mini."), good}, requests: 2, text: "Putin spoke of root causes.", quotes: []string{a.Sentences[4].Text}},
		{name: "503 then 200", timeout: 2 * time.Second, replies: []llmtest.Response{llmtest.Error(503, "server_error", "Service Unavailable"), good}, requests: 2, text: "Putin spoke of root causes.", quotes: []string{a.Sentences[4].Text}},
		{name: "401 not retried", replies: []llmtest.Response{llmtest.Error(401, "invalid_request_error", "Incorrect API key provided: "+testKey)}, requests: 1, fallback: knowledge.EventFallbackError},
		{name: "400 not retried", replies: []llmtest.Response{llmtest.Error(400, "invalid_request_error", "Invalid schema for response_format")}, requests: 1, fallback: knowledge.EventFallbackError},
		{name: "non-JSON content", replies: []llmtest.Response{llmtest.Chat("Putin said the root causes must go.")}, fallback: knowledge.EventFallbackError},
		{name: "JSON of another shape", replies: []llmtest.Response{llmtest.Chat(`{"reply": "yes"}`)}, fallback: knowledge.EventFallbackError},
		{name: "non-JSON body", replies: []llmtest.Response{{Body: "<html>Bad gateway</html>"}}, fallback: knowledge.EventFallbackError},
		{name: "refusal", replies: []llmtest.Response{llmtest.Refusal("I'm sorry, I can't help with that.")}, fallback: knowledge.EventFallbackError},
		{name: "empty content", replies: []llmtest.Response{llmtest.Chat("")}, fallback: knowledge.EventFallbackError},
		{name: "empty answer", replies: []llmtest.Response{llmtest.Chat(llmtest.Reply(true, "", "S4"))}, fallback: knowledge.EventFallbackInvalid},
		{name: "hang", timeout: 200 * time.Millisecond, replies: []llmtest.Response{{Hang: true}}, requests: 1, fallback: knowledge.EventFallbackTimeout},
		// Error or timeout, depending on where the deadline falls.
		{name: "429 until the deadline", timeout: 200 * time.Millisecond, replies: []llmtest.Response{llmtest.Error(429, "requests", "Rate limit reached.")}, fallback: knowledge.EventFallback},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := llmtest.New(t, func(n int, _ llmtest.ChatRequest) llmtest.Response {
				return tt.replies[min(n, len(tt.replies)-1)]
			})
			m := &counts{}
			var logs strings.Builder
			timeout := tt.timeout
			if timeout == 0 {
				timeout = time.Second
			}
			g := knowledge.NewGroundedAsker(a, newClient(s, ""), knowledge.GroundedOptions{
				Timeout: timeout, Metrics: m, Logger: slog.New(slog.NewTextHandler(&logs, nil)),
			})
			start := time.Now()
			got, err := g.Ask(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); d > timeout+time.Second {
				t.Errorf("answered after %v; the bar is the timeout %v plus a second", d, timeout)
			}
			if n := len(s.ChatRequests()); tt.requests != 0 && n != tt.requests {
				t.Errorf("%d chat requests, want %d", n, tt.requests)
			}
			if strings.Contains(logs.String(), testKey) {
				t.Errorf("the API key reached the log: %s", logs.String())
			}
			if tt.fallback != "" {
				if !reflect.DeepEqual(got, extractive) {
					t.Errorf("got %+v, want the extractive answer", got)
				}
				if m.get(tt.fallback) != 1 || !strings.Contains(logs.String(), "answering extractively") {
					t.Errorf("fallback not logged and counted as %s: %v\n%s", tt.fallback, m.n, logs.String())
				}
				return
			}
			var quotes []string
			for _, q := range got.Quotes {
				quotes = append(quotes, q.Text)
			}
			if !got.Answered || got.Text != tt.text || !reflect.DeepEqual(quotes, tt.quotes) {
				t.Errorf("got %q %q, want %q %q", got.Text, quotes, tt.text, tt.quotes)
			}
		})
	}
}

// TestTokenCap: the cap goes as max_tokens to a compatible server, and as
// max_completion_tokens from the moment the server or model asks for it.
func TestTokenCap(t *testing.T) {
	unsupported := llmtest.Error(400, "invalid_request_error",
		"Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.")
	ok := llmtest.Chat(llmtest.Reply(true, "Putin wants root causes tackled.", "S4"))
	tests := []struct {
		name, model string
		reply       func(llmtest.ChatRequest) llmtest.Response
		want        [][2]int // max_tokens, max_completion_tokens of each request, over two questions
	}{
		{"a compatible server", "gpt-test-mini", func(llmtest.ChatRequest) llmtest.Response { return ok }, [][2]int{{500, 0}, {500, 0}}},
		{"a server that refuses max_tokens", "gpt-test-mini", func(r llmtest.ChatRequest) llmtest.Response {
			if r.MaxTokens > 0 {
				return unsupported
			}
			return ok
		}, [][2]int{{500, 0}, {0, 500}, {0, 500}}},
		{"a reasoning model behind a gateway", "o3-mini", func(llmtest.ChatRequest) llmtest.Response { return ok }, [][2]int{{0, 500}, {0, 500}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := llmtest.New(t, func(_ int, r llmtest.ChatRequest) llmtest.Response { return tt.reply(r) })
			c := New(Options{APIKey: testKey, BaseURL: s.URL + "/v1", Model: tt.model, Backoff: 10 * time.Millisecond})
			for range 2 {
				if _, err := c.Generate(context.Background(), knowledge.GroundedPrompt{Instructions: "rules", Input: "[S4] text"}); err != nil {
					t.Fatal(err)
				}
			}
			var got [][2]int
			for _, r := range s.ChatRequests() {
				got = append(got, [2]int{r.MaxTokens, r.MaxCompletionTokens})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("requests capped %v, want %v", got, tt.want)
			}
		})
	}
	for base, want := range map[string]bool{"": true, "https://api.openai.com/v1": true, "https://API.openai.com/v1/": true,
		"http://localhost:11434/v1": false, "https://example.openai.azure.com/openai": false, "::bad": false} {
		if got := isOpenAI(base); got != want {
			t.Errorf("isOpenAI(%q) = %v, want %v", base, got, want)
		}
	}
}

func TestParseReply(t *testing.T) {
	tests := []struct {
		in   string
		want knowledge.GroundedReply
		err  error
	}{
		{`{"answerable":true,"answer":"x","citations":["S1"]}`, knowledge.GroundedReply{Answerable: true, Answer: "x", Citations: []string{"S1"}}, nil},
		{"```json\n{\"answerable\":false,\"answer\":\"\",\"citations\":[]}\n```", knowledge.GroundedReply{Citations: []string{}}, nil},
		{"  ", knowledge.GroundedReply{}, ErrEmpty},
		{`{"answerable":true}`, knowledge.GroundedReply{}, ErrNotJSON},
		{`{"answerable":true,"answer":"x","citations":["S1"]} trailing`, knowledge.GroundedReply{}, ErrNotJSON},
		{"Sure! Here you go.", knowledge.GroundedReply{}, ErrNotJSON},
	}
	for _, tt := range tests {
		got, err := parseReply(tt.in)
		if !errors.Is(err, tt.err) || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseReply(%q) = %+v, %v; want %+v, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestEmbed(t *testing.T) {
	s := llmtest.New(t, nil)
	c := newClient(s, "text-embedding-test")
	texts := []string{"the Vatican", "peace talks", "root causes"}
	got, err := c.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if !reflect.DeepEqual(v, llmtest.Vector(texts[i])) {
			t.Errorf("vector %d is not the one for %q", i, texts[i])
		}
	}
	if _, err := newClient(s, "").Embed(context.Background(), texts); err == nil {
		t.Error("Embed without an embedding model: no error")
	}
}

func TestEmbeddingCacheAcrossRestarts(t *testing.T) {
	a := knowledge.Default()
	s := llmtest.New(t, func(int, llmtest.ChatRequest) llmtest.Response {
		return llmtest.Chat(llmtest.Reply(true, "The Vatican might host talks.", "S7"))
	})
	dir := t.TempDir()
	start := func() *knowledge.GroundedAsker {
		c := newClient(s, "text-embedding-test")
		return knowledge.NewGroundedAsker(a, c, knowledge.GroundedOptions{
			Embedder: c, PassageEmbedder: NewEmbeddingCache(dir, "text-embedding-test", c, nil),
		})
	}
	ask := func(g *knowledge.GroundedAsker, q string) {
		t.Helper()
		if ans, err := g.Ask(context.Background(), q); err != nil || !ans.Answered {
			t.Fatalf("Ask(%q) = %+v, %v", q, ans, err)
		}
	}
	ask(start(), "Where could future talks be hosted?")
	inputs := s.EmbedInputs()
	if len(inputs) != 2 || len(inputs[0]) != len(a.Sentences) || len(inputs[1]) != 1 {
		t.Fatalf("first run: embedding inputs %d, want the %d passages then the question", len(inputs), len(a.Sentences))
	}
	// A restart: only the question is embedded.
	ask(start(), "Where might future talks happen?")
	inputs = s.EmbedInputs()
	if len(inputs) != 3 || len(inputs[2]) != 1 || inputs[2][0] != "Where might future talks happen?" {
		t.Errorf("after a restart: embedding requests %q, want only the question", inputs[2:])
	}
	// Another model does not reuse the vectors.
	c := newClient(s, "text-embedding-other")
	if _, err := NewEmbeddingCache(dir, "text-embedding-other", c, nil).Embed(context.Background(), []string{a.Sentences[0].Text}); err != nil {
		t.Fatal(err)
	}
	if n := len(s.EmbedInputs()); n != 4 {
		t.Errorf("another model: %d embedding requests, want 4", n)
	}
}

func TestEmbeddingCacheUnwritable(t *testing.T) {
	s := llmtest.New(t, nil)
	c := newClient(s, "text-embedding-test")
	dir := t.TempDir() + "/file"
	if err := os.WriteFile(dir, []byte("not a directory"), 0o600); err != nil {
		t.Fatal(err)
	}
	var logs strings.Builder
	ec := NewEmbeddingCache(dir, "text-embedding-test", c, slog.New(slog.NewTextHandler(&logs, nil)))
	got, err := ec.Embed(context.Background(), []string{"a b", "a b"})
	if err != nil || len(got) != 2 || !reflect.DeepEqual(got[0], llmtest.Vector("a b")) {
		t.Fatalf("Embed = %v, %v", got, err)
	}
	if len(s.EmbedInputs()[0]) != 1 {
		t.Errorf("a repeated text was embedded twice: %q", s.EmbedInputs())
	}
	if !strings.Contains(logs.String(), "embedding cache not saved") {
		t.Errorf("no log line for an unwritable cache: %q", logs.String())
	}
}
