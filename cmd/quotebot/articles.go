package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/quotebot/quotebot/ingest"
	"github.com/quotebot/quotebot/knowledge"
	"github.com/quotebot/quotebot/store"
)

// ingestOptions are the fetch limits the configuration allows.
func (c config) ingestOptions() ingest.Options {
	return ingest.Options{AllowPrivate: c.FetchAllowPrivate}
}

// ingestArticle loads src (a path or an http(s) URL) through ingest and
// parses it: the article, and the Doc it came from.
func ingestArticle(ctx context.Context, src string, cfg config) (*knowledge.Article, ingest.Doc, error) {
	d, err := ingest.Load(ctx, src, cfg.ingestOptions())
	if err != nil {
		if msg, ok := knowledge.UserMessage(err); ok {
			return nil, d, usagef("%s", msg)
		}
		return nil, d, err
	}
	name := src
	if !ingest.IsURL(src) {
		name = filepath.Base(src)
	}
	a, err := knowledge.Parse(name, d.Text)
	if err != nil {
		return nil, d, usagef("cannot use the article %q: %v", src, err)
	}
	return a, d, nil
}

// openStore opens the configured database (DATABASE_URL, else QUOTEBOT_DB).
func openStore(ctx context.Context, cfg config) (store.Store, error) {
	if cfg.storeDSN() == "" {
		return nil, usagef("no database: set QUOTEBOT_DB to a file path (HOME is not set, so there is no default) or DATABASE_URL to a postgres:// URL")
	}
	s, err := store.Open(ctx, cfg.storeDSN())
	if err != nil {
		return nil, fmt.Errorf("opening the database %s: %w", cfg.storeName(), err)
	}
	return s, nil
}

// articlesJSON is the `articles --json` shape.
type articlesJSON struct {
	Articles []articleJSON `json:"articles"`
	Bindings []bindingJSON `json:"bindings"`
}

type articleJSON struct {
	SHA256  string    `json:"sha256"`
	Title   string    `json:"title"`
	Source  string    `json:"source"`
	AddedBy string    `json:"added_by"`
	AddedAt time.Time `json:"added_at"`
}

type bindingJSON struct {
	GuildID string `json:"guild_id"`
	// ChannelID is null for a binding of the whole server.
	ChannelID *string   `json:"channel_id"`
	Scope     string    `json:"scope"` // "server" or "channel"
	SHA256    string    `json:"sha256"`
	Title     string    `json:"title"`
	SetBy     string    `json:"set_by"`
	SetAt     time.Time `json:"set_at"`
}

// bindJSON is the `articles bind --json` shape.
type bindJSON struct {
	GuildID    string  `json:"guild_id"`
	ChannelID  *string `json:"channel_id"`
	Scope      string  `json:"scope"`
	SHA256     string  `json:"sha256"`
	Title      string  `json:"title"`
	Source     string  `json:"source"`
	Paragraphs int     `json:"paragraphs"`
	Sentences  int     `json:"sentences"`
}

func runArticles(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "bind":
			return runArticlesBind(ctx, e, args[1:])
		case "unbind":
			return runArticlesUnbind(ctx, e, args[1:])
		case "list":
			args = args[1:]
		}
	}
	fs := flag.NewFlagSet("articles", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON object")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unknown articles subcommand %q: use 'articles', 'articles bind' or 'articles unbind'", rest[0])
	}
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return usagef("configuration: %v", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	s, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	arts, err := s.Articles(ctx)
	if err != nil {
		return err
	}
	binds, err := s.Bindings(ctx)
	if err != nil {
		return err
	}
	titles := map[string]string{}
	out := articlesJSON{Articles: []articleJSON{}, Bindings: []bindingJSON{}}
	for _, a := range arts {
		titles[a.SHA256] = a.Title
		out.Articles = append(out.Articles, articleJSON{SHA256: a.SHA256, Title: a.Title, Source: a.Source, AddedBy: a.AddedBy, AddedAt: a.AddedAt})
	}
	for _, b := range binds {
		ch, scope := channelJSON(b.ChannelID)
		out.Bindings = append(out.Bindings, bindingJSON{GuildID: b.GuildID, ChannelID: ch, Scope: scope, SHA256: b.SHA256, Title: titles[b.SHA256], SetBy: b.SetBy, SetAt: b.SetAt})
	}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "Database: %s\n", cfg.storeName())
	fmt.Fprintf(&sb, "Articles (%d):\n", len(out.Articles))
	for _, a := range out.Articles {
		fmt.Fprintf(&sb, "  %s  %s\n      from %s, added %s by %s\n", a.SHA256[:12], orNone(a.Title), orNone(a.Source), stampText(a.AddedAt), orNone(a.AddedBy))
	}
	fmt.Fprintf(&sb, "Bindings (%d):\n", len(out.Bindings))
	for _, b := range out.Bindings {
		where := "server " + b.GuildID
		if b.ChannelID != nil {
			where += " channel " + *b.ChannelID
		}
		fmt.Fprintf(&sb, "  %s → %s %s\n      set %s by %s\n", where, b.SHA256[:12], orNone(b.Title), stampText(b.SetAt), orNone(b.SetBy))
	}
	_, err = fmt.Fprint(e.stdout, sb.String())
	return err
}

