package knowledge

import (
	"strconv"
	"strings"
)

// A number is written in digits or in words ("26", "twenty-six"), and a
// question may use the other form than the article: both are indexed, and
// compared, under one key holding the number's value.

// numberSpan is a number read from a run of tokens: toks[first..last].
type numberSpan struct {
	first, last int
	value       string
}

// numberKey is the index key of a number's value ("#26").
func numberKey(value string) string { return "#" + value }

var (
	unitValues = map[string]int{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
	tensValues = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
		"eighty": 80, "ninety": 90}
)

// numberSpans reads the numbers of toks: digit groups a thousands
// separator or decimal point joins ("1,840", "3.5"; the tokenizer splits
// them), and spelled numbers up to ninety-nine ("twenty-six", "twenty
// six", "eleven"). Tokens joined are one character apart. "one" is left
// out: it is a pronoun and a determiner far more often than a count.
func numberSpans(toks []Token) []numberSpan {
	var out []numberSpan
	for k := 0; k < len(toks); k++ {
		n := toks[k].Norm
		switch {
		case isDigits(n):
			v, last := n, k
			for last+1 < len(toks) && toks[last+1].Start == toks[last].End+1 && isDigits(toks[last+1].Norm) {
				next := toks[last+1].Norm
				switch {
				case len(next) == 3 && !strings.Contains(v, "."):
					v += next // "1,840": a thousands separator
				case !strings.Contains(v, "."):
					v += "." + next // "3.5"
				default:
					next = ""
				}
				if next == "" {
					break
				}
				last++
			}
			out = append(out, numberSpan{k, last, strings.TrimLeft(v, "0")})
			if out[len(out)-1].value == "" || strings.HasPrefix(out[len(out)-1].value, ".") {
				out[len(out)-1].value = "0" + out[len(out)-1].value
			}
			k = last
		case tensValues[n] > 0:
			v, last := tensValues[n], k
			if k+1 < len(toks) && toks[k+1].Start == toks[k].End+1 && unitValues[toks[k+1].Norm] > 0 && unitValues[toks[k+1].Norm] < 10 {
				v += unitValues[toks[k+1].Norm]
				last = k + 1
			}
			out = append(out, numberSpan{k, last, strconv.Itoa(v)})
			k = last
		case n != "one":
			if v, ok := unitValues[n]; ok {
				out = append(out, numberSpan{k, k, strconv.Itoa(v)})
			}
		}
	}
	return out
}

// valuesAt maps the index of each token of a number in toks to the
// number's value.
func valuesAt(toks []Token) map[int]string {
	m := map[int]string{}
	for _, sp := range numberSpans(toks) {
		for k := sp.first; k <= sp.last; k++ {
			m[k] = sp.value
		}
	}
	return m
}
