package bot

import (
	"context"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/quotebot/quotebot/knowledge"
)

func TestRouterCachesSlashAnswersByOptions(t *testing.T) {
	r, err := NewRouter(Deps{Article: knowledge.Default(), Limits: Limits{UserPerMinute: 1000, GuildPerMinute: 1000}})
	if err != nil {
		t.Fatal(err)
	}
	ask := func(q string, private bool) Reply {
		opts := []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: q},
			{Name: "private", Type: discordgo.ApplicationCommandOptionBoolean, Value: private},
		}
		i := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, Token: "t", GuildID: "g",
			Member: &discordgo.Member{User: &discordgo.User{ID: "u"}},
			Data:   discordgo.ApplicationCommandInteractionData{Name: "ask", CommandType: discordgo.ChatApplicationCommand, Options: opts}}
		return r.Respond(context.Background(), i)
	}
	a1, a2 := ask("What did Putin say about root causes?", false), ask("What did Putin say about root causes?", false)
	if a1.Response != a2.Response {
		t.Error("the same question and options were answered twice")
	}
	p := ask("What did Putin say about root causes?", true)
	if p.Response == a1.Response || p.Response.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Error("a private ask shares the public answer")
	}
	other := ask("Where could future talks be hosted?", false)
	if other.Response == a1.Response {
		t.Error("different questions share an answer")
	}
	if bad := ask("   ", false); bad.Response == ask("   ", false).Response {
		t.Error("a user error was cached")
	}
}
