package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotebot/quotebot/knowledge/lexicon"
	"github.com/quotebot/quotebot/knowledge/nlp"
	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// maxQueryTerms bounds the work one question can cause; real questions
// have far fewer content words.
const maxQueryTerms = 40

// MaxQuestionRunes is the longest question accepted.
const MaxQuestionRunes = 1000

// HelpText tells a user what kind of question works.
const HelpText = "Ask me something the article covers, for example: What did Putin say about root causes?"

// NotCoveredText is the start of every abstention.
const NotCoveredText = "The article doesn't say."

var (
	discordTokenRE = regexp.MustCompile(`<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:\d+(?::\w)?>`)
	urlRE          = regexp.MustCompile(`(?i)\bhttps?://\S+|\bwww\.\S+`)
	markdownLinkRE = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
)

// markdownChars are Markdown's emphasis, code, spoiler and quote characters.
const markdownChars = "*_`~|>"

// stripDiscordMarkup removes what Discord adds around words: mention and
// channel tokens, custom emoji and timestamps, URLs, and masked links (their
// text is kept). Each pattern runs only when its trigger is present: most
// messages are plain.
func stripDiscordMarkup(s string) string {
	if strings.Contains(s, "<") {
		s = discordTokenRE.ReplaceAllString(s, " ")
	}
	if strings.Contains(s, "](") {
		s = markdownLinkRE.ReplaceAllString(s, "$1") // before URLs: a masked link holds one
	}
	if strings.Contains(s, "://") || strings.Contains(s, "www.") {
		s = urlRE.ReplaceAllString(s, " ")
	}
	return s
}

