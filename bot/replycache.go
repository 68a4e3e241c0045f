package bot

import (
	"container/list"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// replyCache keeps the replies of slash commands whose answer depends only
// on their options (a fixed article, no model), so a popular question is
// routed, answered and rendered once. It is a bounded LRU, safe for
// concurrent use. Cached replies are never modified: senders copy before
// they change anything (httpNoPings, runFollowup).
type replyCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front = most recent; values are *replyEntry
	byKey map[string]*list.Element
}

type replyEntry struct {
	key   string
	reply Reply
}

// replyCacheSize bounds the cache: a few hundred rendered answers.
const replyCacheSize = 512

func newReplyCache(max int) *replyCache {
	return &replyCache{max: max, order: list.New(), byKey: map[string]*list.Element{}}
}

func (c *replyCache) get(key string) (Reply, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok {
		return Reply{}, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*replyEntry).reply, true
}

func (c *replyCache) put(key string, r Reply) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byKey[key]; ok {
		return
	}
	c.byKey[key] = c.order.PushFront(&replyEntry{key: key, reply: r})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byKey, last.Value.(*replyEntry).key)
	}
}

// optionsKey identifies a slash command by its name and option values.
func optionsKey(data discordgo.ApplicationCommandInteractionData) string {
	parts := make([]string, 0, len(data.Options)+1)
	for _, o := range data.Options {
		parts = append(parts, fmt.Sprintf("%s=%T:%v", o.Name, o.Value, o.Value))
	}
	sort.Strings(parts)
	return data.Name + "\x00" + strings.Join(parts, "\x00")
}
