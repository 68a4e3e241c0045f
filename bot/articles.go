package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/quotebot/quotebot/handlers"
	"github.com/quotebot/quotebot/knowledge"
)

// StoredArticle is an article as the store keeps it, by the SHA-256 of its
// text; stored articles are never edited.
type StoredArticle struct {
	SHA256, Title, Source, Text, AddedBy string
	AddedAt                              time.Time
}

// Binding says which article a channel (ChannelID "" = the whole server) uses.
type Binding struct {
	GuildID, ChannelID, SHA256, SetBy string
	SetAt                             time.Time
}

// ErrNotFound is what a Store returns for an article or binding it lacks.
var ErrNotFound = errors.New("not found")

// Store keeps articles and bindings (package store implements it over
// SQLite or PostgreSQL; cmd adapts it).
type Store interface {
	PutArticle(ctx context.Context, a StoredArticle) error
	Article(ctx context.Context, sha string) (StoredArticle, error)
	Articles(ctx context.Context) ([]StoredArticle, error)
	Bind(ctx context.Context, b Binding) error
	Unbind(ctx context.Context, guildID, channelID string) error
	Binding(ctx context.Context, guildID, channelID string) (Binding, error)
}

// stampLen is how much of an article's SHA-256 a button's custom ID
// carries: 12 hex digits, 48 bits, so that the longest custom ID ("more"
// with its page and shown sentences) stays under Discord's 100 characters.
const stampLen = 12

// stampPrefix marks the article stamp, the last part of a custom ID.
const stampPrefix = "@"

// grounded is one article with its routes: every handler bound to it.
type grounded struct {
	article       *knowledge.Article
	sha           string
	title, source string
	commands      map[commandKey]route
	buttons       map[string]route
}

// info describes g for /article.
func (g *grounded) info() handlers.ArticleInfo {
	return handlers.ArticleInfo{SHA256: g.sha, Title: g.title, Source: g.source, Paragraphs: len(g.article.Paragraphs), Sentences: len(g.article.Sentences)}
}

// place is where a request comes from: a DM has no guild; a thread has a parent.
type place struct{ guild, channel, parent string }

// library finds the article of a place: the one place where articles are
// resolved. It keeps parsed articles in a bounded LRU by SHA-256, each
// built once, and never evicts the default.
type library struct {
	store Store // nil: the default article everywhere
	def   *grounded
	cache *lru[*indexEntry]
	build func(a *knowledge.Article, sha string) *grounded
	now   func() time.Time
	log   *slog.Logger
}

// indexEntry is a cache slot; ready is closed once g or err is set, so
// concurrent requests for one SHA-256 parse it once.
type indexEntry struct {
	ready chan struct{}
	g     *grounded
	err   error
}

var _ handlers.ArticleShelf = (*library)(nil)

// noStore answers changes when the bot runs without a database.
var noStore = knowledge.Errorf(knowledge.EInvalid, "I run without a database here, so the article can't be changed from Discord.")

// binding returns the binding that applies to p and its scope
// (handlers.From*), or ok=false for the default.
func (l *library) binding(ctx context.Context, p place) (b Binding, scope string, ok bool, err error) {
	if l.store == nil || p.guild == "" {
		return Binding{}, handlers.FromDefault, false, nil
	}
	try := []struct{ channel, scope string }{{p.channel, handlers.FromChannel}, {p.parent, handlers.FromParent}, {"", handlers.FromServer}}
	for _, t := range try {
		if t.channel == "" && t.scope != handlers.FromServer {
			continue
		}
		b, err := l.store.Binding(ctx, p.guild, t.channel)
		switch {
		case err == nil:
			return b, t.scope, true, nil
		case !errors.Is(err, ErrNotFound):
			return Binding{}, "", false, fmt.Errorf("reading the article binding: %w", err)
		}
	}
	return Binding{}, handlers.FromDefault, false, nil
}

// shaAt returns the SHA-256 of the article that answers at p: this is
// where every command, button, mention and DM finds its article. The
// article itself is parsed later (bySHA), within the handler's deadline.
func (l *library) shaAt(ctx context.Context, p place) (string, error) {
	b, _, ok, err := l.binding(ctx, p)
	if err != nil {
		return "", err
	}
	if !ok {
		return l.def.sha, nil
	}
	return b.SHA256, nil
}

// bySHA returns the article with this SHA-256, parsing it at most once
// while it stays in the cache.
func (l *library) bySHA(ctx context.Context, sha string) (*grounded, error) {
	if sha == l.def.sha {
		return l.def, nil
	}
	return l.cached(ctx, sha, func() (*grounded, error) {
		if l.store == nil {
			return nil, ErrNotFound
		}
		sa, err := l.store.Article(ctx, sha)
		if err != nil {
			return nil, fmt.Errorf("loading article %s: %w", sha, err)
		}
		return l.parse(sha, sa.Title, sa.Source, sa.Text)
	})
}

