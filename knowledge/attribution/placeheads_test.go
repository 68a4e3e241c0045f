package attribution

import "testing"

// TestFeatureNamedPlaces: a name headed by a word for a waterfall, fell,
// moor or heights ("Cedar Falls", "Cold Fell") is a place, so no
// pronoun or nested quotation goes to it; a given name before a head
// that is also a surname ("Jo Fell") still makes a person.
func TestFeatureNamedPlaces(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker string
	}{
		{"a town named for its falls is no speaker",
			"Final\n\nRidgeview beat Cedar Falls 21-20 on Friday, and the first to reach the kicker was his uncle, Dale Ortiz, 40, who coaches Cedar Falls.\n\n\"He grabbed my arm and said, 'Not bad, kid,'\" the kicker, Sam Ortiz, said.\n",
			"Not bad, kid,", "Dale Ortiz"},
		{"a fell is no speaker",
			"Quarry\n\nThe quarry at Black Fell will grow by 38 hectares. Ramblers who cross Black Fell were warned on Monday. \"Stay on the path,\" she said.\n",
			"Stay on the path,", ""},
		{"a given name before a surname head is a person",
			"Radio\n\nThe presenter, Jo Fell, took the first call. \"Go ahead,\" said Jo Fell.\n",
			"Go ahead,", "Fell"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}
