package handlers

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/quotebot/quotebot/knowledge"
)

// PermManageServer is Discord's Manage Server permission bit (MANAGE_GUILD).
const PermManageServer int64 = 0x20

// MaxFetchBytes bounds an article fetched from a URL or an attachment.
const MaxFetchBytes = 5 << 20

// Article subcommands and option values.
const (
	ArticleShow  = "show"
	ArticleSet   = "set"
	ArticleReset = "reset"

	ScopeChannel = "channel"
	ScopeServer  = "server"
)

// Where an article in use comes from (ArticleInfo.Scope).
const (
	FromChannel = "channel" // the channel's own article
	FromParent  = "parent"  // a thread using its parent channel's article
	FromServer  = "server"  // the server's article
	FromDefault = "default" // no binding: the default article
)

// Doc is an article as fetched, before it is indexed.
type Doc struct{ Title, Source, Text string }

// ArticleInfo describes an article and why it answers somewhere.
type ArticleInfo struct {
	SHA256, Title, Source string
	// Paragraphs and Sentences count what was indexed (zero when unknown).
	Paragraphs, Sentences int
	// Scope is one of FromChannel, FromParent, FromServer, FromDefault.
	Scope string
	// SetBy (a user ID) and SetAt say who chose it and when (not for the default).
	SetBy string
	SetAt time.Time
}

// ArticleFetcher downloads an article from an http(s) URL, with the size,
// time, content-type and address limits of ingestion.
type ArticleFetcher interface {
	Fetch(ctx context.Context, url string) (Doc, error)
}

// ArticleShelf keeps the articles and which channel uses which.
type ArticleShelf interface {
	// Current says which article answers in channel (a thread of parent
	// when parent is set) of guild, and why.
	Current(ctx context.Context, guildID, channelID, parentID string) (ArticleInfo, error)
	// Add indexes doc and stores it; an article that cannot be indexed
	// (no paragraphs, too big, not UTF-8) is a user error and nothing is stored.
	Add(ctx context.Context, doc Doc, addedBy string) (ArticleInfo, error)
	// Bind makes the article sha the one of channelID ("" = the whole server).
	Bind(ctx context.Context, guildID, channelID, sha, setBy string) error
	// Unbind removes channelID's own article ("" = the server's); removed
	// is false when there was none.
	Unbind(ctx context.Context, guildID, channelID string) (removed bool, err error)
}

// NewArticle answers /article show, set and reset. Changing the article
// needs Manage Server, checked here on the member's permissions in the
// channel as well as by Discord's default permission for the command.
func NewArticle(shelf ArticleShelf, fetch ArticleFetcher) Handler {
	return func(ctx context.Context, req Request) (Response, error) {
		if req.GuildID == "" {
			return articleNote("Articles are chosen per server and channel: use /article in a server."), nil
		}
		switch req.Subcommand {
		case ArticleShow:
			return articleShow(ctx, shelf, req)
		case ArticleSet:
			return articleSet(ctx, shelf, fetch, req)
		case ArticleReset:
			return articleReset(ctx, shelf, req)
		}
		return Response{}, knowledge.Errorf(knowledge.EInvalid, "Use /article show, /article set or /article reset.")
	}
}

// articleNote is a private one-line answer about articles.
func articleNote(s string) Response {
	return Response{Title: "Article", Blocks: []Block{Text(s)}, Private: true}
}

func articleShow(ctx context.Context, shelf ArticleShelf, req Request) (Response, error) {
	info, err := shelf.Current(ctx, req.GuildID, req.ChannelID, req.ParentID)
	if err != nil {
		return Response{}, err
	}
	resp := articleNote(describeCurrent(info))
	resp.Title = "This channel's article"
	resp.Blocks = append(resp.Blocks, setBy(info)...)
	return resp, nil
}

// setBy says who chose the article and when: the user is shown by name (a
// mention that pings nobody).
func setBy(info ArticleInfo) []Block {
	if info.SetBy == "" {
		return nil
	}
	b := Block{Text: "Set by", User: info.SetBy}
	if !info.SetAt.IsZero() {
		b.Text = "Set on " + info.SetAt.UTC().Format("2006-01-02 15:04 UTC") + " by"
	}
	if strings.Trim(info.SetBy, "0123456789") != "" {
		// Not a Discord user: an operator's name from `quotebot articles bind --by`.
		b.Text, b.User = b.Text+" "+info.SetBy, ""
	}
	return []Block{b}
}

// describeCurrent says which article answers, why, and where it came from.
func describeCurrent(info ArticleInfo) string {
	what := articleName(info)
	if info.Source != "" && info.Source != articleName(info) {
		what += " (from " + info.Source + ")"
	}
	what += ", SHA-256 " + shortSHA(info.SHA256)
	switch info.Scope {
	case FromChannel:
		return "This channel uses " + what + "."
	case FromParent:
		return "This thread uses its parent channel's article: " + what + "."
	case FromServer:
		return "This channel uses the server's article: " + what + "."
	}
	return "This channel uses the default article: " + what + "."
}

