package bot

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/handlers"
	"github.com/quotebot/quotebot/knowledge"
)

// checkLimits fails when a message breaks one of Discord's limits.
func checkLimits(t *testing.T, content string, embeds []*discordgo.MessageEmbed, comps []discordgo.MessageComponent) {
	t.Helper()
	if n := size(content); n > maxContent {
		t.Errorf("content has %d characters, limit %d", n, maxContent)
	}
	if len(embeds) > maxEmbeds {
		t.Errorf("%d embeds, limit %d", len(embeds), maxEmbeds)
	}
	total := 0
	for _, e := range embeds {
		if n := size(e.Title); n > maxTitle {
			t.Errorf("title has %d characters, limit %d", n, maxTitle)
		}
		if n := size(e.Description); n > maxDescription {
			t.Errorf("description has %d characters, limit %d", n, maxDescription)
		}
		if len(e.Fields) > maxFields {
			t.Errorf("%d fields, limit %d", len(e.Fields), maxFields)
		}
		total += size(e.Title) + size(e.Description)
		for _, f := range e.Fields {
			if size(f.Value) > maxFieldValue {
				t.Errorf("field value has %d characters, limit %d", size(f.Value), maxFieldValue)
			}
			total += size(f.Name) + size(f.Value)
		}
		if e.Footer != nil {
			total += size(e.Footer.Text)
		}
	}
	if total > maxEmbedsTotal {
		t.Errorf("embeds total %d characters, limit %d", total, maxEmbedsTotal)
	}
	if len(comps) > maxRows {
		t.Errorf("%d component rows, limit %d", len(comps), maxRows)
	}
	for _, c := range comps {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			t.Errorf("component %T is not an action row", c)
			continue
		}
		if len(row.Components) > maxButtonsRow {
			t.Errorf("%d buttons in a row, limit %d", len(row.Components), maxButtonsRow)
		}
		for _, b := range row.Components {
			btn := b.(discordgo.Button)
			if len(btn.CustomID) > maxCustomID || btn.CustomID == "" {
				t.Errorf("custom_id %q: length %d, limit %d", btn.CustomID, len(btn.CustomID), maxCustomID)
			}
			if size(btn.Label) > maxButtonLabel {
				t.Errorf("label %q too long", btn.Label)
			}
		}
	}
}

// quoteLines returns every blockquote line of the embeds, unescaped: what
// people see between the quote bars.
func quoteLines(embeds []*discordgo.MessageEmbed) []string {
	var out []string
	for _, e := range embeds {
		for _, l := range strings.Split(e.Description, "\n") {
			if rest, ok := strings.CutPrefix(l, "> "); ok {
				out = append(out, unescape(rest))
			}
		}
	}
	return out
}

// checkVerbatim fails when a quoted line is not a slice of source.
func checkVerbatim(t *testing.T, source string, embeds []*discordgo.MessageEmbed) {
	t.Helper()
	for _, l := range quoteLines(embeds) {
		if !strings.Contains(source, l) {
			t.Errorf("quoted text is not verbatim: %q", l)
		}
	}
}

func TestRenderAnswer(t *testing.T) {
	a := knowledge.Default()
	q := a.QuoteOf(a.SentenceAt(strings.Index(a.Text, "Trump suggested")))
	resp := handlers.Response{
		Title:   "who might host **talks**? @everyone",
		Blocks:  []handlers.Block{handlers.Text("Here is what the article says:"), handlers.QuoteBlock(q)},
		Footer:  "Source: test",
		Buttons: []handlers.Button{{Label: "More passages", Action: "more", Args: []string{"1"}}, {Label: "Full paragraph ¶3", Action: "para", Args: []string{"3"}}},
	}
	msgs := render(resp, maxMessages)
	if len(msgs) != 1 || len(msgs[0].Embeds) != 1 {
		t.Fatalf("got %d messages, want 1 with one embed", len(msgs))
	}
	e := msgs[0].Embeds[0]
	want := "Here is what the article says:\n\n> " + escape(q.Text) + "\n*— ¶3 · Lead · Trump*"
	if e.Description != want {
		t.Errorf("description:\n%s\nwant:\n%s", e.Description, want)
	}
	if e.Title != `who might host \*\*talks\*\*? \@everyone` || e.Footer == nil || e.Footer.Text != "Source: test" {
		t.Errorf("title %q, footer %+v", e.Title, e.Footer)
	}
	if got := questionOf(&discordgo.Message{Embeds: msgs[0].Embeds}); got != resp.Title {
		t.Errorf("questionOf = %q, want %q", got, resp.Title)
	}
	row := msgs[0].Components[0].(discordgo.ActionsRow)
	if len(row.Components) != 2 || row.Components[0].(discordgo.Button).CustomID != "more:1" || row.Components[1].(discordgo.Button).CustomID != "para:3" {
		t.Errorf("buttons = %+v", row.Components)
	}
}

