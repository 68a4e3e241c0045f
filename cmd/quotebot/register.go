package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/quotebot/quotebot/bot"
)

func runRegister(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("register", flag.ContinueOnError)
	guild := fs.String("guild", "", "register in this guild only (instant; default DISCORD_GUILD_ID)")
	global := fs.Bool("global", false, "register globally even when DISCORD_GUILD_ID is set")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("register takes no arguments")
	}
	cfg, err := discordConfig(e, true)
	if err != nil {
		return err
	}
	g := *guild
	if g == "" && !*global {
		g = cfg.DiscordGuildID
	}
	if *global && *guild != "" {
		return usagef("use either --guild or --global, not both")
	}
	if g != "" && strings.Trim(g, "0123456789") != "" {
		return usagef("the guild ID %q is not a Discord ID: copy it with Developer Mode on (right-click the server, Copy Server ID)", g)
	}
	id, err := appID(cfg)
	if err != nil {
		return err
	}
	got, err := bot.Register(ctx, cfg.DiscordToken, id, g)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(got))
	for _, c := range got {
		names = append(names, c.Name)
	}
	where := "globally (new commands can take a few minutes to appear everywhere)"
	if g != "" {
		where = "in guild " + g
	}
	fmt.Fprintf(e.stdout, "registered %d commands %s: %s\n", len(got), where, strings.Join(names, ", "))
	return nil
}
