package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/quotebot/quotebot/ingest"
	"github.com/quotebot/quotebot/knowledge"
)

// parseFlags parses flags that may come before, between or after the
// positional arguments ("ask 'question' --json"), and "--" ends flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, usagef("%s", flagUsage(fs))
			}
			return nil, usagef("%v (%s)", err, flagUsage(fs))
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if i := len(args) - len(rest) - 1; i >= 0 && args[i] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func flagUsage(fs *flag.FlagSet) string {
	var parts []string
	fs.VisitAll(func(f *flag.Flag) { parts = append(parts, "--"+f.Name) })
	return "flags: " + strings.Join(parts, ", ")
}

// loadArticle returns the article at path (the --article flag, else
// ARTICLE_PATH), or the embedded one. An http(s) URL or an HTML file goes
// through ingest (readability, fetch limits). A file is read through a
// limit, so a device or a pipe without end (/dev/zero, a FIFO) is refused
// once it passes knowledge.MaxArticleBytes, and loading stops when ctx is
// cancelled.
func loadArticle(ctx context.Context, path string, cfg config) (*knowledge.Article, error) {
	if path == "" {
		path = cfg.ArticlePath
	}
	if path == "" {
		return knowledge.Default(), nil
	}
	if ingest.IsURL(path) || ingest.IsHTMLName(path) {
		a, _, err := ingestArticle(ctx, path, cfg)
		return a, err
	}
	b, st, err := readFileLimited(ctx, path, knowledge.MaxArticleBytes)
	if tl, ok := errors.AsType[tooLargeError](err); ok {
		return nil, usagef("the article %q is %v; use a plain-text or Markdown article of at most %s", path, tl, byteSize(knowledge.MaxArticleBytes))
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("loading the article %q: %w", path, ctx.Err())
	}
	if err != nil {
		if pe, ok := errors.AsType[*fs.PathError](err); ok {
			err = pe.Err
		}
		return nil, usagef("cannot read the article %q: %v", path, err)
	}
	a, err := knowledge.Parse(filepath.Base(path), string(b))
	if err != nil {
		return nil, usagef("cannot use the article %q: %v", path, err)
	}
	a.Name = articleName(path, st, a.Facts().Title)
	return a, nil
}

// setup loads the configuration and the article, the first steps of most
// subcommands.
func setup(e *env, articlePath string) (config, *knowledge.Article, error) {
	ctx := e.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return cfg, nil, usagef("configuration: %v", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	a, err := loadArticle(ctx, articlePath, cfg)
	return cfg, a, err
}

// writeJSON prints v as one indented JSON object without HTML escaping.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// userError turns a knowledge *Error into a usage error (exit 2).
func userError(err error) error {
	if msg, ok := knowledge.UserMessage(err); ok {
		return usagef("%s", msg)
	}
	return err
}

func sectionLabel(s string) string {
	if s == "" {
		return "Lead"
	}
	return s
}

func citation(paragraph int, section string) string {
	return fmt.Sprintf("¶%d · %s", paragraph, sectionLabel(section))
}

// articleFlags are the flags of the subcommands that read the article:
// --article always, --json where the subcommand has a JSON form.
type articleFlags struct {
	fs      *flag.FlagSet
	json    *bool
	article *string
}

func newArticleFlags(name string, withJSON bool) articleFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	f := articleFlags{fs: fs, article: fs.String("article", "", "path of a plain-text, Markdown or HTML article, or an http(s) URL"), json: new(bool)}
	if withJSON {
		f.json = fs.Bool("json", false, "print one JSON object")
	}
	return f
}

// parse parses args, flags anywhere among the words.
func (f articleFlags) parse(args []string) ([]string, error) { return parseFlags(f.fs, args) }

// load reads the configuration and the article (--article, else ARTICLE_PATH).
func (f articleFlags) load(e *env) (config, *knowledge.Article, error) { return setup(e, *f.article) }

// print writes v as JSON with --json, else text.
func (f articleFlags) print(e *env, v any, text string) error {
	if *f.json {
		return writeJSON(e.stdout, v)
	}
	_, err := io.WriteString(e.stdout, text)
	return err
}

// noArgs refuses words after a subcommand that takes none.
func noArgs(name string, rest []string) error {
	if len(rest) > 0 {
		return usagef("%s takes no arguments (got %q); see quotebot help", name, strings.Join(rest, " "))
	}
	return nil
}
