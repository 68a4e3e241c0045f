package bot

import (
	"fmt"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/handlers"
	"github.com/quotebot/quotebot/knowledge"
)

// Command names, as users type them.
const (
	cmdAsk         = "ask"
	cmdSummary     = "summary"
	cmdCheckQuote  = "checkquote"
	cmdQuotes      = "quotes"
	cmdAbout       = "about"
	cmdCheckQuotes = "Check quotes" // the message context-menu command
	cmdArticle     = "article"
)

// MaxQuestionLength is /ask's question limit, enforced by Discord.
const MaxQuestionLength = 500

// Commands returns the application commands exactly as they are registered.
// This is the one place they are defined; routes maps each to its handler.
func Commands() []*discordgo.ApplicationCommand {
	manageMessages := int64(discordgo.PermissionManageMessages)
	contexts := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	guildOnly := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	return []*discordgo.ApplicationCommand{
		{
			Name: cmdAsk, Type: discordgo.ChatApplicationCommand, Contexts: contexts,
			Description: "Ask a question; the answer quotes the article word for word",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "What do you want to know from the article?", Required: true, MaxLength: MaxQuestionLength},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Show the answer only to you"},
			},
		},
		{
			Name: cmdSummary, Type: discordgo.ChatApplicationCommand, Contexts: contexts,
			Description: "Summarise the article in its own sentences",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "length", Description: "How long a summary", Choices: []*discordgo.ApplicationCommandOptionChoice{
					{Name: "short", Value: "short"}, {Name: "medium", Value: "medium"}, {Name: "long", Value: "long"},
				}},
				{Type: discordgo.ApplicationCommandOptionString, Name: "section", Description: "Only this section of the article", Autocomplete: true, MaxLength: 100},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "outline", Description: "One key sentence per section"},
			},
		},
		{
			Name: cmdCheckQuote, Type: discordgo.ChatApplicationCommand, Contexts: guildOnly,
			Description:              "Check a quotation against the article (moderators)",
			DefaultMemberPermissions: &manageMessages,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "quote", Description: "The quotation as posted, with who said it if given", Required: true, MaxLength: 2000},
			},
		},
		{
			Name: cmdQuotes, Type: discordgo.ChatApplicationCommand, Contexts: contexts,
			Description: "Every direct quotation in the article, with speaker and paragraph",
		},
		{
			Name: cmdAbout, Type: discordgo.ChatApplicationCommand, Contexts: contexts,
			Description: "Which article I know, how I answer and my limits",
		},
		{
			Name: cmdCheckQuotes, Type: discordgo.MessageApplicationCommand, Contexts: guildOnly,
			DefaultMemberPermissions: &manageMessages,
		},
		articleCommand(guildOnly),
	}
}

// articleCommand is /article: show, set and reset the article a channel
// or the server is grounded in. Discord's default permission covers the
// whole command (subcommands cannot have their own), so server admins may
// open it to everyone in Server Settings → Integrations; the handler still
// requires Manage Server to change anything.
func articleCommand(contexts *[]discordgo.InteractionContextType) *discordgo.ApplicationCommand {
	manageServer := int64(discordgo.PermissionManageGuild)
	scope := func(desc string) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: "scope", Description: desc,
			Choices: []*discordgo.ApplicationCommandOptionChoice{
				{Name: handlers.ScopeChannel, Value: handlers.ScopeChannel}, {Name: handlers.ScopeServer, Value: handlers.ScopeServer},
			},
		}
	}
	return &discordgo.ApplicationCommand{
		Name: cmdArticle, Type: discordgo.ChatApplicationCommand, Contexts: contexts,
		Description:              "Which article this channel is grounded in; moderators can change it",
		DefaultMemberPermissions: &manageServer,
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: handlers.ArticleShow, Description: "Which article answers in this channel, and who set it"},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: handlers.ArticleSet, Description: "Ground this channel (or the server) in an article from a URL or a file",
				Options: []*discordgo.ApplicationCommandOption{
					{Type: discordgo.ApplicationCommandOptionString, Name: "url", Description: "A web page or text file (http or https)", MaxLength: 2000},
					{Type: discordgo.ApplicationCommandOptionAttachment, Name: "file", Description: "A text, Markdown or HTML file"},
					scope("Where: this channel (default) or the whole server"),
				}},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: handlers.ArticleReset, Description: "Go back to the server's article, or to the default",
				Options: []*discordgo.ApplicationCommandOption{scope("This channel's own article (default) or the server's")}},
		},
	}
}

// CommandLines describes the commands for people, one line each.
func CommandLines() []string {
	var out []string
	for _, c := range Commands() {
		if c.Type == discordgo.MessageApplicationCommand {
			out = append(out, fmt.Sprintf("%-14s on a message: Apps → %s", c.Name, c.Name))
			continue
		}
		out = append(out, fmt.Sprintf("/%-13s %s", c.Name, c.Description))
	}
	return out
}

// route is how one command or button is answered.
type route struct {
	handle handlers.Handler
	// autocomplete answers the command's autocomplete options.
	autocomplete handlers.Handler
	// slow handlers usually miss Discord's 3-second deadline, so their
	// interactions are deferred at once and the answer edited in (any
	// other handler is deferred only when it runs late).
	slow bool
	// private answers are ephemeral whatever the options say, so a
	// deferral of them is ephemeral too.
	private bool
	// inline handlers are never deferred: their response updates the
	// message their button is on.
	inline bool
	// anyArticle handlers do not answer from an article (/article itself):
	// no article is resolved for them and their replies are never reused.
	anyArticle bool
}

// commandKey identifies a command: slash and context-menu commands may
// share a name.
type commandKey struct {
	typ  discordgo.ApplicationCommandType
	name string
}

func keyOf(c *discordgo.ApplicationCommand) commandKey {
	t := c.Type
	if t == 0 {
		t = discordgo.ChatApplicationCommand
	}
	return commandKey{t, c.Name}
}

// routes is every command and button, each mapped to its handler: the one
// routing table.
// article is /article's handler, the same for every article.
func routes(a *knowledge.Article, asker handlers.Asker, slowAsker bool, article handlers.Handler) (map[commandKey]route, map[string]route) {
	chat := func(name string) commandKey { return commandKey{discordgo.ChatApplicationCommand, name} }
	commands := map[commandKey]route{
		chat(cmdAsk):        {handle: handlers.NewAsk(a, asker), slow: slowAsker},
		chat(cmdSummary):    {handle: handlers.NewSummary(a), autocomplete: handlers.NewSections(a)},
		chat(cmdCheckQuote): {handle: handlers.NewCheckQuote(a), private: true},
		chat(cmdQuotes):     {handle: handlers.NewQuotes(a)},
		chat(cmdAbout):      {handle: handlers.NewAbout(a)},
		{discordgo.MessageApplicationCommand, cmdCheckQuotes}: {handle: handlers.NewCheckQuote(a), private: true},
		chat(cmdArticle): {handle: article, private: true, anyArticle: true},
	}
	buttons := map[string]route{
		handlers.ActionMore:      {handle: handlers.NewMore(a), private: true},
		handlers.ActionParagraph: {handle: handlers.NewParagraph(a), private: true},
		handlers.ActionPublish:   {handle: handlers.NewPublish(), inline: true},
	}
	return commands, buttons
}
