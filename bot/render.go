package bot

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/handlers"
)

// Discord's limits on one message, in characters.
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFooter      = 2048
	maxFooterUsed  = 512  // our own, tighter bound
	maxCiteName    = 100  // longest section or speaker name shown in a citation
	maxEmbedsTotal = 6000 // all embeds of one message together
	maxEmbeds      = 10
	maxFields      = 25
	maxFieldValue  = 1024
	maxCustomID    = 100
	maxButtonLabel = 80
	maxButtonsRow  = 5
	maxRows        = 5
)

// maxMessages bounds how many messages one reply may take; what does not fit
// is counted in a closing note instead of flooding the channel.
const maxMessages = 4

// noteRoom is kept free in every message for that closing note.
const noteRoom = 120

// message is one rendered Discord message.
type message struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
}

// size counts characters the way Discord's limits do (UTF-16 code units, the
// stricter of the two plausible counts).
func size(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// noMentions pings nobody: no @everyone, roles, users or replied-to author.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, RepliedUser: false}
}

// render turns a handler's response into at most max messages that each
// respect Discord's limits. Units (a passage with its citation, a heading, a
// piece of text) are never split across embeds; buttons go under the last
// message, the footer under each.
func render(resp handlers.Response, max int) []message {
	title := truncate(escape(resp.Title), maxTitle)
	// Footers are short; bounding them well under Discord's 2,048 keeps
	// room for a full unit and the title in every message.
	footer := truncate(resp.Footer, maxFooterUsed)
	// Every message keeps room for its footer and a closing note.
	msgBudget := maxEmbedsTotal - noteRoom - size(footer)
	var (
		msgs     []message
		embeds   []*discordgo.MessageEmbed // finished embeds of the current message
		used     int                       // characters in embeds
		desc     []string                  // units of the embed being built
		descSize int
		dropped  int
	)
	titleHere := func() int { // the title goes on the very first embed
		if len(msgs) == 0 && len(embeds) == 0 {
			return size(title)
		}
		return 0
	}
	closeEmbed := func() {
		if len(desc) == 0 {
			return
		}
		e := &discordgo.MessageEmbed{Description: strings.Join(desc, "\n\n")}
		if titleHere() > 0 {
			e.Title = title
		}
		used += size(e.Title) + size(e.Description)
		embeds = append(embeds, e)
		desc, descSize = nil, 0
	}
	closeMessage := func() {
		closeEmbed()
		if len(embeds) > 0 {
			msgs = append(msgs, message{Embeds: embeds})
		}
		embeds, used = nil, 0
	}
	for _, u := range renderBlocks(resp.Blocks) {
		us := size(u)
		grown := us
		if len(desc) > 0 {
			grown = descSize + 2 + us
		}
		if grown <= maxDescription-noteRoom && used+titleHere()+grown <= msgBudget {
			desc, descSize = append(desc, u), grown
			continue
		}
		closeEmbed()
		if len(embeds) == maxEmbeds || used+titleHere()+us > msgBudget {
			closeMessage()
		}
		if len(msgs) == max {
			dropped++
			continue
		}
		desc, descSize = []string{u}, us
	}
	if dropped > 0 {
		desc = append(desc, escape(noteDropped(dropped)))
	}
	closeMessage()
	if len(msgs) > max { // the note opened a message of its own: fold it back
		last := msgs[max-1].Embeds
		last[len(last)-1].Description = truncate(last[len(last)-1].Description, maxDescription-noteRoom) + "\n\n" + escape(noteDropped(dropped))
		msgs = msgs[:max]
	}
	if len(msgs) == 0 {
		msgs = append(msgs, message{Embeds: []*discordgo.MessageEmbed{{Title: title, Description: "…"}}})
	}
	for _, m := range msgs {
		if footer != "" {
			m.Embeds[len(m.Embeds)-1].Footer = &discordgo.MessageEmbedFooter{Text: footer}
		}
	}
	msgs[len(msgs)-1].Components = buttons(resp.Buttons)
	return msgs
}

