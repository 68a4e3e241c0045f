package knowledge

// Verdict is the outcome of checking one claimed quote.
type Verdict string

// Verdicts.
const (
	VerdictExact    Verdict = "exact"
	VerdictNear     Verdict = "near"
	VerdictNotFound Verdict = "not_found"
)

// Change is one word-level difference between a claim and the article.
type Change struct {
	// From is the article's words ("" for an insertion), To the claim's ("" for a deletion).
	From, To string
	// Kind is "number", "name", "negation" or "word".
	Kind string
}

// ClaimCheck is the verdict on one claim.
type ClaimCheck struct {
	Claim      string
	Verdict    Verdict
	Similarity float64
	// Match is the verbatim article span matched (exact or near), Start/End its offsets.
	Match      string
	Start, End int
	Paragraph  int
	// Speaker is who the article attributes the matched words to.
	Speaker string
	// ClaimedSpeaker is who the message says said it ("" if nobody).
	ClaimedSpeaker string
	// SpeakerMatches is nil when there is nothing to compare.
	SpeakerMatches *bool
	Changes        []Change
}

// CheckReport is the result of checking a message.
type CheckReport struct {
	// Claims in the order they appear in the message.
	Claims []ClaimCheck
	// Skipped says what was not checked because of the budget ("" if nothing).
	Skipped string
}

// CheckQuotes checks every quoted claim in a message (or the whole message
// as one claim). The error is an *Error for bad input.
//
// TODO(issue 3): stub; replaced by the real checker.
func (a *Article) CheckQuotes(message string) (CheckReport, error) {
	if _, err := CleanQuestion(message); err != nil {
		return CheckReport{}, err
	}
	return CheckReport{Claims: []ClaimCheck{{Claim: message, Verdict: VerdictNotFound}}}, nil
}
