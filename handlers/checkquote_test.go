package handlers

import (
	"testing"

	"github.com/quotebot/quotebot/knowledge"
)

func TestDescribeChangeNamesPunctuation(t *testing.T) {
	tests := []struct {
		ch   knowledge.Change
		want string
	}{
		{knowledge.Change{From: ",", Kind: "word"}, "Left out: <comma>"},
		{knowledge.Change{From: "30-day", To: "90-day", Kind: "number"}, "Changed (number): the article has 30-day, the post has 90-day"},
		{knowledge.Change{To: "not", Kind: "negation"}, "Added (negation): not"},
	}
	for _, tt := range tests {
		if got := describeChange(tt.ch); got != tt.want {
			t.Errorf("describeChange(%+v) = %q, want %q", tt.ch, got, tt.want)
		}
	}
}
