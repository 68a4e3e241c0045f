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
	resumes  chan Resume
	closes   chan int

	mu       sync.Mutex
	nextID   int
	channels map[string]map[string]any // set by SetChannel
	faults   []fault
	nonces   map[string]map[string]any // message by nonce, for enforce_nonce
	posted   int                       // channel messages created

	heartbeat      time.Duration
	startLimit     map[string]any
	active         *conn // the connection with a live session
	session        int
	sessionID      string
	seq            int
	events         []event
	noAcks         bool
	refuseIdentify int
	refuseResume   bool
	identifies     int
	connects       int
}

// Fault is how the stand-in misbehaves on one REST call.
type Fault struct {
	// Status is the HTTP status to answer with.
	Status int
	// Header is set on the answer (e.g. Retry-After).
	Header map[string]string
	// Body is the answer's body; default a JSON error.
	Body string
	// Hang holds the answer this long, or until the client gives up.
	Hang time.Duration
	// After does the call's work before failing: the request succeeded
	// but its answer was lost.
	After bool
}

type fault struct {
	method, prefix string
	Fault
}

// FailREST makes the next calls matching method and path prefix answer
// with faults, one fault per call, in order.
func (s *Server) FailREST(method, pathPrefix string, faults ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range faults {
		s.faults = append(s.faults, fault{method, pathPrefix, f})
	}
}

// Posted is how many channel messages were created (a message repeated
// with the same enforced nonce is created once).
func (s *Server) Posted() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.posted
}

// New starts a stand-in that accepts the bot token token.
func New(t testing.TB, token string) *Server {
	s := &Server{
		token:     token,
		calls:     make(chan Call, 1024),
		identify:  make(chan Identify, 64),
		beats:     make(chan int64, 64),
		resumes:   make(chan Resume, 16),
		closes:    make(chan int, 16),
		nextID:    1260000000000000000,
		nonces:    map[string]map[string]any{},
		heartbeat: 2 * time.Second, // Discord's is about 41 s
	}
	mux := http.NewServeMux()
	// With and without the trailing slash discordgo adds.
	for _, p := range []string{"GET /gateway", "GET /gateway/", "GET /resume-gateway", "GET /resume-gateway/"} {
		mux.HandleFunc(p, s.gateway)
	}
	// discordgo speaks API v9; the HTTP endpoint's webhook edits, v10.
	mux.HandleFunc("/api/v9/", s.rest)
	mux.HandleFunc("/api/v10/", s.rest)
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// nextFault takes the first fault queued for the call.
func (s *Server) nextFault(method, path string) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.method == method && strings.HasPrefix(path, f.prefix) {
			s.faults = append(s.faults[:i], s.faults[i+1:]...)
			return f.Fault, true
		}
	}
	return Fault{}, false
}

// misbehave answers with f, after its hang; with no status it writes nothing.
func misbehave(w http.ResponseWriter, r *http.Request, f Fault) {
	if f.Hang > 0 {
		select {
		case <-time.After(f.Hang):
		case <-r.Context().Done():
			return
		}
	}
	if f.Status == 0 {
		return
	}
	for k, v := range f.Header {
		w.Header().Set(k, v)
	}
	body := f.Body
	if body == "" {
		body = fmt.Sprintf(`{"message": "%s", "code": 0}`, http.StatusText(f.Status))
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(f.Status)
	io.WriteString(w, body)
}

// lostAnswer is a ResponseWriter that does the call's work and drops the answer.
type lostAnswer struct{ h http.Header }

func (l *lostAnswer) Header() http.Header         { return l.h }
func (l *lostAnswer) Write(b []byte) (int, error) { return len(b), nil }
func (l *lostAnswer) WriteHeader(int)             {}

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
	select {
	case s.calls <- Call{Method: r.Method, Path: path, Header: r.Header.Clone(), Body: body}:
	default:
	}
	if f, ok := s.nextFault(r.Method, path); ok {
		if f.After {
			s.answer(&lostAnswer{h: http.Header{}}, r, path, parts, body)
		}
		misbehave(w, r, f)
		if f.Status != 0 || r.Context().Err() != nil {
			return
		}
	}
	s.answer(w, r, path, parts, body)
}

