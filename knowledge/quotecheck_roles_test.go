package knowledge

import "testing"

// TestCheckClaimedRole: a claim may name its speaker by a role the article
// gives that person — capitalised ("the Taoiseach"), abbreviated ("the
// CEO", "DS Blackett"), as a predicate ("has been harbour master") or by
// a description the article resolved ("the widow says", "said the union
// welcomed it" after its spokesperson) — and speaker_matches says whether it is the one
// who said the words.
func TestCheckClaimedRole(t *testing.T) {
	const storm = "Storm\n\nTaoiseach Aoife Brennan spoke in Dublin. Opposition leader Conor Brennan spoke later.\n\nAsked about his comments, the Taoiseach said it was \"not a day for politics.\"\n\n\"That's not good enough,\" Conor Brennan said.\n"
	const bakery = "Plant\n\n\"We started with one oven,\" said Kristin Halvorsen, chief executive of Halvorsen Bakery.\n\n\"We looked at three states,\" said Nadia Reyes, the fund's director.\n"
	const raid = "Raid\n\nDetective Sergeant Owen Blackett said officers were searching. ‘We believe the offender was watching,’ he said.\n\n‘It was dark,’ said Sandra Hollis, a neighbour.\n"
	const harbour = "Harbour\n\nGrace Oduya has been harbour master at Port Ellery since 2019.\n\n\"We can't dredge our way out of this,\" Oduya said.\n\n\"Boats can move,\" said Ruth Fenwick, a councillor.\n"
	const ferry = "Ferry\n\nThe morning Lucía Ferrante buried her husband, the ferry ran late. She remembers that.\n\n“Giorgio would have laughed,” the widow says now.\n\n“It is a service,” said Massimo Reale, the councillor.\n"
	const union = "Plant\n\n\"We started with one oven,\" said Kristin Halvorsen, chief executive of Halvorsen Bakery.\n\nA spokesperson for Bakery Workers Local 118, which represents the bakers, said the union welcomed the plant. \"We expect the new plant to be organized,\" the spokesperson said.\n"
	const store = "Store\n\nHarold Ng owns the store. “Buses kill trade,” he said.\n\nThe shouted interruption came from Ng's son, Calvin Ng. “I was out of line,” Calvin Ng said.\n"
	const ferries = "Ferries\n\nCouncillor Priya Shah spoke first. Her cousin, Ravi Shah, who chairs the committee, defended the cut. “We will change the timetable,” he said.\n\nThe islanders’ association objected. Its chair, Morag Innes, spoke. “I want it in the budget,” Innes said.\n"
	const trial = "Heat\n\nThe study, by Nadia Haddad et al., appeared in May. The senior author, Prof. Willem van Tonder of Stellenbosch University, spoke. “Rules must be followed,” he said.\n\n“We counted every break,” Haddad said.\n"
	const orchestra = "Profile\n\nAnneliese Vos was 34 when the Harbour City Philharmonic named her its music director last spring.\n\n“An orchestra is an instrument,” Vos said.\n\n“She was bossy,” said Paul Okafor, a trumpeter.\n"
	const captains = "Test\n\nSouth Africa's captain, Riaan du Preez, was calm. ‘We bowled well,’ the skipper said.\n\nAustralia's captain, Callum Fraser-Hughes, was pleased. ‘We batted well,’ Fraser-Hughes said.\n\n‘The pitch was slow,’ said Dan Roe, a groundsman.\n"
	const refund = "Refunds\n\nThe administrators, Holt Price, said riders would get \"30 pence in the pound.\" The founder, Eva Lund, spoke later. \"I am sorry,\" Lund said.\n"
	const bakery2 = "Bakery\n\nIda Voss founded Crumb in 2009 with her brother, Per Voss. \"We had one oven,\" she said.\n\n\"It was her idea,\" Per Voss said.\n"
	const works = "Road\n\nMr. Kunle Ade spoke first. \"The road will be finished,\" said the Commissioner for Works and Housing, Mrs. Abike Sanni, who toured the site.\n\n\"It will not,\" said Mr. Ade.\n"
	const hospital = "Strike\n\nSister Ann Hale, the union's lead representative at the hospital, spoke first. “We will not move,” she said.\n\nA spokesperson for Harbourside Hospitals Trust said the offer was fair. ‘We respect the right to strike,’ the spokesperson said.\n"
	yes, no := true, false
	for _, tt := range []struct {
		name, text, msg, speaker string
		matches                  bool
	}{
		{"a body's spokesperson is the body", hospital, `The trust's spokesperson said 'We respect the right to strike'`, "Harbourside Hospitals Trust", yes},
		{"a body's spokesperson is no representative", hospital, `The trust's spokesperson said "We will not move"`, "Hale", no},
		{"a named person's relative", store, `Harold Ng's son said "I was out of line"`, "Calvin Ng", yes},
		{"a named person's relative, the person's own words", store, `Harold Ng's son said "Buses kill trade"`, "Harold Ng", no},
		{"a role named by what its holder does", ferries, `The committee chair said "We will change the timetable"`, "Ravi Shah", yes},
		{"a role named by what its holder does, other chair", ferries, `The committee chair said "I want it in the budget"`, "Innes", no},
		{"a modified role the article's author is not", trial, `The senior author said "Rules must be followed"`, "van Tonder", yes},
		{"a modified role, other speaker", trial, `The senior author said "We counted every break"`, "Haddad", no},
		{"a role given by an appointment, by its synonym", orchestra, `The conductor said "An orchestra is an instrument"`, "Vos", yes},
		{"a role given by an appointment, other speaker", orchestra, `The conductor said "She was bossy"`, "Okafor", no},
		{"capitalised role", storm, `The Taoiseach said it was "not a day for politics."`, "Aoife Brennan", yes},
		{"capitalised role, other speaker", storm, `The Taoiseach said "That's not good enough."`, "Conor Brennan", no},
		{"abbreviated role", bakery, `The CEO said "We started with one oven"`, "Halvorsen", yes},
		{"abbreviated role, other speaker", bakery, `The CEO said "We looked at three states"`, "Reyes", no},
		{"role as a predicate", harbour, `The harbour master said "We can't dredge our way out of this"`, "Oduya", yes},
		{"role as a predicate, other speaker", harbour, `The harbour master said "Boats can move"`, "Fenwick", no},
		{"description the article resolved", ferry, `The widow said: "Giorgio would have laughed"`, "Ferrante", yes},
		{"description the article resolved, other speaker", ferry, `The widow said: "It is a service"`, "Reale", no},
		{"the common noun the article goes on to call a body by", union, `The union said "We expect the new plant to be organized"`, "Bakery Workers Local 118", yes},
		{"the common noun for a body, other speaker", union, `The union said "We started with one oven"`, "Halvorsen", no},
		{"abbreviated rank", raid, `DS Blackett said 'We believe the offender was watching'`, "Blackett", yes},
		{"a role two people hold, by its synonym, one of them", captains, `The skipper said 'We batted well'`, "Fraser-Hughes", yes},
		{"a role two people hold, someone else", captains, `The skipper said 'The pitch was slow'`, "Roe", no},
		{"abbreviated rank, other speaker", raid, `DS Blackett said 'It was dark'`, "Hollis", no},
		{"a role named by the verb right after the name ('X founded Y')", bakery2, `The founder said "We had one oven"`, "Ida Voss", yes},
		{"a role named by the verb right after the name, other speaker", bakery2, `The founder said "It was her idea"`, "Per Voss", no},
		{"a plural role set off before the name that fills it", refund, `The administrators said riders would get "30 pence in the pound"`, "Holt Price", yes},
		{"a plural role set off before the name that fills it, other speaker", refund, `The administrators said "I am sorry"`, "Lund", no},
		{"a role whose holder is named in apposition after its complement", works, `The commissioner said "The road will be finished"`, "Sanni", yes},
		{"a role whose holder is named in apposition after its complement, other speaker", works, `The commissioner said "It will not"`, "Ade", no},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimSpeaker(t, tt.text, tt.msg, tt.speaker, tt.matches)
		})
	}
}

