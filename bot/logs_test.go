package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncLog is a log buffer safe for the server's goroutines.
type syncLog struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncLog) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// interactionLines returns the "interaction" log lines, decoded.
func (s *syncLog) interactionLines(t *testing.T) []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(s.b.String()), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("log line %q is not JSON", l)
		}
		if m["msg"] == "interaction" {
			out = append(out, m)
		}
	}
	return out
}

// TestOneLogLinePerInteraction: served over HTTP with logging at debug,
// each interaction has exactly one "interaction" line, at info, with its
// final outcome and its latency in milliseconds.
func TestOneLogLinePerInteraction(t *testing.T) {
	tests := []struct {
		name, fixture, token, outcome string
	}{
		{"answered", "command_ask.json", "", "ok"},
		{"unknown command", "command_ask.json", "unknown", "unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs syncLog
			log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			r, err := NewRouter(Deps{Article: article, Log: log})
			if err != nil {
				t.Fatal(err)
			}
			s, priv := newHTTPTestServer(t, r, func(c *HTTPConfig) { c.Logger = log })
			body := httpFixture(t, tt.fixture)
			if tt.token == "unknown" {
				body = bytes.Replace(body, []byte(`"name": "ask"`), []byte(`"name": "retired-command"`), 1)
			}
			rec := httpServe(s, httpSignedRequest(priv, body))
			if rec.Code != 200 {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			time.Sleep(20 * time.Millisecond) // nothing more may be logged
			lines := logs.interactionLines(t)
			if len(lines) != 1 {
				t.Fatalf("%d interaction lines, want 1: %v", len(lines), lines)
			}
			l := lines[0]
			if l["level"] != "INFO" || l["outcome"] != tt.outcome {
				t.Errorf("line %v; want level INFO, outcome %q", l, tt.outcome)
			}
			if _, ok := l["latency_ms"].(float64); !ok {
				t.Errorf("line %v has no latency_ms", l)
			}
			for k := range l {
				if k == "took" || k == "duration" {
					t.Errorf("line %v has a duration in nanoseconds (%s)", l, k)
				}
			}
		})
	}
}

// TestPostPubliclyIsLoggedWithItsFinalOutcome: "Post publicly" is logged
// once its post's fate is known: posted or post_failed over the gateway,
// post_unavailable over HTTP without a bot token.
func TestPostPubliclyIsLoggedWithItsFinalOutcome(t *testing.T) {
	newLogged := func(t *testing.T) (*Router, *syncLog, *slog.Logger) {
		var logs syncLog
		log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
		r, err := NewRouter(Deps{Article: article, Log: log})
		if err != nil {
			t.Fatal(err)
		}
		return r, &logs, log
	}
	check := func(t *testing.T, logs *syncLog, want string) {
		t.Helper()
		lines := logs.interactionLines(t)
		if len(lines) != 1 || lines[0]["outcome"] != want || lines[0]["level"] != "INFO" {
			t.Errorf("interaction lines %v; want one, outcome %q", lines, want)
		}
	}
	for _, tt := range []struct {
		name    string
		postErr error
		want    string
	}{
		{"posted", nil, "posted"},
		{"post failed", errors.New("403 Missing Permissions"), "post_failed"},
	} {
		t.Run("gateway "+tt.name, func(t *testing.T) {
			r, logs, _ := newLogged(t)
			i := loadInteraction(t, "button_post.json")
			rep := r.Respond(context.Background(), i)
			if got := logs.interactionLines(t); len(got) != 0 {
				t.Fatalf("logged before the post was sent: %v", got)
			}
			_ = Deliver(context.Background(), &fakeSender{postErr: tt.postErr}, i, rep)
			check(t, logs, tt.want)
		})
	}
	t.Run("HTTP without a token", func(t *testing.T) {
		r, logs, log := newLogged(t)
		s, priv := newHTTPTestServer(t, r, func(c *HTTPConfig) { c.Logger = log })
		rec := httpServe(s, httpSignedRequest(priv, payload(t, "button_post.json")))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), "the bot's token") {
			t.Fatalf("%d %s", rec.Code, rec.Body)
		}
		check(t, logs, "post_unavailable")
	})
}
