package attribution

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// scriptCueKind is what a broadcast script's capitals label says about the
// line it starts: who is heard is then not the label itself.
type scriptCueKind int

const (
	cueNone      scriptCueKind = iota
	cueClip                    // "SOT:", "SYNC:", "PTC:": the person last captioned speaks
	cueVoice                   // "VO:", "TRACK:": the unnamed narrating reporter
	cueVox                     // "VOX:": a passer-by nobody names
	cueCaption                 // "SUPER: Name | Role": the name shown on screen
	cueDirection               // "SLUG: …", "GFX: …": the script's own notes
)

// scriptCues are the production labels of a television or radio script.
// They mark how a line is heard or shown, never who says it.
var scriptCues = map[string]scriptCueKind{
	"SOT": cueClip, "SYNC": cueClip, "CLIP": cueClip, "GRAB": cueClip, "BITE": cueClip,
	"SOUNDBITE": cueClip, "ACTUALITY": cueClip, "PTC": cueClip, "STANDUP": cueClip, "STAND-UP": cueClip,
	"VO": cueVoice, "V/O": cueVoice, "OOV": cueVoice, "TRACK": cueVoice, "VOICEOVER": cueVoice, "VOICE-OVER": cueVoice,
	"VOX": cueVox, "VOX POP": cueVox, "VOX POPS": cueVox, "VOXPOP": cueVox,
	"SUPER": cueCaption, "CAPTION": cueCaption, "ASTON": cueCaption, "CG": cueCaption, "STRAP": cueCaption,
	"NAMESTRAP": cueCaption, "LOWER THIRD": cueCaption, "CHYRON": cueCaption,
	"SLUG": cueDirection, "GFX": cueDirection, "GRAPHIC": cueDirection, "FX": cueDirection, "NAT": cueDirection,
	"NATSOUND": cueDirection, "NAT SOUND": cueDirection, "MUSIC": cueDirection, "CUE": cueDirection,
}

// scriptCue classifies a turn label as a script's production cue. Only
// capitals count: "Sync:" or "Track:" in prose may be a speaker's name.
func scriptCue(label string) scriptCueKind {
	l := strings.Join(strings.Fields(label), " ")
	if l == "" || strings.ToUpper(l) != l || !strings.ContainsFunc(l, unicode.IsLetter) {
		return cueNone
	}
	return scriptCues[l]
}

// scriptTurn returns who speaks the cued line of paragraph pi of a
// broadcast script, and whether the paragraph carries such a cue: a clip
// ("SOT: …") is the person named by the latest on-screen caption before it
// ("SUPER: Cllr Ann Roe | Convener"), as a script gives a name once and
// then runs the clip; voice-over and vox pops are nobody the article names.
func (r *Result) scriptTurn(pi int) (int, bool) {
	p := r.doc.Paragraphs[pi]
	name, _, ok := turnLabel(r.doc.Text[p.Start:p.End])
	if !ok {
		return -1, false
	}
	switch scriptCue(name) {
	case cueClip:
		return r.captioned(pi), true
	case cueVoice, cueVox, cueCaption, cueDirection:
		return -1, true
	}
	return -1, false
}

// captioned returns the person the latest caption cue before paragraph pi
// names, or -1. The caption may be a paragraph of its own or a line the
// article's reader left out of its paragraphs (an on-screen caption is not
// prose), so the raw lines before the paragraph are read. A vox pop or a
// voice-over in between does not end the caption: a script captions a
// speaker once and then runs the clip.
func (r *Result) captioned(pi int) int {
	text := r.doc.Text[:r.doc.Paragraphs[pi].Start]
	for len(text) > 0 {
		nl := strings.LastIndexByte(strings.TrimRight(text, "\n"), '\n')
		line := strings.TrimSpace(text[nl+1:])
		text = text[:max(nl, 0)]
		name, cs, ok := turnLabel(line)
		if !ok || scriptCue(name) != cueCaption {
			continue
		}
		// "Cllr Ann Roe | Convener, planning committee": the name before
		// the first separator.
		who := line[cs:]
		if i := strings.IndexAny(who, "|,/(–—"); i >= 0 {
			who = who[:i]
		}
		who = strings.TrimSpace(who)
		if who == "" {
			return -1
		}
		if e, _ := r.Resolve(who); e >= 0 {
			if k := r.Entities[e].Kind; k != Place && k != Organisation {
				return e
			}
			return -1
		}
		return r.addCaptioned(who)
	}
	return -1
}

