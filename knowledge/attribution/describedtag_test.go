package attribution

import "testing"

// TestDescribedTagGender: a described person of unknown gender is the
// "he" or "she" that tags the next quotation, not the gender of a pronoun
// in their reported words, which may stand for what they talk about; a
// name the aside sees or does is not their own; a compound on "holder"
// names a person. Someone named in the tag's sentence, or an appositive
// name, keeps the quotation.
func TestDescribedTagGender(t *testing.T) {
	for _, tt := range []struct {
		name, text, quote, speaker, rule string
	}{
		{"a pronoun in the reported words is the thing talked about",
			"Market\n\nThe organiser, Ruth Bell, said trade was brisk. “We sold out by ten,” she said.\n\nOne shopper from Hull said he was the best butcher in the county. “He never cuts corners,” she said.\n",
			"He never cuts corners,", "one shopper from Hull", "speech-after"},
		{"the pronoun of the reported words agrees with the tag",
			"Market\n\nThe organiser, Ruth Bell, said trade was brisk. “We sold out by ten,” she said.\n\nOne shopper from Hull said he had queued since eight. “I wanted the sausages,” he said.\n",
			"I wanted the sausages,", "one shopper from Hull", "speech-after"},
		{"a name the aside sees is not the speaker's own",
			"Zoo\n\nThe keeper, Tom Hale, fed Bramble at noon. “He eats a lot,” Mr Hale said.\n\nA visitor from York, watching Bramble asleep on a branch, said he looked tired. “He has earned it,” she said.\n",
			"He has earned it,", "a visitor from York", "speech-after"},
		{"an appositive name is the speaker's: described-then-named rules",
			"Review\n\nThe director, Ann Cole, was pleased. “It went well,” she said.\n\nA reviewer at the weekly, Lucas Prieto, called the play “a triumph”.\n",
			"a triumph", "Prieto", ""},
		{"an appositive name after its role is the speaker's",
			"Tribute\n\nHer son, Hugo Lane, said she died at home. “She was singing,” he said.\n\nA former pupil, the baritone Kofi Mensah, said she had rung him before his debut. “She said three words and put the phone down,” he said.\n",
			"She said three words and put the phone down,", "Mensah", ""},
		{"a plot holder",
			"Allotments\n\nThe secretary, Joanna Kwarteng, said the society would fight. “This is our land,” she said.\n\nOne younger plot holder said she had “just got the beans going”.\n",
			"just got the beans going", "one younger plot holder", "speech-before"},
		{"a season-ticket holder",
			"Match\n\nThe manager, Phil Dunne, was furious. “We were robbed,” he said.\n\nA season-ticket holder from Bury said the team had “run out of ideas”.\n",
			"run out of ideas", "a season-ticket holder from Bury", "speech-before"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.rule == "" {
				checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker)
				return
			}
			checkSieve(t, tt.text, tt.quote, tt.speaker, tt.rule)
		})
	}
}
