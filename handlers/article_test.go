package handlers

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/quotebot/quotebot/knowledge"
)

// fakeShelf is a hand-written ArticleShelf: each method is a field, and
// calls are recorded.
type fakeShelf struct {
	current func(guild, channel, parent string) (ArticleInfo, error)
	add     func(doc Doc, by string) (ArticleInfo, error)
	bound   []string // "guild/channel=sha by"
	unbound []string // "guild/channel"
	added   []Doc
}

var _ ArticleShelf = (*fakeShelf)(nil)

func (f *fakeShelf) Current(_ context.Context, g, c, p string) (ArticleInfo, error) {
	return f.current(g, c, p)
}

func (f *fakeShelf) Add(_ context.Context, d Doc, by string) (ArticleInfo, error) {
	if f.add == nil {
		return ArticleInfo{}, errors.New("unexpected Add")
	}
	info, err := f.add(d, by)
	if err == nil {
		f.added = append(f.added, d)
	}
	return info, err
}

func (f *fakeShelf) Bind(_ context.Context, g, c, sha, by string) error {
	f.bound = append(f.bound, g+"/"+c+"="+sha+" "+by)
	return nil
}

func (f *fakeShelf) Unbind(_ context.Context, g, c string) (bool, error) {
	f.unbound = append(f.unbound, g+"/"+c)
	return c != "none", nil
}

type fakeFetcher func(url string) (Doc, error)

func (f fakeFetcher) Fetch(_ context.Context, url string) (Doc, error) { return f(url) }

const sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

func TestArticleSet(t *testing.T) {
	page := Doc{Title: "Storm hits coast", Source: "https://news.example/storm", Text: "Storm hits coast\n\nThe storm came. It went.\n"}
	okFetch := fakeFetcher(func(url string) (Doc, error) { return page, nil })
	indexed := func(d Doc, by string) (ArticleInfo, error) {
		return ArticleInfo{SHA256: sha, Title: d.Title, Source: d.Source, Paragraphs: 1, Sentences: 2}, nil
	}
	mod := PermManageServer | 0x400
	tests := []struct {
		name      string
		req       Request
		fetch     fakeFetcher
		add       func(Doc, string) (ArticleInfo, error)
		want      string
		wantBound string
	}{
		{"url, channel", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{"url": "https://news.example/storm"}},
			okFetch, indexed, "This channel now uses Storm hits coast: 1 paragraphs, 2 sentences, SHA-256 0123456789ab.", "g/c=" + sha + " u"},
		{"url, server", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{"url": "https://news.example/storm", "scope": "server"}},
			okFetch, indexed, "Every channel of this server without an article of its own now uses Storm hits coast", "g/=" + sha + " u"},
		{"file", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{"file": "9"},
			Attachments: map[string]Attachment{"9": {ID: "9", URL: "https://cdn.example/a.md", Filename: "a.md", Size: 100}}},
			okFetch, indexed, "now uses Storm hits coast", "g/c=" + sha + " u"},
		{"no permission", Request{Subcommand: ArticleSet, Permissions: 0x400, Options: map[string]any{"url": "https://news.example/storm"}},
			okFetch, indexed, "Only members with the Manage Server permission", ""},
		{"both", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{"url": "https://x.example/", "file": "9"}},
			okFetch, indexed, "either a url or a file, not both", ""},
		{"neither", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{}},
			okFetch, indexed, "Give the article as a url", ""},
		{"not http", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{"url": "/etc/passwd"}},
			okFetch, indexed, "must be a web address starting with http:// or https://", ""},
		{"file scheme", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{"url": "file:///etc/passwd"}},
			okFetch, indexed, "must be a web address", ""},
		{"bad scope", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{"url": "https://x.example/", "scope": "world"}},
			okFetch, indexed, "The scope must be channel or server", ""},
		{"missing attachment", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{"file": "9"}},
			okFetch, indexed, "I can't see that attachment", ""},
		{"attachment too big", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{"file": "9"},
			Attachments: map[string]Attachment{"9": {URL: "https://cdn.example/a.md", Size: 6 << 20}}},
			okFetch, indexed, "the limit is 5242880 (5 MiB)", ""},
		{"fetch refused", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{"url": "http://127.0.0.1/x"}},
			func(string) (Doc, error) { return Doc{}, errors.New("127.0.0.1 is a loopback address") }, indexed,
			"I couldn't use that article: 127.0.0.1 is a loopback address. Nothing was changed.", ""},
		{"no paragraphs", Request{Subcommand: ArticleSet, Permissions: mod, Options: map[string]any{"url": "https://x.example/"}},
			okFetch, func(Doc, string) (ArticleInfo, error) {
				return ArticleInfo{}, knowledge.Errorf(knowledge.EInvalid, "The article has no paragraphs of text.")
			}, "I couldn't use that article: The article has no paragraphs of text. Nothing was changed.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shelf := &fakeShelf{add: tt.add}
			tt.req.GuildID, tt.req.ChannelID, tt.req.UserID = "g", "c", "u"
			resp, err := NewArticle(shelf, tt.fetch)(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if !resp.Private {
				t.Error("the reply is not private")
			}
			if got := allText(resp); !strings.Contains(got, tt.want) {
				t.Errorf("reply %q lacks %q", got, tt.want)
			}
			got := strings.Join(shelf.bound, ",")
			if got != tt.wantBound {
				t.Errorf("bound %q, want %q", got, tt.wantBound)
			}
			if tt.wantBound == "" && len(shelf.added) > 0 {
				t.Errorf("stored %v though the article was refused", shelf.added)
			}
		})
	}
}

