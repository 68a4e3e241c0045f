// Command quotebot answers questions about one news article with verbatim,
// cited quotes, checks quotes for moderators, summarises the article, and
// serves all of that as a Discord bot.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args, os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotebot:", err)
		var u usageError
		if errors.As(err, &u) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// usageError is bad usage or bad input: exit code 2, one line of reason.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// env is what every subcommand gets: the streams and the configuration.
type env struct {
	// ctx is run's context, for the loading that setup does (it is
	// cancelled by SIGINT and SIGTERM).
	ctx    context.Context
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// command is one subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands is every subcommand, in one table.
func commands() map[string]command {
	return map[string]command{
		"ask":        {"ask [--json] [--article PATH] QUESTION…   answer from the article with verbatim quotes", runAsk},
		"check":      {"check [--json] [--article PATH] CLAIM…     is a quote in the article: exact, near or not found", runCheck},
		"eval":       {"eval [--json] [--article PATH] FILE        score answers on an ask.jsonl file (--json: one ask --json object per question)", runEval},
		"quotes":     {"quotes [--json] [--article PATH]           list the article's direct quotations and speakers", runQuotes},
		"summary":    {"summary [--json] [--length short|medium|long] [--section NAME] [--outline | --written] [--article PATH]  summarise in the article's own sentences (--written: a model's, citing them)", runSummary},
		"about":      {"about [--json] [--article PATH]            which article the bot is grounded in (title, size, SHA-256)", runAbout},
		"serve":      {"serve [--article PATH]                     run the Discord bot over the gateway", runServe},
		"register":   {"register [--guild ID | --global]           register the slash commands with Discord", runRegister},
		"commands":   {"commands [--json]                          print the application commands as registered", runCommands},
		"invite":     {"invite                                     print the URL that adds the bot to a server", runInvite},
		"articles":   {"articles [--json] | bind --guild ID [--channel ID] PATH|URL | unbind --guild ID [--channel ID]  stored articles; which server or channel uses which", runArticles},
		"serve-http": {"serve-http [--addr ADDR] [--article PATH]    serve interactions over HTTP (the Interactions Endpoint URL)", runServeHTTP},
	}
}

// run is the whole program; main only calls it.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmds := commands()
	if len(args) < 2 || args[1] == "-h" || args[1] == "--help" || args[1] == "help" {
		printUsage(stdout, cmds)
		if len(args) < 2 {
			return usagef("a subcommand is required")
		}
		return nil
	}
	c, ok := cmds[args[1]]
	if !ok {
		return usagef("unknown subcommand %q; run 'quotebot help' for the list", args[1])
	}
	return c.run(ctx, &env{ctx: ctx, getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}, args[2:])
}

func printUsage(w io.Writer, cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("usage: quotebot SUBCOMMAND [flags] [args]\n\n")
	for _, n := range names {
		b.WriteString("  quotebot " + cmds[n].summary + "\n")
	}
	fmt.Fprint(w, b.String())
}
