package attribution

import (
	"fmt"
	"testing"
)

var sprintf = fmt.Sprintf

// TestSharedSurnameAndPronouns holds two things an independent measurement
// found wrong, on invented articles: a quotation's speaker is named in full
// whenever the article names two people of that surname (even one who never
// speaks), and "she"/"he" after a quotation goes to the nearest person of
// that gender, a person of unknown gender not beating one known to match.
func TestSharedSurnameAndPronouns(t *testing.T) {
	const hall = "Hall saved\n\nThe trust met on Tuesday night. Its chairwoman, Jean Pettigrew, spoke first.\n\n%sWe will keep the hall open,%s said Jean Pettigrew, chair of the trust. Council officer Liam O’Sullivan disagreed. %sThis isn’t about nostalgia,%s she added.\n\nHer husband Alan Pettigrew watched from the back.\n"
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"surname shared with a non-speaker", "Race day\n\nThe runners Tyler Brooks and Hannah Brooks both finished. \"The hill nearly broke me,\" Tyler Brooks said.\n", "The hill nearly broke me,", "Tyler Brooks"},
		{"surname shared, named later", "Race day\n\n\"The hill nearly broke me,\" Tyler Brooks said after the race.\n\nHis sister Hannah Brooks finished second.\n", "The hill nearly broke me,", "Tyler Brooks"},
		{"husband named after", "Hall\n\n\"We will stay,\" said Jean Pettigrew.\n\nHer husband, Alan Pettigrew, nodded.\n", "We will stay,", "Jean Pettigrew"},
		{"she after a man, single quotes", sprintf(hall, "‘", "’", "‘", "’"), "This isn’t about nostalgia,", "Jean Pettigrew"},
		{"she after a man, curly double", sprintf(hall, "“", "”", "“", "”"), "This isn’t about nostalgia,", "Jean Pettigrew"},
		{"she added, no gender known", "Hall saved\n\n‘We will keep the hall open,’ said Jean Pettigrew, chair of the trust. Council officer Liam O’Sullivan disagreed. ‘This isn’t about nostalgia,’ she added.\n", "This isn’t about nostalgia,", "Pettigrew"},
		{"a bare surname keeps naming whom the article calls by it", "Profile\n\nAnneliese van der Meulen leads the orchestra. Van der Meulen grew up in Utrecht.\n\nHer father, Joost van der Meulen, played trumpet.\n\n“We start late,” Van der Meulen said.\n", "We start late,", "Anneliese van der Meulen"},
		{"a bare surname is the principal's, not the relative's", "Cup\n\nCaptain Nia Osei led the side. Her brother, Kofi Osei, plays in goal.\n\nOsei’s manager, Dean Whitby, praised the captain. “Osei never stops,” Whitby said. Osei smiled. “We play for the town.”\n", "We play for the town.", "Nia Osei"},
		{"a Q&A label of a shared surname", "Cup\n\nCaptain Nia Osei led the side. Her brother, Kofi Osei, plays in goal. Kofi Osei saved two penalties. Kofi Osei is 22. Kofi Osei lives in Leeds. Kofi Osei trains daily. Kofi Osei sings. Osei is 24.\n\n**Garvey:** How do you rest?\n\n**Osei:** I sleep on the bus.\n\n**Garvey:** Where?\n\n**Osei:** Anywhere.\n", "I sleep on the bus.", "Nia Osei"},
		{"a namesake named only to be told apart is not the bare surname's", "Vote\n\nCouncillor Ruth Adair spoke for the plan. Councillor Paul Adair, who is not related to Ruth Adair, voted against it. He said the cost was too high.\n\nAdair was joined in voting no by councillor Mina Farrow, who said she feared delays. “We have no budget for this,” she said.\n", "We have no budget for this,", "Farrow"},
		{"her father", "Profile\n\nAnneliese van der Meulen leads the orchestra. Her father, Joost van der Meulen, played trumpet.\n\n“She was bossy,” her father said.\n", "She was bossy,", "Joost van der Meulen"},
		{"his son", "Store\n\nHarold Ng owns the store. “Buses kill trade,” he said.\n\nNg's son, Calvin Ng, shouted from the gallery. “I was out of line,” his son said later.\n", "I was out of line,", "Calvin Ng"},
		{"a given name decides Ms. between two of a surname", "Plant\n\n“We bake,” said Kristin Halvorsen, chief executive.\n\n“We looked at three states,” said Erik Halvorsen, the operating officer.\n\n“Ovens cost,” Ms. Halvorsen said.\n", "Ovens cost,", "Kristin Halvorsen"},
		{"a given name decides Mr. between two of a surname", "Plant\n\n“We bake,” said Kristin Halvorsen, chief executive.\n\n“We looked at three states,” said Erik Halvorsen, the operating officer.\n\n“Ovens cost,” Mr. Halvorsen said.\n", "Ovens cost,", "Erik Halvorsen"},
		{"a given name decides she said", "Vote\n\nErik Berg and Kristin Dahl met on Monday. “No,” she said.\n", "No,", "Dahl"},
		{"a pronoun no one else fits overrules the given name", "Concert\n\nThe singer Gabriele Weber sang on Friday. “It was a gift,” she said.\n", "It was a gift,", "Weber"},
		{"a pronoun for an unnamed description does not overrule the given name", "Inquest\n\nCoroner Jacinta O’Meara sat. Dominic Walsh spoke. Walsh left. Walsh returned. Walsh sat.\n\nThe council’s chief executive, Raymond McGuinness, gave evidence.\n\nThe coroner accepted the point. She made five recommendations.\n\nRaymond McGuinness spoke again. “The answer is no,” he said.\n", "The answer is no,", "McGuinness"},
		{"the article's evidence beats the given name", "Vote\n\nMs. Erik Berg and Mr. Kristin Dahl met on Monday. “No,” she said.\n", "No,", "Berg"},
		{"she said reveals gender", "Vote\n\nDana Kerr opened the debate. “We need the money,” she said. Councillor Sam Ruiz objected. “It is ours to spend,” she said.\n", "It is ours to spend,", "Kerr"},
		{"gendered title sets gender", "Vote\n\nMrs Dana Kerr opened the debate. “We need the money,” Kerr said. Councillor Sam Ruiz objected. “It is ours to spend,” she said.\n", "It is ours to spend,", "Kerr"},
		{"he after a woman", "Vote\n\nMr Sam Ruiz opened the debate. “We need the money,” Ruiz said. Councillor Dana Kerr objected. “It is ours to spend,” he said.\n", "It is ours to spend,", "Ruiz"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// checkQuoteSpeaker analyses text and checks that the quotation whose text is
// quote is given to speaker.
func checkQuoteSpeaker(t *testing.T, text, quote, speaker string) {
	t.Helper()
	r := Analyze(docOf(text), DefaultLexicon())
	for q, qt := range r.Quotations {
		if r.doc.Text[qt.Start:qt.End] != quote {
			continue
		}
		if got := r.speakerName(q); got != speaker {
			t.Errorf("speaker of %q = %q (%s), want %q", quote, got, qt.Rule, speaker)
		}
		return
	}
	t.Fatalf("no quotation %q", quote)
}

// TestNamesakesOfBothGenders: two people of one surname, a man and a
// woman, and a pronoun of each gender before the article shows who is
// which. The man's "he" stays his, and a role with a modifier ("the
// transport minister") names the one person whose title opens so.
func TestNamesakesOfBothGenders(t *testing.T) {
	const doc = "Budget\n\nTransport Minister A. Priya Menon presented the plan on Monday. \"Every road will be mended,\" Menon said.\n\n" +
		"Opposition leader R. Suresh Menon, no relation to the minister, said the sums were wrong. \"The minister has promised roads with no money for them,\" he said. \"Not one paisa is found.\"\n\n" +
		"Asked about it, the transport minister said the money was %s. \"My friend opposite says this every year,\" she said.\n\n" +
		"Menon ended her speech by thanking her staff.\n"
	for _, tt := range []struct{ name, fill, quote, speaker string }{
		{"he of the man", "already raised", "The minister has promised roads with no money for them,", "R. Suresh Menon"},
		{"continued by the man", "already raised", "Not one paisa is found.", "R. Suresh Menon"},
		{"she of the woman, after the modified role", "already raised", "My friend opposite says this every year,", "A. Priya Menon"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, sprintf(doc, tt.fill), tt.quote, tt.speaker) })
	}
}

