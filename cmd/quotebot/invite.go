package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/quotebot/quotebot/bot"
)

func runInvite(_ context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("invite", flag.ContinueOnError)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("invite takes no arguments")
	}
	cfg, err := discordConfig(e, false)
	if err != nil {
		return err
	}
	id, err := appID(cfg)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, bot.InviteURL(id))
	return nil
}
