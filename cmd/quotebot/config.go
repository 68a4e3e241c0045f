package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/joho/godotenv"

	"github.com/quotebot/quotebot/store"
)

// config is every setting the program reads, from the environment and an
// optional .env file (the environment wins). It is read here and nowhere else.
type config struct {
	ArticlePath string // ARTICLE_PATH

	DiscordToken     string // DISCORD_TOKEN
	DiscordAppID     string // DISCORD_APP_ID
	DiscordGuildID   string // DISCORD_GUILD_ID
	DiscordAPIURL    string // DISCORD_API_URL
	DiscordPublicKey string // DISCORD_PUBLIC_KEY
	HTTPAddr         string // HTTP_ADDR
	// MetricsAddr (METRICS_ADDR), when set, is where /metrics (and in
	// gateway mode /healthz) is served, instead of on the public listener.
	MetricsAddr string

	RateUserPerMinute  float64 // RATE_USER_PER_MINUTE
	RateGuildPerMinute float64 // RATE_GUILD_PER_MINUTE
	LogLevel           string  // LOG_LEVEL

	OpenAIKey            string        // OPENAI_API_KEY
	OpenAIBaseURL        string        // OPENAI_BASE_URL
	OpenAIModel          string        // OPENAI_MODEL
	OpenAIEmbeddingModel string        // OPENAI_EMBEDDING_MODEL
	OpenAITimeout        time.Duration // OPENAI_TIMEOUT
	CacheDir             string        // QUOTEBOT_CACHE_DIR

	// DBPath is the SQLite file of stored articles and bindings
	// (QUOTEBOT_DB; default: the user data directory + /quotebot/quotebot.db).
	DBPath string
	// DatabaseURL is a postgres:// URL (DATABASE_URL); when set it wins over
	// DBPath, so that replicas share one database. It holds a password:
	// never print it.
	DatabaseURL string
	// FetchAllowPrivate lets article URLs reach internal addresses
	// (QUOTEBOT_FETCH_ALLOW_PRIVATE=1): tests and private deployments only.
	FetchAllowPrivate bool
}

// storeDSN is the database the store opens: DATABASE_URL, else QUOTEBOT_DB.
func (c config) storeDSN() string {
	if c.DatabaseURL != "" {
		return c.DatabaseURL
	}
	return c.DBPath
}

// storeName is the database for messages: DATABASE_URL without its password.
func (c config) storeName() string {
	if c.DatabaseURL == "" {
		return c.DBPath
	}
	u, err := url.Parse(c.DatabaseURL)
	if err != nil {
		return "DATABASE_URL"
	}
	u.User = nil
	u.RawQuery = ""
	return u.String()
}

// dotenvFile is the optional settings file, in the working directory.
const dotenvFile = ".env"

// maxDotenvBytes bounds .env: settings are a few hundred bytes.
const maxDotenvBytes = 1 << 20

// lookupFunc merges the process environment over a .env file. A .env that
// exists but cannot be read or parsed is an error naming the file and the
// line: one bad line would otherwise drop the whole file silently, and the
// settings it held would be reported missing.
func lookupFunc(getenv func(string) string) (func(string) string, error) {
	dot, err := readDotenv(dotenvFile)
	return func(k string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return dot[k]
	}, err
}

// readDotenv parses a .env file; a missing file is no settings and no error.
func readDotenv(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s cannot be read: %v", path, errors.Unwrap(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file: write the settings in a file, one KEY=value a line", path)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxDotenvBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s cannot be read: %v", path, err)
	}
	if len(b) > maxDotenvBytes {
		return nil, fmt.Errorf("%s is more than %s; it should hold a few KEY=value lines", path, byteSize(maxDotenvBytes))
	}
	m, err := godotenv.UnmarshalBytes(b)
	if err != nil {
		return nil, fmt.Errorf("%s:%d: %s: write one KEY=value a line (quote values holding spaces or #; # starts a comment)",
			path, dotenvErrorLine(b), dotenvReason(err))
	}
	return m, nil
}

// dotenvErrorLine finds the line of a .env parse error, which godotenv does
// not report: the line after the longest prefix of whole lines that parses.
// A later line cannot repair an earlier error, so every longer prefix fails.
func dotenvErrorLine(b []byte) int {
	lines := bytes.SplitAfter(b, []byte("\n"))
	lo, hi := 0, len(lines) // prefix of lo lines parses; of hi lines fails
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if _, err := godotenv.UnmarshalBytes(bytes.Join(lines[:mid], nil)); err == nil {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}

// dotenvReason is godotenv's reason without the text it quotes ("near
// ..."), which may hold a token.
func dotenvReason(err error) string {
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "unterminated quoted value"):
		return "a quoted value is not closed"
	case strings.HasPrefix(msg, "unexpected character"):
		msg, _, _ = strings.Cut(msg, " near ")
		return msg + " (a name may hold letters, digits, _ and .)"
	}
	return "not a KEY=value line"
}

