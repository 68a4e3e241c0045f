package nlp

import (
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	toks := Tokenize("Putin’s “root causes” couldn’t wait.")
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Norm)
	}
	want := []string{"putin", "root", "causes", "couldn't", "wait"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("norms = %q, want %q", got, want)
	}
	if s := "Putin’s “root"; toks[1].Start != len("Putin’s “") || s[toks[1].Start:] != "root" {
		t.Fatalf("offset of root = %d", toks[1].Start)
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "One. Two! Three?", []string{"One.", "Two!", "Three?"}},
		{"numbered caption", "2. Auctioneer Rhys Meredith takes a bid. 3. Brothers lean on the rail.", []string{"2. Auctioneer Rhys Meredith takes a bid.", "3. Brothers lean on the rail."}},
		{"abbreviations", "The U.S. team met Mr. Smith and Dr. Jones, e.g. at noon. Then they left.", []string{"The U.S. team met Mr. Smith and Dr. Jones, e.g. at noon.", "Then they left."}},
		{"closing quote", "“We won.” She left.", []string{"“We won.”", "She left."}},
		// Issue 11 item 5: abbreviations that go on with the same sentence.
		{"versus", "In Roe v. Wade the court ruled. It was 1973.", []string{"In Roe v. Wade the court ruled.", "It was 1973."}},
		{"versus vs", "It was Smith vs. Jones. Jones won.", []string{"It was Smith vs. Jones.", "Jones won."}},
		{"circa", "The abbey was built ca. 1150 by monks. It burned.", []string{"The abbey was built ca. 1150 by monks.", "It burned."}},
		{"circa c", "He was born c. 1450 in Genoa. He sailed.", []string{"He was born c. 1450 in Genoa.", "He sailed."}},
		{"saint", "They met at St. Paul's Cathedral. Then St. Louis. Done.", []string{"They met at St. Paul's Cathedral.", "Then St. Louis.", "Done."}},
		{"number", "He lives at No. 10 Downing Street. Nos. 11 and 12 are next door.", []string{"He lives at No. 10 Downing Street.", "Nos. 11 and 12 are next door."}},
		{"no as a word", "She said no. Then she left.", []string{"She said no.", "Then she left."}},
		{"No as an answer", "The answer was No. 10 people agreed.", []string{"The answer was No. 10 people agreed."}},
		{"et al", "Smith et al. (2019) found it. Jones et al. Found nothing else.", []string{"Smith et al. (2019) found it.", "Jones et al. Found nothing else."}},
		{"et al lower", "Garcia et al. showed that. It held.", []string{"Garcia et al. showed that.", "It held."}},
		{"volume and pages", "See vol. 3, pp. 12-14 and fig. 2 for more. Then stop.", []string{"See vol. 3, pp. 12-14 and fig. 2 for more.", "Then stop."}},
		{"initial stays", "J. R. R. Tolkien wrote it. He died.", []string{"J. R. R. Tolkien wrote it.", "He died."}},
		{"titled initial before a function word ends", "We apologise to Mrs Q. No file was sent.", []string{"We apologise to Mrs Q.", "No file was sent."}},
		{"titled initial before a surname stays", "We wrote to Dr. Q. Varnell today. Done.", []string{"We wrote to Dr. Q. Varnell today.", "Done."}},
		{"titled initials stay", "Ms J. A. Orrin spoke. Done.", []string{"Ms J. A. Orrin spoke.", "Done."}},
		{"untitled initial stays", "Ask Q. The rest follows.", []string{"Ask Q. The rest follows."}},
		{"a list item after a line break", "Talks failed.\n- **Union:** We stay out.\n* more\n• last", []string{"Talks failed.", "- **Union:** We stay out.", "* more\n• last"}}, // only a terminator ends a sentence
		{"a dash within a line goes on", "It rose 5 p.c. - or so. Done.", []string{"It rose 5 p.c. - or so.", "Done."}},
		// Decimals and money go on; a sentence that ends on one still ends.
		{"money", "It cost £3.2 million, or 2.5m euros. No. 4 pays.", []string{"It cost £3.2 million, or 2.5m euros.", "No. 4 pays."}},
		{"money ends", "Repairs cost £2.5m. The council paid.", []string{"Repairs cost £2.5m.", "The council paid."}},
		{"decimal ends", "Prices rose 3.2%. Then they fell to 1.75. Wages held.", []string{"Prices rose 3.2%.", "Then they fell to 1.75.", "Wages held."}},
		{"bn ends", "The deal is worth $4.1bn. Shares rose.", []string{"The deal is worth $4.1bn.", "Shares rose."}},
		{"saint place", "She grew up in St. Ives. Then she left.", []string{"She grew up in St. Ives.", "Then she left."}},
		{"sentence ends in a word like an abbreviation", "We spoke to Ca. Then left.", []string{"We spoke to Ca.", "Then left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range SplitSentences(tt.text, 0, len(tt.text)) {
				got = append(got, tt.text[sp[0]:sp[1]])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEditDistanceAtMost(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		k    int
		want bool
	}{{"putin", "puitn", 1, true}, {"ceasefire", "ceasfire", 1, true}, {"peace", "piece", 1, false}} {
		if got := EditDistanceAtMost(tt.a, tt.b, tt.k); got != tt.want {
			t.Errorf("EditDistanceAtMost(%q, %q, %d) = %v", tt.a, tt.b, tt.k, got)
		}
	}
}

func TestNearStopWord(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"agian", true}, {"abuot", true}, {"again", false}, {"the", false}, {"teh", false}, {"perform", false},
	} {
		if got := NearStopWord(c.in); got != c.want {
			t.Errorf("NearStopWord(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
