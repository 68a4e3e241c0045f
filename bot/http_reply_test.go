package bot

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// httpFakeSender records posts made on the bot's account.
type httpFakeSender struct {
	Sender
	posted chan *discordgo.MessageSend
	err    error
}

func (f *httpFakeSender) ChannelMessageSendComplex(channelID string, m *discordgo.MessageSend, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.posted <- m
	return &discordgo.Message{}, f.err
}

func postReply() Reply {
	return Reply{
		Post: &Post{ChannelID: "1", Message: &discordgo.MessageSend{Content: "verdict", AllowedMentions: noMentions()},
			Failed: privateText("could not post")},
		Response: &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: "posted"}},
	}
}

func TestHTTPPostNeedsToken(t *testing.T) {
	r := httpFakeResponder{func(context.Context, *discordgo.Interaction) Reply { return postReply() }}
	tests := []struct {
		name     string
		sender   *httpFakeSender
		want     string
		wantPost bool
	}{
		{"no token: explain", nil, "needs the bot's token", false},
		{"token: posted, then the update", &httpFakeSender{posted: make(chan *discordgo.MessageSend, 1)}, "posted", true},
		{"token, post refused: the failure reply", &httpFakeSender{posted: make(chan *discordgo.MessageSend, 1), err: io.ErrUnexpectedEOF}, "could not post", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, priv := newHTTPTestServer(t, r, func(c *HTTPConfig) {
				if tt.sender != nil {
					c.Sender = tt.sender
				}
			})
			ts := httptest.NewServer(s)
			defer ts.Close()
			resp, err := httpPost(t, ts.URL, priv, httpFixture(t, "component_button.json"))
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != 200 || !strings.Contains(string(body), tt.want) {
				t.Errorf("got %d %s, want a reply containing %q", resp.StatusCode, body, tt.want)
			}
			if !strings.Contains(string(body), `"allowed_mentions":{"parse":[]`) {
				t.Errorf("reply %s does not silence mentions", body)
			}
			if tt.sender != nil {
				select {
				case m := <-tt.sender.posted:
					if m.Content != "verdict" {
						t.Errorf("posted %+v", m)
					}
				default:
					t.Error("nothing was posted")
				}
			}
		})
	}
}

func TestHTTPExtraMessagesFollowTheEdit(t *testing.T) {
	d := newHTTPDiscord(t)
	defer d.Close()
	r := httpFakeResponder{func(context.Context, *discordgo.Interaction) Reply {
		return Reply{
			Response: &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource},
			Followup: func(context.Context) *discordgo.WebhookEdit { return textEdit("part one") },
			Extra: []*discordgo.WebhookParams{
				{Content: "part two <@&42> @everyone", AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeEveryone}}},
			},
		}
	}}
	s, priv := newHTTPTestServer(t, r, func(c *HTTPConfig) { c.APIURL = d.URL })
	ts := httptest.NewServer(s)
	defer ts.Close()
	resp, err := httpPost(t, ts.URL, priv, httpFixture(t, "command_ask.json"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var got []httpEdit
	for len(got) < 2 {
		select {
		case e := <-d.edits:
			got = append(got, e)
		case <-time.After(5 * time.Second):
			t.Fatalf("got %d webhook calls, want the edit and one follow-up", len(got))
		}
	}
	if got[0].method != http.MethodPatch || !strings.HasSuffix(got[0].path, "/messages/@original") {
		t.Errorf("first call %s %s, want the PATCH of @original", got[0].method, got[0].path)
	}
	if got[1].method != http.MethodPost || strings.Contains(got[1].path, "@original") || got[1].auth != "" {
		t.Errorf("second call %s %s (auth %q), want a token-free POST to the webhook", got[1].method, got[1].path, got[1].auth)
	}
	am, _ := json.Marshal(got[1].body["allowed_mentions"])
	if string(am) != `{"parse":[],"replied_user":false}` {
		t.Errorf("follow-up allowed_mentions = %s, want nobody pinged", am)
	}
}
