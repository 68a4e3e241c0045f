package attribution

import "testing"

// chefInterview is a magazine interview laid out with bold questions and
// unlabelled answers, one of them over two paragraphs, with narration
// resuming after the last answer.
const chefInterview = "# 'Taste everything twice': a baker on her first award\n\n" +
	"*Nadia Ferro, 44, has won the regional bread prize. We met her at her shop in Lowgate.*\n\n" +
	"Nadia Ferro opened the shop in 2015 with her brother, Luca Ferro, who still does the deliveries.\n\n" +
	"**When did you start baking?**\n\n" +
	"At nine, in my grandmother's kitchen. My mother ran the shop for years and she used to say, 'Taste everything twice.' I still do.\n\n" +
	"I burnt a great deal of bread before any of it was good.\n\n" +
	"**What does the prize mean?**\n\n" +
	"Mostly that people will queue longer. Luca grabbed the certificate and said, 'Frame it, Nad,' and it's on the wall now.\n\n" +
	"**Will you enter again?**\n\n" +
	"Probably not. I'd rather bake than wait for judges.\n\n" +
	"Lowgate Business Association said the award was 'a boost for the whole street'.\n"

// TestEmphasisedQuestionInterview: a feature interview whose questions are
// printed wholly in bold (or italics, or capitals) and whose answers carry
// no label is a Q&A: each answer paragraph is the interviewee's, the
// questions are no one's answer, and narration after the last answer is
// attributed as narration. Nested quotations in the answers are the
// subjects' of their speech verbs.
func TestEmphasisedQuestionInterview(t *testing.T) {
	italic := "Headline\n\nRuth Okafor, 61, retires this week after thirty years as the harbour pilot. She talked to us about fog.\n\n" +
		"*What was the worst night?*\n\nJanuary 1998. I could not see the bow from the bridge, and we went in on the radar alone.\n\n" +
		"*Would you do it again?*\n\nEvery time. We never lost a ship.\n"
	caps := "Headline\nTomasz Wren, 38, is the new head keeper at Fellside Zoo. We asked him about the move.\n" +
		"WHY LEAVE THE CITY?\nBecause I wanted to see the animals outside. My old job was mostly paperwork.\n" +
		"WHAT DO YOU MISS?\nThe trams, honestly. I used to ride them to work.\n"
	runSieveTable(t, []sieveCase{
		{"a bold question's answer is the interviewee's", chefInterview,
			"Mostly that people will queue longer. Luca grabbed the certificate and said, 'Frame it, Nad,' and it's on the wall now.", "Nadia Ferro", "qa"},
		{"the answer's second paragraph is the interviewee's too", chefInterview,
			"I burnt a great deal of bread before any of it was good.", "Nadia Ferro", "qa"},
		{"the last answer is the interviewee's", chefInterview,
			"Probably not. I'd rather bake than wait for judges.", "Nadia Ferro", "qa"},
		{"a bold question is no one's quotation", chefInterview, "When did you start baking?", "", "qa"},
		{"narration after the last answer keeps its own attribution", chefInterview,
			"a boost for the whole street", "Lowgate Business Association", "speech-before"},
		{"a nested quotation is the named subject of its speech verb", chefInterview, "Frame it, Nad,", "Luca Ferro", "nested"},
		{"a nested quotation after 'and she used to say' is the relative the clause opens with", chefInterview,
			"Taste everything twice.", "My mother", "nested"},
		{"a headline repeating words quoted inside an answer is the inner speaker's", chefInterview,
			"Taste everything twice", "My mother", "headline"},
		{"an indefinite pronoun opening a sentence is no name for a later 'he' to take", "Headline\nSprinter Kofi Mensah, 24, won the 100m.\n\"Everybody says it's luck. My coach was strict for years and he used to say, 'Train ugly.' I still do,\" Mensah said.\n",
			"Train ugly.", "My coach", "nested"},
		{"an italic question's answer is the interviewee's", italic,
			"January 1998. I could not see the bow from the bridge, and we went in on the radar alone.", "Okafor", "qa"},
		{"a capitals question's answer is the interviewee's", caps,
			"The trams, honestly. I used to ride them to work.", "Wren", "qa"},
	})
}

// TestEmphasisedQuestionsNotInterview: bold questions whose paragraphs
// report in the third person are an explainer's subheads, one bold
// question is no layout, and a bold question inside a labelled transcript
// leaves the labels to decide.
func TestEmphasisedQuestionsNotInterview(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		turns      int
	}{
		{"an explainer's bold subheads", "Headline\n\n**What happened?**\n\nA main burst on Sunday. The city said crews worked overnight.\n\n**When will it end?**\n\nOfficials expect the advisory to lift on Friday, the health district said.\n", 0},
		{"one bold question", "Headline\n\nAnn Roe, 40, runs the ferry.\n\n**Why the ferry?**\n\nI like boats. I always have.\n\nThe ferry runs daily.\n", 0},
		{"a rule after the last answer ends it", "Headline\n\nAnn Roe, 40, runs the ferry.\n\n**Why the ferry?**\n\nI like boats.\n\n**Any plans?**\n\nI'll retire in May.\n\n***\n\nI remember the first crossing.\n", 4},
		{"a paragraph in the third person after the last answer is narration", "Headline\n\nAnn Roe, 40, runs the ferry.\n\n**Why the ferry?**\n\nI like boats.\n\n**Any plans?**\n\nI'll retire in May.\n\nThe council thanked her for her service.\n", 4},
		{"a first-person paragraph without quote marks carries the last answer on", "Headline\n\nAnn Roe, 40, runs the ferry.\n\n**Why the ferry?**\n\nI like boats.\n\n**Any plans?**\n\nI'll retire in May.\n\nThen we'll see. My knees will decide.\n", 5},
		{"a labelled transcript keeps its labels", "Headline\n\n**Why now?**\n\n**Ann Roe:** Because it is time.\n\n**Any regrets?**\n\n**Ann Roe:** None.\n", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.text
			if got := len(qaLabels(text, docOf(text).Paragraphs)); got != tt.turns {
				t.Errorf("%d turns, want %d", got, tt.turns)
			}
		})
	}
	// An explainer's paragraph is attributed as narration.
	checkSieve(t, "Headline\n\n**What happened?**\n\nA main burst on Sunday. \"We worked all night,\" the city's water director, Ray Dunn, said.\n\n**When will it end?**\n\nOfficials expect the advisory to lift on Friday, the health district said.\n",
		"We worked all night,", "Dunn", "sentence-verb")
}

// TestPassiveNamingLater: someone described by a role and named only by a
// later passive ("He was later named as …", "She has since been
// identified as …") speaks the quotations the role's sentence gave them.
func TestPassiveNamingLater(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"'was later named as' after a role kept unnamed", "Headline\nTomas Brede won the final on Sunday.\nThe referee, who by league rule is not named before the final whistle, said the match had been 'the cleanest I have seen'. She was later named as Ann Roe, a former international.\n",
			"the cleanest I have seen", "Roe", "named-later"},
		{"'has since been identified as'", "Headline\nResidents of Pell Street were evacuated on Monday.\nThe driver told reporters the brakes had 'simply gone'. He has since been identified as Karl Mendes, 52.\n",
			"simply gone", "Mendes", "named-later"},
		{"a pronoun of the other gender names someone else", "Headline\nTomas Brede won the final on Sunday.\nThe referee, Ann Roe, said the match had been 'the cleanest I have seen'. He was later named as man of the match, Karl Mendes.\n",
			"the cleanest I have seen", "Roe", "speech-before"},
	})
}
