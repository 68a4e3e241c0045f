package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/quotebot/quotebot/bot"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	article := fs.String("article", "", "path of a plain-text, Markdown or HTML article, or an http(s) URL")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("serve takes no arguments")
	}
	cfg, err := discordConfig(e, true)
	if err != nil {
		return err
	}
	a, err := loadArticle(ctx, *article, cfg)
	if err != nil {
		return err
	}
	log := newLogger(e.stderr, cfg.LogLevel)
	st, closeStore, err := openBotStore(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer closeStore()
	metrics := bot.NewMetrics()
	router, err := newRouter(cfg, a, log, metrics, st, newFetcher(cfg))
	if err != nil {
		return err
	}
	// discordgo's logger is package-level: set once, here (see bot).
	defer bot.RouteDiscordgoLogs(log)()
	log.Info("starting", "article", a.Name, "api", cfg.DiscordAPIURL)
	gw := &bot.Gateway{Token: cfg.DiscordToken, Router: router, Log: log, Metrics: metrics}
	if cfg.MetricsAddr != "" {
		ln, err := listenOps(cfg.MetricsAddr)
		if err != nil {
			return err
		}
		octx, stop := context.WithCancel(ctx)
		wait := serveOps(octx, ln, opsHandler(metrics, gatewayOpsRoutes(gw)), log)
		defer func() { stop(); wait() }()
	}
	// A fatal gateway error (a reset token, disallowed intents, the day's
	// session starts used up) ends serve with exit code 1, so a
	// supervisor notices.
	return gw.Run(ctx)
}

// gatewayOpsRoutes are the routes gateway mode adds to METRICS_ADDR beside
// /metrics: /healthz, 200 while the gateway is connected, 503 otherwise.
func gatewayOpsRoutes(gw *bot.Gateway) map[string]http.Handler {
	return map[string]http.Handler{"GET /healthz": gw.Health()}
}

// discordConfig loads the configuration for a command that talks to
// Discord, reporting every problem at once, each with its fix, and points
// the Discord client at DISCORD_API_URL.
func discordConfig(e *env, needToken bool) (config, error) {
	cfg, err := loadConfig(e.getenv)
	var errs []error
	if err != nil {
		errs = append(errs, err)
	}
	switch {
	case needToken && cfg.DiscordToken == "":
		errs = append(errs, errors.New("DISCORD_TOKEN is not set: copy the token from the Bot page of your application in the Discord Developer Portal into .env or the environment"))
	case strings.ContainsAny(cfg.DiscordToken, " \t\r\n"):
		errs = append(errs, errors.New("DISCORD_TOKEN contains white space: paste the token exactly as the Developer Portal shows it"))
	}
	if len(errs) > 0 {
		return cfg, usagef("configuration: %s", strings.ReplaceAll(errors.Join(errs...).Error(), "\n", "; "))
	}
	if err := bot.UseAPI(cfg.DiscordAPIURL); err != nil {
		return cfg, usagef("configuration: %v", err)
	}
	return cfg, nil
}

// newLogger writes structured JSON lines at the configured level. A
// duration is written in milliseconds under its key plus "_ms" (slog would
// write nanoseconds), whoever logs it.
func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l, ReplaceAttr: durationsInMS}))
}

// durationsInMS rewrites a duration attribute as milliseconds.
func durationsInMS(_ []string, a slog.Attr) slog.Attr {
	if a.Value.Kind() != slog.KindDuration {
		return a
	}
	key := a.Key
	if !strings.HasSuffix(key, "_ms") {
		key += "_ms"
	}
	return slog.Float64(key, float64(a.Value.Duration())/float64(time.Millisecond))
}

// appID is DISCORD_APP_ID, or asked of Discord with the token.
func appID(cfg config) (string, error) {
	if cfg.DiscordAppID != "" {
		return cfg.DiscordAppID, nil
	}
	if cfg.DiscordToken == "" {
		return "", usagef("set DISCORD_APP_ID (the Application ID on the General Information page of the Developer Portal), or DISCORD_TOKEN so it can be looked up")
	}
	id, err := bot.ApplicationID(cfg.DiscordToken)
	if err != nil {
		return "", fmt.Errorf("learning the application ID (or set DISCORD_APP_ID): %w", err)
	}
	return id, nil
}
