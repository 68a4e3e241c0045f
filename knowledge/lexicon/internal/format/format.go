// Package format is the word table's format, shared by the generator (gen)
// and its reader (package lexicon) so that the two cannot drift apart.
package format

// Flags of a word line (its second field, decimal).
const (
	Noun = 1 << iota
	Verb
	Adj
	Adv
	Person    // a role noun
	Org       // an organisation noun or name
	Female    // a role noun that states a woman
	Male      // a role noun that states a man
	Place     // a place name (the third field gives its kind)
	Common    // mostly no proper name
	Inflected // a lemma seen less often than a word it inflects
)

// Fields of a word line, after the word itself (tab-separated).
const (
	FieldFlags = iota + 1
	FieldKind
	FieldSynonyms
	FieldDerived
	FieldPertainyms
	FieldHypernyms
	FieldAntonyms
	FieldExceptions
	FieldSupersenses
	FieldHyponyms
	FieldHolonyms
	// FieldRareSynonyms and FieldRareHypernyms hold the synonyms and
	// hypernyms of the senses the common-sense fields leave out, each a
	// base-36 line number, a colon and a strength digit 1-9 (9 strongest).
	FieldRareSynonyms
	FieldRareHypernyms
	// FieldKinds holds the general classes a noun is a kind of above its
	// hypernyms ("cattle" → "animal"), nearest first.
	FieldKinds
)

// Supersenses are WordNet's lexicographer files by number.
var Supersenses = [...]string{
	"adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
	"noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
	"noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
	"noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
	"noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
	"verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition",
	"verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
	"verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather", "adj.ppl",
}
