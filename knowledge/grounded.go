package knowledge

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/quotebot/quotebot/knowledge/prompt"
	"github.com/quotebot/quotebot/knowledge/retrieval"
	"github.com/quotebot/quotebot/knowledge/verify"
)

// Passage is one candidate sentence handed to a model, under a stable ID
// (prompt.Passage: ID "S12", Sentence an index of Article.Sentences, Text
// the verbatim sentence).
type Passage = prompt.Passage

// GroundedPrompt is everything a Generator sends to a model.
type GroundedPrompt struct {
	// Instructions are the rules (the system message).
	Instructions string
	// Input is the user message: the passages, one "[ID] text" line each,
	// then the question delimited as user data.
	Input string
	// Passages are the candidates listed in Input.
	Passages []Passage
	// Question is the cleaned question ("" for a summary).
	Question string
}

// GroundedReply is a model's structured reply. It is untrusted: nothing in
// it is shown before it is verified against the article.
type GroundedReply struct {
	Answerable bool
	Answer     string
	Citations  []string
}

// Generator asks a model for a structured reply. Implementations return an
// error for any reply that is not well-formed JSON of the agreed shape,
// including refusals.
type Generator interface {
	Generate(ctx context.Context, p GroundedPrompt) (GroundedReply, error)
}

// Embedder turns texts into vectors, one per text, in order.
type Embedder interface {
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// Metrics counts what grounded mode does; see the Event constants.
type Metrics interface {
	Inc(event string)
}

// Events counted through Metrics.
const (
	EventAnswered        = "llm.answered"           // a verified model answer
	EventAbstained       = "llm.abstained"          // the model said the article doesn't say
	EventCacheHit        = "llm.cache_hit"          // answered from the answer cache
	EventFallback        = "llm.fallback"           // any extractive fallback (also counted by reason below)
	EventFallbackTimeout = "llm.fallback.timeout"   // the model did not answer in time
	EventFallbackError   = "llm.fallback.error"     // HTTP error, non-JSON, refusal…
	EventFallbackInvalid = "llm.fallback.invalid"   // empty answer or no valid citation
	EventCitationDropped = "llm.citation_dropped"   // a citation that names no passage given
	EventQuoteUnmarked   = "llm.quote_unmarked"     // quotation marks removed from prose
	EventProseDropped    = "llm.prose_dropped"      // prose replaced by the plain lead-in
	EventEmbeddingFailed = "llm.embedding_failed"   // retrieval by meaning skipped
	EventNoPassages      = "llm.skipped_no_passage" // nothing retrieved: no model call
)

// GroundedOptions configure a GroundedAsker. Zero values are sensible.
type GroundedOptions struct {
	// Timeout bounds the model's whole part of one question, embedding and
	// retries included (default 10s). The extractive fallback comes after.
	Timeout time.Duration
	// Embedder embeds questions for retrieval by meaning; nil means lexical
	// retrieval only.
	Embedder Embedder
	// PassageEmbedder embeds the article's sentences (typically a disk cache
	// in front of Embedder); nil means Embedder.
	PassageEmbedder Embedder
	// Candidates is how many passages the model sees (default 8).
	Candidates int
	// CacheSize bounds the answer cache (default 256; negative disables it).
	CacheSize int
	// Logger receives one line per fallback (default: discard).
	Logger *slog.Logger
	// Metrics counts events (default: none).
	Metrics Metrics
}

// GroundedAsker answers with a model's help while staying exactly as
// grounded as Article.Ask: the model only picks passages by ID and writes
// prose; every quote shown is taken from the article by ID, and any failure
// falls back to the extractive answer. It is safe for concurrent use.
type GroundedAsker struct {
	a    *Article
	gen  Generator
	opt  GroundedOptions
	fold *verify.Text

	mu   sync.Mutex
	vecs [][]float32 // one per sentence; nil until embedded

	cache *answerCache
}

// NewGroundedAsker returns an asker over a using g.
func NewGroundedAsker(a *Article, g Generator, opt GroundedOptions) *GroundedAsker {
	if opt.Timeout <= 0 {
		opt.Timeout = 10 * time.Second
	}
	if opt.Candidates <= 0 {
		opt.Candidates = 8
	}
	if opt.CacheSize == 0 {
		opt.CacheSize = 256
	}
	if opt.PassageEmbedder == nil {
		opt.PassageEmbedder = opt.Embedder
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	return &GroundedAsker{a: a, gen: g, opt: opt, fold: newFoldedText(a), cache: newAnswerCache(opt.CacheSize)}
}

func (g *GroundedAsker) inc(event string) {
	if g.opt.Metrics != nil {
		g.opt.Metrics.Inc(event)
	}
}

// answerLeadIn introduces verified quotes when there is no usable prose.
const answerLeadIn = "Here is what the article says:"

// errInvalidReply marks a well-formed reply that cannot be shown.
var errInvalidReply = errors.New("invalid model reply")

// Ask answers a question. It returns the same Answer as Article.Ask, and
// the same *Error for bad input; a model failure is never an error, only
// a fallback to the extractive answer within Timeout.
func (g *GroundedAsker) Ask(ctx context.Context, question string) (Answer, error) {
	q, err := CleanQuestion(question)
	if err != nil {
		return Answer{}, err
	}
	// The extractive answer is the fallback, and its abstention (with its
	// reason and closest passage) is reused when the model abstains too.
	extractive, err := g.a.Ask(q)
	if err != nil {
		return Answer{}, err
	}
	key := normalizeQuestion(q)
	if ans, ok := g.cache.get(key); ok {
		g.inc(EventCacheHit)
		ans.Question = q
		return ans, nil
	}
	mctx, cancel := context.WithTimeout(ctx, g.opt.Timeout)
	defer cancel()
	passages := g.candidates(mctx, q)
	if len(passages) == 0 {
		g.inc(EventNoPassages)
		return extractive, nil
	}
	reply, err := withDeadline(mctx, func(ctx context.Context) (GroundedReply, error) {
		return g.gen.Generate(ctx, answerPrompt(g.a, passages, q))
	})
	if err == nil {
		var ans Answer
		if ans, err = g.verifyAnswer(q, passages, reply, extractive); err == nil {
			g.cache.put(key, ans)
			return ans, nil
		}
	}
	g.fallback(mctx, err)
	return extractive, nil
}

// fallback logs and counts why the model's answer is not used.
func (g *GroundedAsker) fallback(mctx context.Context, err error) {
	reason := EventFallbackError
	switch {
	case errors.Is(err, errInvalidReply):
		reason = EventFallbackInvalid
	case mctx.Err() != nil:
		reason = EventFallbackTimeout
	}
	g.inc(EventFallback)
	g.inc(reason)
	g.opt.Logger.Warn("llm: answering extractively", "reason", strings.TrimPrefix(reason, EventFallback+"."), "err", err)
}

// withDeadline runs f and returns when it does or when ctx ends, whichever
// comes first, so a misbehaving adapter cannot hold up the answer.
func withDeadline[T any](ctx context.Context, f func(context.Context) (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	ch := make(chan result, 1)
	go func() {
		v, err := f(ctx)
		ch <- result{v, err}
	}()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// candidates returns the passages for q in article order: the best fused
// hits, each with the sentence before it when it needs its antecedent.
func (g *GroundedAsker) candidates(ctx context.Context, q string) []Passage {
	k := g.opt.Candidates
	lists := [][]int{hitSentences(g.a.Search(q, 2*k))}
	if g.opt.Embedder != nil {
		sem, err := g.semantic(ctx, q, 2*k)
		if err != nil {
			g.inc(EventEmbeddingFailed)
			g.opt.Logger.Warn("llm: retrieval by meaning skipped", "err", err)
		}
		lists = append(lists, sem)
	}
	seen := map[int]bool{}
	for _, h := range retrieval.FuseRanks(k, lists...) {
		seen[h.Doc] = true
		if s := g.a.Sentences[h.Doc]; s.LeadingPronoun && h.Doc > 0 && g.a.Sentences[h.Doc-1].Paragraph == s.Paragraph {
			seen[h.Doc-1] = true
		}
	}
	idx := make([]int, 0, len(seen))
	for i := range seen {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	out := make([]Passage, len(idx))
	for n, i := range idx {
		out[n] = Passage{ID: fmt.Sprintf("S%d", i), Sentence: i, Text: g.a.Sentences[i].Text}
	}
	return out
}

// hitSentences returns the sentences of hits, in order.
func hitSentences(hits []Hit) []int {
	out := make([]int, len(hits))
	for i, h := range hits {
		out[i] = h.Sentence
	}
	return out
}

// semantic returns the k sentences closest to the question's embedding by
// cosine similarity, best first. Passage vectors are computed once and kept.
func (g *GroundedAsker) semantic(ctx context.Context, q string, k int) ([]int, error) {
	vecs, err := g.passageVectors(ctx)
	if err != nil {
		return nil, fmt.Errorf("passage embeddings: %w", err)
	}
	qv, err := withDeadline(ctx, func(ctx context.Context) ([][]float32, error) {
		return g.opt.Embedder.Embed(ctx, []string{q})
	})
	if err != nil {
		return nil, fmt.Errorf("question embedding: %w", err)
	}
	if len(qv) != 1 {
		return nil, fmt.Errorf("question embedding: got %d vectors for 1 text", len(qv))
	}
	var out []int
	for _, h := range retrieval.RankByVector(qv[0], vecs, k) {
		out = append(out, h.Doc)
	}
	return out, nil
}

func (g *GroundedAsker) passageVectors(ctx context.Context) ([][]float32, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.vecs != nil {
		return g.vecs, nil
	}
	texts := make([]string, len(g.a.Sentences))
	for i, s := range g.a.Sentences {
		texts[i] = s.Text
	}
	vecs, err := withDeadline(ctx, func(ctx context.Context) ([][]float32, error) {
		return g.opt.PassageEmbedder.Embed(ctx, texts)
	})
	if err != nil {
		return nil, err
	}
	if len(vecs) != len(texts) {
		return nil, fmt.Errorf("got %d vectors for %d sentences", len(vecs), len(texts))
	}
	g.vecs = vecs
	return vecs, nil
}

// verifyAnswer turns a reply into an Answer whose quotes come from the
// article by ID. It returns errInvalidReply when nothing shown would be
// grounded. When the model abstains, so does the answer: the extractive
// abstention when there is one (it says why), else the plain one.
func (g *GroundedAsker) verifyAnswer(q string, passages []Passage, r GroundedReply, extractive Answer) (Answer, error) {
	if !r.Answerable {
		g.inc(EventAbstained)
		if !extractive.Answered {
			return extractive, nil
		}
		return Answer{Question: q, Text: NotCoveredText, Outcome: OutcomeNotCovered, Confidence: extractive.Confidence}, nil
	}
	if strings.TrimSpace(r.Answer) == "" {
		return Answer{}, fmt.Errorf("%w: empty answer", errInvalidReply)
	}
	ids, dropped := prompt.ResolveCitations(r.Citations, passages)
	for range dropped {
		g.inc(EventCitationDropped)
	}
	if len(dropped) > 0 {
		g.opt.Logger.Info("llm: dropped citations that name no passage given", "citations", dropped)
	}
	// The model's answer keeps the extractive engine's confidence: it is the
	// calibrated figure we have.
	ans := Answer{Question: q, Answered: true, Outcome: OutcomeAnswered, Confidence: extractive.Confidence}
	for _, i := range ids {
		qt := g.a.QuoteOf(i)
		if overlapsAny(qt, ans.Quotes) {
			continue
		}
		ans.Quotes = append(ans.Quotes, qt)
		if len(ans.Quotes) == 3 {
			break
		}
	}
	if len(ans.Quotes) == 0 {
		return Answer{}, fmt.Errorf("%w: no citation names a passage given", errInvalidReply)
	}
	prose, unmarked, ok := g.fold.Prose(prompt.StripMarkers(r.Answer), q)
	for range unmarked {
		g.inc(EventQuoteUnmarked)
	}
	if !ok || prose == "" {
		g.inc(EventProseDropped)
		prose = answerLeadIn
	}
	ans.Text = prose
	g.inc(EventAnswered)
	return ans, nil
}

func overlapsAny(q Quote, qs []Quote) bool {
	for _, o := range qs {
		if q.Start < o.End && o.Start < q.End {
			return true
		}
	}
	return false
}

// answerPrompt builds the prompt for question q over passages.
func answerPrompt(a *Article, passages []Passage, q string) GroundedPrompt {
	return GroundedPrompt{Instructions: prompt.AnswerInstructions, Input: prompt.AnswerInput(a.Name, passages, q), Passages: passages, Question: q}
}
