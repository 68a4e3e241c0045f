#!/usr/bin/env python3
"""Validate the dev2 question files: fields, counts, evidence strings as exact substrings of the
article, and no question repeated from answers/dev (articles) or the older seed-question files.

    python3 check.py        (run from this directory or anywhere; exits 1 on a problem)
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HELDOUT = os.path.normpath(os.path.join(HERE, "../.."))
TESTDATA = os.path.dirname(HELDOUT)
SEED_ARTICLE = os.path.normpath(os.path.join(TESTDATA, "../../../shared/article.txt"))


def jl(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def norm(q):
    return re.sub(r"[^a-z0-9]+", " ", q.lower()).strip()


def main():
    bad = 0
    for f in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
        name = os.path.basename(f)
        if name.startswith("seed"):
            art = SEED_ARTICLE
            if not os.path.exists(art):
                art = "/work/shared/article.txt"
            others = [os.path.join(os.path.dirname(art), "eval/ask.jsonl"), os.path.join(TESTDATA, "ask_extra.jsonl")]
            others += [p for p in glob.glob(os.path.join(HELDOUT, "**/*seed*.jsonl"), recursive=True)
                       if os.path.dirname(os.path.abspath(p)) != HERE]
        else:
            slug = name[:-len(".ask.jsonl")]
            arts = [p for p in glob.glob(os.path.join(HELDOUT, "attribution/dev", slug + ".*"))
                    if p.endswith((".txt", ".md"))]
            art = arts[0]
            others = [os.path.join(HELDOUT, "answers/dev", name)]
        with open(art, encoding="utf-8") as fh:
            text = fh.read()
        existing = {norm(o["q"]) for p in others if os.path.exists(p) for o in jl(p)}
        items = jl(f)
        na = sum("evidence" in i for i in items)
        nt = sum(i.get("answerable") is False for i in items)
        print(f"{name}: {len(items)} questions ({na} answerable, {nt} traps)")
        seen = set()
        for i in items:
            if set(i) not in ({"q", "evidence"}, {"q", "answerable"}) or (
                    "answerable" in i and i["answerable"] is not False):
                print("  BAD FIELDS:", i)
                bad += 1
            n = norm(i["q"])
            if n in existing or n in seen:
                print("  DUPLICATE:", i["q"])
                bad += 1
            seen.add(n)
            for e in i.get("evidence", []):
                if not e or e not in text:
                    print("  NOT A SUBSTRING:", repr(e))
                    bad += 1
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