// TestSurnameFirst checks names written surname first ("Tan Wei Ming",
// later "Tan" or "Mr Tan"): the article's own use of the first word alone
// makes it the surname, so a bare "Tan" weighs this Tan against a namesake
// written given name first by the nearest full name, as any surname does.
func TestSurnameFirst(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"bare first word after a namesake's lawyer", "Court\n\nOng Kah Seng, 48, admitted fraud. Ong took $1 million.\n\nOng's lawyer, Mr Peter Ong, who is not related to him, asked for leniency. “He is sorry,” Mr Ong said.\n\nIn a letter, Ong wrote that he was “deeply ashamed”.\n", "deeply ashamed", "Ong Kah Seng"},
		{"the namesake keeps his titled quote", "Court\n\nOng Kah Seng, 48, admitted fraud. Ong took $1 million.\n\nOng's lawyer, Mr Peter Ong, who is not related to him, asked for leniency. “He is sorry,” Mr Ong said.\n\nIn a letter, Ong wrote that he was “deeply ashamed”.\n", "He is sorry,", "Peter Ong"},
		{"titled first word alone", "Hawker\n\nMadam Lee Mei Hua, 80, runs a stall. Her grandson, Mr Kevin Lee, helps.\n\n“I cook every day,” Madam Lee said.\n", "I cook every day,", "Lee Mei Hua"},
		{"a participle's by-phrase names no speaker", "Hawker\n\nMadam Lee Mei Hua, 80, runs a stall.\n\nMadam Lee, supported by her grandson, Mr Kevin Lee, said she wanted “only an apology”.\n", "only an apology", "Lee Mei Hua"},
		{"a shared last word stays the surname", "Ferry\n\nThe ferry's captain, Radu Jurca, 63, steered.\nRadu's daughter, Elena Jurca, 29, watched.\n“My father said, ‘Never hit the quay,’” she said.\n", "Never hit the quay,", "Radu Jurca"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestSameSpeaker holds how a scorer compares an annotated speaker, named
// in full, with the engine's short name: a variant of the same person
// matches, a namesake does not, and "" matches only "".
func TestSameSpeaker(t *testing.T) {
	r := Analyze(docOf("Vote\n\nCouncillor Ruth Adair spoke first. Her brother Paul Adair spoke next. The Harbour Trust said nothing.\n"), DefaultLexicon())
	for _, tt := range []struct {
		gold, got string
		want      bool
	}{
		{"", "", true},
		{"Ruth Adair", "", false},
		{"", "Ruth Adair", false},
		{"the harbour trust", "The Harbour Trust", true},
		{"Ruth Adair", r.Entities[mustResolve(t, r, "Ruth Adair")].Short, true},
		{"Paul Adair", r.Entities[mustResolve(t, r, "Ruth Adair")].Short, false},
	} {
		if got := r.SameSpeaker(tt.gold, tt.got); got != tt.want {
			t.Errorf("SameSpeaker(%q, %q) = %v, want %v", tt.gold, tt.got, got, tt.want)
		}
	}
}

func mustResolve(t *testing.T, r *Result, name string) int {
	t.Helper()
	e, _ := r.Resolve(name)
	if e < 0 {
		t.Fatalf("Resolve(%q) found no one", name)
	}
	return e
}
