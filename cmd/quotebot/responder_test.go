package main

// Tests of the PLACEHOLDER responder; they go when it is replaced.

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/quotebot/quotebot/knowledge"
)

func TestPlaceholderResponder(t *testing.T) {
	ask := func(q string) *discordgo.Interaction {
		return &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, Data: discordgo.ApplicationCommandInteractionData{
			Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: q}},
		}}
	}
	tests := []struct {
		name      string
		i         *discordgo.Interaction
		wantType  discordgo.InteractionResponseType
		want      string
		ephemeral bool
	}{
		{"answers /ask", ask("What did Putin say about root causes?"), 4, "Here is what the article says:", false},
		{"abstains", ask("What is the capital of Peru?"), 4, knowledge.NotCoveredText, false},
		{"bad question", ask("<@123> ***"), 4, "Please ask a question about the article", true},
		{"other command", &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand,
			Data: discordgo.ApplicationCommandInteractionData{Name: "summary"}}, 4, "isn't available yet", true},
		{"button", &discordgo.Interaction{Type: discordgo.InteractionMessageComponent,
			Data: discordgo.MessageComponentInteractionData{CustomID: "x"}}, 4, "isn't available yet", true},
		{"autocomplete", &discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete,
			Data: discordgo.ApplicationCommandInteractionData{Name: "ask"}}, 8, "", false},
	}
	r := newResponder(config{}, knowledge.Default())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := r.Respond(context.Background(), tt.i).Response
			if got.Type != tt.wantType || !strings.Contains(got.Data.Content, tt.want) {
				t.Fatalf("got type %d %q, want type %d containing %q", got.Type, got.Data.Content, tt.wantType, tt.want)
			}
			if eph := got.Data.Flags&discordgo.MessageFlagsEphemeral != 0; eph != tt.ephemeral {
				t.Errorf("ephemeral = %v, want %v", eph, tt.ephemeral)
			}
		})
	}
}
