package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/quotebot/quotebot/bot"
)

// opsHandler is everything served on METRICS_ADDR, in one place: /metrics,
// plus the routes a mode adds (extra maps a ServeMux pattern such as
// "GET /healthz" to its handler: the gateway's health, for one).
func opsHandler(m *bot.Metrics, extra map[string]http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	for pattern, h := range extra {
		mux.Handle(pattern, h)
	}
	return mux
}

// listenOps opens METRICS_ADDR; a bad or busy address is a usage error.
func listenOps(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, usagef("cannot listen on METRICS_ADDR %q: %v; set it to a free host:port such as 127.0.0.1:9090", addr, errors.Unwrap(err))
	}
	return ln, nil
}

// serveOps serves h on ln until ctx is cancelled; the returned function
// waits for it to stop.
func serveOps(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) (wait func()) {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("serving metrics", "addr", ln.Addr().String(), "err", err)
		}
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
	}()
	log.Info("serving metrics", "addr", ln.Addr().String(), "path", "/metrics")
	return func() { <-done }
}
