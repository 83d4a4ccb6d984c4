#!/usr/bin/env bash
# The Banan 2026 year, end to end: import both directories, check, load and show the plan, commit
# and draw, assign teams, record the year's results from results.csv and publish them twice a
# month, then the audit (overdue report, year report, ledger verify, replay) and the disclosure
# files in every format.
#
#   examples/banan-2026/run-year.sh [SJSJ] [OUT]
#
# SJSJ is the binary (default build/sjsj), OUT the folder for the database and files (default
# out/banan-2026; it is emptied first). Every step fixes its date with --today, so the run is the
# same every time and on every machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sjsj=$(realpath "${1:-build/sjsj}")
out=${2:-out/banan-2026}
rm -rf "$out"
mkdir -p "$out/disclosure"
cd "$out"
export SJSJ_DB=banan-2026.db

# The seeds are published texts. Their SHA-256 is committed (and published) before the draw, so
# nobody can pick a seed after seeing what it draws.
draw_seed='巴南区2026年度双随机抽查 检查对象摇号 2026-04-20 公开摇号现场 种子 7d3f-41c9-b2e8'
assign_seed='巴南区2026年度双随机抽查 检查人员摇号 2026-04-21 公开摇号现场 种子 e05a-9c72-44d1'

step() { printf '\n== %s\n' "$*"; }

step "directories (检查对象名录库, 检查人员名录库)"
"$sjsj" --today 2026-04-08 import-objects "$here/objects.csv"
"$sjsj" --today 2026-04-08 import-staff "$here/staff.csv"

step "the 2026 plan (随机抽查事项清单)"
"$sjsj" --today 2026-04-08 plan check "$here/plan.yaml" >/dev/null
"$sjsj" --today 2026-04-08 plan load "$here/plan.yaml"
"$sjsj" --today 2026-04-08 plan show 2026 --format md > plan-2026.md
"$sjsj" --today 2026-04-08 plan show 2026 --format html > plan-2026.html
echo "annex table: plan-2026.md, public notice: plan-2026.html"

step "seed commitments, published before the lotteries"
"$sjsj" --today 2026-04-15 draw commit 2026 --seed "$draw_seed"
"$sjsj" --today 2026-04-15 assign commit 2026 --seed "$assign_seed"

step "the draw of inspection objects (随机抽取检查对象)"
"$sjsj" --today 2026-04-20 draw run 2026 --seed "$draw_seed" --format json > draw-2026.json
"$sjsj" --today 2026-04-20 draw list 2026 --format csv | cut -d, -f1,3,4
# What the public gets to re-run the draw: the seed (above) and each quota's pool.
mkdir -p pools
for label in $("$sjsj" draw list 2026 --format csv | tail -n +2 | cut -d, -f1); do
  "$sjsj" draw show "$label" --pool > "pools/${label//\//-}.txt"
done
echo "published pools: $(ls pools | tr '\n' ' ')"
"$sjsj" --today 2026-04-20 tasks 2026 --format csv > tasks-2026.csv
echo "$(($(wc -l < tasks-2026.csv) - 1)) tasks (综合查一次: one visit per object); worklist: tasks-2026.csv"

step "the draw of inspectors (随机选派检查人员)"
"$sjsj" --today 2026-04-21 assign 2026 --seed "$assign_seed" --on 2026-04-21 --format csv > teams-2026.csv
echo "$(($(wc -l < teams-2026.csv) - 1)) teams: teams-2026.csv"

step "results, recorded and published twice a month (within 20 working days)"
# results.csv holds no comma inside a field, so a batch is cut from it by inspection date.
batches=(2026-05-15 2026-05-29 2026-06-15 2026-06-30 2026-07-15 2026-07-31 2026-08-14 2026-08-31
         2026-09-15 2026-09-30 2026-10-15 2026-10-30 2026-11-13 2026-11-30)
previous=2026-04-21
for day in "${batches[@]}"; do
  awk -F, -v from="$previous" -v to="$day" 'NR == 1 || ($2 > from && $2 <= to)' "$here/results.csv" > batch.csv
  if (($(wc -l < batch.csv) > 1)); then
    # One line per result is printed; the batch's summary line is enough here.
    "$sjsj" --today "$day" record --file batch.csv | tail -n 1
    "$sjsj" --today "$day" publish 2026 --out "disclosure/$day.csv"
  fi
  previous=$day
done
rm -f batch.csv

step "the disclosure in every format (csv, json, html, xlsx)"
# --republish renders a stored batch again; in the format it was published in, byte for byte.
sqlite3 -separator ' ' "$SJSJ_DB" 'SELECT id, published_on FROM publications WHERE year = 2026 ORDER BY id' |
  while read -r batch day; do
    for format in json html xlsx; do
      "$sjsj" --today 2026-12-04 publish 2026 --republish "$batch" --format "$format" --out "disclosure/$day.$format" >/dev/null
    done
    "$sjsj" --today 2026-12-04 publish 2026 --republish "$batch" --out check.csv >/dev/null
    cmp -s check.csv "disclosure/$day.csv" || { echo "batch $batch does not render as published" >&2; exit 3; }
  done
rm -f check.csv
ls disclosure | wc -l | xargs echo "files in disclosure/:"

step "audit, as of 2026-12-04"
"$sjsj" --today 2026-12-04 audit overdue --within 5
"$sjsj" --today 2026-12-04 audit report 2026 --format md > audit-2026.md
"$sjsj" --today 2026-12-04 audit report 2026 --format html > audit-2026.html
"$sjsj" --today 2026-12-04 audit report 2026 | sed -n '/公开率/,/非现场/p'
"$sjsj" --today 2026-12-04 audit verify
"$sjsj" --today 2026-12-04 audit replay --all

step "an outside auditor re-runs quota 2026/2.2 from the published seed and pool, without the database"
"$sjsj" --db /nonexistent/none.db audit replay --seed "$draw_seed" --label 2026/2.2 --pool pools/2026-2.2.txt \
  --ratio 10% --format csv | tee replay-2026-2.2.csv
python3 - <<'PY'
import csv, json
stored = next(q for q in json.load(open("draw-2026.json")) if q["label"] == "2026/2.2")
replayed = list(csv.DictReader(open("replay-2026-2.2.csv", encoding="utf-8")))
same = [(p["code"], p["ticket"]) for p in stored["picks"]] == [(r["code"], r["ticket"]) for r in replayed]
print("the replay gives the stored picks:", "yes" if same else "NO")
raise SystemExit(0 if same else 3)
PY
echo
echo "done: $(pwd)"
