package bot

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
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

// verify reports whether the signature is the key's over timestamp+body.
func (s signedRequest) verify(key ed25519.PublicKey, body []byte) bool {
	msg := make([]byte, 0, len(s.timestamp)+len(body))
	msg = append(append(msg, s.timestamp...), body...)
	return ed25519.Verify(key, msg, s.signature)
}

// decodeInteraction parses a verified request body. Its errors are safe to
// send back: they name what is wrong, not our internals.
func decodeInteraction(body []byte) (*discordgo.Interaction, error) {
	var probe struct {
		Type json.RawMessage `json:"type"`
	}
	if err := json.Unmarshal(body, &probe); err != nil || !bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) {
		return nil, fmt.Errorf("malformed interaction JSON")
	}
	t, err := strconv.ParseUint(string(probe.Type), 10, 8)
	if err != nil {
		return nil, fmt.Errorf("unknown interaction type %.20s", probe.Type)
	}
	switch discordgo.InteractionType(t) {
	case discordgo.InteractionPing, discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent,
		discordgo.InteractionApplicationCommandAutocomplete, discordgo.InteractionModalSubmit:
	default:
		return nil, fmt.Errorf("unknown interaction type %d", t)
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		return nil, fmt.Errorf("malformed interaction JSON")
	}
	if i.Type != discordgo.InteractionPing && i.Token == "" {
		// Without a token the interaction cannot be answered or edited.
		return nil, fmt.Errorf("malformed interaction JSON: no token")
	}
	return &i, nil
}