func TestRenderStaysWithinLimits(t *testing.T) {
	a := knowledge.Default()
	// A long source: the article's paragraphs over and over, with a long
	// quotation that must never be cut.
	quotation := "“" + strings.Repeat("Peace is near. ", 40) + "”"
	long := strings.Repeat(a.ParagraphText(2)+" "+quotation+" ", 12)
	var many []handlers.Block
	for i := range a.Sentences {
		for range 8 {
			many = append(many, handlers.QuoteBlock(a.QuoteOf(i)))
		}
	}
	var manyButtons []handlers.Button
	for i := range 40 {
		manyButtons = append(manyButtons, handlers.Button{Label: strings.Repeat("L", 100), Action: "para", Args: []string{itoaTest(i)}})
	}
	manyButtons = append(manyButtons, handlers.Button{Label: "x", Action: "more", Args: []string{strings.Repeat("9", 120)}})
	tests := []struct {
		name       string
		resp       handlers.Response
		max        int
		wantNote   bool
		wantPieces int // passages split from one (0: don't care)
	}{
		{"many passages", handlers.Response{Title: strings.Repeat("title ", 100), Blocks: many, Footer: strings.Repeat("f", 3000)}, maxMessages, true, 0},
		{"many passages, one message", handlers.Response{Blocks: many, Footer: "Source"}, 1, true, 0},
		{"a passage longer than an embed", handlers.Response{Blocks: []handlers.Block{{Passage: &handlers.Passage{Text: long, Paragraph: 2}}}}, maxMessages, false, 0},
		{"long user text", handlers.Response{Blocks: []handlers.Block{handlers.Text(strings.Repeat("**@everyone** [x](y) ", 400))}}, maxMessages, false, 0},
		{"many buttons", handlers.Response{Blocks: []handlers.Block{handlers.Text("hi")}, Buttons: manyButtons}, maxMessages, false, 0},
		{"nothing", handlers.Response{}, maxMessages, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := render(tt.resp, tt.max)
			if len(msgs) == 0 || len(msgs) > tt.max {
				t.Fatalf("got %d messages, want 1..%d", len(msgs), tt.max)
			}
			note := false
			for _, m := range msgs {
				checkLimits(t, m.Content, m.Embeds, m.Components)
				checkVerbatim(t, a.Text+long, m.Embeds)
				for _, e := range m.Embeds {
					note = note || strings.Contains(e.Description, "not shown")
				}
			}
			if note != tt.wantNote {
				t.Errorf("note about dropped parts: %v, want %v", note, tt.wantNote)
			}
		})
	}
	// The long passage is cut between sentences, never inside the quotation.
	msgs := render(handlers.Response{Blocks: []handlers.Block{{Passage: &handlers.Passage{Text: long, Paragraph: 2}}}}, maxMessages)
	var pieces []string
	for _, m := range msgs {
		pieces = append(pieces, quoteLines(m.Embeds)...)
	}
	if len(pieces) < 2 {
		t.Fatalf("the long passage was not split: %d pieces", len(pieces))
	}
	for _, p := range pieces {
		if strings.Count(p, "“") != strings.Count(p, "”") {
			t.Errorf("a piece cuts a quotation: %q…", p[:60])
		}
	}
	if got := strings.Join(pieces, " "); got != strings.TrimSpace(long) {
		t.Errorf("the pieces do not rebuild the passage")
	}
}

func itoaTest(i int) string { return strings.Repeat("1", i%20+1) }

func TestSplitText(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  []string
	}{
		{"One. Two. Three.", 100, []string{"One. Two. Three."}},
		{"One two. Three four.", 11, []string{"One two.", "Three four."}},
		{`He said “Stop. Now.” Then left.`, 22, []string{`He said “Stop. Now.”`, "Then left."}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"word word word", 9, []string{"word word", "word"}},
		{`He said “Stop. Now.” Then “Go!” And (so.) Then.`, 12, []string{`He said`, `“Stop. Now.”`, `Then “Go!”`, `And (so.)`, `Then.`}},
		// Escaping counts: "(so.)" takes 7 characters.
		{`He said “Stop. Now.” Then “Go!” And (so.) Then.`, 20, []string{`He said “Stop. Now.”`, `Then “Go!”`, `And (so.) Then.`}},
	}
	for _, tt := range tests {
		if got := splitText(tt.in, tt.limit); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitText(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
		}
	}
}

// FuzzRender checks that any text, as a passage or as prose, renders
// within Discord's limits and that quoted lines stay verbatim.
func FuzzRender(f *testing.F) {
	for _, s := range []string{"", "Hello. World.", strings.Repeat("“a. b.” ", 700), strings.Repeat("x", 9000), "1. @everyone\n> [a](b)", strings.Repeat("😀", 5000)} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = 1 + abs(n)%30
		var blocks []handlers.Block
		for i := range n {
			blocks = append(blocks, handlers.Text(s), handlers.Block{Passage: &handlers.Passage{Text: s, Paragraph: i, Section: s, Speaker: s}})
		}
		for _, m := range render(handlers.Response{Title: s, Blocks: blocks, Footer: s}, maxMessages) {
			checkLimits(t, m.Content, m.Embeds, m.Components)
			for _, l := range quoteLines(m.Embeds) {
				if !strings.Contains(s, l) {
					t.Fatalf("quoted line %q is not part of the passage", l)
				}
			}
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// BenchmarkRenderLongPassage renders a 100 KB passage (a sentence without
// stops, as a bad HTML extraction gives): splitting it must stay linear.
func BenchmarkRenderLongPassage(b *testing.B) {
	s := strings.Repeat("word ", 20000)
	blocks := []handlers.Block{{Passage: &handlers.Passage{Text: s, Paragraph: 1, Section: "Lead"}}}
	for b.Loop() {
		render(handlers.Response{Title: "Summary", Blocks: blocks}, maxMessages)
	}
}
