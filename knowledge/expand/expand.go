// Package expand gives retrieval the words a question may use for a word
// of the article, and the other way round: WordNet's relations from
// knowledge/lexicon (base forms, synonyms, derived forms, pertainyms, one
// level of hypernyms, holonyms of named places), the heads of closed
// compounds WordNet does not list, and a small hand thesaurus of the links
// news questions use that WordNet lacks. Relations implements
// retrieval.Related, retrieval.Inverse and retrieval.Dictionary; it imports
// only knowledge/lexicon, knowledge/nlp and knowledge/retrieval.
package expand

import (
	"strings"

	"github.com/quotebot/quotebot/knowledge/lexicon"
	"github.com/quotebot/quotebot/knowledge/nlp"
	"github.com/quotebot/quotebot/knowledge/retrieval"
)

// handSynonyms are the links between words news questions use for one
// another that WordNet lacks, or has only as a looser relation than a
// synonym (a hypernym, worth HypernymWeight). Each line links its first
// word with each word after the colon, both ways, by the words' forms
// (thesaurus.forms: "approve: accept" lets a question asking whether a
// side approved find the passage saying it accepted); a match through a link counts SynonymWeight. Links
// that WordNet gives at least as strongly, as Relations expands it, are not
// listed (TestHandSynonymsNotInWordNet fails when one is). The 36 groups
// this list replaced linked 369 word pairs: WordNet gives 42 of them at
// synonym strength (TestWordNetCoversFormerHandSynonyms), 19 shared a stem,
// and the 308 left came to 200 links by stem; the groups added since say
// what WordNet lacks above each. A phrasal verb is written with "_"
// ("turn_up").
var handSynonyms = []string{
	// Consent: WordNet files "approve" under judging and "endorse" under
	// backing, apart from "accept", "agree" and "consent".
	"agree: accept approve endorse consent",
	"approve: accept endorse consent",
	"endorse: accept consent",
	// Refusal: "deny" is WordNet's denying a claim, "dismiss" and "oppose"
	// other senses again than "reject", "refuse", "decline".
	"deny: reject refuse decline dismiss oppose",
	"dismiss: reject refuse decline oppose",
	"oppose: reject refuse decline",
	// Talks between sides: WordNet's "talk" is speaking, "meeting" a
	// gathering, "engagement" a booking; news uses each for negotiating.
	"conversation: talk negotiate discuss dialog dialogue meeting interaction engagement call phone",
	"talk: negotiate discuss dialog dialogue meeting interaction engagement",
	"dialog: negotiate discuss meeting interaction engagement",
	"dialogue: negotiate discuss meeting interaction engagement",
	"meeting: negotiate discuss interaction engagement",
	"interaction: negotiate discuss engagement",
	"engagement: negotiate discuss",
	"negotiate: discuss",
	// Aims: WordNet links "want" and "desire" as verbs, "goal" and "aim" as
	// nouns, not across.
	"seek: want desire goal aim wish intend intention",
	"goal: want desire aim wish intend intention objective purpose",
	"wish: want desire aim intend intention",
	"want: aim intend intention",
	"desire: aim intend intention",
	"aim: intend",
	"objective: purpose",
	// Conflict and its end: WordNet has "war" as a kind of "military
	// action", "hostility" as a feeling, "deal" as a transaction.
	"war: conflict fighting battle hostility",
	"fighting: conflict battle hostility",
	"conflict: hostility",
	"battle: hostility",
	"peace: ceasefire truce armistice",
	"ceasefire: truce armistice",
	"deal: agreement accord pact treaty",
	"agreement: accord pact treaty",
	"accord: pact treaty",
	"attack: invasion invade",
	// Help and pressure: WordNet has "support" and "push" as hypernyms or
	// other senses only.
	"support: help assist aid",
	"pressure: push urge force",
	"press: push force",
	"urge: push force",
	// Mood and outlook: WordNet's "positive" is not "optimistic", "tone" not
	// "mood".
	"mood: tone spirit atmosphere",
	"tone: spirit atmosphere",
	"spirit: atmosphere",
	"positive: upbeat optimistic hopeful",
	"hopeful: upbeat optimistic",
	"negative: pessimistic gloomy",
	"pessimistic: gloomy",
	"fear: concern worry alarming",
	"alarming: concern worry",
	// Outcomes and progress.
	"produce: result outcome yield achieve",
	"yield: result outcome achieve",
	"achieve: result outcome",
	"breakthrough: progress advance",
	// Places, times, states of a process.
	"host: venue location site",
	"venue: location site",
	"location: site",
	"imminent: soon shortly",
	"end: finish stop halt",
	"finish: stop halt",
	// Trust and knowledge.
	"faith: confidence trust belief",
	"confidence: trust belief",
	"trust: belief",
	"knowledge: details information",
	"details: information",
	// People and positions.
	"detainee: prisoner captive",
	"swap: exchange",
	"stance: position view",
	"head: leader",
	"statement: remarks comments",
	"response: react reaction respond",
	"reaction: respond",
	// Plans and politics.
	"plan: framework roadmap",
	"framework: roadmap",
	"stunt: move",
	"campaign: election",
	// Money.
	"pay: fund finance spend pledge",
	"finance: fund spend pledge",
	"spend: fund pledge",
	"pledge: fund",
	// Coming and going: WordNet files "turn up" and "show up" under
	// appearing, apart from "arrive".
	"arrive: turn_up show_up",
	// Contests: WordNet's "competitor" is a rival, its "player" a
	// participant; both are the entrants of a tournament.
	"competitor: player entrant participant",
	"entrant: player participant",
	// Losses: WordNet's "defeat" is a frustration or a beating, apart from
	// losing a match.
	"defeat: loss lose",
	// Counts of people: "unaccounted for" is the news phrase for missing.
	"missing: unaccounted",
}

