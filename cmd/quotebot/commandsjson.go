package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/bwmarrin/discordgo"

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
	cmds := bot.Commands()
	if *asJSON {
		return writeJSON(e.stdout, cmds)
	}
	for _, c := range cmds {
		if c.Type == discordgo.MessageApplicationCommand {
			fmt.Fprintf(e.stdout, "%-14s message menu: Apps → %s\n", c.Name, c.Name)
			continue
		}
		fmt.Fprintf(e.stdout, "/%-13s %s\n", c.Name, c.Description)
	}
	return nil
}
