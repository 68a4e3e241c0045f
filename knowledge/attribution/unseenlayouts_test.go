package attribution

import "testing"

// TestUnseenLayouts holds the sieves to the layouts the dev8 stress set
// brought (a radio transcript labelled by initials, an official record's
// office labels, a live page's readers' messages, a first-person column and
// a letters page), each on invented text: the quotation's speaker and the
// rule that decided.
func TestUnseenLayouts(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"a transcript labelled by the speakers' initials",
			"Minister\nHealth Minister Orla Brennan spoke to presenter Tom Garvey on Monday.\nTG: Minister, why now?\nOB: Because the waiting lists are too long.\nTG: And the cost?\nOB: We have budgeted for it.\n",
			"Because the waiting lists are too long.", "Brennan", "qa"},
		{"an office's portfolio before the name is no part of it ('Minister for Housing Ana Roe')",
			"Homes\nMinister for Housing Ana Roe said the plan would deliver \"homes, not promises.\"\n",
			"homes, not promises.", "Roe", "speech-before"},
		{"an official record's office labels in a run of turns",
			"Debate\nThe Premier, Liam Dowd, faced questions from Deputy Ruth Kane.\nDeputy Ruth Kane: Will the Premier answer?\nThe Premier: I am answering.\nDeputy Ruth Kane: He is not.\nThe Premier: The money is in the budget.\n",
			"The money is in the budget.", "Dowd", "qa"},
		{"a presiding officer's office label held by the person set beside it",
			"Debate\nThe Premier, Liam Dowd, faced questions from Deputy Ruth Kane.\nDeputy Ruth Kane: Will the Premier answer?\nThe Premier: I am answering.\nAn Cathaoirleach: Deputy, please.\nThe Premier: The money is in the budget.\nThe Cathaoirleach, Nora Glynn, later called a break.\n",
			"Deputy, please.", "Glynn", "qa"},
		{"a lone 'The Verdict:' line is no turn",
			"Review\nThe film runs three hours.\nThe Verdict: \"Too long by half,\" said critic Ada Moss.\n",
			"Too long by half,", "Moss", "paragraph-speaker"},
		{"readers' messages labelled by given name and town",
			"Live: Rovers v Town\n12 min — Rovers are on top.\nKieran, Ardmore: Best start all season.\nSue in Kilbride: Town look asleep.\n20 min — Goal for Rovers.\n",
			"Town look asleep.", "Sue", "qa"},
		{"a pundit's quoted line under his surname is no transcript turn",
			"Live\nWith pundit Lee Tremlett.\nTremlett: “Told you so.”\nKieran, Ardmore: Best start all season.\nTremlett: “Fair call.”\nSue in Kilbride: Town look asleep.\n",
			"Told you so.", "Tremlett", "colon"},
		{"a roundtable's questions under the publication's name are its chair's",
			"Roundtable\nThe discussion was chaired by Homeworld’s housing editor, Lena Marsh.\nHOMEWORLD: Whose fault is it?\nRUTH: Not the planners’.\nHOMEWORLD: Who then?\nRUTH: The banks.\n",
			"Whose fault is it?", "Marsh", "qa"},
		{"a nested quotation eight words after its 'I said' is the outer speaker's own",
			"Headline\nRovers manager Dean Achebe was delighted. “Femi waited all season. I said to him before he went on, ‘You’ll get one chance.’ And he did,” Achebe said.\n",
			"You’ll get one chance.", "Achebe", "nested"},
		{"an office set beside a name as its appositive is the person's ('The Ceann Comhairle, Nora Glynn, replied:')",
			"Debate\nDeputies clashed on Tuesday.\nThe Ceann Comhairle, Nora Glynn, replied: “Deputies, please.”\n",
			"Deputies, please.", "Glynn", "speech-before"},
		{"the pronoun 'I' after a name is no part of it, and a reply received is from whom the writer wrote to",
			"Letters\nAs a member of Haddon Wheelers I was pleased. I wrote to Haddon Borough Council to ask where it would go and received this reply: “The route is subject to design.”\nTom Bright, Lower Haddon\n",
			"The route is subject to design.", "Haddon Borough Council", "reply-received"},
		{"a role subject of a clause after ', and' is the next sentence's 'he'",
			"Letters\nMy bin was missed. By four a lorry had come back for it, and the driver got out and apologised. “My fault, love,” he said.\n",
			"My fault, love,", "the driver", "speech-after"},
		{"a bare 'A spokesman said' speaks for the body the sentence before brought in",
			"Letters\nCllr Hamid Qureshi defended the cuts.\nEditor’s note: We put these points to the council. A spokesman said: “The hours will be reviewed.”\nThe Haddon Borough Council meets on Monday.\n",
			"The hours will be reviewed.", "Haddon Borough Council", "speech-before"},
		{"'I told him' in an as-told-to column is its teller's",
			"Experience: I drove the last tram\n‘It was a good life’ — Mary Kehoe, 80, as told to Ann Quinn\nThe inspector, Tom Vale, asked if I could drive it. I told him, “Watch me.” He did.\n",
			"Watch me.", "Kehoe", "first-person"},
		{"'I said' in a letter is the letter's signer's, below it",
			"Letters\nThe bridge\nI sat on the council that built it. I said so in the chamber then: “We are building for a town that does not exist.”\nDennis Achebe (former councillor), Haddon\nThe library\nThe new hours are wrong, as Cllr Tom Hale admitted.\nMargaret Ellery, Haddon\n",
			"We are building for a town that does not exist.", "Achebe", "first-person"},
		{"a sentence after the quotation that opens with 'I' is no attribution",
			"Experience: I drove the last tram\n‘It was a good life’ — Mary Kehoe, 80, as told to Ann Quinn\nA man from head office, Tom Vale, came. “The tram will stay,” he said. “It just won’t need you.” I remember thinking that was the cruellest thing anyone said to me.\n",
			"It just won’t need you.", "Vale", "continuation"},
		{"a pull quote repeating the teller's narration is hers",
			"Experience: I drove the last tram\n‘It was a good life’ — Mary Kehoe, 80, as told to Ann Quinn\n“You drive a tram, and the tram drives you.”\nPeople ask if I was bored. You drive a tram, and the tram drives you. That was enough.\n",
			"You drive a tram, and the tram drives you.", "Kehoe", "pull-quote"},
	})
}
