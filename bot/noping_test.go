package bot

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/bot/discordtest"
	"github.com/quotebot/quotebot/knowledge"
)

// wireMessage is a message-shaped payload as it goes over the wire: an
// interaction response's data, a webhook edit or execute, a channel message.
type wireMessage struct {
	Content         string                                      `json:"content"`
	Embeds          []*discordgo.MessageEmbed                   `json:"embeds"`
	Components      []discordgo.MessageComponent                `json:"-"`
	RawComponents   []json.RawMessage                           `json:"components"`
	AllowedMentions *json.RawMessage                            `json:"allowed_mentions"`
	Reference       *discordgo.MessageReference                 `json:"message_reference"`
	Choices         []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
}

// pingAudit collects every message the bot sends, in both modes, and
// checks each one.
type pingAudit struct {
	t       *testing.T
	counts  map[string]int // messages checked, by kind
	shown   strings.Builder
	article string
}

// check fails unless body (a message of kind) pings nobody, fits
// Discord's limits and quotes verbatim.
func (a *pingAudit) check(kind string, body []byte) {
	t := a.t
	t.Helper()
	var m wireMessage
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("%s: %v: %s", kind, err, body)
	}
	const quiet = `{"parse":[],"replied_user":false}`
	if m.AllowedMentions == nil || string(*m.AllowedMentions) != quiet {
		t.Errorf("%s may ping: allowed_mentions %s in %s", kind, rawOrNil(m.AllowedMentions), body)
	}
	for _, rc := range m.RawComponents {
		var row discordgo.ActionsRow
		if err := json.Unmarshal(rc, &row); err != nil {
			t.Fatalf("%s: component %s: %v", kind, rc, err)
		}
		// Decoded buttons are pointers; checkLimits reads values.
		for j, c := range row.Components {
			if b, ok := c.(*discordgo.Button); ok {
				row.Components[j] = *b
			}
		}
		m.Components = append(m.Components, row)
	}
	checkLimits(t, m.Content, m.Embeds, m.Components)
	checkVerbatim(t, a.article, m.Embeds)
	a.counts[kind]++
	a.shown.WriteString(shown(&discordgo.InteractionResponseData{Content: m.Content, Embeds: m.Embeds}))
}

func rawOrNil(r *json.RawMessage) string {
	if r == nil {
		return "absent"
	}
	return string(*r)
}

// calls checks every REST call the stand-in recorded since the last time.
func (a *pingAudit) calls(srv *discordtest.Server, mode string) {
	a.t.Helper()
	for _, c := range srv.Calls() {
		switch {
		case c.Method == "POST" && strings.HasSuffix(c.Path, "/callback"):
			a.response(mode+" callback", c.Body)
		case strings.HasPrefix(c.Path, "/webhooks/") && c.Method == "PATCH":
			a.check(mode+" edit", c.Body)
		case strings.HasPrefix(c.Path, "/webhooks/") && c.Method == "POST":
			a.check(mode+" follow-up", c.Body)
		case strings.HasPrefix(c.Path, "/channels/") && c.Method == "POST":
			a.check(mode+" channel message", c.Body)
		default:
			a.t.Errorf("unexpected call %s %s", c.Method, c.Path)
		}
	}
}

// response checks an interaction response: messages (4, 5, 7) must ping
// nobody; PONG and autocomplete results carry no message.
func (a *pingAudit) response(kind string, body []byte) {
	a.t.Helper()
	var r struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &r); err != nil {
		a.t.Fatalf("%s: %v: %s", kind, err, body)
	}
	switch discordgo.InteractionResponseType(r.Type) {
	case discordgo.InteractionResponsePong, discordgo.InteractionApplicationCommandAutocompleteResult:
		a.counts[kind+" without message"]++
	default:
		a.check(kind+" "+map[int]string{4: "message", 5: "deferral", 7: "update"}[r.Type], r.Data)
	}
}

