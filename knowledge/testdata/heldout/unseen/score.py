#!/usr/bin/env python3
"""Score a quotebot binary on a held-out set, reading only the CLI's JSON output.

    python3 score.py [--bin PATH] [--set unseen|unseen2|unseen3|unseen4|unseen5|unseen6|unseen7|unseen8|unseen9|unseen10|unseen11|unseen12|unseen13|unseen14|unseen15|unseen16|unseen17|final|dev|dev3|dev4|dev5|dev5-heldback|dev6|dev6-heldback|dev7|dev7-heldback|dev8|dev8-heldback|dev9|dev9-heldback|dev10|dev10-heldback|dev11|dev11-heldback|dev12|dev12-heldback|dev13|dev13-heldback|dev14|dev14-heldback|dev15|dev15-heldback|dev16|dev16-heldback|dev17|dev17-heldback] [--attr DIR --answers DIR --seed FILE]
                     [--json OUT] [--verbose]

Per article and overall it prints:
  quotations  recall: an annotated quotation is found when a reported quotation's text equals it
              after trimming quote marks and whitespace (inner whitespace collapsed), or overlaps it
              by >= 90 % (longest common substring / length of the longer text); one-to-one.
              speaker: among annotated quotations with a non-empty speaker, the reported speaker
              matches (case-, accent- and apostrophe-insensitive token containment either way:
              "Raghunathan" ~ "Anita Raghunathan"). Given over the found quotations and over all
              (a missed quotation counts as wrong). "strict" also counts wrong a bare name that two
              annotated speakers of the article share (Pettigrew for Jean and Alan Pettigrew).
  claims      verdict accuracy (the annotated verdict or one in "accept"); speaker accuracy (among
              claims with an annotated speaker and/or speaker_matches: every annotated field right);
              "exact but not": claims called exact whose annotation is not exact (and exact not
              accepted) - must be 0.
  questions   top-1 (answerable: answered and the first quote contains an evidence string), false
              abstention (answerable not answered), trap abstention (unanswerable not answered),
              balanced accuracy of the decision ((1 - false abstention + trap abstention) / 2), and
              shown top-1 (first passage shown holds the evidence, answered or not).
              "answered" is the JSON field: the "uncertain" outcome counts as an abstention.
and the same questions figures for the seed-article file against the embedded article.

Commands used: `quotes --json --article F`, `check --json --article F CLAIM` (one claim per call),
`eval --json [--article F] FILE` (falls back to `ask --json` per question if eval has no --json).
"""
import argparse
import difflib
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
QUOTE_MARKS = "\"'“”‘’«»„‚‹›`"

