package main

import (
	"log/slog"

	"github.com/quotebot/quotebot/bot"
	"github.com/quotebot/quotebot/knowledge"
)

// newRouter builds the one Router both serving modes share: the article,
// the LLM asker when OPENAI_API_KEY is set (deferred, since a model may be
// slower than Discord's 3 seconds), the rate limits and the metrics (nil
// counts nothing).
func newRouter(cfg config, a *knowledge.Article, log *slog.Logger, m *bot.Metrics) (*bot.Router, error) {
	deps := bot.Deps{
		Article: a,
		Limits:  bot.Limits{UserPerMinute: cfg.RateUserPerMinute, GuildPerMinute: cfg.RateGuildPerMinute},
		Log:     log,
		Metrics: m,
	}
	var lm knowledge.Metrics
	if m != nil {
		lm = m
	}
	if g := groundedAsker(cfg, a, log, lm); g != nil {
		deps.Asker, deps.SlowAsker = g, true
		log.Info("LLM mode on", "model", cfg.OpenAIModel, "embeddings", cfg.OpenAIEmbeddingModel != "")
	}
	return bot.NewRouter(deps)
}
