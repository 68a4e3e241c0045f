package bot

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/knowledge"
)

const testBotID = "1240000000000000000"

func TestMentionPayloads(t *testing.T) {
	tests := []struct {
		file string
		want []string // shown, unescaped; nil: the bot stays silent
	}{
		{"message_create_mention.json", []string{"what did Putin say about root causes?", "tackling the “root causes” of the conflict", "¶2 · Lead · Putin"}},
		{"message_create_dm.json", []string{"Vatican"}},
		{"message_create_followup.json", []string{"timing"}},
		{"message_create_noping_reply.json", []string{"I can't read that message"}},
		{"message_create_unrelated.json", nil},
		{"message_create_from_bot.json", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r, logs := newRouter(t, Deps{})
			m := loadMessage(t, tt.file)
			out := r.Mention(context.Background(), m, testBotID)
			if tt.want == nil {
				if out != nil || logs.Len() > 0 {
					t.Fatalf("answered a message not meant for the bot: %+v", out)
				}
				return
			}
			if len(out) == 0 {
				t.Fatal("no reply")
			}
			var text strings.Builder
			for i, s := range out {
				checkNoPings(t, s)
				checkLimits(t, s.Content, s.Embeds, s.Components)
				checkVerbatim(t, article.Text, s.Embeds)
				if i == 0 && (s.Reference == nil || s.Reference.MessageID != m.ID || s.Reference.ChannelID != m.ChannelID) {
					t.Errorf("first message is not a reply to %s: %+v", m.ID, s.Reference)
				}
				text.WriteString(shown(&discordgo.InteractionResponseData{Content: s.Content, Embeds: s.Embeds}))
			}
			for _, w := range tt.want {
				if !strings.Contains(text.String(), w) {
					t.Errorf("reply lacks %q:\n%s", w, text.String())
				}
			}
			if !strings.Contains(logs.String(), `"kind":"mention"`) {
				t.Errorf("no log line: %s", logs)
			}
		})
	}
}

func TestMentionFollowUpReadsTheEarlierQuestion(t *testing.T) {
	var mu sync.Mutex
	var asked []string
	quote := article.QuoteOf(0)
	asker := fakeAsker{func(_ context.Context, q string) (knowledge.Answer, error) {
		mu.Lock()
		asked = append(asked, q)
		mu.Unlock()
		if strings.Contains(q, "root causes") {
			return knowledge.Answer{Question: q, Answered: true, Text: "Here is what the article says:", Quotes: []knowledge.Quote{quote}}, nil
		}
		return knowledge.Answer{Question: q, Text: knowledge.NotCoveredText}, nil
	}}
	r, _ := newRouter(t, Deps{Asker: asker})
	// "and why?" finds nothing alone, so it is read with the earlier
	// question, and the asker (perhaps a model) is asked once.
	out := r.Mention(context.Background(), loadMessage(t, "message_create_followup_why.json"), testBotID)
	if len(asked) != 1 || !strings.Contains(asked[0], "and why?") || !strings.Contains(asked[0], "What did Putin say about root causes?") {
		t.Fatalf("asked %q; want one question: the follow-up with the earlier one", asked)
	}
	if len(out) == 0 || !strings.Contains(unescape(out[0].Embeds[0].Description), "follow-up") {
		t.Errorf("reply %+v does not say it read a follow-up", out)
	}
}

func TestMentionRateLimit(t *testing.T) {
	r, _ := newRouter(t, Deps{Limits: Limits{UserPerMinute: 1}})
	m := loadMessage(t, "message_create_mention.json")
	r.Mention(context.Background(), m, testBotID)
	out := r.Mention(context.Background(), m, testBotID)
	if len(out) != 1 || !strings.Contains(out[0].Content, "try again in 60 s") || out[0].Reference == nil {
		t.Fatalf("second mention in a minute: %+v", out)
	}
	checkNoPings(t, out[0])
	if out := r.Mention(context.Background(), m, testBotID); out != nil {
		t.Errorf("told again within the wait: %+v", out)
	}
}

// TestMentionIgnoresWhatNobodyTyped: webhooks and system messages that
// mention the bot get no answer, like other bots.
func TestMentionIgnoresWhatNobodyTyped(t *testing.T) {
	r, logs := newRouter(t, Deps{})
	for name, edit := range map[string]func(m *discordgo.Message){
		"webhook":        func(m *discordgo.Message) { m.WebhookID = "1240000000000000777" },
		"pin notice":     func(m *discordgo.Message) { m.Type = discordgo.MessageTypeChannelPinnedMessage },
		"thread starter": func(m *discordgo.Message) { m.Type = discordgo.MessageTypeThreadStarterMessage },
	} {
		m := loadMessage(t, "message_create_mention.json")
		edit(m)
		if out := r.Mention(context.Background(), m, testBotID); out != nil || logs.Len() > 0 {
			t.Errorf("%s: answered %+v", name, out)
		}
	}
	m := loadMessage(t, "message_create_mention.json")
	m.Type = discordgo.MessageTypeReply
	if out := r.Mention(context.Background(), m, testBotID); len(out) == 0 {
		t.Error("a reply that mentions the bot got no answer")
	}
}

func TestSlowMention(t *testing.T) {
	fast, _ := newRouter(t, Deps{})
	slow, _ := newRouter(t, Deps{SlowAsker: true})
	tests := []struct {
		r    *Router
		file string
		want bool
	}{
		{slow, "message_create_mention.json", true},
		{slow, "message_create_dm.json", true},
		{fast, "message_create_mention.json", false},
		{slow, "message_create_from_bot.json", false},
		{slow, "message_create_unrelated.json", false},
		{slow, "message_create_noping_reply.json", false}, // no text: answered at once
	}
	for _, tt := range tests {
		if got := tt.r.SlowMention(loadMessage(t, tt.file), testBotID); got != tt.want {
			t.Errorf("%s (slow asker %v): SlowMention = %v, want %v", tt.file, tt.r.slowAsk, got, tt.want)
		}
	}
}
