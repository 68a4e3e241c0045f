package attribution

import (
	"slices"
	"strings"
	"testing"

	"github.com/quotebot/quotebot/knowledge/nlp"
)

// TestSieves holds each rule to the pattern it knows: the quotation's
// speaker and the rule that decided.
func TestSieves(t *testing.T) {
	runSieveTable(t, []sieveCase{
		{"said after with name", "Tom Hadley is a senator.\n“We will win,” said Tom Hadley, a Boulder Democrat.\n", "We will win,", "Hadley", "speech-after"},
		{"name then verb", "Councilmember David Okafor spoke.\n“It is late,” Okafor warned.\n", "It is late,", "Okafor", "speech-after"},
		{"verb before colon", "Okafor said: “We are ready.”\n", "We are ready.", "Okafor", "speech-before"},
		{"pronoun", "Mayor Jane Roe opened the meeting.\n“We are ready,” she said.\n", "We are ready,", "Roe", "speech-after"},
		{"role phrase", "Jane Roe, the city's chief engineer, spoke first.\n“The bridge is safe,” the engineer said.\n", "The bridge is safe,", "Roe", "speech-after"},
		{"colon form", "Sam Ruiz is the coach.\nRuiz: “We go again.”\n", "We go again.", "Ruiz", "colon"},
		{"continuation", "Pat Webb spoke.\n“A is true,” Webb said. “B is true.”\n", "B is true.", "Webb", "continuation"},
		{"next sentence", "“We are done here.” Those were the only words Dufresne offered.\n", "We are done here.", "Dufresne", "adjacent-sentence"},
		{"a name only after the quotation, not shown to be a person, is no paragraph speaker", "Tickets sold out in May.\nThe statement promised “no hasty decisions.” Marlow Rovers visit on Saturday.\n", "no hasty decisions.", "", ""},
		{"a bare surname two people share is no previous subject", "Sen. Ana Ruiz chaired the hearing. She asked about costs.\nCarl Ruiz, a rail executive, testified next. Asked by Sen. Tom Greer whether the logs were signed, Ruiz paused. “I think so.”\n", "I think so.", "", ""},
		{"the paragraph's one person decides instead", "Sen. Ana Ruiz chaired the hearing. She asked about costs.\nCarl Ruiz, a rail executive, testified next. Asked whether the logs were signed, Ruiz paused. “I think so.”\n", "I think so.", "Carl Ruiz", "paragraph-speaker"},
		{"paragraph speaker", "Lena Ortiz looked tired. “It was a long day.”\n", "It was a long day.", "Ortiz", "paragraph-speaker"},
		{"colon intro", "The co-author, Prof. Henrik van Aalst of Wageningen University in the Netherlands, wrote:\n> Ice is not just scenery.\n", "Ice is not just scenery.", "van Aalst", "colon-intro"},
		{"who", "She toured with the singer Dolores Quintana, who remembers her as “the best of us.”\n", "the best of us.", "Quintana", "speech-before"},
		{"nested", "Pat Webb spoke.\n“The boss just said ‘go’ and I went,” Webb said.\n", "go", "the boss", "nested"},
		{"nested I", "Pat Webb spoke.\n“I told them, ‘Not on my watch,’ and they listened,” Webb said.\n", "Not on my watch,", "Webb", "nested"},
		{"nested you", "Coach Ivo Brandt met striker Lucas Fenn. Brandt told Fenn the news. Reporters waited outside.\n“In March you told me, ‘I’m fit.’ You weren’t,” Brandt said.\n", "I’m fit.", "Fenn", "nested"},
		{"nested pronoun, not the possessor", "Nora Quill spoke.\n“My mentor, Ada Vance, Nora's aunt, was strict. She used to say, ‘Begin again.’ I still do,” Quill said.\n", "Begin again.", "Vance", "nested"},
		{"nested unnamed", "Dr. Ines Moll studies glaciers.\n“A farmer in Upper Dell told me, ‘The snow comes late now,’ and I believe him,” Moll said.\n", "The snow comes late now,", "", "nested"},
		{"the elder by age", "Farmer Tomas Brenner, 72, sold the land. His nephew Karl Brenner, 35, bought it. Karl Brenner spoke first.\nThen the elder Brenner stood. “I regret nothing,” he said.\n", "I regret nothing,", "Tomas Brenner", "speech-after"},
		{"the younger by kinship", "Lydia Marsh runs the shop. Her daughter, Petra Marsh, keeps the books.\nLydia Marsh spoke last. The younger Marsh said: “We stay open.”\n", "We stay open.", "Petra Marsh", "speech-before"},
		{"subject after a subordinate clause", "Dr. Ana Ruiz and Mr. Ben Cole met on Monday.\nWhen Cole asked whether the plan was ready, Ruiz stood up. “It is ready.”\n", "It is ready.", "Ruiz", "previous-subject"},
		{"unnamed organisation phrase", "The Harbour Traders' Association wrote to the council in May.\n“We were ignored,” the traders' association said.\n", "We were ignored,", "Harbour Traders' Association", "speech-after"},
		{"organisation by its head word", "The Department of Health and Social Care published figures.\n“Waiting times are falling,” the health department said.\n", "Waiting times are falling,", "Department of Health and Social Care", "speech-after"},
		{"organisation phrase between two", "The Harbour Traders' Association and the Inchmurray Islanders' Association wrote to the council.\n“We were ignored,” the islanders' association said.\n", "We were ignored,", "Inchmurray Islanders' Association", "speech-after"},
		{"et al. is the lead author", "The study, by Mara Quist et al., appeared in March. Prof. Olaf Brandt was not involved.\n“We counted every nest,” the lead author said.\n", "We counted every nest,", "Quist", "speech-after"},
		{"a role no person holds names the body it describes", "The Harbour Safety Authority fined the ferry line on Monday.\n“The crossings were unsafe,” the regulator said.\n", "The crossings were unsafe,", "Harbour Safety Authority", "speech-after"},
		{"the latest body the role describes", "The Harbour Safety Authority fined the ferry line. The Coastal Waters Agency fined a marina.\n“Both were warned,” the regulator said.\n", "Both were warned,", "Coastal Waters Agency", "speech-after"},
		{"a role a person holds stays hers", "The Harbour Safety Authority fined the ferry line. Its chief regulator, Mona Kell, spoke.\n“The crossings were unsafe,” the regulator said.\n", "The crossings were unsafe,", "Kell", "speech-after"},
		{"the company is the paragraph's", "The Harbour Safety Branch published its report. The Harbour Safety Branch found faults. The Harbour Safety Branch wants changes.\nIn a statement, Coastline Ferries said it accepted the findings. “Safety comes first,” the company said.\n", "Safety comes first,", "Coastline Ferries", "speech-after"},
		{"organisation", "The Ministry of Transport published a report.\n“We were not told,” the ministry said.\n", "We were not told,", "Ministry of Transport", "speech-after"},
		{"she never a man", "Mr. Tom Hale and Ms. Ann Cole met.\n“No,” she said.\n", "No,", "Cole", "speech-after"},
		{"suffix", "Martin Luther King III spoke.\n“We march on,” King said.\n", "We march on,", "King", "speech-after"},
		{"own attribution first", "Dr. Ana Ruiz and Mr. Ben Cole spoke. He said: “No.” She replied: “Yes.”\n", "No.", "Cole", "speech-before"},
		{"named in the next paragraph", "Gareth Pryce spoke for the Hub.\n‘I think people forget we exist.’\nThat was the verdict of Irene Walsh, 81, a reader.\n", "I think people forget we exist.", "Walsh", "next-paragraph"},
		{"Mrs picks the wife of two", "Margaret Healey and her husband, Dennis Healey, run the group.\n‘It isn’t just books,’ Mrs Healey said.\n", "It isn’t just books,", "Margaret Healey", "speech-after"},
		{"Mr picks the husband of two", "Margaret Healey and her husband, Dennis Healey, run the group.\n‘It’s a closure,’ Mr Healey said.\n", "It’s a closure,", "Dennis Healey", "speech-after"},
		{"lede describes, next sentence names", "Library row\nA pensioner who has run a reading group for thirty years says the council’s plan to close it would leave older residents ‘cut off’.\nMargaret Healey, 74, collected 2,000 signatures.\n", "cut off", "Healey", "described-then-named"},
		{"according to after", "Sam Reed and Al Diaz met.\n“Not now,” according to Sam Reed.\n", "Not now,", "Reed", "speech-after"},
		{"appositive after the quote", "Lt. Gen. Marcus Hale commands the unit.\n\"We hold,\" Hale, the corps commander, said on Tuesday.\n", "We hold,", "Hale", "speech-after"},
		{"it said", "The Ministry of Water published its figures on Monday.\n“The reservoirs are full,” it said.\n", "The reservoirs are full,", "Ministry of Water", "speech-after"},
		{"coordinated verb", "The Global Plastics Council, an industry group, welcomed the deal but said rules should not “punish recyclers.” Its chief executive, Laura Chen, spoke later.\n", "punish recyclers.", "Global Plastics Council", "speech-before"},
		{"previous paragraph", "Councilmember David Okafor was blunt.\n“We are years behind.”\n", "We are years behind.", "Okafor", "previous-paragraph"},
		{"a body named after its kind noun", "A cyclist died on Monday.\nAccording to the cycling charity Beicio Diogel, it is the third death. The charity said the road was “a race track” and called for cameras.\n", "a race track", "Beicio Diogel", "speech-before"},
		{"a body named after its kind noun, no modifier", "A cyclist died on Monday.\nAccording to the charity Beicio Diogel, it is the third death. The charity said the road was “a race track” and called for cameras.\n", "a race track", "Beicio Diogel", "speech-before"},
		{"unnamed source", "Mayor Jane Roe spoke.\n“No comment,” a spokesperson said.\n", "No comment,", "", "speech-after"},
		{"sentence-initial surname goes to the namesake before it", "Spokesman Carl Dunmore spoke. “Stay home,” Dunmore said.\nDunmore declined to name the school, saying its staff had “cooperated fully” with us.\nMaria Dunmore, a parent, spoke later.\n", "cooperated fully", "Carl Dunmore", "speech-before"},
		{"pronoun to the subject after a possessor", "Mr. Tom Hale and Ann Ray spoke.\nHale's deputy, Mia Stone, will leave in May. “I learned everything from him,” she said.\n", "I learned everything from him,", "Stone", "speech-after"},
		{"appositive head before a preposition", "Omar Haddad spoke first.\nLina Farah, a mother of three who lives nearby, said she waited. “I kept waiting,” she said.\n", "I kept waiting,", "Farah", "speech-after"},
		{"nested: the outer speaker's relative, named after", "Jean Roe, 74, started the petition.\n‘My husband said, “Nobody signs in the rain, Jean,” and I ran out of pages,’ she said.\nHer husband, Alan Roe, a retired driver, admitted he was wrong.\n", "Nobody signs in the rain, Jean,", "Alan Roe", "nested"},
		{"nested: the outer speaker's parent, of unknown gender", "The ferry's captain, Radu Jurca, 63, steered.\nRadu's daughter, Elena Jurca, 29, watched.\n“My father said, ‘Never hit the quay,’” she said.\n", "Never hit the quay,", "Radu Jurca", "nested"},
		{"nested: an object pronoun before the verb is spoken to", "Farmer Aroha Tane runs the station with her father, Wiremu Tane.\n“Dad was out on the bike, and I was on the phone to him saying ‘come back now’, and he kept going,” she says.\n", "come back now", "Aroha Tane", "nested"},
		{"nested: 'them' before the participle is spoken to", "Pat Webb spoke.\n“Then I rang them saying ‘we are out,’ and hung up,” Webb said.\n", "we are out,", "Webb", "nested"},
		{"document: the author quoted in the sentence naming it", "Police spoke on Monday.\nIn a statement read by Insp Dan Roe, the baker's wife, Ana Nowak, said he “never once complained.”\n“He was the kindest man I have known,” the statement said.\n", "He was the kindest man I have known,", "Nowak", "writing-back"},
		{"a fronted participle clause: the main clause's subject speaks", "Veta Moraru, 81, waited on the quay.\nAsked whether he would retire, Radu Jurca shook his head. “Elena drives,” he said.\n", "Elena drives,", "Jurca", "speech-after"},
		{"cataphora: a section's first paragraph names its speaker afresh", "Ann Roe won with 46%. Bea Lund, a council member, finished third.\n“We won,” Roe said. She thanked her staff.\nThird-place finish\n“I will not apologize,” she said late Tuesday. Lund, 38, had been accused of splitting the vote.\n", "I will not apologize,", "Lund", "cataphora"},
		{"cataphora: no heading, the pronoun keeps its antecedent", "Ann Roe won with 46%. Bea Lund, a council member, finished third.\n“We won,” Roe said. She thanked her staff.\n“I will not apologize,” she said late Tuesday. Lund, 38, had been accused of splitting the vote.\n", "I will not apologize,", "Roe", "speech-after"},
		{"nested: a coordinated verb's owned subject", "“My neighbor called me and said, ‘The hill is orange,’” Omar Haddad said.\nHis neighbor, Beatrice Lund, 71, sat nearby.\n", "The hill is orange,", "Lund", "nested"},
		{"nested: a pronoun for a relative in an earlier piece", "Grace Wanjiru won the race.\n“At the start my coach held a sign nobody could read.\n“Then he shouted, ‘Go now,’ and I went.”\nHer coach, Daniel Kiprotich, confirmed it.\n", "Go now,", "Kiprotich", "nested"},
		{"multi-paragraph: a later piece takes an earlier one's speaker", "Grace Wanjiru won the race.\n“At the start my coach held a sign nobody could read.\n“Then he shouted, ‘Go now,’ and I went.”\nHer coach, Daniel Kiprotich, confirmed it.\n", "Then he shouted, ‘Go now,’ and I went.", "Wanjiru", "multi-paragraph"},
		{"a relative is a person", "Hannah Brooks was third.\nHer younger brother, Tyler Brooks, ran his first race. “She lapped me all summer,” he said.\n", "She lapped me all summer,", "Tyler Brooks", "speech-after"},
		{"an organisation's spokesperson speaks for it", "The Department of Health and Social Care published figures.\nA Department of Health and Social Care spokesperson said: ‘We are recruiting.’\n", "We are recruiting.", "Department of Health and Social Care", "speech-before"},
		{"a council spokesman, then the spokesman", "Hambleton District Council met on Wednesday.\nA council spokesman said the review would come in 2027. ‘The reprieve is real,’ the spokesman said.\n", "The reprieve is real,", "Hambleton District Council", "speech-after"},
		{"an unnamed body speaks", "Prices rose.\nThe energy ministry said in a statement that it “regretted” the decision.\n", "regretted", "energy ministry", "speech-before"},
		{"an unnamed body, then its head noun", "Prices rose.\nThe energy ministry said in a statement that it regretted the decision. “A subsidy is a tax,” the ministry said.\n", "A subsidy is a tax,", "energy ministry", "speech-after"},
		{"an unnamed body with a plural possessive", "Ferries were cut.\nThe islanders’ association said in a statement that the cut was “a slow eviction”.\n", "a slow eviction", "islanders’ association", "sentence-verb"},
		{"a bare body noun after the quote", "A cyclist was hurt.\n“Call us,” police said in a statement.\n", "Call us,", "police", "speech-after"},
		{"a bare body noun the article named before", "Police are searching for a driver.\n“Call us,” police said.\n", "Call us,", "Police", "speech-after"},
		{"said the union opens what was said", "A spokesperson for Bakery Workers Local 118 said the union welcomed it. “We are glad,” the spokesperson said.\n", "We are glad,", "Bakery Workers Local 118", "speech-after"},
		{"the next sentence names the source", "Mayor Ann Cole spoke first.\n“There is no way back.” The warning came from Henrik Vaage, who leads the union.\n", "There is no way back.", "Vaage", "next-sentence"},
		{"a block quote read from a letter", "The Harbour Traders' Association said in a letter to the council that trade had fallen. Councillor Ann Cole read part of the letter aloud:\n> We were ignored.\n", "We were ignored.", "Harbour Traders' Association", "colon-intro"},
		{"nested: a coordinated verb's subject", "Ann Cole spoke.\n“My teacher was Mara Quist. In my first lesson she stopped me and said, ‘Again.’ I cried,” Cole said.\n", "Again.", "Quist", "nested"},
		{"nested: a pronoun with no antecedent in the quote is the paragraph's other person", "Jonas Lindgren scored twice.\nLindgren's father, Per Lindgren, travelled from Malmo. \"He phoned me and said, 'Dad, I'm on the bench,'\" he said.\n", "Dad, I'm on the bench,", "Jonas Lindgren", "nested"},
		{"an owned family noun is the relative", "Mr Liam Fitzgerald drowned. Mr Fitzgerald’s older brother, Declan Fitzgerald, gave evidence.\nHe said his brother had told him the road was ‘a bit wet’.\n", "a bit wet", "Liam Fitzgerald", "speech-before"},
		{"an appositive with who makes a person", "Energy Minister Pieter de Waal spoke. “No,” he said.\nMarit de Waal, a crane operator who has worked there for years, said the mood was grim. “It is over,” she said.\n", "It is over,", "Marit de Waal", "speech-after"},
		{"a spokeswoman for a body is a woman", "Faisal bin Tariq is an analyst. He said prices would fall.\nA spokeswoman for the fund, Camille Rousseau-Diallo, said it supported the decision. “We are owners,” she said.\n", "We are owners,", "Rousseau-Diallo", "speech-after"},
		{"an epithet is the story's principal, not a relative just named", "Edna Pryce, a retired dinner lady, was burgled. ‘I woke up,’ she said.\nMrs Pryce is staying with her daughter, Carol Pryce.\n‘Mum’s tough,’ Carol said.\nAsked whether she would return, the pensioner said: ‘Course I will.’\n", "Course I will.", "Edna Pryce", "speech-before"},
		{"a block quote signed on its own line's end", "First Minister Rhodri Evans spoke at noon.\n> We are asking people not to travel unless they must. — Rhodri Evans\n", "We are asking people not to travel unless they must.", "Evans", "colon-intro"},
		{"a family epithet is the story's principal", "Maureen Kavanagh swam the Channel at 71. She trained for years.\nHer daughter, Siobhan Kavanagh, 44, followed in the boat. “Mum sang,” she says.\nThe grandmother-of-five says the cold was the worst part. “Your hands stop working.”\n", "Your hands stop working.", "Maureen Kavanagh", "adjacent-sentence"},
		{"a capitalised description after 'the former' is no name", "Her coach, Derek Ames, 58, says he had doubts. “I told her no,” he says.\n“She is tougher than anyone,” the former Olympian adds.\n", "She is tougher than anyone,", "Ames", "speech-after"},
		{"the statement said: its author", "Pilots walked out.\nAccording to a statement from the British Airline Pilots' Association, talks collapsed. “The company has refused to move,” the statement said.\n", "The company has refused to move,", "British Airline Pilots' Association", "speech-after"},
		{"a nationality epithet is the latest subject, not the most named", "Harbour manager Gwen Price praised her captain. “Leon was everywhere,” she said. Price smiled.\nMillbrook's manager, Craig Dunn, was furious. “The goal was offside,” the Scot said.\n", "The goal was offside,", "Dunn", "speech-after"},
		{"an epithet the principal does not fit goes to the latest subject", "Passenger Ana Ruiz, 29, was due to fly to Lisbon. “I'll drive,” she said. Ana Ruiz laughed.\nRuiz's sister, Lucia Ruiz, said the wedding would go ahead. “She'll make it,” the bride said.\n", "She'll make it,", "Lucia Ruiz", "speech-after"},
		{"Q&A: the interviewee is the lede's subject, not the most named", "Tomas Reyes, 41, opened Brasa in 2019. His father, Eduardo Reyes, ran a grill. Eduardo Reyes died in 2021. Eduardo Reyes taught him.\n\n**Q: What did your father teach you?**\n\nA: Patience. He used to say, \"Fire doesn't care.\" He was right.\n\n**Q: And now?**\n\nA: Now I teach.\n", "Now I teach.", "Tomas Reyes", "qa"},
		{"Q&A: a nested pronoun is the relative the question asks about", "Tomas Reyes, 41, opened Brasa in 2019. His father, Eduardo Reyes, ran a grill. Eduardo Reyes died in 2021. Eduardo Reyes taught him.\n\n**Q: What did your father teach you?**\n\nA: Patience. He used to say, \"Fire doesn't care.\" He was right.\n\n**Q: And now?**\n\nA: Now I teach.\n", "Fire doesn't care.", "Eduardo Reyes", "nested"},
		{"a name after a clause's that is a mention", "Declan O’Hare ran the charity. Judge Ann Reyes sentenced him.\nThe court heard that O’Hare gave money to a syndicate that owned a horse called Midnight Lantern. When a treasurer asked, he told her the trips were ‘donor development’.\n", "donor development", "O’Hare", "speech-before"},
		{"of the inside an organisation's name", "Deaf families were divided.\n\nThe National Association of the Deaf said in a statement:\n\n> A child who signs is not waiting.\n", "A child who signs is not waiting.", "National Association of the Deaf", "colon-intro"},
		{"a sentence-initial surname that speaks is a person", "Tony Brancato runs the deli.\n“It is fine,” said Kyle Brandt, a department spokesman.\nBrancato said after the meeting that he would apply. “It’s a kind thought,” he said.\n", "It’s a kind thought,", "Brancato", "speech-after"},
		{"appositive without a determiner", "“It is fine,” said Kyle Brandt, a department spokesman.\nTony Brancato, owner of a deli on Harlan Street, was angry. “It’s a kind thought,” he said.\n", "It’s a kind thought,", "Brancato", "speech-after"},
		{"a British statement over several paragraphs", "Sentencing went ahead.\nThe charity’s current chair of trustees, Margaret Lindley, read a statement:\n‘When it broke, we lost donors.\n‘We have rebuilt.\n‘The victims were the families.’\nThen she sat down.\n", "The victims were the families.", "Lindley", "multi-paragraph"},
		{"a post-nominal is no surname", "Prosecuting, Nicholas Fenn KC opened the case. ‘He hid nothing,’ Mr Fenn said.\n", "He hid nothing,", "Fenn", "speech-after"},
		{"appositive head before a relative clause", "Omar Haddad spoke first.\nLina Farah, a retired teacher who lives nearby, said she waited. “I kept waiting,” she said.\n", "I kept waiting,", "Farah", "speech-after"},
		{"according to makes the source the subject a pronoun goes back to", "District Chief Ann Cole spoke first. City Commissioner Ben Fisk said the city would act.\nAccording to Cole, the cause is unknown. “We will stay late,” she said.\n", "We will stay late,", "Cole", "speech-after"},
		{"a department spokesperson when two departments are named", "Two firefighters were hurt, according to the Dayton Fire Department.\nThey are stable, according to a department spokesperson. “They are OK,” the spokesperson said.\nLater the Dayton Police Department closed the road.\n", "They are OK,", "Dayton Fire Department", "speech-after"},
		{"a spokesperson for a named body", "A spokesperson for Bakery Workers Local 118 said the union welcomed it. “We are pleased,” the spokesperson said.\n", "We are pleased,", "Bakery Workers Local 118", "speech-after"},
		{"a capitalised word standing for an earlier name", "An Garda Síochána has confirmed that the road is shut. A Garda spokesman said: “Stay away from the coast.”\n", "Stay away from the coast.", "Garda Síochána", "speech-before"},
		{"an appositive set off by dashes makes a person a pronoun goes to", "Giorgio Ferrante ran the ferry until he died in May.\nAt the bar, Tommaso Ferrante — Giorgio’s younger brother, a retired fisherman — pours coffee.\n“Service,” he repeats. “Was that a service?”\n", "Was that a service?", "Tommaso Ferrante", "continuation"},
		{"the person named after a possessor's role introduces a block quote", "Rain fell all day.\n\nThis from Met Éireann's head of forecasting, Declan Moriarty, on the radio:\n\n> The worst is still to come.\n", "The worst is still to come.", "Moriarty", "colon-intro"},
		{"head of is a role", "Rain fell all day. A reader, Siobhán Keane, emailed us.\nDeclan Moriarty, head of forecasting at Met Éireann, spoke early.\nDeclan Moriarty again, on the outlook: \"Tuesday will be calm.\"\n", "Tuesday will be calm.", "Moriarty", "colon"},
		{"a definite family noun refers back to the latest subject it fits", "The morning Lucía Ferrante buried her husband, the ferry ran late. She remembers that.\n“Giorgio would have laughed,” the widow says now.\n", "Giorgio would have laughed,", "Ferrante", "speech-after"},
		{"a definite family noun never goes to a person not known to fit", "Giorgio Ferrante died in October.\n“He would have laughed,” the widow says now.\n", "He would have laughed,", "", "speech-after"},
		{"nested: a pronoun for the person of the paragraph's earlier quotation", "Giorgio Ferrante ran the ferry. Daniela Costa steers it now.\n“Giorgio used to say the sea is cruel,” she says. “He said, ‘You can’t cut the weather.’ He was right.”\n", "You can’t cut the weather.", "Ferrante", "nested"},
		{"a title given by nearness alone is no gender evidence for the next title", "“We began with one oven,” said Kristin Halvorsen, the chief executive.\n“We looked at three states,” said Erik Halvorsen, the operating chief.\n“Gas is our biggest bill,” Ms. Halvorsen said.\nMr. Halvorsen added that nothing would close. “Moorhead is staying,” he said.\n", "Moorhead is staying,", "Erik Halvorsen", "speech-after"},
		{"nested: the speaker's own family word, through the inverse relation", "Mrs Edna Pryce is staying with her daughter, Carol Pryce.\n‘Mum’s tough,’ Carol said. ‘She keeps saying, “I should have kept the ring on.” It breaks your heart.’\n", "I should have kept the ring on.", "Edna Pryce", "nested"},
		{"nested: 'keeps saying' after a pronoun", "Ada Vance taught Nora Quill.\n“My mentor, Ada Vance, was strict. She keeps saying, ‘Begin again.’ I still do,” Quill said.\n", "Begin again.", "Vance", "nested"},
		{"an age description: the person given that age", "Jamie Vance, 29, scored twice. Coach Ann Lee, 52, was pleased.\n‘It was a great night,’ the 29-year-old said.\n", "It was a great night,", "Vance", "speech-after"},
		{"an age description after the verb", "Maria Gonzalez, 71, lost her home in the flood. Her son Tom Gonzalez, 45, helped.\n“We have nothing left,” said the 71-year-old.\n", "We have nothing left,", "Maria Gonzalez", "speech-after"},
		{"an age description without a stated age: the latest subject", "Striker Jamie Vance scored twice on Saturday.\nThe 29-year-old said: ‘It was a great night for the club.’\n", "It was a great night for the club.", "Vance", "speech-before"},
		{"a definite description refers back to the subject", "Pierre Dubois won the stage. The Frenchman said: “My legs were good today.”\n", "My legs were good today.", "Dubois", "speech-before"},
		{"a definite description after the verb, to a name with no other evidence", "Tomas Berg did not mince words. “We are on schedule,” insisted the finance minister.\n", "We are on schedule,", "Berg", "speech-after"},
		{"an official is not the subject before", "Raymond Castellano, 61, pleaded guilty in March.\n“You betrayed them,” the judge said.\n", "You betrayed them,", "the judge", "speech-after"},
		{"a description of someone introduced unnamed", "A police officer arrived at 3am. Sam Reed was asleep.\n“The door was open,” the officer said.\n", "The door was open,", "a police officer", "speech-after"},
		{"a description that contradicts the subject's role", "Coach Ann Lee was pleased. “We were brilliant,” the striker said.\n", "We were brilliant,", "the striker", "speech-after"},
		{"the journal X names a body; its editors before an aside speak for it", "The study appeared on Monday in the journal Limnology Letters.\n\nThe journal's editors, in an accompanying commentary, described the result as:\n\n> A useful warning.\n", "A useful warning.", "Limnology Letters", "colon-intro"},
		{"a spokesman for a body named in an aside speaks himself", "The International Purse Seine Association said the cut was “painful”. A spokesman for the association, Luca Ferrante, added that the group “would have preferred a longer transition.”\n", "would have preferred a longer transition.", "Ferrante", "speech-before"},
		{"cataphora: a feature lede names its speaker after the quote", "# Profile\n\n“I never planned any of this,” she says. Marisol Ortega-Vance has played bass for fifty years.\n", "I never planned any of this,", "Ortega-Vance", "cataphora"},
		{"cataphora: named in the next paragraph", "# Profile\n\n“I never planned any of this,” she says.\n\nMarisol Ortega-Vance has played bass for fifty years.\n", "I never planned any of this,", "Ortega-Vance", "cataphora"},
		{"no cataphora when the pronoun has an antecedent of its gender", "# Profile\n\nAnn Reed runs the club. She is tired.\n\n“I never planned any of this,” she says. Marisol Ortega-Vance has played bass for fifty years.\n", "I never planned any of this,", "Reed", "speech-after"},
		{"an age and a home town set off before the verb", "Ruth Gray, 45, from Leeds, told the Mirror: ‘I was terrified.’\n", "I was terrified.", "Gray", "speech-before"},
		{"an unnamed doctor is not the patient", "Sam Reed was taken to hospital on Monday.\n“He is stable,” the doctor said.\n", "He is stable,", "the doctor", "speech-after"},
		{"a nationality goes with any role", "Manchester United boss Erik Sorensen was furious after the defeat.\n‘We were poor,’ the Dane said.\n", "We were poor,", "Sorensen", "speech-after"},
		{"a headline quotation takes the speaker of the body quotation it repeats", "‘I WOKE TO HIM STANDING OVER MY BED’: Gran, 84, tells of terror\nEdna Pryce, a retired dinner lady, was asleep when the burglar came.\n‘I woke to him standing over my bed,’ she said.\n", "I WOKE TO HIM STANDING OVER MY BED", "Pryce", "headline"},
		{"a pronoun goes to the nearer name whose given name fits, not to a person further back", "Callum Fraser-Hughes praised Dean O’Halloran. ‘He was superb,’ Fraser-Hughes said.\nO’Halloran played down his innings. ‘I just hung around,’ he said.\n", "I just hung around,", "O’Halloran", "speech-after"},
		{"a recent subject whose given name fits the pronoun, across a paragraph", "Callum Fraser-Hughes praised the bowlers. ‘They were superb,’ Fraser-Hughes said.\nThen Johan van Wyk took two wickets. Van Wyk had a side strain.\n‘I thought, well, Durban’s a week away,’ he said.\n", "I thought, well, Durban’s a week away,", "van Wyk", "speech-after"},
		{"an elided particle keeps a name whole, at a sentence start too", "Transport Minister Hélène d'Amours and Premier Paul Roy spoke.\nD'Amours replied that it was late. “It is late,” she said.\n", "It is late,", "d'Amours", "speech-after"},
		{"a noun of a fronted prepositional phrase is no appositive of the name after it", "Premier Sylvie Kane spoke first. Transport Minister Hélène d'Amours spoke next.\nOutside the chamber, d'Amours was calmer. “I understand,” she told reporters.\n", "I understand,", "d'Amours", "speech-after"},
		{"a Hansard line is its titled member's", "Premier Tom Ray-Hall and critic Ann Le Blanc clashed.\nMs. Ann Le Blanc: Will he act?\nHon. Tom Ray-Hall: We are acting.\n", "We are acting.", "Ray-Hall", "qa"},
		{"an office's line is its bracketed holder's", "Speaker Jo Reid called the house to order.\nMs. Ann Le Blanc: Will he act?\nThe Speaker (Hon. Jo Reid): Order.\n", "Order.", "Reid", "qa"},
		{"transcript questions are the examiner's named after by", "Ray Moss testified.\nUnder questioning by prosecutor Ann Lee, Moss described the morning.\nQ. What time was it?\nA. Six.\n", "What time was it?", "Lee", "qa"},
		{"transcript questions are the subject of the questioning verb, not a possessor", "Ray Moss testified. Dale Pruitt is on trial.\nOn cross-examination, Pruitt's attorney, Greg Hale, pressed the witness.\nQ. You signed it?\nA. Yes.\n", "You signed it?", "Hale", "qa"},
		{"nested in a transcript answer: a pronoun for the person the question names", "Ray Moss testified. Dale Pruitt is on trial.\nQ. Did you speak to Mr. Pruitt?\nA. I called him. He said, ‘Shoot it.’\n", "Shoot it.", "Pruitt", "nested"},
		{"transcript questions whose asker the article does not name are no one's", "Ray Moss testified on Monday.\nQ. What time was it?\nA. Six.\n", "What time was it?", "", "qa"},
		{"a transcript's answers are the witness's whom the question addresses by name", "The coroner, Ann Lee, opened the inquest. Lee read the names. Alan Roe gave evidence.\nQ. Mr Roe, what was the wind speed?\nA. It was 19 metres a second.\n", "It was 19 metres a second.", "Roe", "qa"},
		{"an honorific and a bare surname name the principal, not the relative introduced in full", "Declan Roe, 52, drove cranes. His father, Sean Roe, drove them before him.\n“It was too windy,” Mr Roe said.\n", "It was too windy,", "Declan Roe", "speech-after"},
		{"a role phrase by its synonym ('the skipper' for the captain)", "South Africa’s captain, Riaan Botha, refused to blame his bowlers.\n‘We didn’t bowl badly,’ the skipper said.\n", "We didn’t bowl badly,", "Botha", "speech-after"},
		{"a dash aside between the subject and the verb, and a role in it that is no appositive", "Australia’s captain, Callum Fraser-Hughes, was pleased. ‘We won,’ he said.\nGerrit Botha – no relation to the captain – had called the pitch ‘a road’ on Monday.\n", "a road", "Botha", "speech-before"},
		{"a sentence opening with a name and its appositives has the name for subject, not a name inside them", "Pierre-Luc Ste-Marie, a spokesman for the shipyard, Chantier naval du Fleuve, said the yard had “never hidden anything” from the department.\n", "never hidden anything", "Ste-Marie", "speech-before"},
		{"a fronted participle clause and a role 'for' a place give the name after them the pronoun", "Opening for the Official Opposition, the member for Rimouski, Jean-François St-Pierre, held up the contract. \"Why?\" he asked.\n", "Why?", "St-Pierre", "speech-after"},
		{"a block quote pointed back at in the next paragraph by whose words they are", "# Shares\n\nLucía Ferrer-Olmos, an analyst at Haldane, kept her rating. Glenn Okafor, another analyst, did not.\n\n> Management is finally saying it out loud.\n\nThat passage from Ferrer-Olmos's note circulated widely on Thursday.\n", "Management is finally saying it out loud.", "Ferrer-Olmos", "next-paragraph"},
		{"a name followed by ', which' is a body, 'and' inside it included", "The United Footwear and Leather Workers, which represents 260 workers, was not told. In a statement, the union said the company had “told Wall Street first.”\n", "told Wall Street first.", "United Footwear and Leather Workers", "speech-before"},
		{"nested: 'He used to say' opening a paragraph is the man the paragraph before refers to, not the relative named earlier", "Máirtín Roe, a fiddle teacher, has died. He was 87.\nHis brother, Peadar Roe, remembered a boy who took everything apart. ‘He broke our clock,’ he said.\nMany tributes came from pupils. The champion Gráinne Burke, who began lessons with him at six, said he had taught her ‘everything’.\n‘He used to say, “Wood argues,” and then he left,’ she said.\n", "Wood argues,", "Máirtín Roe", "nested"},
		{"nested: 'my father' never introduced as such is the man whose surname is the speaker's double-barrelled one", "Annika Thorsrud-Bell ended the call with a line from the founder, Harald Thorsrud.\n\"My father used to tell the sales team, 'Never bet the company on snow,'\" she said.\n", "Never bet the company on snow,", "Thorsrud", "nested"},
		{"a relative's appositive belongs to the one named before with the relative's surname", "Tomasz Kowalczyk, a baker, was killed. Inspector Rhys Gwilym said the driver did not stop. \"We need witnesses,\" he said.\nHis brother, Piotr Kowalczyk, spoke to reporters.\n\"He used to say to me, 'Piotr, the road is safe at five,'\" he said.\n", "Piotr, the road is safe at five,", "Tomasz Kowalczyk", "nested"},
		{"a role opened by a possessive pronoun makes the name after it a person ('Her partner, Ruairi Mac Giolla,')", "The surveyor, Anna Kovac, died in May. Her partner, Ruairi Mac Giolla, sat in the gallery. Outside the hearing he said: “Anna deserved better.”\n", "Anna deserved better.", "Mac Giolla", "speech-before"},
		{"nested: the speech verb up to six words before the inner quotation ('He said to me this morning, “…”')", "Australia’s captain, Callum Fraser-Hughes, praised his keeper, Dean O’Halloran. ‘He said to me this morning, “Just give me the strike.” So we did,’ Fraser-Hughes said.\n", "Just give me the strike.", "O’Halloran", "nested"},
		{"South Asian honorifics are titles, not names ('Smt.', 'Shri', 'Adv.')", "The bank's managing director, Smt. Lalitha Narayanaswamy, spoke after Shri K. V. Subramanian. “We acted within the rules,” Narayanaswamy said.\n", "We acted within the rules,", "Narayanaswamy", "speech-after"},
		{"a capitalised function word after 'The' opens a body's name ('The All India …')", "The All India Textile Workers' Federation backed the promoters. “Our members were paid,” the federation said.\n", "Our members were paid,", "All India Textile Workers' Federation", "speech-after"},
		{"the one told is no speaker, and a day between subject and verb is skipped", "MUMBAI: Kaveri Textiles Ltd on Friday told the National Company Law Tribunal that lenders wanted control “through the back door”, as the hearing was adjourned.\n", "through the back door", "Kaveri Textiles Ltd", "sentence-verb"},
		{"an acronym whose letters are a body's initials is that body, and its reported-speech fragment its words", "The Guild of Harbour and River Pilots (GHRP) met on Monday.\nThe GHRP said in a statement that it would 'not sign anything' before May.\n", "not sign anything", "Guild of Harbour and River Pilots", "speech-before"},
		{"an acronym after 'the' alone, brackets elsewhere", "The Federation of Coastal Fishers said it would fight.\nLater the FCF said the offer was 'an insult'.\n", "an insult", "Federation of Coastal Fishers", "speech-before"},
		{"a South African post-nominal (SC) is no surname", "Its lawyer, Adv. Pieter-Jan Bezuidenhout SC, said the company had not disclosed enough for 'meaningful consultation' as the law requires.\n", "meaningful consultation", "Bezuidenhout", "sentence-verb"},
		{"a block quote under the reported speech that ends the paragraph before", "Dr Naledi Khumalo-Webb, a mining analyst at Sable Ridge Capital, said the closure had been expected.\n\n> The only surprise is that it took this long.\n\nShares rose.\n", "The only surprise is that it took this long.", "Khumalo-Webb", "reported-intro"},
		{"a street the sender writes from is a place, not the speaker", "Reader Peggy Lowe, 78, sent us this from Riverside Terrace, where water reached her porch:\n\n> I've lived here 51 years.\n", "I've lived here 51 years.", "Lowe", "colon-intro"},
		{"a quotation in a coordinated predicate takes the verb before it, not the one after 'and'", "Kwena Mining cut jobs.\nThe Department of Mineral Resources said it was 'concerned' and had asked Kwena for a meeting.\n", "concerned", "Department of Mineral Resources", "speech-before"},
		{"'the company' is the body introduced as 'the network operator, X'", "The Coastal Emergency Service opened shelters.\nPower is out, according to the network operator, Coastline Energy. In a post, the company said:\n\n> Our crews cannot work yet.\n", "Our crews cannot work yet.", "Coastline Energy", "colon-intro"},
		{"a headline's bare role noun is the one person the body gives that role", "‘Keep lifting,’ foreman told crane driver, inquest hears\nThe driver, Declan Roe, gave evidence. The site foreman, Gary Lomax, will give evidence on Thursday.\n", "Keep lifting,", "Lomax", "speech-after"},
	})
}

