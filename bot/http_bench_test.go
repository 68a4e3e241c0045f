//go:build unix

package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/quotebot/quotebot/knowledge"
)

// httpAskResponder answers /ask from the real article, as the Router will.
type httpAskResponder struct{ article *knowledge.Article }

func (r httpAskResponder) Respond(ctx context.Context, i *discordgo.Interaction) Reply {
	ans, err := r.article.Ask(i.ApplicationCommandData().Options[0].StringValue())
	if err != nil {
		return Reply{Response: httpText(err.Error())}
	}
	var b strings.Builder
	b.WriteString(ans.Text)
	for _, q := range ans.Quotes {
		fmt.Fprintf(&b, "\n> “%s” — ¶%d", q.Text, q.Paragraph)
	}
	return Reply{Response: httpText(b.String())}
}

// httpBarePong is the baseline: it only verifies the signature and answers
// PONG, the least any interactions endpoint must do.
func httpBarePong(pub ed25519.PublicKey) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sig, reason := readSignature(r.Header, time.Now())
		if reason != "" {
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		msg, _, err := sig.readBody(w, r)
		if err != nil || !sig.verify(pub, msg) {
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"type":1}`)
	})
}

// BenchmarkInteractionsLoopback fires signed requests over loopback from
// concurrent clients at two servers in the same run: the bare PONG baseline
// and the real server answering /ask from the article. The two are loaded
// in alternating short bursts, so a busy machine slows both alike. For
// each it reports requests/s and p99 latency, and requests per CPU-second
// of this process (clients included), which other tenants of a shared
// machine do not skew; and /ask's throughput as a percentage of the
// baseline by both measures. Any error or non-200 answer fails it.
func BenchmarkInteractionsLoopback(b *testing.B) {
	const (
		clients = 32 // concurrent requests in flight
		burst   = 64 // requests per server per round
	)
	pub, priv := httpKey(b)
	s, err := NewHTTPServer(HTTPConfig{PublicKey: pub, AppID: httpTestAppID}, httpAskResponder{knowledge.Default()})
	if err != nil {
		b.Fatal(err)
	}
	s.SetReady(true)
	pong := newHTTPLoad(b, httpBarePong(pub), priv, httpFixture(b, "ping.json"))
	ask := newHTTPLoad(b, s, priv, httpFixture(b, "command_ask.json"))
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; done += burst {
		n := min(burst, b.N-done)
		pong.run(b, n, clients)
		ask.run(b, n, clients)
	}
	b.StopTimer()
	pong.report(b, "pong")
	ask.report(b, "ask")
	b.ReportMetric(100*ask.rate()/pong.rate(), "ask_%_of_pong")
	b.ReportMetric(100*ask.cpuRate()/pong.cpuRate(), "ask_%_of_pong_cpu")
}

// httpLoadGen sends signed copies of one body to one loopback server and
// keeps the latencies and the time spent.
type httpLoadGen struct {
	url    string
	hdr    http.Header
	body   []byte
	client *http.Client
	busy   time.Duration // wall time spent in run
	cpu    time.Duration // process CPU time spent in run
	lat    []time.Duration
	mu     sync.Mutex
}

func newHTTPLoad(b *testing.B, h http.Handler, priv ed25519.PrivateKey, body []byte) *httpLoadGen {
	ts := httptest.NewServer(h)
	b.Cleanup(ts.Close)
	hdr := http.Header{"Content-Type": {"application/json"}}
	httpSign(hdr, priv, time.Now(), body) // valid for the benchmark's few seconds
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1024}, Timeout: 10 * time.Second}
	b.Cleanup(client.CloseIdleConnections)
	return &httpLoadGen{url: ts.URL + "/interactions", hdr: hdr, body: body, client: client}
}

// run sends n requests from clients goroutines.
func (g *httpLoadGen) run(b *testing.B, n, clients int) {
	var wg sync.WaitGroup
	next := make(chan struct{}, n)
	for range n {
		next <- struct{}{}
	}
	close(next)
	start, cpu0 := time.Now(), httpProcessCPU()
	for range clients {
		wg.Go(func() {
			var lat []time.Duration
			for range next {
				req, _ := http.NewRequest(http.MethodPost, g.url, bytes.NewReader(g.body))
				req.Header = g.hdr.Clone()
				t0 := time.Now()
				resp, err := g.client.Do(req)
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				lat = append(lat, time.Since(t0))
				if resp.StatusCode != http.StatusOK {
					b.Errorf("status %d", resp.StatusCode)
					return
				}
			}
			g.mu.Lock()
			g.lat = append(g.lat, lat...)
			g.mu.Unlock()
		})
	}
	wg.Wait()
	g.busy += time.Since(start)
	g.cpu += httpProcessCPU() - cpu0
}

// httpProcessCPU is the user and system CPU time this process has used.
func httpProcessCPU() time.Duration {
	var r syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}

func (g *httpLoadGen) rate() float64    { return float64(len(g.lat)) / g.busy.Seconds() }
func (g *httpLoadGen) cpuRate() float64 { return float64(len(g.lat)) / g.cpu.Seconds() }

func (g *httpLoadGen) report(b *testing.B, name string) {
	if len(g.lat) == 0 {
		return
	}
	slices.Sort(g.lat)
	b.ReportMetric(g.rate(), name+"_req/s")
	b.ReportMetric(g.cpuRate(), name+"_req/cpu-s")
	b.ReportMetric(float64(g.lat[len(g.lat)*99/100].Microseconds())/1000, name+"_p99_ms")
}
