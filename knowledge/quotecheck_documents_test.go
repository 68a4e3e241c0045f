package knowledge

import "testing"

// TestClaimBodyByItsDocument: a claim whose speaker is a writing ("The
// catalogue described …", "The minutes say …") or a business noun ("the
// auction house") names the body that wrote it or the firm the article
// names; invented text (issue 10).
func TestClaimBodyByItsDocument(t *testing.T) {
	art := "Violin sold\nA violin sold for £200,000 at Pellow & Starke's saleroom in Truro.\n" +
		"The catalogue for the sale had described the lot as \"a violin, probably Cremonese, in need of repair\", with a low estimate.\n" +
		"The buyer was not named. The auction house said only that the bidder was \"a private collector in Europe\".\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"the catalogue speaks for the firm", `The catalogue described the lot as "a violin, probably Cremonese, in need of repair"`, "Pellow & Starke", true},
		{"the auction house is the firm", `The auction house said the buyer was "a private collector in Europe"`, "Pellow & Starke", true},
	})
	minutes := "Rates held\nThe Bank of Osterlund held its rate, but minutes showed its Rate Setting Committee divided.\n" +
		"The minutes, published at the same time, were detailed. \"Most members judged that the risks had not shifted,\" the minutes say.\n"
	runClaimSpeakerTable(t, minutes, []claimSpeakerCase{
		{"the minutes speak for the committee", `The minutes say "Most members judged that the risks had not shifted"`, "Rate Setting Committee", true},
		{"a named other body's minutes", `The Harbour Board's minutes say "Most members judged that the risks had not shifted"`, "Rate Setting Committee", false},
	})
}
