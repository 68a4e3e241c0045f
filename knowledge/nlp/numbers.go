package nlp

import (
	"strings"
	"unicode"
)

// speltNumbers are numbers written as words: a change to one is a changed
// number, and a sentence holding one answers "how many".
const speltNumbers = `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
	fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
	thousand million billion trillion dozen dozens hundreds thousands millions billions first second third fourth
	fifth sixth seventh eighth ninth tenth half twice thrice once single double triple`

// SpeltNumbers returns a new set of the folded words that name a number
// ("three", "dozen", "third", "twice").
func SpeltNumbers() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(speltNumbers) {
		m[w] = true
	}
	return m
}

var speltNumberSet = SpeltNumbers()

// IsNumberWord reports whether a folded word states a number: one of
// SpeltNumbers, or any word holding a digit ("30-day", "2022").
func IsNumberWord(norm string) bool {
	return speltNumberSet[norm] || strings.ContainsFunc(norm, unicode.IsDigit)
}
