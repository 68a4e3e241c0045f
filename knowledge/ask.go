package knowledge

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQuestionRunes is the longest question accepted.
const MaxQuestionRunes = 1000

// NotCoveredText is the start of every abstention.
const NotCoveredText = "The article doesn't say."

var (
	discordTokenRE = regexp.MustCompile(`<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:\d+(?::\w)?>`)
	urlRE          = regexp.MustCompile(`(?i)\bhttps?://\S+|\bwww\.\S+`)
	markdownLinkRE = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	markdownRE     = regexp.MustCompile("[*_`~|>]+")
)

// CleanQuestion repairs and normalises a question for retrieval: invalid UTF-8
// is repaired, Discord mention tokens, custom emoji, URLs and Markdown are
// stripped, white space is collapsed. It returns an *Error with code
// EInvalid when nothing is left or the question is too long.
func CleanQuestion(q string) (string, error) {
	q = strings.ToValidUTF8(q, "\uFFFD")
	if n := utf8.RuneCountInString(q); n > MaxQuestionRunes {
		return "", Errorf(EInvalid, "Your question is %d characters long; the limit is %d.", n, MaxQuestionRunes)
	}
	q = discordTokenRE.ReplaceAllString(q, " ")
	q = urlRE.ReplaceAllString(q, " ")
	q = markdownLinkRE.ReplaceAllString(q, "$1")
	q = markdownRE.ReplaceAllString(q, " ")
	q = strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	q = strings.Join(strings.Fields(q), " ")
	if !strings.ContainsFunc(q, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return "", Errorf(EInvalid, "Please ask a question about the article, for example: What did Putin say about root causes?")
	}
	return q, nil
}

// Ask answers a question from the article alone: up to three verbatim
// quotes, best first, or an abstention when the article does not support an
// answer. The error is an *Error for bad input.
func (a *Article) Ask(question string) (Answer, error) {
	q, err := CleanQuestion(question)
	if err != nil {
		return Answer{}, err
	}
	an := a.analyze(q)
	hits := a.rank(an, 8)
	ans := Answer{Question: q}
	if len(hits) == 0 {
		ans.Text = NotCoveredText
		return ans, nil
	}
	ans.Answered = true
	ans.Text = "Here is what the article says:"
	seen := map[int]bool{}
	for _, h := range hits {
		qt := a.QuoteOf(h.Sentence)
		if seen[qt.Start] {
			continue
		}
		seen[qt.Start] = true
		qt.Score = h.Score
		ans.Quotes = append(ans.Quotes, qt)
		if len(ans.Quotes) == 3 {
			break
		}
	}
	return ans, nil
}

// query is an analysed question.
type query struct {
	terms []queryTerm
}

type queryTerm struct {
	stem   string
	weight float64
}

func (a *Article) analyze(q string) *query {
	out := &query{}
	for _, t := range Tokenize(q) {
		if IsStopWord(t.Norm) {
			continue
		}
		out.terms = append(out.terms, queryTerm{stem: t.Stem, weight: 1})
	}
	return out
}
