// Package handlers holds quotebot's commands as plain functions: a Request
// value in, a Response value out, no Discord I/O. The bot package maps
// Discord payloads to Requests and renders Responses back, so a handler test
// just calls the function.
package handlers

import (
	"context"
	"strconv"

	"github.com/quotebot/quotebot/knowledge"
)

// Handler computes the response to one request.
type Handler func(ctx context.Context, req Request) (Response, error)

// Asker answers a question from the article. The default is the extractive
// (*knowledge.Article).Ask, wrapped by Extractive; a model-backed asker can
// be plugged in instead.
type Asker interface {
	Ask(ctx context.Context, question string) (knowledge.Answer, error)
}

// Extractive adapts the article's own extractive Ask to Asker.
type Extractive struct{ Article *knowledge.Article }

var _ Asker = Extractive{}

// Ask answers from the article alone.
func (e Extractive) Ask(_ context.Context, question string) (knowledge.Answer, error) {
	return e.Article.Ask(question)
}

// Request is one command, button press, autocomplete query or mention.
type Request struct {
	// UserID, GuildID ("" in DMs) and ChannelID say who asked where.
	UserID, GuildID, ChannelID string
	// Options are the command's options by name: string, bool or float64.
	Options map[string]any
	// Focused names the option being typed, for autocomplete.
	Focused string
	// Args are a button's arguments, decoded from its custom ID.
	Args []string
	// Previous is the earlier question this request follows up on: the
	// question of the answer a button sits under, or of the bot message a
	// mention replies to ("" when none).
	Previous string
	// Target is the message a message command was used on.
	Target *Message
	// Subcommand is the subcommand used ("" when none); Options are its own.
	Subcommand string
	// ParentID is the parent channel when ChannelID is a thread.
	ParentID string
	// Permissions are the member's permissions in the channel (a Discord
	// bit set; zero in DMs).
	Permissions int64
	// Attachments are a command's attached files by ID (an attachment
	// option's value is its ID).
	Attachments map[string]Attachment
}

// Attachment is a file attached to a command: Discord keeps it at URL.
type Attachment struct {
	ID, URL, Filename, ContentType string
	Size                           int
}

// Message is a Discord message as far as handlers need it.
type Message struct {
	ID, ChannelID, AuthorID string
	Content                 string
	// Forwarded reports that Content is the text of a message the target
	// forwards (its snapshot), not the target's own.
	Forwarded bool
}

// String returns a string option ("" when absent).
func (r Request) String(name string) string {
	s, _ := r.Options[name].(string)
	return s
}

// Bool returns a boolean option (false when absent).
func (r Request) Bool(name string) bool {
	b, _ := r.Options[name].(bool)
	return b
}

// Arg returns button argument i as an int, or ok=false.
func (r Request) Arg(i int) (n int, ok bool) {
	if i >= len(r.Args) {
		return 0, false
	}
	n, err := strconv.Atoi(r.Args[i])
	return n, err == nil
}

// Response is what a handler wants shown. Every string is plain text: the
// bot escapes it and adds the Markdown, so nothing a user typed can format,
// mention or link.
type Response struct {
	// Title heads the answer; for answers it is the question, which buttons
	// and follow-ups read back.
	Title string
	// Blocks are the body, in order.
	Blocks []Block
	// Footer names the source.
	Footer string
	// Buttons go under the response.
	Buttons []Button
	// Choices answer an autocomplete query.
	Choices []Choice
	// Private shows the response only to the person who asked.
	Private bool
	// Publish asks the bot to post the message the pressed button is on
	// publicly; Blocks are then the acknowledgement shown to the presser.
	Publish *Publish
	// OneMessage keeps the response to one Discord message (what does not
	// fit is counted in a note), because that message may be published as
	// it is: a button only sees the message it is on.
	OneMessage bool
}

// Block is one piece of the body: a heading, text, or a verbatim passage.
type Block struct {
	// Heading is a short bold line.
	Heading string
	// Text is plain prose (composed by us or typed by a user).
	Text string
	// User, with Text, is a Discord user ID shown after it as a mention
	// (the user's name; nobody is pinged).
	User string
	// Passage is verbatim article text, shown as a quote with its citation.
	Passage *Passage
}

// Passage is verbatim article text and where it comes from.
type Passage struct {
	// Text is a byte-for-byte slice of the article.
	Text string
	// Paragraph is the 1-based paragraph number; Section its heading.
	Paragraph int
	Section   string
	// Speaker is who says it or is quoted ("" when nobody).
	Speaker string
}

// Button is a button whose press comes back as a request for Action with
// Args; it carries no other state.
type Button struct {
	Label  string
	Action string
	Args   []string
}

// Choice is one autocomplete suggestion.
type Choice struct{ Name, Value string }

// Publish names the message a published verdict replies to.
type Publish struct{ ChannelID, MessageID string }

// Button actions: the first part of a button's custom ID.
const (
	ActionMore      = "more"
	ActionParagraph = "para"
	ActionPublish   = "post"
)

// Text returns a block of plain text.
func Text(s string) Block { return Block{Text: s} }

// Heading returns a heading block.
func Heading(s string) Block { return Block{Heading: s} }

// QuoteBlock returns a quote as a passage block.
func QuoteBlock(q knowledge.Quote) Block {
	return Block{Passage: &Passage{Text: q.Text, Paragraph: q.Paragraph, Section: q.Section, Speaker: q.Speaker}}
}

// footer is the footer of every answer: the article it comes from.
func footer(a *knowledge.Article) string {
	return "Source: " + a.Name + " · quotes are verbatim"
}