// Reported speech without quote marks gives the sentence its speaker.
func TestReportedSpeech(t *testing.T) {
	r := Analyze(docOf("Transit director Ana Natarajan spoke on Monday. Natarajan said night closures would be limited. The bridge opened in 1931.\n"), DefaultLexicon())
	want := []string{"", "Natarajan", ""}
	for si, s := range r.Sentences {
		got := ""
		if s.SaidBy >= 0 {
			got = r.Entities[s.SaidBy].Short
		}
		if got != want[si] {
			t.Errorf("SaidBy of %q = %q, want %q", r.sentenceText(si), got, want[si])
		}
	}
	if got := r.SaidBy(r.Sentences[1].SaidBy); len(got) != 1 || got[0] != 1 {
		t.Errorf("SaidBy(Natarajan) = %v, want [1]", got)
	}
}

// A Result is read by many goroutines at once (run with -race).
func TestConcurrentReads(t *testing.T) {
	r := Analyze(docOf("Mayor Jane Roe and Sen. Tom Hadley spoke.\n“We are ready,” the mayor said.\n"), DefaultLexicon())
	done := make(chan bool)
	for range 4 {
		go func() {
			for range 50 {
				r.Resolve("Sen. Hadley")
				r.ByRole("mayor")
				r.Ambiguous("Hadley")
				r.IsRoleNoun("ministry")
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
}

// A role noun governed by a preposition or participle before a name is
// not the name's role ("Counsel assisting the coroner, Ngaire van
// Heerden"), and an organisation that "said it would" is no person.
func TestGovernedRolesAndItSpeaks(t *testing.T) {
	for _, tt := range []struct {
		name, text, entity string
		kind               EntityKind
		role, notRole      string
	}{
		{"participle", "Coroner Jacinta O’Meara sat. Counsel assisting the coroner, Ngaire van Heerden, told the inquest.\n", "Ngaire van Heerden", Person, "counsel", "coroner"},
		{"preposition", "The fund met. A spokeswoman for the fund, Camille Rousseau-Diallo, said it supported the decision.\n", "Camille Rousseau-Diallo", Person, "spokeswoman", "fund"},
		{"a place by its head noun", "Liam Fitzgerald was swept off the Bellwood Creek causeway. His body was found later.\n", "Bellwood Creek", Place, "", ""},
		{"a place head that is no surname", "A cyclist was hit on Marsh Road on Saturday.\n", "Marsh Road", Place, "", ""},
		{"a place after said is what was said", "The coroner accepted the point but said Bellwood Creek was not every crossing.\n", "Bellwood Creek", Place, "", ""},
		{"a given name is no place", "The striker Grace Park scored twice. “It was easy,” she said.\n", "Grace Park", Person, "striker", ""},
		{"an appositive after a place is the subject's", "Anneliese Vos grew up in Utrecht, the daughter of two players.\n", "Utrecht", Place, "", "daughter"},
		{"a body named after its kind, before a title-like word", "The study appeared in the journal Marine Ecology Letters on Wednesday.\n", "Marine Ecology Letters", Organisation, "journal", "marine"},
		{"a place WordNet knows, before a title-like word", "Divers surveyed 212 reefs in the Indian Ocean.\n", "Indian Ocean", Place, "", ""},
		{"a body's noun set off before a name", "The company, Nordhavn Aluminium, said it would close two lines.\n", "Nordhavn Aluminium", Organisation, "company", ""},
		{"an institution's name with and", "Shares fell after the Competition and Markets Authority blocked the deal.\n", "Competition and Markets Authority", Organisation, "", ""},
		{"a sentence-initial name that says it would", "Nordhavn Aluminium will shut two lines.\nNordhavn said it would present a plan.\n", "Nordhavn Aluminium", Organisation, "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			for _, e := range r.Entities {
				if e.Name != tt.entity {
					continue
				}
				if e.Kind != tt.kind {
					t.Errorf("kind %s, want %s", e.Kind, tt.kind)
				}
				if tt.role != "" && !slices.Contains(e.Roles, tt.role) || tt.notRole != "" && slices.Contains(e.Roles, tt.notRole) {
					t.Errorf("roles %q, want %q and not %q", e.Roles, tt.role, tt.notRole)
				}
				return
			}
			t.Fatalf("no entity %q", tt.entity)
		})
	}
}

// TestOpensSectionHeadingOutsideParagraphs: a caller that leaves headings
// out of its paragraphs still opens a section after one ("Third-place
// finish" between two paragraphs).
func TestOpensSectionHeadingOutsideParagraphs(t *testing.T) {
	full := docOf("Ann Roe won with 46%. Bea Lund, a council member, finished third.\n“We won,” Roe said. She thanked her staff.\nThird-place finish\n“I will not apologize,” she said late Tuesday. Lund, 38, had been accused of splitting the vote.\n")
	d := Doc{Text: full.Text}
	dropped := -1
	for i, p := range full.Paragraphs {
		if _, ok := nlp.HeadingText(full.Text[p.Start:p.End]); ok {
			dropped = i
			continue
		}
		d.Paragraphs = append(d.Paragraphs, p)
	}
	if dropped < 0 {
		t.Fatal("no heading paragraph")
	}
	for _, s := range full.Sentences {
		switch {
		case s.Paragraph == dropped:
			continue
		case s.Paragraph > dropped:
			s.Paragraph--
		}
		d.Sentences = append(d.Sentences, s)
	}
	r := Analyze(d, DefaultLexicon())
	for q, qt := range r.Quotations {
		if strings.HasPrefix(d.Text[qt.Start:qt.End], "I will not") {
			if got := r.speakerName(q); got != "Lund" {
				t.Errorf("speaker %q by %q, want Lund", got, qt.Rule)
			}
			return
		}
	}
	t.Error("quotation not found")
}

// A role noun names an organisation when it heads the name, not when it
// modifies a later organisation word ("Union" of Bharat Union Bank).
func TestByRoleHeadOfName(t *testing.T) {
	text := "Bharat Union Bank said in a filing that it had acted within the rules. The Ministry of Transport said nothing.\n"
	r := Analyze(docOf(text), DefaultLexicon())
	name := func(e int) string {
		if e < 0 {
			return ""
		}
		return r.Entities[e].Name
	}
	tests := []struct{ noun, want string }{
		{"bank", "Bharat Union Bank"},
		{"union", ""},
		{"ministry", "Ministry of Transport"},
	}
	for _, tt := range tests {
		if got := name(r.ByRole(tt.noun)); got != tt.want {
			t.Errorf("ByRole(%q) = %q, want %q", tt.noun, got, tt.want)
		}
	}
}

// TestAcronyms checks that an acronym joins the body whose initials it
// spells and that one naming no body in the text makes no entity.
func TestAcronyms(t *testing.T) {
	for _, tt := range []struct {
		name, text, acronym, want string
	}{
		{"brackets after the full name", "The Association of Mineworkers and Smelter Workers (AMSW) said it would fight. The AMSW said more.\n", "amsw", "Association of Mineworkers and Smelter Workers"},
		{"initials alone, function words skipped", "The Department of Mineral Resources and Energy met on Monday. Later the DMRE said it was concerned.\n", "dmre", "Department of Mineral Resources and Energy"},
		{"no body spelled: no entity", "Trade talks resumed, and on Monday the QXR trade office was quiet.\n", "qxr", ""},
		{"lower case is no acronym", "The Federation of Coastal Fishers met. The Fcf said no.\n", "fcf", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(docOf(tt.text), DefaultLexicon())
			got := ""
			for _, e := range r.Entities {
				for _, v := range e.Variants {
					if v == tt.acronym {
						got = e.Name
					}
				}
			}
			if got != tt.want {
				t.Errorf("%q belongs to %q, want %q", tt.acronym, got, tt.want)
			}
		})
	}
}
