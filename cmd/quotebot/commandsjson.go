package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/bot"
)

func runCommands(_ context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("commands", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the application commands as registered, as a JSON array")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("commands takes no arguments")
	}
	if *asJSON {
		return writeJSON(e.stdout, bot.Commands())
	}
	fmt.Fprintln(e.stdout, strings.Join(bot.CommandLines(), "\n"))
	return nil
}