// answer is how Discord answers a call that goes well.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, path string, parts []string, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == "GET" && path == "/gateway":
		writeJSON(w, map[string]string{"url": s.wsURL("/gateway")})
	case r.Method == "GET" && path == "/gateway/bot":
		s.mu.Lock()
		limit := s.startLimit
		s.mu.Unlock()
		if limit == nil {
			limit = map[string]any{"total": 1000, "remaining": 1000, "reset_after": 86400000, "max_concurrency": 1}
		}
		writeJSON(w, map[string]any{"url": s.wsURL("/gateway"), "shards": 1, "session_start_limit": limit})
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
		writeJSON(w, s.post(parts[1], body))
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

// post creates a channel message, once per enforced nonce.
func (s *Server) post(channel string, body []byte) map[string]any {
	var n struct {
		Nonce   string `json:"nonce"`
		Enforce bool   `json:"enforce_nonce"`
	}
	_ = json.Unmarshal(body, &n)
	s.mu.Lock()
	if m, ok := s.nonces[n.Nonce]; ok && n.Enforce && n.Nonce != "" {
		s.mu.Unlock()
		return m
	}
	s.posted++
	s.mu.Unlock()
	m := s.message(channel, body)
	if n.Nonce != "" {
		s.mu.Lock()
		s.nonces[n.Nonce] = m
		s.mu.Unlock()
	}
	return m
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

// conn is one open gateway connection.
type conn struct {
	ws *websocket.Conn
	mu sync.Mutex // one writer at a time
}

func (c *conn) write(b []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

// closeWith sends a close frame with code, then drops the connection.
func (c *conn) closeWith(code int, reason string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(time.Second))
	c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason))
	c.ws.Close()
}

// event is a dispatch of the current session, kept for RESUME to replay.
type event struct {
	seq int
	b   []byte
}

func (s *Server) wsURL(path string) string {
	return "ws" + strings.TrimPrefix(s.URL, "http") + path
}

// gateway speaks the gateway protocol on one connection: HELLO, then
// IDENTIFY (token checked) → READY or RESUME → RESUMED with the missed
// events replayed, heartbeats and their ACKs, and the faults a test asked
// for (see the methods of Server).
func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &conn{ws: ws}
	defer func() {
		ws.Close()
		s.mu.Lock()
		if s.active == c {
			s.active = nil
		}
		s.mu.Unlock()
	}()
	s.mu.Lock()
	interval := s.heartbeat
	s.connects++
	s.mu.Unlock()
	hello, _ := json.Marshal(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": interval.Milliseconds()}})
	if c.write(hello) != nil {
		return
	}
	var recent []time.Time
	for {
		var f frame
		if err := ws.ReadJSON(&f); err != nil {
			if ce, ok := err.(*websocket.CloseError); ok {
				select {
				case s.closes <- ce.Code:
				default:
				}
			}
			return
		}
		// Like Discord: more than 120 frames in 60 s closes with 4008.
		now := time.Now()
		recent = append(recent, now)
		for len(recent) > 0 && now.Sub(recent[0]) >= time.Minute {
			recent = recent[1:]
		}
		if len(recent) > 120 {
			c.closeWith(4008, "Rate limited.")
			return
		}
		switch f.Op {
		case 1:
			var seq int64
			_ = json.Unmarshal(f.D, &seq)
			select {
			case s.beats <- seq:
			default:
			}
			s.mu.Lock()
			ack := !s.noAcks
			s.mu.Unlock()
			if ack {
				c.write([]byte(`{"op":11}`))
			}
		case 2:
			var id Identify
			_ = json.Unmarshal(f.D, &id)
			select {
			case s.identify <- id:
			default:
			}
			s.mu.Lock()
			s.identifies++
			refuse := s.refuseIdentify > 0
			if refuse {
				s.refuseIdentify--
			}
			s.mu.Unlock()
			switch {
			case strings.TrimPrefix(id.Token, "Bot ") != s.token:
				c.closeWith(4004, "Authentication failed.")
				return
			case refuse:
				c.write([]byte(`{"op":9,"d":false}`))
				continue
			}
			s.mu.Lock()
			if s.startLimit != nil {
				s.startLimit["remaining"] = max(s.startLimit["remaining"].(int)-1, 0)
			}
			s.session++
			s.sessionID = fmt.Sprintf("stand-in-session-%d", s.session)
			s.events = nil
			s.seq = 0
			s.active = c
			s.mu.Unlock()
			s.Dispatch("READY", map[string]any{
				"v": 9, "user": botUser(), "session_id": s.sessionID, "resume_gateway_url": s.wsURL("/resume-gateway"),
				"guilds": []any{map[string]any{"id": GuildID, "unavailable": true}}, "private_channels": []any{},
				"application": map[string]any{"id": AppID, "flags": 0},
			})
		case 6:
			var res Resume
			_ = json.Unmarshal(f.D, &res)
			res.Path = strings.TrimSuffix(r.URL.Path, "/")
			select {
			case s.resumes <- res:
			default:
			}
			s.mu.Lock()
			ok := !s.refuseResume && res.SessionID == s.sessionID && strings.TrimPrefix(res.Token, "Bot ") == s.token
			if !ok {
				s.mu.Unlock()
				c.write([]byte(`{"op":9,"d":false}`))
				continue
			}
			// Replay what the bot missed, then RESUMED; new dispatches
			// go to this connection.
			var missed [][]byte
			for _, e := range s.events {
				if int64(e.seq) > res.Seq {
					missed = append(missed, e.b)
				}
			}
			s.active = c
			s.seq++
			b, _ := json.Marshal(frame{Op: 0, D: json.RawMessage(`{}`), S: &s.seq, T: "RESUMED"})
			s.mu.Unlock()
			for _, m := range missed {
				c.write(m)
			}
			c.write(b)
		}
	}
}

