package bot

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/quotebot/quotebot/handlers"
)

// memStore is a hand-written in-memory Store that counts article reads.
type memStore struct {
	mu       sync.Mutex
	articles map[string]StoredArticle
	bindings map[[2]string]Binding
	reads    map[string]int
	fail     error // every call fails with it when set
}

var _ Store = (*memStore)(nil)

func newMemStore() *memStore {
	return &memStore{articles: map[string]StoredArticle{}, bindings: map[[2]string]Binding{}, reads: map[string]int{}}
}

func (m *memStore) PutArticle(_ context.Context, a StoredArticle) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return m.fail
	}
	if _, ok := m.articles[a.SHA256]; !ok {
		m.articles[a.SHA256] = a
	}
	return nil
}

func (m *memStore) Article(_ context.Context, sha string) (StoredArticle, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reads[sha]++
	a, ok := m.articles[sha]
	if !ok {
		return a, ErrNotFound
	}
	return a, nil
}

func (m *memStore) Articles(_ context.Context) ([]StoredArticle, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []StoredArticle
	for _, a := range m.articles {
		a.Text = ""
		out = append(out, a)
	}
	return out, nil
}

func (m *memStore) Bind(_ context.Context, b Binding) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.articles[b.SHA256]; !ok {
		return fmt.Errorf("no article %s", b.SHA256)
	}
	m.bindings[[2]string{b.GuildID, b.ChannelID}] = b
	return nil
}

func (m *memStore) Unbind(_ context.Context, g, c string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.bindings[[2]string{g, c}]; !ok {
		return ErrNotFound
	}
	delete(m.bindings, [2]string{g, c})
	return nil
}

func (m *memStore) Binding(_ context.Context, g, c string) (Binding, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return Binding{}, m.fail
	}
	b, ok := m.bindings[[2]string{g, c}]
	if !ok {
		return b, ErrNotFound
	}
	return b, nil
}

// mapFetcher serves articles by URL; anything else fails as ingestion would.
type mapFetcher map[string]handlers.Doc

func (f mapFetcher) Fetch(_ context.Context, url string) (handlers.Doc, error) {
	if d, ok := f[url]; ok {
		return d, nil
	}
	return handlers.Doc{}, errors.New("the server answered 404 Not Found")
}

const (
	guild   = "1100000000000000000"
	general = "1100000000000000555"
	other   = "1100000000000000556"
	thread  = "1100000000000000557"
)

func stormDoc(t testing.TB) handlers.Doc {
	b, err := os.ReadFile(filepath.Join("testdata", "storm.md"))
	if err != nil {
		t.Fatal(err)
	}
	return handlers.Doc{Title: "Storm Helga floods the harbour town of Varnes", Source: "https://news.example/storm", Text: string(b)}
}

// articleRouter is a router over a memStore whose fetcher knows the storm
// article at https://news.example/storm and at the attachment URL.
func articleRouter(t *testing.T) (*Router, *memStore) {
	t.Helper()
	st := newMemStore()
	doc := stormDoc(t)
	f := mapFetcher{"https://news.example/storm": doc}
	f[loadInteraction(t, "article_set_file.json").ApplicationCommandData().Resolved.Attachments["1250000000000000777"].URL] = doc
	r, _ := newRouter(t, Deps{Store: st, Fetcher: f, ArticleCache: 2})
	return r, st
}

// seen is everything a reply shows (running a deferral's follow-up), and
// its buttons' custom IDs.
func seen(t *testing.T, rep Reply) (text string, ids []string) {
	t.Helper()
	var b strings.Builder
	var embeds []*discordgo.MessageEmbed
	var comps []discordgo.MessageComponent
	if d := rep.Response.Data; d != nil {
		b.WriteString(d.Content + "\n")
		embeds, comps = d.Embeds, d.Components
	}
	if rep.Followup != nil {
		e := rep.Followup(context.Background())
		if e.Content != nil {
			b.WriteString(*e.Content + "\n")
		}
		if e.Embeds != nil {
			embeds = *e.Embeds
		}
		if e.Components != nil {
			comps = *e.Components
		}
	}
	for _, e := range embeds {
		b.WriteString(e.Title + "\n" + e.Description + "\n")
		for _, f := range e.Fields {
			b.WriteString(f.Name + "\n" + f.Value + "\n")
		}
		if e.Footer != nil {
			b.WriteString(e.Footer.Text + "\n")
		}
	}
	for _, c := range comps {
		if row, ok := c.(discordgo.ActionsRow); ok {
			for _, x := range row.Components {
				if btn, ok := x.(discordgo.Button); ok {
					ids = append(ids, btn.CustomID)
				}
			}
		}
	}
	return unescape(b.String()), ids
}