// cached returns the cache's article for sha, building it once: other
// requests for it wait for the first (or for their own ctx).
func (l *library) cached(ctx context.Context, sha string, build func() (*grounded, error)) (*grounded, error) {
	e, fresh := l.cache.getOrPut(sha, func() *indexEntry { return &indexEntry{ready: make(chan struct{})} })
	if fresh {
		func() {
			defer func() {
				if p := recover(); p != nil {
					e.g, e.err = nil, fmt.Errorf("indexing article %s: panic: %v", sha, p)
				}
				if e.err != nil {
					l.cache.removeIf(sha, func(v *indexEntry) bool { return v == e }) // a failure is not remembered
				}
				close(e.ready) // even after a panic, so that nobody waits forever
			}()
			e.g, e.err = build()
			if e.err == nil {
				// An article's index costs memory in proportion to its text.
				l.cache.setWeight(sha, int64(len(e.g.article.Text)))
			}
		}()
	}
	select {
	case <-e.ready:
		return e.g, e.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (l *library) parse(sha, title, source, text string) (*grounded, error) {
	name := title
	if name == "" {
		name = source
	}
	a, err := knowledge.Parse(name, text)
	if err != nil {
		return nil, knowledge.Errorf(knowledge.EInvalid, "%s.", capitalize(err.Error()))
	}
	if title == "" {
		// A text file's title is its own opening heading.
		title = a.Facts().Title
	}
	if title != "" {
		a.Name = title // cited by its title rather than its URL
	}
	g := l.build(a, sha)
	g.title, g.source = title, source
	return g, nil
}

// byPrefix finds the article a button was made for from its stamp: in the
// cache, else among the stored articles.
func (l *library) byPrefix(ctx context.Context, prefix string) (*grounded, error) {
	if strings.HasPrefix(l.def.sha, prefix) {
		return l.def, nil
	}
	if sha, ok := l.cache.findKey(func(k string) bool { return strings.HasPrefix(k, prefix) }); ok {
		return l.bySHA(ctx, sha)
	}
	if l.store == nil {
		return nil, ErrNotFound
	}
	all, err := l.store.Articles(ctx)
	if err != nil {
		return nil, err
	}
	for _, a := range all {
		if strings.HasPrefix(a.SHA256, prefix) {
			return l.bySHA(ctx, a.SHA256)
		}
	}
	return nil, ErrNotFound
}

// Current says which article answers in a channel, and why.
func (l *library) Current(ctx context.Context, guildID, channelID, parentID string) (handlers.ArticleInfo, error) {
	b, scope, ok, err := l.binding(ctx, place{guildID, channelID, parentID})
	if err != nil {
		return handlers.ArticleInfo{}, err
	}
	if !ok {
		info := l.def.info()
		info.Scope = handlers.FromDefault
		return info, nil
	}
	info := handlers.ArticleInfo{SHA256: b.SHA256}
	if g, err := l.bySHA(ctx, b.SHA256); err == nil {
		info = g.info()
	}
	info.Scope, info.SetBy, info.SetAt = scope, b.SetBy, b.SetAt
	return info, nil
}

// Add indexes doc and, when it indexes, stores it.
func (l *library) Add(ctx context.Context, doc handlers.Doc, addedBy string) (handlers.ArticleInfo, error) {
	if l.store == nil {
		return handlers.ArticleInfo{}, noStore
	}
	sum := sha256.Sum256([]byte(doc.Text))
	sha := hex.EncodeToString(sum[:])
	g, err := l.cached(ctx, sha, func() (*grounded, error) {
		// The same text stored before keeps its first title and source.
		if sa, err := l.store.Article(ctx, sha); err == nil {
			return l.parse(sha, sa.Title, sa.Source, sa.Text)
		}
		return l.parse(sha, doc.Title, doc.Source, doc.Text)
	})
	if err != nil {
		return handlers.ArticleInfo{}, err
	}
	err = l.store.PutArticle(ctx, StoredArticle{SHA256: sha, Title: doc.Title, Source: doc.Source, Text: doc.Text, AddedBy: addedBy, AddedAt: l.now().UTC()})
	if err != nil {
		return handlers.ArticleInfo{}, fmt.Errorf("storing the article: %w", err)
	}
	return g.info(), nil
}

// Bind makes sha the article of a channel or ("" channel) of a server.
func (l *library) Bind(ctx context.Context, guildID, channelID, sha, setBy string) error {
	if l.store == nil {
		return noStore
	}
	if err := l.store.Bind(ctx, Binding{GuildID: guildID, ChannelID: channelID, SHA256: sha, SetBy: setBy, SetAt: l.now().UTC()}); err != nil {
		return fmt.Errorf("binding the article: %w", err)
	}
	l.log.Info("article set", "guild", guildID, "channel", channelID, "sha256", sha, "by", setBy)
	return nil
}

// Unbind removes a channel's (or the server's) own article; none is no error.
func (l *library) Unbind(ctx context.Context, guildID, channelID string) (bool, error) {
	if l.store == nil {
		return false, noStore
	}
	switch err := l.store.Unbind(ctx, guildID, channelID); {
	case errors.Is(err, ErrNotFound):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("removing the article binding: %w", err)
	}
	l.log.Info("article reset", "guild", guildID, "channel", channelID)
	return true, nil
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// stamp makes h's buttons carry the article's SHA-256 prefix, so a button
// pressed after its channel's article changed is answered from the article
// it was made for.
func stamp(h handlers.Handler, sha string) handlers.Handler {
	mark := stampPrefix + sha[:min(stampLen, len(sha))]
	return func(ctx context.Context, req handlers.Request) (handlers.Response, error) {
		resp, err := h(ctx, req)
		for i, b := range resp.Buttons {
			resp.Buttons[i].Args = append(append([]string{}, b.Args...), mark)
		}
		return resp, err
	}
}

// unstamp splits a button's arguments from its article stamp ("" when the
// button predates stamps).
func unstamp(args []string) ([]string, string) {
	if n := len(args); n > 0 && strings.HasPrefix(args[n-1], stampPrefix) {
		return args[:n-1], strings.TrimPrefix(args[n-1], stampPrefix)
	}
	return args, ""
}