func noteDropped(n int) string {
	if n == 1 {
		return "(One more part is not shown: the reply would be too long for Discord.)"
	}
	return "(" + strconv.Itoa(n) + " more parts are not shown: the reply would be too long for Discord.)"
}

// unitRoom is the most one unit may take, so any unit fits an empty embed.
const unitRoom = maxDescription - noteRoom - 200

// renderBlocks renders each block as Markdown units that are never split;
// long text and long passages are first cut at sentence boundaries.
func renderBlocks(blocks []handlers.Block) []string {
	var out []string
	for _, b := range blocks {
		switch {
		case b.Heading != "":
			out = append(out, "**"+truncate(escape(b.Heading), maxTitle)+"**")
		case b.Passage != nil:
			out = append(out, renderPassage(*b.Passage)...)
		case b.Text != "":
			for _, piece := range splitText(b.Text, unitRoom) {
				out = append(out, escape(piece))
			}
			if isSnowflake(b.User) {
				// Shown as the user's name; it pings nobody, since every
				// message sets allowed_mentions to mention no one.
				out[len(out)-1] += " <@" + b.User + ">"
			}
		}
	}
	return out
}

// isSnowflake reports whether s is a Discord ID: 1 to 20 digits.
func isSnowflake(s string) bool {
	return s != "" && len(s) <= 20 && strings.Trim(s, "0123456789") == ""
}

// renderPassage shows verbatim article text as a blockquote followed by its
// citation, "¶N · Section" and the speaker.
func renderPassage(p handlers.Passage) []string {
	cite := "— ¶" + strconv.Itoa(p.Paragraph) + " · " + truncate(escape(sectionLabel(p.Section)), maxCiteName)
	if p.Speaker != "" {
		cite += " · " + truncate(escape(p.Speaker), maxCiteName)
	}
	cite = "*" + cite + "*"
	var out []string
	for _, piece := range splitText(p.Text, unitRoom-size(cite)-50) {
		lines := strings.Split(escape(piece), "\n")
		for i, l := range lines {
			lines[i] = "> " + l
		}
		out = append(out, strings.Join(lines, "\n")+"\n"+cite)
	}
	return out
}

func sectionLabel(s string) string {
	if s == "" {
		return "Lead"
	}
	return s
}

// splitText cuts s into pieces whose escaped form fits limit: at sentence
// ends outside quotation marks, else at spaces, else between characters.
// Each piece is a slice of s, so verbatim text stays verbatim.
func splitText(s string, limit int) []string {
	if size(escape(s)) <= limit {
		return []string{s}
	}
	var out []string
	// cur grows in a builder: adding piece by piece to a string copied the
	// message so far each time, seconds for a 100 KB passage.
	var cur strings.Builder
	curSize := 0 // escaped size of cur without its trailing space
	for _, p := range pieces(s, limit) {
		// Escaping a whole costs at most the sum of escaping its parts.
		c := cur.String()
		trail := len(c) - len(strings.TrimRightFunc(c, unicode.IsSpace))
		grown := curSize + trail + escapedSize(p)
		if strings.TrimSpace(c) != "" && grown <= limit {
			cur.WriteString(p)
			curSize = grown
			continue
		}
		if t := strings.TrimSpace(c); t != "" {
			out = append(out, t)
		}
		cur = strings.Builder{}
		cur.WriteString(p)
		curSize = escapedSize(p)
	}
	if t := strings.TrimSpace(cur.String()); t != "" {
		out = append(out, t)
	}
	return out
}

// escapedSize is the size of s escaped, trailing space not counted.
func escapedSize(s string) int { return size(escape(strings.TrimRightFunc(s, unicode.IsSpace))) }