// at moves an interaction to channel (a thread of parent when set).
func at(i *discordgo.Interaction, channel string) *discordgo.Interaction {
	c := *i
	c.ChannelID = channel
	return &c
}

func ask(t *testing.T, q string) *discordgo.Interaction {
	i := loadInteraction(t, "ask.json")
	d := i.ApplicationCommandData()
	d.Options[0].Value = q
	i.Data = d
	return i
}

func TestArticleSetThenAskFollowsTheChannel(t *testing.T) {
	r, st := articleRouter(t)
	ctx := context.Background()
	rescued := "How many people did the fire brigade rescue?"

	// Before: the default article does not know.
	if got, _ := seen(t, r.Respond(ctx, ask(t, rescued))); strings.Contains(got, "eleven people") {
		t.Fatalf("answered from the storm article before it was set: %s", got)
	}
	got, _ := seen(t, r.Respond(ctx, loadInteraction(t, "article_set_url.json")))
	for _, want := range []string{"This channel now uses Storm Helga floods the harbour town of Varnes: 4 paragraphs", "sentences, SHA-256 "} {
		if !strings.Contains(got, want) {
			t.Errorf("set reply lacks %q: %s", want, got)
		}
	}
	if len(st.articles) != 1 || len(st.bindings) != 1 {
		t.Fatalf("stored %d articles, %d bindings", len(st.articles), len(st.bindings))
	}
	b := st.bindings[[2]string{guild, general}]
	if b.SetBy != "1000000000000000042" || b.SetAt.IsZero() {
		t.Errorf("binding %+v", b)
	}

	got, ids := seen(t, r.Respond(ctx, ask(t, rescued)))
	if !strings.Contains(got, "The fire brigade rescued eleven people") || !strings.Contains(got, "Source: Storm Helga") {
		t.Errorf("/ask in the channel did not answer from its article: %s", got)
	}
	if len(ids) == 0 || !strings.HasSuffix(ids[0], ":@"+b.SHA256[:stampLen]) {
		t.Errorf("buttons %v do not carry the article's SHA-256 prefix", ids)
	}
	// Another channel keeps the default.
	if got, _ := seen(t, r.Respond(ctx, at(ask(t, rescued), other))); strings.Contains(got, "eleven people") {
		t.Errorf("another channel answered from the storm article: %s", got)
	}
	if got, _ := seen(t, r.Respond(ctx, at(ask(t, "What did Putin say about root causes?"), other))); !strings.Contains(got, "root causes") {
		t.Errorf("another channel did not answer from the default: %s", got)
	}
	// A DM uses the default.
	dm := loadInteraction(t, "ask_dm.json")
	d := dm.ApplicationCommandData()
	d.Options[0].Value = rescued
	dm.Data = d
	if got, _ := seen(t, r.Respond(ctx, dm)); strings.Contains(got, "eleven people") {
		t.Errorf("a DM answered from a channel's article: %s", got)
	}

	// A mention there too; a DM to the bot does not.
	m := loadMessage(t, "message_create_mention.json")
	m.Content = "<@" + testBotID + "> " + rescued
	if out := r.Mention(ctx, m, testBotID); len(out) == 0 || !strings.Contains(out[0].Embeds[0].Description, "eleven people") {
		t.Errorf("a mention in the channel did not answer from its article: %+v", out)
	}
	dmm := loadMessage(t, "message_create_dm.json")
	dmm.Content = rescued
	if out := r.Mention(ctx, dmm, testBotID); len(out) == 0 || strings.Contains(out[0].Embeds[0].Description, "eleven people") {
		t.Errorf("a DM answered from a channel's article: %+v", out)
	}

	// /about and /quotes follow the channel too.
	if got, _ := seen(t, r.Respond(ctx, loadInteraction(t, "about.json"))); !strings.Contains(got, "Storm Helga") {
		t.Errorf("/about: %s", got)
	}
	if got, _ := seen(t, r.Respond(ctx, at(loadInteraction(t, "quotes.json"), general))); !strings.Contains(got, "We did everything we could") {
		t.Errorf("/quotes: %s", got)
	}
	cq := loadInteraction(t, "checkquote.json")
	cqd := cq.ApplicationCommandData()
	cqd.Options[0].Value = "“We did everything we could, and the wall bought us time,” Solberg said."
	cq.Data = cqd
	if got, _ := seen(t, r.Respond(ctx, at(cq, general))); !strings.Contains(got, "Quoted exactly") {
		t.Errorf("/checkquote: %s", got)
	}
	// Section autocomplete lists the channel article's headings.
	ac := at(loadInteraction(t, "summary_autocomplete.json"), general)
	acd := ac.ApplicationCommandData()
	for _, o := range acd.Options {
		if o.Focused {
			o.Value = "rep"
		}
	}
	ac.Data = acd
	rep := r.Respond(ctx, ac)
	if len(rep.Response.Data.Choices) != 1 || rep.Response.Data.Choices[0].Value != "Repairs" {
		t.Errorf("autocomplete choices %+v", rep.Response.Data.Choices)
	}

	// show tells who set it.
	if got, _ := seen(t, r.Respond(ctx, loadInteraction(t, "article_show.json"))); !strings.Contains(got, "This channel uses Storm Helga floods the harbour town of Varnes (from https://news.example/storm), SHA-256 "+b.SHA256[:12]+".") || !strings.Contains(got, "Set on ") || !strings.Contains(got, " by <@1000000000000000042>") {
		t.Errorf("show: %s", got)
	}
	// reset goes back to the default.
	if got, _ := seen(t, r.Respond(ctx, loadInteraction(t, "article_reset.json"))); !strings.Contains(got, "This channel uses the default article") {
		t.Errorf("reset: %s", got)
	}
	if got, _ := seen(t, r.Respond(ctx, ask(t, rescued))); strings.Contains(got, "eleven people") {
		t.Errorf("answered from the storm article after reset: %s", got)
	}
}

