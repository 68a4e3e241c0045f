package knowledge

import "testing"

// TestCheckClaimedRoleOfPerson: a claim names its speaker by the role the
// article gives a named person — in apposition before a titled name, after
// an age, of a named body, by "the post" referring back, by a copula after
// an aside, by a role "for" a place — or by a narrower kind the article
// names an unnamed speaker by ("A parent said" for "one mother"),
// or by the body whose officer spoke ("North Fell Police said" for "a
// police liaison officer"). A role the article gives someone else, a
// namesake and another kind do not match.
func TestCheckClaimedRoleOfPerson(t *testing.T) {
	const parish = "Parish notes\n\nAt the vestry meeting, the rector, the Rev Aled Pryce, spoke first. “We will mend the roof,” Mr Pryce said.\n\nThe churchwarden, Ruth Oakes, disagreed. “We cannot afford it,” she said.\n"
	const pool = "Pool\n\nHamza Idris, 44, the head lifeguard, watched the queue. “It is cold,” Mr Idris said.\n\nHis cousin Samir Idris, a plumber, fixed the boiler. “It took all night,” he said.\n"
	const trust = "Trust\n\nThe trust's finance officer warned of cuts. “We are short of money,” said Ola Bergen, who has held the post since 2019.\n\n“We will cope,” said Tom Reddy, the chair.\n"
	const dinner = "Dinner\n\nDr Nia Blake, now a surgeon in Bristol, was guest of honour at the dinner. “Stay curious,” Dr Blake said.\n\n“She was always curious,” said Ian Moss, her old teacher.\n"
	const seat = "Debate\n\nPaul Grey, the MP for Hollins, asked about the bridge. “When will it open?” he asked.\n\n“In May,” said Lena Grey, the minister.\n"
	const school = "School\n\nThe inspectors praised reading. “My son reads every night now,” one mother told us.\n\n“We are delighted,” said Amira Khan, the head teacher.\n"
	const fete = "Fete\n\nNorth Fell Police closed the lane. A police liaison officer said the fete had been “trouble-free”.\n\n“We had a lovely day,” said Joy Kemp, the organiser.\n"
	yes, no := true, false
	for _, tt := range []struct {
		name, text, msg, speaker string
		matches                  bool
	}{
		{"role before a titled name", parish, `The rector said "We will mend the roof"`, "Pryce", yes},
		{"that role, another's words", parish, `The rector said "We cannot afford it"`, "Oakes", no},
		{"role after an age", pool, `The head lifeguard said "It is cold"`, "Hamza Idris", yes},
		{"a namesake's words", pool, `The head lifeguard said "It took all night"`, "Samir Idris", no},
		{"a namesake by full name", pool, `Samir Idris said "It is cold"`, "Hamza Idris", no},
		{"the post refers back", trust, `The finance officer said "We are short of money"`, "Bergen", yes},
		{"the post, another's words", trust, `The finance officer said "We will cope"`, "Reddy", no},
		{"a copula after an aside", dinner, `The guest of honour said "Stay curious"`, "Blake", yes},
		{"a copula after an aside, another's words", dinner, `The guest of honour said "She was always curious"`, "Moss", no},
		{"a role for a place", seat, `The MP for Hollins asked "When will it open?"`, "Paul Grey", yes},
		{"a role for a place, another's words", seat, `The MP for Hollins said "In May"`, "Lena Grey", no},
		{"a broader kind", school, `A parent said "My son reads every night now"`, "one mother", yes},
		{"a kind that is not it", school, `A teacher said "My son reads every night now"`, "one mother", no},
		{"the body whose officer spoke", fete, `North Fell Police said the fete had been "trouble-free"`, "a police liaison officer", yes},
		{"the body, another's words", fete, `North Fell Police said "We had a lovely day"`, "Kemp", no},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkClaimSpeaker(t, tt.text, tt.msg, tt.speaker, tt.matches)
		})
	}
}
