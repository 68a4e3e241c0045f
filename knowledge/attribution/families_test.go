package attribution

import "testing"

// TestFamilySalience: in articles of several shapes where relatives share
// a surname, a family phrase ("his mother", "her husband", "his father")
// refers to the relative of the person last referred to, whether the
// article introduced the relation in words ("Her son Owen") or only by the
// shared surname; a bare or titled surname right after such a phrase is
// that relative, and a name read later than the phrase resets it.
func TestFamilySalience(t *testing.T) {
	const court = "Sentenced\n\nMaria Lopes, 52, sat in the public gallery. Her son Tiago, 24, admitted burglary.\n\n" +
		"“I am sorry for what I did,” Tiago Lopes said.\n\n“He has grown up in there,” his mother said. “He knows it.”\n\n" +
		"Her son did not look up. “I am ready,” Mr Lopes said.\n"
	const shop = "Corner shop\n\nPeter and Alison Marsh have run the shop on Dale Road for 30 years.\n\n" +
		"“We open at six,” said Alison Marsh. “Every day.”\n\n“He has never taken a day off,” his wife added later.\n\n" +
		"Her husband shrugged. “Somebody has to,” Mr Marsh said.\n"
	const match = "Derby\n\nElla Grant scored twice on Saturday. The Grants are a footballing family.\n\n" +
		"“We argue in the car,” said Ella Grant. Josh Grant, 19, kept goal for the other side.\n\n" +
		"“She is right about that,” her brother said.\n\nHis sister was less kind. “He let one in,” Miss Grant said.\n"
	const meet = "Title\n\nTom Reyes, 16, won the county title. His father, Luis Reyes, coaches him.\n\n" +
		"“I was so nervous,” Tom Reyes said.\n\nHis father laughed. “He was terrified,” Mr Reyes said. “He always is.”\n"
	const meetReset = "Title\n\nTom Reyes, 16, won the county title. His father, Luis Reyes, coaches him.\n\n" +
		"“I was so nervous,” Luis Reyes said.\n\nHis father laughed. Tom Reyes did not. “I was terrified,” Mr Reyes said.\n"
	const swim = "Gala\n\nAmara Nwosu, 17, won three races. Her father, Chidi Nwosu, drove her to every gala.\n\n" +
		"“She trained before school for six years,” her father said.\n"
	const unnamed = "Gala\n\nAmara Nwosu, 17, won three races.\n\n“She trained before school,” her brother said.\n"
	const spouses = "Hole\n\n‘I heard a noise,’ said Grace Okafor. ‘I opened the curtains.’\n\n" +
		"Her husband, Samuel, was dressed for work. ‘She went straight out there,’ he said.\n\n" +
		"Their son, Daniel Okafor, 14, filmed it. ‘Dad was filming too,’ Daniel Okafor said.\n\n" +
		"His father did not dispute it. ‘He has steadier hands,’ Mr Okafor said. ‘I was watching my car.’\n"
	for _, tt := range []struct{ name, text, quote, speaker string }{
		{"court: his mother is the son's introduced mother", court, "He has grown up in there,", "Maria Lopes"},
		{"court: her continuation", court, "He knows it.", "Maria Lopes"},
		{"court: Mr after her son is the son", court, "I am ready,", "Tiago Lopes"},
		{"shop: his wife of the paired couple", shop, "He has never taken a day off,", "Alison Marsh"},
		{"shop: Mr after her husband", shop, "Somebody has to,", "Peter Marsh"},
		{"match: her brother by the shared surname", match, "She is right about that,", "Josh Grant"},
		{"match: Miss after his sister", match, "He let one in,", "Ella Grant"},
		{"meet: Mr after his father, two men of a surname", meet, "He was terrified,", "Luis Reyes"},
		{"meet: the continuation follows", meet, "He always is.", "Luis Reyes"},
		{"meet: a name read after the phrase resets it", meetReset, "I was terrified,", "Tom Reyes"},
		{"swim: her father named in apposition", swim, "She trained before school for six years,", "Chidi Nwosu"},
		{"swim: an unnamed brother names no one", unnamed, "She trained before school,", ""},
		{"spouses: the husband across a paragraph takes the surname", spouses, "She went straight out there,", "Samuel Okafor"},
		{"spouses: Mr after his father", spouses, "He has steadier hands,", "Samuel Okafor"},
		{"spouses: and its continuation", spouses, "I was watching my car.", "Samuel Okafor"},
		{"spouses: the son keeps his own words", spouses, "Dad was filming too,", "Daniel Okafor"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}

// TestUnrelatedNamesakes: two people of one surname who are no family
// (a council's two Patels): the title's gender decides, a family phrase
// decides nothing, and a bare surname both fit stays undecided rather
// than wrong.
func TestUnrelatedNamesakes(t *testing.T) {
	const council = "Budget\n\nCouncillor Anita Patel proposed the cut. Councillor Raj Patel, no relation, opposed it.\n\n" +
		"“It is too costly,” Mr Patel said.\n\n“It pays for itself,” Ms Patel said.\n\n" +
		"His wife was in the gallery. “We will see,” Mr Patel said.\n"
	for _, tt := range []struct{ name, text, quote, speaker string }{
		{"Mr is the man", council, "It is too costly,", "Raj Patel"},
		{"Ms is the woman", council, "It pays for itself,", "Anita Patel"},
		{"his wife is no Patel: Mr stays the man", council, "We will see,", "Raj Patel"},
	} {
		t.Run(tt.name, func(t *testing.T) { checkQuoteSpeaker(t, tt.text, tt.quote, tt.speaker) })
	}
}
