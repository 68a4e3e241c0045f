package summarize

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// para is one paragraph of a test document of plain sentences.
type para struct {
	section string
	sents   []string
}

// sentence is a test sentence with what the caller would know of it.
type sentence struct {
	text    string
	people  []string
	speaker string
	leading bool
	quoted  bool
}

// richPara is a paragraph of sentences with their people and flags.
type richPara struct {
	section string
	sents   []sentence
}

// build makes a Document from paragraphs of plain sentences.
func build(paras ...para) Document {
	var rich []richPara
	for _, p := range paras {
		rp := richPara{section: p.section}
		for _, s := range p.sents {
			rp.sents = append(rp.sents, sentence{text: s})
		}
		rich = append(rich, rp)
	}
	return buildRich(rich)
}

// buildRich makes a Document; a paragraph opens its section when its
// section's name differs from the one before.
func buildRich(paras []richPara) Document {
	var d Document
	prev := "\x00"
	for pi, p := range paras {
		dp := Paragraph{OpensSection: p.section != prev}
		prev = p.section
		for _, s := range p.sents {
			dp.Sentences = append(dp.Sentences, len(d.Sentences))
			d.Sentences = append(d.Sentences, Sentence{
				Text: s.text, Tokens: nlp.Tokenize(s.text), Paragraph: pi, Section: p.section,
				People: s.people, Speaker: s.speaker, LeadingPronoun: s.leading, InQuotation: s.quoted,
			})
		}
		d.Paragraphs = append(d.Paragraphs, dp)
	}
	d.DF = DocFreq(d.Sentences)
	return d
}

func all(d Document) []int {
	out := make([]int, len(d.Sentences))
	for i := range out {
		out[i] = i
	}
	return out
}