func TestArticleSetAttachmentSource(t *testing.T) {
	shelf := &fakeShelf{add: func(d Doc, _ string) (ArticleInfo, error) { return ArticleInfo{SHA256: sha, Source: d.Source}, nil }}
	fetch := fakeFetcher(func(url string) (Doc, error) {
		if url != "https://cdn.example/a.md?ex=1" {
			t.Errorf("fetched %q", url)
		}
		return Doc{Source: url, Text: "x"}, nil
	})
	req := Request{GuildID: "g", ChannelID: "c", Subcommand: ArticleSet, Permissions: PermManageServer,
		Options:     map[string]any{"file": "9"},
		Attachments: map[string]Attachment{"9": {URL: "https://cdn.example/a.md?ex=1", Filename: "a.md"}}}
	if _, err := NewArticle(shelf, fetch)(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	if len(shelf.added) != 1 || shelf.added[0].Source != "attachment a.md" {
		t.Errorf("stored %+v; want the attachment's name as source, not its signed URL", shelf.added)
	}
}

func TestArticleShowAndReset(t *testing.T) {
	at := time.Date(2026, 11, 28, 4, 30, 0, 0, time.UTC)
	tests := []struct {
		name string
		info ArticleInfo
		want string
	}{
		{"channel", ArticleInfo{SHA256: sha, Title: "Storm", Source: "https://n.example/s", Scope: FromChannel, SetBy: "42", SetAt: at},
			"This channel uses Storm (from https://n.example/s), SHA-256 0123456789ab.\nSet on 2026-11-28 04:30 UTC by<@42>"},
		{"thread", ArticleInfo{SHA256: sha, Title: "Storm", Scope: FromParent, SetBy: "42"},
			"This thread uses its parent channel's article: Storm, SHA-256 0123456789ab.\nSet by<@42>"},
		{"server", ArticleInfo{SHA256: sha, Source: "attachment a.md", Scope: FromServer, SetBy: "42"},
			"This channel uses the server's article: attachment a.md, SHA-256 0123456789ab.\nSet by<@42>"},
		{"operator", ArticleInfo{SHA256: sha, Title: "Storm", Scope: FromServer, SetBy: "ops-team"},
			"This channel uses the server's article: Storm, SHA-256 0123456789ab.\nSet by ops-team\n"},
		{"default", ArticleInfo{SHA256: sha, Title: "Trump–Putin call", Scope: FromDefault},
			"This channel uses the default article: Trump–Putin call, SHA-256 0123456789ab."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var asked []string
			shelf := &fakeShelf{current: func(g, c, p string) (ArticleInfo, error) {
				asked = append(asked, g+"/"+c+"/"+p)
				return tt.info, nil
			}}
			h := NewArticle(shelf, nil)
			resp, err := h(context.Background(), Request{GuildID: "g", ChannelID: "t", ParentID: "p", Subcommand: ArticleShow})
			if err != nil {
				t.Fatal(err)
			}
			if got := articleText(resp); !strings.Contains(got, tt.want) || !resp.Private {
				t.Errorf("show = %q (private %v), want %q", got, resp.Private, tt.want)
			}
			if len(asked) != 1 || asked[0] != "g/t/p" {
				t.Errorf("asked %v", asked)
			}
		})
	}

	shelf := &fakeShelf{current: func(g, c, p string) (ArticleInfo, error) {
		return ArticleInfo{SHA256: sha, Scope: FromDefault, Title: "D"}, nil
	}}
	h := NewArticle(shelf, nil)
	for _, tt := range []struct {
		opts  map[string]any
		perms int64
		want  string
		unb   string
	}{
		{map[string]any{}, PermManageServer, "This channel's own article is removed. This channel uses the default article: D", "g/c"},
		{map[string]any{"scope": "server"}, PermManageServer, "The server's article is removed.", "g/"},
		{map[string]any{}, 0, "Only members with the Manage Server permission", ""},
		{map[string]any{"scope": "channel"}, PermManageServer, "This channel had no article of its own; nothing changed.", "g/none"},
	} {
		shelf.unbound = nil
		channel := "c"
		if strings.HasSuffix(tt.unb, "none") {
			channel = "none"
		}
		resp, err := h(context.Background(), Request{GuildID: "g", ChannelID: channel, Subcommand: ArticleReset, Options: tt.opts, Permissions: tt.perms})
		if err != nil {
			t.Fatal(err)
		}
		if got := allText(resp); !strings.Contains(got, tt.want) {
			t.Errorf("reset %v = %q, want %q", tt.opts, got, tt.want)
		}
		if got := strings.Join(shelf.unbound, ","); got != tt.unb {
			t.Errorf("unbound %q, want %q", got, tt.unb)
		}
	}

	resp, err := h(context.Background(), Request{ChannelID: "dm", Subcommand: ArticleShow})
	if err != nil || !strings.Contains(allText(resp), "use /article in a server") {
		t.Errorf("in a DM: %v %q", err, allText(resp))
	}
}

// articleText is allText with each block's user mention after its text.
func articleText(resp Response) string {
	var b strings.Builder
	for _, bl := range resp.Blocks {
		b.WriteString(bl.Text)
		if bl.User != "" {
			b.WriteString("<@" + bl.User + ">")
		}
		b.WriteString("\n")
	}
	return b.String()
}