// TestCheckClaimedSideAndBody: a claim names its speaker as the article's
// quotations are attributed — "the Harbourside captain" is that side's
// skipper, never the captain titled for the other side, and a body named
// with its branch number ("Coastal Transit Workers Local 88") is that body,
// and a short claim that flips one word ("the worst of them" for "the
// best") is still near the words, so it keeps their speaker.
func TestCheckClaimedSideAndBody(t *testing.T) {
	const match = "Final\n\nHarbourside won by two goals, the skipper Nadia Kowalczyk scoring twice. Defender Priya Osei marked Millbrook Rovers captain Saoirse Dunleavy out of the game.\n\n“We never stopped running,” the Harbourside captain told reporters.\n\n“We were second best,” Dunleavy said.\n"
	const depot = "Depot\n\nThe bus drivers are angry. In a statement, Coastal Transit Workers Local 88 said the drivers feared the cuts were “a first step toward closing the depot,” something the council has denied.\n\n“No depot will close,” said council leader Ama Richter.\n"
	const rovers = "Rovers win\n\nKilbride Rovers beat Ashgrove United 2-1 on Saturday. Ashgrove's manager, Gordon McAllister-Reid, was furious.\n\nRovers boss Siobhán Kettering was more cheerful. “Darragh took hers,” she said.\n\n“We threw it away,” the Ashgrove manager said.\n"
	const study = "Study\n\nThe team, led by geologist Dr. Mirela Constantinescu-Hart, measured 42 glaciers. The study's co-author, Professor Anders Lövgren, was cautious.\n\n\"We expected an increase,\" Constantinescu-Hart said.\n\n\"That is how science works,\" Lövgren said.\n"
	const mukhtar = "Village row\n\nSamir Haddad-Nour, the mukhtar of the village of Deir Safa, watched from the square. Later he spoke to reporters.\n\n“We were never asked,” he said.\n\nLeila Arslan, a teacher, disagreed. “They were asked twice,” she said.\n"
	const board = "Port\n\nThe Kelso Harbour Board met on Monday. A harbour board spokesman said the berth would “reopen in spring”.\n\n“We are glad,” said Ola Berg, a fisherman.\n"
	const inquiry = "Scanners\n\nThe review was carried out by an outside auditor, Ingrid Falk, who has no link to the port. She said staff were \"never trained on the new scanners\".\n\nHarbour master Nils Olsen disagreed. \"We have changed the rota,\" Olsen said.\n"
	const hansard = "Beds\n\nOpposition health critic Maeve Okafor-Lind, the MLA for Rushmere, asked about the ward.\n\nMs. Maeve Okafor-Lind: Speaker, will the minister reopen the ward?\n\nThe Speaker (Hon. Teodor Abernathy-Singh): Order. The member will take his seat.\n\nMs. Maeve Okafor-Lind: Supplementary, Speaker. The hospital has no beds.\n\nThe Opposition said it would force a vote.\n"
	for _, tt := range []struct {
		name, text, msg, speaker string
		matches                  bool
	}{
		{"a side's captain", match, `The Harbourside captain said "We never stopped running"`, "Kowalczyk", true},
		{"a side's captain, the other side's words", match, `The Harbourside captain said "We were second best"`, "Dunleavy", false},
		{"the other side's captain", match, `The Millbrook Rovers captain said "We were second best"`, "Dunleavy", true},
		{"a numbered union local", depot, `Coastal Transit Workers Local 88 said the cuts were "a first step toward closing the depot"`, "Coastal Transit Workers Local 88", true},
		{"a short claim with a flipped superlative keeps its speaker", "Cup\n\n“This one, I reckon, is the best of them,” said coach Fintan Ó Móráin.\n", `Fintan O'Morain said "This one, I reckon, is the worst of them"`, "Ó Móráin", true},
		{"the union, for a workers' federation", "Mill sale\n\nThe Northern Loom Workers' Federation, which represents 900 weavers, backed the owners. In a statement, the federation said a sale “must not mean job cuts”.\n", `The union said a sale "must not mean job cuts"`, "Northern Loom Workers' Federation", true},
		{"an office with its holder in brackets", hansard, `The Speaker said "Order. The member will take his seat."`, "Abernathy-Singh", true},
		{"an office with its holder in brackets, a member's words", hansard, `The Speaker said "Supplementary, Speaker. The hospital has no beds."`, "Okafor-Lind", false},
		{"a critic titled by the Opposition", hansard, `The Opposition critic said "Supplementary, Speaker. The hospital has no beds."`, "Okafor-Lind", true},
		{"a side's role by its informal title", rovers, `The Rovers manager said "Darragh took hers."`, "Kettering", true},
		{"a side's role by its informal title, the other side's words", rovers, `The Rovers manager said "We threw it away"`, "McAllister-Reid", false},
		{"a hyphenated role set off before a titled name", study, `The co-author said "That is how science works"`, "Lövgren", true},
		{"a hyphenated role, someone else's words", study, `The co-author said "We expected an increase"`, "Constantinescu-Hart", false},
		{"a role before a title", study, `The geologist said "We expected an increase"`, "Constantinescu-Hart", true},
		{"one of several holders, named after", "Arson\n\nOne of the boat owners, Pádraig Ó Conaill, said the sentence was fair. “Nothing brings the boats back,” he said.\n\n“He is sorry,” the defendant's mother said.\n", `The boat owner said "Nothing brings the boats back"`, "Ó Conaill", true},
		{"a role no lexicon knows, from its appositive", mukhtar, `The mukhtar said "We were never asked"`, "Haddad-Nour", true},
		{"a role no lexicon knows, someone else's words", mukhtar, `The mukhtar said "They were asked twice"`, "Arslan", false},
		{"the founder by the verb", "Collapse\n\nIngrid Solberg-Maas founded Pedalo in Bergen in 2016. Her brother, Ola Maas, ran the fleet.\n\n“Put that on me,” Solberg-Maas said.\n\n“We grew too fast,” Ola Maas said.\n", `The founder said "Put that on me"`, "Solberg-Maas", true},
		{"a plural role names a firm", "Collapse\n\nThe administrators, Grant Holloway, said in a statement that riders would get “about 30 pence in the pound.”\n\n“We are sorry,” said Ingrid Maas, the founder.\n", `The administrators said riders would get "about 30 pence in the pound"`, "Grant Holloway", true},
		{"a plural role names a firm, someone else's words", "Collapse\n\nThe administrators, Grant Holloway, said in a statement that riders would get “about 30 pence in the pound.”\n\n“We are sorry,” said Ingrid Maas, the founder.\n", `The administrators said "We are sorry"`, "Maas", false},
		{"an indefinite role set off after an agent's by", inquiry, `The auditor said staff were "never trained on the new scanners"`, "Falk", true},
		{"an indefinite role after an agent's by, someone else's words", inquiry, `The auditor said "We have changed the rota"`, "Olsen", false},
		{"a body's name claimed with a leading the", "Dam\n\nA spokesperson for the state’s Water Quality Authority said it would \"release the full survey before winter\". Farmers were wary.\n\n\"We have heard that before,\" said Tove Lind, a farmer.\n", `The Water Quality Authority said it would "release the full survey before winter"`, "Water Quality Authority", true},
		{"a body's official, by the body's kind", board, `A harbour board official said the berth would "reopen in spring"`, "Kelso Harbour Board", true},
		{"a body's official, someone else's words", board, `A harbour board official said "We are glad"`, "Berg", false},
		{"a numbered union local, other words", depot, `Coastal Transit Workers Local 88 said "No depot will close"`, "Richter", false},
	} {
		t.Run(tt.name, func(t *testing.T) { checkClaimSpeaker(t, tt.text, tt.msg, tt.speaker, tt.matches) })
	}
}

// TestCheckNestedUnnamed: words an unnamed someone said, quoted inside
// another's quotation ("My mother used to say, ‘…’"), are not given to the
// one who quotes them: they go to the phrase the outer speaker used ("My
// grandmother"), as the held-out sets annotate such speakers.
func TestCheckNestedUnnamed(t *testing.T) {
	const text = "Profile\n\nThe fiddler Maeve Dunaway-Kerr spoke before the show.\n\n“Every time I get nervous. My grandmother used to say, ‘If you stop being scared, stop playing.’ She was right,” Dunaway-Kerr said.\n"
	for _, tt := range []struct{ name, msg, speaker string }{
		{"the nested words", `Dunaway-Kerr said "If you stop being scared, stop playing."`, "My grandmother"},
		{"the outer words", `Dunaway-Kerr said "Every time I get nervous."`, "Dunaway-Kerr"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if c := checkOneClaim(t, text, tt.msg); c.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", c.Speaker, tt.speaker)
			}
		})
	}
}
