The published test vectors, re-run through the binary with no database: every case of
shared/vectors/draw.json, every vector table of docs/draw.md, the doc's printf check and the
doc's ten-line auditor script all agree with `sjsj audit replay --pool`.

Every case of the shared vectors: picks, tickets, ranks, count and pool digest are exactly the
vector's. The pool file is written in reverse order with blanks around codes, which must not
matter.

  $ python3 - <<'PY'
  > import json, os, subprocess
  > vectors = json.load(open(os.environ["SHARED"] + "/vectors/draw.json", encoding="utf-8"))
  > for i, c in enumerate(vectors["cases"]):
  >     pool = "pool-%d.txt" % i
  >     with open(pool, "w", encoding="utf-8") as f:
  >         f.write("".join(" %s\t\r\n\n" % code for code in reversed(c["pool"])))
  >     size = ["--ratio", c["ratio"]] if c["ratio"] else ["--count", str(c["count"])]
  >     out = subprocess.run(["sjsj", "audit", "replay", "--seed", c["seed"], "--label", c["label"], "--pool", pool]
  >                          + size + ["--format", "json"], capture_output=True, check=True)
  >     got = json.loads(out.stdout)
  >     assert out.stderr == b"", out.stderr
  >     assert got["label"] == c["label"] and got["pool_size"] == len(c["pool"])
  >     assert got["pool_sha256"] == c["pool_sha256"] and got["count"] == c["k"]
  >     assert got["picks"] == [{"rank": p["rank"], "code": p["code"], "ticket": p["ticket"]} for p in c["picks"]]
  >     print("%-10s |P| = %2d, %-4s -> k = %d: identical" % (c["label"], len(c["pool"]), c["ratio"] or c["count"], c["k"]))
  > PY
  2026/1.1   |P| = 40, 10%  -> k = 4: identical
  2026/2.2   |P| = 30, 10%  -> k = 3: identical
  2026/2.1   |P| = 30, 5    -> k = 5: identical
  2026Q3/6.1 |P| = 17, 20%  -> k = 4: identical
  2026/7.1   |P| =  8, 100% -> k = 8: identical

The single-ticket vector, by the binary (a pool of one code) and by printf:

  $ printf '915001130000000018\n' > one.txt
  $ sjsj audit replay --seed abc --label 2026/1.1 --pool one.txt --count 1 --format csv
  rank,code,ticket
  1,915001130000000018,a2ac754e62c406d727bcd48be36d6ab36ae2f2033ee8ad41e6e55004cef187ba
  $ printf '%s\0%s\0%s' abc 2026/1.1 915001130000000018 | sha256sum
  a2ac754e62c406d727bcd48be36d6ab36ae2f2033ee8ad41e6e55004cef187ba  -

docs/draw.md: the tables of "Test vectors" and the JSON example are the binary's output for
those inputs (the pool is the first |P| codes of the shared list, as the doc says).

  $ python3 - <<'PY'
  > import json, os, re, subprocess
  > doc = open(os.environ["SRC"] + "/docs/draw.md", encoding="utf-8").read()
  > codes = json.load(open(os.environ["SHARED"] + "/vectors/draw.json", encoding="utf-8"))["cases"][0]["pool"]
  > def replay(seed, label, n, size):
  >     open("doc-pool.txt", "w").write("\n".join(codes[:n]) + "\n")
  >     out = subprocess.run(["sjsj", "audit", "replay", "--seed", seed, "--label", label, "--pool", "doc-pool.txt"]
  >                          + size + ["--format", "json"], capture_output=True, check=True)
  >     return json.loads(out.stdout)
  > vectors = doc[doc.index("## Test vectors"):doc.index("## In the code")]
  > heads = list(re.finditer(r"\*\*Label `([^`]+)`, (?:seed `([^`]+)`|same seed and pool), (?:\|P\| = (\d+), )?(?:ratio (\S+)|count (\d+)) → k = (\d+)\*\*", vectors))
  > seed = n = None
  > for h, nxt in zip(heads, heads[1:] + [None]):
  >     label, seed, n, ratio, count, k = h.group(1), h.group(2) or seed, int(h.group(3) or n), h.group(4), h.group(5), int(h.group(6))
  >     body = vectors[h.end():nxt.start() if nxt else len(vectors)]
  >     got = replay(seed, label, n, ["--ratio", ratio] if ratio else ["--count", count])
  >     rows = [(int(r), c, t) for r, c, t in re.findall(r"^\| (\d+) \| (\w+) \| ([0-9a-f]{64}) \|$", body, re.M)]
  >     assert rows == [(p["rank"], p["code"], p["ticket"]) for p in got["picks"]] and got["count"] == k == len(rows)
  >     digest = re.search(r"pool_sha256\s+`([0-9a-f]{64})`", body)
  >     assert digest is None or digest.group(1) == got["pool_sha256"]
  >     print("doc table", label, "k =", k, "identical" + ("" if digest is None else ", pool digest too"))
  > example = json.loads(re.search(r"and prints\n\n```json\n(.*?)```", doc, re.S).group(1))
  > got = replay("8f1e0b6c2d", example["label"], example["pool_size"], ["--ratio", "20%"])
  > assert got == example
  > print("doc JSON example", example["label"], "identical")
  > PY
  doc table 2026/1.1 k = 4 identical, pool digest too
  doc table 2026/2.1 k = 5 identical, pool digest too
  doc table 2026/2.2 k = 3 identical
  doc table 2026/7.1 k = 8 identical, pool digest too
  doc JSON example 2026Q3/6.1 identical

