package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/bot/discordtest"
	"github.com/quotebot/quotebot/knowledge"
)

const (
	testToken = "MTI0MDAwMDAwMDAwMDAwMDAwMA.GaBcDe.stand-in-token-not-a-real-one"
	wait      = 5 * time.Second
)

// useStandIn points discordgo at the stand-in for one test.
func useStandIn(t *testing.T, srv *discordtest.Server) {
	t.Helper()
	if err := UseAPI(srv.URL + "/"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { UseAPI("https://discord.com/") })
}

func payload(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sent decodes a recorded REST body.
type sent struct {
	Type int `json:"type"`
	Data *struct {
		Content string                    `json:"content"`
		Embeds  []*discordgo.MessageEmbed `json:"embeds"`
		Flags   int                       `json:"flags"`
	} `json:"data"`
	Content         string                      `json:"content"`
	Embeds          []*discordgo.MessageEmbed   `json:"embeds"`
	Reference       *discordgo.MessageReference `json:"message_reference"`
	AllowedMentions json.RawMessage             `json:"allowed_mentions"`
}

func decode(t *testing.T, c discordtest.Call) sent {
	t.Helper()
	var s sent
	if err := json.Unmarshal(c.Body, &s); err != nil {
		t.Fatalf("%s %s: %v: %s", c.Method, c.Path, err, c.Body)
	}
	return s
}

const noPings = `{"parse":[],"replied_user":false}`

// TestGatewayEndToEnd runs the real discordgo Session against the stand-in:
// it identifies with its token and intents, answers /ask and an @mention
// from the article over REST (the mention as a reply), publishes a verdict,
// pings nobody, and shuts down when its context ends.
func TestGatewayEndToEnd(t *testing.T) {
	srv := discordtest.New(t, testToken)
	useStandIn(t, srv)
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	r, err := NewRouter(Deps{Article: article, Log: log, Limits: Limits{UserPerMinute: 60, GuildPerMinute: 600}})
	if err != nil {
		t.Fatal(err)
	}
	ready := make(chan string, 1)
	gw := &Gateway{Token: testToken, Router: r, Log: log, Ready: func(id string) { ready <- id }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- gw.Run(ctx) }()
	defer cancel()

	srv.WaitCall(t, "GET", "/users/@me", wait)
	id := srv.WaitIdentify(t, wait)
	if strings.TrimPrefix(id.Token, "Bot ") != testToken {
		t.Errorf("IDENTIFY token is not the bot token")
	}
	if id.Intents != int(Intents) || id.Intents&int(discordgo.IntentMessageContent) != 0 {
		t.Errorf("intents = %d, want %d without MessageContent", id.Intents, Intents)
	}
	select {
	case got := <-ready:
		if got != discordtest.AppID {
			t.Errorf("ready as %q", got)
		}
	case <-time.After(wait):
		t.Fatal("no READY")
	}
	srv.WaitHeartbeat(t, wait)

	// /ask over the gateway, answered by POST …/callback.
	srv.Dispatch("INTERACTION_CREATE", payload(t, "ask.json"))
	ask := loadInteraction(t, "ask.json")
	c := srv.WaitCall(t, "POST", "/interactions/"+ask.ID+"/"+ask.Token+"/callback", wait)
	resp := decode(t, c)
	if resp.Type != int(discordgo.InteractionResponseChannelMessageWithSource) || resp.Data == nil || len(resp.Data.Embeds) == 0 {
		t.Fatalf("/ask response: %s", c.Body)
	}
	if !strings.Contains(unescape(resp.Data.Embeds[0].Description), "tackling the “root causes” of the conflict") {
		t.Errorf("/ask was not answered from the article: %s", resp.Data.Embeds[0].Description)
	}
	if !bytes.Contains(c.Body, []byte(`"allowed_mentions":`+noPings)) {
		t.Errorf("/ask response may ping: %s", c.Body)
	}

	// Autocomplete: the choices and nothing else, an empty list included.
	for typed, want := range map[string]string{
		"hopes": `{"type":8,"data":{"choices":[{"name":"High Hopes for Future Negotiations","value":"High Hopes for Future Negotiations"}]}}`,
		"zzz":   `{"type":8,"data":{"choices":[]}}`,
	} {
		auto := loadInteraction(t, "summary_autocomplete.json")
		body := bytes.Replace(payload(t, "summary_autocomplete.json"), []byte(`"value": "hopes"`), []byte(`"value": "`+typed+`"`), 1)
		srv.Dispatch("INTERACTION_CREATE", body)
		c := srv.WaitCall(t, "POST", "/interactions/"+auto.ID+"/"+auto.Token+"/callback", wait)
		if got := string(bytes.TrimSpace(c.Body)); got != want {
			t.Errorf("autocomplete %q sent %s, want %s", typed, got, want)
		}
	}

	// An @mention, answered by a reply in the channel.
	srv.Dispatch("MESSAGE_CREATE", payload(t, "message_create_mention.json"))
	mention := loadMessage(t, "message_create_mention.json")
	c = srv.WaitCall(t, "POST", "/channels/"+mention.ChannelID+"/messages", wait)
	msg := decode(t, c)
	if msg.Reference == nil || msg.Reference.MessageID != mention.ID {
		t.Errorf("the answer is not a reply to the mention: %s", c.Body)
	}
	if string(msg.AllowedMentions) != noPings {
		t.Errorf("allowed_mentions = %s, want %s", msg.AllowedMentions, noPings)
	}
	if len(msg.Embeds) == 0 || !strings.Contains(unescape(msg.Embeds[0].Description), "“root causes”") {
		t.Errorf("the mention was not answered from the article: %s", c.Body)
	}

	// "Post publicly": the verdict goes to the channel, then the private copy is updated.
	srv.Dispatch("INTERACTION_CREATE", payload(t, "button_post.json"))
	post := loadInteraction(t, "button_post.json")
	c = srv.WaitCall(t, "POST", "/channels/"+post.ChannelID+"/messages", wait)
	if m := decode(t, c); m.Reference == nil || m.Reference.MessageID != "1250000000000000700" || string(m.AllowedMentions) != noPings {
		t.Errorf("published verdict: %s", c.Body)
	}
	c = srv.WaitCall(t, "POST", "/interactions/"+post.ID+"/", wait)
	if decode(t, c).Type != int(discordgo.InteractionResponseUpdateMessage) {
		t.Errorf("the private verdict was not updated: %s", c.Body)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(wait):
		t.Fatal("Run did not return after cancel")
	}
	if strings.Contains(logs.String(), testToken) {
		t.Error("the token appears in the logs")
	}
	for _, want := range []string{`"command":"ask"`, `"kind":"mention"`, `"command":"post"`, "shutting down"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("logs lack %s", want)
		}
	}
}

