package attribution

import "testing"

// TestInstitutionsAndDatelines holds quotations in parliamentary copy: a
// capitalised dateline ("HARBOUR HILL —") is a place and never a speaker;
// "the Loyal Opposition", which the article also calls "the Opposition",
// is an institution that can speak, never a person "she" may refer to.
func TestInstitutionsAndDatelines(t *testing.T) {
	const lede = "Bridge levy row\nHARBOUR HILL — The bridge levy dominated Tuesday’s sitting, with the Loyal Opposition accusing the Mayor of “taxing the river” and Mayor Petra Lindqvist-Ruiz insisting that the levy “was always coming.”\n" +
		"The Opposition walked out later. Its leader, Ines Okonkwo-Baird, spoke to reporters.\n" +
		"“We will be back on Monday,” she said.\n"
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"an institution accuses", lede, "taxing the river", "Opposition"},
		{"a titled member insists", lede, "was always coming.", "Lindqvist-Ruiz"},
		{"she is a person, not the institution", lede, "We will be back on Monday,", "Okonkwo-Baird"},
		{"a dateline with a province after the place", "Crash trial\nMAPLE DELL, Sask. — A driver told the court that the regional manager laughed at her, telling her to “drive or go home.”\nThe trial of Ridgeway Coaches Ltd. and its former regional manager, Osric T. Vandermolen, continues.\n", "drive or go home.", "Vandermolen"},
		{"a dateline with a date and an agency", "Talks\nLONDON, Dec 5 (Wire) — Accusations of “stalling” flew on Friday.\nMore.\n", "stalling", ""},
		{"an examiner named after the role a name qualifies", "Trial\nUnder questioning by Crown prosecutor Yusuf Ababio-Lind, the driver described the morning.\nQ. Did you check the brakes?\nA. I did.\n", "Did you check the brakes?", "Ababio-Lind"},
		{"the Opposition alone calls it so", "Levy\nCAPE VERN — The council passed the levy 9-4, with the Opposition calling it “a tax on tides” and the Mayor’s office insisting it was fair.\n", "a tax on tides", "Opposition"},
		{"the Opposition alone says so", "Levy\nThe levy passed. “It is a tax on tides,” the Opposition said in a statement.\n", "It is a tax on tides,", "Opposition"},
		{"a side's role whose title also names a ministry", "Ferry\nThe Ministry of Transportation set the toll. Opposition transportation critic Ana Ferreira-Lowe objected.\n“It is a tax on islands,” the Opposition critic said.\n", "It is a tax on islands,", "Ferreira-Lowe"},
		{"a dateline opening the lede is no speaker", "Levy row\nPORT ELLIS — Angry residents accused the council of “robbing the harbour.”\nMore later.\n", "robbing the harbour.", ""},
		{"who reaches over an appositive to the name", "Council\nThe councillor removed was Pádraig Ó Floinn-Reyes, the Green MLA for Westfield and no relation to the mayor, who had shouted “disgrace” from the floor.\n", "disgrace", "Ó Floinn-Reyes"},
		{"a relative clause about the quotation names no speaker", "Depot\nThe bus drivers are angry. In a statement, Coastal Transit Workers Local 88 said the drivers feared the cuts were “a first step toward closing the depot,” something the council has denied.\n", "a first step toward closing the depot,", "Coastal Transit Workers Local 88"},
		{"a hyphenated possessor is not the subject", "Hearing\nThe landlord, Oisín Marchetti-Byrne, gave evidence. Marchetti-Byrne’s sister, Carla Byrne, sat behind him.\nOver lunch she told reporters that he had slept badly.\n“He was never a cruel man,” she said.\n", "He was never a cruel man,", "Byrne"},
		{"a lede's role phrase is the person named with that role just after", "Mill fire\nHALDEN BROOK, Vt. — A night watchman told the inquest that he twice reported a faulty alarm, and that the site supervisor replied by telling him to “quit crying wolf.”\nThe watchman, Otto Brennan-Shaw, 61, was the third witness at the inquest into the death of a mill hand. The mill’s former site supervisor, Lars H. Quennell, denies negligence.\n", "quit crying wolf.", "Quennell"},
		{"an accusing participle after a comma has the sentence's subject", "Vote\nMayor Edda Lindgren rose. She defended the levy at length, accusing critics of “scaring the pensioners.”\n", "scaring the pensioners.", "Lindgren"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestReadDocument holds the words a speaker reads out of someone else's
// writing: they are the writing's author's — a body named after "by" or
// "from", no one when the author is unnamed, the reader when the writing
// is their own.
func TestReadDocument(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"an unnamed author", "Debate\nTomasz Wielgosz-Hart, the Green critic for the coast, said fishers had been “left ashore.” He read from a letter sent to his office by a growers’ co-operative in Port Avel: “We have lost a harvest. We will not lose another.”\n", "We have lost a harvest. We will not lose another.", ""},
		{"a named body", "Debate\nTomasz Wielgosz-Hart, the Green critic for the coast, said fishers had been “left ashore.” He read from a statement issued by the Port Avel Growers Association: “We were never consulted.”\n", "We were never consulted.", "Port Avel Growers Association"},
		{"the reader's own writing", "Debate\nTomasz Wielgosz-Hart, the Green critic for the coast, said fishers had been “left ashore.” Later he read his own statement to reporters: “I will not resign.”\n", "I will not resign.", "Wielgosz-Hart"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestSideTitledByInformalRole holds a side-qualified role phrase whose
// holder the article titles with an informal synonym: "the Rovers
// manager" is "Rovers boss Siobhán Kettering", not the other side's
// manager named by a possessive.
func TestSideTitledByInformalRole(t *testing.T) {
	const match = "Rovers win\nKilbride Rovers beat Ashgrove United 2-1 on Saturday. Ashgrove's manager, Gordon McAllister-Reid, was furious.\nRovers boss Siobhán Kettering was more cheerful.\n“Darragh took hers,” the Rovers manager said.\n“We threw it away,” the Ashgrove manager said.\n"
	for _, tt := range []struct {
		name, quote, speaker string
	}{
		{"the side's informal title", "Darragh took hers,", "Kettering"},
		{"the other side's possessive role", "We threw it away,", "McAllister-Reid"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, match, tt.quote, tt.speaker) })
	}
}

// TestCompanies holds how a business story's bodies are read: a company
// that "said on Tuesday it would" close is an organisation, not a person;
// "Pell & Co" is one name; "the company" is never the city council.
func TestCompanies(t *testing.T) {
	const plant = "Plant to close\nBrackenfield Foods said on Tuesday it would close its Leeds bakery. The Brackenfield City Council leader, Joan Ashby-Okafor, was angry.\n“The council will fight this,” Ashby-Okafor said. Council officers met twice. The council said it was shocked.\n“It is no longer viable,” the company said.\nAnalysts at Pell & Co said the closure was “overdue.”\nPolice Scotland said officers were dealing with “multiple” fallen trees.\n"
	for _, tt := range []struct {
		name, quote, speaker string
	}{
		{"the company is no council", "It is no longer viable,", "Brackenfield Foods"},
		{"an ampersand inside a name", "overdue.", "Pell & Co"},
		{"an institution word before a place", "multiple", "Police Scotland"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, plant, tt.quote, tt.speaker) })
	}
}
