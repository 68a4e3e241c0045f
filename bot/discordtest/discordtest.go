// Package discordtest is a local stand-in for Discord, for tests: the REST
// API over httptest and the gateway over WebSocket, speaking the real
// opcodes (HELLO, IDENTIFY, READY, dispatches, heartbeats). It records every
// REST call so a test can assert what the bot sent.
package discordtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// IDs the stand-in uses.
const (
	AppID   = "1240000000000000000" // the application, and its bot user
	GuildID = "1100000000000000000"
	// ForbiddenChannelID is a channel the bot may not post in: sending a
	// message there fails with 403 Missing Permissions.
	ForbiddenChannelID = "1100000000000000403"
)

// Call is one REST request the bot made.
type Call struct {
	Method, Path string
	Header       http.Header
	Body         []byte
}

// Identify is the IDENTIFY (op 2) payload the bot sent.
type Identify struct {
	Token   string `json:"token"`
	Intents int    `json:"intents"`
}

// Server is the stand-in. Its URL is what DISCORD_API_URL points at.
type Server struct {
	*httptest.Server
	token string

	calls    chan Call
	identify chan Identify
	beats    chan int64

	mu       sync.Mutex
	channels map[string]map[string]any // set by SetChannel
	out      chan []byte               // frames for the open gateway connection
	seq      int
	nextID   int
}

// New starts a stand-in that accepts the bot token token.
func New(t testing.TB, token string) *Server {
	s := &Server{
		token:    token,
		calls:    make(chan Call, 256),
		identify: make(chan Identify, 4),
		beats:    make(chan int64, 64),
		nextID:   1260000000000000000,
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /gateway/", s.gateway)
	// discordgo speaks API v9; the HTTP endpoint's webhook edits, v10.
	mux.HandleFunc("/api/v9/", s.rest)
	mux.HandleFunc("/api/v10/", s.rest)
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func (s *Server) authorized(r *http.Request) bool {
	return r.Header.Get("Authorization") == "Bot "+s.token
}

// rest answers the REST API and records each call.
func (s *Server) rest(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	path := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, "/api/v9"), "/api/v10")
	parts := strings.Split(strings.Trim(path, "/"), "/")
	// Interaction callbacks and webhooks authenticate with the interaction
	// token in the URL; everything else needs the bot token.
	if parts[0] != "interactions" && parts[0] != "webhooks" && parts[0] != "gateway" && !s.authorized(r) {
		http.Error(w, `{"message": "401: Unauthorized", "code": 0}`, http.StatusUnauthorized)
		return
	}
	s.calls <- Call{Method: r.Method, Path: path, Header: r.Header.Clone(), Body: body}
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == "GET" && path == "/gateway":
		writeJSON(w, map[string]string{"url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway"})
	case r.Method == "GET" && path == "/users/@me":
		writeJSON(w, botUser())
	case r.Method == "GET" && path == "/oauth2/applications/@me":
		writeJSON(w, map[string]any{"id": AppID, "name": "quotebot", "bot_public": true})
	case r.Method == "POST" && parts[0] == "interactions" && len(parts) == 4 && parts[3] == "callback":
		w.WriteHeader(http.StatusNoContent)
	case r.Method == "GET" && parts[0] == "channels" && len(parts) == 2:
		writeJSON(w, s.channel(parts[1]))
	case r.Method == "POST" && parts[0] == "channels" && len(parts) == 3 && parts[2] == "typing":
		w.WriteHeader(http.StatusNoContent)
	case r.Method == "POST" && parts[0] == "channels" && len(parts) == 3 && parts[2] == "messages" && parts[1] == ForbiddenChannelID:
		w.WriteHeader(http.StatusForbidden)
		writeJSON(w, map[string]any{"message": "Missing Permissions", "code": 50013})
	case r.Method == "POST" && parts[0] == "channels" && len(parts) == 3 && parts[2] == "messages":
		writeJSON(w, s.message(parts[1], body))
	case parts[0] == "webhooks" && (r.Method == "PATCH" || r.Method == "POST"):
		writeJSON(w, s.message("", body))
	case r.Method == "PUT" && parts[0] == "applications" && parts[len(parts)-1] == "commands":
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			http.Error(w, `{"message": "Invalid Form Body", "code": 50035}`, http.StatusBadRequest)
			return
		}
		for _, c := range cmds {
			c["id"] = s.id()
			c["application_id"] = AppID
			c["version"] = s.id()
		}
		writeJSON(w, cmds)
	default:
		http.Error(w, `{"message": "404: Not Found", "code": 0}`, http.StatusNotFound)
	}
}