SETS = {
    "unseen": (HERE, HERE, os.path.join(HERE, "unseen_seed.jsonl")),
    "unseen2": (os.path.join(HERE, "../unseen2"), os.path.join(HERE, "../unseen2"),
                os.path.join(HERE, "../unseen2/unseen2_seed.jsonl")),
    "unseen3": (os.path.join(HERE, "../unseen3"), os.path.join(HERE, "../unseen3"),
                os.path.join(HERE, "../unseen3/unseen3_seed.jsonl")),
    "unseen4": (os.path.join(HERE, "../unseen4"), os.path.join(HERE, "../unseen4"),
                os.path.join(HERE, "../unseen4/unseen4_seed.jsonl")),
    "unseen5": (os.path.join(HERE, "../unseen5"), os.path.join(HERE, "../unseen5"),
                os.path.join(HERE, "../unseen5/unseen5_seed.jsonl")),
    "unseen6": (os.path.join(HERE, "../unseen6"), os.path.join(HERE, "../unseen6"),
                os.path.join(HERE, "../unseen6/unseen6_seed.jsonl")),
    "unseen7": (os.path.join(HERE, "../unseen7"), os.path.join(HERE, "../unseen7"),
                os.path.join(HERE, "../unseen7/unseen7_seed.jsonl")),
    "unseen8": (os.path.join(HERE, "../unseen8"), os.path.join(HERE, "../unseen8"),
                os.path.join(HERE, "../unseen8/unseen8_seed.jsonl")),
    "unseen9": (os.path.join(HERE, "../unseen9"), os.path.join(HERE, "../unseen9"),
                os.path.join(HERE, "../unseen9/unseen9_seed.jsonl")),
    "unseen10": (os.path.join(HERE, "../unseen10"), os.path.join(HERE, "../unseen10"),
                 os.path.join(HERE, "../unseen10/unseen10_seed.jsonl")),
    "unseen11": (os.path.join(HERE, "../unseen11"), os.path.join(HERE, "../unseen11"),
                 os.path.join(HERE, "../unseen11/unseen11_seed.jsonl")),
    "unseen12": (os.path.join(HERE, "../unseen12"), os.path.join(HERE, "../unseen12"),
                 os.path.join(HERE, "../unseen12/unseen12_seed.jsonl")),
    "unseen13": (os.path.join(HERE, "../unseen13"), os.path.join(HERE, "../unseen13"),
                 os.path.join(HERE, "../unseen13/unseen13_seed.jsonl")),
    "unseen14": (os.path.join(HERE, "../unseen14"), os.path.join(HERE, "../unseen14"),
                 os.path.join(HERE, "../unseen14/unseen14_seed.jsonl")),
    "unseen15": (os.path.join(HERE, "../unseen15"), os.path.join(HERE, "../unseen15"),
                 os.path.join(HERE, "../unseen15/unseen15_seed.jsonl")),
    "unseen16": (os.path.join(HERE, "../unseen16"), os.path.join(HERE, "../unseen16"),
                 os.path.join(HERE, "../unseen16/unseen16_seed.jsonl")),
    "unseen17": (os.path.join(HERE, "../unseen17"), os.path.join(HERE, "../unseen17"),
                 os.path.join(HERE, "../unseen17/unseen17_seed.jsonl")),
    "final": (os.path.join(HERE, "../attribution/final"), os.path.join(HERE, "../answers/final"),
              os.path.join(HERE, "../answers/final/seed_final.jsonl")),
    "dev": (os.path.join(HERE, "../attribution/dev"), os.path.join(HERE, "../answers/dev"),
            os.path.join(HERE, "../answers/dev/seed_dev.jsonl")),
    # dev3: attribution only (no questions, no seed file); harder news styles, see its README.
    "dev3": (os.path.join(HERE, "../attribution/dev3"), os.path.join(HERE, "../attribution/dev3"), None),
    # dev4: attribution only; styles no other set has (transcript Q./A., question period, cricket), see its README.
    "dev4": (os.path.join(HERE, "../attribution/dev4"), os.path.join(HERE, "../attribution/dev4"), None),
    # dev5: attribution only; session 8's stress set (Senate hearing transcript, podcast, Nigerian, Dutch), see its README.
    "dev5": (os.path.join(HERE, "../attribution/dev5"), os.path.join(HERE, "../attribution/dev5"), None),
    "dev5-heldback": (os.path.join(HERE, "../attribution/dev5-heldback"), os.path.join(HERE, "../attribution/dev5-heldback"), None),
    # dev6: attribution only; session 9's stress set (cable-news transcript, long-read dialogue, court roundup,
    # sports notebook, tribute with titles, social-media row), see its README. dev6-heldback is scored once at the end.
    "dev6": (os.path.join(HERE, "../attribution/dev6"), os.path.join(HERE, "../attribution/dev6"), None),
    "dev6-heldback": (os.path.join(HERE, "../attribution/dev6-heldback"), os.path.join(HERE, "../attribution/dev6-heldback"), None),
    # dev7: attribution only; session 10's stress set in the commonest news styles (AP politics, a records
    # investigation, celebrity, business, local crime, a transfer story), see its README. dev7-heldback is scored once.
    "dev7": (os.path.join(HERE, "../attribution/dev7"), os.path.join(HERE, "../attribution/dev7"), None),
    "dev7-heldback": (os.path.join(HERE, "../attribution/dev7-heldback"), os.path.join(HERE, "../attribution/dev7-heldback"), None),
    # dev8: attribution only; session 11's stress set of layouts no earlier set used (an "as told to" piece,
    # a letters page, a radio transcript with initials, a reverse-order live text, a magazine roundtable,
    # Dail Leaders' Questions), see its README. dev8-heldback is scored once at first contact and at the end.
    "dev8": (os.path.join(HERE, "../attribution/dev8"), os.path.join(HERE, "../attribution/dev8"), None),
    "dev8-heldback": (os.path.join(HERE, "../attribution/dev8-heldback"), os.path.join(HERE, "../attribution/dev8-heldback"), None),
    # dev9: session 12's stress set of ordinary mainstream news with tricky attribution (documents
    # speaking for their body, shared surnames, role-only speakers, interrupted and multi-paragraph
    # quotations), see its README. dev9-heldback is scored once at first contact and at the end.
    "dev9": (os.path.join(HERE, "../attribution/dev9"), os.path.join(HERE, "../attribution/dev9"), None),
    "dev9-heldback": (os.path.join(HERE, "../attribution/dev9-heldback"), os.path.join(HERE, "../attribution/dev9-heldback"), None),
    # dev10: session 13's stress set of ordinary journalism in quoting conventions no earlier set used (a
    # parliamentary sketch, a central-bank decision with minutes, a boxing press conference, an A&E night-shift
    # reportage, a village show with judges' cards, a manifesto launch speech), see its README. dev10-heldback is
    # scored once at first contact and at the end.
    "dev10": (os.path.join(HERE, "../attribution/dev10"), os.path.join(HERE, "../attribution/dev10"), None),
    "dev10-heldback": (os.path.join(HERE, "../attribution/dev10-heldback"), os.path.join(HERE, "../attribution/dev10-heldback"), None),
    # dev11: session 14's stress set of ordinary journalism in layouts no earlier set used (a cookery column in
    # the chef's voice, a transfer-gossip roundup crediting other outlets, a school prize-day speech report, an
    # auction-room report, a press-awards night, a mountain-rescue call-out), see its README. dev11-heldback is
    # scored once at first contact and at the end.
    "dev11": (os.path.join(HERE, "../attribution/dev11"), os.path.join(HERE, "../attribution/dev11"), None),
    "dev11-heldback": (os.path.join(HERE, "../attribution/dev11-heldback"), os.path.join(HERE, "../attribution/dev11-heldback"), None),
    # dev12: session 15's stress set of ordinary journalism in styles no earlier set used (a zoo birth, a village-fete
    # vegetable-show row, a hospice fun run, a brass-band contest, a chess congress, a graduation ceremony), see its
    # README. dev12-heldback is its held-back part: engineers must not read it.
    "dev12": (os.path.join(HERE, "../attribution/dev12"), os.path.join(HERE, "../attribution/dev12"), None),
    "dev12-heldback": (os.path.join(HERE, "../attribution/dev12-heldback"), os.path.join(HERE, "../attribution/dev12-heldback"), None),
    # dev13: session 16's stress set of ordinary journalism in styles no earlier set used (a hospital ward opening, a
    # village pub closure, a wedding-venue licensing hearing, a cricket-club centenary, an allotment eviction row, a
    # lifeboat naming ceremony), see its README. dev13-heldback is its held-back part: engineers must not read it.
    "dev13": (os.path.join(HERE, "../attribution/dev13"), os.path.join(HERE, "../attribution/dev13"), None),
    "dev13-heldback": (os.path.join(HERE, "../attribution/dev13-heldback"), os.path.join(HERE, "../attribution/dev13-heldback"), None),
    # dev14: session 17's stress set of ordinary journalism in styles no earlier set used (a council budget meeting, a
    # food hygiene rating, a charity-shop till theft, a record bell-ringing peal, a lido reopening, a lollipop lady's
    # retirement, a post office counter closure, a scarecrow festival), see its README. dev14-heldback is its held-back
    # part: engineers must not read it.
    "dev14": (os.path.join(HERE, "../attribution/dev14"), os.path.join(HERE, "../attribution/dev14"), None),
    "dev14-heldback": (os.path.join(HERE, "../attribution/dev14-heldback"), os.path.join(HERE, "../attribution/dev14-heldback"), None),
    # dev15: session 18's stress set of ordinary journalism in styles no earlier set used (a council by-election count, a
    # US snow-day school closure, a US county spelling bee, a US school-board book vote, a street sinkhole, a US tornado
    # clean-up, a pub quiz league final, a community choir's talent-show audition), see its README. dev15-heldback is its
    # held-back part: engineers must not read it.
    "dev15": (os.path.join(HERE, "../attribution/dev15"), os.path.join(HERE, "../attribution/dev15"), None),
    "dev15-heldback": (os.path.join(HERE, "../attribution/dev15-heldback"), os.path.join(HERE, "../attribution/dev15-heldback"), None),
    # dev16: session 19's stress set of ordinary journalism in styles no earlier set used (an open dog show, a library
    # fines amnesty, a charity sleep-out, a US high-school football playoff, parish council minutes, a blood donor's 100th
    # donation, a biscuit factory closure, a wind-turbine planning appeal), see its README. dev16-heldback is its
    # held-back part: engineers must not read it.
    "dev16": (os.path.join(HERE, "../attribution/dev16"), os.path.join(HERE, "../attribution/dev16"), None),
    "dev16-heldback": (os.path.join(HERE, "../attribution/dev16-heldback"), os.path.join(HERE, "../attribution/dev16-heldback"), None),
    # dev17: session 20's stress set of ordinary journalism in styles no earlier set used (a school time-capsule opening,
    # a hosepipe ban, escaped llamas, a Paralympian's homecoming parade, a sewage-spill swimming warning, a US ice-fishing
    # derby, a US city-council ballpark vote, a Vermont covered-bridge reopening), see its README. dev17-heldback is its
    # held-back part: engineers must not read it.
    "dev17": (os.path.join(HERE, "../attribution/dev17"), os.path.join(HERE, "../attribution/dev17"), None),
    "dev17-heldback": (os.path.join(HERE, "../attribution/dev17-heldback"), os.path.join(HERE, "../attribution/dev17-heldback"), None),
}