// addCaptioned adds the person a caption alone names ("SUPER: Cllr Ann
// Roe | …" when the script never names her in its prose), titles dropped.
func (r *Result) addCaptioned(who string) int {
	f := strings.Fields(who)
	for len(f) > 1 {
		t := strings.ToLower(strings.TrimSuffix(f[0], "."))
		if titleAbbrev[t] == "" && !honorifics[t] && !handRoles[t] {
			break
		}
		f = f[1:]
	}
	if len(f) < 2 || len(f) > 4 {
		return -1 // a full name only: one word may be a place or a role
	}
	for _, w := range f {
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
			return -1
		}
	}
	name := strings.Join(f, " ")
	key := "caption:" + foldName(name)
	if e, ok := r.roleOnly[key]; ok {
		return e
	}
	e := r.addRoleOnly(key, name, "")
	en := &r.Entities[e]
	en.Roles, en.RoleOnly, en.Gender = nil, false, ""
	en.parts = strings.Fields(foldName(name))
	en.first, en.last = en.parts[0], en.parts[len(en.parts)-1]
	return e
}

// sieveLabelledWriting gives a quotation that a line labelled as a writing
// opens ("STATEMENT: “…”", "GFX — STATEMENT: “…”") to who the narration
// just before says sent that writing ("X did not put anyone up, but sent us
// a statement").
func (r *Result) sieveLabelledWriting(q int) (int, bool) {
	qt := r.Quotations[q]
	if qt.Parent >= 0 || qt.Kind != KindQuote {
		return -1, false
	}
	p := r.doc.Paragraphs[qt.Paragraph]
	label, ok := strings.CutSuffix(strings.TrimSpace(r.doc.Text[p.Start:qt.OpenStart]), ":")
	f := strings.FieldsFunc(strings.ToLower(label), func(c rune) bool { return !unicode.IsLetter(c) })
	// A label, not a sentence: one word ("Statement:") or a script's
	// capitals ("GFX FULL FRAME — STATEMENT:").
	if !ok || len(f) == 0 || len(f) > 6 || len(f) > 1 && strings.ToUpper(label) != label || !documentNouns[f[len(f)-1]] {
		return -1, false
	}
	si := r.sentenceOf(qt.OpenStart)
	if si < 0 {
		return -1, false
	}
	noun := f[len(f)-1]
	if e := r.authorBefore(si, noun, qt.OpenStart); e >= 0 {
		return e, true
	}
	return r.senderBefore(si, noun)
}

// senderBefore returns the first body or person named in the sentence
// just before si when that sentence mentions "a <noun>" after the name, as
// a script's narration does ("VO: Halloway did not put anyone up for
// interview, but sent us a statement."), which the verb-subject reading
// misses when the verb is coordinated.
func (r *Result) senderBefore(si int, noun string) (int, bool) {
	s := si - 1
	if s < 0 || r.doc.Sentences[s].Paragraph < r.doc.Sentences[si].Paragraph-1 {
		return -1, false
	}
	toks := r.toks[s]
	at := -1
	for n := 1; n < len(toks); n++ {
		if toks[n].Norm == noun && !r.inQ[s][n] && (toks[n-1].Norm == "a" || toks[n-1].Norm == "an") {
			at = toks[n].Start
		}
	}
	if at < 0 {
		return -1, false
	}
	for _, m := range r.Mentions {
		if m.Sentence != s || m.InQuote || m.Entity < 0 || m.Start >= at || r.Entities[m.Entity].Kind == Place {
			continue
		}
		if scriptCue(r.doc.Text[m.Start:m.End]) != cueNone {
			continue // the "VO" of "VO: …"
		}
		return m.Entity, true
	}
	return -1, false
}

// initialsAliases joins a reader a column knows by initials ("DH,
// Wrexford") with the titled initial it later calls them by ("Mr H is
// relieved"): the title's letter is the initials' last, and the title
// gives the reader a gender that "he says" can then find. Only one set of
// initials may end in that letter.
func (r *Result) initialsAliases() {
	for x := range r.Entities {
		ex := &r.Entities[x]
		if len(ex.Name) != 1 || ex.Name[0] < 'A' || ex.Name[0] > 'Z' || ex.Gender == "" || len(ex.Mentions) == 0 {
			continue
		}
		y := -1
		for e := range r.Entities {
			n := r.Entities[e].Name
			if e == x || len(n) < 2 || len(n) > 3 || n[len(n)-1] != ex.Name[0] || strings.ContainsFunc(n, func(c rune) bool { return c < 'A' || c > 'Z' }) {
				continue
			}
			if y >= 0 {
				y = -2
				break
			}
			y = e
		}
		if y < 0 {
			continue
		}
		ey := &r.Entities[y]
		for _, mi := range ex.Mentions {
			r.Mentions[mi].Entity = y
		}
		ey.Mentions = append(ey.Mentions, ex.Mentions...)
		slices.Sort(ey.Mentions)
		ey.Variants = append(ey.Variants, ex.Variants...)
		if ey.Gender == "" {
			ey.Gender = ex.Gender
		}
		if ey.Kind == Unknown {
			ey.Kind = Person
		}
		ex.Mentions, ex.Variants = nil, nil
	}
}
