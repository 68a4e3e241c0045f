package knowledge

import (
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

// Small invented articles, each with people named by role.
const (
	roleCourt = "Former clerk jailed for fraud\n\n" +
		"Marnie Colt, 48, of Dunmore, was sentenced on Friday to four years for stealing from the parish fund.\n\n" +
		"Assistant U.S. Attorney Rhea Malone had asked for six years. “She stole from widows,” Malone said.\n\n" +
		"Colt’s lawyer, Dev Anand Rao, argued for probation, citing her illness. “She has repaid half,” Rao said.\n\n" +
		"U.S. District Judge Arthur Penn said the fund’s trustees had ignored warnings. “A second signature would have stopped this,” Penn said.\n"
	roleUnion = "Carmaker delays plant\n\n" +
		"Brenwick Motors said on Monday that its new plant in Ostrava would open a year late. Chief Executive Sven Ahl blamed the price of steel.\n\n" +
		"The Ostrava Autoworkers' Union was less patient. Its president, Nell Okoro, said the company had promised 900 jobs. “A promise that keeps moving is not a promise,” Okoro said.\n"
	roleCapitol = "Water bill advances\n\n" +
		"Sen. Nora Pike, D-Ore., and Sen. Walt Ambers, R-Idaho, wrote the bill. Rep. Gus Lerner, R-Ohio, opposed it.\n\n" +
		"“It is a wish list,” Lerner said. Pike said the plan would pay for itself.\n\n" +
		"Harlow Foods said its chief executive, Mina Ostrow, would testify. The county's MP, Sir Alun Pryor, said he would attend. The singer Ada Brook sang the anthem.\n"
	roleStateSenator = "Water bill advances\n\n" +
		"State Sen. Nora Pike wrote the bill. Rep. Gus Lerner opposed it.\n\n" +
		"“It is a wish list,” Lerner said. Pike said the plan would pay for itself.\n"
	roleSummit = "Leaders meet in Valletta\n\n" +
		"Moldovan President Ilinca Ursu met Georgian President Levan Abashidze in Valletta on Tuesday.\n\n" +
		"“We agreed on the corridor,” Ursu said. Abashidze said the talks would resume in May.\n\n" +
		"Leaders from Malta and Cyprus are already in talks with Ursu about the ferry link.\n"
	roleLede = "Clerk jailed for fraud\n\n" +
		"DUNMORE, Pa. — A former parish clerk who stole $90,000 from the church was sentenced Friday to two years.\n\n" +
		"Marnie Colt, 48, pleaded guilty in May. “I am sorry,” Colt said.\n\n" +
		"Her lawyer, Dev Rao, said she would not appeal.\n"
	roleBosses = "Rovers win\n\n" +
		"Rovers’ manager Gareth Pryce made two changes at the break. “They are a proud group,” Pryce said.\n\n" +
		"Kingsmere’s head coach, Marta Kowalczyk, was furious. “I don’t blame my players,” Kowalczyk said.\n\n" +
		"The researchers, led by Dr. Ada Nwosu, found the pitch too hard. Juan Ortiz, managing partner of Ortiz Turf, agreed.\n"
	roleRivals = "Mill to close\n\n" +
		"Acme Widgets said on Monday it would close its mill in Leeds.\n\n" +
		"The chief executive of Acme, John Smith, said the decision was painful. “We had no choice,” Smith said.\n\n" +
		"The chief executive of rival Bolt Industries, Mary Jones, said Acme had waited too long.\n"
	roleKremlin = "Talks in Helsinki\n\n" +
		"Russian President Oleg Varin met Finnish President Aino Laine in Helsinki on Monday.\n\n" +
		"“The root causes must be addressed,” Varin said. Laine said the border would stay closed.\n"
	rolePolice = "Driver sought\n\n" +
		"The senior investigating officer, Det Insp Rhys Vaughan, spoke to reporters on Monday. “We will find the driver,” Vaughan said.\n\n" +
		"A neighbour, Ann Lee, said the road was dark.\n"
	roleCompoundTitles = "Glacier retreat speeds up\n\n" +
		"Marine biologist Dr Tamsin Orrell said the ice had thinned by a third. “We did not expect this,” Orrell said.\n\n" +
		"Detective Superintendent Hal Brenner said the station would stay open. Det Insp Moira Quist said nobody was hurt.\n\n" +
		"“We will ballot,” said Lena Okonjo, the chapter's steward at the depot. Alfie Dunn, the quarry manager's nephew, said nothing.\n\n" +
		"“Not yet,” said Ivo Brandt, the district's convenor.\n"
	roleCredits = "Harbour play opens\n\n" +
		"The new play is written by the poet Iris Vane and directed by Tomas Weller, who staged it in Oslo first.\n\n" +
		"Kestrel Bay’s head coach, Rana Idris, watched from the stalls. “It made me cry,” Idris said.\n\n" +
		"The lighting was designed by Pia Lund. “It was hard to light,” Lund said. The theatre’s manager, Joel Park, who was named manager in May, said tickets had sold out.\n\n" +
		"Opposition housing critic Dara Quill called it thin. “Thin,” Quill said.\n"
	roleTwoMayors = "Ruiz ousts Holm\n\n" +
		"Mayor Lars Holm conceded on Tuesday night. “The voters have spoken,” Holm said.\n\n" +
		"Ada Ruiz, a retired nurse, was elected mayor with 52% of the vote. “Now the work starts,” Ruiz said.\n\n" +
		"Councillor Ian Pike, the member for Eastgate, and Councillor Rosa Vint, the member for Northfield, both backed her.\n"
	roleBudget = "Budget day\n\n" +
		"Finance Minister Asha Kulkarni presented the budget on Wednesday. “This is a budget for farmers,” Kulkarni said.\n\n" +
		"Kulkarni said the canal would be finished by 2029. She said no new tax would fall on agriculture. Kulkarni added that the deficit would narrow.\n\n" +
		"Health Minister Ravi Menon said the clinics would open in May.\n\n" +
		"“We will not borrow for salaries,” Kulkarni told the House.\n"
	roleSpokes = "Ferry plan advances\n\n" +
		"The Harbour Board approved the ferry plan on Monday. It would also create a terminal office at the Transport Ministry to run the timetable.\n\n" +
		"A Transport Ministry spokesman, Idris Vale, said the ministry was studying the plan. “We welcome the extra crossings and will help with the timetable,” Vale said.\n\n" +
		"Rowena Ash, who chairs the board, said the fares would stay low.\n"
	roleGuild = "Port shifts lengthen\n\n" +
		"Harwick Port said on Monday that night shifts would run to twelve hours from March.\n\n" +
		"The Dockers Guild said the longer shifts were a safety risk and asked for talks.\n"
	roleTagged = "# Harbour’s new music director on the final\n\n" +
		"Imran Dale, captain of Millbrook, made 40. Harbour won by two runs, the skipper Nadia Kowalczyk making 60.\n\n" +
		"“We never stopped running,” the Harbour captain told reporters.\n\n" +
		"The club named Ines Varga its music director in May. “It is a young band,” Varga said. Dale finished as runner-up in the batting averages.\n"
	roleBowed = "Rail maker apologises\n\n" +
		"The president of Tanaka Rolling Stock bowed for ten seconds on Tuesday as the company admitted faking weld tests.\n\n" +
		"“We betrayed the trust of every passenger,” Ken Ito, 63, said. Ito said he would step down.\n"
	roleTwoRussians = "Talks in Helsinki\n\n" +
		"Russian President Oleg Varin and Russian Prime Minister Ivan Sokol flew to Helsinki on Monday.\n\n" +
		"“The root causes must be addressed,” Varin said. Sokol said the border would reopen.\n"
)

// TestPersonByRole: a role phrase names the one person whose descriptors
// it fits — head nouns equal, WordNet synonyms or hypernyms, modifiers not
// contradicting — and no one when none or two fit.
func TestPersonByRole(t *testing.T) {
	for _, tt := range []struct {
		name, article, phrase, want string
	}{
		{"defense lawyer is not the prosecutor", roleCourt, "the defense lawyer", "Rao"},
		{"prosecutor: a U.S. attorney", roleCourt, "the prosecutor", "Malone"},
		{"possessor", roleCourt, "Colt's lawyer", "Rao"},
		{"possessive pronoun: a role held for someone", roleCourt, "her attorney", "Rao"},
		{"counsel is a lawyer", roleCourt, "the defence counsel", "Rao"},
		{"judge", roleCourt, "the judge", "Penn"},
		{"no coroner", roleCourt, "the coroner", ""},
		{"plural is a group", roleCourt, "the prosecutors", ""},
		{"organisation's president", roleUnion, "the union president", "Okoro"},
		{"president of", roleUnion, "the president of the union", "Okoro"},
		{"title before the name", roleUnion, "the chief executive", "Ahl"},
		{"party tag", roleCapitol, "the Republican senator", "Ambers"},
		{"state tag", roleCapitol, "the Oregon senator", "Pike"},
		{"a state no senator has", roleCapitol, "the Ohio senator", ""},
		{"congressman is a representative", roleCapitol, "the Ohio congressman", "Lerner"},
		{"senators are no representatives", roleCapitol, "the senator", ""},
		{"lawmaker: two steps above", roleCapitol, "the Idaho lawmaker", "Ambers"},
		{"CEO is a chief executive", roleCapitol, "the CEO", "Ostrow"},
		{"MP is a member of parliament", roleCapitol, "the MP", "Pryor"},
		{"a role that is also a surname", roleCapitol, "the singer", "Brook"},
		{"two presidents: ambiguous", roleSummit, "the president", ""},
		{"nationality decides", roleSummit, "the Georgian president", "Abashidze"},
		{"related form of the nationality", roleSummit, "the Moldovan president", "Ursu"},
		{"a nationality no one has", roleSummit, "the French president", ""},
		{"a lede's description of the person named next", roleLede, "the former clerk", "Colt"},
		{"ex- is former", roleLede, "the ex-clerk", "Colt"},
		{"a role's possessor is not the one named", roleLede, "the former clerk's lawyer", "Rao"},
		{"a tenure the article does not give", roleCourt, "the new judge", ""},
		{"former is no description the article gives", roleUnion, "the former union president", ""},
		{"boss: a chief, above a manager", roleBosses, "the Rovers boss", "Pryce"},
		{"boss of no one the article names so", roleBosses, "the Kingsmere boss", ""},
		{"a boss must be the article's in every other word", roleBosses, "the union boss", ""},
		{"led by: the lead researcher", roleBosses, "the lead researcher", "Nwosu"},
		{"kin goes through person nouns only", roleBosses, "the judge", ""},
		{"a clipped role", roleUnion, "the exec", "Ahl"},
		{"leader: a generic head tied by the nationality", roleSummit, "the Georgian leader", "Abashidze"},
		{"leader: the related form of the nationality", roleSummit, "the Moldovan leader", "Ursu"},
		{"leader with no place names no one", roleSummit, "the leader", ""},
		{"leader of a place no one is tied to", roleSummit, "the French leader", ""},
		{"a seat of power stands for its country", roleKremlin, "the Kremlin leader", "Varin"},
		{"a seat of power of no one's country", roleSummit, "the Kremlin leader", ""},
		{"leader by nationality", roleKremlin, "the Finnish leader", "Laine"},
		{"two leaders of one country: ambiguous", roleTwoRussians, "the Russian leader", ""},
		{"a claim's bare role two fit names neither", roleBudget, "the minister", ""},
		{"a compound role still picks its own", roleBudget, "the health minister", "Menon"},
		{"a bare role two fit about as much: ambiguous", roleKremlin, "the president", ""},
		{"the colloquial boss, tied by a seat of power", roleKremlin, "the Kremlin boss", "Varin"},
		{"a role before a title is a role too", roleCompoundTitles, "the biologist", "Orrell"},
		{"a role before a title, by its hypernym", roleCompoundTitles, "the scientist", "Orrell"},
		{"the first word of a compound title names both detectives", roleCompoundTitles, "the detective", ""},
		{"a compound title", roleCompoundTitles, "the detective superintendent", "Brenner"},
		{"a three-word title: the last word heads it", roleCompoundTitles, "the detective inspector", "Quist"},
		{"a common-noun possessor the article puts otherwise", roleCompoundTitles, "the union's steward", "Okonjo"},
		{"a named possessor must be the article's", roleCompoundTitles, "Hartley's nephew", ""},
		{"a role the lexicon lacks, proved by the appositive", roleCompoundTitles, "the convenor", "Brandt"},
		{"a role the lexicon lacks names no one the article does not give it", roleCompoundTitles, "the provost", ""},
		{"a passive verb's agent: directed by", roleCredits, "the director", "Weller"},
		{"a passive verb's agent: designed by", roleCredits, "the designer", "Lund"},
		{"a role title before the name still counts", roleCredits, "the poet", "Vane"},
		{"a name's last word stands for it", roleCredits, "the Kestrel Bay coach", "Idris"},
		{"another name is no stand-in", roleCredits, "the Kestrel Cove coach", ""},
		{"a role held newly is the new one", roleTwoMayors, "the new mayor", "Ruiz"},
		{"a role held newly is less the plain one", roleTwoMayors, "the mayor", "Holm"},
		{"for and a name: whom the role is held for", roleTwoMayors, "the member for Northfield", "Vint"},
		{"two members, no one named", roleTwoMayors, "the member", ""},
		{"a lower-case noun before a title qualifies it", roleCredits, "the Opposition housing critic", "Quill"},
		{"an appointment makes the role a new one", roleCredits, "the new manager", "Park"},
		{"a speech tag's description of the speaker", roleTagged, "the Harbour captain", "Kowalczyk"},
		{"a speech tag's description, by the synonym", roleTagged, "the Harbour skipper", "Kowalczyk"},
		{"a hyphenated role is its own noun", roleTagged, "the runner-up", ""},
		{"a tenure only the headline gives, one holder", roleTagged, "the new music director", "Varga"},
		{"a tenure the article never gives", roleTagged, "the former music director", ""},
		{"a lede's description of the speaker the next sentence names", roleBowed, "the president", "Ito"},
		{"the body after of is whose role it is", roleBowed, "Tanaka's president", "Ito"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("roles.md", tt.article)
			if err != nil {
				t.Fatal(err)
			}
			p, ok := a.PersonByRole(tt.phrase)
			if p.Name != tt.want || ok != (tt.want != "") {
				t.Errorf("PersonByRole(%q) = %q, %v; want %q (people: %+v)", tt.phrase, p.Name, ok, tt.want, a.People)
			}
		})
	}
}

