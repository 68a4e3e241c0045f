package main

// PLACEHOLDER until the gateway's bot.Router lands (issue 5): the lead
// replaces the body of newResponder with the Router at merge time, and this
// file's discordgo import (the only one outside bot/) goes with it.

import (
	"context"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/quotebot/quotebot/bot"
	"github.com/quotebot/quotebot/knowledge"
)

// newResponder returns what answers interactions in both modes.
func newResponder(cfg config, a *knowledge.Article) bot.Responder {
	return placeholderResponder{a}
}

// placeholderResponder answers /ask from the article with a plain-text
// reply, and says plainly that anything else is not available yet.
type placeholderResponder struct{ article *knowledge.Article }

var _ bot.Responder = placeholderResponder{}

func (p placeholderResponder) Respond(ctx context.Context, i *discordgo.Interaction) bot.Reply {
	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		return bot.Reply{Response: &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}},
		}}
	case discordgo.InteractionApplicationCommand:
		if d := i.ApplicationCommandData(); d.Name == "ask" {
			return p.ask(d)
		}
	}
	return placeholderText("That isn't available yet; try /ask.", true)
}

func (p placeholderResponder) ask(d discordgo.ApplicationCommandInteractionData) bot.Reply {
	var question string
	for _, o := range d.Options {
		if o.Type == discordgo.ApplicationCommandOptionString {
			question = o.StringValue()
			break
		}
	}
	ans, err := p.article.Ask(question)
	if err != nil {
		msg, ok := knowledge.UserMessage(err)
		if !ok {
			msg = "Sorry, something went wrong."
		}
		return placeholderText(msg, true)
	}
	// Drop whole quotes, never cut one, to fit Discord's 2000 characters.
	for len(ans.Quotes) > 0 && utf8.RuneCountInString(formatAnswer(ans)) > 2000 {
		ans.Quotes = ans.Quotes[:len(ans.Quotes)-1]
	}
	return placeholderText(formatAnswer(ans), false)
}

func placeholderText(s string, ephemeral bool) bot.Reply {
	data := &discordgo.InteractionResponseData{Content: s}
	if ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	return bot.Reply{Response: &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data,
	}}
}
