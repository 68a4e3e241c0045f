package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/bot/discordtest"
)

// decodeBoth decodes an interaction payload of testdata as each mode does:
// the HTTP endpoint's decoder and the gateway's.
func decodeBoth(t *testing.T, name string) map[string]*discordgo.Interaction {
	t.Helper()
	body := payload(t, name)
	h, err := decodeInteraction(body)
	if err != nil {
		t.Fatalf("HTTP decode of %s: %v", name, err)
	}
	g, err := decodeGatewayInteraction(body)
	if err != nil {
		t.Fatalf("gateway decode of %s: %v", name, err)
	}
	return map[string]*discordgo.Interaction{"http": h, "gateway": g}
}

// TestCommandWithoutDataType answers an application command whose data has
// no "type", as some payloads come: that is a slash command (type 1).
func TestCommandWithoutDataType(t *testing.T) {
	r, _ := newRouter(t, Deps{})
	for mode, i := range decodeBoth(t, "http/command_ask_no_data_type.json") {
		rep := r.Respond(context.Background(), i)
		checkReply(t, rep)
		d := rep.Response.Data
		if d == nil || strings.Contains(d.Content, "I don't know that command") || len(d.Embeds) == 0 {
			t.Errorf("%s: got %+v, want the answer to /ask", mode, d)
			continue
		}
		if !strings.Contains(shown(d), "root causes") {
			t.Errorf("%s: answer does not quote the article:\n%s", mode, shown(d))
		}
	}
}

// TestCheckQuotesReadsEveryKindOfMessage: *Check quotes* finds the text of
// a forwarded message (in its snapshot, and says so), of a Components V2
// message (in Text Display components, inside a Container and a Section),
// and of a message holding component types nobody knew yet (skipped).
func TestCheckQuotesReadsEveryKindOfMessage(t *testing.T) {
	tests := []struct {
		file    string
		want    []string
		notWant []string
	}{
		{"check_quotes_forwarded.json", []string{"forwarded message", "Quoted exactly", "We just need to determine the most effective ways"}, nil},
		{"check_quotes_components_v2.json", []string{"Quoted exactly", "We just need to determine the most effective ways"}, []string{"forwarded"}},
		{"check_quotes_unknown_component.json", []string{"Quoted exactly"}, []string{"forwarded"}},
	}
	for _, tt := range tests {
		r, _ := newRouter(t, Deps{})
		for mode, i := range decodeBoth(t, tt.file) {
			rep := r.Respond(context.Background(), i)
			checkReply(t, rep)
			d := rep.Response.Data
			if d == nil || d.Flags&discordgo.MessageFlagsEphemeral == 0 {
				t.Errorf("%s %s: the verdict is not private: %+v", tt.file, mode, d)
				continue
			}
			got := shown(d)
			if strings.Contains(got, "no text I can check") {
				t.Errorf("%s %s: found no text:\n%s", tt.file, mode, got)
				continue
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("%s %s: reply lacks %q:\n%s", tt.file, mode, w, got)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("%s %s: reply has %q:\n%s", tt.file, mode, w, got)
				}
			}
		}
	}
}

// TestUnknownComponentsAreNotFatal: discordgo alone refuses these payloads;
// both modes' decoders read them, and the HTTP endpoint answers 200.
func TestUnknownComponentsAreNotFatal(t *testing.T) {
	body := payload(t, "check_quotes_unknown_component.json")
	var strict discordgo.Interaction
	if err := strict.UnmarshalJSON(body); err == nil {
		t.Fatal("discordgo decodes the fixture: it no longer tests an unknown component type")
	}
	var m discordgo.Message
	if err := m.UnmarshalJSON(payload(t, "message_create_mention_unknown_component.json")); err == nil {
		t.Fatal("discordgo decodes the message fixture: it no longer tests an unknown component type")
	}
	if _, err := decodeGatewayMessage(payload(t, "message_create_mention_unknown_component.json")); err != nil {
		t.Errorf("gateway message decode: %v", err)
	}
	r, _ := newRouter(t, Deps{})
	s, priv := newHTTPTestServer(t, r, nil)
	rec := httpServe(s, httpSignedRequest(priv, body))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "Quoted exactly") {
		t.Errorf("HTTP: %d %s", rec.Code, rec.Body)
	}
}

// TestGatewayUnknownComponents runs the real gateway client: an
// interaction and a mention holding unknown component types are answered.
func TestGatewayUnknownComponents(t *testing.T) {
	srv := discordtest.New(t, testToken)
	useStandIn(t, srv)
	r, _ := newRouter(t, Deps{})
	gw := &Gateway{Token: testToken, Router: r}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- gw.Run(ctx) }()
	defer func() {
		cancel()
		select {
		case <-done:
		case <-time.After(wait):
			t.Error("the gateway did not stop")
		}
	}()
	srv.WaitIdentify(t, wait)
	srv.WaitHeartbeat(t, wait)

	srv.Dispatch("INTERACTION_CREATE", payload(t, "check_quotes_unknown_component.json"))
	i, _ := decodeInteraction(payload(t, "check_quotes_unknown_component.json"))
	c := srv.WaitCall(t, "POST", "/interactions/"+i.ID+"/"+i.Token+"/callback", wait)
	if !strings.Contains(string(c.Body), "Quoted exactly") {
		t.Errorf("the check was not answered: %s", c.Body)
	}
	srv.Dispatch("MESSAGE_CREATE", payload(t, "message_create_mention_unknown_component.json"))
	c = srv.WaitCall(t, "POST", "/channels/1100000000000000555/messages", wait)
	if !strings.Contains(string(c.Body), "root causes") {
		t.Errorf("the mention was not answered: %s", c.Body)
	}
}