func TestDot(t *testing.T) {
	tests := []struct {
		name string
		v, u termVec
		want float64
	}{
		{"empty", nil, termVec{{1, 1}}, 0},
		{"same", termVec{{1, 0.6}, {3, 0.8}}, termVec{{1, 0.6}, {3, 0.8}}, 1},
		{"disjoint", termVec{{1, 1}}, termVec{{2, 1}}, 0},
		{"partial", termVec{{0, 0.6}, {2, 0.8}}, termVec{{1, 0.6}, {2, 0.8}}, 0.64},
	}
	for _, tt := range tests {
		if got := tt.v.dot(tt.u); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: dot = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestDocFreq(t *testing.T) {
	sents := []Sentence{
		{Tokens: nlp.Tokenize("The talks failed; talks resume.")},
		{Tokens: nlp.Tokenize("Talking is cheap.")},
		{Tokens: nlp.Tokenize("The end.")},
	}
	got := DocFreq(sents)
	tests := []struct {
		stem string
		want int
	}{{"talk", 2}, {"fail", 1}, {"end", 1}, {"the", 0}, {"cheap", 1}}
	for _, tt := range tests {
		if got[tt.stem] != tt.want {
			t.Errorf("DF[%q] = %d, want %d", tt.stem, got[tt.stem], tt.want)
		}
	}
}

func TestLexRank(t *testing.T) {
	tests := []struct {
		name string
		sim  [][]float64
		top  int // the most central node; -1 when all are equal
	}{
		{"empty", nil, -1},
		{"no edges", [][]float64{{0, 0}, {0, 0}}, -1},
		{"pair", [][]float64{{0, 1}, {1, 0}}, -1},
		{"star", [][]float64{{0, 1, 1, 1}, {1, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}}, 0},
		{"chain", [][]float64{{0, 1, 0}, {1, 0, 1}, {0, 1, 0}}, 1},
	}
	for _, tt := range tests {
		p := lexRank(tt.sim)
		if len(p) != len(tt.sim) {
			t.Fatalf("%s: %d scores for %d nodes", tt.name, len(p), len(tt.sim))
		}
		if len(p) == 0 {
			continue
		}
		sum := 0.0
		for _, x := range p {
			sum += x
		}
		if math.Abs(sum-1) > 1e-6 {
			t.Errorf("%s: scores sum to %v, want 1", tt.name, sum)
		}
		if tt.top < 0 {
			for _, x := range p {
				if math.Abs(x-p[0]) > 1e-9 {
					t.Errorf("%s: scores %v, want all equal", tt.name, p)
					break
				}
			}
			continue
		}
		for i, x := range p {
			if i != tt.top && x >= p[tt.top] {
				t.Errorf("%s: node %d scores %v >= the centre's %v", tt.name, i, x, p[tt.top])
			}
		}
	}
}

func TestCentroidCentrality(t *testing.T) {
	tests := []struct {
		name string
		vecs []termVec
		top  int
	}{
		{"majority topic", []termVec{{{0, 1}}, {{0, 1}}, {{1, 1}}}, 0},
		{"bridge", []termVec{{{0, 1}}, {{0, math.Sqrt2 / 2}, {1, math.Sqrt2 / 2}}, {{1, 1}}}, 1},
	}
	for _, tt := range tests {
		got := centroidCentrality(tt.vecs)
		if i := slices.Index(got, slices.Max(got)); i != tt.top {
			t.Errorf("%s: most central %d (%v), want %d", tt.name, i, got, tt.top)
		}
	}
	if got := centroidCentrality([]termVec{nil, nil}); !slices.Equal(got, []float64{0, 0}) {
		t.Errorf("empty vectors: %v, want zeros", got)
	}
}

func TestCaptionLike(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Vladimir Putin, pictured in Moscow on Tuesday.", true},
		{"Photo: Getty Images", true},
		{"The council voted on Tuesday.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := CaptionLike(nlp.Tokenize(tt.text)); got != tt.want {
			t.Errorf("CaptionLike(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLeansOnContext(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"In their opening remarks, they praised the deal.", true},
		{"Still, this kind of talk is rare.", true},
		{"After all their talk, the leaders parted.", false},
		{"Yet they left early.", true},
		{"Minister Varga said she would stay.", false},
		{"The mayor left early.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := leansOnContext(tt.text, nlp.Tokenize(tt.text)); got != tt.want {
			t.Errorf("leansOnContext(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLocation(t *testing.T) {
	d := build(
		para{"Lead", []string{"The bridge will close in May.", "Repairs take a year."}},
		para{"Lead", []string{"Traffic will divert downtown.", "Buses run as usual."}},
		para{"Costs", []string{"Pictured: the bridge at dawn.", "The repairs cost ten million.", "Taxes pay for them."}},
	)
	want := []float64{1, 0, 0.5, 0, 0, 1, 0}
	r := New(d)
	for i, w := range want {
		if got := r.location(i); got != w {
			t.Errorf("location(%d) %q = %v, want %v", i, d.Sentences[i].Text, got, w)
		}
	}
}

func TestSelect(t *testing.T) {
	tests := []struct {
		name     string
		doc      Document
		cand     []int // nil: every sentence
		headings []string
		k        int
		check    func(d Document, got []int) error
	}{
		{
			name: "at most k, in text order",
			doc: build(
				para{"A", []string{"Ferry fares rise in spring.", "Islanders protest the ferry fares.", "The council defends ferry fares."}},
				para{"B", []string{"Harbour repairs start in June.", "The harbour closes for repairs."}},
			),
			k: 2,
			check: func(d Document, got []int) error {
				if len(got) != 2 || !slices.IsSorted(got) {
					return fmt.Errorf("got %v, want two sentences in order", got)
				}
				return nil
			},
		},
		{
			name: "no duplicate of a chosen sentence",
			doc: build(
				para{"A", []string{"The ferry timetable was cut to three days a week.", "Islanders said the ferry timetable cut isolates them."}},
				para{"A", []string{"The ferry timetable was cut to three days a week."}},
				para{"A", []string{"Fishermen welcomed the new harbour crane."}},
			),
			k: 2,
			check: func(d Document, got []int) error {
				if d.Sentences[got[0]].Text == d.Sentences[got[1]].Text {
					return fmt.Errorf("chose the same sentence twice: %v", got)
				}
				return nil
			},
		},
		{
			name: "a caption only when nothing else",
			doc: build(
				para{"A", []string{"Pictured: ferry passengers at the harbour ferry terminal."}},
				para{"A", []string{"The ferry company cut winter sailings."}},
			),
			k: 1,
			check: func(d Document, got []int) error {
				if !slices.Equal(got, []int{1}) {
					return fmt.Errorf("got %v, want [1]", got)
				}
				return nil
			},
		},
		{
			name: "a caption when it is the only candidate",
			doc: build(
				para{"A", []string{"Pictured: ferry passengers at the harbour ferry terminal."}},
				para{"A", []string{"The ferry company cut winter sailings."}},
			),
			cand: []int{0},
			k:    1,
			check: func(d Document, got []int) error {
				if !slices.Equal(got, []int{0}) {
					return fmt.Errorf("got %v, want [0]", got)
				}
				return nil
			},
		},
		{
			name: "one sentence per section first",
			doc: build(
				para{"Ferries", []string{"Ferry sailings were cut to three a week.", "Ferry users fear the ferry cuts."}},
				para{"Harbour", []string{"The harbour gets a new crane next year."}},
			),
			headings: []string{"Ferries", "Harbour"},
			k:        2,
			check: func(d Document, got []int) error {
				if d.Sentences[got[0]].Section == d.Sentences[got[1]].Section {
					return fmt.Errorf("got %v, both from %q", got, d.Sentences[got[0]].Section)
				}
				return nil
			},
		},
		{
			name: "not a sentence inside a quotation",
			doc: buildRich([]richPara{
				{"A", []sentence{{text: "The ferry cuts anger islanders across the ferry routes.", quoted: true}}},
				{"A", []sentence{{text: "Council leaders defended the timetable."}}},
			}),
			k: 1,
			check: func(d Document, got []int) error {
				if !slices.Equal(got, []int{1}) {
					return fmt.Errorf("got %v, want [1]", got)
				}
				return nil
			},
		},
		{
			name: "no candidates",
			doc:  build(para{"A", []string{"One sentence only."}}),
			cand: []int{},
			k:    3,
			check: func(d Document, got []int) error {
				if len(got) != 0 {
					return fmt.Errorf("got %v, want none", got)
				}
				return nil
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cand := tt.cand
			if cand == nil {
				cand = all(tt.doc)
			}
			got := New(tt.doc).Select(cand, tt.headings, tt.k)
			if err := tt.check(tt.doc, got); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestStandAlone: a sentence opening with a pronoun keeps its full weight
// only when the sentence before it in its paragraph is chosen.
func TestStandAlone(t *testing.T) {
	d := buildRich([]richPara{
		{"A", []sentence{{text: "Maren Holt will retire in June.", people: []string{"Holt"}}, {text: "She ran the railway for nine years.", people: []string{"Holt"}, leading: true}}},
		{"A", []sentence{{text: "He took over last spring.", people: []string{"Berg"}, leading: true}}},
		{"A", []sentence{{text: "Since then, they have cut delays.", leading: false}}},
	})
	r := New(d)
	tests := []struct {
		i      int
		chosen []int
		want   float64
	}{
		{0, nil, 1},
		{1, nil, dependentFactor},
		{1, []int{0}, 1},
		{2, []int{1}, dependentFactor}, // the previous sentence is in another paragraph
		{3, nil, contextFactor},
	}
	for _, tt := range tests {
		chosen := map[int]bool{}
		for _, c := range tt.chosen {
			chosen[c] = true
		}
		if got := r.standAlone(tt.i, chosen); got != tt.want {
			t.Errorf("standAlone(%d, %v) = %v, want %v", tt.i, tt.chosen, got, tt.want)
		}
	}
}

// TestLongDocument covers the linear path past MaxGraphSentences: no graph,
// similarity computed on demand, and a valid selection.
func TestLongDocument(t *testing.T) {
	var ps []para
	for i := 0; len(ps)*2 <= MaxGraphSentences; i++ {
		ps = append(ps, para{fmt.Sprintf("Part %d", i%7), []string{
			fmt.Sprintf("Report %d covers harbour repairs and ferry fares.", i),
			fmt.Sprintf("Item %d lists %d new cranes.", i, i%13),
		}})
	}
	d := build(ps...)
	r := New(d)
	if r.sim != nil {
		t.Fatalf("%d sentences: built the n×n graph", len(d.Sentences))
	}
	if got, want := r.similarity(0, 2), r.vecs[0].dot(r.vecs[2]); got != want || got <= 0 {
		t.Errorf("similarity(0, 2) = %v, want %v > 0", got, want)
	}
	if r.similarity(3, 3) != 0 {
		t.Error("similarity of a sentence with itself is not 0")
	}
	got := r.Select(all(d), nil, 5)
	if len(got) != 5 || !slices.IsSorted(got) {
		t.Errorf("Select = %v, want 5 sentences in order", got)
	}
}

func BenchmarkSelect(b *testing.B) {
	var ps []para
	for i := 0; i < 40; i++ {
		ps = append(ps, para{fmt.Sprintf("Part %d", i%5), []string{
			fmt.Sprintf("Report %d covers harbour repairs and ferry fares.", i),
			fmt.Sprintf("Item %d lists %d new cranes for the port.", i, i%13),
		}})
	}
	d := build(ps...)
	b.ReportAllocs()
	for b.Loop() {
		New(d).Select(all(d), []string{"Harbour"}, 5)
	}
}

// TestSelectIsDeterministic: copies of one sentence score exactly alike
// whatever the order maps are walked in, so the choice among them is the
// same on every run (the earliest copy).
func TestSelectIsDeterministic(t *testing.T) {
	base := []para{
		{"Ferries", []string{"The council voted to cut the winter ferry timetable to three days a week.", "Islanders said the cut would leave them stranded in storms."}},
		{"Ferries", []string{"The ferry operator blamed rising fuel costs and a shortage of crew."}},
		{"Harbour", []string{"Harbour repairs will close the north pier from March until June."}},
	}
	for _, n := range []int{3, MaxGraphSentences/4 + 1} { // graph, then centroid
		var ps []para
		for range n {
			ps = append(ps, base...)
		}
		d := build(ps...)
		first := New(d).Select(all(d), []string{"Ferries", "Harbour"}, 3)
		for range 20 {
			if got := New(d).Select(all(d), []string{"Ferries", "Harbour"}, 3); !slices.Equal(got, first) {
				t.Fatalf("%d sentences: Select = %v, then %v", len(d.Sentences), first, got)
			}
		}
		if first[0] >= len(base)*2 {
			t.Errorf("%d sentences: chose %v, not from the first copy", len(d.Sentences), first)
		}
	}
}
