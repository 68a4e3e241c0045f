package lexicon

import "strings"

// Gender is the gender a role noun states ("spokeswoman", "chairman").
type Gender int

// Genders.
const (
	Unknown Gender = iota
	Female
	Male
)

func (g Gender) String() string {
	switch g {
	case Female:
		return "female"
	case Male:
		return "male"
	}
	return "unknown"
}

// Words news uses for people and organisations that WordNet 3.0 (2006) does
// not list as such, and title abbreviations ("Sen.", "Dr."); kept short on
// purpose.
var (
	extraPeople = map[string]bool{
		"midfielder": true, "winger": true, "frontman": true, "blogger": true, "vlogger": true,
		"podcaster": true, "influencer": true, "whistleblower": true, "spokesperson": true,
		"cfo": true, "coo": true, "cto": true, "councilmember": true, "selectman": true,
		"chief executive officer": true, "paramedic": true, "staffer": true, "panelist": true,
		// Titles and their abbreviations, folded without the period.
		"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
		"gov": true, "lt": true, "gen": true, "sgt": true, "capt": true, "col": true, "cpl": true,
		"adm": true, "supt": true, "det": true, "insp": true, "rev": true, "fr": true,
	}
	// Genders of titles WordNet does not list.
	titleGender = map[string]Gender{"mr": Male, "mrs": Female, "ms": Female, "miss": Female}
	extraOrgs   = map[string]bool{
		"inc": true, "ltd": true, "corp": true, "plc": true, "llc": true, "gmbh": true, "fc": true,
		"office": true, "ministry": true, "department": true, "parliament": true, "senate": true,
		"congress": true, "cabinet": true, "police": true, "startup": true, "nonprofit": true,
		"military": true,
	}
	// English function words (and the first halves of contractions, "isn"),
	// which WordNet does not list as such but some of which it has as
	// acronyms or names ("who" for the WHO, "it", "us"): they are no role or
	// organisation nouns and are always common words.
	functionWords = wordSet(`a an the this that these those who whom whose which what when where why
		how i me my mine you your yours he him his she her hers it its we us our ours they them their
		theirs and or but nor so yet if then than as at by for from in into of off on onto out over to
		up upon with within without about above after against along among around before behind below
		beneath beside between beyond during except inside near since through toward towards under
		until via am is are was were be been being do does did have has had will would shall should
		can could may might must not no yes all any both each either neither every some such own same
		other another isn aren wasn weren don doesn didn haven hasn hadn won wouldn couldn shouldn
		mustn`)
	// Current names of places WordNet knows by older ones.
	extraPlaces = map[string]string{
		"turkiye": "country", "türkiye": "country", "czechia": "country", "eswatini": "country",
		"north macedonia": "country", "kyiv": "city", "mumbai": "city", "kolkata": "city",
		"chennai": "city", "beijing": "city", "myanmar": "country", "timor-leste": "country",
	}
)

// IsPersonNoun reports whether w names a kind of person: one of its first two
// noun senses, if common enough, is below person.n.01 ("coach", "mayor",
// "striker", "spokeswoman", "chief executive"; not "computer", whose person
// sense is rare, nor "white", mostly an adjective). Words WordNet lacks count when they end
// in a person noun after a known word ("councilwoman", "head coach") or are
// on a short list of newer role nouns.
func (lx *Lexicon) IsPersonNoun(w string) bool {
	if functionWords[w] {
		return false
	}
	f := lx.flags(w)
	if f&flagPerson != 0 || extraPeople[w] {
		return true
	}
	if f&flagNoun != 0 {
		return false
	}
	return lx.headIs(w, flagPerson)
}

// IsOrganisationNoun reports whether w names a kind of organisation: one of
// its first three noun senses, if common enough, is below organization.n.01
// or is an assembly or body of people ("ministry", "university", "council",
// "court", "club", "union", "agency", "company"),
// or w is a company-form or institution word WordNet files elsewhere ("inc",
// "office", "parliament"). Compounds count by their head ("city council").
// Organisations WordNet names count too ("nato", "fbi", "united nations",
// "greenpeace").
func (lx *Lexicon) IsOrganisationNoun(w string) bool {
	if functionWords[w] {
		return false
	}
	f := lx.flags(w)
	if f&flagOrg != 0 || extraOrgs[w] {
		return true
	}
	if f&flagNoun != 0 {
		return false
	}
	return lx.headIs(w, flagOrg)
}

// headIs reports whether a compound WordNet lacks ends in a noun with flag:
// "head coach" (by its last word) or "councilwoman" (a known word of at
// least three letters, then a noun of at least four). Only words WordNet
// knows in no form are split ("finally" is no "fin" + "ally").
func (lx *Lexicon) headIs(w string, flag int) bool {
	if functionWords[w] || len(lx.Lemma(w)) > 0 {
		return false
	}
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		last := w[i+1:]
		if lx.flags(last)&flag != 0 {
			return true
		}
		if flag == flagPerson && extraPeople[last] || flag == flagOrg && extraOrgs[last] {
			return true
		}
		return false
	}
	for k := 3; k+4 <= len(w); k++ {
		if lx.flags(w[k:])&flag != 0 && lx.Known(w[:k]) {
			return true
		}
	}
	return false
}

