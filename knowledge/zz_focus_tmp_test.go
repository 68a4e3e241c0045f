package knowledge

import (
	"testing"

	"github.com/quotebot/quotebot/knowledge/lexicon"
)

func TestZZFocusTmp(t *testing.T) {
	for _, s := range []string{"Which auditing firm did the town council hire?", "How many wickets did Tobias Fairbrother take?",
		"Who will replace O’Halloran as Westhaven coach?", "Why did Castellano decide to appeal his sentence?", "When will the schools reopen?",
		"What did the captain tell his teammates after the second defeat?", "What did the union's branch chairperson say would happen to the town?",
		"How many runs did the skipper make?", "What target were Westhaven chasing?", "How strong will the wind gusts be?", "What share of the Shaft 4 workforce belongs to the union?",
		"Which US official will lead the next round of negotiations?", "How much rain has fallen in Dunmore?", "Where does the band play now?"} {
		toks := tokenize(s, func(x string) string { return x })
		f, v := questionFocus(lexicon.Default(), toks)
		var fw, vw []string
		for _, tk := range toks {
			if f[tk.Start] {
				fw = append(fw, tk.Text)
			}
			if v[tk.Start] {
				vw = append(vw, tk.Text)
			}
		}
		t.Logf("%s focus=%v verbs=%v", s, fw, vw)
	}
}
