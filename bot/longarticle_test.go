package bot

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/handlers"
	"github.com/quotebot/quotebot/knowledge"
)

// longMarkdown is a Markdown article built to strain the renderer: Markdown,
// mentions and masked links in its title and text, long headings, and
// paragraphs of some 20,000 characters holding long quotations and one
// quotation longer than an embed (its words all "GIANT").
func longMarkdown() string {
	base := knowledge.Default()
	var b strings.Builder
	b.WriteString("# Peace *talks*, @everyone and <@1000000000000000099>: [read more](https://evil.example)\n\n")
	for s := range 3 {
		b.WriteString("## Section " + strconv.Itoa(s+1) + ": " + strings.Repeat("a very long heading about the negotiations ", 4) + "\n\n")
		for p := range 2 {
			for i := range 3 {
				for n := range base.Paragraphs {
					b.WriteString(base.ParagraphText(n+1) + " ")
				}
				b.WriteString("Putin said, “" + strings.Repeat("We must keep talking about the root causes, because nobody else will. ", 20) + "” ")
				b.WriteString("Trump replied that *nothing* is __agreed__ until @everyone agrees, see [this](https://evil.example) and <@1000000000000000099>. ")
				if s == 1 && p == 1 && i == 0 {
					b.WriteString("Zelensky said, “" + strings.Repeat("GIANT words are hard. ", 300) + "GIANT end.” ")
				}
			}
			b.WriteString("Then the talks ended.\n\n")
		}
	}
	return b.String()
}

// TestLongMarkdownArticle uses the bot on a long Markdown article as people
// would, pressing every button it offers, and checks every reply: within
// Discord's limits, pinging nobody, quoting verbatim, long paragraphs cut
// only between sentences and never inside a quotation that fits.
func TestLongMarkdownArticle(t *testing.T) {
	a, err := knowledge.Parse("long.md", longMarkdown())
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRouter(Deps{Article: a})
	if err != nil {
		t.Fatal(err)
	}
	r.deferAfter = time.Hour // inline replies, however slow the machine
	// check checks a reply; paragraphs says its passages are whole
	// paragraphs, whose quotation marks pair up, so every piece the renderer
	// cuts must pair them up too (a passage of sentences may begin or end
	// inside a quotation, as sentences do).
	var splits int // paragraphs cut into pieces
	check := func(label string, rep Reply, paragraphs bool) {
		t.Helper()
		if rep.Response == nil || rep.Response.Data == nil {
			t.Fatalf("%s: no message", label)
		}
		if rep.Followup != nil {
			t.Fatalf("%s: deferred", label)
		}
		msgs := []*discordgo.WebhookParams{{Content: rep.Response.Data.Content, Embeds: rep.Response.Data.Embeds, Components: rep.Response.Data.Components, AllowedMentions: rep.Response.Data.AllowedMentions}}
		msgs = append(msgs, rep.Extra...)
		var pieces []string
		for _, m := range msgs {
			checkNoPings(t, m)
			checkLimits(t, m.Content, m.Embeds, m.Components)
			checkVerbatim(t, a.Text, m.Embeds)
			pieces = append(pieces, quoteLines(m.Embeds)...)
			for _, e := range m.Embeds {
				for _, live := range []string{"](https", "<@1000000000000000099>", "*nothing*", "__agreed__", " @everyone"} {
					if strings.Contains(e.Title+e.Description, live) {
						t.Errorf("%s: %q is not escaped", label, live)
					}
				}
			}
		}
		if paragraphs && len(pieces) > 1 {
			splits++
		}
		for i, p := range pieces {
			giant := strings.Contains(p, "GIANT")
			if paragraphs && !giant && strings.Count(p, "“") != strings.Count(p, "”") {
				t.Errorf("%s: a piece cuts a quotation: %.80q…", label, p)
			}
			if i < len(pieces)-1 && !giant && !endsSentence(p) && strings.Contains(a.Text, p+" "+pieces[i+1]) {
				t.Errorf("%s: a paragraph is cut mid-sentence after %q", label, p[max(0, len(p)-60):])
			}
		}
	}
	respond := func(i *discordgo.Interaction) Reply { return r.Respond(context.Background(), i) }
	press := func(label string, rep Reply) {
		last := rep.Response.Data.Embeds
		comps := rep.Response.Data.Components
		if n := len(rep.Extra); n > 0 {
			last, comps = rep.Extra[n-1].Embeds, rep.Extra[n-1].Components
		}
		for _, id := range customIDs(comps) {
			i := loadInteraction(t, "button_more.json")
			i.Data = discordgo.MessageComponentInteractionData{CustomID: id, ComponentType: discordgo.ButtonComponent}
			i.Message = &discordgo.Message{Embeds: last, Components: comps}
			check(label+" → "+id, respond(i), strings.HasPrefix(id, handlers.ActionParagraph+":"))
		}
	}
	for _, q := range []string{
		"What did Putin say about root causes?", "What did Zelensky say?", "What did Trump reply?",
		strings.Repeat("What did Putin say about peace and the negotiations? ", 9),
	} {
		i := loadInteraction(t, "ask.json")
		d := i.ApplicationCommandData()
		d.Options = []*discordgo.ApplicationCommandInteractionDataOption{{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: q}}
		i.Data = d
		rep := respond(i)
		check("/ask "+q[:20], rep, false)
		press("/ask "+q[:20], rep)
	}
	for _, f := range []string{"quotes.json", "about.json", "summary.json", "checkquote.json", "check_quotes_message.json"} {
		check(f, respond(loadInteraction(t, f)), false)
	}
	giant := loadInteraction(t, "button_paragraph.json")
	giant.Data = discordgo.MessageComponentInteractionData{CustomID: "para:" + strconv.Itoa(a.Sentences[a.SentenceAt(strings.Index(a.Text, "GIANT end"))].Paragraph), ComponentType: discordgo.ButtonComponent}
	check("the paragraph with the giant quotation", respond(giant), true)
	for n := 1; n <= len(a.Paragraphs); n++ {
		i := loadInteraction(t, "button_paragraph.json")
		i.Data = discordgo.MessageComponentInteractionData{CustomID: "para:" + strconv.Itoa(n), ComponentType: discordgo.ButtonComponent}
		check("paragraph "+strconv.Itoa(n), respond(i), true)
	}
	if splits < len(a.Paragraphs) {
		t.Errorf("only %d of %d paragraph replies were cut into pieces: the test article is too short", splits, len(a.Paragraphs))
	}
}

// endsSentence reports whether p ends a sentence, perhaps with a closing mark.
func endsSentence(p string) bool {
	p = strings.TrimRightFunc(p, func(r rune) bool { return r == '”' || r == '’' || r == '"' || r == ')' || unicode.IsSpace(r) })
	return strings.HasSuffix(p, ".") || strings.HasSuffix(p, "!") || strings.HasSuffix(p, "?") || strings.HasSuffix(p, "…")
}