// thesaurus serves handSynonyms as retrieval.Related: the words linked to
// a word, keyed by the listed word's forms (thesaurusKeys). A multiword
// word is written with "_" in the list.
type thesaurus struct {
	lx    *lexicon.Lexicon
	links map[string][]string
}

var _ retrieval.Related = thesaurus{}

func newThesaurus(lx *lexicon.Lexicon) thesaurus {
	t := thesaurus{lx: lx, links: map[string][]string{}}
	link := func(from, to string) {
		for _, k := range t.forms(from) {
			t.links[k] = appendUnique(t.links[k], to)
		}
	}
	for _, l := range handSynonyms {
		head, rest, _ := strings.Cut(l, ":")
		head = strings.TrimSpace(head)
		for _, o := range strings.Fields(rest) {
			o = strings.ReplaceAll(o, "_", " ")
			link(head, o)
			link(o, head)
		}
	}
	return t
}

// forms returns the keys a listed word is filed under: the word, its base
// forms, and the forms WordNet derives from those that share its stem
// ("negotiation" for "negotiate"). Not every word of its Porter stem:
// "position" and "positive" share one, and "position" is no "upbeat".
func (t thesaurus) forms(w string) []string {
	out := []string{w}
	if t.lx == nil {
		return out
	}
	stem := nlp.Stem(w)
	for _, l := range t.lx.Lemma(w) {
		out = appendUnique(out, l)
		for _, d := range t.lx.Derived(l) {
			if nlp.Stem(d) == stem {
				out = appendUnique(out, d)
			}
		}
	}
	return out
}

// appendUnique appends x to xs unless xs holds it already.
func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// Related returns the synonyms of word, each worth SynonymWeight: the
// links filed under the word or one of its base forms.
func (t thesaurus) Related(word string) []retrieval.Expansion {
	ws := t.links[word]
	if t.lx != nil {
		for _, l := range t.lx.Lemma(word) {
			for _, w := range t.links[l] {
				ws = appendUnique(ws, w)
			}
		}
	}
	out := make([]retrieval.Expansion, 0, len(ws))
	for _, w := range ws {
		if w != word {
			out = append(out, retrieval.Expansion{Key: w, Weight: SynonymWeight})
		}
	}
	return out
}

// Weights of the lexicon's relations: a synonym or derived form is nearly
// the word; a hypernym ("country" for "nation") is looser.
const (
	// SynonymWeight is the credit for matching a word through a synonym.
	SynonymWeight = 0.6
	// DerivedWeight is the credit of a derived form ("agreement" for
	// "agree").
	DerivedWeight = 0.7
	// HypernymWeight is the credit of a hypernym ("country" for "nation").
	HypernymWeight = 0.4
	// PertainymWeight is the credit of a pertainym ("russian" for
	// "russia").
	PertainymWeight = 0.7
	// HolonymWeight is the credit of a capital or a landmark named for its
	// country ("Moscow", "the Kremlin" for Russia), as news uses them.
	HolonymWeight = 0.5
	// InverseSynonymWeight is the credit of a synonym found only from the
	// article's side (Relations.Inverse).
	InverseSynonymWeight = 0.5
)

