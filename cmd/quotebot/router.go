package main

import (
	"log/slog"

	"github.com/quotebot/quotebot/bot"
	"github.com/quotebot/quotebot/handlers"
	"github.com/quotebot/quotebot/knowledge"
)

// newRouter builds the one Router both serving modes share: the article,
// the LLM asker when OPENAI_API_KEY is set (deferred, since a model may be
// slower than Discord's 3 seconds), the rate limits and the metrics (nil
// counts nothing).
//
// st (nil: none) keeps the articles moderators set with /article, which
// fetch downloads.
func newRouter(cfg config, a *knowledge.Article, log *slog.Logger, m *bot.Metrics, st bot.Store, fetch handlers.ArticleFetcher) (*bot.Router, error) {
	deps := bot.Deps{
		Article: a,
		Limits:  bot.Limits{UserPerMinute: cfg.RateUserPerMinute, GuildPerMinute: cfg.RateGuildPerMinute},
		Log:     log,
		Metrics: m,
		Store:   st,
		Fetcher: fetch,
	}
	var lm knowledge.Metrics
	if m != nil {
		lm = m
	}
	if g := groundedAsker(cfg, a, log, lm); g != nil {
		deps.Asker, deps.SlowAsker = g, true
		// Every other article a channel uses is answered the same way.
		deps.NewAsker = func(other *knowledge.Article) handlers.Asker {
			if g := groundedAsker(cfg, other, log, lm); g != nil {
				return g
			}
			return handlers.Extractive{Article: other}
		}
		log.Info("LLM mode on", "model", cfg.OpenAIModel, "embeddings", cfg.OpenAIEmbeddingModel != "")
	}
	return bot.NewRouter(deps)
}
