package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// freeAddr returns a local address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// get returns the status and body of GET url ("" and 0 when nothing answers).
func get(url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitFor polls until ok returns true, failing the test after 10 seconds.
func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if ok() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// startServeHTTPWith runs serve-http with extra settings and arguments and
// returns its base URL; it is stopped when the test ends.
func startServeHTTPWith(t *testing.T, settings map[string]string, args ...string) (string, <-chan error) {
	t.Helper()
	pub, _, _ := ed25519.GenerateKey(nil)
	addr := freeAddr(t)
	env := map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "DISCORD_APP_ID": "1281234567890123456", "HTTP_ADDR": addr}
	for k, v := range settings {
		env[k] = v
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"quotebot", "serve-http"}, args...), envOf(env), strings.NewReader(""), io.Discard, io.Discard)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			t.Error("serve-http did not stop")
		}
	})
	return "http://" + addr, done
}

func TestMetricsAddrServesMetricsThereOnly(t *testing.T) {
	metricsAddr := freeAddr(t)
	base, done := startServeHTTPWith(t, map[string]string{"METRICS_ADDR": metricsAddr})
	httpTestWaitReady(t, base, done)
	if code, _ := get(base + "/metrics"); code != http.StatusNotFound {
		t.Errorf("public /metrics: %d, want 404 when METRICS_ADDR is set", code)
	}
	code, body := get("http://" + metricsAddr + "/metrics")
	if code != http.StatusOK || !strings.Contains(body, "quotebot_answers_in_flight") {
		t.Errorf("METRICS_ADDR /metrics: %d %.200s", code, body)
	}
}

func TestMetricsOnPublicListenerWithoutMetricsAddr(t *testing.T) {
	base, done := startServeHTTPWith(t, nil)
	httpTestWaitReady(t, base, done)
	if code, body := get(base + "/metrics"); code != http.StatusOK || !strings.Contains(body, "quotebot_") {
		t.Errorf("public /metrics without METRICS_ADDR: %d", code)
	}
}

func TestBadMetricsAddrIsAConfigurationError(t *testing.T) {
	_, err := loadConfig(envOf(map[string]string{"METRICS_ADDR": "9090"}))
	if err == nil || !strings.Contains(err.Error(), "METRICS_ADDR") {
		t.Errorf("err = %v; want METRICS_ADDR reported", err)
	}
}

// TestHealthzAnswersWhileIndexing: the listener is open before the article
// is loaded, and /healthz says 503 until it is indexed.
func TestHealthzAnswersWhileIndexing(t *testing.T) {
	path, w := pipePath(t)
	base, done := startServeHTTPWith(t, nil, "--article", path)
	var code int
	waitFor(t, "/healthz to answer", func() bool { code, _ = get(base + "/healthz"); return code != 0 })
	if code != http.StatusServiceUnavailable {
		t.Fatalf("/healthz while the article is loading: %d, want 503", code)
	}
	w.WriteString("# Council approves budget\n\nThe council approved the budget on Monday, the mayor said.\n")
	w.Close()
	httpTestWaitReady(t, base, done)
}

// TestServeGatewayMetrics: gateway mode serves the same metrics on
// METRICS_ADDR, and counts what it answers.
func TestServeGatewayMetrics(t *testing.T) {
	srv := standIn(t)
	metricsAddr := freeAddr(t)
	env := envOf(map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": srv.URL, "METRICS_ADDR": metricsAddr})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"quotebot", "serve"}, env, strings.NewReader(""), io.Discard, io.Discard)
	}()
	defer func() {
		cancel()
		select {
		case <-done:
		case <-time.After(wait):
			t.Error("serve did not stop")
		}
	}()
	srv.WaitIdentify(t, wait)
	srv.Dispatch("INTERACTION_CREATE", botPayload(t, "ask.json"))
	srv.WaitCall(t, "POST", "/interactions/1250000000000000001/", wait)
	const series = `quotebot_interactions_total{command="ask",kind="command",outcome="answered"} 1`
	waitFor(t, series, func() bool {
		_, body := get("http://" + metricsAddr + "/metrics")
		return strings.Contains(body, series)
	})
}