// CleanQuestion repairs and normalises a question for retrieval: invalid UTF-8
// is repaired, Discord mention tokens, custom emoji, URLs and Markdown are
// stripped, white space is collapsed. It returns an *Error with code
// EInvalid when nothing is left or the question is too long.
func CleanQuestion(q string) (string, error) {
	q = strings.ToValidUTF8(q, "\uFFFD")
	if n := utf8.RuneCountInString(q); n > MaxQuestionRunes {
		return "", Errorf(EInvalid, "Your question is %d characters long; the limit is %d.", n, MaxQuestionRunes)
	}
	q = stripDiscordMarkup(q)
	q = strings.Map(func(r rune) rune {
		// Invisible format characters (zero-width spaces and joiners, bidi
		// controls, the BOM, soft hyphens) vanish: "Pu\u200btin" is Putin.
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		if r == utf8.RuneError || unicode.IsControl(r) || strings.ContainsRune(markdownChars, r) {
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
	if ans, ok := a.answers.get(q); ok {
		return ans, nil
	}
	ans := a.answer(q)
	a.answers.put(q, ans)
	return ans, nil
}

// answerCacheSize bounds the answers kept per article; popular questions
// are asked again and again, and an answer is a pure function of the
// cleaned question.
const answerCacheSize = 512

// answer is Ask without the cache.
func (a *Article) answer(q string) Answer {
	an := a.analyze(q)
	ans := Answer{Question: q, Outcome: OutcomeNotCovered}
	if len(an.terms) == 0 {
		// "hi", "what?": nothing to look up. Composed text, so no quote marks.
		ans.Text = NotCoveredText + " " + HelpText
		return ans
	}
	hits := a.rank(an, 8)
	d := a.decide(an, hits)
	if d.related && len(an.looseNames) > 0 && !an.closeContent() {
		// "What is the weather in Kyiv today?": a name the article has
		// only by a loose relation (Kyiv, in Ukraine) and none of the words
		// asked about, not even a synonym ("thaw" is a kind of weather):
		// nothing in it relates to the question.
		d = decision{reason: "It does not mention " + strings.Join(an.looseNames, ", ") + "."}
	}
	ans.Confidence = d.confidence
	if !d.related {
		// Nothing in the article relates to the question: no passage is
		// worth showing.
		ans.Text = NotCoveredText + " " + d.reason
		return ans
	}
	if d.confidence < retrieval.AnswerModel.Threshold {
		ans.Outcome = OutcomeUncertain
		ans.Text = UncertainText
		ans.Quotes = a.withOutcome(an, a.withQuotation(an, a.withTypedNeighbour(an, a.quotesFor(an, hits, 3))))
		return ans
	}
	ans.Outcome = OutcomeAnswered
	ans.Answered = true
	ans.Text = a.leadIn(an)
	ans.Quotes = a.withOutcome(an, a.withQuotation(an, a.withTypedNeighbour(an, a.quotesFor(an, hits, 3))))
	return ans
}

// quotesFor turns ranked hits into at most max non-overlapping quotes,
// dropping hits far weaker than the best.
func (a *Article) quotesFor(q *query, hits []Hit, max int) []Quote {
	var out []Quote
	for _, h := range hits {
		if len(out) > 0 && h.Score < minRelativeScore*hits[0].Score {
			break
		}
		qt := a.passageOf(q, h.Sentence)
		qt.Score = h.Score
		overlap := false
		for j, o := range out {
			if qt.Start < o.End && o.Start < qt.End {
				overlap = true
				// A two-sentence quote holding a chosen sentence replaces it:
				// the chosen one then comes with its antecedent.
				if qt.Start <= o.Start && qt.End >= o.End {
					qt.Score = o.Score
					out[j] = qt
				}
				break
			}
		}
		if overlap {
			continue
		}
		out = append(out, qt)
		if len(out) == max {
			break
		}
	}
	return out
}

// passageOf is the quote for sentence i, widened to the next (or previous)
// sentence of its paragraph when that one holds question words the quote
// lacks: an answer is often split over two sentences ("… a Rhine
// straightening program." "The rate of flow was increased …").
func (a *Article) passageOf(q *query, i int) Quote {
	return a.closeQuotation(a.widenedPassage(q, i))
}

// widenedPassage is passageOf before closeQuotation.
func (a *Article) widenedPassage(q *query, i int) Quote {
	qt := a.QuoteOf(i)
	lo, hi := qt.Sentences[0], qt.Sentences[len(qt.Sentences)-1]
	if hi > lo {
		return a.withOpened(qt)
	}
	ix := a.index
	var den float64
	for _, t := range q.terms {
		if !t.framing {
			den += t.weight * ix.idf(t.key)
		}
	}
	if den == 0 {
		return qt
	}
	if j := a.widenNeighbour(q, i, den); j >= 0 {
		first, last := min(i, j), max(i, j)
		w := a.QuoteSentences(first, last)
		w.Speaker = qt.Speaker
		// The person asked about, when one of the two sentences is theirs.
		if q.speaker != "" && (a.Sentences[first].Speaker == q.speaker || a.Sentences[last].Speaker == q.speaker) {
			w.Speaker = q.speaker
		}
		return w
	}
	return a.withOpened(qt)
}

// widenNeighbour is the sentence next to i in its paragraph (the one after
// it first) that holds question words i lacks, weighing at least
// widenShare of den, the IDF weight of the question's content words, and
// fitting with i in one passage; -1 when there is none. A sentence before
// i that reports a question put to someone is never taken: it is not
// their answer.
func (a *Article) widenNeighbour(q *query, i int, den float64) int {
	if den == 0 {
		return -1
	}
	ix := a.index
	for _, j := range []int{i + 1, i - 1} {
		if j < 0 || j >= len(a.Sentences) || a.Sentences[j].Paragraph != a.Sentences[i].Paragraph {
			continue
		}
		if j < i && a.reportsAsking(j) {
			continue
		}
		first, last := min(i, j), max(i, j)
		if a.Sentences[last].End-a.Sentences[first].Start > maxPassageBytes {
			continue
		}
		var num float64
		for _, t := range q.terms {
			if t.framing {
				continue
			}
			in, there := false, false
			for _, al := range t.alts {
				if al.weight >= synonymWeight {
					in = in || ix.tf[i][al.key] > 0
					there = there || ix.tf[j][al.key] > 0
				}
			}
			if there && !in {
				num += t.weight * ix.idf(t.key)
			}
		}
		if num/den >= widenShare {
			return j
		}
	}
	return -1
}

// withOpened widens a quote ending in a short opener ("His answer was
// short.", "A: Teach, a little.") to the sentence after it in its
// paragraph: alone it says little, and what it opens follows.
func (a *Article) withOpened(qt Quote) Quote {
	lo, hi := qt.Sentences[0], qt.Sentences[len(qt.Sentences)-1]
	j := hi + 1
	if j >= len(a.Sentences) || a.Sentences[j].Paragraph != a.Sentences[hi].Paragraph ||
		len(a.Sentences[hi].tokens) > shortOpener || a.Sentences[j].End-a.Sentences[lo].Start > maxPassageBytes {
		return qt
	}
	w := a.QuoteSentences(lo, j)
	w.Speaker = qt.Speaker
	return w
}

// closeQuotation extends qt to the sentence of its paragraph that closes a
// quotation qt opens and leaves open (“Today is the first time I was
// nervous. | Not because of the river. | Because of the people waiting.”):
// cut after its first sentence, a quotation loses what the speaker went on
// to say, often the part asked about. Up to maxPassageBytes; qt as it is
// when the quotation closes no nearer.
func (a *Article) closeQuotation(qt Quote) Quote {
	if len(qt.Sentences) == 0 || !quotationOpen(qt.Text) {
		return qt
	}
	lo, hi := qt.Sentences[0], qt.Sentences[len(qt.Sentences)-1]
	for j := hi + 1; j < len(a.Sentences) && a.Sentences[j].Paragraph == a.Sentences[hi].Paragraph; j++ {
		if a.Sentences[j].End-a.Sentences[lo].Start > maxPassageBytes {
			break
		}
		if !quotationOpen(a.Text[a.Sentences[lo].Start:a.Sentences[j].End]) {
			w := a.QuoteSentences(lo, j)
			w.Speaker, w.Score = qt.Speaker, qt.Score
			return w
		}
	}
	return qt
}

// quotationOpen reports text that opens a quotation it does not close. A
// straight double quote opens one at the start or after a space or an
// opening bracket or dash, and closes one elsewhere, so that a passage
// beginning inside a quotation ("That's on us," she said. "I'm not …)
// counts the quotation it opens last. Single quotes (British style) open
// the same way; ’ closes one only when no letter follows it, since inside
// a word ("don’t") it is the apostrophe. A closing mark with nothing open
// is ignored.
func quotationOpen(text string) bool {
	double, single := 0, 0
	prev := ' '
	opens := func() bool { return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-", prev) }
	rs := []rune(text)
	for k, r := range rs {
		switch r {
		case '“', '«':
			double++
		case '”', '»':
			double = max(0, double-1)
		case '"':
			if opens() {
				double++
			} else {
				double = max(0, double-1)
			}
		case '‘':
			if opens() {
				single++
			}
		case '’':
			if k+1 == len(rs) || !unicode.IsLetter(rs[k+1]) {
				single = max(0, single-1)
			}
		}
		prev = r
	}
	return double > 0 || single > 0
}

// shortOpener is the most words of a sentence shown with the next one.
const shortOpener = 5

// A passage is widened by a neighbour that adds at least widenShare of the
// question's weight, up to maxPassageBytes.
const widenShare = 0.2

const maxPassageBytes = 500

// minRelativeScore drops passages scoring below this share of the best one:
// weak matches are noise under a good answer.
const minRelativeScore = 0.3

// leadIn opens a confident answer. It names the person the question asks
// about only when the article has them as a person: a court, a council or
// a company the question asks after is not "reported about" by name.
func (a *Article) leadIn(q *query) string {
	if q.speaker != "" && a.isPerson(q.speaker) {
		return "Here is what the article reports about " + q.speaker + ":"
	}
	return "Here is what the article says:"
}

// isPerson reports a person of the article by their canonical name.
func (a *Article) isPerson(name string) bool {
	for _, p := range a.People {
		if p.Name == name {
			return true
		}
	}
	return false
}

// fullNameAt returns the person whose name, as the article writes it in
// full (one of their Variants of two or more words), the question's
// capitalised words from toks[k] spell ("Morag McTeer" where the article
// also has a Zoë McTeer), with the index of its last token; ok is false
// when no such run names exactly one person.
func (a *Article) fullNameAt(toks []Token, k int) (name string, last int, ok bool) {
	if k >= len(toks) || !isCapitalised(toks[k]) {
		return "", 0, false
	}
	for end := min(len(toks)-1, k+3); end > k; end-- { // two words at least
		words := make([]string, 0, end-k+1)
		for j := k; j <= end; j++ {
			if !isCapitalised(toks[j]) && !nameParticles[toks[j].Norm] {
				words = nil
				break
			}
			words = append(words, Fold(strings.TrimSuffix(strings.TrimSuffix(toks[j].Text, "'s"), "’s")))
		}
		if words == nil {
			continue
		}
		f := strings.Join(words, " ")
		found := ""
		for _, p := range a.People {
			if slices.Contains(p.Variants, f) && found != p.Name {
				if found != "" {
					return "", 0, false // two people answer to it
				}
				found = p.Name
			}
		}
		if found != "" {
			return found, end, true
		}
	}
	return "", 0, false
}

// minCoverage is the share of the question's content (IDF-weighted, names
// and question words aside) that the best passage must cover.
const minCoverage = 0.5

// unsupported returns why the article does not answer q ("" when it does).
// A name alone is not support: the words the question asks about must be
// in the passage, and the passage must hold the kind of fact asked for.
func (a *Article) unsupported(q *query, hits []Hit) string {
	if len(q.unknownEntities) > 0 {
		return "It does not mention " + strings.Join(q.unknownEntities, ", ") + "."
	}
	if len(hits) == 0 {
		return "Nothing in it matches the question."
	}
	best := 0.0
	typed := q.answerType == ""
	for i, h := range hits {
		if i == 3 {
			break
		}
		c := a.coverage(q, h.Sentence, false)
		// The fact asked for must stand in the sentence that answers, or in
		// a neighbour that shares its topic: "How many prisoners …" is not
		// answered by a year in an unrelated sentence nearby.
		if !typed && a.coverage(q, h.Sentence, true) >= minCoverage &&
			(a.satisfies(q, h.Sentence) || a.typedNeighbour(q, h.Sentence) >= 0) {
			typed = true
		}
		best = max(best, c)
	}
	if best < minCoverage {
		return "It does not cover what the question asks about."
	}
	if q.reported && q.speaker != "" && !a.attributedTo(q, hits) {
		return "It does not report " + q.speaker + " saying anything about that."
	}
	if !typed {
		return "It does not give " + typeNoun(q.answerType) + " for this."
	}
	return ""
}

// typedNeighbour returns the sentence next to i, in its paragraph, that
// holds the fact q asks for and shares a content word with q ("agreed … in
// Lisbon." beside "The agreement, reached …") or goes on about it with a
// pronoun ("Her winning time was … She crossed the line in 2:13:52."), or -1.
func (a *Article) typedNeighbour(q *query, i int) int {
	if q.answerType == "" {
		return -1
	}
	for _, j := range []int{i - 1, i + 1} {
		// A headline (a first line with no closing stop) is completed by
		// the lede under it, in the next paragraph.
		headline := i == 0 && j == 1 && a.Sentences[0].Paragraph != a.Sentences[1].Paragraph &&
			!strings.ContainsAny(lastRune(a.Sentences[0].Text), ".!?")
		// A lead-in ending in a colon ("… sent us this from Riverside
		// Terrace:") is completed by the paragraph it opens.
		next := j == i+1 && j < len(a.Sentences) && a.Sentences[j].Paragraph == a.Sentences[i].Paragraph+1 &&
			lastRune(strings.TrimSpace(a.Sentences[i].Text)) == ":"
		if j >= 0 && j < len(a.Sentences) && (a.Sentences[j].Paragraph == a.Sentences[i].Paragraph || headline || next) &&
			a.satisfies(q, j) && (a.coverage(q, j, true) > 0 || j == i+1 && opensWithPronoun(a.Sentences[j].tokens) || next) {
			return j
		}
	}
	return -1
}

// withTypedNeighbour widens the first quote to the neighbour holding the
// fact asked for when the quote itself lacks it, dropping later quotes that
// the widened one now overlaps.
func (a *Article) withTypedNeighbour(q *query, quotes []Quote) []Quote {
	if q.answerType == "" || len(quotes) == 0 {
		return quotes
	}
	first := quotes[0]
	for _, si := range first.Sentences {
		if a.satisfies(q, si) {
			return quotes
		}
	}
	lo, hi := first.Sentences[0], first.Sentences[len(first.Sentences)-1]
	j := a.typedNeighbour(q, lo)
	if j < 0 || j > hi {
		if j = a.typedNeighbour(q, hi); j < lo {
			return quotes
		}
	}
	return a.widenFirst(quotes, min(lo, j), max(hi, j))
}

// withQuotation widens the first quote to the quotation that follows it in
// its paragraph when the question asks what someone said or thinks, or why
// or how, and the quote names the speaker without quoting them: "Its
// president, Ana Paula Gomes, said the company had promised 1,200 jobs."
// is followed by her own words, which are what the question asks for. A
// quote that quotes already is widened only by the words of the person
// the question names (the quotation goes on, or the group asked about
// speaks after someone else), or by the reported speech of the person
// asked about going on by a pronoun ("She added that …"). The quotation
// brings one more sentence when
// that one is the same speaker's quotation too ("… is not a promise,"
// Gomes said. "It is a weather forecast.").
func (a *Article) withQuotation(q *query, quotes []Quote) []Quote {
	if len(quotes) == 0 || !(q.reported || q.speaker != "" || asksWhyHow(q.toks) || asksOpinion(q.toks) || asksSource(q.toks)) {
		return quotes
	}
	first := quotes[0]
	lo, hi := first.Sentences[0], first.Sentences[len(first.Sentences)-1]
	named := map[string]bool{}
	quoting := false
	source := asksSource(q.toks) && !q.reported
	for _, si := range first.Sentences {
		s := a.Sentences[si]
		quoting = quoting || hasQuoteMark(s.Text)
		for _, p := range append([]string{s.Speaker, s.SaidBy}, s.People...) {
			if p != "" {
				named[p] = true
			}
		}
	}
	quoted := func(j int) bool {
		if j >= len(a.Sentences) || a.Sentences[j].End-a.Sentences[lo].Start > maxPassageBytes {
			return false
		}
		s := a.Sentences[j]
		if s.Paragraph != a.Sentences[hi].Paragraph && !(j == hi+1 && opensQuotation(s.Text)) {
			// News puts the words of the person just named in the next
			// paragraph: a quotation that opens it goes on from the quote.
			return false
		}
		who := s.SaidBy
		switch {
		case who == "":
			return false
		case !hasQuoteMark(s.Text):
			// Reported speech going on by a pronoun ("He added that …")
			// counts for the person asked about.
			return q.speaker != "" && who == q.speaker && s.LeadingPronoun
		case source && named[who]:
			// "According to the professor, why did the mayor lose?" with
			// no professor resolved: the words of the person the passage
			// names go on, whoever the question's subject is.
			return true
		case q.speaker != "":
			return who == q.speaker
		case namedIn(q, who):
			return true
		}
		return !quoting && named[who]
	}
	if !quoted(hi + 1) {
		return quotes
	}
	j := hi + 1
	if k := j + 1; k < len(a.Sentences) && a.Sentences[k].Paragraph == a.Sentences[j].Paragraph &&
		a.Sentences[k].End-a.Sentences[lo].Start <= maxPassageBytes &&
		hasQuoteMark(a.Sentences[k].Text) &&
		// The same speaker's quotation goes on, attributed or not ("“…,”
		// he said. “It is …”").
		(a.Sentences[k].SaidBy == a.Sentences[j].SaidBy || a.Sentences[k].SaidBy == "" && opensQuotation(a.Sentences[k].Text)) {
		j++
	}
	return a.widenFirst(quotes, lo, j)
}

// withOutcome widens the first quote to the next sentence of its paragraph
// when the question asks what became of something ("What happened to the
// proposal to postpone the vote?") and that sentence goes on about it by a
// pronoun or a demonstrative ("That motion failed, 4-7."): the quote
// introduces the thing, the next sentence tells its fate.
func (a *Article) withOutcome(q *query, quotes []Quote) []Quote {
	if len(quotes) == 0 || !asksHappened(q.toks) {
		return quotes
	}
	first := quotes[0]
	lo, hi := first.Sentences[0], first.Sentences[len(first.Sentences)-1]
	j := hi + 1
	if j >= len(a.Sentences) || a.Sentences[j].Paragraph != a.Sentences[hi].Paragraph ||
		a.Sentences[j].End-a.Sentences[lo].Start > maxPassageBytes {
		return quotes
	}
	toks := a.Sentences[j].tokens
	if !opensWithPronoun(toks) && (len(toks) == 0 || toks[0].Norm != "that") {
		return quotes
	}
	return a.widenFirst(quotes, lo, j)
}

// opensQuotation reports a sentence that begins with a quotation mark.
func opensQuotation(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "‘") || strings.HasPrefix(s, "«")
}

// widenFirst replaces the first quote by the passage of sentences first
// through last (which holds it), keeping its speaker and score, and drops
// the other quotes that passage now overlaps.
func (a *Article) widenFirst(quotes []Quote, first, last int) []Quote {
	w := a.QuoteSentences(first, last)
	w.Speaker, w.Score = quotes[0].Speaker, quotes[0].Score
	out := []Quote{w}
	for _, o := range quotes[1:] {
		if o.End <= w.Start || o.Start >= w.End {
			out = append(out, o)
		}
	}
	return out
}

// asksHappened reports a question about what became of something: "What
// happened to …", "What became of …", "What was the outcome/result of …".
func asksHappened(toks []Token) bool {
	if len(toks) < 3 || toks[0].Norm != "what" {
		return false
	}
	switch toks[1].Norm {
	case "happened", "happens", "became":
		return true
	case "was", "is":
		return toks[2].Norm == "the" && len(toks) > 3 && (toks[3].Norm == "outcome" || toks[3].Norm == "result" || toks[3].Norm == "fate")
	}
	return false
}

// namedIn reports whether the question names who by all of its words
// ("the Western Rivers Alliance").
func namedIn(q *query, who string) bool {
	ws := strings.Fields(Fold(who))
	for _, w := range ws {
		if !q.norms[w] {
			return false
		}
	}
	return len(ws) > 0
}

// opinionWords ask what someone thinks of something: the answer is
// what they said.
var opinionWords = wordSet(`think thinks thought view views stance position opinion feel feels felt`)

// asksOpinion reports a question about someone's opinion ("What does the
// alliance think of …", "What is the department's stance …").
func asksOpinion(toks []Token) bool {
	for _, t := range toks {
		if opinionWords[t.Norm] {
			return true
		}
	}
	return false
}

// asksSource reports a question that asks whose words answer it
// ("According to the professor, …", "…, according to the director?"):
// the answer is what that person says, even when the role names nobody
// the engine can resolve.
func asksSource(toks []Token) bool {
	for k := range toks {
		if accordingTo(toks, k) {
			return true
		}
	}
	return false
}

// asksWhyHow reports a question opening with "why" or "how" (not "how
// many", "how much", "how long": those ask for a figure), after a leading
// "According to X," when it has one.
func asksWhyHow(toks []Token) bool {
	if len(toks) > 2 && toks[0].Norm == "according" && toks[1].Norm == "to" {
		// "According to the professor, why did the mayor lose?"
		for k := 2; k < len(toks) && k < 8; k++ {
			if n := toks[k].Norm; n == "why" || n == "how" {
				toks = toks[k:]
				break
			}
		}
	}
	if len(toks) == 0 {
		return false
	}
	switch toks[0].Norm {
	case "why":
		return true
	case "how":
		return len(toks) < 2 || !(toks[1].Norm == "many" || toks[1].Norm == "much" || toks[1].Norm == "long" ||
			toks[1].Norm == "old" || toks[1].Norm == "far" || toks[1].Norm == "often")
	}
	return false
}

// hasQuoteMark reports a sentence holding a quotation mark (an apostrophe
// in a word is not one: "’" counts only at a word's edge, and so does the
// typewriter "'" that quotes in single-quote styles: "'They …' he said").
func hasQuoteMark(s string) bool {
	if strings.ContainsAny(s, "“”\"«»„") {
		return true
	}
	for i, r := range s {
		if r != '‘' && r != '’' && r != '\'' {
			continue
		}
		prevLetter := i > 0 && isWordByte(s[i-1])
		k := i + len(string(r))
		nextLetter := k < len(s) && isWordByte(s[k])
		if !(prevLetter && nextLetter) {
			return true
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// attributedTo reports whether one of the best passages covering the
// question is what the person it asks about is reported to have said (a
// quotation of theirs or their reported speech, Sentence.SaidBy): a real
// topic in the wrong mouth is not an answer, and neither is a sentence
// that only has them do something ("Trump called Zelenskyy. Zelenskyy had
// agreed …" does not say what Zelenskyy told him).
func (a *Article) attributedTo(q *query, hits []Hit) bool {
	for i, h := range hits {
		if i == 3 {
			break
		}
		if s := a.Sentences[h.Sentence]; s.SaidBy == q.speaker && a.termCoverage(q, h.Sentence, true, false, Stem(Fold(q.speaker))) >= minCoverage {
			return true
		}
	}
	return false
}

var answerTypeNoun = map[string]string{
	"time": "a date or time", "number": "a number", "place": "a place", "person": "a person",
	"duration": "a duration", "length": "a length or duration", "quantity": "a number",
	"measure": "a measurement", "age": "an age",
}

// typeNoun names what an answer type asks for, never empty.
func typeNoun(t string) string {
	if n, ok := answerTypeNoun[t]; ok {
		return n
	}
	return "the detail asked for"
}

// coverage is the IDF-weighted share of the question's content terms found
// in sentence i (full credit) or, unless inSentence, beside it in its
// paragraph (part credit). A question with no content terms beyond names is
// covered when its names are.
func (a *Article) coverage(q *query, i int, inSentence bool) float64 {
	return a.termCoverage(q, i, false, inSentence, "")
}

// termCoverage is coverage over the content terms, and over names too when
// withNames is set (for ranking, where names are constraints), leaving out
// the term skip.
func (a *Article) termCoverage(q *query, i int, withNames, inSentence bool, skip string) float64 {
	ix := a.index
	var num, den float64
	for _, t := range q.terms {
		if (t.entity && !withNames) || t.framing || t.key == skip || skip != "" && t.refers == skip {
			continue
		}
		w := t.weight * ix.idf(t.key)
		den += w
		m := 0.0
		for _, alt := range t.alts {
			if alt.weight <= m {
				continue // c ≤ 1: it cannot do better
			}
			var c float64
			if inSentence {
				c = ix.holds(i, alt.key, t.entity)
			} else if t.entity {
				c = ix.nameMatch(i, alt.key)
			} else {
				c = ix.contextMatch(i, alt.key)
			}
			m = max(m, alt.weight*c)
		}
		num += w * m
	}
	if den == 0 {
		return 1
	}
	return num / den
}

// sentenceCoverage is termCoverage in sentence i alone, with names and
// without, in one pass.
func (a *Article) sentenceCoverage(q *query, i int) (withNames, without float64) {
	ix := a.index
	var num, den, numC, denC float64
	for _, t := range q.terms {
		if t.framing || t.key == "" { // as termCoverage skips ""
			continue
		}
		w := t.weight * ix.idf(t.key)
		m := 0.0
		for _, alt := range t.alts {
			if alt.weight > m {
				m = max(m, alt.weight*ix.holds(i, alt.key, t.entity))
			}
		}
		den += w
		num += w * m
		if !t.entity {
			denC += w
			numC += w * m
		}
	}
	withNames, without = 1, 1
	if den > 0 {
		withNames = num / den
	}
	if denC > 0 {
		without = numC / denC
	}
	return withNames, without
}

// query is an analysed question.
type query struct {
	// question is the cleaned question text.
	question string
	terms    []queryTerm
	// speaker is the person the question asks about as a subject or speaker.
	speaker string
	// speakerAt are the indexes in toks of the first and last token of
	// the words that name speaker (a name, or a role phrase's opener and
	// head).
	speakerAt [2]int
	// answerType is "time", "duration", "number", "place", "person" or "".
	answerType string
	// askedPerson is the stem of the kind of person a question for
	// someone names ("Which supplier …", "the name of the spectator"),
	// or "".
	askedPerson string
	// counted are the keys of what "how many/much" counts ("nations").
	counted []alt
	howMuch bool
	// repeats is set when "how many times" asks how often something
	// happened: the act's own words are counted too, and "twice" answers.
	repeats bool
	// money is set when "how much" asks for an amount of money ("How
	// much do tickets cost?"): a passage without one does not answer.
	money bool
	// asksName is set when the question asks for someone's name ("What
	// is the name of the driver …", "What is the chairman's surname?"):
	// a role noun ("the driver") does not answer it, only a name does.
	asksName bool
	// asksDate is set when the question asks for a date ("On what date
	// …", "What date …"): a weekday, "last week" or a year alone does not
	// give one.
	asksDate bool
	// asksYear is set when the question asks for a year ("In what year
	// …"): only a year answers it.
	asksYear bool
	// asksClock is set when the question asks for a time of day ("What
	// time …", "At what time …"): a day or a date does not give one.
	asksClock bool
	// reported is set when the question asks what someone said
	// ("What did Putin say …"): the answer must be attributed to speaker.
	reported bool
	// unknownEntities are names in the question the article never mentions.
	unknownEntities []string
	// looseNames are names the article has only by a loose relation: a
	// capital or landmark of a country it names ("Kyiv" for Ukraine).
	looseNames []string
	// kindNames are the loose names the article has only as a kind of
	// thing ("Swiss" as a nation where the article says "country"): it
	// never names them.
	kindNames []string
	// qualifiers are details a passage may contradict ("women's", "second").
	qualifiers []qualifier
	// norms are the question's folded words.
	norms map[string]bool
	// toks are the question's tokens, stemmed by the article's index (read
	// only: the features of every candidate look at them).
	toks []Token
}

type queryTerm struct {
	key    string
	weight float64
	// entity marks a proper name; framing marks a verb of saying, which
	// shapes the question but is not what it asks about.
	entity, framing bool
	// refers is the index key of the person a role phrase holding the
	// term names ("the union president" → "gome"), or "".
	refers string
	// alts are the index keys that match, best first, each with a weight.
	alts []alt
	// tok is the question's word the term stands for.
	tok Token
}

type alt struct {
	key    string
	weight float64
}

// genericPersonWeight is the credit of a kind of person ("farmhand") for a
// question's word for people in general ("man"): as loose as a hypernym.
const genericPersonWeight = 0.4

// framingVerbs are verbs of saying and reacting: "What did Putin say about
// X" asks about X, "How did the industry react" about the industry, so they
// rank weakly and do not count toward coverage.
var framingVerbs = wordSet(`react reacted reacts reaction reactions respond responded responds response say said says saying tell told tells telling state stated states stating describe described
	describes describing characterize characterized characterise characterised assert asserted claim claimed add added
	note noted remark remarked comment commented mention mentioned speak speaks speaking spoke spoken word words put
	phrase phrased quote quoted`)

// durationVerbs say that something lasts; with "how long" they frame the
// question rather than name its topic.
var durationVerbs = wordSet(`last lasted lasts take took takes taking run ran continue continued go went`)

// lightWords are common words that say little about the topic; a question
// that uses them is not off-topic for lack of them.
var lightWords = wordSet(`happen happened happening think thought know knew get got make made go going went come came
	take took give gave want wanted mean meant thing things way ways kind lot actually basically mainly main exactly
	overall key important anything something someone anyone everything everyone general generally specific
	specifically detail details information info anything regarding part parts time times new recent current
	currently involved involve role point points happen situation matter issue issues topic question`)

func (a *Article) analyze(text string) *query {
	q := &query{question: text, norms: map[string]bool{}, speakerAt: [2]int{-1, -1}}
	toks := tokenize(text, a.index.stem)
	q.toks = toks
	for _, t := range toks {
		q.norms[t.Norm] = true
	}
	var typeNoun int
	q.answerType, typeNoun = answerType(toks)
	q.asksName = asksName(toks)
	q.askedPerson = askedPerson(toks, typeNoun, q.answerType == "person" || q.asksName)
	for k := 0; k+1 < len(toks) && k < 3; k++ {
		if (toks[k].Norm == "what" || toks[k].Norm == "which") && toks[k+1].Norm == "date" {
			q.asksDate = true
		}
		if (toks[k].Norm == "what" || toks[k].Norm == "which") && toks[k+1].Norm == "year" {
			q.asksYear = true
		}
		if (toks[k].Norm == "what" || toks[k].Norm == "which") && toks[k+1].Norm == "time" {
			q.asksClock = true
		}
	}
	q.qualifiers = a.qualifiersOf(toks)
	for _, t := range toks {
		if t.Start == typeNoun && t.Norm == "much" {
			q.howMuch = true
		}
	}
	speech := false
	lastUnknownEnd, countedEnd, joinedEnd := -1, -1, -1
	fullName, fullEnd := "", -1 // a person's full name read from its first word
	countsPeople := false       // "how many spectators": a count of people
	roles := a.roleRefs(text, toks)
	// The value of each number token ("twenty six" is one: 26).
	numberAt := map[int]string{}
	for _, sp := range numberSpans(toks) {
		for k := sp.first; k <= sp.last; k++ {
			numberAt[toks[k].Start] = sp.value
		}
	}
	for _, t := range toks {
		if speechVerbs[t.Norm] {
			speech = true
		}
		if framingVerbs[t.Norm] && !measuredTypes[q.answerType] {
			// "How long did the minister speak for?" asks about the act of
			// speaking, not for what was said.
			q.reported = true
		}
	}
	for _, t := range terms(toks) {
		if !t.entity && a.index.df[t.key] == 0 && !lexicon.Default().Known(t.tok.Norm) &&
			len(lexicon.Default().Lemma(t.tok.Norm)) == 0 && nlp.NearStopWord(t.tok.Norm) {
			// A misspelt function word ("will she perform agian") is not a
			// topic the article lacks.
			continue
		}
		if nameParticles[t.tok.Norm] && !isCapitalised(t.tok) && particlesBeforeName(toks, tokenAt(toks, t.tok.Start)) {
			// "de la Torre": the particles belong to the name that follows.
			continue
		}
		if t.tok.Start < joinedEnd {
			continue // the rest of a hyphenated name already read
		}
		qt := queryTerm{key: t.key, weight: 1, entity: t.entity, tok: t.tok}
		if qt.entity && tokenAt(toks, t.tok.Start) == 0 && (openerNotName(lexicon.Default(), t.tok.Norm) ||
			openerPrepositions[t.tok.Norm] || imperativeOpener(lexicon.Default(), toks)) {
			// "Besides national governments, which bloc …", "Since when
			// …", "Name the countries …": the capital is the question's,
			// not a name's.
			qt.entity = false
		}
		name, end, ok := a.hyphenatedName(text, toks, t.tok)
		if ok {
			joinedEnd = end
		} else if t.tok.Start < fullEnd {
			name, ok = fullName, true // the rest of a full name already read
		} else if name, ok = a.personOf(t); !ok && speech && !titleWords[t.tok.Norm] {
			if n, last, found := a.fullNameAt(toks, tokenAt(toks, t.tok.Start)); found {
				// "What did Morag McTeer say …": the one McTeer of that
				// forename, though the surname alone is shared. Only
				// for whose words are asked: elsewhere the forename
				// stays a word of its own, as the fitted decision
				// knows it.
				name, ok = n, true
				fullName, fullEnd = n, toks[last].End
			}
		}
		if ok {
			qt.key, qt.entity = a.index.stem(Fold(name)), true
			at := tokenAt(toks, t.tok.Start)
			if q.speaker == "" && (speech || isSubjectPosition(toks, t.tok) || accordingTo(toks, at)) {
				q.speaker = name
				q.speakerAt = [2]int{at, at}
				if accordingTo(toks, at) {
					// "According to Hale, …" asks for Hale's words, as
					// "according to the professor" does.
					q.reported = true
				}
			}
			if hasEntityTerm(q.terms, qt.key) {
				// "Achterberg-Ruiz" comes as two tokens naming one person:
				// one name, counted once.
				continue
			}
		}
		if titleWords[t.tok.Norm] && isCapitalised(t.tok) && beforeName(toks, t.tok) {
			// "Judge Ward", "Sen. Hadley": a title before a name says who,
			// not what about; the article may name them without it.
			qt.framing, qt.entity = true, false
		}
		if (framingVerbs[t.tok.Norm] || namingCall(toks, t.tok)) && !speechAsked(q.answerType, toks, t.tok) {
			qt.framing = true
			qt.weight = 0.3
		}
		if typeNoun >= 0 && t.tok.Start == typeNoun {
			// "Which country …": the noun names the answer's type, not its topic.
			qt.framing = true
		}
		if q.answerType == "number" && q.counted != nil && countedEnd >= 0 && nextToken(toks, countedEnd) == t.tok.Start && !qt.framing &&
			!isVerbWord(t.tok.Norm) {
			// "How many measles cases …", "how many regular donors": the
			// words right after the first one name it too, and the
			// passage may give the count beside any of them ("14 cases of
			// measles", "a third of our regular donors").
			q.counted = append(q.counted, a.alternatives(qt.key, t.tok.Norm)...)
			countedEnd = t.tok.End
		}
		if q.repeats && !qt.entity && !qt.framing && isVerbWord(t.tok.Norm) {
			// "How many times did they rescue people?": the passage counts
			// the act ("three rescues").
			q.counted = append(q.counted, a.alternatives(qt.key, t.tok.Norm)...)
		} else if q.answerType == "number" && !q.howMuch && len(q.counted) > 0 && countedEnd >= 0 && t.tok.Start > countedEnd &&
			!qt.entity && !qt.framing && (isVerbWord(t.tok.Norm) || pastVerbForm(t.tok.Norm)) {
			// "How many members abstained?": the passage may count the
			// act in a noun made from the verb ("six abstentions"; "How
			// many people have signed?" — "3,400 signatures").
			for _, al := range a.alternatives(qt.key, t.tok.Norm) {
				if al.weight >= synonymWeight && al.key != qt.key {
					q.counted = append(q.counted, al)
				}
			}
		}
		if q.answerType == "number" && q.counted == nil && t.tok.Start > typeNoun && !qt.framing &&
			!endsPossessive(t.tok.Text) {
			// "How many nations …": the first content word is what is
			// counted; a possessor ("How many of Saturday's attempts …")
			// is not, the noun it governs is.
			q.repeats = t.tok.Norm == "times" || t.tok.Norm == "occasions"
			q.counted = a.alternatives(qt.key, t.tok.Norm)
			if genericPersons[t.tok.Norm] || isPersonnelNoun(t.tok.Norm) {
				// "How many people …", "how many staff …": a count of any
				// kind of person ("900 nurses", "17 employees").
				q.counted = append(q.counted, alt{personKey, 1})
			}
			if a.index.df[groupKey] > 0 && (genericPersons[t.tok.Norm] || isKindOfPerson(lexicon.Default(), t.tok, map[string]bool{})) {
				// "How many spectators …": a group of people counted as
				// a whole answers ("a crowd of 11,460").
				q.counted = append(q.counted, alt{groupKey, 1})
				countsPeople = true
			}
			countedEnd = t.tok.End
			if q.howMuch {
				// "How much will it cost?": an amount of money answers.
				q.counted = append(q.counted, alt{moneyKey, 1})
			}
			if len(q.counted) == 0 {
				q.counted = []alt{}
			}
		}
		if q.answerType == "duration" && durationVerbs[t.tok.Norm] {
			// "How long did the talks last?" asks for the duration itself.
			qt.framing = true
		}
		if lightWords[t.tok.Norm] {
			qt.weight = 0.3
		}
		if k := tokenAt(toks, t.tok.Start); q.asksName && k < len(toks) && nameTypeWord(toks, k) {
			// "What is the Ukrainian president's full name?": the words
			// name the answer's type, as "which country" does; the
			// article gives the name without saying "name".
			qt.framing = true
		}
		if k := tokenAt(toks, t.tok.Start); (t.tok.Norm == "going" || t.tok.Norm == "gonna") &&
			(t.tok.Norm == "gonna" || k+2 < len(toks) && toks[k+1].Norm == "to" && anyVerb(lexicon.Default(), toks[k+2].Norm)) {
			// "Is it going to cost …": the future, not a journey.
			qt.framing = true
		}
		for k := range toks {
			if toks[k].Start == t.tok.Start && isDefiniteCount(toks, k) {
				// "the two leaders": a group named before, not a topic.
				qt.framing = true
			}
		}
		qt.alts = a.alternatives(qt.key, t.tok.Norm)
		qt.alts = a.phraseAlternatives(toks, t.tok, qt.alts)
		if v, ok := numberAt[t.tok.Start]; ok {
			// "26" finds "twenty-six", and "twenty six" finds "26".
			if k := numberKey(v); a.index.df[k] > 0 && !containsAlt(qt.alts, k) {
				qt.alts = append(qt.alts, alt{k, numberWeight})
			}
		}
		if genericPersons[t.tok.Norm] && !qt.entity && a.index.df[personKey] > 0 {
			// "the man who drowned": any kind of person the article names.
			qt.alts = append(qt.alts, alt{personKey, genericPersonWeight})
		}
		if !qt.entity && a.index.df[personKey] > 0 && asksOccupation(lexicon.Default(), toks, tokenAt(toks, t.tok.Start)) {
			// "What was Adair's job?", "What does she do for a living?":
			// a role noun of the passage answers ("Adair, a retired
			// postman"), though the article never says "job".
			qt.alts = append(qt.alts, alt{personKey, synonymWeight})
		}
		if countsPeople && t.tok.End == countedEnd && !qt.entity {
			// The people counted are the members of a group the article
			// names ("spectators" in "a crowd of 11,460"), nearly as
			// closely as a synonym.
			qt.alts = append(qt.alts, alt{groupKey, synonymWeight})
		}
		if ref, ok := roles[t.tok.Start]; ok {
			// "the union president" names Gomes: her name matches as a
			// synonym of the role's words, and she is the speaker asked
			// about as if the question named her.
			qt.refers = a.index.stem(Fold(ref.person))
			if !containsAlt(qt.alts, qt.refers) {
				qt.alts = append(qt.alts, alt{qt.refers, synonymWeight})
			}
			// With a speech verb the role is the speaker unless it is
			// what is spoken about ("say about her son").
			source := speech && !afterTopicPreposition(toks, ref.phrase.Opener) || isSubjectPosition(toks, toks[ref.phrase.Opener]) || accordingTo(toks, ref.phrase.Opener)
			if t.tok.Start == toks[ref.phrase.Head].Start && q.speaker == "" && source {
				q.speaker = ref.person
				q.speakerAt = [2]int{ref.phrase.Opener, ref.phrase.Head}
				if accordingTo(toks, ref.phrase.Opener) {
					q.reported = true
				}
			}
			if (speech || accordingTo(toks, ref.phrase.Opener)) && (q.speaker == "" || q.speaker == ref.person) {
				// "according to the judge": the role says whose words are
				// asked for, not what they are about; the speaker filter
				// holds it.
				qt.framing = true
			}
		}
		if len(qt.alts) == 0 && isAcronym(t.tok.Text) {
			for _, k := range a.index.acronyms[t.tok.Norm] {
				qt.alts = append(qt.alts, alt{k, 0.9})
			}
			if len(qt.alts) == 0 {
				qt.alts = a.spelledOut(t.tok.Norm)
			}
		}
		if qt.entity && len(qt.alts) > 0 && qt.alts[0].weight < pertainymWeight && isCapitalised(t.tok) {
			q.looseNames = appendUnique(q.looseNames, t.tok.Text)
			if qt.alts[0].weight <= hypernymWeight {
				q.kindNames = appendUnique(q.kindNames, t.tok.Text)
			}
		}
		if len(qt.alts) == 0 && qt.entity && t.tok.Start > 0 && isCapitalised(t.tok) {
			// "Joe Biden" is one name: join it to an unknown word just before it.
			if n := len(q.unknownEntities); n > 0 && lastUnknownEnd == t.tok.Start-1 {
				q.unknownEntities[n-1] += " " + t.tok.Text
			} else {
				q.unknownEntities = appendUnique(q.unknownEntities, t.tok.Text)
			}
			lastUnknownEnd = t.tok.End
		}
		q.terms = append(q.terms, qt)
		if len(q.terms) == maxQueryTerms {
			break
		}
	}
	if q.speaker == "" {
		// "What is the Interior Department's stance …", "What did the
		// Interior Department say …": its spokesperson speaks for it, when
		// the question asks what it says.
		name, from, to, ok := a.orgSpokesperson(toks)
		if !ok {
			// "What did the players' union say …" for "The Footballers'
			// Guild confirmed …": the organisation by its head noun.
			name, from, to, ok = a.orgByNoun(toks)
		}
		if ok {
			q.speaker, q.speakerAt = name, [2]int{from, to}
			if !asksSpeech(q) {
				q.speaker, q.speakerAt = "", [2]int{-1, -1}
			}
		}
	}
	q.money = q.howMuch && asksMoney(toks, typeNoun) || q.answerType == "quantity" && pricedNoun(toks, typeNoun)
	return q
}

// shareNouns name a part of a whole, which WordNet files with possessions
// ("a share of the budget" is a percentage, not a sum of money).
var shareNouns = wordSet(`share shares portion proportion percentage fraction part stake`)

// oddsRE matches a bookmaker's price: "16-1", "11/4", "evens".
var oddsRE = regexp.MustCompile(`\b\d{1,3}(-|/)\d{1,2}\b|\b[Ee]vens\b`)

// priceNouns ask for money though WordNet files their first sense as an
// attribute (a thing's worth).
var priceNouns = wordSet(`price prices cost costs`)

// pricedNoun reports a question whose type noun (at typeNoun) names a sum
// of money — its commonest sense is a possession: "What price did the
// developers offer …", "What fee …", "What salary …", "What fine …". Its
// answer is a money amount, not a bare count ("two offers").
func pricedNoun(toks []Token, typeNoun int) bool {
	lx := lexicon.Default()
	for _, t := range toks {
		if t.Start != typeNoun || shareNouns[t.Norm] {
			continue
		}
		if priceNouns[t.Norm] {
			return true
		}
		// The commonest noun sense: "fine" is an adjective first.
		for _, l := range append([]string{t.Norm}, lx.Lemma(t.Norm)...) {
			for _, ss := range lx.Supersenses(l) {
				if strings.HasPrefix(ss, "noun.") {
					return ss == "noun.possession"
				}
			}
		}
	}
	return false
}

// speechAsked reports a verb of saying that is itself what a when or how
// long question asks about — "How long did the finance minister speak
// for?", "When did Putin speak to Trump?" — as the question ends after it
// or goes on with a preposition only; "When did the mayor say the bridge
// would reopen?" asks about what was said, and the verb frames it.
func speechAsked(answerType string, toks []Token, tok Token) bool {
	if answerType != "duration" && answerType != "time" {
		return false
	}
	k := tokenAt(toks, tok.Start)
	return k+1 >= len(toks) || eventPrepositions[toks[k+1].Norm]
}

// eventPrepositions may follow a verb of saying that names the event itself.
var eventPrepositions = wordSet(`for to with at on in before after`)

// isVerbWord reports a word whose base form's most common sense is a verb.
func isVerbWord(norm string) bool {
	return strings.HasPrefix(baseSense(norm), "verb.")
}

// pastVerbForm reports a word written as a verb's past form ("signed",
// "voted") whose base is a verb, though its commonest sense may be a noun's
// ("sign", "vote"), which isVerbWord reads.
func pastVerbForm(norm string) bool {
	if !strings.HasSuffix(norm, "ed") {
		return false
	}
	lx := lexicon.Default()
	for _, l := range lx.Lemma(norm) {
		if l != norm && len(l) >= 3 && lx.IsVerb(l) { // "bed" is no form of "be"
			return true
		}
	}
	return false
}

// baseSense returns the WordNet supersense of the most common sense of a
// word's first base form ("noun.possession" for "costs"), or "".
func baseSense(norm string) string {
	lx := lexicon.Default()
	ls := lx.Lemma(norm)
	if len(ls) == 0 {
		return ""
	}
	if ss := lx.Supersenses(ls[0]); len(ss) > 0 {
		return ss[0]
	}
	return ""
}

// asksMoney reports a "how much" question (its "much" at offset much) about
// an amount of money, by the WordNet supersense of its words' most common
// sense: the noun right after "much" names a possession ("how much prize
// money"), or, with no noun there, a word of the question is a possession
// or a transfer of one ("cost", "pay", "contribute") and none is a change
// or a motion ("How much did the shares rise?" asks for a degree).
func asksMoney(toks []Token, much int) bool {
	first := baseSense
	possession, change := false, false
	for k, t := range toks {
		if t.Start <= much || IsStopWord(t.Norm) || isCapitalised(t) {
			if t.Start == much && k+1 < len(toks) && !IsStopWord(toks[k+1].Norm) && !isCapitalised(toks[k+1]) {
				// "how much prize money", "how much weight": the noun decides.
				return first(toks[k+1].Norm) == "noun.possession"
			}
			continue
		}
		if t.Norm == "going" && k+1 < len(toks) && toks[k+1].Norm == "to" {
			// "How much is it going to cost?": the future, not a motion.
			continue
		}
		switch first(t.Norm) {
		case "noun.possession", "verb.possession":
			possession = true
		case "verb.change", "verb.motion":
			change = true
		}
	}
	return possession && !change
}

// closeContent reports whether a content word of the question is in the
// article itself or as a synonym or closer.
func (q *query) closeContent() bool {
	for _, t := range q.terms {
		if !t.entity && !t.framing && len(t.alts) > 0 && t.alts[0].weight >= synonymWeight {
			return true
		}
	}
	return false
}

// spelledOut returns the keys of an acronym's meaning as WordNet spells it
// and the article writes it, at least its first two words in a row ("CEO"
// for "chief executive officer" in "the chief executive of Acme", "GDP"
// for "gross domestic product"), each as good as the article's own
// initials (0.9); nil when the article has none.
func (a *Article) spelledOut(norm string) []alt {
	ix := a.index
	var out []alt
	for _, syn := range lexicon.Default().Synonyms(norm) {
		words := strings.Fields(syn)
		if len(words) < 2 {
			continue
		}
		keys := make([]string, len(words))
		for k, w := range words {
			keys[k] = ix.stem(w)
		}
		for _, p := range ix.post.Postings(keys[0]) {
			i := int(p.Doc)
			if i >= len(ix.seq) {
				continue // a heading
			}
			if n := runAt(ix.seq[i], keys); n >= 2 {
				for _, k := range keys[:n] {
					if !containsAlt(out, k) {
						out = append(out, alt{k, 0.9})
					}
				}
				break
			}
		}
	}
	return out
}

// runAt is the length of the longest prefix of keys found in a row in seq.
func runAt(seq, keys []string) int {
	best := 0
	for s := range seq {
		n := 0
		for n < len(keys) && s+n < len(seq) && seq[s+n] == keys[n] {
			n++
		}
		best = max(best, n)
	}
	return best
}

// nextToken returns the start of the token after the one ending at end, or -1.
func nextToken(toks []Token, end int) int {
	for k, t := range toks {
		if t.End == end && k+1 < len(toks) {
			return toks[k+1].Start
		}
	}
	return -1
}

// hyphenatedName reads a person's name the question writes as tokens joined
// by hyphens at tok ("Achterberg-Ruiz", "al-Harthy"), whose parts alone may
// name no one or someone else; it returns the person's canonical name and
// where the name ends.
func (a *Article) hyphenatedName(text string, toks []Token, tok Token) (string, int, bool) {
	i := tokenAt(toks, tok.Start)
	name, end, found := "", -1, false
	for j := i + 1; j < len(toks) && toks[j].Start == toks[j-1].End+1 && text[toks[j-1].End] == '-'; j++ {
		if n, ok := a.index.names[Fold(text[tok.Start:toks[j].End])]; ok {
			name, end, found = n, toks[j].End, true
		}
	}
	return name, end, found
}

// asksOccupation reports toks[k] asking for someone's occupation: a noun
// WordNet files as an occupation or under one ("job", "profession",
// "career") after a possessive or an article ("Adair's job", "her
// profession"), or "living" in "for a living".
func asksOccupation(lx *lexicon.Lexicon, toks []Token, k int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	prev := toks[k-1]
	if toks[k].Norm == "living" {
		return k >= 2 && prev.Norm == "a" && toks[k-2].Norm == "for"
	}
	if !endsPossessive(prev.Text) && !possessiveDeterminers[prev.Norm] {
		return false
	}
	for _, l := range lx.Lemma(toks[k].Norm) {
		if l == "occupation" || lx.IsNoun(l) && (slices.Contains(lx.Synonyms(l), "occupation") || slices.Contains(lx.Hypernyms(l), "occupation")) {
			return true
		}
	}
	return false
}

// possessiveDeterminers stand before a noun that is someone's: "her job".
var possessiveDeterminers = wordSet(`his her their its my your our the a an`)

// measuredTypes are the answer types that ask when, where or how long
// something was done rather than for its content. Counts are not among
// them: "How many spaces will be added?" is no question about a speech,
// but "added" is also a verb of saying, and a count asked of a statement
// must stand in it.
var measuredTypes = map[string]bool{"duration": true, "time": true, "age": true, "place": true}

// tokenAt returns the index of the token starting at start, or len(toks).
func tokenAt(toks []Token, start int) int {
	for i, t := range toks {
		if t.Start == start {
			return i
		}
	}
	return len(toks)
}

// hasEntityTerm reports a name term of ts keyed key.
func hasEntityTerm(ts []queryTerm, key string) bool {
	for _, t := range ts {
		if t.entity && t.key == key {
			return true
		}
	}
	return false
}

// personOf returns the canonical name a question word refers to: a surname
// at once, or, for a word the article lacks, a one-typo spelling ("Zelensky").
func (a *Article) personOf(t term) (string, bool) {
	if n, ok := a.index.names[t.tok.Norm]; ok {
		return n, true
	}
	// "Ruiz" for "Achterberg-Ruiz": a capitalised part of one person's
	// compound surname ("price" the noun is not O'Kane-Price).
	if n, ok := a.index.nameParts[t.tok.Norm]; ok && isCapitalised(t.tok) {
		return n, true
	}
	if a.index.df[t.key] > 0 || len(t.tok.Norm) < 4 {
		return "", false
	}
	p, ok := a.PersonNamed(t.tok.Text)
	return p.Name, ok
}

// namingCall reports "call" used as a verb of naming after its subject,
// which frames the question like "describe": "What did McAllister call the
// plan?". "Did the call produce a breakthrough?" keeps the noun, and so
// does "What is her new album called?", whose answer is a name the
// passage gives ("her ninth album under her own name").
func namingCall(toks []Token, tok Token) bool {
	if tok.Norm != "call" && tok.Norm != "called" {
		return false
	}
	for i, t := range toks {
		if t.Start != tok.Start {
			continue
		}
		return i >= 2 && isSubjectPosition(toks, toks[i-1])
	}
	return false
}

// beforeName reports whether tok is followed by a capitalised word: a title
// before a name ("Judge Ward"), not the title alone ("the Pope"), which is
// what the question asks about.
func beforeName(toks []Token, tok Token) bool {
	for i, t := range toks {
		if t.Start == tok.Start {
			return i+1 < len(toks) && isCapitalised(toks[i+1])
		}
	}
	return false
}

// isAcronym reports an all-capitals word of two to six letters ("WWF").
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// isSubjectPosition reports whether tok follows an auxiliary verb, as Putin
// does in "What did Putin refuse?".
func isSubjectPosition(toks []Token, tok Token) bool {
	for i, t := range toks {
		if t.Start == tok.Start && i > 0 {
			switch toks[i-1].Norm {
			case "did", "does", "do", "has", "had", "have", "is", "was", "will", "would", "can", "could":
				return true
			}
		}
	}
	return false
}

// afterTopicPreposition reports a phrase opening at toks[i] after a
// preposition that makes it the topic or the hearer of what is said
// ("about her son", "to the minister"), not the one who says it.
func afterTopicPreposition(toks []Token, i int) bool {
	if i < 1 {
		return false
	}
	switch toks[i-1].Norm {
	case "about", "of", "on", "to", "regarding", "concerning":
		return true
	}
	return false
}

// answerType reads the expected kind of answer from the question word. When
// a noun names the type ("which country"), its offset is returned too, else -1.
func answerType(toks []Token) (string, int) {
	for i := 0; i < len(toks) && i < 3; i++ {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Norm
		}
		switch toks[i].Norm {
		case "when":
			return "time", -1
		case "where":
			return "place", -1
		case "who", "whom", "whose":
			return "person", -1
		case "how":
			if next == "many" || next == "much" {
				return "number", toks[i+1].Start
			}
			if next == "long" {
				// "How long is the Rhine?" asks for a length (or a
				// duration); "How long did the talks last?" for a duration.
				if i+2 < len(toks) {
					switch toks[i+2].Norm {
					case "is", "was", "are", "were":
						return "length", toks[i+1].Start
					}
				}
				return "duration", toks[i+1].Start
			}
			if next == "soon" || next == "often" {
				return "time", toks[i+1].Start
			}
			if dimensionWords[next] {
				// "How deep was the water?" asks for a measure: a number
				// with its unit ("1.2 metres", "38°C").
				return "measure", toks[i+1].Start
			}
			if next == "big" || next == "large" {
				// "How big was the crowd?": a value, with or without a unit.
				return "quantity", toks[i+1].Start
			}
			if next == "old" {
				// "How old is she?" asks for an age ("Mensah-Doyle, 19,",
				// "a 23-year-old", "aged 71").
				return "age", toks[i+1].Start
			}
		case "what", "which":
			switch next {
			case "year", "date", "day", "month", "time":
				return "time", toks[i+1].Start
			}
			if j := quantityNoun(toks, i+1); j >= 0 {
				return "quantity", toks[j].Start
			}
			switch next {
			case "year", "date", "day", "month", "time":
				return "time", toks[i+1].Start
			case "country", "countries", "city", "cities", "place", "places", "venue", "location", "nation", "nations":
				return "place", toks[i+1].Start
			case "person", "people", "leader", "leaders", "official", "officials":
				return "person", toks[i+1].Start
			}
			if j := namedNoun(toks, i+1); j >= 0 && isPersonWord(toks[j].Norm) {
				// "Which singer …", "What is the name of the man …": a
				// person noun asks for someone, whom a name answers.
				return "person", toks[j].Start
			}
		}
	}
	return "", -1
}

// asksName reports a what/which question for someone's name: "the name
// of" a kind of person ("What is the name of the driver …"), or the name
// of a person or a kind of person ("What is the chairman's surname?",
// "What is Zelenskyy's wife's name?").
func asksName(toks []Token) bool {
	if len(toks) == 0 || toks[0].Norm != "what" && toks[0].Norm != "which" {
		return false
	}
	for j, t := range toks {
		switch t.Norm {
		case "name", "names", "surname", "surnames":
		default:
			continue
		}
		if j+1 < len(toks) && toks[j+1].Norm == "of" {
			// The phrase named: a kind of person in any sense ("the
			// driver"), or anything a "who" clause follows ("the
			// name of the man who …").
			for k := j + 2; k < len(toks); k++ {
				n := toks[k].Norm
				if n == "who" || n == "whom" {
					return true
				}
				if n == "the" || n == "a" || n == "an" || isCapitalised(toks[k]) {
					continue
				}
				if IsStopWord(n) {
					break
				}
				if isPersonWord(n) || slices.Contains(lexicon.Default().Supersenses(n), "noun.person") {
					return true
				}
			}
			return false
		}
		k := j - 1
		if k > 0 && (toks[k].Norm == "first" || toks[k].Norm == "full" || toks[k].Norm == "last") {
			k--
		}
		return k > 0 && (isCapitalised(toks[k]) || isPersonWord(toks[k].Norm))
	}
	return false
}

// nameTypeWord reports toks[k] naming the type of a name asked for:
// "name", "surname", or "first", "full", "last" before "name" ("the
// president's full name"). In "the name of the neighbour" the noun after
// "of" is the type already (namedNoun), and "name" stays the one word the
// passage must relate to.
func nameTypeWord(toks []Token, k int) bool {
	switch toks[k].Norm {
	case "name", "names", "surname", "surnames":
		return k+1 >= len(toks) || toks[k+1].Norm != "of"
	case "first", "full", "last":
		return k+1 < len(toks) && (toks[k+1].Norm == "name" || toks[k+1].Norm == "names")
	}
	return false
}

// isPersonnelNoun reports a collective noun for the people who work for
// an organisation, which WordNet files under "personnel" ("staff",
// "workforce"): the article counts them by their kinds.
func isPersonnelNoun(norm string) bool {
	lx := lexicon.Default()
	for _, w := range append([]string{norm}, lx.Lemma(norm)...) {
		if w == "personnel" || slices.Contains(lx.Hypernyms(w), "personnel") {
			return true
		}
	}
	return false
}

// namedNoun returns the index of the noun a "which/what" question asks to
// name: the word after the question word ("Which singer"), or after "the
// name of (the)" ("What is the name of the driver"); -1 when there is none.
func namedNoun(toks []Token, k int) int {
	if k >= len(toks) {
		return -1
	}
	for j := k; j < len(toks) && j < k+3; j++ {
		if toks[j].Norm != "name" || j+1 >= len(toks) || toks[j+1].Norm != "of" {
			continue
		}
		j += 2
		if j < len(toks) && (toks[j].Norm == "the" || toks[j].Norm == "a" || toks[j].Norm == "an") {
			j++
		}
		if j < len(toks) {
			return j
		}
		return -1
	}
	if isCapitalised(toks[k]) || IsStopWord(toks[k].Norm) {
		return -1
	}
	return k
}

// askedPerson returns the stem of the person noun a question for someone
// asks about: the answer type's noun ("Which supplier …"), or the noun
// after "name of" ("What was the name of the spectator …"); "" when the
// question asks for no one (forPerson false) or names no kind of person.
func askedPerson(toks []Token, typeNoun int, forPerson bool) string {
	if !forPerson {
		return ""
	}
	for j, t := range toks {
		if t.Start == typeNoun && isPersonWord(t.Norm) {
			return t.Stem
		}
		if t.Norm == "name" && j+1 < len(toks) && toks[j+1].Norm == "of" {
			if k := namedNoun(toks, j); k >= 0 && isPersonWord(toks[k].Norm) {
				return toks[k].Stem
			}
		}
	}
	return ""
}

// isPersonWord reports a noun that WordNet knows as a kind of person
// ("singer", "driver", "man"), in any of its forms.
func isPersonWord(norm string) bool {
	lx := lexicon.Default()
	if lx.IsPersonNoun(norm) {
		return true
	}
	return slices.ContainsFunc(lx.Lemma(norm), lx.IsPersonNoun)
}

// dimensionWords ask "how …" for a measure: a length, a height, a speed,
// a weight or a temperature.
var dimensionWords = wordSet(`deep high tall wide far fast heavy thick steep hot cold warm`)

// quantityNouns name an answer that is a number whatever it counts: "What
// was the final score?", "What is the unemployment rate?" — the ones
// WordNet does not place directly under a measure (isQuantityNoun).
var quantityNouns = wordSet(`score scores age percentage percent amount total price cost costs fee fees fine fines
	rate tally margin distance height population salary wage wages budget time value share proportion fraction`)

// measureHypernyms are WordNet's classes of measurable values: a noun one
// step below one of them ("winning time" → time period, "fee" → fixed
// charge, "temperature" → fundamental quantity) asks for a value.
var measureHypernyms = map[string]bool{
	"measure": true, "quantity": true, "amount": true, "magnitude": true, "fundamental quantity": true,
	"fundamental measure": true, "numerical quantity": true, "time unit": true,
	"unit of time": true, "time period": true, "payment": true, "charge": true, "fixed charge": true,
	"regular payment": true, "proportion": true, "rate": true, "quotient": true, "physical property": true,
	"monetary value": true, "price": true, "cost": true,
}

// isQuantityNoun reports a noun that names a measurable value: from the
// hand list, else from its WordNet hypernyms.
func isQuantityNoun(w string) bool {
	if quantityNouns[w] {
		return true
	}
	lx := lexicon.Default()
	for _, l := range append([]string{w}, lx.Lemma(w)...) {
		// Only the commonest sense's class: "order" is also an order of
		// magnitude, "term" a time period, but rarely in a question.
		if hs := lx.Hypernyms(l); len(hs) > 0 && measureHypernyms[hs[0]] {
			return true
		}
	}
	return false
}

// quantityNoun returns the index in toks of a quantity noun heading the
// phrase that starts at i — after a form of "be", a determiner or an
// owner ("was Wanjiru's winning time") and at most two words — or -1.
func quantityNoun(toks []Token, i int) int {
	if i < len(toks) {
		switch toks[i].Norm {
		case "is", "was", "are", "were":
			i++
		}
	}
	if i < len(toks) {
		switch toks[i].Norm {
		case "the", "a", "an", "its", "their", "his", "her":
			i++
		}
	}
	for j := i; j < len(toks) && j <= i+2; j++ {
		if IsStopWord(toks[j].Norm) {
			break // "the plan for time off": past the head noun
		}
		if isQuantityNoun(toks[j].Norm) {
			return j
		}
	}
	return -1
}

// alternatives returns the index keys a question word may match: itself,
// else words one typo away, then synonyms and derived forms, from the
// tables the inverted index precomputed.
func (a *Article) alternatives(key, norm string) []alt {
	exp := a.index.post.Expand(key, norm)
	out := make([]alt, len(exp))
	for i, e := range exp {
		out[i] = alt{e.Key, e.Weight}
	}
	return out
}

// numberWeight is the credit of a number written the other way ("26" for
// "twenty-six"): the same value, not the same word.
const numberWeight = 0.9

// synonymWeight is the credit for matching a word through a synonym.
const synonymWeight = 0.6

// phraseAlternatives adds to the alternatives of a question's verb those
// of the phrasal verb it opens, as WordNet lists it ("signed in" → "sign
// in", "turned down" → "turn down" → "refuse", "stepped down" → "resign"):
// the words taken one by one never reach them. The phrase's relatives
// count as the relations they are (a synonym of the phrase as a synonym of
// the word); what the verb alone matches is kept.
func (a *Article) phraseAlternatives(toks []Token, tok Token, alts []alt) []alt {
	k := slices.IndexFunc(toks, func(u Token) bool { return u.Start == tok.Start })
	if k < 0 || k+1 >= len(toks) || isCapitalised(tok) || isCapitalised(toks[k+1]) {
		return alts
	}
	lx := lexicon.Default()
	next := toks[k+1].Norm
	for _, l := range append(lx.Lemma(tok.Norm), tok.Norm) {
		p := l + " " + next
		if !lx.IsVerb(p) {
			continue
		}
		for _, e := range a.index.post.ExpandPhrase(p) {
			if !containsAlt(alts, e.Key) {
				alts = append(alts, alt{e.Key, e.Weight})
			}
		}
		break
	}
	return alts
}

func containsAlt(xs []alt, key string) bool {
	for _, x := range xs {
		if x.key == key {
			return true
		}
	}
	return false
}

// lastRune returns the last character of s past closing quotes and
// brackets, as a string ("" for none).
func lastRune(s string) string {
	s = strings.TrimRight(strings.TrimSpace(s), "\"'”’)]")
	if s == "" {
		return ""
	}
	r := []rune(s)
	return string(r[len(r)-1])
}

// openerPrepositions are the prepositions and conjunctions, not stop words,
// that open a question ("Since when …", "Despite what …", "Amid which
// protests …") and that WordNet lacks or knows as a rare noun ("despite"):
// never a name there.
var openerPrepositions = wordSet(`since despite amid amidst among amongst unlike besides beside following regarding
	concerning including excluding considering although though unless whereas upon within without toward towards
	beyond across along around behind beneath near like per via apart`)

// imperativeOpener reports a question that opens with a verb in its base
// form before a determiner ("Name the countries …", "List the …", "Give
// the date …"): an instruction, whose capital is no name's.
func imperativeOpener(lx *lexicon.Lexicon, toks []Token) bool {
	if len(toks) < 2 || !lx.IsVerb(toks[0].Norm) {
		return false
	}
	switch toks[1].Norm {
	case "the", "a", "an", "all", "every", "each", "any", "both", "two", "three":
		return !isCapitalised(toks[1])
	}
	return false
}

// openerNotName reports a word that, capitalised at the start of a
// question, is no proper name: WordNet knows it only as an adverb,
// adjective or verb ("Besides", "Apart", "Overall"), never as a noun, which
// a name ("Trump", "Turkey") always is.
func openerNotName(lx *lexicon.Lexicon, w string) bool {
	ls := lx.Lemma(w)
	if len(ls) == 0 {
		return false
	}
	for _, l := range ls {
		if lx.IsNoun(l) || lx.IsPlace(l) {
			return false
		}
	}
	return true
}
