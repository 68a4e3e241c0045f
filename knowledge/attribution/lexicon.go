package attribution

import "strings"

// Lexicon is what attribution needs to know about words: which nouns name a
// person's role ("mayor", "striker", "chief executive"), with their gender
// where the word has one; which name organisations ("ministry", "union");
// which are places ("Boulder", "France"). Words are folded lower case;
// multiword phrases are joined by one space. knowledge/lexicon (WordNet)
// satisfies it through an adapter; HandLexicon is the fallback.
type Lexicon interface {
	IsPersonNoun(w string) bool
	// PersonGender is "male", "female" or "" for a person noun.
	PersonGender(w string) string
	IsOrganisationNoun(w string) bool
	IsPlace(w string) bool
	// IsCommonWord reports whether w is an ordinary word rather than a
	// name ("officials", "sources", "yesterday"), for a capitalised word
	// that opens a sentence.
	IsCommonWord(w string) bool
	// GivenNameGender is "male", "female" or "" for a folded given name
	// ("kristin"): weak evidence, for when the article shows none.
	GivenNameGender(w string) string
}

// BodyRoles is what a Lexicon may know besides: whether a role noun no
// person holds ("the regulator") is what an organisation with head noun
// head ("authority") is. Both words folded and singular.
type BodyRoles interface {
	BodyRole(role, head string) bool
}

// BodyKinds is what a Lexicon may know besides: whether an organisation
// with the folded word word in its name is a kind of body the common noun
// noun names ("the district" for Millbrook Public Schools: a school
// district; "the utility" for Severn Vale Water: a water company).
type BodyKinds interface {
	BodyKind(noun, word string) bool
}

// KnownWords is what a Lexicon may know besides: whether a folded word, as
// written or in a base form ("killed", "kindest"), is in its vocabulary at
// all, so that a word it lacks may be read as a role by its syntax alone
// ("Lena Okonjo, the chapter's convenor,").
type KnownWords interface {
	KnownWord(w string) bool
}

// NounsFirst is what a Lexicon may know besides: whether a folded word as
// written is first a noun ("transportation", not "pressured").
type NounsFirst interface {
	NounFirst(w string) bool
}

// NounsNotAdjectives is what a Lexicon may know besides: whether a folded
// word has a noun sense and no adjective one ("finance", first a verb in
// WordNet, still modifies "the finance director" as a noun; "same" does
// not).
type NounsNotAdjectives interface {
	NounNotAdjective(w string) bool
}

// RoleSynonyms is what a Lexicon may know besides: whether two folded
// person nouns name the same role ("captain", "skipper"), so that "the
// skipper said" finds the person the article calls its captain.
type RoleSynonyms interface {
	SameRole(a, b string) bool
}

// RareRoles is what a Lexicon may know besides: whether a folded word has
// a rarer sense that names a kind of person ("canon": a cathedral's
// priest), so that it may title a full name ("Canon Ruth Pengelly").
type RareRoles interface {
	RareRole(w string) bool
}

// HandLexicon is the short hand list of what news needs and WordNet lacks
// (or gets wrong for news: "councilmember", "ceo"); Combined puts it in
// front of a real lexicon.
type HandLexicon struct{}

var _ Lexicon = HandLexicon{}

// IsPersonNoun implements Lexicon.
func (HandLexicon) IsPersonNoun(w string) bool { return handRoles[w] || titleAbbrev[w] != "" }

// PersonGender implements Lexicon.
func (HandLexicon) PersonGender(w string) string { return handGender[w] }

// IsOrganisationNoun implements Lexicon.
func (HandLexicon) IsOrganisationNoun(w string) bool { return handOrgs[w] }

// IsPlace implements Lexicon.
func (HandLexicon) IsPlace(w string) bool { return handPlaces[w] }

// IsCommonWord implements Lexicon: the hand list knows only function words.
func (HandLexicon) IsCommonWord(w string) bool { return notNames[w] }

// GivenNameGender implements Lexicon: the hand list knows no given names.
func (HandLexicon) GivenNameGender(string) string { return "" }

// Combined answers from the hand list first, then from the lexicon.
type Combined struct{ Lex Lexicon }

var _ Lexicon = Combined{}

// IsPersonNoun implements Lexicon.
func (c Combined) IsPersonNoun(w string) bool {
	return HandLexicon{}.IsPersonNoun(w) || (c.Lex != nil && !notRoles[w] && c.Lex.IsPersonNoun(w))
}

// PersonGender implements Lexicon.
func (c Combined) PersonGender(w string) string {
	if g := handGender[w]; g != "" {
		return g
	}
	if c.Lex != nil && !notRoles[w] {
		return c.Lex.PersonGender(w)
	}
	return ""
}

// IsOrganisationNoun implements Lexicon.
func (c Combined) IsOrganisationNoun(w string) bool {
	return handOrgs[w] || (c.Lex != nil && c.Lex.IsOrganisationNoun(w))
}