// pieces splits s into consecutive parts that each fit limit once
// escaped: sentences, or the words of an over-long sentence, or runs of
// characters of an over-long word.
func pieces(s string, limit int) []string {
	var out []string
	for _, sent := range sentences(s) {
		if escapedSize(sent) <= limit {
			out = append(out, sent)
			continue
		}
		for _, w := range words(sent) {
			if escapedSize(w) <= limit {
				out = append(out, w)
				continue
			}
			// Each rune escapes to at most itself and a backslash.
			start, n := 0, 0
			for i, r := range w {
				if rs := utf16.RuneLen(r) + 1; n+rs > limit {
					out = append(out, w[start:i])
					start, n = i, 0
				}
				n += utf16.RuneLen(r) + 1
			}
			out = append(out, w[start:])
		}
	}
	return out
}

// words splits s after each run of spaces; the parts concatenate back to s.
func words(s string) []string {
	var out []string
	start := 0
	inSpace := false
	for i, r := range s {
		sp := unicode.IsSpace(r)
		if inSpace && !sp {
			out = append(out, s[start:i])
			start = i
		}
		inSpace = sp
	}
	return append(out, s[start:])
}

// sentences splits s after sentence-ending punctuation that is followed by
// space and not inside a quotation (a quotation that ends a sentence ends
// with it); the pieces concatenate back to s.
func sentences(s string) []string {
	var out []string
	start, depth := 0, 0
	straight := false
	prev := ' '
	for i, r := range s {
		end := false
		switch r {
		case '“', '«':
			depth++
		case '”', '»':
			if depth > 0 {
				depth--
			}
			end = depth == 0 && !straight && isSentenceEnd(prev)
		case '"':
			straight = !straight
			end = !straight && depth == 0 && isSentenceEnd(prev)
		case ')', ']', '’', '\'':
			end = depth == 0 && !straight && isSentenceEnd(prev)
		default:
			end = depth == 0 && !straight && isSentenceEnd(r)
		}
		prev = r
		j := i + utf8.RuneLen(r)
		if !end || j >= len(s) || !unicode.IsSpace(rune(s[j])) {
			continue
		}
		for j < len(s) && unicode.IsSpace(rune(s[j])) {
			j++
		}
		out = append(out, s[start:j])
		start = j
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

func isSentenceEnd(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// truncate shortens s to at most limit characters, ending with "…".
func truncate(s string, limit int) string {
	if size(s) <= limit {
		return s
	}
	cut := 0
	n := 0
	// Step by the bytes each rune really takes: an invalid byte decodes to
	// RuneError, whose encoded length (3) is not the one byte it occupies.
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if n+utf16.RuneLen(r) > limit-1 {
			break
		}
		n += utf16.RuneLen(r)
		i += w
		cut = i
	}
	// Never end on a lone escaping backslash.
	t := s[:cut]
	if trailingBackslashes(t)%2 == 1 {
		t = t[:len(t)-1]
	}
	return t + "…"
}

func trailingBackslashes(s string) int {
	n := 0
	for n < len(s) && s[len(s)-1-n] == '\\' {
		n++
	}
	return n
}

// buttons lays out handler buttons in rows of five, with stateless custom
// IDs; a button whose ID would exceed Discord's limit is left out.
func buttons(bs []handlers.Button) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	var row discordgo.ActionsRow
	for _, b := range bs {
		id, ok := encodeCustomID(b.Action, b.Args)
		if !ok {
			continue
		}
		row.Components = append(row.Components, discordgo.Button{
			Label: truncate(b.Label, maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: id,
		})
		if len(row.Components) == maxButtonsRow {
			rows = append(rows, row)
			row = discordgo.ActionsRow{}
		}
	}
	if len(row.Components) > 0 {
		rows = append(rows, row)
	}
	if len(rows) > maxRows {
		rows = rows[:maxRows]
	}
	return rows
}

// encodeCustomID packs a button's action and arguments: "more:2".
func encodeCustomID(action string, args []string) (string, bool) {
	id := strings.Join(append([]string{action}, args...), ":")
	return id, len(id) <= maxCustomID && action != ""
}

// decodeCustomID is the inverse of encodeCustomID.
func decodeCustomID(id string) (action string, args []string) {
	parts := strings.Split(id, ":")
	return parts[0], parts[1:]
}
