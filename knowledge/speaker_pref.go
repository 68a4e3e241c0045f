package knowledge

import "strings"

// speechNouns name what someone said or thinks, after their possessive
// ("the mayor's response", "Hale's view").
var speechNouns = wordSet(`view views stance position opinion opinions reaction response responses comment comments
	remark remarks words message warning assessment explanation argument answer reply verdict account`)

// thinkVerbs ask what someone thinks ("What does the coach think of …").
var thinkVerbs = wordSet(`think thinks thought feel feels felt believe believes believed expect expects expected`)

// asksSpeech reports a question about what the person it asks about said
// or thinks, naming them as the one who speaks: "What did Okafor say
// about …", "How did the coroner describe …", "According to the mayor,
// …", "What is Hale's view on …", "What does the coach think of …" — not
// a question that only names them ("Is the memorandum Putin wants …",
// "How does the article describe Trump's approach?").
func asksSpeech(q *query) bool {
	from, to := q.speakerAt[0], q.speakerAt[1]
	toks := q.toks
	if q.speaker == "" || from < 0 || to >= len(toks) {
		return false
	}
	if accordingTo(toks, from) {
		return true
	}
	k := to
	for k+1 < len(toks) && k < to+3 && isCapitalised(toks[k+1]) && !hasPossessive(toks[k]) {
		k++ // the rest of a name: "Tom Hadley"
	}
	if hasPossessive(toks[k]) {
		return k+1 < len(toks) && speechNouns[toks[k+1].Norm]
	}
	k++
	if k < len(toks) && (strings.HasSuffix(toks[k].Norm, "ly") || toks[k].Norm == "also" || toks[k].Norm == "first") {
		k++ // "What did the mayor actually say"
	}
	if k >= len(toks) || toks[k].Norm == "call" || toks[k].Norm == "called" {
		// "Which member did the Speaker call to order?", "Who did Trump
		// call?": a call names or rings someone, it says nothing.
		return false
	}
	n := toks[k].Norm
	if talkVerbs[n] {
		// "What did the mayor speak about?" asks for her words; "How long
		// did the minister speak?" for the speech's length.
		return k+1 < len(toks) && (toks[k+1].Norm == "about" || toks[k+1].Norm == "on" || toks[k+1].Norm == "of")
	}
	return framingVerbs[n] || thinkVerbs[n] || askVerbs[n] || sayVerbs[n]
}

// talkVerbs tell that someone spoke, not what they said.
var talkVerbs = wordSet(`speak speaks speaking spoke spoken talk talks talked talking`)

// sayVerbs say something in words, beyond framingVerbs (speechVerbs has
// wishes and acts too: "want", "refuse", "post").
var sayVerbs = wordSet(`argue argued argues warn warned warns insist insisted insists suggest suggested suggests
	explain explained explains declare declared declares announce announced announces propose proposed proposes
	predict predicted predicts write wrote writes tweet tweeted reaffirm reaffirmed outline outlined express expressed
	recommend recommended insist demand demanded`)

// askVerbs ask or answer in words: "What did the commissioner ask drivers
// to do?" asks for what she said.
var askVerbs = wordSet(`ask asked asks urge urged urges beg begged plead pleaded reply replied answer answered
	admit admitted testify testified recall recalled concede conceded deny denied promise promised`)

// saysInPassage reports whether the passage shown for sentence i holds
// words the article attributes to who: a sentence of it said by them (or
// reporting speech with them as its subject: "The town's MP, Sir Anthony
// Blake-Hollis, said …" may be attributed to "MP"), or the quotation of
// theirs right after it that withQuotation brings.
func (a *Article) saysInPassage(q *query, i int, who string) bool {
	says := func(j int) bool {
		s := a.Sentences[j]
		return s.SaidBy == who || s.SaidBy != "" && s.Speaker == who
	}
	p := a.widenedPassage(q, i)
	lo, hi := p.Sentences[0], p.Sentences[len(p.Sentences)-1]
	for j := lo; j <= hi; j++ {
		if says(j) {
			return true
		}
	}
	j := hi + 1
	if j >= len(a.Sentences) || !says(j) || a.Sentences[j].End-a.Sentences[lo].Start > maxPassageBytes {
		return false
	}
	s := a.Sentences[j]
	if s.Paragraph != a.Sentences[hi].Paragraph && !opensQuotation(s.Text) {
		return false
	}
	return hasQuoteMark(s.Text) || s.LeadingPronoun
}

// Limits of preferSpeaker: it looks at the hits ranked just below the
// first, takes one only when its retrieval score is a fair share of the
// first's, and only when it covers the topic asked about (the question's
// words other than the speaker's) about as well as the first does.
const (
	speakerHits      = 4
	speakerBaseShare = 0.4
	speakerTopic     = 0.5
	speakerTopicRel  = 0.8
)

// preferSpeaker moves to the front, for a question about what someone said
// (asksSpeech), the best of the next few hits whose passage is what they
// are reported to have said, when the first hit's passage is not (a
// sentence that only names them, or someone else's words): the question
// asks for their words, not for words about them. It never moves a passage
// that does not match the topic asked about as well as the first: a quote
// of theirs on another subject is not the answer either. hits are in
// reranked order; base gives each shown sentence's retrieval score.
func (a *Article) preferSpeaker(q *query, hits []Hit, base map[int]float64) []Hit {
	if len(hits) < 2 || !asksSpeech(q) {
		return hits
	}
	who := q.speaker
	if a.saysInPassage(q, hits[0].Sentence, who) {
		return hits
	}
	skip := a.index.stem(Fold(who))
	top := a.termCoverage(q, hits[0].Sentence, true, false, skip)
	for k := 1; k < len(hits) && k < speakerHits; k++ {
		h := hits[k]
		if base[h.Sentence] < speakerBaseShare*base[hits[0].Sentence] || !a.saysInPassage(q, h.Sentence, who) {
			continue
		}
		if c := a.termCoverage(q, h.Sentence, true, false, skip); c < speakerTopic || c < speakerTopicRel*top {
			continue
		}
		out := make([]Hit, 0, len(hits))
		out = append(out, h)
		out = append(out, hits[:k]...)
		return append(out, hits[k+1:]...)
	}
	return hits
}