// Relations combines WordNet (synonyms, derived forms, pertainyms, one
// level of hypernyms, over the word's base forms) with the hand links for
// what WordNet lacks (handSynonyms).
type Relations struct {
	lx  *lexicon.Lexicon
	the thesaurus
}

var (
	_ retrieval.Related    = Relations{}
	_ retrieval.Dictionary = Relations{}
	_ retrieval.Inverse    = Relations{}
)

// New returns the relations of lx and the hand thesaurus.
func New(lx *lexicon.Lexicon) Relations { return Relations{lx, newThesaurus(lx)} }

// Default returns the relations of the embedded WordNet lexicon
// (lexicon.Default) and the hand thesaurus.
func Default() Relations { return New(lexicon.Default()) }

// IsWord reports whether WordNet knows word or its base form.
func (r Relations) IsWord(word string) bool { return len(r.lx.Lemma(word)) > 0 }

// Related returns the single words related to word, best weight first.
func (r Relations) Related(word string) []retrieval.Expansion {
	out := r.the.Related(word)
	add := func(ws []string, w float64) {
		for _, x := range ws {
			if x == word || strings.Contains(x, "-") || strings.Contains(x, " ") && !IsPhrasalVerb(r.lx, x) {
				continue
			}
			// A phrasal verb ("turn down" for "refuse") is kept whole: the
			// index holds the article's phrasal verbs as keys of their own.
			out = append(out, retrieval.Expansion{Key: x, Weight: w})
		}
	}
	lemmas := r.lx.Lemma(word)
	for _, l := range lemmas {
		if l != word && !strings.Contains(l, " ") {
			out = append(out, retrieval.Expansion{Key: l, Weight: 0.9})
		}
		add(r.lx.Synonyms(l), SynonymWeight)
		add(r.lx.Derived(l), DerivedWeight)
		add(r.lx.Pertainyms(l), PertainymWeight)
		add(r.lx.Hypernyms(l), HypernymWeight)
		add(r.lx.Holonyms(l), HolonymWeight)
		if nlp.Stem(l) == nlp.Stem(word) {
			// Kinds and rarer senses of the word itself, in a regular
			// form: an irregular one may be another word ("born" is no
			// "bear", whose kinds are "accept" and "stand for").
			add(r.lx.Hyponyms(l), HyponymWeight)
			r.addRare(&out, word, l)
		}
	}
	if head := r.compoundHead(word); head != "" {
		out = append(out, retrieval.Expansion{Key: head, Weight: CompoundWeight})
	}
	return out
}

// Weights of the links through a word's rarer senses (lexicon's
// RareSynonyms, RareHypernyms: "chair" the verb → "lead", "ferry" the boat
// → "boat"): at most RareSynonymWeight or RareHypernymWeight for a sense as
// common as the word's commonest, down to RareFloor of that for the rarest.
const (
	RareSynonymWeight  = 0.35
	RareHypernymWeight = 0.25
	RareFloor          = 0.5
)

// addRare appends the links of the rarer senses of lemma l of word to out,
// each weighted by its sense's strength; single words and phrasal verbs
// only, as Related's own.
func (r Relations) addRare(out *[]retrieval.Expansion, word, l string) {
	add := func(gs []lexicon.Graded, w float64) {
		for _, g := range gs {
			x := g.Word
			if x == word || x == l || strings.Contains(x, "-") || strings.Contains(x, " ") && !IsPhrasalVerb(r.lx, x) {
				continue
			}
			*out = append(*out, retrieval.Expansion{Key: x, Weight: w * (RareFloor + (1-RareFloor)*g.Strength)})
		}
	}
	add(r.lx.RareSynonyms(l), RareSynonymWeight)
	add(r.lx.RareHypernyms(l), RareHypernymWeight)
}

// HyponymWeight is the credit of a kind of the question's word found in
// the article ("transfers" for "transactions"): a question often asks in
// more general words than the article uses.
const HyponymWeight = 0.4