// SetChannel makes GET /channels/{id} describe id as a channel of type typ
// (11 is a public thread) under parent ("" for none). Channels not set are
// text channels of GuildID.
func (s *Server) SetChannel(id string, typ int, parent string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.channels == nil {
		s.channels = map[string]map[string]any{}
	}
	c := map[string]any{"id": id, "type": typ, "guild_id": GuildID, "name": "channel-" + id}
	if parent != "" {
		c["parent_id"] = parent
	}
	s.channels[id] = c
}

func (s *Server) channel(id string) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.channels[id]; ok {
		return c
	}
	return map[string]any{"id": id, "type": 0, "guild_id": GuildID, "name": "channel-" + id}
}

// message echoes a sent message back the way Discord does, with an ID.
func (s *Server) message(channel string, body []byte) map[string]any {
	m := map[string]any{}
	_ = json.Unmarshal(body, &m)
	m["id"] = s.id()
	m["channel_id"] = channel
	m["author"] = botUser()
	m["timestamp"] = "2025-05-20T18:00:00.000000+00:00"
	return m
}

func (s *Server) id() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	return fmt.Sprint(s.nextID)
}

func botUser() map[string]any {
	return map[string]any{"id": AppID, "username": "quotebot", "discriminator": "0", "bot": true, "avatar": nil}
}

func writeJSON(w http.ResponseWriter, v any) {
	_ = json.NewEncoder(w).Encode(v)
}

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int            `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

// gateway speaks the gateway protocol on one connection: HELLO, then
// IDENTIFY (token checked), READY, then dispatches and heartbeat ACKs.
func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	if c.WriteJSON(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}}) != nil {
		return
	}
	var f frame
	if c.ReadJSON(&f) != nil || f.Op != 2 {
		c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4002, "Decode error"))
		return
	}
	var id Identify
	_ = json.Unmarshal(f.D, &id)
	s.identify <- id
	if strings.TrimPrefix(id.Token, "Bot ") != s.token {
		c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
		return
	}
	out := make(chan []byte, 64)
	s.mu.Lock()
	s.out = out
	s.mu.Unlock()
	s.Dispatch("READY", map[string]any{
		"v": 9, "user": botUser(), "session_id": "stand-in-session", "resume_gateway_url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway",
		"guilds": []any{map[string]any{"id": GuildID, "unavailable": true}}, "private_channels": []any{},
		"application": map[string]any{"id": AppID, "flags": 0},
	})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c.SetReadDeadline(time.Time{})
			var f frame
			if err := c.ReadJSON(&f); err != nil {
				return
			}
			if f.Op == 1 {
				var seq int64
				_ = json.Unmarshal(f.D, &seq)
				select {
				case s.beats <- seq:
				default:
				}
				out <- []byte(`{"op":11}`)
			}
		}
	}()
	for {
		select {
		case b := <-out:
			if c.WriteMessage(websocket.TextMessage, b) != nil {
				return
			}
		case <-done:
			return
		}
	}
}

// Dispatch sends a gateway event (op 0) named typ with payload d to the
// connected bot. d may be raw JSON bytes.
func (s *Server) Dispatch(typ string, d any) {
	raw, ok := d.([]byte)
	if !ok {
		raw, _ = json.Marshal(d)
	}
	s.mu.Lock()
	s.seq++
	b, _ := json.Marshal(frame{Op: 0, D: raw, S: &s.seq, T: typ})
	out := s.out
	s.mu.Unlock()
	out <- b
}

// WaitIdentify returns the next IDENTIFY the bot sent.
func (s *Server) WaitIdentify(t testing.TB, timeout time.Duration) Identify {
	t.Helper()
	select {
	case id := <-s.identify:
		return id
	case <-time.After(timeout):
		t.Fatal("the bot did not IDENTIFY")
		return Identify{}
	}
}

// WaitHeartbeat waits for the bot's next heartbeat (op 1).
func (s *Server) WaitHeartbeat(t testing.TB, timeout time.Duration) {
	t.Helper()
	select {
	case <-s.beats:
	case <-time.After(timeout):
		t.Fatal("the bot sent no heartbeat")
	}
}

// Calls returns the calls recorded and not yet returned by WaitCall or
// Calls, without waiting.
func (s *Server) Calls() []Call {
	var out []Call
	for {
		select {
		case c := <-s.calls:
			out = append(out, c)
		default:
			return out
		}
	}
}

// WaitCall returns the next recorded call matching method and a path
// prefix, skipping others; it fails the test after timeout.
func (s *Server) WaitCall(t testing.TB, method, pathPrefix string, timeout time.Duration) Call {
	t.Helper()
	deadline := time.After(timeout)
	for {
		select {
		case c := <-s.calls:
			if c.Method == method && strings.HasPrefix(c.Path, pathPrefix) {
				return c
			}
		case <-deadline:
			t.Fatalf("the bot made no %s %s… call", method, pathPrefix)
			return Call{}
		}
	}
}