func TestGatewayBadToken(t *testing.T) {
	srv := discordtest.New(t, testToken)
	useStandIn(t, srv)
	r, _ := NewRouter(Deps{Article: article})
	bad := "MTI0.wrong.token-value"
	err := (&Gateway{Token: bad, Router: r}).Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") || strings.Contains(err.Error(), bad) {
		t.Fatalf("err = %v; want a message naming DISCORD_TOKEN, without the token", err)
	}
}

// TestRegister bulk-overwrites the commands with exactly the definitions.
func TestRegister(t *testing.T) {
	srv := discordtest.New(t, testToken)
	useStandIn(t, srv)
	id, err := ApplicationID(testToken)
	if err != nil || id != discordtest.AppID {
		t.Fatalf("ApplicationID = %q, %v", id, err)
	}
	for _, guild := range []string{discordtest.GuildID, ""} {
		got, err := Register(context.Background(), testToken, id, guild)
		if err != nil {
			t.Fatal(err)
		}
		path := "/applications/" + id + "/commands"
		if guild != "" {
			path = "/applications/" + id + "/guilds/" + guild + "/commands"
		}
		c := srv.WaitCall(t, "PUT", path, wait)
		want, _ := json.Marshal(Commands())
		if c.Path != path || !bytes.Equal(bytes.TrimSpace(c.Body), want) {
			t.Errorf("PUT %s body:\n%s\nwant:\n%s", c.Path, c.Body, want)
		}
		if len(got) != len(Commands()) {
			t.Errorf("registered %d commands, want %d", len(got), len(Commands()))
		}
	}
}

func TestInviteURL(t *testing.T) {
	got := InviteURL("123")
	want := "https://discord.com/oauth2/authorize?client_id=123&permissions=274877991936&scope=bot+applications.commands"
	if got != want {
		t.Errorf("InviteURL = %s, want %s", got, want)
	}
	if Permissions&(discordgo.PermissionAdministrator|discordgo.PermissionManageMessages|discordgo.PermissionMentionEveryone) != 0 {
		t.Error("the bot asks for more than it needs")
	}
}

// TestGatewayDeferredAnswer: a slow asker's answer is deferred (type 5)
// and then edited into the original response through the webhook API.
func TestGatewayDeferredAnswer(t *testing.T) {
	srv := discordtest.New(t, testToken)
	useStandIn(t, srv)
	quote := article.QuoteOf(0)
	slow := fakeAsker{func(_ context.Context, q string) (knowledge.Answer, error) {
		return knowledge.Answer{Question: q, Answered: true, Text: "Here is what the article says:", Quotes: []knowledge.Quote{quote}}, nil
	}}
	r, err := NewRouter(Deps{Article: article, Asker: slow, SlowAsker: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- (&Gateway{Token: testToken, Router: r}).Run(ctx) }()
	defer func() { cancel(); <-done }()
	srv.WaitIdentify(t, wait)
	srv.WaitHeartbeat(t, wait)

	srv.Dispatch("INTERACTION_CREATE", payload(t, "ask.json"))
	ask := loadInteraction(t, "ask.json")
	c := srv.WaitCall(t, "POST", "/interactions/"+ask.ID+"/", wait)
	if decode(t, c).Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
		t.Fatalf("first response: %s", c.Body)
	}
	c = srv.WaitCall(t, "PATCH", "/webhooks/"+ask.AppID+"/"+ask.Token+"/messages/@original", wait)
	m := decode(t, c)
	if len(m.Embeds) == 0 || !strings.Contains(unescape(m.Embeds[0].Description), quote.Text) || string(m.AllowedMentions) != noPings {
		t.Errorf("edit: %s", c.Body)
	}

	// A mention shows the bot typing while the slow asker works.
	srv.Dispatch("MESSAGE_CREATE", payload(t, "message_create_mention.json"))
	mention := loadMessage(t, "message_create_mention.json")
	calls := []discordtest.Call{
		srv.WaitCall(t, "POST", "/channels/"+mention.ChannelID+"/", wait),
		srv.WaitCall(t, "POST", "/channels/"+mention.ChannelID+"/", wait),
	}
	if calls[0].Path != "/channels/"+mention.ChannelID+"/typing" || calls[1].Path != "/channels/"+mention.ChannelID+"/messages" {
		t.Errorf("calls %s then %s; want typing, then the answer", calls[0].Path, calls[1].Path)
	}
}
