package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// decodeBoth decodes an interaction fixture of testdata/http as each mode
// does: the HTTP endpoint's decoder and discordgo's (the gateway).
func decodeBoth(t *testing.T, name string) map[string]*discordgo.Interaction {
	t.Helper()
	body := httpFixture(t, name)
	h, err := decodeInteraction(body)
	if err != nil {
		t.Fatalf("HTTP decode of %s: %v", name, err)
	}
	var g discordgo.Interaction
	if err := g.UnmarshalJSON(body); err != nil {
		t.Fatalf("gateway decode of %s: %v", name, err)
	}
	return map[string]*discordgo.Interaction{"http": h, "gateway": &g}
}

// TestCommandWithoutDataType answers an application command whose data has
// no "type", as some payloads come: that is a slash command (type 1).
func TestCommandWithoutDataType(t *testing.T) {
	r, _ := newRouter(t, Deps{})
	for mode, i := range decodeBoth(t, "command_ask_no_data_type.json") {
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