The doc's printf block, run as printed, gives the output the doc shows, which is the binary's
ticket above:

  $ python3 - <<'PY' > check-one.sh
  > import os, re
  > doc = open(os.environ["SRC"] + "/docs/draw.md", encoding="utf-8").read()
  > section = doc[doc.index("## Check one ticket yourself"):]
  > print(re.search(r"```sh\n(.*?)```", section, re.S).group(1), end="")
  > PY
  $ cat check-one.sh
  S='abc'
  L='2026/1.1'
  CODE='915001130000000018'
  printf '%s\0%s\0%s' "$S" "$L" "$CODE" | sha256sum
  $ bash check-one.sh
  a2ac754e62c406d727bcd48be36d6ab36ae2f2033ee8ad41e6e55004cef187ba  -

The doc's ten-line script, extracted and run on every vector, prints what the binary prints.

  $ python3 - <<'PY' > replay.py
  > import os, re
  > doc = open(os.environ["SRC"] + "/docs/draw.md", encoding="utf-8").read()
  > section = doc[doc.index("## Re-run a quota in ten lines"):]
  > print(re.search(r"```python\n(.*?)```", section, re.S).group(1), end="")
  > PY
  $ wc -l < replay.py
  10
  $ python3 - <<'PY'
  > import json, os, subprocess
  > vectors = json.load(open(os.environ["SHARED"] + "/vectors/draw.json", encoding="utf-8"))
  > for i, c in enumerate(vectors["cases"]):
  >     size = ["--ratio", c["ratio"]] if c["ratio"] else ["--count", str(c["count"])]
  >     got = json.loads(subprocess.run(["sjsj", "audit", "replay", "--seed", c["seed"], "--label", c["label"], "--pool",
  >                                      "pool-%d.txt" % i] + size + ["--format", "json"], capture_output=True, check=True).stdout)
  >     script = subprocess.run(["python3", "replay.py", c["seed"], c["label"], "pool-%d.txt" % i, str(got["count"])],
  >                             capture_output=True, check=True, text=True).stdout.splitlines()
  >     assert script[0] == "pool_sha256 " + got["pool_sha256"]
  >     assert script[1:] == ["%d %s %s" % (p["rank"], p["code"], p["ticket"]) for p in got["picks"]]
  >     print(c["label"], "script and binary agree on", len(script) - 1, "picks")
  > PY
  2026/1.1 script and binary agree on 4 picks
  2026/2.2 script and binary agree on 3 picks
  2026/2.1 script and binary agree on 5 picks
  2026Q3/6.1 script and binary agree on 4 picks
  2026/7.1 script and binary agree on 8 picks

The doc's Chinese-seed printf example is rank 1 of the first vector:

  $ S='2026-03-01 福彩3D 第2026055期 7 2 9'
  > printf '%s\0%s\0%s' "$S" '2026/1.1' '91500113000000032E' | sha256sum
  0e08610709a0108b51545fd85593b00f1fa8cddd882fa2ca0e9f0549b3f6ae63  -

Offline replay input errors: a pool with a repeated code, a bad ratio, a missing size.

  $ printf 'A\nB\nA\n' > dup.txt; sjsj audit replay --seed s --label 2026/1.1 --pool dup.txt --count 1
  sjsj: error: pool code "A" appears more than once
  [2]
  $ sjsj audit replay --seed s --label 2026/1.1 --pool one.txt --ratio 120%
  sjsj: error: --ratio: "120%" is not a ratio such as 10% or 0.1 (at most 100%)
  [2]
  $ sjsj audit replay --seed s --label 2026/1.1 --pool one.txt
  sjsj: error: --pool needs --ratio R or --count K
  [1]
