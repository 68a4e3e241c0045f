package knowledge
import ("os";"testing")
func TestZZ(t *testing.T) {
	b, _ := os.ReadFile("testdata/heldout/attribution/dev/court_pension_theft.txt")
	a, _ := Parse("x", string(b))
	for _, c := range []string{`Liang said "It was more than 40 transfers"`, `DeSantis-Ruiz wrote: “I do not want his apology.”`} {
		rep, _ := a.CheckQuotes(c)
		t.Logf("%+v", rep.Claims[0])
	}
	for _, q := range a.Quotations { t.Logf("%d-%d %q %s", q.Start, q.End, q.Speaker, q.Rule) }
}