func channelJSON(ch string) (*string, string) {
	if ch == "" {
		return nil, "server"
	}
	return &ch, "channel"
}

func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return "(none)"
	}
	return s
}

func stampText(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

// bindingFlags are --guild and --channel, checked as Discord IDs.
type bindingFlags struct {
	fs             *flag.FlagSet
	guild, channel *string
}

func newBindingFlags(name string) bindingFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	return bindingFlags{
		fs:      fs,
		guild:   fs.String("guild", "", "the server (guild) ID"),
		channel: fs.String("channel", "", "the channel ID; omitted: the whole server"),
	}
}

func (f bindingFlags) check(name string) (guild, channel string, err error) {
	guild, channel = strings.TrimSpace(*f.guild), strings.TrimSpace(*f.channel)
	if guild == "" {
		return "", "", usagef("%s needs --guild ID (the server's ID: right-click it with Developer Mode on, Copy Server ID)", name)
	}
	if !isSnowflake(guild) {
		return "", "", usagef("--guild %q is not a Discord ID (up to 20 digits)", guild)
	}
	if channel != "" && !isSnowflake(channel) {
		return "", "", usagef("--channel %q is not a Discord ID (up to 20 digits)", channel)
	}
	return guild, channel, nil
}

func runArticlesBind(ctx context.Context, e *env, args []string) error {
	f := newBindingFlags("articles bind")
	asJSON := f.fs.Bool("json", false, "print one JSON object")
	by := f.fs.String("by", "cli", "who is recorded as having set it")
	rest, err := parseFlags(f.fs, args)
	if err != nil {
		return err
	}
	guild, channel, err := f.check("articles bind")
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef("articles bind takes one PATH or URL (got %d arguments)", len(rest))
	}
	src := rest[0]
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return usagef("configuration: %v", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	// The whole article is fetched and parsed before anything is stored.
	a, d, err := ingestArticle(ctx, src, cfg)
	if err != nil {
		return err
	}
	title := d.Title
	if title == "" {
		title = a.Facts().Title
	}
	s, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	sha := store.SHA256(d.Text)
	if err := s.PutArticle(ctx, store.Article{SHA256: sha, Title: title, Source: src, Text: d.Text, AddedBy: *by}); err != nil {
		return err
	}
	if err := s.Bind(ctx, store.Binding{GuildID: guild, ChannelID: channel, SHA256: sha, SetBy: *by}); err != nil {
		return err
	}
	ch, scope := channelJSON(channel)
	out := bindJSON{GuildID: guild, ChannelID: ch, Scope: scope, SHA256: sha, Title: title, Source: src,
		Paragraphs: len(a.Paragraphs), Sentences: len(a.Sentences)}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	where := "server " + guild
	if channel != "" {
		where += " channel " + channel
	}
	_, err = fmt.Fprintf(e.stdout, "%s now uses %s (%d paragraphs, %d sentences, SHA-256 %s)\n",
		where, orNone(title), out.Paragraphs, out.Sentences, sha[:12])
	return err
}

func runArticlesUnbind(ctx context.Context, e *env, args []string) error {
	f := newBindingFlags("articles unbind")
	rest, err := parseFlags(f.fs, args)
	if err != nil {
		return err
	}
	guild, channel, err := f.check("articles unbind")
	if err != nil {
		return err
	}
	if err := noArgs("articles unbind", rest); err != nil {
		return err
	}
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return usagef("configuration: %v", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	s, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close()
	where, next := "server "+guild, "the default article"
	if channel != "" {
		where += " channel " + channel
		next = "the server's article, if it has one, else the default"
	}
	err = s.Unbind(ctx, guild, channel)
	switch {
	case errors.Is(err, store.ErrNotFound):
		_, err = fmt.Fprintf(e.stdout, "%s had no article of its own; it uses %s\n", where, next)
		return err
	case err != nil:
		return err
	}
	_, err = fmt.Fprintf(e.stdout, "%s now uses %s\n", where, next)
	return err
}
