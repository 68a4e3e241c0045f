package knowledge

import "testing"

// TestCheckClaimTranscriptContinuation: a transcript prints a long
// answer's second paragraph without the speaker's label; it is still that
// speaker's, while the editor's italic note and the narration after the
// last turn are nobody's answer.
func TestCheckClaimTranscriptContinuation(t *testing.T) {
	const art = "Radio hour\n\n**Priya Dunmore:** Welcome back. How was the harvest?\n\n" +
		"**Tomas Ferrand:** Thin. The rain came three weeks late and the barley never caught up.\n\n" +
		"I planted that field with my father forty years ago, and we have never lost it twice running.\n\n" +
		"*The line dropped briefly at this point.*\n\n" +
		"**Priya Dunmore:** Will you sell?\n\n**Tomas Ferrand:** Not this year.\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"continuation, the speaker", `Tomas Ferrand said "we have never lost it twice running"`, "Ferrand", true},
		{"continuation, the host", `Priya Dunmore said "we have never lost it twice running"`, "Ferrand", false},
		{"labelled turn", `Tomas Ferrand said "Not this year."`, "Ferrand", true},
	})
}

// TestCheckClaimHyphenatedOfficeBlockQuote: "Director-General" is one
// office, not a person called "General"; and the quote marks that wrap a
// whole Markdown block quote are its own, so its words are the speaker's
// the colon introduces.
func TestCheckClaimHyphenatedOfficeBlockQuote(t *testing.T) {
	const art = "Road opens\n\nAt the ribbon-cutting, the agency's Secretary-General, Dr. Halima Osei-Brandt, said:\n\n" +
		"> \"We waited ten years for this road. It will change the valley.\"\n\n" +
		"The agency's engineer, Marek Tulloch, said the bridge was finished early.\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"full name", `Dr. Halima Osei-Brandt said "It will change the valley."`, "Osei-Brandt", true},
		{"the office", `The Secretary-General said "We waited ten years for this road."`, "Osei-Brandt", true},
		{"someone else", `Marek Tulloch said "It will change the valley."`, "Osei-Brandt", false},
	})
}

// TestCheckClaimSpokespersonPreviousParagraph: "the spokesperson" who
// opens a paragraph is the voice of the body whose spokesperson the
// paragraph before introduced, not the union's "representative" named
// earlier (no synonym of a voice noun).
func TestCheckClaimSpokespersonPreviousParagraph(t *testing.T) {
	const art = "Ferry strike\n\nRhona Quayle, the union's lead representative at the port, said: 'We have waited long enough.'\n\n" +
		"A spokesperson for Harbourline Ferries Ltd said the offer was 'the best the company can do this year'.\n\n" +
		"'We value our crews, and we have kept talking,' the spokesperson said.\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"the company", `Harbourline Ferries Ltd said "We value our crews"`, "Harbourline Ferries Ltd", true},
		{"the union's representative", `Rhona Quayle said "We value our crews"`, "Harbourline Ferries Ltd", false},
	})
}

// TestCheckClaimDocumentOwner: "The company's statement said … “…”" is
// the company's, as "The company said" is.
func TestCheckClaimDocumentOwner(t *testing.T) {
	const art = "Ferries\n\nHarbourline Ferries Ltd runs the crossing. Its captain, Rhona Quayle, was not consulted.\n\n" +
		"The company's official statement said the board had \"full confidence in the crews\".\n\n" +
		"The company's statement, issued on Monday, said there would be \"no sudden timetable changes\".\n"
	runClaimSpeakerTable(t, art, []claimSpeakerCase{
		{"the company", `Harbourline Ferries Ltd said the board had "full confidence in the crews"`, "Harbourline Ferries Ltd", true},
		{"its captain", `Rhona Quayle said "full confidence in the crews"`, "Harbourline Ferries Ltd", false},
		{"over an aside", `Harbourline Ferries Ltd said "no sudden timetable changes"`, "Harbourline Ferries Ltd", true},
	})
}
