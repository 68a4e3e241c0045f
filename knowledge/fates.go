package knowledge

// fateClasses sort the words a report counts people by after an event
// into what happened to them: killed, injured, missing, rescued, evacuated,
// arrested, taken to hospital. A count of one is no count of another ("Six
// people were killed and three remain missing" says nothing of how many
// were injured), though retrieval finds the same people, event and number.
var fateClasses = func() map[string]int {
	m := map[string]int{}
	for c, words := range []string{
		`kill killed killing dead die died dying death deaths fatal fatality fatalities`,
		`injure injured injuring injury injuries hurt wounded wounding`,
		`missing unaccounted`,
		`rescue rescued`,
		`evacuate evacuated evacuation displaced`,
		`arrest arrested arrests detained detain`,
		`hospitalised hospitalized`,
	} {
		for w := range wordSet(words) {
			m[w] = c + 1
		}
	}
	return m
}()

// fateOther reports a count question for people of one fate ("How many
// were injured?") whose window counts them only by another ("six people
// were killed"): the question's fate is absent, another's stands there.
func (a *Article) fateOther(q *query, w *window) bool {
	if q.answerType != "number" {
		return false
	}
	asked := map[int]bool{}
	for _, t := range q.toks {
		if c := fateClasses[t.Norm]; c > 0 {
			asked[c] = true
		}
	}
	if len(asked) == 0 {
		return false
	}
	other := false
	for _, ts := range w.toks {
		for _, t := range ts {
			c := fateClasses[t.Norm]
			if asked[c] {
				return false
			}
			if c > 0 {
				other = true
			}
		}
	}
	return other
}
