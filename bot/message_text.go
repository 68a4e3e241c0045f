package bot

import (
	"strings"

	"github.com/bwmarrin/discordgo"
)

// messageText is the text of a message as its reader sees it: its content,
// and the Text Display components of a Components V2 message (flag 1<<15),
// whose text is in components, not content, including those inside
// Containers and Sections. A forwarded message has neither: its text is in
// its snapshot, and forwarded reports that it was read there.
func messageText(m *discordgo.Message) (text string, forwarded bool) {
	if m == nil {
		return "", false
	}
	parts := []string{}
	if strings.TrimSpace(m.Content) != "" {
		parts = append(parts, m.Content)
	}
	parts = appendDisplayText(parts, m.Components)
	if len(parts) == 0 {
		for _, s := range m.MessageSnapshots {
			if t, _ := messageText(s.Message); t != "" {
				return t, true
			}
		}
	}
	return strings.Join(parts, "\n"), false
}

// appendDisplayText appends the text of the Text Display components in cs,
// in order, looking inside Containers and Sections. Other components
// (buttons, media, separators) hold no text to check.
func appendDisplayText(parts []string, cs []discordgo.MessageComponent) []string {
	for _, c := range cs {
		switch c := c.(type) {
		case *discordgo.TextDisplay:
			parts = appendText(parts, c.Content)
		case discordgo.TextDisplay:
			parts = appendText(parts, c.Content)
		case *discordgo.Container:
			parts = appendDisplayText(parts, c.Components)
		case discordgo.Container:
			parts = appendDisplayText(parts, c.Components)
		case *discordgo.Section:
			parts = appendDisplayText(parts, c.Components)
		case discordgo.Section:
			parts = appendDisplayText(parts, c.Components)
		}
	}
	return parts
}

func appendText(parts []string, s string) []string {
	if strings.TrimSpace(s) == "" {
		return parts
	}
	return append(parts, s)
}
