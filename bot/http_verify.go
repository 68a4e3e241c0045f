package bot

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Limits on what POST /interactions accepts.
const (
	// MaxInteractionBytes bounds a request body; Discord's payloads are a
	// few kilobytes.
	MaxInteractionBytes = 1 << 20
	// MaxSignatureAge is how old a signed request may be before it is
	// refused as a possible replay.
	MaxSignatureAge = 5 * time.Minute
	// MaxSignatureSkew is how far in the future a signature timestamp may
	// be, allowing for clock skew.
	MaxSignatureSkew = time.Minute
)

// signedRequest is what the signature headers carry.
type signedRequest struct {
	timestamp string
	signature []byte
}

// readSignature checks the X-Signature-* headers and the timestamp's
// freshness. It returns the reason to refuse the request ("" when none), as
// the rejected-signatures metric labels it.
func readSignature(h http.Header, now time.Time) (signedRequest, string) {
	ts, sigHex := h.Get("X-Signature-Timestamp"), h.Get("X-Signature-Ed25519")
	if ts == "" || sigHex == "" {
		return signedRequest{}, "missing"
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return signedRequest{}, "malformed"
	}
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return signedRequest{}, "malformed"
	}
	switch at := time.Unix(secs, 0); {
	case now.Sub(at) > MaxSignatureAge:
		return signedRequest{}, "stale"
	case at.Sub(now) > MaxSignatureSkew:
		return signedRequest{}, "future"
	}
	return signedRequest{timestamp: ts, signature: sig}, ""
}

// readBody reads a request body of at most MaxInteractionBytes into one
// buffer after the timestamp, so the signed message needs no copy; body is
// the tail of msg.
func (s signedRequest) readBody(w http.ResponseWriter, r *http.Request) (msg, body []byte, err error) {
	size := int64(0)
	if r.ContentLength > 0 && r.ContentLength <= MaxInteractionBytes {
		size = r.ContentLength
	}
	buf := bytes.NewBuffer(make([]byte, 0, len(s.timestamp)+int(size)+bytes.MinRead))
	buf.WriteString(s.timestamp)
	if _, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, MaxInteractionBytes)); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), buf.Bytes()[len(s.timestamp):], nil
}

// verify reports whether msg (the timestamp, then the body) carries the
// key's signature.
func (s signedRequest) verify(key ed25519.PublicKey, msg []byte) bool {
	return ed25519.Verify(key, msg, s.signature)
}

// decodeInteraction parses a verified request body. Its errors are safe to
// send back: they name what is wrong, not our internals.
func decodeInteraction(body []byte) (*discordgo.Interaction, error) {
	// Calling UnmarshalJSON directly, not json.Unmarshal, halves the cost:
	// json.Unmarshal would validate and skip the whole body before handing
	// it to UnmarshalJSON, which validates it again (it is the bulk of an
	// /ask request's work). discordgo decodes Data by type and leaves it nil
	// for a type it does not know, which is refused below.
	var i discordgo.Interaction
	if !bytes.HasPrefix(bytes.TrimLeft(body, " \t\r\n"), []byte("{")) || i.UnmarshalJSON(body) != nil {
		return nil, errors.New("malformed interaction JSON")
	}
	switch i.Type {
	case discordgo.InteractionPing:
		return &i, nil
	case discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent,
		discordgo.InteractionApplicationCommandAutocomplete, discordgo.InteractionModalSubmit:
	default:
		return nil, fmt.Errorf("unknown interaction type %d", i.Type)
	}
	if i.Token == "" {
		// Without a token the interaction cannot be answered or edited.
		return nil, errors.New("malformed interaction JSON: no token")
	}
	return &i, nil
}
