// Package llm adapts any OpenAI-compatible API (OpenAI, Ollama, vLLM,
// gateways) to the knowledge.Generator and knowledge.Embedder interfaces.
// It is the only package that imports go-openai. It returns what the model
// said as data; knowledge verifies it before anything is shown.
package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/quotebot/quotebot/knowledge"
)

// Options configure a Client.
type Options struct {
	// APIKey is sent as the bearer token. It never appears in errors.
	APIKey string
	// BaseURL is the API base ("" = OpenAI), e.g. http://localhost:11434/v1.
	BaseURL string
	// Model is the chat model.
	Model string
	// EmbeddingModel is the embedding model ("" = Embed fails).
	EmbeddingModel string
	// MaxTokens caps the completion tokens of one call (default 500). It
	// goes to OpenAI as max_completion_tokens and to any other server as
	// max_tokens, which the compatible servers honour (Ollama ignores the
	// newer field); a server that wants the newer one gets it from then on.
	MaxTokens int
	// MaxAttempts bounds the tries of one call (default 4); only 429 and
	// 5xx responses are retried, and never past the context's deadline.
	MaxAttempts int
	// Backoff is the first retry delay, doubled each time (default 250ms).
	Backoff time.Duration
	// HTTPClient sends the requests (default: a client whose deadline is the
	// context's).
	HTTPClient *http.Client
}

// Client calls an OpenAI-compatible API.
type Client struct {
	api *openai.Client
	opt Options
	// legacyCap sends the token cap as max_tokens rather than
	// max_completion_tokens (the two together are refused by OpenAI).
	legacyCap atomic.Bool
}

var (
	_ knowledge.Generator = (*Client)(nil)
	_ knowledge.Embedder  = (*Client)(nil)
)

// New returns a client.
func New(opt Options) *Client {
	if opt.MaxTokens <= 0 {
		opt.MaxTokens = 500
	}
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = 4
	}
	if opt.Backoff <= 0 {
		opt.Backoff = 250 * time.Millisecond
	}
	cfg := openai.DefaultConfig(opt.APIKey)
	if opt.BaseURL != "" {
		cfg.BaseURL = strings.TrimRight(opt.BaseURL, "/")
	}
	if opt.HTTPClient != nil {
		cfg.HTTPClient = opt.HTTPClient
	}
	c := &Client{api: openai.NewClientWithConfig(cfg), opt: opt}
	c.legacyCap.Store(!isOpenAI(opt.BaseURL))
	return c
}

// isOpenAI reports whether base is OpenAI's own API.
func isOpenAI(base string) bool {
	if base == "" {
		return true
	}
	u, err := url.Parse(base)
	return err == nil && strings.EqualFold(u.Hostname(), "api.openai.com")
}

// wantsCompletionTokens reports whether err says the server or model
// refuses max_tokens and wants max_completion_tokens (OpenAI's reasoning
// models, and gateways in front of them).
func wantsCompletionTokens(err error) bool {
	return errors.Is(err, openai.ErrReasoningModelMaxTokensDeprecated) ||
		statusOf(err) == http.StatusBadRequest && strings.Contains(err.Error(), "max_completion_tokens")
}

// replySchema is the JSON schema of knowledge.GroundedReply, for structured
// outputs in strict mode (every property required, nothing else allowed).
var replySchema = json.RawMessage(`{
  "type": "object",
  "properties": {
    "answerable": {"type": "boolean"},
    "answer": {"type": "string"},
    "citations": {"type": "array", "items": {"type": "string"}}
  },
  "required": ["answerable", "answer", "citations"],
  "additionalProperties": false
}`)

// Errors for replies that are not usable JSON.
var (
	ErrRefused  = errors.New("the model refused")
	ErrEmpty    = errors.New("the model returned no content")
	ErrNotJSON  = errors.New("the model's reply is not the agreed JSON")
	ErrNoChoice = errors.New("the API returned no choices")
)

// Generate sends the prompt as a system and a user message and asks for a
// reply matching replySchema.
func (c *Client) Generate(ctx context.Context, p knowledge.GroundedPrompt) (knowledge.GroundedReply, error) {
	legacy := c.legacyCap.Load()
	resp, err := c.complete(ctx, p, legacy)
	if err != nil && legacy && wantsCompletionTokens(err) {
		c.legacyCap.Store(false)
		resp, err = c.complete(ctx, p, false)
	}
	if err != nil {
		return knowledge.GroundedReply{}, c.scrub("chat completion", err)
	}
	if len(resp.Choices) == 0 {
		return knowledge.GroundedReply{}, ErrNoChoice
	}
	ch := resp.Choices[0]
	if ch.Message.Refusal != "" || ch.FinishReason == openai.FinishReasonContentFilter {
		return knowledge.GroundedReply{}, ErrRefused
	}
	return parseReply(ch.Message.Content)
}

