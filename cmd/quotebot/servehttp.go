package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"net"
	"runtime"
	"strings"

	"github.com/quotebot/quotebot/bot"
)

// runServeHTTP serves Discord interactions over HTTP (the Interactions
// Endpoint URL) until ctx is cancelled: `serve-http [--addr ADDR]`.
func runServeHTTP(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("serve-http", flag.ContinueOnError)
	addr := fs.String("addr", "", "address to listen on (default HTTP_ADDR, else :8080)")
	article := fs.String("article", "", "path of a plain-text, Markdown or HTML article, or an http(s) URL")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("serve-http takes no arguments (got %q); flags: --addr", rest[0])
	}
	cfg, err := loadConfig(e.getenv)
	key, kerr := httpSettings(cfg)
	if err := errors.Join(err, kerr); err != nil {
		return usagef("configuration: %v", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	if *addr != "" {
		cfg.HTTPAddr = *addr
	}
	// Posts on the bot's account (with DISCORD_TOKEN) go through discordgo.
	if err := bot.UseAPI(cfg.DiscordAPIURL); err != nil {
		return usagef("configuration: %v", err)
	}
	log := newLogger(e.stderr, cfg.LogLevel)
	// discordgo's logger is package-level: set once, here (see bot).
	defer bot.RouteDiscordgoLogs(log)()
	metrics := bot.NewMetrics()
	// The listener opens before the article is indexed, so /healthz
	// answers 503 (not "connection refused") until it is; the Router is
	// set when it is ready.
	var late bot.LateResponder
	srv, err := bot.NewHTTPServer(bot.HTTPConfig{
		PublicKey: key, AppID: cfg.DiscordAppID, APIURL: cfg.DiscordAPIURL, Logger: log,
		Metrics: metrics, Token: cfg.DiscordToken, NoMetrics: cfg.MetricsAddr != "",
		MaxConcurrent: maxConcurrentAnswers(cfg),
	}, &late)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return usagef("cannot listen on %q: %v; set --addr or HTTP_ADDR to a free host:port", cfg.HTTPAddr, errors.Unwrap(err))
	}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	waitOps := func() {}
	if cfg.MetricsAddr != "" {
		mln, err := listenOps(cfg.MetricsAddr)
		if err != nil {
			ln.Close()
			return err
		}
		waitOps = serveOps(sctx, mln, opsHandler(metrics, nil), log)
	}
	defer func() { stop(); waitOps() }()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(sctx, ln) }()
	log.Info("listening", "addr", ln.Addr().String(), "ready", false)
	a, err := loadArticle(ctx, *article, cfg)
	if err == nil {
		var st bot.Store
		closeStore := func() {}
		if st, closeStore, err = openBotStore(ctx, cfg, log); err == nil {
			defer closeStore()
			var router *bot.Router
			if router, err = newRouter(cfg, a, log, metrics, st, newFetcher(cfg)); err == nil {
				late.Set(router)
			}
		}
	}
	if err != nil {
		stop()
		<-errc
		return err
	}
	// The article is indexed: ready.
	srv.SetReady(true)
	log.Info("serving interactions", "addr", ln.Addr().String(), "path", "/interactions",
		"article", a.Name, "paragraphs", len(a.Paragraphs))
	return <-errc
}

// maxConcurrentAnswers bounds the answers serve-http computes at once:
// one per CPU, as extractive answering is CPU work; in LLM mode an answer
// mostly waits for the model (up to OPENAI_TIMEOUT), so more may wait at
// once without adding CPU work.
func maxConcurrentAnswers(cfg config) int {
	n := runtime.GOMAXPROCS(0)
	if cfg.OpenAIKey != "" {
		n *= 8
	}
	return n
}

// httpSettings checks what serve-http needs beyond loadConfig, reporting
// every problem with its fix. Values are not echoed: a token pasted into
// the wrong variable must not reach a log.
func httpSettings(cfg config) (ed25519.PublicKey, error) {
	const where = "copy it from the Developer Portal (your application → General Information)"
	var errs []error
	var key ed25519.PublicKey
	switch b, err := hex.DecodeString(cfg.DiscordPublicKey); {
	case cfg.DiscordPublicKey == "":
		errs = append(errs, fmt.Errorf("DISCORD_PUBLIC_KEY is not set: %s, Public Key", where))
	case err != nil || len(b) != ed25519.PublicKeySize:
		errs = append(errs, fmt.Errorf("DISCORD_PUBLIC_KEY is not a public key (%d characters; it must be %d hex digits): %s, Public Key",
			len(cfg.DiscordPublicKey), 2*ed25519.PublicKeySize, where))
	default:
		key = b
	}
	// loadConfig reports a DISCORD_APP_ID that is not numeric.
	if cfg.DiscordAppID == "" {
		errs = append(errs, fmt.Errorf("DISCORD_APP_ID is not set: %s, Application ID", where))
	}
	return key, errors.Join(errs...)
}
