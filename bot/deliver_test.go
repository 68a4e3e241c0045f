package bot

import (
	"context"
	"errors"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// fakeSender records what Deliver sends; one function field per method.
type fakeSender struct {
	log     []string
	postErr error
	// respondErr and editErr fail those calls.
	respondErr, editErr error
}

func (f *fakeSender) InteractionRespond(_ *discordgo.Interaction, r *discordgo.InteractionResponse, _ ...discordgo.RequestOption) error {
	f.log = append(f.log, "respond:"+itoaResp(r))
	return f.respondErr
}

func (f *fakeSender) InteractionResponseEdit(_ *discordgo.Interaction, e *discordgo.WebhookEdit, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.log = append(f.log, "edit")
	return &discordgo.Message{}, f.editErr
}

func (f *fakeSender) FollowupMessageCreate(_ *discordgo.Interaction, _ bool, _ *discordgo.WebhookParams, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.log = append(f.log, "followup")
	return &discordgo.Message{}, nil
}

func (f *fakeSender) ChannelMessageSendComplex(ch string, _ *discordgo.MessageSend, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.log = append(f.log, "post:"+ch)
	return &discordgo.Message{}, f.postErr
}

func itoaResp(r *discordgo.InteractionResponse) string { return strconv.Itoa(int(r.Type)) }

func TestDeliver(t *testing.T) {
	answer := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource}
	deferral := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	failed := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource}
	tests := []struct {
		name    string
		rep     Reply
		postErr error
		want    string
	}{
		{"inline", Reply{Response: answer}, nil, "respond:4"},
		{"inline with overflow", Reply{Response: answer, Extra: []*discordgo.WebhookParams{{}, {}}}, nil, "respond:4 followup followup"},
		{"deferred", Reply{Response: deferral, Followup: func(context.Context) *discordgo.WebhookEdit { return &discordgo.WebhookEdit{} }}, nil, "respond:5 edit"},
		{"publish", Reply{Response: answer, Post: &Post{ChannelID: "9", Failed: failed}}, nil, "post:9 respond:4"},
		{"publish fails", Reply{Response: &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage}, Post: &Post{ChannelID: "9", Failed: failed}}, errors.New("403"), "post:9 respond:4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &fakeSender{postErr: tt.postErr}
			err := Deliver(context.Background(), s, &discordgo.Interaction{}, tt.rep)
			if (err != nil) != (tt.postErr != nil) {
				t.Errorf("err = %v, want an error: %v", err, tt.postErr != nil)
			}
			if got := strings.Join(s.log, " "); got != tt.want {
				t.Errorf("sent %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDeliverErrorsHoldNoToken: a network error names the URL, which holds
// the interaction token; what Deliver returns (and the gateway logs) does not.
func TestDeliverErrorsHoldNoToken(t *testing.T) {
	const token = "aW50ZXJhY3Rpb246MTI1MDAwMDAwMDAwMDAwMDAwMTpzZWNyZXQ"
	netErr := func(path string) error {
		return &url.Error{Op: "Post", URL: "https://discord.com/api/v9/" + path, Err: errors.New("connection reset by peer")}
	}
	i := &discordgo.Interaction{ID: "1250000000000000001", Token: token}
	deferral := Reply{
		Response: &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource},
		Followup: func(context.Context) *discordgo.WebhookEdit { return &discordgo.WebhookEdit{} },
	}
	for name, s := range map[string]*fakeSender{
		"respond": {respondErr: netErr("interactions/" + i.ID + "/" + token + "/callback")},
		"edit":    {editErr: netErr("webhooks/1240000000000000000/" + token + "/messages/@original")},
	} {
		err := Deliver(context.Background(), s, i, deferral)
		if err == nil || strings.Contains(err.Error(), token) || !strings.Contains(err.Error(), "connection reset") {
			t.Errorf("%s: error %v; want the cause without the token", name, err)
		}
	}
}