// loadConfig reads and validates every setting, reporting all problems at
// once, each with its fix. Secrets never appear in the messages.
func loadConfig(getenv func(string) string) (config, error) {
	get, err := lookupFunc(getenv)
	var errs []error
	if err != nil {
		errs = append(errs, err)
	}
	c := config{
		ArticlePath:          get("ARTICLE_PATH"),
		DiscordToken:         strings.TrimPrefix(strings.TrimSpace(get("DISCORD_TOKEN")), "Bot "),
		DiscordAppID:         strings.TrimSpace(get("DISCORD_APP_ID")),
		DiscordGuildID:       strings.TrimSpace(get("DISCORD_GUILD_ID")),
		DiscordAPIURL:        strings.TrimSpace(get("DISCORD_API_URL")),
		DiscordPublicKey:     strings.TrimSpace(get("DISCORD_PUBLIC_KEY")),
		HTTPAddr:             strings.TrimSpace(get("HTTP_ADDR")),
		MetricsAddr:          strings.TrimSpace(get("METRICS_ADDR")),
		LogLevel:             strings.ToLower(strings.TrimSpace(get("LOG_LEVEL"))),
		OpenAIKey:            strings.TrimSpace(get("OPENAI_API_KEY")),
		OpenAIBaseURL:        strings.TrimSpace(get("OPENAI_BASE_URL")),
		OpenAIModel:          strings.TrimSpace(get("OPENAI_MODEL")),
		OpenAIEmbeddingModel: strings.TrimSpace(get("OPENAI_EMBEDDING_MODEL")),
		CacheDir:             strings.TrimSpace(get("QUOTEBOT_CACHE_DIR")),
	}
	if c.DiscordAPIURL == "" {
		c.DiscordAPIURL = "https://discord.com/"
	}
	if u, err := url.Parse(c.DiscordAPIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("DISCORD_API_URL %q is not an http(s) URL: set it to the base of Discord's REST API, e.g. https://discord.com/", c.DiscordAPIURL))
	}
	if c.MetricsAddr != "" {
		if _, port, err := net.SplitHostPort(c.MetricsAddr); err != nil || port == "" {
			errs = append(errs, fmt.Errorf("METRICS_ADDR %q is not a host:port: use e.g. 127.0.0.1:9090 (the metrics are then served only there)", c.MetricsAddr))
		}
	}
	if c.DiscordAppID != "" && !isSnowflake(c.DiscordAppID) {
		errs = append(errs, errors.New("DISCORD_APP_ID is not a numeric ID: copy it from the Developer Portal (your application → General Information), Application ID"))
	}
	if c.DiscordGuildID != "" && !isSnowflake(c.DiscordGuildID) {
		errs = append(errs, errors.New("DISCORD_GUILD_ID is not a numeric ID: right-click the server with Developer Mode on (User Settings → Advanced) and choose Copy Server ID"))
	}
	if c.HTTPAddr == "" {
		c.HTTPAddr = ":8080"
	}
	if c.LogLevel == "" {
		c.LogLevel = "info"
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("LOG_LEVEL %q is not one of debug, info, warn, error", c.LogLevel))
	}
	if c.OpenAIModel == "" {
		c.OpenAIModel = "gpt-4o-mini"
	}
	c.RateUserPerMinute = parseRate(get, "RATE_USER_PER_MINUTE", 6, &errs)
	c.RateGuildPerMinute = parseRate(get, "RATE_GUILD_PER_MINUTE", 60, &errs)
	c.OpenAITimeout = 10 * time.Second
	if v := strings.TrimSpace(get("OPENAI_TIMEOUT")); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			errs = append(errs, fmt.Errorf("OPENAI_TIMEOUT %q is not a positive duration: use a value such as 10s", v))
		} else {
			c.OpenAITimeout = d
		}
	}
	if c.OpenAIBaseURL != "" {
		if u, err := url.Parse(c.OpenAIBaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("OPENAI_BASE_URL %q is not an http(s) URL: set it to an OpenAI-compatible API base such as http://localhost:11434/v1", c.OpenAIBaseURL))
		}
	}
	if c.CacheDir == "" {
		if d, err := os.UserCacheDir(); err == nil {
			c.CacheDir = d + "/quotebot"
		}
	}
	c.DBPath = strings.TrimSpace(get("QUOTEBOT_DB"))
	if c.DBPath == "" {
		if p, err := store.DefaultPath(get); err == nil {
			c.DBPath = p
		} // else openStore says to set QUOTEBOT_DB, only if a database is needed
	}
	c.DatabaseURL = strings.TrimSpace(get("DATABASE_URL"))
	if c.DatabaseURL != "" && !store.IsPostgres(c.DatabaseURL) {
		// Not echoed: it may hold a password.
		errs = append(errs, errors.New("DATABASE_URL is not a postgres:// or postgresql:// URL: set it to postgres://user:password@host:5432/dbname, or unset it to use the SQLite file QUOTEBOT_DB"))
	}
	switch v := strings.ToLower(strings.TrimSpace(get("QUOTEBOT_FETCH_ALLOW_PRIVATE"))); v {
	case "", "0", "false", "no":
	case "1", "true", "yes":
		c.FetchAllowPrivate = true
	default:
		errs = append(errs, fmt.Errorf("QUOTEBOT_FETCH_ALLOW_PRIVATE %q is not 1 or 0: set it to 1 only for tests and private deployments", v))
	}
	return c, errors.Join(errs...)
}

// isSnowflake reports whether s is a Discord ID: up to 20 decimal digits.
func isSnowflake(s string) bool {
	return len(s) <= 20 && s != "" && strings.Trim(s, "0123456789") == ""
}

func parseRate(get func(string) string, key string, def float64, errs *[]error) float64 {
	v := strings.TrimSpace(get(key))
	if v == "" {
		return def
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f <= 0 {
		*errs = append(*errs, fmt.Errorf("%s %q is not a positive number of requests per minute", key, v))
		return def
	}
	return f
}