// complete sends one chat completion request (retried on 429 and 5xx),
// capping tokens with max_tokens when legacy, else max_completion_tokens.
func (c *Client) complete(ctx context.Context, p knowledge.GroundedPrompt, legacy bool) (openai.ChatCompletionResponse, error) {
	req := openai.ChatCompletionRequest{
		Model: c.opt.Model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: p.Instructions},
			{Role: openai.ChatMessageRoleUser, Content: p.Input},
		},
		ResponseFormat: &openai.ChatCompletionResponseFormat{
			Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
				Name:   "grounded_reply",
				Schema: replySchema,
				Strict: true,
			},
		},
	}
	if legacy {
		req.MaxTokens = c.opt.MaxTokens
	} else {
		req.MaxCompletionTokens = c.opt.MaxTokens
	}
	return retry(ctx, c.opt, func() (openai.ChatCompletionResponse, error) {
		return c.api.CreateChatCompletion(ctx, req)
	})
}

// parseReply decodes a reply, tolerating a Markdown code fence around it
// (some compatible servers add one) but nothing else.
func parseReply(content string) (knowledge.GroundedReply, error) {
	s := strings.TrimSpace(content)
	if s == "" {
		return knowledge.GroundedReply{}, ErrEmpty
	}
	if strings.HasPrefix(s, "```") && strings.HasSuffix(s, "```") && len(s) >= 6 {
		s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(s, "```")[3:], "json"))
	}
	var r struct {
		Answerable *bool    `json:"answerable"`
		Answer     *string  `json:"answer"`
		Citations  []string `json:"citations"`
	}
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return knowledge.GroundedReply{}, fmt.Errorf("%w: %v", ErrNotJSON, err)
	}
	if r.Answerable == nil || r.Answer == nil {
		return knowledge.GroundedReply{}, fmt.Errorf("%w: answerable or answer missing", ErrNotJSON)
	}
	return knowledge.GroundedReply{Answerable: *r.Answerable, Answer: *r.Answer, Citations: r.Citations}, nil
}

// embedBatch is how many texts go in one embeddings request.
const embedBatch = 256

// Embed returns one vector per text, in order.
func (c *Client) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if c.opt.EmbeddingModel == "" {
		return nil, errors.New("no embedding model configured")
	}
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += embedBatch {
		batch := texts[start:min(start+embedBatch, len(texts))]
		req := openai.EmbeddingRequestStrings{Input: batch, Model: openai.EmbeddingModel(c.opt.EmbeddingModel)}
		resp, err := retry(ctx, c.opt, func() (openai.EmbeddingResponse, error) {
			return c.api.CreateEmbeddings(ctx, req)
		})
		if err != nil {
			return nil, c.scrub("embeddings", err)
		}
		vecs := make([][]float32, len(batch))
		for _, d := range resp.Data {
			if d.Index < 0 || d.Index >= len(batch) || vecs[d.Index] != nil || len(d.Embedding) == 0 {
				return nil, fmt.Errorf("embeddings: bad or repeated index %d in the response", d.Index)
			}
			vecs[d.Index] = d.Embedding
		}
		for i, v := range vecs {
			if v == nil {
				return nil, fmt.Errorf("embeddings: no vector for input %d", start+i)
			}
		}
		out = append(out, vecs...)
	}
	return out, nil
}

// scrub wraps err for the log without the API key, in case a server echoes it.
func (c *Client) scrub(what string, err error) error {
	msg := err.Error()
	if c.opt.APIKey != "" {
		msg = strings.ReplaceAll(msg, c.opt.APIKey, "[redacted]")
	}
	return &apiError{msg: what + ": " + msg, err: err}
}

// apiError is a scrubbed API error.
type apiError struct {
	msg string
	err error
}

func (e *apiError) Error() string { return e.msg }

// Is lets errors.Is see context errors through the scrubbing.
func (e *apiError) Is(target error) bool {
	return (target == context.DeadlineExceeded || target == context.Canceled) && errors.Is(e.err, target)
}

func statusOf(err error) int {
	var ae *openai.APIError
	if errors.As(err, &ae) {
		return ae.HTTPStatusCode
	}
	var re *openai.RequestError
	if errors.As(err, &re) {
		return re.HTTPStatusCode
	}
	return 0
}

// retry calls f until it succeeds, fails for good, runs out of attempts, or
// the next delay would end past the context's deadline. 429 and 5xx are
// worth retrying; other errors are not.
func retry[T any](ctx context.Context, opt Options, f func() (T, error)) (T, error) {
	delay := opt.Backoff
	for attempt := 1; ; attempt++ {
		v, err := f()
		if err == nil || attempt >= opt.MaxAttempts || ctx.Err() != nil {
			return v, err
		}
		if s := statusOf(err); s != http.StatusTooManyRequests && s < 500 {
			return v, err
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < delay {
			return v, err
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return v, err
		case <-t.C:
		}
		delay *= 2
	}
}