// TestAskByRole: a question that names a person by role asks about that
// person as if it named them — speaker questions keep to what they said —
// and a role no one has, or two have, names no one.
func TestAskByRole(t *testing.T) {
	for _, tt := range []struct {
		name, article, q, speaker, want string
		shown                           bool // want among the passages shown, not first
	}{
		{"what did the role say", roleUnion, "What did the union president say about the company's promise?", "Okoro", "promise", false},
		{"according to the role", roleCourt, "What would have prevented the theft, according to the judge?", "Penn", "second signature", false},
		{"defense lawyer", roleCourt, "What did the defense lawyer argue for?", "Rao", "argued for probation", false},
		{"nationality in the role", roleSummit, "Is Malta talking with the Moldovan president?", "", "already in talks with Ursu", true},
		{"ambiguous role names no one", roleSummit, "What did the president say about the corridor?", "", "", false},
		{"a role spoken about is no speaker", roleCourt, "What was said about the defense lawyer?", "", "", false},
		{"a role spoken to is no speaker", roleUnion, "What was said to the union president?", "", "", false},
		{"unknown role names no one", roleCourt, "What did the coroner say about the fund?", "", "", false},
		{"a generic role tied by a seat of power", roleKremlin, "What did the Kremlin leader say about root causes?", "Varin", "root causes", false},
		{"the verb after an auxiliary's subject is no role compound", roleCapitol, "Why does the Ohio lawmaker object to the bill?", "Lerner", "opposed it", false},
		{"an acronym the article spells out is no unknown name", roleRivals, "Who is the CEO of Bolt?", "", "Mary Jones", false},
		{"an organisation speaks through its spokesperson", roleSpokes, "What is the Transport Ministry's stance on the extra crossings?", "Vale", "welcome the extra crossings", false},
		{"what the organisation said", roleSpokes, "What did the Transport Ministry say about the timetable?", "Vale", "help with the timetable", false},
		{"an organisation only named is no speaker", roleSpokes, "What office would be created at the Transport Ministry?", "", "", false},
		{"a question's bare role two fit: the one the article follows throughout", roleBudget, "What did the minister say about the canal?", "Kulkarni", "canal would be finished", false},
		{"an organisation by a noun of its kind", roleGuild, "What did the workers' union say about the longer shifts?", "Dockers Guild", "safety risk", true},
		{"an organisation whose people speak for it is no speaker", roleUnion, "What did the union say about the jobs?", "", "", false},
		{"a verb of saying after the qualifies the role", roleStateSenator, "What did the state senator say about the plan?", "Pike", "pay for itself", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("roles.md", tt.article)
			if err != nil {
				t.Fatal(err)
			}
			q := a.analyze(tt.q)
			if q.speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", q.speaker, tt.speaker)
			}
			if tt.want == "" {
				return
			}
			ans, err := a.Ask(tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if tt.shown {
				for _, qt := range ans.Quotes {
					if strings.Contains(qt.Text, tt.want) {
						return
					}
				}
				t.Errorf("Ask(%q) = %+v, want %q shown", tt.q, ans, tt.want)
				return
			}
			if len(ans.Quotes) == 0 || !strings.Contains(ans.Quotes[0].Text, tt.want) || tt.speaker != "" && ans.Quotes[0].Speaker != tt.speaker {
				t.Errorf("Ask(%q) = %+v, want first quote with %q by %q", tt.q, ans, tt.want, tt.speaker)
			}
		})
	}
}

