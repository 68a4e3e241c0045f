package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotebot/quotebot/bot"
	"github.com/quotebot/quotebot/bot/discordtest"
)

const (
	testToken = "MTI0MDAwMDAwMDAwMDAwMDAwMA.GaBcDe.stand-in-token-not-a-real-one"
	wait      = 5 * time.Second
)

// syncBuffer is a bytes.Buffer safe for the logger's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func envOf(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

// standIn starts a stand-in for Discord and restores discordgo's endpoints
// after the test (serve, register and invite point them at DISCORD_API_URL).
func standIn(t *testing.T) *discordtest.Server {
	srv := discordtest.New(t, testToken)
	t.Cleanup(func() { bot.UseAPI("https://discord.com/") })
	return srv
}

func botPayload(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "bot", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestServe is the bar: `quotebot serve`, pointed at a stand-in for Discord
// through DISCORD_API_URL, identifies with its token, answers /ask and an
// @mention from the article over REST, as a reply, with mentions disabled.
func TestServe(t *testing.T) {
	srv := standIn(t)
	var stdout, stderr syncBuffer
	env := envOf(map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": srv.URL, "LOG_LEVEL": "debug"})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"quotebot", "serve"}, env, strings.NewReader(""), &stdout, &stderr) }()

	if id := srv.WaitIdentify(t, wait); strings.TrimPrefix(id.Token, "Bot ") != testToken {
		t.Fatal("serve did not identify with its token")
	}
	srv.WaitHeartbeat(t, wait)

	srv.Dispatch("INTERACTION_CREATE", botPayload(t, "ask.json"))
	c := srv.WaitCall(t, "POST", "/interactions/1250000000000000001/", wait)
	for _, want := range []string{`"type":4`, `root causes”`, `"allowed_mentions":{"parse":[],"replied_user":false}`} {
		if !bytes.Contains(c.Body, []byte(want)) {
			t.Errorf("/ask response lacks %s: %s", want, c.Body)
		}
	}

	srv.Dispatch("MESSAGE_CREATE", botPayload(t, "message_create_mention.json"))
	c = srv.WaitCall(t, "POST", "/channels/1100000000000000555/messages", wait)
	for _, want := range []string{`"message_reference":{"message_id":"1250000000000000900"`, `root causes”`, `"allowed_mentions":{"parse":[],"replied_user":false}`} {
		if !bytes.Contains(c.Body, []byte(want)) {
			t.Errorf("mention reply lacks %s: %s", want, c.Body)
		}
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(wait):
		t.Fatal("serve did not stop on cancel")
	}
	logs := stderr.String()
	if strings.Contains(logs, testToken) {
		t.Error("the token appears in the logs")
	}
	var line map[string]any
	for _, l := range strings.Split(strings.TrimSpace(logs), "\n") {
		if err := json.Unmarshal([]byte(l), &line); err != nil {
			t.Errorf("log line is not JSON: %q", l)
		}
	}
	if !strings.Contains(logs, `"msg":"interaction","kind":"command","command":"ask"`) {
		t.Errorf("no log line for /ask:\n%s", logs)
	}
}

func TestServeConfigProblemsAllAtOnce(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"quotebot", "serve"}, envOf(map[string]string{"LOG_LEVEL": "loud", "DISCORD_API_URL": "discord"}), strings.NewReader(""), &stdout, &stderr)
	var u usageError
	if !errors.As(err, &u) {
		t.Fatalf("err = %v, want a usage error", err)
	}
	for _, want := range []string{"DISCORD_TOKEN is not set", "Developer Portal", "LOG_LEVEL", "DISCORD_API_URL"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
}

func TestServeRejectedToken(t *testing.T) {
	srv := standIn(t)
	var stdout, stderr bytes.Buffer
	bad := "MTI0.wrong.token-value"
	err := run(context.Background(), []string{"quotebot", "serve"}, envOf(map[string]string{"DISCORD_TOKEN": bad, "DISCORD_API_URL": srv.URL}), strings.NewReader(""), &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
		t.Fatalf("err = %v", err)
	}
	if strings.Contains(err.Error()+stderr.String(), bad) {
		t.Error("the token appears in the error or the logs")
	}
}

// TestCommandsJSONIsWhatRegisterSends: `commands --json` prints exactly the
// array `register` PUTs.
func TestCommandsJSONIsWhatRegisterSends(t *testing.T) {
	srv := standIn(t)
	var printed bytes.Buffer
	if err := run(context.Background(), []string{"quotebot", "commands", "--json"}, envOf(nil), strings.NewReader(""), &printed, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	env := envOf(map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": srv.URL})
	if err := run(context.Background(), []string{"quotebot", "register", "--guild", discordtest.GuildID}, env, strings.NewReader(""), &stdout, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	c := srv.WaitCall(t, "PUT", "/applications/"+discordtest.AppID+"/guilds/"+discordtest.GuildID+"/commands", wait)
	var compact bytes.Buffer
	if err := json.Compact(&compact, printed.Bytes()); err != nil {
		t.Fatalf("commands --json is not JSON: %v", err)
	}
	if !bytes.Equal(compact.Bytes(), bytes.TrimSpace(c.Body)) {
		t.Errorf("commands --json:\n%s\nregister sent:\n%s", compact.Bytes(), c.Body)
	}
	if !strings.Contains(stdout.String(), "registered 7 commands in guild "+discordtest.GuildID) {
		t.Errorf("register printed %q", stdout.String())
	}
}

func TestRegister(t *testing.T) {
	srv := standIn(t)
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		wantPath string
		wantErr  string
	}{
		{"global", []string{"--global"}, map[string]string{"DISCORD_GUILD_ID": discordtest.GuildID}, "/applications/" + discordtest.AppID + "/commands", ""},
		{"guild from the environment", nil, map[string]string{"DISCORD_GUILD_ID": discordtest.GuildID, "DISCORD_APP_ID": discordtest.AppID}, "/applications/" + discordtest.AppID + "/guilds/" + discordtest.GuildID + "/commands", ""},
		{"bad guild", []string{"--guild", "my server"}, nil, "", "not a Discord ID"},
		{"both", []string{"--guild", "1", "--global"}, nil, "", "either"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": srv.URL}
			for k, v := range tt.env {
				env[k] = v
			}
			var stdout bytes.Buffer
			err := run(context.Background(), append([]string{"quotebot", "register"}, tt.args...), envOf(env), strings.NewReader(""), &stdout, &bytes.Buffer{})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c := srv.WaitCall(t, "PUT", "/applications/", wait); c.Path != tt.wantPath {
				t.Errorf("PUT %s, want %s", c.Path, tt.wantPath)
			}
		})
	}
}

func TestInvite(t *testing.T) {
	srv := standIn(t)
	const want = "https://discord.com/oauth2/authorize?client_id=" + discordtest.AppID + "&permissions=274877991936&scope=bot+applications.commands\n"
	for _, env := range []map[string]string{
		{"DISCORD_APP_ID": discordtest.AppID},
		{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": srv.URL}, // learned from the API
	} {
		var stdout bytes.Buffer
		if err := run(context.Background(), []string{"quotebot", "invite"}, envOf(env), strings.NewReader(""), &stdout, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		if stdout.String() != want {
			t.Errorf("invite = %q, want %q", stdout.String(), want)
		}
	}
	err := run(context.Background(), []string{"quotebot", "invite"}, envOf(nil), strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
	if !strings.Contains(fmtErr(err), "DISCORD_APP_ID") {
		t.Errorf("invite without an app ID: %v", err)
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestCommandsList(t *testing.T) {
	var stdout bytes.Buffer
	if err := run(context.Background(), []string{"quotebot", "commands"}, envOf(nil), strings.NewReader(""), &stdout, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"/ask", "/summary", "/checkquote", "/quotes", "/about", "Check quotes"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("commands lacks %s:\n%s", want, stdout.String())
		}
	}
}

// TestServeStopsOnFatalClose: a token reset mid-session (close code 4004)
// ends serve with an error naming DISCORD_TOKEN (exit code 1, not 2), and
// METRICS_ADDR's /healthz says whether the gateway is connected.
func TestServeStopsOnFatalClose(t *testing.T) {
	srv := standIn(t)
	var stdout, stderr syncBuffer
	env := envOf(map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": srv.URL, "METRICS_ADDR": "127.0.0.1:0"})
	done := make(chan error, 1)
	go func() {
		done <- run(context.Background(), []string{"quotebot", "serve"}, env, strings.NewReader(""), &stdout, &stderr)
	}()
	srv.WaitIdentify(t, wait)
	var addr string
	deadline := time.Now().Add(wait)
	for addr == "" || !strings.Contains(stderr.String(), `"msg":"gateway connected"`) {
		if time.Now().After(deadline) {
			t.Fatalf("no health listener or no connection:\n%s", stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
		for _, l := range strings.Split(stderr.String(), "\n") {
			var rec struct{ Msg, Addr string }
			if json.Unmarshal([]byte(l), &rec) == nil && rec.Msg == "serving metrics" {
				addr = rec.Addr
			}
		}
	}
	health := func() int {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := health(); code != http.StatusOK {
		t.Errorf("/healthz while connected: %d", code)
	}
	srv.CloseGateway(4004, "Authentication failed.")
	select {
	case err := <-done:
		var u usageError
		if err == nil || errors.As(err, &u) || !strings.Contains(err.Error(), "DISCORD_TOKEN") || !strings.Contains(err.Error(), "4004") {
			t.Fatalf("err = %v; want a runtime error naming 4004 and DISCORD_TOKEN", err)
		}
	case <-time.After(wait):
		t.Fatal("serve kept running after 4004")
	}
	if srv.Identifies() != 1 {
		t.Errorf("%d IDENTIFYs after a fatal close, want 1", srv.Identifies())
	}
}
