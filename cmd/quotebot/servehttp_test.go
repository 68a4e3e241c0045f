package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotebot/quotebot/knowledge"
)

func TestServeHTTPReportsEverySettingAtOnce(t *testing.T) {
	pub, _, _ := ed25519.GenerateKey(nil)
	goodKey := hex.EncodeToString(pub)
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want []string // every one must be in the message
	}{
		{"nothing set", nil, nil, []string{"DISCORD_PUBLIC_KEY is not set", "DISCORD_APP_ID is not set", "General Information"}},
		{"key not hex", map[string]string{"DISCORD_PUBLIC_KEY": strings.Repeat("zz", 32), "DISCORD_APP_ID": "1"}, nil,
			[]string{"DISCORD_PUBLIC_KEY is not a public key (64 characters; it must be 64 hex digits)"}},
		{"key too short", map[string]string{"DISCORD_PUBLIC_KEY": goodKey[:62], "DISCORD_APP_ID": "1"}, nil,
			[]string{"DISCORD_PUBLIC_KEY is not a public key (62 characters"}},
		{"app id not numeric, other settings bad too", map[string]string{
			"DISCORD_PUBLIC_KEY": goodKey, "DISCORD_APP_ID": "my-bot", "LOG_LEVEL": "loud", "DISCORD_API_URL": "discord.com"}, nil,
			[]string{"DISCORD_APP_ID is not a numeric ID", "LOG_LEVEL", "DISCORD_API_URL"}},
		{"an argument", map[string]string{"DISCORD_PUBLIC_KEY": goodKey, "DISCORD_APP_ID": "1"}, []string{"now"},
			[]string{"serve-http takes no arguments"}},
		{"unknown flag", nil, []string{"--port", "80"}, []string{"--addr"}},
		{"address in use or bad", map[string]string{"DISCORD_PUBLIC_KEY": goodKey, "DISCORD_APP_ID": "1"}, []string{"--addr", "127.0.0.1:99999"},
			[]string{`cannot listen on "127.0.0.1:99999"`, "HTTP_ADDR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := append([]string{"quotebot", "serve-http"}, tt.args...)
			err := run(context.Background(), args, httpTestEnv(tt.env), strings.NewReader(""), &out, &errOut)
			var u usageError
			if !errors.As(err, &u) {
				t.Fatalf("err = %v, want a usage error (exit 2)", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message %q lacks %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "my-bot") {
				t.Errorf("message %q echoes a value", err)
			}
		})
	}
}

func httpTestEnv(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// httpTestSyncBuffer is a bytes.Buffer safe to read while run logs to it.
type httpTestSyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *httpTestSyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *httpTestSyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeHTTPEndToEnd(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	env := httpTestEnv(map[string]string{
		"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "DISCORD_APP_ID": "1281234567890123456", "HTTP_ADDR": addr,
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs httpTestSyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"quotebot", "serve-http"}, env, strings.NewReader(""), io.Discard, &logs)
	}()
	base := "http://" + addr
	httpTestWaitReady(t, base, done)

	post := func(body []byte, sign bool) (int, map[string]any) {
		t.Helper()
		req, _ := http.NewRequest("POST", base+"/interactions", bytes.NewReader(body))
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req.Header.Set("X-Signature-Timestamp", ts)
		sig := ed25519.Sign(priv, append([]byte(ts), body...))
		if !sign {
			sig[0] ^= 1
		}
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		json.NewDecoder(resp.Body).Decode(&m)
		return resp.StatusCode, m
	}
	fixture := func(name string) []byte {
		b, err := os.ReadFile("../../bot/testdata/http/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if code, m := post(fixture("ping.json"), true); code != 200 || m["type"] != 1.0 {
		t.Errorf("signed PING: %d %v", code, m)
	}
	if code, _ := post(fixture("ping.json"), false); code != 401 {
		t.Errorf("PING with a bad signature: %d, want 401", code)
	}
	code, m := post(fixture("command_ask.json"), true)
	if code != 200 || m["type"] != 4.0 {
		t.Fatalf("/ask: %d %v", code, m)
	}
	// The answer is an embed; the top quote's words are in its description
	// (escaped for Markdown, which leaves this sentence as it is).
	data, _ := m["data"].(map[string]any)
	body, _ := json.Marshal(data)
	a := knowledge.Default()
	ans, _ := a.Ask("What did Putin say about root causes?")
	var got struct {
		Embeds []struct {
			Description string `json:"description"`
		} `json:"embeds"`
		AllowedMentions struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
	}
	json.Unmarshal(body, &got)
	if !ans.Answered || len(got.Embeds) == 0 || !strings.Contains(got.Embeds[0].Description, "tackling the “root causes” of the conflict") {
		t.Errorf("/ask response %s lacks the verbatim top quote", body)
	}
	if got.AllowedMentions.Parse == nil || len(got.AllowedMentions.Parse) != 0 {
		t.Errorf("/ask allowed_mentions = %s, want parse: []", body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("run after shutdown = %v, want nil", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve-http did not shut down")
	}
	if !strings.Contains(logs.String(), "serving interactions") {
		t.Errorf("logs lack the start line: %s", logs.String())
	}
}

// httpTestWaitReady polls /healthz until it answers 200.
func httpTestWaitReady(t *testing.T, base string, done <-chan error) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("serve-http exited early: %v", err)
		default:
		}
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("/healthz never became ready")
}
