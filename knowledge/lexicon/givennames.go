package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

// givenNamesTable is the given-name table ./namesgen writes (its doc says
// how to redo it): "name\tf|m" lines after a '#' header.
//
//go:embed givennames.txt
var givenNamesTable string

var (
	givenOnce  sync.Once
	givenNames map[string]Gender
)

// GivenNameGender returns the gender a given name usually names ("kristin"
// Female, "erik" Male), from public lists of English-speaking countries'
// given names; Unknown for a name on both lists or on neither. w is folded
// lower case. It is weak evidence, for when an article itself does not
// show a person's gender.
func GivenNameGender(w string) Gender {
	givenOnce.Do(func() {
		givenNames = map[string]Gender{}
		for _, l := range strings.Split(givenNamesTable, "\n") {
			name, g, ok := strings.Cut(l, "\t")
			if !ok || strings.HasPrefix(l, "#") {
				continue
			}
			switch g {
			case "f":
				givenNames[name] = Female
			case "m":
				givenNames[name] = Male
			}
		}
	})
	return givenNames[w]
}