def jl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def run(binary, args):
    p = subprocess.run([binary] + args, capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("ø", "o").replace("Ø", "O")
    return s.casefold()


def toks(s):
    return re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", fold(s))


def contains(a, b):
    """token sequence b occurs contiguously in a"""
    n = len(b)
    return n > 0 and any(a[i:i + n] == b for i in range(len(a) - n + 1))


def speaker_match(reported, annotated):
    r, a = toks(reported), toks(annotated)
    if not r or not a:
        return False
    return contains(a, r) or contains(r, a)


def qnorm(s):
    s = re.sub(r"\s+", " ", s or "").strip()
    return s.strip(QUOTE_MARKS + " ").strip()


def overlap(a, b):
    if not a or not b:
        return 0.0
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size / max(len(a), len(b))


def ratio(n, d):
    return None if d == 0 else n / d


def fmt(x):
    return "  n/a" if x is None else f"{x:5.3f}"


def find_article(adir, slug):
    for ext in (".txt", ".md"):
        p = os.path.join(adir, slug + ext)
        if os.path.exists(p):
            return p
    return None


# ---------------------------------------------------------------- quotations
def score_quotes(binary, art, qfile, fails):
    ann = jl(qfile)
    rc, out, err = run(binary, ["quotes", "--json", "--article", art])
    rep = json.loads(out).get("quotes", []) if rc == 0 and out.strip() else []
    if rc != 0:
        fails.append(("quotes", art, "exit %d: %s" % (rc, err.strip()[:200]), ""))
    rn = [qnorm(r.get("text", "")) for r in rep]
    used = set()
    speakers = {a["speaker"] for a in ann if a.get("speaker")}
    c = dict(n=len(ann), found=0, spk_n=0, spk_found=0, spk_ok=0, spk_strict=0)
    for a in ann:
        an = qnorm(a["quote"])
        best, bi = 0.0, -1
        for i, r in enumerate(rn):
            if i in used:
                continue
            s = 1.0 if r == an else overlap(an, r)
            if s > best:
                best, bi = s, i
        hit = best >= 0.9
        if hit:
            used.add(bi)
            c["found"] += 1
        else:
            fails.append(("quote missed", os.path.basename(art), an[:90],
                          "closest: %r (%.2f)" % (rn[bi][:90] if bi >= 0 else None, best)))
        if a.get("speaker"):
            c["spk_n"] += 1
            if hit:
                c["spk_found"] += 1
                rs = rep[bi].get("speaker") or ""
                ok = speaker_match(rs, a["speaker"])
                if ok:
                    c["spk_ok"] += 1
                    amb = sum(1 for s in speakers if speaker_match(rs, s)) > 1
                    if not amb:
                        c["spk_strict"] += 1
                else:
                    fails.append(("quote speaker", os.path.basename(art), an[:90],
                                  "got %r, want %r (rule %s)" % (rs, a["speaker"], rep[bi].get("rule"))))
    return c


# ---------------------------------------------------------------- claims
def score_claims(binary, art, cfile, fails):
    c = dict(n=0, verdict_ok=0, spk_n=0, spk_ok=0, name_n=0, name_ok=0, sm_n=0, sm_ok=0, exact_bad=0)
    for a in jl(cfile):
        c["n"] += 1
        rc, out, err = run(binary, ["check", "--json", "--article", art, a["claim"]])
        try:
            r = json.loads(out)["claims"][0]
        except Exception:
            r = {}
            fails.append(("check error", os.path.basename(art), a["claim"], "exit %d %s" % (rc, err.strip()[:150])))
        v = r.get("verdict")
        okv = v == a["verdict"] or v in a.get("accept", [])
        c["verdict_ok"] += okv
        if v == "exact" and a["verdict"] != "exact" and "exact" not in a.get("accept", []):
            c["exact_bad"] += 1
            fails.append(("EXACT BUT NOT", os.path.basename(art), a["claim"], "want %s" % a["verdict"]))
        elif not okv:
            fails.append(("claim verdict", os.path.basename(art), a["claim"], "got %s, want %s" % (v, a["verdict"])))
        has_s, has_m = bool(a.get("speaker")), "speaker_matches" in a
        if has_s or has_m:
            c["spk_n"] += 1
            ok = True
            if has_s:
                c["name_n"] += 1
                o = speaker_match(r.get("speaker") or "", a["speaker"])
                c["name_ok"] += o
                ok &= o
            if has_m:
                c["sm_n"] += 1
                o = r.get("speaker_matches") == a["speaker_matches"]
                c["sm_ok"] += o
                ok &= o
            c["spk_ok"] += ok
            if not ok:
                fails.append(("claim speaker", os.path.basename(art), a["claim"],
                              "got speaker=%r matches=%r, want %r matches=%r" % (
                                  r.get("speaker"), r.get("speaker_matches"), a.get("speaker"),
                                  a.get("speaker_matches"))))
    return c


# ---------------------------------------------------------------- questions
def answers_for(binary, art, afile, items):
    base = ["--article", art] if art else []
    rc, out, err = run(binary, ["eval", "--json"] + base + [afile])
    res = []
    if rc == 0:
        for l in out.splitlines():
            l = l.strip()
            if l.startswith("{"):
                try:
                    res.append(json.loads(l))
                except ValueError:
                    pass
    if len(res) == len(items):
        return res
    res = []  # fallback: one ask --json per question
    for it in items:
        rc, out, err = run(binary, ["ask", "--json"] + base + [it["q"]])
        try:
            res.append(json.loads(out))
        except ValueError:
            res.append({})
    return res


def score_questions(binary, art, afile, fails, label):
    items = jl(afile)
    res = answers_for(binary, art, afile, items)
    c = dict(ans=0, top1=0, shown1=0, falseabs=0, traps=0, trapabs=0, uncertain=0)
    for it, r in zip(items, res):
        answered = bool(r.get("answered"))
        if r.get("outcome") == "uncertain":
            c["uncertain"] += 1
        quotes = r.get("quotes") or []
        first = re.sub(r"\s+", " ", quotes[0].get("text", "")) if quotes else ""
        if it.get("answerable") is False:
            c["traps"] += 1
            if not answered:
                c["trapabs"] += 1
            else:
                fails.append(("trap answered", label, it["q"], "answered: %r" % first[:120]))
            continue
        c["ans"] += 1
        ev = [re.sub(r"\s+", " ", e) for e in it["evidence"]]
        holds = any(e in first for e in ev)
        c["shown1"] += holds
        if answered and holds:
            c["top1"] += 1
        elif not answered:
            c["falseabs"] += 1
            fails.append(("false abstention", label, it["q"],
                          "outcome=%s conf=%s first shown: %r" % (r.get("outcome"), r.get("confidence"), first[:120])))
        else:
            fails.append(("wrong top-1", label, it["q"], "got %r, want %r" % (first[:120], ev[0][:80])))
    return c


def qfig(c):
    fa, ta = ratio(c["falseabs"], c["ans"]), ratio(c["trapabs"], c["traps"])
    bal = None if fa is None or ta is None else ((1 - fa) + ta) / 2
    return dict(top1=ratio(c["top1"], c["ans"]), false_abstention=fa, trap_abstention=ta,
                balanced=bal, shown_top1=ratio(c["shown1"], c["ans"]), answerable=c["ans"],
                traps=c["traps"], uncertain=c["uncertain"])


def add(tot, c):
    for k, v in c.items():
        tot[k] = tot.get(k, 0) + v


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.environ.get("QUOTEBOT", "quotebot"))
    ap.add_argument("--set", choices=sorted(SETS), default="unseen")
    ap.add_argument("--attr"), ap.add_argument("--answers"), ap.add_argument("--seed")
    ap.add_argument("--json", help="also write all figures and failures as JSON to this file")
    ap.add_argument("--verbose", action="store_true", help="print every failure")
    o = ap.parse_args()
    attr, answers, seed = SETS[o.set]
    attr, answers, seed = o.attr or attr, o.answers or answers, o.seed or seed

    fails, per, TQ, TC, TA = [], {}, {}, {}, {}
    slugs = sorted(os.path.basename(p)[:-len(".quotes.jsonl")] for p in glob.glob(os.path.join(attr, "*.quotes.jsonl")))
    print(f"binary {o.bin}  set {o.set}  ({len(slugs)} articles)")
    print(f"{'article':28} {'q.rec':>6} {'q.spk':>6} {'q.spk*':>6} {'strict':>6} | {'c.verd':>6} {'c.spk':>6} {'ex!':>3} | "
          f"{'top1':>5} {'f.abs':>5} {'trap':>5} {'bal':>5} {'shown':>5}")
    for slug in slugs:
        art = find_article(attr, slug)
        qc = score_quotes(o.bin, art, os.path.join(attr, slug + ".quotes.jsonl"), fails)
        cf = os.path.join(attr, slug + ".claims.jsonl")
        cc = score_claims(o.bin, art, cf, fails) if os.path.exists(cf) else {}
        af = os.path.join(answers, slug + ".ask.jsonl")
        ac = score_questions(o.bin, art, af, fails, slug) if os.path.exists(af) else None
        add(TQ, qc), add(TC, cc)
        if ac:
            add(TA, ac)
        per[slug] = dict(quotes=qc, claims=cc, questions=ac)
        line(slug, qc, cc, ac)
    line("OVERALL", TQ, TC, TA)
    seedc = None
    if seed and os.path.exists(seed):
        seedc = score_questions(o.bin, None, seed, fails, "seed")
        f = qfig(seedc)
        print(f"seed article ({os.path.basename(seed)}): top1 {fmt(f['top1'])}  false abstention {fmt(f['false_abstention'])}  "
              f"trap abstention {fmt(f['trap_abstention'])}  balanced {fmt(f['balanced'])}  shown top1 {fmt(f['shown_top1'])}  "
              f"({f['answerable']} answerable, {f['traps']} traps, {f['uncertain']} uncertain)")
    print("q.spk = speaker acc. over found quotations, q.spk* = over all annotated (missed = wrong), strict = q.spk with"
          " shared bare surnames wrong; ex! = claims called exact that are not")
    print(f"totals: {TQ.get('n',0)} quotations, {TC.get('n',0)} claims, {TA.get('ans',0)} answerable + {TA.get('traps',0)} trap questions")
    if o.verbose:
        for f in fails:
            print("  %-16s %-26s %s\n  %16s -> %s" % (f[0], f[1][:26], f[2], "", f[3]))
    else:
        print(f"{len(fails)} failures (--verbose lists them)")
    if o.json:
        with open(o.json, "w", encoding="utf-8") as fh:
            json.dump(dict(per=per, overall=dict(quotes=TQ, claims=TC, questions=TA), seed=seedc,
                           failures=fails), fh, ensure_ascii=False, indent=1)


def line(name, qc, cc, ac):
    q = f"{fmt(ratio(qc['found'], qc['n']))} {fmt(ratio(qc['spk_ok'], qc['spk_found']))} {fmt(ratio(qc['spk_ok'], qc['spk_n']))} {fmt(ratio(qc['spk_strict'], qc['spk_found']))}"
    c = (f"{fmt(ratio(cc['verdict_ok'], cc['n']))} {fmt(ratio(cc['spk_ok'], cc['spk_n']))} {cc['exact_bad']:3d}"
         if cc else f"{'':6} {'':6} {'':3}")
    if ac:
        f = qfig(ac)
        a = f"{fmt(f['top1'])} {fmt(f['false_abstention'])} {fmt(f['trap_abstention'])} {fmt(f['balanced'])} {fmt(f['shown_top1'])}"
    else:
        a = ""
    print(f"{name[:28]:28} {q} | {c} | {a}")


if __name__ == "__main__":
    sys.exit(main())