// PersonGender returns the gender a role noun states: WordNet's gloss or a
// gendered hypernym ("mother", "actress", "spokeswoman", "king"), else its
// form: "-woman" is female, "-man" male after a word ("chairman", "gunman";
// not "german" or "human"). Unknown for neutral words and for
// words that are not role nouns.
func (lx *Lexicon) PersonGender(w string) Gender {
	if g, ok := titleGender[w]; ok {
		return g
	}
	f := lx.flags(w)
	switch {
	case f&flagFemale != 0:
		return Female
	case f&flagMale != 0:
		return Male
	}
	if !lx.IsPersonNoun(w) {
		return Unknown
	}
	switch {
	case strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women"):
		return Female
	case strings.HasSuffix(w, "man") || strings.HasSuffix(w, "men"):
		// "chairman", "gunman", "spokes man": a word before "man". Not
		// "german", "human", "shaman", whose first letters are no word.
		stem := strings.TrimSuffix(w[:len(w)-3], " ")
		if lx.Known(stem+"woman") || len(stem) >= 3 && lx.Known(stem) {
			return Male
		}
	}
	return Unknown
}

// IsPlace reports whether w, as a proper name, names a place: an instance of
// a city, country, state, region, river, ... in any of its senses ("paris",
// "ukraine", "new york"), or a current name WordNet lacks ("kyiv",
// "türkiye"). It is asked of a name, so ordinary words that also name a place
// answer true ("turkey", "mobile", "reading"): when case does not show a
// name (a sentence's first word), check IsCommonWord too.
// Two-letter US state codes ("in", "me", "or") are no places here.
func (lx *Lexicon) IsPlace(w string) bool { return lx.PlaceKind(w) != "" }

// PlaceKind names the kind of place w is, from its first place sense: "city",
// "country", "state", "province", "region", "continent", "river", "lake",
// "sea", "ocean", "island", "mountain", ..., "place" for other locations, or
// "" when w is no place.
func (lx *Lexicon) PlaceKind(w string) string {
	if k, ok := extraPlaces[w]; ok {
		return k
	}
	i := lx.find(w)
	if i < 0 {
		return ""
	}
	return lx.field(i, fieldKind)
}

// IsCommonWord reports whether w is mostly an ordinary word rather than a
// proper name: its most common sense is no named instance, or it is used
// more as a verb, adjective or adverb than as a noun ("turkey", "mobile",
// "split", "said"), or it has at most two letters ("us", "in"). A proper name
// ("paris", "ukraine", "einstein") and a word WordNet does not know answer
// false. With IsPlace it tells "Turkey" the country from a sentence that
// begins "Turkey sandwiches".
func (lx *Lexicon) IsCommonWord(w string) bool {
	if len(w) <= 2 || functionWords[w] {
		return w != ""
	}
	return lx.flags(w)&flagCommon != 0
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// BodyRole reports whether the role noun role ("regulator") names what an
// organisation headed by the noun head ("authority", "commission") is:
// WordNet has an organisation noun "M X" whose modifier M shares a verb
// with role ("regulatory" and "regulator", both of "regulate") and whose X
// is head or a word of head's kind ("regulatory agency" for "commission":
// both administrative units). Both words are folded, head singular.
func (lx *Lexicon) BodyRole(role, head string) bool {
	if role == "" || head == "" || strings.Contains(role, " ") {
		return false
	}
	// The modifiers: the derivations of the verbs role derives from.
	var mods []string
	for _, v := range lx.Derived(role) {
		if !lx.IsVerb(v) {
			continue
		}
		for _, m := range lx.Derived(v) {
			if m != role && !strings.Contains(m, " ") {
				mods = append(mods, m)
			}
		}
	}
	if len(mods) == 0 {
		return false
	}
	fits := func(compound string) bool {
		for _, m := range mods {
			if strings.HasPrefix(compound, m+" ") && lx.Known(compound) && lx.flags(compound)&flagOrg != 0 {
				return true
			}
		}
		return false
	}
	for _, m := range mods {
		if fits(m + " " + head) {
			return true
		}
	}
	for _, h := range lx.Hypernyms(head) {
		for _, c := range lx.Hyponyms(h) {
			if fits(c) {
				return true
			}
		}
	}
	return false
}

// BodyKind reports whether an organisation with the folded word word in
// its name is a kind of body the folded noun noun names: WordNet knows the
// compound "word noun" ("school district" for Millbrook Public Schools
// and "the district") or a kind of noun opening with word ("water
// company", a utility, for Severn Vale Water and "the utility"). The
// compound counts only as a body or an administrative unit, so "the
// district" is no "shopping district".
func (lx *Lexicon) BodyKind(noun, word string) bool {
	if noun == "" || word == "" || noun == word || strings.Contains(noun, " ") || strings.Contains(word, " ") {
		return false
	}
	fits := func(c string) bool {
		if !lx.Known(c) {
			return false
		}
		if lx.flags(c)&flagOrg != 0 {
			return true
		}
		for _, h := range lx.Hypernyms(c) {
			if strings.HasPrefix(h, "administrative ") {
				return true
			}
		}
		return false
	}
	if fits(word + " " + noun) {
		return true
	}
	for _, c := range lx.Hyponyms(noun) {
		if strings.HasPrefix(c, word+" ") && strings.Count(c, " ") == 1 && fits(c) {
			return true
		}
	}
	return false
}