func TestThreadFollowsParentAndServerArticle(t *testing.T) {
	r, st := articleRouter(t)
	ctx := context.Background()
	rescued := "How many people did the fire brigade rescue?"
	seen(t, r.Respond(ctx, loadInteraction(t, "article_set_url.json")))

	// The thread's parent comes from the channel lookup (gateway) …
	lookups := 0
	r.SetChannelLookup(func(_ context.Context, id string) (*discordgo.Channel, error) {
		lookups++
		if id == thread {
			return &discordgo.Channel{ID: id, Type: discordgo.ChannelTypeGuildPublicThread, ParentID: general}, nil
		}
		return &discordgo.Channel{ID: id, Type: discordgo.ChannelTypeGuildText}, nil
	})
	for range 2 {
		if got, _ := seen(t, r.Respond(ctx, at(ask(t, rescued), thread))); !strings.Contains(got, "eleven people") {
			t.Errorf("a thread did not follow its parent: %s", got)
		}
	}
	if lookups != 1 {
		t.Errorf("%d lookups of the thread; its parent should be remembered", lookups)
	}
	// … or from the interaction's channel object (HTTP).
	r2, _ := articleRouter(t)
	r2.lib.store = st
	body := []byte(`{"channel":{"id":"` + thread + `","type":11,"parent_id":"` + general + `"}}`)
	if got, _ := seen(t, r2.Respond(withPayloadChannel(ctx, body), at(ask(t, rescued), thread))); !strings.Contains(got, "eleven people") {
		t.Errorf("a thread (payload channel) did not follow its parent: %s", got)
	}

	// The attachment, for the whole server: every other channel follows.
	got, _ := seen(t, r.Respond(ctx, at(loadInteraction(t, "article_set_file.json"), other)))
	if !strings.Contains(got, "Every channel of this server without an article of its own now uses") {
		t.Fatalf("set by file: %s", got)
	}
	if b := st.bindings[[2]string{guild, ""}]; b.SHA256 == "" {
		t.Fatal("no server binding")
	}
	if got, _ := seen(t, r.Respond(ctx, at(ask(t, rescued), "1100000000000000999"))); !strings.Contains(got, "eleven people") {
		t.Errorf("a channel without its own article did not use the server's: %s", got)
	}
	if got, _ := seen(t, r.Respond(ctx, at(loadInteraction(t, "article_show.json"), "1100000000000000999"))); !strings.Contains(got, "the server's article: Storm Helga") {
		t.Errorf("show: %s", got)
	}
}

