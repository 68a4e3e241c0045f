package attribution

import "testing"

// TestRoleOnlySpeakers holds the convention for people the article never
// names: a definite role phrase speaks for someone known by that role
// ("the dispatcher"), named by the fullest phrase the article uses, or by
// the indefinite phrase it refers back to ("a harbour pilot"); a plain
// description, a voice noun and a role someone named holds do not make
// one.
func TestRoleOnlySpeakers(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"colon form", "The ferry hit the pier at dusk.\nAt 18:02 the dispatcher told the skipper: 'Hold at the buoy.'\n",
			"Hold at the buoy.", "the dispatcher", "speech-before"},
		{"a definite phrase refers back to the indefinite one", "A harbour pilot was on the bridge. The harbour pilot had worked ten hours.\nThe pilot said: 'I never saw the van.'\n",
			"I never saw the van.", "a harbour pilot", "speech-before"},
		{"hyphenated role", "The freighter lost power off Dover.\nThe co-driver shouted: 'Brake now.'\n",
			"Brake now.", "the co-driver", "speech-before"},
		{"after the quotation", "The ferry hit the pier at dusk.\n'We are taking water,' the skipper said.\n",
			"We are taking water,", "the skipper", "speech-after"},
		{"a pronoun after an opening role phrase", "Trent Airlines flew the route that night. The ferry pilot waited.\nThe navigator checked the charts twice. ‘We are off course,’ she said.\n",
			"We are off course,", "the navigator", "speech-after"},
		{"over a fronted phrase", "Trent Airlines flew the route that night.\nAccording to the log, the navigator radioed the tower. ‘We are off course,’ she said.\n",
			"We are off course,", "the navigator", "speech-after"},
		{"a possessor is no modifier", "Trent Airlines flew the route. The jet's navigator checked the charts.\nThe navigator said: ‘We are off course.’\n",
			"We are off course.", "the navigator", "speech-before"},
		{"a named holder keeps it", "Dispatcher Mona Ruell was on duty.\nThe dispatcher said: 'Hold at the buoy.'\n",
			"Hold at the buoy.", "Ruell", "speech-before"},
		{"nested, a word the lexicon lacks", "Ivo Brandt bowled all day.\n‘The physio told me, “Rest your back,” and I did,’ Brandt said.\n",
			"Rest your back,", "the physio", "nested"},
		// As in narration, an indefinite role phrase names the speaker.
		{"nested, an indefinite role phrase names the speaker", "Ivo Brandt bowled all day.\n‘A physio told me, “Rest your back,” and I did,’ Brandt said.\n",
			"Rest your back,", "a physio", "nested"},
		{"possessive role phrase", "Marco Vitali won the rally on Sunday.\n‘Keep it steady, Marco,’ his co-driver told him as the stage began.\n",
			"Keep it steady, Marco,", "his co-driver", "speech-after"},
		{"possessive role phrase with a modifier", "Ana Ruiz led from the start.\n‘Box this lap,’ her race engineer told her.\n",
			"Box this lap,", "her race engineer", "speech-after"},
		{"another possessor's named holder", "Ana Ruiz led from the start. Behind her, Lena Holt was told by her engineer, Tom Vale, to push.\nRuiz slowed late.\n‘Box this lap,’ her engineer told her.\n",
			"Box this lap,", "her engineer", "speech-after"},
		{"a named holder of the possessor's role keeps it", "Ana Ruiz led from the start. Her engineer, Tom Vale, watched the gap.\n‘Box this lap,’ her engineer told her.\n",
			"Box this lap,", "Vale", "speech-after"},
		{"plain description stays anonymous", "A woman was on the pier.\nThe woman said: 'It came so fast.'\n",
			"It came so fast.", "", "speech-before"},
		// The held-out sets' convention (dev6 README): someone known only
		// by an indefinite role phrase is named by it.
		{"indefinite role phrase names the speaker", "The ferry hit the pier.\nA deckhand said: 'It came so fast.'\n",
			"It came so fast.", "a deckhand", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}

// TestReplyNoun holds that a quotation a colon introduces as "the reply"
// goes to the other party of the exchange just quoted: the latest speaker
// before the one quoted last who is someone else.
func TestReplyNoun(t *testing.T) {
	const radio = "Nina Holm flew the night mail. Tower controller Piet Moss watched the screen.\n‘Hold at the fix,’ Moss said. ‘Request lower,’ Holm said at 02:10. The reply was brief: ‘Descend to four thousand.’\n"
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"the reply", radio, "Descend to four thousand.", "Moss", "reply-noun"},
		{"came the answer", "Nina Holm flew the night mail. Tower controller Piet Moss watched the screen.\n‘Hold at the fix,’ Moss said. ‘Request lower,’ Holm said at 02:10. Back came the answer: ‘Descend to four thousand.’\n",
			"Descend to four thousand.", "Moss", "reply-noun"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule) })
	}
}
