package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/handlers"
	"github.com/quotebot/quotebot/knowledge"
)

var article = knowledge.Default()

// loadJSON decodes testdata/name into a T.
func loadJSON[T any](t testing.TB, name string) *T {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &v
}

// loadInteraction reads an interaction payload as Discord sends it.
func loadInteraction(t testing.TB, name string) *discordgo.Interaction {
	return loadJSON[discordgo.Interaction](t, name)
}

// loadMessage reads a MESSAGE_CREATE payload (the dispatch's "d").
func loadMessage(t testing.TB, name string) *discordgo.Message {
	return loadJSON[discordgo.Message](t, name)
}

// fakeAsker answers with a function.
type fakeAsker struct {
	ask func(ctx context.Context, q string) (knowledge.Answer, error)
}

func (f fakeAsker) Ask(ctx context.Context, q string) (knowledge.Answer, error) { return f.ask(ctx, q) }

func newRouter(t testing.TB, d Deps) (*Router, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	d.Article = article
	d.Log = slog.New(slog.NewJSONHandler(&logs, nil))
	r, err := NewRouter(d)
	if err != nil {
		t.Fatal(err)
	}
	return r, &logs
}

// checkNoPings fails unless allowed_mentions pings nobody, as sent on the wire.
func checkNoPings(t *testing.T, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"allowed_mentions":{"parse":[],"replied_user":false}`)) {
		t.Errorf("allowed_mentions does not disable every ping: %s", b)
	}
}

// checkReply checks what every reply must satisfy: pings nobody, fits
// Discord's limits, quotes the article verbatim.
func checkReply(t *testing.T, rep Reply) {
	t.Helper()
	if rep.Response == nil {
		t.Fatal("no response")
	}
	if d := rep.Response.Data; d != nil && rep.Response.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
		checkNoPings(t, d)
		checkLimits(t, d.Content, d.Embeds, d.Components)
		checkVerbatim(t, article.Text, d.Embeds)
	}
	for _, m := range rep.Extra {
		checkNoPings(t, m)
		checkLimits(t, m.Content, m.Embeds, m.Components)
		checkVerbatim(t, article.Text, m.Embeds)
	}
	if rep.Post != nil {
		checkNoPings(t, rep.Post.Message)
		checkNoPings(t, rep.Post.Failed.Data)
	}
}

// shown is everything a reply shows, unescaped.
func shown(d *discordgo.InteractionResponseData) string {
	var b strings.Builder
	b.WriteString(unescape(d.Content) + "\n")
	for _, e := range d.Embeds {
		b.WriteString(unescape(e.Title) + "\n" + unescape(e.Description) + "\n")
		if e.Footer != nil {
			b.WriteString(e.Footer.Text + "\n")
		}
	}
	return b.String()
}

func customIDs(comps []discordgo.MessageComponent) []string {
	var out []string
	for _, c := range comps {
		for _, b := range c.(discordgo.ActionsRow).Components {
			out = append(out, b.(discordgo.Button).CustomID)
		}
	}
	return out
}

func TestRespondToPayloads(t *testing.T) {
	quoteRoot := "tackling the “root causes” of the conflict"
	tests := []struct {
		file        string
		wantType    discordgo.InteractionResponseType
		private     bool
		want        []string // shown, unescaped
		notWant     []string // in the raw JSON sent
		wantButtons []string // custom ID prefixes, in order
	}{
		{file: "ping.json", wantType: discordgo.InteractionResponsePong},
		{
			file: "ask.json", wantType: discordgo.InteractionResponseChannelMessageWithSource,
			want:        []string{"What did Putin say about root causes?", quoteRoot, "¶2 · Lead · Putin", "Source: " + article.Name},
			wantButtons: []string{"more:1", "para:"},
		},
		{
			file: "ask_private.json", wantType: discordgo.InteractionResponseChannelMessageWithSource, private: true,
			want:    []string{"Vatican"},
			notWant: []string{"](https", "<@1000000000000000099>", "**Trump**", " @everyone"},
		},
		{
			file: "ask_unanswerable.json", wantType: discordgo.InteractionResponseChannelMessageWithSource,
			want: []string{knowledge.NotCoveredText, "only from the article"},
		},
		{file: "ask_dm.json", wantType: discordgo.InteractionResponseChannelMessageWithSource, want: []string{"Vatican"}},
		{file: "summary.json", wantType: discordgo.InteractionResponseChannelMessageWithSource, want: []string{"Summary", "In the article's own words"}},
		{file: "summary_section.json", wantType: discordgo.InteractionResponseChannelMessageWithSource, want: []string{"Summary"}},
		{file: "summary_autocomplete.json", wantType: discordgo.InteractionApplicationCommandAutocompleteResult},
		{file: "checkquote.json", wantType: discordgo.InteractionResponseChannelMessageWithSource, private: true, want: []string{"Quote check", "Claim 1"}},
		{
			file: "check_quotes_message.json", wantType: discordgo.InteractionResponseChannelMessageWithSource, private: true,
			want: []string{"Quote check", "Claim 1"}, notWant: []string{" @everyone"},
			wantButtons: []string{"post:1100000000000000555:1250000000000000700"},
		},
		{file: "quotes.json", wantType: discordgo.InteractionResponseChannelMessageWithSource, want: []string{"Direct quotations in the article (6)", "excellent.", "¶7"}},
		{file: "about.json", wantType: discordgo.InteractionResponseChannelMessageWithSource, want: []string{"About quotebot", article.Name, "How I answer"}},
		{
			file: "button_more.json", wantType: discordgo.InteractionResponseChannelMessageWithSource, private: true,
			want: []string{"What did Putin say about root causes?", "less closely"},
		},
		{
			file: "button_paragraph.json", wantType: discordgo.InteractionResponseChannelMessageWithSource, private: true,
			want: []string{"Paragraph 2", article.ParagraphText(2)},
		},
		{file: "button_stale.json", wantType: discordgo.InteractionResponseChannelMessageWithSource, private: true, want: []string{staleButton}},
		{file: "button_post.json", wantType: discordgo.InteractionResponseUpdateMessage, want: []string{"Posted publicly"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r, logs := newRouter(t, Deps{Limits: Limits{UserPerMinute: 60, GuildPerMinute: 600}})
			rep := r.Respond(context.Background(), loadInteraction(t, tt.file))
			checkReply(t, rep)
			if rep.Response.Type != tt.wantType {
				t.Fatalf("type = %d, want %d", rep.Response.Type, tt.wantType)
			}
			if rep.Followup != nil {
				t.Error("a fast handler was deferred")
			}
			d := rep.Response.Data
			if d == nil {
				if tt.want != nil {
					t.Fatal("no data")
				}
				return
			}
			if got := d.Flags&discordgo.MessageFlagsEphemeral != 0; got != tt.private {
				t.Errorf("ephemeral = %v, want %v", got, tt.private)
			}
			text := shown(d)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("reply lacks %q:\n%s", w, text)
				}
			}
			raw, _ := json.Marshal(d)
			for _, w := range tt.notWant {
				if bytes.Contains(raw, []byte(w)) {
					t.Errorf("reply has live %q: %s", w, raw)
				}
			}
			ids := customIDs(d.Components)
			if len(ids) < len(tt.wantButtons) {
				t.Fatalf("buttons %q, want %q", ids, tt.wantButtons)
			}
			for i, w := range tt.wantButtons {
				if !strings.HasPrefix(ids[i], w) {
					t.Errorf("button %d = %q, want %q…", i, ids[i], w)
				}
			}
			// A post is logged when it has been sent (or not).
			rep.Post.report("posted")
			if !strings.Contains(logs.String(), `"msg":"interaction"`) || !strings.Contains(logs.String(), `"latency_ms"`) {
				t.Errorf("no interaction log line: %s", logs)
			}
			if strings.Contains(logs.String(), loadInteraction(t, tt.file).Token) {
				t.Error("the interaction token was logged")
			}
		})
	}
}

func TestAutocompleteChoices(t *testing.T) {
	r, _ := newRouter(t, Deps{})
	rep := r.Respond(context.Background(), loadInteraction(t, "summary_autocomplete.json"))
	c := rep.Response.Data.Choices
	if len(c) != 1 || c[0].Name != "High Hopes for Future Negotiations" || c[0].Value != "High Hopes for Future Negotiations" {
		t.Fatalf("choices = %+v", c)
	}
}

func TestPublishPostsTheVerdictAsAReply(t *testing.T) {
	r, _ := newRouter(t, Deps{})
	i := loadInteraction(t, "button_post.json")
	rep := r.Respond(context.Background(), i)
	if rep.Post == nil {
		t.Fatal("no post")
	}
	m := rep.Post.Message
	if rep.Post.ChannelID != i.ChannelID || m.Reference == nil || m.Reference.MessageID != "1250000000000000700" {
		t.Errorf("post = %+v, want a reply to message 1250000000000000700 in %s", rep.Post, i.ChannelID)
	}
	if len(m.Embeds) != 1 || m.Embeds[0].Title != "Quote check" || len(m.Components) != 0 {
		t.Errorf("posted embeds %+v, components %+v; want the verdict without its button", m.Embeds, m.Components)
	}
	if got := rep.Response.Data.Components; got == nil || len(got) != 0 {
		t.Errorf("the private copy keeps its button: %+v", got)
	}

	// A button naming another channel than the one it is pressed in is refused.
	i.ChannelID = "1100000000000000999"
	if rep := r.Respond(context.Background(), i); rep.Post != nil {
		t.Error("posted to a channel the button was not pressed in")
	}
}

// TestLongVerdictIsPublishedWhole: "Check quotes" on a long message (4,000
// characters, as Nitro allows) gives a verdict in one message, so "Post
// publicly", which only sees the message it is on, publishes all of it.
func TestLongVerdictIsPublishedWhole(t *testing.T) {
	var b strings.Builder
	for i := range article.Sentences {
		p := article.ParagraphText(article.Sentences[i].Paragraph)
		b.WriteString("Putin said “" + strings.Replace(strings.Replace(p, "the", "a", 2), "and", "or", 1) + "” ")
	}
	content := b.String()
	for size(content) > 4000 {
		_, n := utf8.DecodeLastRuneInString(content)
		content = content[:len(content)-n]
	}
	r, _ := newRouter(t, Deps{})
	i := loadInteraction(t, "check_quotes_message.json")
	data := i.ApplicationCommandData()
	data.Resolved.Messages[data.TargetID].Content = content
	rep := r.Respond(context.Background(), i)
	checkReply(t, rep)
	if len(rep.Extra) != 0 {
		t.Fatalf("the verdict takes %d messages; the button would publish only the last", 1+len(rep.Extra))
	}
	d := rep.Response.Data
	if ids := customIDs(d.Components); len(ids) != 1 || !strings.HasPrefix(ids[0], "post:") {
		t.Fatalf("buttons %q, want Post publicly", ids)
	}
	text := shown(d)
	if !strings.Contains(text, "Claim 1") || !strings.Contains(text, "not shown") {
		t.Errorf("the verdict neither starts with claim 1 nor counts what it leaves out:\n%s", text)
	}

	press := loadInteraction(t, "button_post.json")
	press.Message = &discordgo.Message{ID: "1260000000000000001", ChannelID: press.ChannelID, Embeds: d.Embeds, Components: d.Components, Flags: discordgo.MessageFlagsEphemeral}
	press.Data = discordgo.MessageComponentInteractionData{CustomID: customIDs(d.Components)[0], ComponentType: discordgo.ButtonComponent}
	pub := r.Respond(context.Background(), press)
	if pub.Post == nil {
		t.Fatal("nothing posted")
	}
	checkReply(t, pub)
	checkLimits(t, pub.Post.Message.Content, pub.Post.Message.Embeds, pub.Post.Message.Components)
	if got, want := shown(&discordgo.InteractionResponseData{Embeds: pub.Post.Message.Embeds}), text; got != want {
		t.Errorf("published:\n%s\nwant the whole verdict:\n%s", got, want)
	}
}

func TestRateLimits(t *testing.T) {
	now := time.Date(2025, 5, 20, 18, 0, 0, 0, time.UTC)
	r, logs := newRouter(t, Deps{Limits: Limits{UserPerMinute: 2, GuildPerMinute: 3}, Now: func() time.Time { return now }})
	ask := func(user string) *discordgo.InteractionResponse {
		i := loadInteraction(t, "ask.json")
		i.Member.User.ID = user
		return r.Respond(context.Background(), i).Response
	}
	limited := func(resp *discordgo.InteractionResponse) bool {
		return resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0 && strings.Contains(resp.Data.Content, "try again in")
	}
	if limited(ask("1")) || limited(ask("1")) {
		t.Fatal("limited within the allowance")
	}
	resp := ask("1")
	if !limited(resp) || !strings.Contains(resp.Data.Content, "try again in 30 s") {
		t.Fatalf("third question in a minute: %q; want try again in 30 s", resp.Data.Content)
	}
	if limited(ask("2")) {
		t.Fatal("another user was limited by the first one")
	}
	if !limited(ask("3")) {
		t.Fatal("the guild limit (3 a minute) was not applied")
	}
	now = now.Add(30 * time.Second)
	if limited(ask("1")) {
		t.Fatal("still limited after waiting")
	}
	if !strings.Contains(logs.String(), `"outcome":"rate_limited"`) {
		t.Error("rate limiting is not logged")
	}
	// Autocomplete is never limited: it fires on every keystroke.
	for range 5 {
		if rep := r.Respond(context.Background(), loadInteraction(t, "summary_autocomplete.json")); rep.Response.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
			t.Fatal("autocomplete was limited")
		}
	}
}

func TestPanicAndErrorsBecomeApologies(t *testing.T) {
	tests := []struct {
		name    string
		ask     func(ctx context.Context, q string) (knowledge.Answer, error)
		want    string
		outcome string
	}{
		{"panic", func(context.Context, string) (knowledge.Answer, error) { panic("boom") }, apology, "panic"},
		{"internal error", func(context.Context, string) (knowledge.Answer, error) {
			return knowledge.Answer{}, errors.New("secret internal detail")
		}, apology, "error"},
		{"user error", func(context.Context, string) (knowledge.Answer, error) {
			return knowledge.Answer{}, knowledge.Errorf(knowledge.EInvalid, "Your question is too long.")
		}, "Your question is too long.", "user_error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, logs := newRouter(t, Deps{Asker: fakeAsker{tt.ask}})
			rep := r.Respond(context.Background(), loadInteraction(t, "ask.json"))
			checkReply(t, rep)
			d := rep.Response.Data
			if unescape(d.Content) != tt.want || d.Flags&discordgo.MessageFlagsEphemeral == 0 {
				t.Errorf("reply = %q (flags %d), want private %q", d.Content, d.Flags, tt.want)
			}
			if !strings.Contains(logs.String(), `"outcome":"`+tt.outcome+`"`) {
				t.Errorf("log lacks outcome %s: %s", tt.outcome, logs)
			}
			if tt.outcome == "error" && !strings.Contains(logs.String(), "secret internal detail") {
				t.Error("the cause of an internal error is not logged")
			}
		})
	}
}

func TestSlowAskerIsDeferred(t *testing.T) {
	quote := article.QuoteOf(0)
	asker := fakeAsker{func(ctx context.Context, q string) (knowledge.Answer, error) {
		if _, ok := ctx.Deadline(); !ok {
			return knowledge.Answer{}, errors.New("no deadline")
		}
		return knowledge.Answer{Question: q, Answered: true, Text: "Here is what the article says:", Quotes: []knowledge.Quote{quote}}, nil
	}}
	r, logs := newRouter(t, Deps{Asker: asker, SlowAsker: true})
	for _, file := range []string{"ask.json", "ask_private.json"} {
		rep := r.Respond(context.Background(), loadInteraction(t, file))
		if rep.Response.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || rep.Followup == nil {
			t.Fatalf("%s: type %d; want a deferral with a follow-up", file, rep.Response.Type)
		}
		checkNoPings(t, rep.Response.Data)
		if got, want := rep.Response.Data.Flags&discordgo.MessageFlagsEphemeral != 0, file == "ask_private.json"; got != want {
			t.Errorf("%s: deferred ephemeral = %v, want %v", file, got, want)
		}
		if strings.Contains(logs.String(), `"msg":"interaction"`) {
			t.Error("logged before the answer was ready")
		}
		edit := rep.Followup(context.Background())
		checkNoPings(t, edit)
		if edit.Embeds == nil || !strings.Contains(unescape((*edit.Embeds)[0].Description), quote.Text) {
			t.Errorf("%s: edit %+v lacks the quote", file, edit)
		}
		if !strings.Contains(logs.String(), `"deferred":true`) {
			t.Errorf("the deferred answer is not logged: %s", logs)
		}
		logs.Reset()
	}
	// Other commands stay inline.
	if rep := r.Respond(context.Background(), loadInteraction(t, "about.json")); rep.Followup != nil {
		t.Error("/about was deferred")
	}
}

// TestLateAnswersAreDeferred: any command or button whose answer is not
// ready in time is deferred, ephemeral exactly when its answer would have
// been, and edited in when ready; a late slash answer is then cached, so
// the same command is answered inline next time.
func TestLateAnswersAreDeferred(t *testing.T) {
	release := make(chan struct{})
	quote := article.QuoteOf(0)
	asker := fakeAsker{func(ctx context.Context, q string) (knowledge.Answer, error) {
		<-release
		return knowledge.Answer{Question: q, Answered: true, Text: "Here is what the article says:", Quotes: []knowledge.Quote{quote}}, nil
	}}
	r, logs := newRouter(t, Deps{Asker: asker})
	r.deferAfter = time.Millisecond
	rep := r.Respond(context.Background(), loadInteraction(t, "ask.json"))
	if rep.Response.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || rep.Followup == nil {
		t.Fatalf("a late /ask: type %d; want a deferral with a follow-up", rep.Response.Type)
	}
	checkNoPings(t, rep.Response.Data)
	close(release)
	edit := rep.Followup(context.Background())
	checkNoPings(t, edit)
	if edit.Embeds == nil || !strings.Contains(unescape((*edit.Embeds)[0].Description), quote.Text) {
		t.Fatalf("edit %+v lacks the answer", edit)
	}
	if !strings.Contains(logs.String(), `"deferred":true`) {
		t.Errorf("the deferred answer is not logged: %s", logs)
	}
	r.deferAfter = 0 // defer everything that is not cached
	if rep := r.Respond(context.Background(), loadInteraction(t, "ask.json")); rep.Followup != nil {
		t.Error("the same /ask, answered late before, was not answered from the cache")
	}

	// Deferrals are as private as the answers they stand for.
	files := []string{
		"ask_private.json", "ask_dm.json", "summary.json", "quotes.json", "about.json", "checkquote.json",
		"check_quotes_message.json", "button_more.json", "button_paragraph.json",
	}
	for _, f := range files {
		fast, _ := newRouter(t, Deps{})
		slow, _ := newRouter(t, Deps{})
		slow.deferAfter = 0
		want := fast.Respond(context.Background(), loadInteraction(t, f))
		got := slow.Respond(context.Background(), loadInteraction(t, f))
		if got.Response.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || got.Followup == nil {
			t.Errorf("%s: type %d, want a deferral", f, got.Response.Type)
			continue
		}
		if g, w := got.Response.Data.Flags&discordgo.MessageFlagsEphemeral, want.Response.Data.Flags&discordgo.MessageFlagsEphemeral; g != w {
			t.Errorf("%s: deferral ephemeral flag %d, answer's %d", f, g, w)
		}
		edit := got.Followup(context.Background())
		checkNoPings(t, edit)
		if edit.Embeds == nil || len(*edit.Embeds) == 0 || (*edit.Embeds)[0].Title != want.Response.Data.Embeds[0].Title {
			t.Errorf("%s: the edit is not the answer", f)
		}
	}
	// "Post publicly" updates the message its button is on: never deferred.
	slow, _ := newRouter(t, Deps{})
	slow.deferAfter = 0
	if rep := slow.Respond(context.Background(), loadInteraction(t, "button_post.json")); rep.Response.Type != discordgo.InteractionResponseUpdateMessage {
		t.Errorf("Post publicly: type %d, want an update", rep.Response.Type)
	}
}

// TestDeferredAnswerGivesUp: a deferred answer that never comes is
// replaced by a short apology when the follow-up's time is up.
func TestDeferredAnswerGivesUp(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	asker := fakeAsker{func(ctx context.Context, q string) (knowledge.Answer, error) {
		<-block
		return knowledge.Answer{}, nil
	}}
	r, logs := newRouter(t, Deps{Asker: asker, SlowAsker: true})
	rep := r.Respond(context.Background(), loadInteraction(t, "ask.json"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	edit := rep.Followup(ctx)
	checkNoPings(t, edit)
	if edit.Content == nil || *edit.Content != escape(tooSlow) {
		t.Errorf("edit %+v, want %q", edit, tooSlow)
	}
	if !strings.Contains(logs.String(), `"outcome":"timeout"`) {
		t.Errorf("log lacks the timeout: %s", logs)
	}
}

func TestUnknownCommand(t *testing.T) {
	r, _ := newRouter(t, Deps{})
	i := loadInteraction(t, "about.json")
	i.Data = discordgo.ApplicationCommandInteractionData{Name: "weather", CommandType: discordgo.ChatApplicationCommand}
	rep := r.Respond(context.Background(), i)
	checkReply(t, rep)
	if !strings.Contains(unescape(rep.Response.Data.Content), "quotebot register") {
		t.Errorf("reply = %q", rep.Response.Data.Content)
	}
}

// TestEveryCommandHasAHandler: each definition has a handler and each
// handler a definition; each button a handler emits has a route.
func TestEveryCommandHasAHandler(t *testing.T) {
	cmds, btns := routes(article, handlers.Extractive{Article: article}, false, nil)
	if err := checkRoutes(Commands(), cmds); err != nil {
		t.Fatal(err)
	}
	if len(cmds) != len(Commands()) {
		t.Errorf("%d handlers for %d commands", len(cmds), len(Commands()))
	}
	extra := map[commandKey]route{{discordgo.ChatApplicationCommand, "weather"}: {}}
	for k, v := range cmds {
		extra[k] = v
	}
	if err := checkRoutes(Commands(), extra); err == nil || !strings.Contains(err.Error(), "weather") {
		t.Errorf("a handler without a command is not reported: %v", err)
	}
	if err := checkRoutes(append(Commands(), &discordgo.ApplicationCommand{Name: "weather"}), cmds); err == nil {
		t.Error("a command without a handler is not reported")
	}
	for _, action := range []string{handlers.ActionMore, handlers.ActionParagraph, handlers.ActionPublish} {
		if _, ok := btns[action]; !ok {
			t.Errorf("button action %q has no handler", action)
		}
	}
}

func TestCommandDefinitions(t *testing.T) {
	byName := map[string]*discordgo.ApplicationCommand{}
	for _, c := range Commands() {
		byName[c.Name] = c
		if len(c.Name) > 32 || (c.Type == discordgo.ChatApplicationCommand && (c.Description == "" || len(c.Description) > 100)) {
			t.Errorf("command %q breaks Discord's name or description limits", c.Name)
		}
	}
	q := byName["ask"].Options[0]
	if q.Name != "question" || !q.Required || q.MaxLength != 500 {
		t.Errorf("/ask question = %+v", q)
	}
	for _, name := range []string{"checkquote", "Check quotes"} {
		c := byName[name]
		if c == nil || c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != discordgo.PermissionManageMessages {
			t.Errorf("%q is not for Manage Messages by default", name)
		}
	}
	if byName["Check quotes"].Type != discordgo.MessageApplicationCommand {
		t.Error("Check quotes is not a message command")
	}
	b, _ := json.Marshal(byName["summary"])
	if !bytes.Contains(b, []byte(`"autocomplete":true`)) || !bytes.Contains(b, []byte(`{"name":"short","value":"short"}`)) {
		t.Errorf("/summary = %s", b)
	}
}

func BenchmarkRespondAsk(b *testing.B) {
	r, _ := newRouter(b, Deps{})
	i := loadInteraction(b, "ask.json")
	b.ReportAllocs()
	for b.Loop() {
		r.Respond(context.Background(), i)
	}
}
