package attribution

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// speechVerbs are the forms of verbs of saying (and of its written and
// gestured kin) whose subject is the speaker of the words beside them.
var speechVerbs = wordSet(`say says said saying tell tells told telling add adds added adding state states stated
	assert asserts asserted argue argues argued claim claims claimed suggest suggests suggested describe describes
	described declare declares declared insist insists insisted warn warns warned note notes noted explain
	explains explained announce announces announced remark remarks remarked write writes wrote written tweet
	tweets tweeted post posted posts reply replies replied respond responds responded comment comments commented
	mention mentions mentioned recall recalls recalled admit admits admitted concede concedes conceded joke jokes
	joked quip quips quipped acknowledge acknowledges acknowledged observe observes observed recount recounts
	recounted stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized counter
	counters countered caution cautions cautioned vow vows vowed pledge pledges pledged confirm confirms confirmed
	deny denies denied testify testifies testified rule rules ruled ask asks asked answer answers answered shout
	shouts shouted whisper whispers whispered continue continues continued offer offers offered predict predicts
	predicted promise promises promised urge urges urged characterise characterises characterised characterize
	characterizes characterized call calls called reaffirm reaffirmed reaffirms outline outlines outlined express
	expresses expressed articulate articulated articulates begin began begins conclude concludes concluded
	complain complains complained lament laments lamented maintain maintains maintained estimate estimates
	estimated report reports reported reveal reveals revealed agree agrees agreed disagree disagreed add
	explain wrote told chimed chime interjected interject boasted boast boasts sighed sigh laughed
	put puts yelled yell screamed scream murmured murmur muttered mutter
	declined declines decline believe believes believed think thinks thought remember remembers remembered
	called recalled described repeat repeats repeated snap snaps snapped scoff scoffs scoffed grumble grumbles
	grumbled accuse accuses accused
	insisting accusing arguing claiming stating declaring noting explaining announcing admitting conceding
	stressing vowing pledging predicting suggesting asserting countering cautioning replying responding
	joking recalling complaining lamenting maintaining
	aver avers averred posit posits posited opine opines opined disclose discloses disclosed reiterate
	reiterates reiterated retort retorts retorted fumed fumes clarify clarifies clarified intoned wondered
	contend contends contended submitted held calling describing`)

// reportingVerbs report speech without quote marks ("Natarajan said night
// closures would be limited"): narrower than speechVerbs, since "offered"
// or "called" often report deeds, not words.
var reportingVerbs = wordSet(`say says said tell tells told add adds added state states stated argue argues argued
	claim claims claimed warn warns warned insist insists insisted note notes noted explain explains explained
	announce announces announced acknowledge acknowledges acknowledged admit admits admitted concede concedes
	conceded predict predicts predicted estimate estimates estimated confirm confirms confirmed deny denies
	denied testify testifies testified write writes wrote stress stresses stressed contend contends contended
	maintain maintains maintained assert asserts asserted believe believes believed recall recalls recalled
	suggest suggests suggested propose proposes proposed urge urges urged promise promises promised express
	expresses expressed articulate articulates articulated outline outlines outlined reaffirm reaffirms
	reaffirmed vow vows vowed pledge pledges pledged describe describes described characterise characterised
	characterize characterizes characterized`)

// fillers may stand between a speaker and the verb ("Webb also said",
// "Okafor has repeatedly warned").
var fillers = wordSet(`also then once later again has had have just previously repeatedly publicly
	privately quickly quietly simply only later earlier first finally further would will could did does
	reportedly allegedly flatly told`)

// personalPronouns are the third-person pronouns that refer to one person,
// with their gender.
var personalPronouns = map[string]string{
	"he": "male", "him": "male", "his": "male", "himself": "male",
	"she": "female", "her": "female", "hers": "female", "herself": "female",
}

// particles are lower-case words inside names ("Ursula von der Leyen",
// "Mohammed bin Salman", "Rafael de la Torre", Welsh "Rhys ap Gwilym").
var particles = wordSet(`de van von der den du da di del della dos das bin bint ibn al el la le ter ten op
	zu y e ap ab ferch verch`)

// prepositions before a name make it an object ("talks with Zelenskyy").
var prepositions = wordSet(`with to from by for on about against between of at in toward towards into onto
	upon over under like than without among after before during against via including behind beside
	alongside outside inside near across around beyond through throughout within along`)

// determiners before a capitalised run make it a description ("a Boulder
// Democrat") or an institution ("the Vatican"), not a person's name.
var determiners = wordSet(`a an the this that these those another every each any some no its their our`)

// notNames are capitalised words that are never names on their own.
var notNames = wordSet(`i monday tuesday wednesday thursday friday saturday sunday january february march
	april june july august september october november december mon tue tues wed thu thurs fri sat sun jan
	feb mar apr jun jul aug sep sept oct nov dec q a ok god today yesterday tomorrow tonight breaking update
	ad bc am pm everybody everyone nobody someone somebody anyone anybody everything nothing something anything`)

func foldName(s string) string {
	s = strings.Join(strings.Fields(nlp.Fold(s)), " ")
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimSuffix(s, "'")
}

// nameParts splits a folded name into its words, titles kept and
// generational suffixes dropped ("Martin Luther King III" ends in "king").
// A leading Gaelic patronymic particle belongs to the surname: "Ó Dálaigh"
// alone is the surname of "Niamh Ó Dálaigh", not a first name "Ó".
func nameParts(f string) []string {
	p := strings.FieldsFunc(f, func(r rune) bool { return r == ' ' || r == '.' || r == ',' })
	for len(p) > 1 && nameSuffixes[p[len(p)-1]] {
		p = p[:len(p)-1]
	}
	// "Mac Giolla" alone too: Mac written apart opens a surname as Ó does.
	if len(p) > 1 && (gaelicParticles[p[0]] || p[0] == "mac" || p[0] == "mhic") {
		p = p[1:]
	}
	// "St. Clair" is one surname, not a first name "St".
	for i := 0; i+1 < len(p); i++ {
		if saintAbbrevs[p[i]] {
			p = append(p[:i:i], append([]string{p[i] + " " + p[i+1]}, p[i+2:]...)...)
		}
	}
	return p
}

// saintAbbrevs are the abbreviations of Saint that open a surname or a
// place ("Naomi St. Clair", "St. Anselm College"); their full stop ends
// no name.
var saintAbbrevs = wordSet(`st ste`)

// gaelicParticles open Irish surnames, written apart and capitalised (Ó,
// Ní, Nic, Uí, Ua; folded).
var gaelicParticles = wordSet(`o ni nic ui ua`)

// nameSuffixes follow a surname without being one: generations and the
// British and Commonwealth post-nominals news prints ("Nicholas Fenn KC",
// "Jane Roe MP", "Adv. Pieter-Jan Bezuidenhout SC").
var nameSuffixes = wordSet(`jr sr ii iii iv kc qc sc mp msp mep mla mpp obe mbe cbe`)

// singular is a rough singular of a plural noun, for lexicon look-ups.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// isDemonym guesses a nationality or regional adjective before a title
// ("Russian President", "Ukrainian Foreign Minister").
func isDemonym(w string) bool {
	for _, suf := range []string{"ian", "an", "ese", "ish", "ch", "ic", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}
