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
// not list as such; kept short on purpose.
var (
	extraPeople = map[string]bool{
		"midfielder": true, "winger": true, "frontman": true, "blogger": true, "vlogger": true,
		"podcaster": true, "influencer": true, "whistleblower": true, "spokesperson": true,
		"cfo": true, "coo": true, "cto": true, "councilmember": true, "selectman": true,
		"chief executive officer": true, "paramedic": true, "staffer": true, "panelist": true,
	}
	extraOrgs = map[string]bool{
		"inc": true, "ltd": true, "corp": true, "plc": true, "llc": true, "gmbh": true, "fc": true,
		"office": true, "ministry": true, "department": true, "parliament": true, "senate": true,
		"congress": true, "cabinet": true, "police": true, "startup": true, "nonprofit": true,
	}
	// Current names of places WordNet knows by older ones.
	extraPlaces = map[string]string{
		"turkiye": "country", "türkiye": "country", "czechia": "country", "eswatini": "country",
		"north macedonia": "country", "kyiv": "city", "mumbai": "city", "kolkata": "city",
		"chennai": "city", "beijing": "city", "myanmar": "country", "timor-leste": "country",
	}
)

// IsPersonNoun reports whether w names a kind of person: one of its first two
// noun senses is below person.n.01 ("coach", "mayor", "striker",
// "spokeswoman", "chief executive"). Words WordNet lacks count when they end
// in a person noun after a known word ("councilwoman", "head coach") or are
// on a short list of newer role nouns.
func (lx *Lexicon) IsPersonNoun(w string) bool {
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
// its first three noun senses is below organization.n.01 ("ministry",
// "university", "council", "court", "club", "union", "agency", "company"),
// or w is a company-form or institution word WordNet files elsewhere ("inc",
// "office", "parliament"). Compounds count by their head ("city council").
func (lx *Lexicon) IsOrganisationNoun(w string) bool {
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
// "head coach" (by its last word) or "councilwoman" (a known word then a
// noun of at least three letters).
func (lx *Lexicon) headIs(w string, flag int) bool {
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
	for k := 3; k+3 <= len(w); k++ {
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

// IsPlace reports whether w names a place: an instance of a city, country,
// state, region, river, ... in any of its senses ("paris", "ukraine", "new
// york"), or a current name WordNet lacks ("kyiv", "türkiye").
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
