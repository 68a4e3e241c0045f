package bot

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestSlimDecodeAgreesWithDiscordgo holds decodeInteraction to discordgo's
// own decoding on every field the bot reads, for every interaction fixture.
func TestSlimDecodeAgreesWithDiscordgo(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.json")
	more, _ := filepath.Glob("testdata/http/*.json")
	for _, f := range append(files, more...) {
		if strings.Contains(filepath.Base(f), "message_create") {
			continue // gateway messages, not interactions
		}
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var want discordgo.Interaction
		if err := want.UnmarshalJSON(body); err != nil {
			// discordgo fails on component types it does not know; the
			// bot skips them, so compare with discordgo's reading of the
			// payload without them.
			pruned, ok := withoutUnknownComponents(body)
			if !ok {
				t.Fatalf("%s: discordgo: %v", f, err)
			}
			want = discordgo.Interaction{}
			if err := want.UnmarshalJSON(pruned); err != nil {
				t.Fatalf("%s: discordgo, without unknown components: %v", f, err)
			}
		}
		got, err := decodeInteraction(body)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if got.ID != want.ID || got.AppID != want.AppID || got.Type != want.Type || got.GuildID != want.GuildID ||
			got.ChannelID != want.ChannelID || got.Token != want.Token || userID(got) != userID(&want) {
			t.Errorf("%s: header fields differ:\n got %+v\nwant %+v", f, got, want)
		}
		if !reflect.DeepEqual(got.Data, want.Data) {
			t.Errorf("%s: data differs:\n got %#v\nwant %#v", f, got.Data, want.Data)
		}
		if !reflect.DeepEqual(got.Message, want.Message) {
			t.Errorf("%s: message differs", f)
		}
	}
}

func BenchmarkDecodeInteraction(b *testing.B) {
	body := httpFixture(b, "command_ask.json")
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := decodeInteraction(body); err != nil {
			b.Fatal(err)
		}
	}
}
