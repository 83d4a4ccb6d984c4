#!/usr/bin/env python3
"""Independent reference implementation of sjsj's published draw rule (docs/draw.md).

Re-runs one quota from its seed, label and pool and prints the same JSON fields as
`sjsj audit replay`: label, pool_size, pool_sha256, count, picks (rank, code, ticket).
Standard library only, so anyone can run it to check a published draw.

  draw_reference.py --seed TEXT | --seed-file FILE  --label 2026/1.1  --pool FILE  --ratio 10% | --count K
  draw_reference.py --check-vectors shared/vectors/draw.json

Pool file: UTF-8, one code per line; spaces, tabs and CR around a code are removed and empty
lines skipped. Seed file: its UTF-8 content with trailing CR, LF, spaces and tabs removed.
"""
import argparse
import hashlib
import json
import math
import re
import sys
from fractions import Fraction


# --- the rule (docs/draw.md quotes this block) ---------------------------------------------
def ticket(seed, label, code):
    return hashlib.sha256(f"{seed}\0{label}\0{code}".encode()).hexdigest()

def pool_sha256(pool):
    return hashlib.sha256(b"".join(c.encode() + b"\n" for c in sorted(pool))).hexdigest()

def quota_count(pool_size, ratio=None, count=None):
    if ratio is not None:  # exact: Fraction("12.5") / 100, never a float
        share = Fraction(ratio[:-1]) / 100 if ratio.endswith("%") else Fraction(ratio)
        return min(pool_size, math.ceil(pool_size * share))
    return min(pool_size, count)

def draw(seed, label, pool, k):
    ranked = sorted((ticket(seed, label, code), code) for code in pool)  # ties: by code
    return [{"rank": i, "code": c, "ticket": t} for i, (t, c) in enumerate(ranked[:k], 1)]
# --------------------------------------------------------------------------------------------
# Python orders str by code point, which for UTF-8 text is the same as byte order.

RATIO_GRAMMAR = re.compile(r"[0-9]+(\.[0-9]+)?%?")


def replay(seed, label, pool, ratio=None, count=None):
    if len(set(pool)) != len(pool):
        raise ValueError("pool has duplicate codes")
    if "\0" in seed or "\0" in label:
        raise ValueError("seed and label must not contain NUL")
    if ratio is not None:
        if not RATIO_GRAMMAR.fullmatch(ratio):
            raise ValueError(f"bad ratio {ratio!r}")
        if Fraction(ratio.rstrip("%")) / (100 if ratio.endswith("%") else 1) > 1:
            raise ValueError(f"ratio {ratio!r} is above 100%")
    k = quota_count(len(pool), ratio, count)
    return {
        "label": label,
        "pool_size": len(pool),
        "pool_sha256": pool_sha256(pool),
        "count": k,
        "picks": draw(seed, label, pool, k),
    }


def read_seed_file(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8").rstrip("\r\n \t")


def read_pool_file(path):
    with open(path, "rb") as f:
        lines = f.read().decode("utf-8").split("\n")
    return [code for code in (line.strip(" \t\r") for line in lines) if code]


def check_vectors(path):
    """Checks every case of a vectors file (shared/vectors/draw.json); returns failures."""
    with open(path, encoding="utf-8") as f:
        vectors = json.load(f)
    failures = []
    single = vectors["single"]
    if ticket(single["seed"], single["label"], single["code"]) != single["ticket"]:
        failures.append("single")
    for case in vectors["cases"]:
        got = replay(case["seed"], case["label"], case["pool"], case["ratio"], case["count"])
        want = {"label": case["label"], "pool_size": len(case["pool"]),
                "pool_sha256": case["pool_sha256"], "count": case["k"], "picks": case["picks"]}
        if got != want:
            failures.append(case["label"])
    print(f"{len(vectors['cases']) + 1} vectors checked, {len(failures)} failed", file=sys.stderr)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-vectors", metavar="FILE")
    seed = parser.add_mutually_exclusive_group()
    seed.add_argument("--seed")
    seed.add_argument("--seed-file")
    parser.add_argument("--label")
    parser.add_argument("--pool", metavar="FILE")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--ratio")
    size.add_argument("--count", type=int)
    args = parser.parse_args()

    if args.check_vectors:
        return 1 if check_vectors(args.check_vectors) else 0
    if (args.seed is None and args.seed_file is None) or not args.label or not args.pool:
        parser.error("need --seed or --seed-file, --label and --pool")
    if args.ratio is None and args.count is None:
        parser.error("need --ratio or --count")
    if args.count is not None and args.count < 0:
        parser.error("--count must not be negative")
    seed_text = args.seed if args.seed is not None else read_seed_file(args.seed_file)
    try:
        result = replay(seed_text, args.label, read_pool_file(args.pool), args.ratio, args.count)
    except ValueError as e:
        print(f"draw_reference.py: error: {e}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
