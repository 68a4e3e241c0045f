#!/usr/bin/env python3
"""Validate the unseen set: every line parses, every quote / evidence string is an exact
substring of its article, fields and kinds are valid. Run: python3 verify.py [--set unseen|unseen2|unseen3|unseen4|unseen5|unseen6|unseen7|unseen8|unseen9|unseen10|unseen11|unseen12|unseen13|unseen14|unseen15|unseen16|unseen17|dev6|dev6-heldback|dev7|dev7-heldback|dev8|dev8-heldback|dev9|dev9-heldback|dev10|dev10-heldback|dev11|dev11-heldback|dev12|dev12-heldback|dev13|dev13-heldback|dev14|dev14-heldback|dev15|dev15-heldback|dev16|dev16-heldback|dev17|dev17-heldback]"""
import argparse, glob, json, os, sys

SELF = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.normpath(os.path.join(SELF, "../../../../../shared/article.txt"))
# set name -> (directory holding the articles and their files, seed-question file name in it)
SETS = {"unseen": (SELF, "unseen_seed.jsonl"),
        "unseen2": (os.path.normpath(os.path.join(SELF, "../unseen2")), "unseen2_seed.jsonl"),
        "unseen3": (os.path.normpath(os.path.join(SELF, "../unseen3")), "unseen3_seed.jsonl"),
        "unseen4": (os.path.normpath(os.path.join(SELF, "../unseen4")), "unseen4_seed.jsonl"),
        "unseen5": (os.path.normpath(os.path.join(SELF, "../unseen5")), "unseen5_seed.jsonl"),
        "unseen6": (os.path.normpath(os.path.join(SELF, "../unseen6")), "unseen6_seed.jsonl"),
        "unseen7": (os.path.normpath(os.path.join(SELF, "../unseen7")), "unseen7_seed.jsonl"),
        "unseen8": (os.path.normpath(os.path.join(SELF, "../unseen8")), "unseen8_seed.jsonl"),
        "unseen9": (os.path.normpath(os.path.join(SELF, "../unseen9")), "unseen9_seed.jsonl"),
        "unseen10": (os.path.normpath(os.path.join(SELF, "../unseen10")), "unseen10_seed.jsonl"),
        "unseen11": (os.path.normpath(os.path.join(SELF, "../unseen11")), "unseen11_seed.jsonl"),
        "unseen12": (os.path.normpath(os.path.join(SELF, "../unseen12")), "unseen12_seed.jsonl"),
        "unseen13": (os.path.normpath(os.path.join(SELF, "../unseen13")), "unseen13_seed.jsonl"),
        "unseen14": (os.path.normpath(os.path.join(SELF, "../unseen14")), "unseen14_seed.jsonl"),
        "unseen15": (os.path.normpath(os.path.join(SELF, "../unseen15")), "unseen15_seed.jsonl"),
        "unseen16": (os.path.normpath(os.path.join(SELF, "../unseen16")), "unseen16_seed.jsonl"),
        "unseen17": (os.path.normpath(os.path.join(SELF, "../unseen17")), "unseen17_seed.jsonl"),
        # attribution-only stress sets: no questions, no seed file
        "dev6": (os.path.normpath(os.path.join(SELF, "../attribution/dev6")), None),
        "dev6-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev6-heldback")), None),
        "dev7": (os.path.normpath(os.path.join(SELF, "../attribution/dev7")), None),
        "dev7-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev7-heldback")), None),
        "dev8": (os.path.normpath(os.path.join(SELF, "../attribution/dev8")), None),
        "dev8-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev8-heldback")), None),
        "dev9": (os.path.normpath(os.path.join(SELF, "../attribution/dev9")), None),
        "dev9-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev9-heldback")), None),
        "dev10": (os.path.normpath(os.path.join(SELF, "../attribution/dev10")), None),
        "dev10-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev10-heldback")), None),
        "dev11": (os.path.normpath(os.path.join(SELF, "../attribution/dev11")), None),
        "dev11-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev11-heldback")), None),
        "dev12": (os.path.normpath(os.path.join(SELF, "../attribution/dev12")), None),
        "dev12-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev12-heldback")), None),
        "dev13": (os.path.normpath(os.path.join(SELF, "../attribution/dev13")), None),
        "dev13-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev13-heldback")), None),
        "dev14": (os.path.normpath(os.path.join(SELF, "../attribution/dev14")), None),
        "dev14-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev14-heldback")), None),
        "dev15": (os.path.normpath(os.path.join(SELF, "../attribution/dev15")), None),
        "dev15-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev15-heldback")), None),
        "dev16": (os.path.normpath(os.path.join(SELF, "../attribution/dev16")), None),
        "dev16-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev16-heldback")), None),
        "dev17": (os.path.normpath(os.path.join(SELF, "../attribution/dev17")), None),
        "dev17-heldback": (os.path.normpath(os.path.join(SELF, "../attribution/dev17-heldback")), None)}
_ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
_ap.add_argument("--set", choices=sorted(SETS), default="unseen")
HERE, SEEDQ = SETS[_ap.parse_args().set]
KINDS = {"double", "single", "multipara", "nested", "blockquote", "qa"}
VERDICTS = {"exact", "near", "not_found"}
bad = 0

def err(msg):
    global bad
    bad += 1
    print("FAIL", msg)

def lines(p):
    with open(p, encoding="utf-8") as f:
        for i, l in enumerate(f, 1):
            if l.strip():
                yield i, json.loads(l)

def check_ask(p, text):
    n = traps = 0
    for i, o in lines(p):
        n += 1
        if o.get("answerable") is False:
            traps += 1
            if "evidence" in o: err(f"{p}:{i} trap with evidence")
        else:
            ev = o.get("evidence") or []
            if not ev: err(f"{p}:{i} no evidence")
            for e in ev:
                if e not in text: err(f"{p}:{i} evidence not in article: {e!r}")
    return n, traps

arts = sorted(p for p in glob.glob(os.path.join(HERE, "*.txt")) + glob.glob(os.path.join(HERE, "*.md")) if os.path.exists(p[:p.rindex(".")] + ".quotes.jsonl"))
tot = {"q": 0, "c": 0, "a": 0, "t": 0}
for a in arts:
    slug = os.path.splitext(os.path.basename(a))[0]
    text = open(a, encoding="utf-8").read()
    pos = {}
    for i, o in lines(os.path.join(HERE, slug + ".quotes.jsonl")):
        tot["q"] += 1
        q = o["quote"]
        if o.get("kind") not in KINDS: err(f"{slug}.quotes:{i} kind {o.get('kind')}")
        if "speaker" not in o: err(f"{slug}.quotes:{i} no speaker")
        if q not in text: err(f"{slug}.quotes:{i} not in article: {q!r}")
    for i, o in lines(os.path.join(HERE, slug + ".claims.jsonl")):
        tot["c"] += 1
        if o.get("verdict") not in VERDICTS: err(f"{slug}.claims:{i} verdict")
        if o["verdict"] == "not_found" and o.get("speaker"): err(f"{slug}.claims:{i} not_found with speaker")
    if os.path.exists(os.path.join(HERE, slug + ".ask.jsonl")):
        n, t = check_ask(os.path.join(HERE, slug + ".ask.jsonl"), text)
        tot["a"] += n; tot["t"] += t
    print(f"{slug}: {len(text.split())} words")
n, t = check_ask(os.path.join(HERE, SEEDQ), open(SEED, encoding="utf-8").read()) if SEEDQ else (0, 0)
print(f"articles {len(arts)}, quotations {tot['q']}, claims {tot['c']}, article questions {tot['a']} ({tot['t']} traps), seed questions {n} ({t} traps)")
sys.exit(1 if bad else 0)
