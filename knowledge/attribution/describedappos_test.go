package attribution

import "testing"

// TestDescribedAppositiveSpeakers: a described person the article never
// names speaks in shapes beyond "a <noun> said": an appositive after the
// description ("One evacuee, a retired schoolteacher who declined to give
// her name, sat …") whose own-name pronoun shows her gender, so that the
// next paragraph's "she said" is hers and never a man's; a definite
// description with a restrictive relative clause ("The man who owns the
// hardware store, who asked not to be named, said"); a plain "the woman
// said" back to the one described person of the paragraph; and a
// relative's label quoted by the person reporting it ("his late wife had
// called the post office the village's ‘front room’"). A named speaker's
// own verb, a gender that does not fit and a named relative keep the
// quotation where it was.
func TestDescribedAppositiveSpeakers(t *testing.T) {
	runSieveTable(t, []sieveCase{
		// Disaster, US: an appositive with a restrictive clause, a man
		// named and quoted just before.
		{"a described person with an appositive, then she said",
			"Wildfire\n\nRancher Dale Hutton, 61, said the wind turned at midnight. \"We lost the whole fence line,\" Hutton said.\n\nOne resident, a retired nurse who declined to give her name, waited by the shelter door with a dog on a lead.\n\n\"I took the dog and my insulin,\" she said. \"Everything else can burn.\"\n",
			"I took the dog and my insulin,", "one resident", "speech-after"},
		{"its continuation",
			"Wildfire\n\nRancher Dale Hutton, 61, said the wind turned at midnight. \"We lost the whole fence line,\" Hutton said.\n\nOne resident, a retired nurse who declined to give her name, waited by the shelter door with a dog on a lead.\n\n\"I took the dog and my insulin,\" she said. \"Everything else can burn.\"\n",
			"Everything else can burn.", "one resident", "continuation"},
		// Court, British: the appositive's own-name pronoun is "his".
		{"an appositive whose own-name pronoun is his, then he said",
			"Verdict\n\nJudge Ellen Marsh jailed Carl Booth for six years. \"You showed no remorse,\" the judge told him.\n\nOne spectator, a former miner who asked that his name not be used, shook his head as Booth was led down.\n\n‘He got off lightly,’ he said.\n",
			"He got off lightly,", "one spectator", "speech-after"},
		// Negative: the described man does not take "she said".
		{"a described man does not take she said",
			"Derby\n\nCity manager Sarah Holt said her players were tired. \"We go again on Tuesday,\" Holt said.\n\nOne fan, a retired bus driver who declined to give his name, stood at the gate with a flask.\n\n\"We will be fine,\" she said.\n",
			"We will be fine,", "Holt", "speech-after"},
		// Business, US: a definite description with a restrictive clause,
		// then a non-restrictive one.
		{"the man who owns the store, who asked not to be named, said",
			"Main Street\n\nMayor Linda Grell said the road works would end in May. \"We hear the merchants,\" Grell said.\n\nThe man who owns the hardware store, who asked not to be named, said sales had fallen by half since March.\n\n\"I've cut my own hours to keep the two kids on,\" he said.\n",
			"I've cut my own hours to keep the two kids on,", "the man who owns the hardware store", "speech-after"},
		{"the definite description says its own words",
			"Main Street\n\nMayor Linda Grell said the road works would end in May.\n\nThe woman who runs the bakery on the corner said, \"Nobody can park, so nobody comes.\"\n",
			"Nobody can park, so nobody comes.", "the woman who runs the bakery on the corner", "speech-before"},
		// Negative: the definite description names its person.
		{"a definite description named in its appositive is that person",
			"Main Street\n\nMayor Linda Grell said the road works would end in May.\n\nThe man who owns the hardware store, Frank Dale, said sales had fallen by half. \"It's brutal,\" Dale said.\n",
			"It's brutal,", "Dale", "speech-after"},
		{"a definite description the paragraph names after it is that person",
			"Rescue\n\nThe cat went missing in March.\n\nThe vet who scanned him said he was thin. \"He was in remarkable shape,\" said Dr Hannah Okafor.\n",
			"He was in remarkable shape,", "Okafor", "speech-after"},
		// Sport, British: "the woman said" goes back to the one described
		// person of the paragraph.
		{"the woman said, back to the described person",
			"Relegation\n\nRovers were relegated on Saturday. Manager Keith Orr said he would not resign.\n\nA pensioner who has followed the club since the 1970s, and who asked not to be named, told us she had cried on the way home. ‘I have seen worse sides, but not many,’ the woman said.\n",
			"I have seen worse sides, but not many,", "a pensioner who has followed the club since the 1970s", "speech-after"},
		// Negative: a man is not the described person whose own name
		// shows her gender.
		{"the man said does not go back to a described woman",
			"Prices\n\nA shopper who declined to give her name said prices were up again.\n\n\"It's daylight robbery,\" the man said.\n",
			"It's daylight robbery,", "", "speech-after"},
		// Weather, US: a relative's label for a place.
		{"a relative's label is the relative's",
			"Floods\n\nWalt Kuiper, 80, has farmed beside Dry Creek all his life. He said his grandmother had always called the creek ‘the widow-maker’.\n",
			"the widow-maker", "his grandmother", "kin-label"},
		// Negatives: no relative, a named relative, a sentence not a label.
		{"a label with no relative stays the reporter's",
			"Floods\n\nWalt Kuiper, 80, has farmed beside Dry Creek all his life. He said the old-timers had called the creek ‘the widow-maker’.\n",
			"the widow-maker", "Kuiper", "sentence-verb"},
		{"a long quotation after a relative's verb is no label",
			"Floods\n\nWalt Kuiper, 80, has farmed beside Dry Creek all his life. He said his grandmother had called the creek ‘a thief that comes back every spring for whatever it missed’.\n",
			"a thief that comes back every spring for whatever it missed", "", "speech-before"},
		// An interview's headline quotes its one interviewee (sport, Q&A).
		{"a first-person headline quotation over a Q&A is the interviewee's",
			"‘I never wanted to coach’: the county’s new manager on twenty years in the game\n\nAnna Reyes, 44, took charge of Harmon County on Monday. She talked to us about buses and rain.\n\nQ: Why did you take the job?\n\nA: I was asked three times. The third time I ran out of excuses.\n\nQ: What will change?\n\nA: The warm-ups. We have been doing the same ones since 1998.\n",
			"I never wanted to coach", "Reyes", "headline"},
		{"a headline quotation not in the first person stays unnamed",
			"‘A hard act to follow’: the county’s new manager on twenty years in the game\n\nAnna Reyes, 44, took charge of Harmon County on Monday. She talked to us about buses and rain.\n\nQ: Why did you take the job?\n\nA: I was asked three times. The third time I ran out of excuses.\n",
			"A hard act to follow", "", ""},
	})
}

// TestDescribedAppositiveRole: the appositive's noun is a role of the
// described person, so that a claim's "the retired nurse said" names her;
// a role phrase without an appositive adds none.
func TestDescribedAppositiveRole(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"appositive noun", "Storm\n\nOne resident, a retired nurse who declined to give her name, waited by the door.\n\n\"I took the dog,\" she said.\n", "nurse"},
		{"no appositive", "Storm\n\nOne resident, who declined to give her name, waited by the door.\n\n\"I took the dog,\" she said.\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			got := ""
			for _, e := range r.Entities {
				if e.Name == "one resident" {
					for _, ro := range e.Roles {
						if ro != "resident" {
							got = ro
						}
					}
				}
			}
			if got != tt.want {
				t.Errorf("appositive role %q, want %q", got, tt.want)
			}
		})
	}
}
