package main

import (
	"context"
	"errors"
	"log/slog"

	"github.com/quotebot/quotebot/bot"
	"github.com/quotebot/quotebot/handlers"
	"github.com/quotebot/quotebot/ingest"
	"github.com/quotebot/quotebot/store"
)

// openBotStore opens the database of articles and channel bindings that
// both serving modes share. Without a configured or default location (no
// QUOTEBOT_DB, DATABASE_URL or home directory) the bot serves the default
// article everywhere and says so in the log; a database that is configured
// but cannot be opened is an error.
func openBotStore(ctx context.Context, cfg config, log *slog.Logger) (bot.Store, func(), error) {
	if cfg.storeDSN() == "" {
		log.Warn("no database: /article cannot change the article; set QUOTEBOT_DB or DATABASE_URL")
		return nil, func() {}, nil
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	log.Info("article database open", "database", cfg.storeName())
	return storeAdapter{st}, func() {
		if err := st.Close(); err != nil {
			log.Warn("closing the article database", "err", err)
		}
	}, nil
}

// storeAdapter presents a store.Store as the bot's Store, which bot
// declares itself so that it depends on no database package.
type storeAdapter struct{ s store.Store }

var _ bot.Store = storeAdapter{}

// notFound maps the store's ErrNotFound to the bot's.
func notFound(err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return errors.Join(bot.ErrNotFound, err)
	}
	return err
}

func (a storeAdapter) PutArticle(ctx context.Context, x bot.StoredArticle) error {
	return notFound(a.s.PutArticle(ctx, store.Article(x)))
}

func (a storeAdapter) Article(ctx context.Context, sha string) (bot.StoredArticle, error) {
	x, err := a.s.Article(ctx, sha)
	return bot.StoredArticle(x), notFound(err)
}

func (a storeAdapter) Articles(ctx context.Context) ([]bot.StoredArticle, error) {
	xs, err := a.s.Articles(ctx)
	out := make([]bot.StoredArticle, len(xs))
	for i, x := range xs {
		out[i] = bot.StoredArticle(x)
	}
	return out, notFound(err)
}

func (a storeAdapter) Bind(ctx context.Context, b bot.Binding) error {
	return notFound(a.s.Bind(ctx, store.Binding(b)))
}

func (a storeAdapter) Unbind(ctx context.Context, guildID, channelID string) error {
	return notFound(a.s.Unbind(ctx, guildID, channelID))
}

func (a storeAdapter) Binding(ctx context.Context, guildID, channelID string) (bot.Binding, error) {
	b, err := a.s.Binding(ctx, guildID, channelID)
	return bot.Binding(b), notFound(err)
}

// newFetcher downloads articles for /article set through ingest: http(s)
// only, 10 seconds, 5 MiB, 5 redirects, no internal address unless
// QUOTEBOT_FETCH_ALLOW_PRIVATE=1.
func newFetcher(cfg config) handlers.ArticleFetcher {
	return fetcher{ingest.Options{AllowPrivate: cfg.FetchAllowPrivate, MaxBytes: handlers.MaxFetchBytes, Timeout: ingest.DefaultTimeout}}
}

type fetcher struct{ opt ingest.Options }

var _ handlers.ArticleFetcher = fetcher{}

// Fetch loads an http(s) URL; it never reads a local path, whatever a
// moderator types.
func (f fetcher) Fetch(ctx context.Context, url string) (handlers.Doc, error) {
	d, err := ingest.LoadURL(ctx, url, f.opt)
	if err != nil {
		return handlers.Doc{}, err
	}
	return handlers.Doc{Title: d.Title, Source: d.Source, Text: d.Text}, nil
}