// TestNoMessageEverPings walks every path that makes the bot say something
// in Discord, in both modes, and checks what goes over the wire: initial
// responses, deferrals and their edits, follow-up messages, channel posts,
// mention replies, errors, rate-limit notices, apologies after panics,
// stale buttons, unknown commands. Each must set allowed_mentions to ping
// nobody (replied_user false included) and fit Discord's limits.
func TestNoMessageEverPings(t *testing.T) {
	srv := discordtest.New(t, testToken)
	useStandIn(t, srv)
	audit := &pingAudit{t: t, counts: map[string]int{}, article: article.Text}

	many := []knowledge.Quote{}
	for range 8 { // more than four messages hold
		for i := range article.Sentences {
			many = append(many, article.QuoteOf(i))
		}
	}
	asker := fakeAsker{func(ctx context.Context, q string) (knowledge.Answer, error) {
		switch {
		case strings.Contains(q, "panic"):
			panic("boom")
		case strings.Contains(q, "broken"):
			return knowledge.Answer{}, errors.New("secret internal detail")
		case strings.Contains(q, "everything"):
			return knowledge.Answer{Question: q, Answered: true, Text: "Here is what the article says:", Quotes: many}, nil
		}
		return article.Ask(q)
	}}
	router := func(d Deps) *Router {
		d.Asker = asker
		r, _ := newRouter(t, d)
		return r
	}
	fast := router(Deps{})
	slow := router(Deps{SlowAsker: true})
	late := router(Deps{})
	late.deferAfter = 0
	limited := router(Deps{Limits: Limits{UserPerMinute: 1}})

	ask := func(q string) *discordgo.Interaction {
		i := loadInteraction(t, "ask.json")
		d := i.ApplicationCommandData()
		d.Options = []*discordgo.ApplicationCommandInteractionDataOption{{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: q}}
		i.Data = d
		return i
	}
	fixtures := []string{
		"ping.json", "ask.json", "ask_private.json", "ask_unanswerable.json", "ask_dm.json", "summary.json",
		"summary_section.json", "summary_autocomplete.json", "checkquote.json", "check_quotes_message.json",
		"quotes.json", "about.json", "button_more.json", "button_paragraph.json", "button_stale.json", "button_post.json",
	}
	forbidden := loadInteraction(t, "button_post.json")
	forbidden.ChannelID = discordtest.ForbiddenChannelID
	forbidden.Data = discordgo.MessageComponentInteractionData{CustomID: "post:" + discordtest.ForbiddenChannelID + ":1250000000000000700", ComponentType: discordgo.ButtonComponent}
	unknown := loadInteraction(t, "about.json")
	unknown.Data = discordgo.ApplicationCommandInteractionData{Name: "weather", CommandType: discordgo.ChatApplicationCommand}
	modal := loadInteraction(t, "about.json")
	modal.Type = discordgo.InteractionModalSubmit
	modal.Data = discordgo.ModalSubmitInteractionData{CustomID: "askmodal"}
	broken := loadInteraction(t, "about.json")
	broken.Data = nil // Respond itself panics reading it

	type step struct {
		r *Router
		i *discordgo.Interaction
	}
	var steps []step
	for _, f := range fixtures {
		steps = append(steps, step{fast, loadInteraction(t, f)}, step{late, loadInteraction(t, f)})
	}
	steps = append(steps,
		step{fast, ask("Tell me everything")}, // several messages
		step{fast, ask("panic now")}, step{fast, ask("broken asker")}, step{fast, ask("???")},
		step{slow, ask("What did Putin say about root causes?")}, step{slow, ask("panic now")},
		step{slow, ask("broken asker")}, step{slow, ask("???")},
		step{limited, ask("Vatican")}, step{limited, ask("Vatican")}, // the second is refused
		step{fast, forbidden}, step{fast, unknown}, step{fast, modal}, step{fast, broken},
	)

	// Over the gateway: what the Gateway's handlers run, through a real
	// discordgo Session talking to the stand-in.
	sess, err := discordgo.New("Bot " + testToken)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range steps {
		rep := s.r.Respond(context.Background(), s.i)
		_ = Deliver(context.Background(), sess, s.i, rep)
		audit.calls(srv, "gateway")
	}
	mentions := []*discordgo.Message{
		loadMessage(t, "message_create_mention.json"), loadMessage(t, "message_create_dm.json"),
		loadMessage(t, "message_create_followup.json"), loadMessage(t, "message_create_noping_reply.json"),
	}
	for _, q := range []string{"", "tell me everything", "panic now", "broken asker"} {
		m := loadMessage(t, "message_create_mention.json")
		m.Content = "<@" + testBotID + "> " + q
		mentions = append(mentions, m)
	}
	for _, r := range []*Router{fast, limited, limited} {
		for _, m := range mentions {
			for _, send := range r.Mention(context.Background(), m, testBotID) {
				if _, err := sess.ChannelMessageSendComplex(m.ChannelID, send); err != nil {
					t.Fatal(err)
				}
			}
			audit.calls(srv, "gateway mention")
		}
	}

	// Over HTTP: the same steps POSTed to the interactions endpoint, with
	// and without a bot token; edits and follow-ups go to the stand-in.
	for _, token := range []string{testToken, ""} {
		for _, s := range steps {
			hs, priv := newHTTPTestServer(t, s.r, func(c *HTTPConfig) {
				c.APIURL, c.Token = srv.URL+"/", token
			})
			body, err := json.Marshal(s.i)
			if err != nil {
				t.Fatal(err)
			}
			rec := httpServe(hs, httpSignedRequest(priv, body))
			if rec.Code != http.StatusOK {
				t.Fatalf("HTTP %d: %s", rec.Code, rec.Body)
			}
			audit.response("http", rec.Body.Bytes())
			hs.stopFollowups(context.Background()) // wait for edits and follow-ups
			audit.calls(srv, "http")
		}
	}
	// A deferred answer that never comes is still edited, with an apology,
	// in both modes.
	stuck := make(chan struct{})
	defer close(stuck)
	stuckRouter, _ := newRouter(t, Deps{SlowAsker: true, Asker: fakeAsker{func(context.Context, string) (knowledge.Answer, error) {
		<-stuck
		return knowledge.Answer{}, nil
	}}})
	i := loadInteraction(t, "ask.json")
	rep := stuckRouter.Respond(context.Background(), i)
	if err := sess.InteractionRespond(i, rep.Response); err != nil {
		t.Fatal(err)
	}
	if _, err := sess.InteractionResponseEdit(i, rep.Followup(canceled())); err != nil {
		t.Fatal(err)
	}
	audit.calls(srv, "gateway")
	hs, priv := newHTTPTestServer(t, stuckRouter, func(c *HTTPConfig) { c.APIURL = srv.URL + "/" })
	audit.response("http", httpServe(hs, httpSignedRequest(priv, payload(t, "ask.json"))).Body.Bytes())
	hs.stopFollowups(canceled())
	audit.calls(srv, "http")

	// Every kind of message was seen, and every kind of reply was given.
	for _, kind := range []string{
		"gateway callback message", "gateway callback deferral", "gateway callback update", "gateway edit",
		"gateway follow-up", "gateway channel message", "gateway mention channel message",
		"http message", "http deferral", "http update", "http edit", "http follow-up", "http channel message",
	} {
		if audit.counts[kind] == 0 {
			t.Errorf("no %s was checked: %v", kind, audit.counts)
		}
	}
	for _, want := range []string{
		apology, tooSlow, staleButton, "try again in", "I don't know that command", "Posted publicly",
		"I couldn't post it there", "Posting publicly needs the bot's token", "I can't read that message",
		"Please ask a question", "more parts are not shown", followupTimeoutText, "Quote check",
	} {
		if !strings.Contains(audit.shown.String(), want) {
			t.Errorf("no message said %q: a path was not walked", want)
		}
	}
	t.Logf("checked %v", audit.counts)
}

// canceled is a context that has ended.
func canceled() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}
