// Package llmtest is a local stand-in for an OpenAI-compatible API, for
// tests: it speaks the real wire protocol (POST /chat/completions and
// POST /embeddings under any base path, real response JSON, real error
// bodies) and records what it was sent.
package llmtest

import (
	"encoding/json"
	"hash/fnv"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// ChatRequest is a chat completion request as received.
type ChatRequest struct {
	Model    string `json:"model"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	MaxCompletionTokens int             `json:"max_completion_tokens"`
	MaxTokens           int             `json:"max_tokens"`
	ResponseFormat      json.RawMessage `json:"response_format"`
	// Authorization is the request's Authorization header.
	Authorization string `json:"-"`
}

// Response is what the server answers one request with.
type Response struct {
	Status int    // 0 means 200
	Body   string // raw body
	// Hang makes the server wait until the client gives up.
	Hang bool
}

// Server is a fake OpenAI-compatible API.
type Server struct {
	*httptest.Server

	mu sync.Mutex
	// chat answers the n-th (0-based) chat request.
	chat         func(n int, req ChatRequest) Response
	chatRequests []ChatRequest
	embedInputs  [][]string
}

// New starts a server that the test closes at its end. chat answers chat
// requests (nil: always "not answerable").
func New(t testing.TB, chat func(n int, req ChatRequest) Response) *Server {
	s := &Server{chat: chat}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// ChatRequests returns the chat requests received so far.
func (s *Server) ChatRequests() []ChatRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ChatRequest(nil), s.chatRequests...)
}

// EmbedInputs returns the inputs of the embedding requests received so far.
func (s *Server) EmbedInputs() [][]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]string(nil), s.embedInputs...)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil || r.Method != http.MethodPost {
		writeResponse(w, r, Error(http.StatusBadRequest, "invalid_request_error", "bad request"))
		return
	}
	switch {
	case strings.HasSuffix(r.URL.Path, "/chat/completions"):
		var req ChatRequest
		if err := json.Unmarshal(body, &req); err != nil {
			writeResponse(w, r, Error(http.StatusBadRequest, "invalid_request_error", "We could not parse the JSON body of your request."))
			return
		}
		req.Authorization = r.Header.Get("Authorization")
		s.mu.Lock()
		n := len(s.chatRequests)
		s.chatRequests = append(s.chatRequests, req)
		s.mu.Unlock()
		resp := Chat(Reply(false, ""))
		if s.chat != nil {
			resp = s.chat(n, req)
		}
		writeResponse(w, r, resp)
	case strings.HasSuffix(r.URL.Path, "/embeddings"):
		var req struct {
			Input []string `json:"input"`
			Model string   `json:"model"`
		}
		if err := json.Unmarshal(body, &req); err != nil || len(req.Input) == 0 {
			writeResponse(w, r, Error(http.StatusBadRequest, "invalid_request_error", "'input' is a required property"))
			return
		}
		s.mu.Lock()
		s.embedInputs = append(s.embedInputs, req.Input)
		s.mu.Unlock()
		writeResponse(w, r, Response{Body: embeddingsBody(req.Model, req.Input)})
	default:
		writeResponse(w, r, Error(http.StatusNotFound, "invalid_request_error", "Invalid URL (POST "+r.URL.Path+")"))
	}
}

func writeResponse(w http.ResponseWriter, r *http.Request, resp Response) {
	if resp.Hang {
		<-r.Context().Done()
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if resp.Status != 0 {
		w.WriteHeader(resp.Status)
	}
	io.WriteString(w, resp.Body)
}

// Reply is the JSON content of a grounded reply.
func Reply(answerable bool, answer string, citations ...string) string {
	if citations == nil {
		citations = []string{}
	}
	b, _ := json.Marshal(map[string]any{"answerable": answerable, "answer": answer, "citations": citations})
	return string(b)
}

// Chat is a successful chat completion whose message content is content.
func Chat(content string) Response {
	return Response{Body: completion(map[string]any{"role": "assistant", "content": content, "refusal": nil}, "stop")}
}

// Refusal is a chat completion in which the model refuses.
func Refusal(msg string) Response {
	return Response{Body: completion(map[string]any{"role": "assistant", "content": nil, "refusal": msg}, "stop")}
}

func completion(message map[string]any, finish string) string {
	b, _ := json.Marshal(map[string]any{
		"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion", "created": 1741569952,
		"model":        "gpt-4o-mini-2024-07-18",
		"choices":      []any{map[string]any{"index": 0, "message": message, "logprobs": nil, "finish_reason": finish}},
		"usage":        map[string]any{"prompt_tokens": 412, "completion_tokens": 38, "total_tokens": 450},
		"service_tier": "default", "system_fingerprint": "fp_06737a9306",
	})
	return string(b)
}

// Error is an API error response as OpenAI sends it.
func Error(status int, typ, msg string) Response {
	b, _ := json.Marshal(map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": nil}})
	return Response{Status: status, Body: string(b)}
}

// Vector is the embedding the server gives a text: words hashed into 64
// dimensions, so texts sharing words are similar.
func Vector(text string) []float32 {
	v := make([]float32, 64)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		h := fnv.New32a()
		h.Write([]byte(strings.Trim(w, ".,;:!?“”\"'’")))
		v[h.Sum32()%64]++
	}
	v[63] += 0.01 // never a zero vector
	return v
}

func embeddingsBody(model string, input []string) string {
	data := make([]any, len(input))
	// Reverse order on the wire: clients must place vectors by index.
	for i := range input {
		j := len(input) - 1 - i
		data[i] = map[string]any{"object": "embedding", "index": j, "embedding": Vector(input[j])}
	}
	b, _ := json.Marshal(map[string]any{
		"object": "list", "data": data, "model": model,
		"usage": map[string]any{"prompt_tokens": 8 * len(input), "total_tokens": 8 * len(input)},
	})
	return string(b)
}
