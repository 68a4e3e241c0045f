package bot

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// FuzzDecodeInteraction feeds the request decoder arbitrary bodies: it must
// never panic, and whatever it accepts must be answerable.
func FuzzDecodeInteraction(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "http", "*.json"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed fixtures: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		``, `{}`, `null`, `[]`, `"x"`, `{"type":1}`, `{"type":"1"}`, `{"type":1.5}`, `{"type":-1}`,
		`{"type":256}`, `{"type":2,"token":"t","data":null}`, `{"type":2,"token":"t","data":[]}`,
		`{"type":3,"token":"t","data":{"component_type":"x"}}`, `{"type":4,"token":"t","data":{"options":[{"type":1,"options":[{}]}]}}`,
		`{"type":5,"token":"t","data":{"components":[{"type":1,"components":[{"type":99}]}]}}`,
		`{"type":2,"token":"t","member":{"joined_at":"yesterday"}}`, `{"type":1} trailing`, "\xff\xfe",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		i, err := decodeInteraction(body)
		if err != nil {
			if i != nil {
				t.Fatal("an error with an interaction")
			}
			return
		}
		// The fast decoder accepts only what the standard one does, and
		// reads it the same way.
		if !json.Valid(body) {
			t.Fatalf("accepted invalid JSON %q", body)
		}
		var want discordgo.Interaction
		if err := want.UnmarshalJSON(body); err == nil &&
			(want.Type != i.Type || want.Token != i.Token || userID(&want) != userID(i) || want.GuildID != i.GuildID) {
			t.Fatalf("decoded %+v, discordgo %+v", i, want)
		}
		switch i.Type {
		case discordgo.InteractionPing:
			return
		case discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent,
			discordgo.InteractionApplicationCommandAutocomplete, discordgo.InteractionModalSubmit:
		default:
			t.Fatalf("accepted type %d", i.Type)
		}
		if i.Token == "" {
			t.Fatal("accepted an interaction without a token")
		}
		interactionLabels(i) // must not panic on what was accepted
	})
}