// TestRoleTermsExpand: the words of a resolved role phrase match the
// person's name as a synonym would; an unresolved one's do not.
func TestRoleTermsExpand(t *testing.T) {
	a, err := Parse("roles.md", roleSummit)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q, word string
		name    bool
	}{
		{"Did the Georgian president speak?", "president", true},
		{"Did the Georgian president speak?", "georgian", true},
		{"Did the president speak?", "president", false},
	} {
		q := a.analyze(tt.q)
		found := false
		for _, t := range q.terms {
			if !strings.HasPrefix(tt.word, t.key) && t.key != a.index.stem(tt.word) {
				continue
			}
			found = t.refers != "" && containsAlt(t.alts, t.refers)
		}
		if found != tt.name {
			t.Errorf("%q: %q expands to a name = %v, want %v", tt.q, tt.word, found, tt.name)
		}
	}
}

// TestRolePhrases: which words of a question form a role phrase.
func TestRolePhrases(t *testing.T) {
	a, err := Parse("roles.md", roleCourt)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		want []string // head words of the phrases found
	}{
		{"What did the defense lawyer argue for?", []string{"lawyer"}},
		{"What did Colt's lawyer say?", []string{"lawyer"}},
		{"Did the judge agree with the prosecutor?", []string{"judge", "prosecutor"}},
		{"Did President Penn speak?", nil},                        // a title before a name
		{"What did prosecutors say?", nil},                        // a group
		{"Which American car sold best?", nil},                    // no opener, and the head is "car"
		{"What is the main executive body of the court?", nil},    // "executive" qualifies "body"
		{"Who was the judge in the first trial?", nil},            // asks who held the role then
		{"What did the trustees restrict lawyer travel to?", nil}, // a verb ends the phrase
	} {
		var got []string
		for _, p := range a.rolePhrases(tt.q, Tokenize(tt.q)) {
			got = append(got, p.Word)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("rolePhrases(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestCheckByRole: a claim naming its speaker by role ("the ex-clerk
// said …") is checked against the one person the role names.
func TestCheckByRole(t *testing.T) {
	for _, tt := range []struct {
		name, article, msg, claimed string
		matches                     bool
	}{
		{"lede description", roleLede, "The ex-clerk said “I am sorry.”", "Colt", true},
		{"boss for manager", roleBosses, "The Rovers boss said “They are a proud group.”", "Pryce", true},
		{"a role held for someone", roleLede, "Her lawyer said “I am sorry.”", "Rao", false},
		{"a clipped role", roleUnion, "The exec said “A promise that keeps moving is not a promise.”", "Ahl", false},
		{"boss of the other side", roleBosses, "The Rovers boss said “I don’t blame my players.”", "Pryce", false},
		{"a role noun modifying a later head", rolePolice, "The senior investigating officer said “We will find the driver.”", "Vaughan", true},
		{"the of-complement is the role's, not the speaker", roleUnion, "The chief executive of Brenwick Motors said “A promise that keeps moving is not a promise.”", "Ahl", false},
		{"an abbreviated role with its of-complement", roleCapitol, "The CEO of Harlow Foods said “It is a wish list.”", "Ostrow", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("roles.md", tt.article)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := a.CheckQuotes(tt.msg)
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Claims) != 1 {
				t.Fatalf("claims %+v, want one", rep.Claims)
			}
			c := rep.Claims[0]
			if c.SpeakerMatches == nil || *c.SpeakerMatches != tt.matches || c.ClaimedSpeaker != tt.claimed {
				t.Errorf("claim %+v: claimed %q, matches %v; want %q, %v", c, c.ClaimedSpeaker, c.SpeakerMatches, tt.claimed, tt.matches)
			}
		})
	}
}

// TestClippedRolesLackedByWordNet: the hand list holds only clipped role
// nouns WordNet has no person sense of; an entry WordNet covers belongs to
// WordNet.
func TestClippedRolesLackedByWordNet(t *testing.T) {
	lx := lexicon.Default()
	for w := range clippedRoles {
		if lx.IsPersonNoun(w) {
			t.Errorf("WordNet knows %q as a person noun: drop it from clippedRoles", w)
		}
	}
}

// TestNounFirstVerbForms checks that an inflected verb form after a role
// noun is read as its verb, however often its base form is a noun.
func TestNounFirstVerbForms(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"car", true},
		{"traders", true},
		{"worked", false}, // "has the union representative worked"
		{"resigning", false},
	} {
		if got := nounFirst(tt.w); got != tt.want {
			t.Errorf("nounFirst(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
