package knowledge

import (
	"strings"
	"testing"
)

// TestNarratorIsAsked: in a letters page or an "as told to" piece the
// narration's "I" is its writer, so a question naming the writer finds
// the sentences where "I" did it, though the name stands elsewhere.
func TestNarratorIsAsked(t *testing.T) {
	for _, tc := range []struct {
		name, text, q, want string
	}{
		{"letter", `# Letters: the harbour wall

## The wall is crumbling

I walked the harbour wall on Sunday with my neighbour. I counted 14 loose stones between the slipway and the lighthouse. The council has known about this since spring.

Nobody has been hurt yet. That is luck, not planning.

Morwenna Tregarthen, Polwenna

## Parking at the station

The new barrier at the station car park rejects half the tickets it sells. Commuters queue every morning while one attendant resets it by hand.

Declan Furey, Lower Polwenna
`, "How many loose stones did Morwenna Tregarthen count?", "I counted 14 loose stones"},
		{"letter, dash sign-off", `# Letters: the station

## Parking at the station

The new barrier at the station car park rejects half the tickets it sells. I waited 25 minutes to get out on Monday.

— Declan Furey, Lower Polwenna
`, "How long did Declan Furey wait to get out?", "I waited 25 minutes"},
		{"as told to", `# My life in boats

For forty years I built rowing boats in a shed at the end of the quay. I sold my first boat for £90 in 1981, to a man from Falmouth who paid in cash. My son now runs the yard.

The shed floods every winter, and the timber costs three times what it did.

— Ezra Pollard, 68, as told to Nia Blackwood
`, "How much did Ezra Pollard sell his first boat for?", "I sold my first boat for £90"},
	} {
		a, err := Parse(tc.name+".md", tc.text)
		if err != nil {
			t.Fatal(err)
		}
		ans, err := a.Ask(tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, tc.want) {
			first := ""
			if len(ans.Quotes) > 0 {
				first = ans.Quotes[0].Text
			}
			t.Errorf("%s: %q: answered=%v conf=%.3f first=%q, want %q", tc.name, tc.q, ans.Answered, ans.Confidence, first, tc.want)
		}
	}
}
