package knowledge

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"

	"github.com/quotebot/quotebot/knowledge/verify"
)

var (
	// citationRE finds passage IDs in a citation ("S12", "[s12]", "S3, S4").
	citationRE = regexp.MustCompile(`(?i)\bS(\d{1,7})\b`)
	// citeMarkerRE finds inline markers in prose ("[S12]", "[S3, S4]").
	citeMarkerRE = regexp.MustCompile(`\s*\[\s*S\d+(?:\s*[,;]\s*S?\d+)*\s*\]`)
)

// resolveCitations maps citations to sentence indexes, keeping only IDs of
// passages the model was given, first mention first. dropped lists the
// rest.
func resolveCitations(citations []string, passages []Passage) (ids []int, dropped []string) {
	given := make(map[int]bool, len(passages))
	for _, p := range passages {
		given[p.Sentence] = true
	}
	seen := map[int]bool{}
	for _, c := range citations {
		ms := citationRE.FindAllStringSubmatch(c, -1)
		if len(ms) == 0 {
			dropped = append(dropped, c)
			continue
		}
		for _, m := range ms {
			i, err := strconv.Atoi(m[1])
			if err != nil || !given[i] {
				dropped = append(dropped, m[0])
				continue
			}
			if !seen[i] {
				seen[i] = true
				ids = append(ids, i)
			}
		}
	}
	return ids, dropped
}

// jsonString quotes s as a JSON string; <, > and & are escaped, so user
// text cannot close the delimiters around it.
func jsonString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		return `""`
	}
	return string(b)
}

// normalizeQuestion is the answer cache key: folded, punctuation-free words.
func normalizeQuestion(q string) string {
	var words []string
	for _, t := range Tokenize(q) {
		words = append(words, t.Norm)
	}
	return strings.Join(words, " ")
}

// newFoldedText prepares the article for checking a model's prose against it
// (knowledge/verify): its text and the words of its sentences.
func newFoldedText(a *Article) *verify.Text {
	toks := make([][]Token, len(a.Sentences))
	for i, s := range a.Sentences {
		toks[i] = s.tokens
	}
	return verify.New(a.Text, toks)
}
