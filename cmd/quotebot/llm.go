package main

import (
	"context"
	"log/slog"

	"github.com/quotebot/quotebot/knowledge"
	"github.com/quotebot/quotebot/knowledge/llm"
)

// groundedAsker returns the LLM-mode asker when OPENAI_API_KEY is set, and
// nil otherwise (extractive mode: nothing changes). Passage embeddings are
// cached under CacheDir so a restart costs no embedding calls. m may be nil.
func groundedAsker(cfg config, a *knowledge.Article, log *slog.Logger, m knowledge.Metrics) *knowledge.GroundedAsker {
	if cfg.OpenAIKey == "" {
		return nil
	}
	c := llm.New(llm.Options{
		APIKey: cfg.OpenAIKey, BaseURL: cfg.OpenAIBaseURL,
		Model: cfg.OpenAIModel, EmbeddingModel: cfg.OpenAIEmbeddingModel,
	})
	opt := knowledge.GroundedOptions{Timeout: cfg.OpenAITimeout, Logger: log, Metrics: m}
	if cfg.OpenAIEmbeddingModel != "" {
		opt.Embedder = c
		if cfg.CacheDir != "" {
			opt.PassageEmbedder = llm.NewEmbeddingCache(cfg.CacheDir, cfg.OpenAIEmbeddingModel, c, log)
		}
	}
	return knowledge.NewGroundedAsker(a, c, opt)
}

// cliAsker is the LLM-mode asker of a CLI subcommand, or nil without a
// key. It logs to stderr at LOG_LEVEL (a model failure is a warning), so
// stdout keeps exactly the subcommand's output.
func cliAsker(e *env, cfg config, a *knowledge.Article) *knowledge.GroundedAsker {
	return groundedAsker(cfg, a, newLogger(e.stderr, cfg.LogLevel), nil)
}

// answer answers a question in LLM mode when a key is configured, else
// extractively; both give the same Answer, so output shapes do not change.
// A model failure is logged as a warning on stderr and answered extractively.
func answer(ctx context.Context, e *env, cfg config, a *knowledge.Article, question string) (knowledge.Answer, error) {
	if g := cliAsker(e, cfg, a); g != nil {
		return g.Ask(ctx, question)
	}
	return a.Ask(question)
}
