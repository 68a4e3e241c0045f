package knowledge

import "testing"

func TestAsksMoney(t *testing.T) {
	a := Default()
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"How much do tickets for the opening concert cost?", true},
		{"How much is the state contributing to the project?", true},
		{"How much prize money did the winners get?", true},
		{"How much did the company pay?", true},
		{"How much did the shares rise after the announcement?", false},
		{"How much weight did she lose?", false},
		{"How much electricity does the plant consume?", false},
		{"How much earlier in spring does the ice melt now?", false},
		{"How many jobs will go?", false},
	} {
		if got := a.analyze(tc.q).money; got != tc.want {
			t.Errorf("%q: money %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestCompoundHead(t *testing.T) {
	r := defaultRelated().(related)
	for _, tc := range []struct{ word, want string }{
		{"floodwater", "water"},
		{"farmworkers", "workers"},
		{"landmark", ""},     // WordNet lists it: no kind of mark
		{"together", ""},     // parts too short
		{"breakthrough", ""}, // WordNet lists it
		{"water", ""},
	} {
		if got := r.compoundHead(tc.word); got != tc.want {
			t.Errorf("compoundHead(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}