// Dispatch sends a gateway event (op 0) named typ with payload d to the
// connected bot. d may be raw JSON bytes. While the bot is disconnected
// the event is kept for a RESUME to replay.
func (s *Server) Dispatch(typ string, d any) {
	raw, ok := d.([]byte)
	if !ok {
		raw, _ = json.Marshal(d)
	}
	s.mu.Lock()
	s.seq++
	b, _ := json.Marshal(frame{Op: 0, D: raw, S: &s.seq, T: typ})
	s.events = append(s.events, event{s.seq, b})
	c := s.active
	s.mu.Unlock()
	if c != nil {
		c.write(b)
	}
}

// Resume is a RESUME (op 6) the bot sent, and the path it connected to.
type Resume struct {
	Token     string `json:"token"`
	SessionID string `json:"session_id"`
	Seq       int64  `json:"seq"`
	Path      string `json:"-"`
}

// SetHeartbeatInterval sets the interval HELLO asks for (default 2 s).
func (s *Server) SetHeartbeatInterval(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.heartbeat = d
}

// SetSessionStartLimit sets what GET /gateway/bot reports.
func (s *Server) SetSessionStartLimit(total, remaining int, resetAfter time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.startLimit = map[string]any{"total": total, "remaining": remaining, "reset_after": resetAfter.Milliseconds(), "max_concurrency": 1}
}

// StopAcks makes the gateway stop (or resume) acknowledging heartbeats:
// a zombie connection.
func (s *Server) StopAcks(stop bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.noAcks = stop
}

// RefuseIdentify answers the next n IDENTIFYs with INVALID_SESSION (op 9,
// d=false), as Discord does when identifies come too fast.
func (s *Server) RefuseIdentify(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refuseIdentify = n
}

// RefuseResume makes every RESUME get INVALID_SESSION (d=false).
func (s *Server) RefuseResume(refuse bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refuseResume = refuse
}

// Active reports whether a session is live on a connection.
func (s *Server) Active() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.active != nil
}

// CloseGateway closes the live connection with a close code (4000–4014
// are Discord's; 4004 a reset token).
func (s *Server) CloseGateway(code int, reason string) {
	s.mu.Lock()
	c := s.active
	s.active = nil
	s.mu.Unlock()
	if c != nil {
		c.closeWith(code, reason)
	}
}

// SendOp sends a raw gateway frame on the live connection: {"op":7} asks
// for a reconnect, {"op":9,"d":true} invalidates the session.
func (s *Server) SendOp(frame string) {
	s.mu.Lock()
	c := s.active
	s.mu.Unlock()
	if c != nil {
		c.write([]byte(frame))
	}
}

// Identifies is how many IDENTIFYs the gateway received.
func (s *Server) Identifies() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.identifies
}

// Connects is how many gateway connections were opened.
func (s *Server) Connects() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.connects
}

// WaitResume returns the next RESUME the bot sent.
func (s *Server) WaitResume(t testing.TB, timeout time.Duration) Resume {
	t.Helper()
	select {
	case r := <-s.resumes:
		return r
	case <-time.After(timeout):
		t.Fatal("the bot did not RESUME")
		return Resume{}
	}
}

// WaitClientClose returns the close code of the next connection the bot
// closed itself.
func (s *Server) WaitClientClose(t testing.TB, timeout time.Duration) int {
	t.Helper()
	select {
	case c := <-s.closes:
		return c
	case <-time.After(timeout):
		t.Fatal("the bot closed no connection")
		return 0
	}
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
