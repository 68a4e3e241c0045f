package bot

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/bwmarrin/discordgo"
)

// knownComponents are the component types discordgo decodes. Discord adds
// types (Components V2 brought six); discordgo fails on a type it does not
// know, and with it the whole message and the interaction that holds it.
var knownComponents = map[discordgo.ComponentType]bool{
	discordgo.ActionsRowComponent: true, discordgo.ButtonComponent: true, discordgo.SelectMenuComponent: true,
	discordgo.TextInputComponent: true, discordgo.UserSelectMenuComponent: true, discordgo.RoleSelectMenuComponent: true,
	discordgo.MentionableSelectMenuComponent: true, discordgo.ChannelSelectMenuComponent: true,
	discordgo.SectionComponent: true, discordgo.TextDisplayComponent: true, discordgo.ThumbnailComponent: true,
	discordgo.MediaGalleryComponent: true, discordgo.FileComponentType: true, discordgo.SeparatorComponent: true,
	discordgo.ContainerComponent: true,
}

// withoutUnknownComponents returns the JSON payload raw without the
// components of types discordgo does not know, wherever they are (a
// message's components, a container's or a section's, a section's
// accessory, a forwarded message's), and whether it removed any. A
// component the bot cannot decode is one it cannot read either: skipping
// it loses nothing the bot uses.
func withoutUnknownComponents(raw []byte) ([]byte, bool) {
	if !bytes.Contains(raw, []byte(`"components"`)) {
		return raw, false
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber() // IDs and permissions stay as written
	var v any
	if err := dec.Decode(&v); err != nil {
		return raw, false
	}
	if !pruneComponents(v) {
		return raw, false
	}
	out, err := json.Marshal(v)
	if err != nil {
		return raw, false
	}
	return out, true
}

// pruneComponents removes unknown components in v, reporting whether it did.
func pruneComponents(v any) bool {
	changed := false
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			switch k {
			case "components":
				if list, ok := val.([]any); ok {
					kept := list[:0]
					for _, c := range list {
						if isUnknownComponent(c) {
							changed = true
							continue
						}
						kept = append(kept, c)
					}
					x[k] = kept
				}
			case "accessory":
				if isUnknownComponent(val) {
					delete(x, k)
					changed = true
					continue
				}
			}
			if pruneComponents(x[k]) {
				changed = true
			}
		}
	case []any:
		for _, e := range x {
			if pruneComponents(e) {
				changed = true
			}
		}
	}
	return changed
}

func isUnknownComponent(v any) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	n, ok := m["type"].(json.Number)
	if !ok {
		return false
	}
	t, err := n.Int64()
	return err != nil || t < 0 || !knownComponents[discordgo.ComponentType(t)]
}

// decodeLenient decodes raw with decode, and again without unknown
// components when that fails.
func decodeLenient[T any](raw []byte, decode func([]byte) (T, error)) (T, error) {
	v, err := decode(raw)
	if err == nil {
		return v, nil
	}
	if pruned, ok := withoutUnknownComponents(raw); ok {
		if v2, err2 := decode(pruned); err2 == nil {
			return v2, nil
		}
	}
	return v, err
}

// decodeGatewayInteraction decodes an INTERACTION_CREATE event's data as
// the HTTP endpoint decodes a request body (same decoder, same leniency).
func decodeGatewayInteraction(raw []byte) (*discordgo.Interaction, error) {
	i, err := decodeInteraction(raw)
	if err != nil {
		return nil, err
	}
	if i.Type == discordgo.InteractionPing {
		return nil, errors.New("a PING over the gateway")
	}
	return i, nil
}

// decodeGatewayMessage decodes a MESSAGE_CREATE event's data, skipping
// unknown components.
func decodeGatewayMessage(raw []byte) (*discordgo.Message, error) {
	return decodeLenient(raw, func(b []byte) (*discordgo.Message, error) {
		var m discordgo.Message
		if err := m.UnmarshalJSON(b); err != nil {
			return nil, err
		}
		return &m, nil
	})
}
