package attribution

import (
	"strings"
	"testing"
)

// TestMultiParagraphMidOpening: a paragraph's last quotation that opens
// mid-paragraph, starting a sentence after an attribution, and is left
// open runs on into the next paragraph when that one opens with the same
// mark — one quotation over both paragraphs, said by the attribution's
// speaker — in every quote style. Negatives: an apostrophe, an unclosed
// scare quote mid-sentence, a quotation opening in lower case, and a next
// paragraph that opens with no quote mark continue nothing.
func TestMultiParagraphMidOpening(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string // quoted words, "<" marking a piece that continues the one before
		speaker    string   // speaker of the last quotation, when set
	}{
		{"curly single after 'she said.'",
			"The ferry will stop in March.\nIona Fraser, 81, has used it for sixty years. ‘It is a lifeline,’ she said. ‘The bus takes four hours, and it doesn’t run on Sundays.\n‘We have asked the council to think again.’\nThe council said it had no choice.\n",
			[]string{"It is a lifeline,", "The bus takes four hours, and it doesn’t run on Sundays.", "<We have asked the council to think again."}, "Fraser"},
		{"straight single after 'he said.'",
			"The depot will close in June.\n'We tried everything,' said Raj Mehta, the manager. 'But the lease ran out, and the landlord won't talk.\n'We'll look for a new site in the autumn.'\nStaff were told on Friday.\n",
			[]string{"We tried everything,", "But the lease ran out, and the landlord won't talk.", "<We'll look for a new site in the autumn."}, "Mehta"},
		{"curly double after a question",
			"The library cut its hours.\n“Who reads now?” asked Ellen Birch. “Everyone does, in fact. The queue on Saturday was out of the door.\n“We will fight this.”\nThe vote is on Monday.\n",
			[]string{"Who reads now?", "Everyone does, in fact. The queue on Saturday was out of the door.", "<We will fight this."}, "Birch"},
		{"straight double",
			"The pool shut.\n\"It's a shame,\" Tom Reed said. \"The kids loved it.\n\"I hope it reopens.\"\nMore text.\n",
			[]string{"It's a shame,", "The kids loved it.", "<I hope it reopens."}, "Reed"},
		{"three paragraphs",
			"The mill closed.\n‘It was home,’ said Dora Kemp. ‘Forty years I worked there.\n‘My mother did too.\n‘Now it’s flats.’\nThe developer declined to comment.\n",
			[]string{"It was home,", "Forty years I worked there.", "<My mother did too.", "<Now it’s flats."}, "Kemp"},
		{"negative: an unclosed scare quote mid-sentence",
			"The plan was called the ‘new normal by its critics.\n‘It is nothing of the kind,’ said Ann Cole.\n",
			[]string{"It is nothing of the kind,"}, "Cole"},
		{"negative: a lower-case opening after a full stop is no sentence",
			"He left. ‘twas late, said Ann Cole, and the ‘gang had gone.\n‘Fine,’ she said.\n",
			[]string{"Fine,"}, ""},
		{"negative: apostrophes in a closed quotation",
			"The club lost.\n‘We don’t play like it’s the ’90s,’ said Joe Bain. He left.\n‘The players’ union agrees,’ he said.\n",
			[]string{"We don’t play like it’s the ’90s,", "The players’ union agrees,"}, "Bain"},
		{"negative: the next paragraph opens with no quote mark",
			"The mill closed.\n‘It was home,’ said Dora Kemp. ‘Forty years I worked there.\nThe developer declined to comment.\n",
			[]string{"It was home,"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			var got []string
			for _, q := range r.Quotations {
				s := tt.text[q.Start:q.End]
				if q.Prev >= 0 {
					s = "<" + s
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("quotations %q, want %q", got, tt.want)
			}
			if tt.speaker != "" {
				q := len(r.Quotations) - 1
				if got := r.speakerName(q); got != tt.speaker {
					t.Errorf("speaker of %q = %q, want %q", tt.text[r.Quotations[q].Start:r.Quotations[q].End], got, tt.speaker)
				}
			}
		})
	}
}
