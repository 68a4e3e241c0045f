//go:build unix

package bot

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/quotebot/quotebot/knowledge"
)

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
	s, err := NewHTTPServer(HTTPConfig{PublicKey: pub, AppID: httpTestAppID}, benchRouter(b))
	if err != nil {
		b.Fatal(err)
	}
	s.SetReady(true)
	pong := newHTTPLoad(b, httpBarePong(pub), priv, httpFixture(b, "ping.json"))
	ask := newHTTPLoad(b, s, priv, askBodies(b)...)
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
	hdrs   []http.Header // one per body, signed
	bodies [][]byte      // sent in turn
	turn   atomic.Uint64
	client *http.Client
	busy   time.Duration // wall time spent in run
	cpu    time.Duration // process CPU time spent in run
	lat    []time.Duration
	mu     sync.Mutex
}

func newHTTPLoad(b *testing.B, h http.Handler, priv ed25519.PrivateKey, bodies ...[]byte) *httpLoadGen {
	ts := httptest.NewServer(h)
	b.Cleanup(ts.Close)
	g := &httpLoadGen{url: ts.URL + "/interactions", bodies: bodies}
	for _, body := range bodies {
		hdr := http.Header{"Content-Type": {"application/json"}}
		httpSign(hdr, priv, time.Now(), body) // valid for the benchmark's few seconds
		g.hdrs = append(g.hdrs, hdr)
	}
	g.client = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1024}, Timeout: 10 * time.Second}
	b.Cleanup(g.client.CloseIdleConnections)
	return g
}

// askQuestions are what the /ask load asks, in turn: answerable and not,
// plain and misspelt, so the load is not one cached answer.
var askQuestions = []string{
	"What did Putin say about root causes?", "Did the leaders agree on a ceasefire?",
	"Where could future talks be hosted?", "Where were the first direct negotiations held?",
	"What ceasefire did Zelenskyy agree to?", "What is Putin's goal?",
	"How did Trump describe his interactions with Putin?", "Which European leaders are talking with Zelenskyy?",
	"What did the talks in Türkiye result in?", "Who did Trump call after speaking with Putin?",
	"What was the mood of the leaders?", "What did Putin refuse?", "What did Joe Biden say about NATO?",
	"How many soldiers have died in the war?", "When was Putin born?", "what did zelensky agree to",
	"What did Putn say about root cuases?", "Is the EU talking to Zelenskyy?", "What was agreed in Turkey?",
	"Why was Putin's call concerning?", "What is the capital of France?", "Who pressured Zelenskyy?",
	"What framework did Putin ask for in negotiations?", "When did Putin refuse the terms?",
}

// askBodies are the /ask fixture with each of askQuestions.
func askBodies(b *testing.B) [][]byte {
	tmpl := httpFixture(b, "command_ask.json")
	old := []byte(`"What did Putin say about root causes?"`)
	if !bytes.Contains(tmpl, old) {
		b.Fatal("the /ask fixture no longer holds its question")
	}
	var out [][]byte
	for _, q := range askQuestions {
		qj, _ := json.Marshal(q)
		out = append(out, bytes.Replace(tmpl, old, qj, 1))
	}
	return out
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
				k := int(g.turn.Add(1) % uint64(len(g.bodies)))
				req, _ := http.NewRequest(http.MethodPost, g.url, bytes.NewReader(g.bodies[k]))
				req.Header = g.hdrs[k].Clone()
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

// benchRouter is the real Router on the embedded article, with limits far
// above the load so the benchmark measures answers, not refusals.
func benchRouter(b *testing.B) *Router {
	r, err := NewRouter(Deps{Article: knowledge.Default(), Limits: Limits{UserPerMinute: 1e9, GuildPerMinute: 1e9}})
	if err != nil {
		b.Fatal(err)
	}
	return r
}
