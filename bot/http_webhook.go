package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Apologies shown when a deferred answer cannot be completed; never empty,
// so the user is not left with "thinking…" until Discord gives up.
const (
	followupTimeoutText = "Sorry, that took too long to answer. Please try again."
	followupErrorText   = "Sorry, something went wrong while answering. Please try again."
)

// httpNoPings returns a copy of r that pings nobody, whatever the Responder
// set: the safety net behind the rule that no message of ours mentions
// anyone. It copies because a Responder may share a canned response.
func httpNoPings(r *discordgo.InteractionResponse) *discordgo.InteractionResponse {
	out := *r
	if r.Data != nil {
		d := *r.Data
		d.AllowedMentions = noMentions()
		out.Data = &d
	}
	return &out
}

// runFollowup computes the edit of a deferred response and sends it, then
// any extra messages. The computation is bounded by the follow-up timeout
// and by shutdown; whatever happens, a deferred response is edited, with an
// apology at worst.
func (s *HTTPServer) runFollowup(i *discordgo.Interaction, command string, rep Reply) {
	start := time.Now()
	ctx, cancel := context.WithTimeout(s.bg, s.cfg.FollowupTimeout)
	defer cancel()
	outcome := "sent"
	var edit *discordgo.WebhookEdit
	if rep.Followup != nil {
		edit, outcome = s.callFollowup(ctx, command, rep.Followup)
	}
	// Sending gets its own short deadline, so an apology still goes out
	// after the follow-up timed out or shutdown cancelled it.
	pctx, pcancel := context.WithTimeout(s.sendBg, s.cfg.EditTimeout)
	defer pcancel()
	if edit != nil {
		if err := s.editOriginal(pctx, i.Token, edit); err != nil {
			s.log.Error("editing a deferred response", "command", command, "err", err)
			outcome = "edit_failed"
		}
	}
	for _, m := range rep.Extra {
		if err := s.sendMessage(pctx, i.Token, m); err != nil {
			s.log.Error("sending a follow-up message", "command", command, "err", err)
			outcome = "extra_failed"
			break
		}
	}
	s.metrics.followup(command, outcome, time.Since(start))
}

// callFollowup runs f, giving up when ctx ends even if f ignores ctx, and
// turns a panic or a nil edit into an apology.
func (s *HTTPServer) callFollowup(ctx context.Context, command string, f func(context.Context) *discordgo.WebhookEdit) (*discordgo.WebhookEdit, string) {
	type result struct {
		edit  *discordgo.WebhookEdit
		panic any
	}
	done := make(chan result, 1) // buffered: an abandoned f can still finish
	go func() {
		defer func() {
			if v := recover(); v != nil {
				done <- result{panic: v}
			}
		}()
		done <- result{edit: f(ctx)}
	}()
	select {
	case r := <-done:
		switch {
		case r.panic != nil:
			s.log.Error("panic in a follow-up", "command", command, "panic", r.panic)
			return textEdit(followupErrorText), "panic"
		case r.edit == nil:
			if ctx.Err() != nil {
				return textEdit(followupTimeoutText), "timeout"
			}
			s.log.Error("a follow-up returned no edit", "command", command)
			return textEdit(followupErrorText), "error"
		}
		return r.edit, "edited"
	case <-ctx.Done():
		s.log.Warn("a follow-up did not finish in time", "command", command, "err", ctx.Err())
		return textEdit(followupTimeoutText), "timeout"
	}
}

// editOriginal edits the original response of an interaction through its
// webhook; the interaction token authorises it, no bot token is needed.
// A 429 or 5xx is retried while ctx allows. Errors never contain the URL,
// which holds the token.
func (s *HTTPServer) editOriginal(ctx context.Context, token string, edit *discordgo.WebhookEdit) error {
	e := *edit
	e.AllowedMentions = noMentions()
	return s.webhook(ctx, http.MethodPatch, token, "/messages/@original", e, e.Files)
}

// sendMessage sends a follow-up message through the interaction webhook,
// like editOriginal.
func (s *HTTPServer) sendMessage(ctx context.Context, token string, m *discordgo.WebhookParams) error {
	p := *m
	p.AllowedMentions = noMentions()
	return s.webhook(ctx, http.MethodPost, token, "", p, p.Files)
}

// webhook sends payload to the interaction webhook (plus path), as JSON or
// with files as multipart, retrying a 429 or 5xx while ctx allows.
func (s *HTTPServer) webhook(ctx context.Context, method, token, path string, payload any, files []*discordgo.File) error {
	contentType, body := "application/json", []byte(nil)
	var err error
	if payload == nil {
		contentType = "" // a DELETE has no body
	} else if len(files) > 0 {
		contentType, body, err = discordgo.MultipartBodyWithJSON(payload, files)
	} else {
		body, err = json.Marshal(payload)
	}
	if err != nil {
		return fmt.Errorf("encoding the message: %w", err)
	}
	u := s.api + "webhooks/" + url.PathEscape(s.cfg.AppID) + "/" + url.PathEscape(token) + path
	for attempt := 1; ; attempt++ {
		wait, err := s.send(ctx, method, u, contentType, body)
		// Retries end with the edit's deadline; a burst of 5xx is waited
		// out with a doubling wait (1, 2, 4, 4… s).
		if err == nil || wait < 0 || attempt == 10 {
			return err
		}
		if wait == s.retryWait {
			wait <<= min(attempt-1, 2)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%w (then %v)", err, ctx.Err())
		case <-t.C:
		}
	}
}

// send sends one request. On failure it says how long to wait before a
// retry, or a negative wait when a retry cannot help.
func (s *HTTPServer) send(ctx context.Context, method, u, contentType string, body []byte) (time.Duration, error) {
	what := method + " webhook"
	req, err := http.NewRequestWithContext(ctx, method, u, bytes.NewReader(body))
	if err != nil {
		return -1, errors.New("building the request failed") // the error would hold the URL
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("User-Agent", "DiscordBot (https://github.com/quotebot/quotebot, 1)")
	resp, err := s.cfg.Client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // drop the URL and its token
		}
		return s.retryWait, fmt.Errorf("%s: %w", what, err)
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	switch {
	case resp.StatusCode/100 == 2:
		return 0, nil
	case resp.StatusCode == http.StatusTooManyRequests:
		return retryAfter(resp.Header, msg), fmt.Errorf("%s: rate limited: %s", what, bytes.TrimSpace(msg))
	case resp.StatusCode >= 500:
		return s.retryWait, fmt.Errorf("%s: %s", what, resp.Status)
	}
	return -1, fmt.Errorf("%s: %s: %s", what, resp.Status, bytes.TrimSpace(msg))
}

// retryAfter reads Discord's rate-limit delay (header, else JSON body),
// capped so a retry stays within the edit's deadline.
func retryAfter(h http.Header, body []byte) time.Duration {
	secs, err := strconv.ParseFloat(strings.TrimSpace(h.Get("Retry-After")), 64)
	if err != nil {
		var b struct {
			RetryAfter float64 `json:"retry_after"`
		}
		_ = json.Unmarshal(body, &b)
		secs = b.RetryAfter
	}
	return min(max(time.Duration(secs*float64(time.Second)), 100*time.Millisecond), 5*time.Second)
}
