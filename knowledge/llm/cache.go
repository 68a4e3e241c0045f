package llm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"sync"

	"github.com/quotebot/quotebot/knowledge"
)

// EmbeddingCache keeps passage embeddings on disk, keyed by model and the
// SHA-256 of each text, so a restart (or an unchanged sentence in an edited
// article) costs no API call.
type EmbeddingCache struct {
	path  string
	model string
	next  knowledge.Embedder
	log   *slog.Logger

	mu     sync.Mutex
	loaded bool
	vecs   map[string][]float32 // hex SHA-256 of text → vector
}

var _ knowledge.Embedder = (*EmbeddingCache)(nil)

// cacheFile is the on-disk form of one model's vectors.
type cacheFile struct {
	Model   string               `json:"model"`
	Vectors map[string][]float32 `json:"vectors"`
}

var unsafeNameRE = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// NewEmbeddingCache returns a cache in dir for model in front of next. A
// nil logger discards; a cache that cannot be written only costs API calls.
func NewEmbeddingCache(dir, model string, next knowledge.Embedder, log *slog.Logger) *EmbeddingCache {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	sum := sha256.Sum256([]byte(model))
	name := unsafeNameRE.ReplaceAllString(model, "_") + "-" + hex.EncodeToString(sum[:6]) + ".json"
	return &EmbeddingCache{path: filepath.Join(dir, "embeddings", name), model: model, next: next, log: log}
}

// Embed returns cached vectors and embeds only the texts not seen before.
func (c *EmbeddingCache) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.loaded {
		c.load()
	}
	keys := make([]string, len(texts))
	var missing []string
	queued := map[string]bool{}
	for i, t := range texts {
		sum := sha256.Sum256([]byte(t))
		keys[i] = hex.EncodeToString(sum[:])
		if _, ok := c.vecs[keys[i]]; !ok && !queued[keys[i]] {
			queued[keys[i]] = true
			missing = append(missing, t)
		}
	}
	if len(missing) > 0 {
		vecs, err := c.next.Embed(ctx, missing)
		if err != nil {
			return nil, err
		}
		if len(vecs) != len(missing) {
			return nil, fmt.Errorf("embedding cache: got %d vectors for %d texts", len(vecs), len(missing))
		}
		for i, t := range missing {
			sum := sha256.Sum256([]byte(t))
			c.vecs[hex.EncodeToString(sum[:])] = vecs[i]
		}
		if err := c.save(); err != nil {
			c.log.Warn("llm: embedding cache not saved", "path", c.path, "err", err)
		}
	}
	out := make([][]float32, len(texts))
	for i, k := range keys {
		out[i] = c.vecs[k]
	}
	return out, nil
}

// load reads the cache file; a missing, unreadable or foreign file means
// an empty cache.
func (c *EmbeddingCache) load() {
	c.loaded = true
	c.vecs = map[string][]float32{}
	b, err := os.ReadFile(c.path)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			c.log.Warn("llm: embedding cache not read", "path", c.path, "err", err)
		}
		return
	}
	var f cacheFile
	if err := json.Unmarshal(b, &f); err != nil || f.Model != c.model {
		c.log.Warn("llm: embedding cache ignored", "path", c.path, "err", err)
		return
	}
	for k, v := range f.Vectors {
		if len(v) > 0 {
			c.vecs[k] = v
		}
	}
}

// save writes the whole cache atomically (a temporary file, then rename).
func (c *EmbeddingCache) save() error {
	dir := filepath.Dir(c.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	b, err := json.Marshal(cacheFile{Model: c.model, Vectors: c.vecs})
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".embeddings-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), c.path)
}