func TestArticleSetRefusals(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		edit func(i *discordgo.Interaction, d *discordgo.ApplicationCommandInteractionData)
		want string
	}{
		{"no Manage Server", func(i *discordgo.Interaction, _ *discordgo.ApplicationCommandInteractionData) {
			i.Member.Permissions = 2248473465835073 // everything a member has, but 0x20
		}, "Only members with the Manage Server permission"},
		{"not answering", func(_ *discordgo.Interaction, d *discordgo.ApplicationCommandInteractionData) {
			d.Options[0].Options[0].Value = "https://news.example/missing"
		}, "I couldn't use that article: the server answered 404 Not Found. Nothing was changed."},
		{"both", func(_ *discordgo.Interaction, d *discordgo.ApplicationCommandInteractionData) {
			d.Options[0].Options = append(d.Options[0].Options, &discordgo.ApplicationCommandInteractionDataOption{Name: "file", Type: discordgo.ApplicationCommandOptionAttachment, Value: "1"})
		}, "Give either a url or a file, not both."},
		{"neither", func(_ *discordgo.Interaction, d *discordgo.ApplicationCommandInteractionData) {
			d.Options[0].Options = nil
		}, "Give the article as a url"},
		{"no paragraphs", func(_ *discordgo.Interaction, d *discordgo.ApplicationCommandInteractionData) {
			d.Options[0].Options[0].Value = "https://news.example/empty"
		}, "I couldn't use that article: The article has no paragraphs of text. Nothing was changed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, st := articleRouter(t)
			r.lib.store = st
			f := mapFetcher{"https://news.example/empty": {Title: "Empty", Text: "   \n\n  "}}
			r.lib.def.commands[commandKey{discordgo.ChatApplicationCommand, cmdArticle}] = route{handle: handlers.NewArticle(r.lib, f), private: true, anyArticle: true}
			i := loadInteraction(t, "article_set_url.json")
			d := i.ApplicationCommandData()
			tt.edit(i, &d)
			i.Data = d
			rep := r.Respond(ctx, i)
			got, _ := seen(t, rep)
			if !strings.Contains(got, tt.want) {
				t.Errorf("reply %q lacks %q", got, tt.want)
			}
			if rep.Response.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
				t.Error("the refusal is not private")
			}
			if len(st.articles)+len(st.bindings) != 0 {
				t.Errorf("stored %d articles, %d bindings after a refusal", len(st.articles), len(st.bindings))
			}
		})
	}
}

func TestButtonAnswersFromTheArticleItWasMadeFor(t *testing.T) {
	r, st := articleRouter(t)
	ctx := context.Background()
	seen(t, r.Respond(ctx, loadInteraction(t, "article_set_url.json")))
	storm := st.bindings[[2]string{guild, general}].SHA256
	_, ids := seen(t, r.Respond(ctx, ask(t, "How many people did the fire brigade rescue?")))
	var para string
	for _, id := range ids {
		if strings.HasPrefix(id, handlers.ActionParagraph+":") {
			para = id
		}
	}
	if para == "" {
		t.Fatalf("no paragraph button in %v", ids)
	}
	press := func(id string) string {
		i := loadInteraction(t, "button_paragraph.json")
		d := i.MessageComponentData()
		d.CustomID = id
		i.Data = d
		got, _ := seen(t, r.Respond(ctx, i))
		return got
	}
	if got := press(para); !strings.Contains(got, "The fire brigade rescued eleven people") || strings.Contains(got, "has changed") {
		t.Errorf("paragraph button: %s", got)
	}
	// The channel goes back to the default; the old button still answers
	// from the storm article, and says so.
	seen(t, r.Respond(ctx, loadInteraction(t, "article_reset.json")))
	got := press(para)
	if !strings.Contains(got, "The fire brigade rescued eleven people") || !strings.Contains(got, "This channel's article has changed since this answer; this is from the article it was made for (Storm Helga floods the harbour town of Varnes, SHA-256 "+storm[:12]+")") {
		t.Errorf("old button after the article changed: %s", got)
	}
	// Its article evicted from memory and the process fresh: found in the store.
	r2, _ := articleRouter(t)
	r2.lib.store = st
	if got, _ := seen(t, r2.Respond(ctx, func() *discordgo.Interaction {
		i := loadInteraction(t, "button_paragraph.json")
		d := i.MessageComponentData()
		d.CustomID = para
		i.Data = d
		return i
	}())); !strings.Contains(got, "eleven people") {
		t.Errorf("after a restart: %s", got)
	}
	// An article nobody has any more.
	if got := press("para:3:@ffffffffffff"); !strings.Contains(got, "That button belongs to an article I no longer have") {
		t.Errorf("unknown article: %s", got)
	}
	// A button from before stamps answers from the channel's article.
	if got := press("para:1"); strings.Contains(got, "has changed") {
		t.Errorf("unstamped button: %s", got)
	}
}