// IsPlace implements Lexicon.
func (c Combined) IsPlace(w string) bool { return handPlaces[w] || (c.Lex != nil && c.Lex.IsPlace(w)) }

// IsCommonWord implements Lexicon.
func (c Combined) IsCommonWord(w string) bool {
	return notNames[w] || (c.Lex != nil && c.Lex.IsCommonWord(w))
}

// GivenNameGender implements Lexicon.
func (c Combined) GivenNameGender(w string) string {
	if c.Lex == nil {
		return ""
	}
	return c.Lex.GivenNameGender(w)
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// titleAbbrev are honorifics and abbreviated titles with the gender they
// give ("n" for none).
var titleAbbrev = map[string]string{
	"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "mx": "n", "dr": "n", "prof": "n",
	"sen": "n", "rep": "n", "gov": "n", "lt": "n", "gen": "n", "rev": "n", "capt": "n", "col": "n", "sgt": "n",
	"sir": "male", "dame": "female", "lord": "male", "lady": "female", "hon": "n", "maj": "n", "adm": "n",
	"cmdr": "n", "insp": "n", "det": "n", "supt": "n", "atty": "n", "pres": "n", "sheikh": "male", "fr": "male",
	// Church styles before a name ("the Rt Rev Helen Achterberg", "the Ven
	// Thomas Mabry").
	"rt": "n", "ven": "n",
	"cllr": "n", "coun": "n", "ald": "n", "amb": "n", "cpl": "n", "pvt": "n", "cdr": "n",
	// British police ranks as news writes them before a name ("DS Blackett").
	"ds": "n", "di": "n", "dci": "n", "pc": "n",
	// South Asian honorifics and the advocate's title ("Shri K. V.
	// Subramanian", "Smt. Lalitha Narayanaswamy", "Adv. Meenakshi Iyer-Rao").
	"shri": "male", "sri": "male", "smt": "female", "shrimati": "female", "kumari": "female", "adv": "n",
	// Nigerian and West African titles and honorifics ("Alhaji Musiliu
	// Ajibade", "Otunba Folake Adeyemi-Cole", "Barr. Kehinde Falodun",
	// "Engr. Tunde Bello").
	"alhaji": "male", "alhaja": "female", "mallam": "male", "malam": "male", "otunba": "n", "oba": "male", "olori": "female", "barr": "n", "engr": "n",
}

// handRoles are role nouns of news the lexicon may lack or spell
// differently; they also serve as the stub until the WordNet lexicon lands.
var handRoles = wordSet(`president minister chancellor senator governor secretary pope king queen prince princess
	general ambassador premier spokesman spokeswoman spokesperson mayor judge professor envoy emperor chairman
	chairwoman chair director councilmember councilman councilwoman councillor councilor commissioner coach
	manager striker midfielder defender goalkeeper captain forward winger player chief executive ceo cfo coo cto
	founder cofounder co-founder owner officer official analyst economist engineer scientist researcher
	professor lecturer doctor physician nurse lawyer attorney prosecutor defendant plaintiff witness detective
	inspector sergeant lieutenant colonel major superintendent sheriff constable trooper teacher principal
	student resident author writer editor reporter journalist columnist novelist historian economist activist
	organiser organizer campaigner leader deputy representative congressman congresswoman lawmaker legislator
	assemblyman assemblywoman delegate candidate democrat republican independent conservative liberal
	chairperson treasurer auditor regulator inspector-general administrator superintendent dean provost justice
	chancellor rector vice-chancellor astronomer biologist chemist physicist geologist ecologist epidemiologist
	virologist climatologist oceanographer neuroscientist psychologist sociologist author-researcher
	president-elect vice-president vp bishop archbishop cardinal rabbi imam pastor priest reverend father
	mother son daughter husband wife brother sister grandmother grandfather widow widower boss founder
	entrepreneur investor trader banker broker shareholder stakeholder consultant adviser advisor aide
	negotiator diplomat consul attaché spokesperson referee umpire fullback quarterback pitcher batter
	bowler batsman jockey driver rider cyclist runner sprinter swimmer boxer fighter wrestler golfer
	defenceman defenseman centre center guard keeper skipper chef farmer fisherman fisher miner worker
	nurse surgeon paramedic firefighter firefighters officer marshal ranger guide pilot mechanic
	entrepreneur developer designer architect planner engineer technician programmer steward
	interviewer host presenter anchor correspondent producer photographer artist singer musician
	actor actress comedian dancer director filmmaker playwright poet composer
	mp mpp mla mha mna mep msp reeve alderman alderwoman`)

// roleModifiers may stand in a title before the role noun ("Deputy Chief
// Executive", "former Sen.", "acting head coach").
var roleModifiers = wordSet(`head executive vice deputy senior assistant associate acting interim former chief
	lead principal general managing first second co junior state federal city county district regional
	national international foreign prime attorney defense defence interior finance health home`)

// notRoles are person nouns of WordNet that are far more often surnames or
// ordinary words in news than roles in front of a name.
var notRoles = wordSet(`baker smith cook miller hunter fisher taylor king bishop carpenter mason potter
	turner weaver walker porter butler brown black white young long little rich page bell wood hill stone
	field chase grant may will love rose hope joy faith sterling price law cash gay moody ward porter
	cooper fletcher barber carter parker singer tanner sawyer thatcher archer marshall chandler steward
	dean bishop knight page squire bond fowler glover hooper draper mercer slater spencer webb waller
	chamberlain forester gardner gardener ranger sheppard shepherd shepard collier farmer foster`)

// handGender are the genders of role and family nouns that the WordNet
// lexicon gives none or another for, or is not asked about ("king", a
// notRoles word); the others are WordNet's (TestHandListsNotInWordNet).
var handGender = map[string]string{
	"actor": "male", "grandfather": "male", "grandmother": "female", "king": "male", "lord": "male",
	"pope": "male",
}

// handOrgs are head words of organisation names.
var handOrgs = wordSet(`ministry department university college school institute institution association
	council court office inc inc. ltd ltd. llc plc corp corporation co company club union party agency
	commission committee board bank fund foundation authority service services agency bureau group
	government administration parliament senate congress assembly federation league society academy
	hospital clinic museum trust centre center laboratory lab labs network partners holdings industries
	airlines airline railway railways police army navy force forces command tribunal chamber cabinet
	secretariat embassy consulate organisation organization alliance coalition initiative council library
	magazine
	firm team fc cf afc united athletic rovers thistle albion wanderers times post journal guild news press agency house constituency
	review gazette herald tribune telegraph guardian observer reuters ap afp bbc cnn nasa nato fbi cia
	who un eu imf opec observatory station program programme project conference summit
	records pictures studios films entertainment media foods brands motors securities pharmaceuticals
	airways technologies hospice zoo aquarium`)

// handPlaces are the places news names that the WordNet lexicon lacks
// (regions WordNet has only as common nouns or not at all). The countries,
// cities and regions this list held before WordNet landed are WordNet's
// (TestHandListsNotInWordNet).
var handPlaces = wordSet(`americas oceania vatican`)

// placeHeads are the common nouns that head the names of streets,
// waters and other places a news story is set in ("Marlowe Street",
// "Bellwood Creek", "Pier Park", "Cedar Falls", "Cold Fell"), which
// WordNet does not list by name.
var placeHeads = wordSet(`street avenue road lane boulevard drive close crescent terrace highway motorway
	creek river lake bay beach harbour harbor island bridge causeway square park plaza gardens valley
	mountain airport station quay wharf pier hall falls fell fells moor heights springs`)

// surnameHeads are place heads that are also common surnames ("Grace
// Park", "Glenn Close", "Jo Fell"): a given name before them makes a person.
var surnameHeads = wordSet(`park close lane field hill hall fell`)

// companyNouns head appositives that describe a company, though WordNet
// files some of them under person ("maker", "producer").
var companyNouns = wordSet(`maker manufacturer producer retailer supplier carmaker automaker insurer lender
	operator carrier chain firm company group giant conglomerate startup exporter importer distributor
	publisher broadcaster airline bank miner developer builder brewer bottler`)

// cached memoises a lexicon's answers for one analysis: an article asks
// about the same few hundred words again and again.
type cached struct {
	lex                        Lexicon
	person, org, place, common map[string]bool
	gender                     map[string]string
}

func newCached(l Lexicon) *cached {
	return &cached{lex: l, person: map[string]bool{}, org: map[string]bool{}, place: map[string]bool{},
		common: map[string]bool{}, gender: map[string]string{}}
}

var _ Lexicon = (*cached)(nil)

// memo answers w from m, asking f once per word.
func memo[T any](m map[string]T, w string, f func(string) T) T {
	v, ok := m[w]
	if !ok {
		v = f(w)
		m[w] = v
	}
	return v
}

func (c *cached) IsPersonNoun(w string) bool { return memo(c.person, w, c.lex.IsPersonNoun) }

func (c *cached) PersonGender(w string) string { return memo(c.gender, w, c.lex.PersonGender) }

func (c *cached) IsOrganisationNoun(w string) bool { return memo(c.org, w, c.lex.IsOrganisationNoun) }

func (c *cached) IsPlace(w string) bool { return memo(c.place, w, c.lex.IsPlace) }

func (c *cached) IsCommonWord(w string) bool { return memo(c.common, w, c.lex.IsCommonWord) }

func (c *cached) GivenNameGender(w string) string { return c.lex.GivenNameGender(w) }
