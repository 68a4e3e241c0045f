package knowledge

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestGroundedSummarize(t *testing.T) {
	a := Default()
	tests := []struct {
		name    string
		opts    SummaryOptions
		reply   GroundedReply
		err     error
		written []WrittenSentence // nil: extractive
	}{
		{
			name:  "every sentence cites passages",
			reply: GroundedReply{Answerable: true, Answer: "Putin wants root causes addressed [S4]. Trump floated the Vatican as host [S7][S999].", Citations: []string{"S4", "S7"}},
			written: []WrittenSentence{
				{Text: "Putin wants root causes addressed.", Quotes: []Quote{a.QuoteOf(4)}},
				{Text: "Trump floated the Vatican as host.", Quotes: []Quote{a.QuoteOf(7)}},
			},
		},
		{
			name:  "uncited and invented sentences dropped, invented quotes unmarked",
			reply: GroundedReply{Answerable: true, Answer: "Russia won. Trump said “we are close” [S7]. Peace came in 2031 [S4]. Nobody cited this [S999]. Trailing text", Citations: []string{"S7"}},
			written: []WrittenSentence{
				{Text: "Trump said we are close.", Quotes: []Quote{a.QuoteOf(7)}},
			},
		},
		{
			name:  "nothing cited: extractive",
			reply: GroundedReply{Answerable: true, Answer: "A summary with no citations.", Citations: nil},
		},
		{name: "abstention: extractive", reply: GroundedReply{Answerable: false}},
		{name: "error: extractive", err: errors.New("503")},
		{name: "outline: extractive", opts: SummaryOptions{Outline: true}, reply: GroundedReply{Answerable: true, Answer: "x [S4].", Citations: []string{"S4"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gen := &fakeGenerator{generate: func(context.Context, GroundedPrompt) (GroundedReply, error) { return tt.reply, tt.err }}
			g := NewGroundedAsker(a, gen, GroundedOptions{})
			got, err := g.Summarize(context.Background(), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := a.Summarize(tt.opts)
			if !reflect.DeepEqual(got.Extractive, want) {
				t.Errorf("extractive = %+v, want %+v", got.Extractive, want)
			}
			if !reflect.DeepEqual(got.Written, tt.written) {
				t.Errorf("written = %+v, want %+v", got.Written, tt.written)
			}
			if tt.opts.Outline && gen.calls() != 0 {
				t.Error("an outline called the model")
			}
		})
	}
}

func TestGroundedSummarizePrompt(t *testing.T) {
	a := Default()
	gen := replying(GroundedReply{})
	g := NewGroundedAsker(a, gen, GroundedOptions{})
	if _, err := g.Summarize(context.Background(), SummaryOptions{}); err != nil {
		t.Fatal(err)
	}
	p := gen.prompts[0]
	if len(p.Passages) != len(a.Sentences) || !strings.Contains(p.Input, "[S0] "+a.Sentences[0].Text+"\n") {
		t.Errorf("summary prompt passages: %d, input:\n%s", len(p.Passages), p.Input)
	}
}