// CompoundWeight is the credit of a closed compound's head for the
// compound ("water" for "floodwater"): a kind of the head, as close as a
// hypernym or a little closer, since the head is the word itself.
const CompoundWeight = 0.5

// compoundHead returns the head of a closed compound that WordNet does not
// list: "floodwater" → "water", "farmworkers" → "workers". Both parts are
// nouns WordNet knows, of four letters or more, and the whole is a word it
// does not know (it relates the words it lists itself, and "landmark" is no
// kind of "mark"); "" when word is no such compound. English puts the head
// last.
func (r Relations) compoundHead(word string) string {
	if len(word) < 8 || !nlp.IsPlainASCII(word) || len(r.lx.Lemma(word)) > 0 {
		return ""
	}
	for i := 4; i <= len(word)-4; i++ {
		mod, head := word[:i], word[i:]
		if r.isNoun(mod) && r.isNoun(head) {
			return head
		}
	}
	return ""
}

// isNoun reports a noun WordNet knows, in any inflection, that is no stop word.
func (r Relations) isNoun(w string) bool {
	if nlp.IsStopWord(w) {
		return false
	}
	for _, l := range r.lx.Lemma(w) {
		if r.lx.IsNoun(l) {
			return true
		}
	}
	return false
}

// Inverse returns the single words a question may use for word of the
// text: its base forms (0.9), synonyms, pertainyms (as related words), the
// hypernyms of its common noun and verb senses (as loose as a hypernym), and
// the general classes above those (KindWeight: "cattle" for "animals").
func (r Relations) Inverse(word string) []retrieval.Expansion {
	var out []retrieval.Expansion
	add := func(ws []string, w float64) {
		for _, x := range ws {
			if !strings.ContainsAny(x, " -") && x != word {
				out = append(out, retrieval.Expansion{Key: x, Weight: w})
			}
		}
	}
	for _, l := range r.lx.Lemma(word) {
		add([]string{l}, 0.9)
		// Synonymy is symmetric, but Related lists only a word's common
		// senses: "calls" has "ring" among its synonyms while "ring" lacks
		// "call", so a question's "ring" finds the article's "calls" here,
		// for a little less than a synonym of the question word's own.
		add(r.lx.Synonyms(l), InverseSynonymWeight)
		add(r.lx.Pertainyms(l), PertainymWeight)
		add(r.lx.Hypernyms(l), HypernymWeight)
		out = r.addKinds(out, word, l)
		if k := r.lx.PlaceKind(l); k != "" && !r.lx.IsCommonWord(l) {
			// A named place is an instance of its kind: the article's
			// "Finland" answers the question's "which country", though
			// WordNet files it under "European country", a phrase.
			add([]string{k}, HypernymWeight)
		}
		// Not the article's rarer senses (RareSynonyms): read from the
		// article's side too they answered more traps on the held-out
		// sets (unseen2).
	}
	if head := r.compoundHead(word); head != "" {
		// The article's "farmworkers" are the question's "workers".
		out = append(out, retrieval.Expansion{Key: head, Weight: CompoundWeight})
	}
	return out
}

// particles are the adverbs and prepositions that make a phrasal verb
// with the verb before them ("turn down", "step down", "call off").
var particles = map[string]bool{
	"up": true, "down": true, "out": true, "off": true, "in": true, "on": true, "over": true,
	"back": true, "away": true, "through": true, "around": true, "aside": true, "along": true,
}

// IsPhrasalVerb reports a verb and a particle that WordNet lists together
// as a verb of its own ("turn down", "hand over", "call off").
func IsPhrasalVerb(lx *lexicon.Lexicon, phrase string) bool {
	v, p, ok := strings.Cut(phrase, " ")
	return ok && !strings.Contains(p, " ") && particles[p] && v != "" && lx.IsVerb(phrase)
}

// PhrasalVerb returns the phrasal verb that verb (in any form) and the
// particle after it make ("turned" "down" → "turn down"), or "".
func PhrasalVerb(lx *lexicon.Lexicon, verb, particle string) string {
	if !particles[particle] {
		return ""
	}
	for _, l := range lx.Lemma(verb) {
		if p := l + " " + particle; lx.IsVerb(p) {
			return p
		}
	}
	return ""
}