func articleName(info ArticleInfo) string {
	switch {
	case info.Title != "":
		return info.Title
	case info.Source != "":
		return info.Source
	}
	return "an untitled article"
}

func shortSHA(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	return sha
}

// needManageServer is the refusal for members without Manage Server.
const needManageServer = "Only members with the Manage Server permission can change the article. Nothing was changed."

func articleSet(ctx context.Context, shelf ArticleShelf, fetch ArticleFetcher, req Request) (Response, error) {
	if req.Permissions&PermManageServer == 0 {
		return articleNote(needManageServer), nil
	}
	scope, ok := scopeOf(req)
	if !ok {
		return articleNote("The scope must be channel or server. Nothing was changed."), nil
	}
	link, file := strings.TrimSpace(req.String("url")), req.String("file")
	var src string
	var att Attachment
	switch {
	case link != "" && file != "":
		return articleNote("Give either a url or a file, not both. Nothing was changed."), nil
	case link == "" && file == "":
		return articleNote("Give the article as a url (a web page or text file) or as a file attachment. Nothing was changed."), nil
	case link != "":
		u, err := url.Parse(link)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return articleNote("The url must be a web address starting with http:// or https://. Nothing was changed."), nil
		}
		src = link
	default:
		a, found := req.Attachments[file]
		if !found || a.URL == "" {
			return articleNote("I can't see that attachment; please attach the file again. Nothing was changed."), nil
		}
		if a.Size > MaxFetchBytes {
			return articleNote(fmt.Sprintf("The file is %d bytes; the limit is %d (5 MiB). Nothing was changed.", a.Size, MaxFetchBytes)), nil
		}
		att, src = a, a.URL
	}
	if fetch == nil {
		return articleNote("I can't download articles here. Nothing was changed."), nil
	}
	doc, err := fetch.Fetch(ctx, src)
	if err != nil {
		if ctx.Err() != nil {
			return Response{}, err
		}
		return articleNote("I couldn't use that article: " + sentence(err) + " Nothing was changed."), nil
	}
	if att.URL != "" {
		// An attachment's URL is signed and expires; its name says what it was.
		doc.Source = "attachment " + att.Filename
	}
	info, err := shelf.Add(ctx, doc, req.UserID)
	if err != nil {
		if _, ok := knowledge.UserMessage(err); ok {
			return articleNote("I couldn't use that article: " + sentence(err) + " Nothing was changed."), nil
		}
		return Response{}, err
	}
	channel := req.ChannelID
	if scope == ScopeServer {
		channel = ""
	}
	if err := shelf.Bind(ctx, req.GuildID, channel, info.SHA256, req.UserID); err != nil {
		return Response{}, err
	}
	where := "This channel"
	if scope == ScopeServer {
		where = "Every channel of this server without an article of its own"
	}
	return Response{
		Title: "Article set",
		Blocks: []Block{Text(fmt.Sprintf("%s now uses %s: %d paragraphs, %d sentences, SHA-256 %s.",
			where, articleName(info), info.Paragraphs, info.Sentences, shortSHA(info.SHA256)))},
		Private: true,
	}, nil
}

func articleReset(ctx context.Context, shelf ArticleShelf, req Request) (Response, error) {
	if req.Permissions&PermManageServer == 0 {
		return articleNote(needManageServer), nil
	}
	scope, ok := scopeOf(req)
	if !ok {
		return articleNote("The scope must be channel or server. Nothing was changed."), nil
	}
	channel := req.ChannelID
	if scope == ScopeServer {
		channel = ""
	}
	removed, err := shelf.Unbind(ctx, req.GuildID, channel)
	if err != nil {
		return Response{}, err
	}
	info, err := shelf.Current(ctx, req.GuildID, req.ChannelID, req.ParentID)
	if err != nil {
		return Response{}, err
	}
	done := "This channel's own article is removed."
	switch {
	case scope == ScopeServer && removed:
		done = "The server's article is removed."
	case scope == ScopeServer:
		done = "The server had no article of its own; nothing changed."
	case !removed:
		done = "This channel had no article of its own; nothing changed."
	}
	resp := articleNote(done + " " + describeCurrent(info))
	resp.Title = "Article reset"
	resp.Blocks = append(resp.Blocks, setBy(info)...)
	return resp, nil
}

// sentence is why an article was refused, as one sentence: the user
// message of an ingestion or parsing error, else the error's text.
func sentence(err error) string {
	msg, ok := knowledge.UserMessage(err)
	if !ok {
		msg = err.Error()
	}
	return strings.TrimRight(msg, ". ") + "."
}

// scopeOf reads the scope option: channel unless server is chosen.
func scopeOf(req Request) (string, bool) {
	switch s := req.String("scope"); s {
	case "", ScopeChannel:
		return ScopeChannel, true
	case ScopeServer:
		return ScopeServer, true
	}
	return "", false
}
