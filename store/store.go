// Package store keeps the articles moderators choose and which channel uses
// which, in SQLite (the default: one file, no server) or in PostgreSQL (when
// several replicas must agree). Both sit behind the one Store interface and
// pass the same test suite (package storetest).
//
// Articles are stored by the SHA-256 of their text and never edited in place:
// a binding names an article by its hash, so a reply made for one article can
// always find it again after its channel moved on.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Article is one stored article. SHA256 is the lower-case hex SHA-256 of Text.
type Article struct {
	SHA256  string
	Title   string
	Source  string // where it came from: a URL, a file name, an attachment
	Text    string
	AddedBy string // who added it: a Discord user ID, "cli", …
	AddedAt time.Time
}

// Binding says which article a channel uses. ChannelID "" is the whole
// server (guild).
type Binding struct {
	GuildID   string
	ChannelID string
	SHA256    string
	SetBy     string
	SetAt     time.Time
}

// ErrNotFound is returned (possibly wrapped) when an article or a binding
// does not exist. Test with errors.Is.
var ErrNotFound = errors.New("not found")

// Store is where articles and bindings live. Every method is safe for
// concurrent use, and several Stores on the same database (replicas) see each
// other's writes as soon as the call returns.
type Store interface {
	// PutArticle stores a, idempotently by SHA256: storing the same text again
	// changes nothing (the first title, source and adder are kept). A.SHA256
	// must be the hex SHA-256 of a.Text; a zero AddedAt means now.
	PutArticle(ctx context.Context, a Article) error
	// Article returns the article with this hash, or ErrNotFound.
	Article(ctx context.Context, sha string) (Article, error)
	// Articles lists every article, oldest first, without their Text.
	Articles(ctx context.Context) ([]Article, error)
	// Bind sets the article of (b.GuildID, b.ChannelID), replacing any
	// binding there. The article must be stored already (else ErrNotFound);
	// a zero SetAt means now.
	Bind(ctx context.Context, b Binding) error
	// Unbind removes the binding of (guild, channel); ErrNotFound when there
	// was none (nothing changes then).
	Unbind(ctx context.Context, guildID, channelID string) error
	// Binding returns the binding of (guild, channel) exactly (no fallback
	// from a channel to its server: that is the caller's policy), or
	// ErrNotFound.
	Binding(ctx context.Context, guildID, channelID string) (Binding, error)
	// Bindings lists every binding by guild, then channel ("" first).
	Bindings(ctx context.Context) ([]Binding, error)
	// Close releases the database.
	Close() error
}

// SHA256 returns the hex SHA-256 of text, the key an Article is stored by
// (the same as knowledge.Facts.SHA256).
func SHA256(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// IsPostgres reports whether dsn names a PostgreSQL database
// ("postgres://…" or "postgresql://…") rather than a SQLite file.
func IsPostgres(dsn string) bool {
	l := strings.ToLower(dsn)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// Open opens (creating and migrating as needed) the store dsn names: a
// "postgres://" or "postgresql://" URL for PostgreSQL, anything else the path
// of a SQLite file (its directory is created).
func Open(ctx context.Context, dsn string) (Store, error) {
	if strings.TrimSpace(dsn) == "" {
		return nil, errors.New("store: no database given: set QUOTEBOT_DB to a file path or DATABASE_URL to a postgres:// URL")
	}
	if IsPostgres(dsn) {
		return openPostgres(ctx, dsn)
	}
	return openSQLite(ctx, dsn)
}

// DefaultPath is where the SQLite database lives when none is configured: the
// user data directory + "/quotebot/quotebot.db". The data directory is
// $XDG_DATA_HOME, else ~/.local/share on Linux and other Unixes,
// ~/Library/Application Support on macOS and %LocalAppData% on Windows (not
// the config directory: this is data the program writes). getenv is how the
// environment is read (os.Getenv in main), so that tests can pass their own.
func DefaultPath(getenv func(string) string) (string, error) {
	dir, err := dataDir(getenv, runtime.GOOS)
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "quotebot", "quotebot.db"), nil
}

func dataDir(getenv func(string) string, goos string) (string, error) {
	switch goos {
	case "windows":
		if d := getenv("LocalAppData"); d != "" {
			return d, nil
		}
		return "", errors.New("%LocalAppData% is not set: set QUOTEBOT_DB to the database file")
	case "darwin", "ios":
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support"), nil
		}
	default:
		if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
			return d, nil
		}
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, ".local", "share"), nil
		}
	}
	return "", errors.New("$HOME is not set: set QUOTEBOT_DB to the database file")
}

// validSHA reports whether s is 64 lower-case hex digits.
func validSHA(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

func checkArticle(a Article) error {
	if !validSHA(a.SHA256) {
		return fmt.Errorf("store: article hash %q is not 64 lower-case hex digits", a.SHA256)
	}
	if got := SHA256(a.Text); got != a.SHA256 {
		return fmt.Errorf("store: article hash %s does not match its text (%s)", short(a.SHA256), short(got))
	}
	return nil
}

func checkBinding(b Binding) error {
	if strings.TrimSpace(b.GuildID) == "" {
		return errors.New("store: a binding needs a guild ID")
	}
	if !validSHA(b.SHA256) {
		return fmt.Errorf("store: binding hash %q is not 64 lower-case hex digits", b.SHA256)
	}
	return nil
}

func short(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	return sha
}

// stamp is the time as stored: UTC, to the microsecond (PostgreSQL's
// resolution), now when zero, so both stores give back the same value.
func stamp(t time.Time, now func() time.Time) time.Time {
	if t.IsZero() {
		t = now()
	}
	return t.UTC().Truncate(time.Microsecond)
}
