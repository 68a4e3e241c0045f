package knowledge

import "testing"

// TestCheckSiblingSwap: a short claim that swaps one of the article's nouns
// for another of its kind ("years" for "months", "Tuesday" for
// "Wednesday") is the article's sentence altered (near), never exact, and
// a swap for an unrelated word is still a claim the article lacks.
func TestCheckSiblingSwap(t *testing.T) {
	const text = "Fire\n\n\"That building has been empty for years and the roof was not safe,\" Whitcombe said.\n\nThe council will vote on Wednesday.\n"
	for _, tt := range []struct {
		claim   string
		verdict Verdict
	}{
		{`"That building has been empty for months"`, VerdictNear},
		{"The council will vote on Tuesday.", VerdictNear},
		{`"That building has been empty for years"`, VerdictExact},
		{`"That building has been empty for opera"`, VerdictNotFound},
	} {
		t.Run(tt.claim, func(t *testing.T) {
			a, err := Parse("x", text)
			if err != nil {
				t.Fatal(err)
			}
			r, err := a.CheckQuotes(tt.claim)
			if err != nil || len(r.Claims) != 1 {
				t.Fatalf("CheckQuotes(%q) = %+v, %v", tt.claim, r, err)
			}
			if got := r.Claims[0].Verdict; got != tt.verdict {
				t.Errorf("verdict %s, want %s", got, tt.verdict)
			}
		})
	}
}
