package attribution

import "testing"

// TestScriptLayout holds a television script's layout on invented text:
// production cues ("VO:", "SOT:", "VOX:", "PTC:") are no speakers; a clip
// is spoken by the person the latest on-screen caption ("SUPER: Name |
// Role") names, whether the prose names them or not; a vox pop is nobody;
// a quotation a "STATEMENT:" line opens is the statement's sender's.
func TestScriptLayout(t *testing.T) {
	const script = "HARBOUR WALL REPAIRED — Coast Tonight — script as broadcast\n" +
		"SLUG: HARBOUR / PKG / Reporter: Tom Reid\n" +
		"[VT IN — HARBOUR, BOATS]\n" +
		"VO: The wall fell in the storm of March. Fisherman Owen Pryce lost two boats.\n" +
		"SUPER: Cllr Bethan Lloyd | Chair, harbour board\n" +
		"SOT: We listened to everyone and I think we got it right in the end.\n" +
		"VO: Owen Pryce is less sure.\n" +
		"SUPER: Owen Pryce | Fisherman\n" +
		"SOT: I lost my living in one night. Nobody has paid me a penny.\n" +
		"[VOX POPS — QUAY]\n" +
		"VOX: It looks better than before, I'll give them that.\n" +
		"VO: Seaview Contractors did not give an interview, but sent us a statement.\n" +
		"GFX FULL FRAME — STATEMENT: \"We finished the work on time and on budget.\"\n" +
		"SUPER: Tom Reid | Aberteifi\n" +
		"PTC: The next storm will be the real test of this wall, and I will be here.\n" +
		"[VT OUT]\n"
	runSieveTable(t, []sieveCase{
		{"a clip is the captioned person's, named only in the caption", script, "We listened to everyone and I think we got it right in the end.", "Lloyd", "qa"},
		{"a clip is the captioned person's, named in the prose too", script, "I lost my living in one night. Nobody has paid me a penny.", "Pryce", "qa"},
		{"a vox pop is nobody the script names", script, "It looks better than before, I'll give them that.", "", "qa"},
		{"a piece to camera is the captioned reporter's", script, "The next storm will be the real test of this wall, and I will be here.", "Reid", "qa"},
		{"a statement shown on screen is its sender's", script, "We finished the work on time and on budget.", "Contractors", "labelled-writing"},
	})
	for _, c := range []struct {
		label string
		want  scriptCueKind
	}{
		{"SOT", cueClip}, {"VO", cueVoice}, {"VOX", cueVox}, {"SUPER", cueCaption}, {"SLUG", cueDirection},
		{"Sync", cueNone}, {"MAYOR RUTH OBI", cueNone}, {"Track", cueNone},
	} {
		if got := scriptCue(c.label); got != c.want {
			t.Errorf("scriptCue(%q) = %d, want %d", c.label, got, c.want)
		}
	}
}

// TestInitialsAliases: a consumer column knows a reader by initials ("DW,
// Dunmore") and later by a titled initial ("Mrs W"); both are one reader,
// whose gender the title gives.
func TestInitialsAliases(t *testing.T) {
	const column = "The Fixer\n*My kettle broke after a week and the shop will not answer.*\n*DW, Dunmore*\nI contacted the shop about DW on Monday.\nMrs W is delighted. ‘I never thought I would see the money,’ she says.\n"
	runSieveTable(t, []sieveCase{
		{"a titled initial is the reader known by initials", column, "I never thought I would see the money,", "DW", "speech-after"},
		{"two sets of initials ending in the letter: no join", "The Fixer\nThe shop ignored DW and TW for weeks.\nMrs W is delighted. ‘I never thought I would see the money,’ she says.\n", "I never thought I would see the money,", "W", "speech-after"},
	})
}