// TestStampedCustomIDsFit: the longest button, "More passages" with twelve
// five-digit sentence numbers, keeps its stamp within 100 characters.
func TestStampedCustomIDsFit(t *testing.T) {
	sha := strings.Repeat("ab", 32)
	shownIDs := strings.TrimSuffix(strings.Repeat("99999.", 12), ".")
	h := stamp(func(context.Context, handlers.Request) (handlers.Response, error) {
		return handlers.Response{Buttons: []handlers.Button{
			{Label: "More passages", Action: handlers.ActionMore, Args: []string{"999", shownIDs}},
			{Label: "Post publicly", Action: handlers.ActionPublish, Args: []string{"11000000000000005550", "12500000000000009000"}},
		}}, nil
	}, sha)
	resp, _ := h(context.Background(), handlers.Request{})
	for _, b := range resp.Buttons {
		id, ok := encodeCustomID(b.Action, b.Args)
		if !ok || len(id) > maxCustomID {
			t.Errorf("custom ID %q is %d characters", id, len(id))
		}
		action, args := decodeCustomID(id)
		args, made := unstamp(args)
		if action != b.Action || made != sha[:stampLen] || len(args) != len(b.Args)-1 {
			t.Errorf("%q decodes to %s %v %s", id, action, args, made)
		}
	}
}

func TestArticleCacheIsBoundedAndBuildsOnce(t *testing.T) {
	r, st := articleRouter(t) // ArticleCache: 2
	ctx := context.Background()
	base := stormDoc(t).Text
	var shas []string
	for n := range 4 {
		doc := handlers.Doc{Title: fmt.Sprint("Storm ", n), Text: base + fmt.Sprintf("\nUpdate %d: the water is falling.\n", n)}
		info, err := r.lib.Add(ctx, doc, "u")
		if err != nil {
			t.Fatal(err)
		}
		shas = append(shas, info.SHA256)
	}
	if n := r.lib.cache.len(); n > 2 {
		t.Errorf("%d articles in a cache of 2", n)
	}
	// Many concurrent requests for one stored article (evicted) parse it once.
	before := st.reads[shas[0]]
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := r.lib.bySHA(ctx, shas[0]); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := st.reads[shas[0]] - before; n != 1 {
		t.Errorf("article read %d times from the store, want once", n)
	}
}

func TestStoreFailureApologises(t *testing.T) {
	r, st := articleRouter(t)
	st.fail = errors.New("database is locked")
	got, _ := seen(t, r.Respond(context.Background(), ask(t, "What did Putin say?")))
	if !strings.Contains(got, apology) || strings.Contains(got, "database") {
		t.Errorf("reply %q", got)
	}
}

// TestUserBlock: a user ID after a text renders as a mention (a name in
// Discord); anything else is left out rather than shown raw.
func TestUserBlock(t *testing.T) {
	for _, tt := range []struct{ user, want string }{
		{"1000000000000000042", "Set by <@1000000000000000042>"},
		{"everyone", "Set by"},
		{"<@&1>", "Set by"},
	} {
		got := renderBlocks([]handlers.Block{{Text: "Set by", User: tt.user}})
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("User %q renders %q, want %q", tt.user, got, tt.want)
		}
	}
}

// TestIndexPanicIsNotRemembered: a panic while indexing an article fails
// that request and the next one tries again, nobody waiting forever.
func TestIndexPanicIsNotRemembered(t *testing.T) {
	r, _ := articleRouter(t)
	ctx := context.Background()
	calls := 0
	for range 2 {
		_, err := r.lib.cached(ctx, "ab", func() (*grounded, error) {
			calls++
			panic("boom")
		})
		if err == nil || !strings.Contains(err.Error(), "boom") {
			t.Errorf("err = %v", err)
		}
	}
	if calls != 2 {
		t.Errorf("built %d times, want 2 (a failure is not cached)", calls)
	}
}
