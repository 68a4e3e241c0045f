package attribution

// IsCurrencyAbbrev reports whether w (folded, lower case) is a currency
// written as letters before an amount ("rs" of "Rs 500", "ksh" of "KSh
// 612 million"), as the name reader knows them.
func IsCurrencyAbbrev(w string) bool { return currencyAbbrevs[w] }
