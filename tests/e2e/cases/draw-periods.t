Quotas per period, per inspector, and a cap on visits a year. `draw run` draws every period that
has started by the day it runs (`--today`), in order; there is no `--period` option: a period's
labels (2026Q1/1.1 ...) are given with `--label`.

  $ sjsj import-objects $EX/objects.csv > /dev/null
  $ sjsj import-staff $EX/staff.csv > /dev/null
  $ cat > periods.yaml <<'YAML'
  > year: 2026
  > authority: 测试区生态环境局
  > document: 测试〔2026〕1号
  > issued: 2026-01-20
  > items:
  >   - seq: 1
  >     department: 支队
  >     name: 砂石企业季度检查
  >     contents: [扬尘治理]
  >     quotas:
  >       - target: 砂石企业
  >         select: {tags: [砂石]}
  >         frequency: 1次/季度
  >         ratio: 25%
  >   - seq: 2
  >     department: 土壤科
  >     name: 涉重金属企业季度检查
  >     contents: [重金属排放]
  >     quotas:
  >       - target: 涉重金属企业
  >         select: {tags: [涉重金属]}
  >         frequency: 1次/季度
  >         count: 3
  >   - seq: 3
  >     department: 支队
  >     name: 辐射安全检查
  >     contents: [辐射安全许可]
  >     quotas:
  >       - target: 辐射安全许可单位
  >         select: {tags: [辐射安全许可]}
  >         frequency: 1次/年
  >         per_inspector: 2.5
  > YAML
  $ sjsj plan load periods.yaml
  periods.yaml: stored as the 2026 plan, version 1: 3 items, 3 quotas; sha256 [0-9a-f]{64} (re)

On January 5 only the first quarter and the yearly quota have started. The per-inspector quota
draws ceil(active credentialed inspectors × 2.5): the check counts them in staff.csv for that day.

  $ sjsj --today 2026-01-05 draw run 2026 --seed 'quarter seed' | head -3
  2026/3.1: 85 of 116 drawn (pool SHA-256 72f42a01fed3ab99fdf5e4ee88973ea1b743e0bd47ca760e9bc5a2f0f566d499, seed SHA-256 4c65ec1277e09e502a6fc35d301ff24b182f67d34723f033b1df488defe8b843)
  2026Q1/1.1: 2 of 8 drawn (pool SHA-256 e21c55868574196fea4a0c76eabfbe8824080faacee8c18b98284288039baded, seed SHA-256 4c65ec1277e09e502a6fc35d301ff24b182f67d34723f033b1df488defe8b843)
  2026Q1/2.1: 3 of 7 drawn (pool SHA-256 0fdc965b47b4ad9583ca8e5028c768cdbea3ad63827018c295856a46203c9fcd, seed SHA-256 4c65ec1277e09e502a6fc35d301ff24b182f67d34723f033b1df488defe8b843)
  $ python3 - <<'PY'
  > import csv, math, os
  > staff = list(csv.DictReader(open(os.environ["EX"] + "/staff.csv", encoding="utf-8")))
  > for day in ["2026-01-05", "2026-10-01"]:
  >     n = sum(1 for s in staff if s["qualified"] == "是" and s["status"] == "在岗" and (s["cert_expires"] == "" or s["cert_expires"] >= day))
  >     print(day, n, "inspectors, k =", math.ceil(n * 2.5))
  > PY
  2026-01-05 34 inspectors, k = 85
  2026-10-01 32 inspectors, k = 80
  $ sjsj --today 2026-10-01 draw redo 2026/3.1 --seed 'a later seed' --reason 'k on a later day' --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["count"])'
  80

A later period cannot be drawn before it starts, nor before the quota's earlier periods:

  $ sjsj --today 2026-01-05 draw run 2026 --seed 'quarter seed' --label 2026Q2/1.1
  sjsj: error: 2026Q2/1.1 is the quota of period 2026Q2, which starts on 2026-04-01 (today is 2026-01-05); it is drawn once its period has started
  [2]
  $ sjsj --today 2026-07-02 draw run 2026 --seed 'quarter seed' --label 2026Q3/1.1
  sjsj: error: 2026Q3/1.1 cannot be drawn before 2026Q2/1.1: periods of a quota are drawn in order (add --label 2026Q2/1.1, or run without --label)
  [2]
  $ sjsj --today 2026-01-05 draw run 2026 --seed 'quarter seed'
  sjsj: warning: nothing to draw: every started period of the 2026 plan is drawn
  
  0 quotas drawn, 0 picks, 0 new tasks

On July 2 the second and third quarters are drawn, in order; on October 8 the fourth.

  $ sjsj --today 2026-07-02 draw run 2026 --seed 'quarter seed' --format json | python3 -c 'import json, sys; print([(d["label"], d["pool_size"], d["count"]) for d in json.load(sys.stdin)])'
  sjsj: warning: 2026Q3/2.1: 1 objects not drawn in earlier periods, fewer than the 3 to draw; drawing from all 7 again
  [('2026Q2/1.1', 6, 2), ('2026Q2/2.1', 4, 3), ('2026Q3/1.1', 4, 2), ('2026Q3/2.1', 7, 3)]
  $ sjsj --today 2026-10-08 draw run 2026 --seed 'quarter seed' --format json | python3 -c 'import json, sys; print([(d["label"], d["pool_size"], d["count"]) for d in json.load(sys.stdin)])'
  [('2026Q4/1.1', 2, 2), ('2026Q4/2.1', 4, 3)]
  $ sjsj draw list 2026 --format csv | cut -d, -f1-4,8
  label,period,pool_size,count,status
  2026/3.1,2026,116,85,superseded
  2026/3.1,2026,116,80,current
  2026Q1/1.1,2026Q1,8,2,current
  2026Q1/2.1,2026Q1,7,3,current
  2026Q2/1.1,2026Q2,6,2,current
  2026Q2/2.1,2026Q2,4,3,current
  2026Q3/1.1,2026Q3,4,2,current
  2026Q3/2.1,2026Q3,7,3,current
  2026Q4/1.1,2026Q4,2,2,current
  2026Q4/2.1,2026Q4,4,3,current

25% of 8 a quarter is 2 every quarter, and leaving out the earlier picks covers all 8 in the
year, each once. 3 of 7 a quarter leaves 1 for the third quarter: that quarter starts again from
the whole pool (a warning), and the fourth leaves out what the third picked.

  $ python3 - <<'PY'
  > import sqlite3
  > db = sqlite3.connect("t.db")
  > picks = lambda label: [c for (c,) in db.execute("select p.code from draw_picks p join draws d on d.id = p.draw_id where d.label = ? and d.superseded_by is null", (label,))]
  > sand = [picks("2026Q%d/1.1" % q) for q in range(1, 5)]
  > print("sand per quarter", [len(p) for p in sand], "distinct over the year", len(set(sum(sand, []))))
  > metal = [set(picks("2026Q%d/2.1" % q)) for q in range(1, 5)]
  > print("metal per quarter", [len(p) for p in metal], "Q1 & Q2", len(metal[0] & metal[1]), "Q3 & Q4", len(metal[2] & metal[3]))
  > PY
  sand per quarter [2, 2, 2, 2] distinct over the year 8
  metal per quarter [3, 3, 3, 3] Q1 & Q2 0 Q3 & Q4 0

One task per object and period: an object picked in two quarters has two tasks.

  $ sjsj tasks 2026 --format json | python3 -c '
  > import collections, json, sys
  > tasks = json.load(sys.stdin)
  > keys = [(t["period"], t["code"]) for t in tasks]
  > assert len(keys) == len(set(keys))
  > print(len(tasks), "tasks", sorted(collections.Counter(t["period"] for t in tasks).items()))'
  100 tasks [('2026', 80), ('2026Q1', 5), ('2026Q2', 5), ('2026Q3', 5), ('2026Q4', 5)]
  $ sjsj audit replay --all
  draws: 10 replayed, 185 picks checked, all identical
  teams: 0 replayed, all identical

A cap of one visit a year (2027): a yearly quota and a quarterly one over the same 8 objects.
Objects with a task in another period leave the pool; when all 8 are at the cap, the fourth
quarter's pool is empty (a warning and a draw of zero). No object gets a second visit.

  $ cat > capped.yaml <<'YAML'
  > year: 2027
  > authority: 测试区生态环境局
  > document: 测试〔2027〕1号
  > issued: 2027-01-20
  > limits: {visits_per_year: 1}
  > items:
  >   - seq: 1
  >     department: 支队
  >     name: 砂石企业年度检查
  >     contents: [扬尘治理]
  >     quotas:
  >       - target: 砂石企业
  >         select: {tags: [砂石]}
  >         frequency: 1次/年
  >         count: 2
  >   - seq: 2
  >     department: 大气科
  >     name: 砂石企业季度检查
  >     contents: [扬尘]
  >     quotas:
  >       - target: 砂石企业
  >         select: {tags: [砂石]}
  >         frequency: 1次/季度
  >         count: 2
  > YAML
  $ sjsj plan load capped.yaml > /dev/null
  $ sjsj --today 2027-01-05 draw run 2027 --seed 'cap seed' --format json | python3 -c 'import json, sys; print([(d["label"], d["pool_size"], d["count"]) for d in json.load(sys.stdin)])'
  sjsj: warning: 2027Q1/2.1: 2 of 8 objects left out of the pool: they have reached the plan's visits_per_year (1) in other periods
  [('2027/1.1', 8, 2), ('2027Q1/2.1', 6, 2)]
  $ sjsj --today 2027-04-02 draw run 2027 --seed 'cap seed' --format json | python3 -c 'import json, sys; print([(d["label"], d["pool_size"], d["count"]) for d in json.load(sys.stdin)])'
  sjsj: warning: 2027Q2/2.1: 4 of 8 objects left out of the pool: they have reached the plan's visits_per_year (1) in other periods
  [('2027Q2/2.1', 4, 2)]
  $ sjsj --today 2027-10-08 draw run 2027 --seed 'cap seed' --format json | python3 -c 'import json, sys; print([(d["label"], d["pool_size"], d["count"]) for d in json.load(sys.stdin)])'
  sjsj: warning: 2027Q3/2.1: 6 of 8 objects left out of the pool: they have reached the plan's visits_per_year (1) in other periods
  sjsj: warning: 2027Q4/2.1: 8 of 8 objects left out of the pool: they have reached the plan's visits_per_year (1) in other periods
  sjsj: warning: 2027Q4/2.1: the pool (砂石企业) is empty; nothing drawn
  [('2027Q3/2.1', 2, 2), ('2027Q4/2.1', 0, 0)]
  $ sjsj tasks 2027 --format json | python3 -c '
  > import collections, json, sys
  > tasks = json.load(sys.stdin)
  > visits = collections.Counter(t["code"] for t in tasks)
  > print(len(tasks), "tasks,", len(visits), "objects, most visits of one object:", max(visits.values()))'
  8 tasks, 8 objects, most visits of one object: 1
  $ sjsj audit replay --all | head -1
  draws: 15 replayed, 193 picks checked, all identical

Monthly and quarterly quotas under one cap (2028), all drawn in one run at the end of the year:
periods are drawn by start date (2028-01, 2028Q1, 2028-02, ...), not by name (every month
before the first quarter), and each period's visits count for the next.

  $ sed -e 's/2027/2028/g' -e 's/frequency: 1次\/年/frequency: 1次\/月/' -e 's/count: 2/count: 1/' capped.yaml > monthly.yaml
  $ grep -c '1次/月' monthly.yaml
  1
  $ sjsj plan load monthly.yaml > /dev/null
  $ sjsj --today 2028-12-31 draw run 2028 --seed 'cap seed' --format json 2> /dev/null | python3 -c 'import json, sys; print(" ".join("%s:%d" % (d["label"].split("/")[0], d["count"]) for d in json.load(sys.stdin)))'
  2028-01:1 2028Q1:1 2028-02:1 2028-03:1 2028-04:1 2028Q2:1 2028-05:1 2028-06:1 2028-07:0 2028Q3:0 2028-08:0 2028-09:0 2028-10:0 2028Q4:0 2028-11:0 2028-12:0
  $ sjsj tasks 2028 --format json | python3 -c '
  > import collections, json, sys
  > tasks = json.load(sys.stdin)
  > visits = collections.Counter(t["code"] for t in tasks)
  > print(len(tasks), "tasks,", len(visits), "objects, most visits of one object:", max(visits.values()))'
  8 tasks, 8 objects, most visits of one object: 1
  $ sjsj audit replay --all | head -1
  draws: 31 replayed, 201 picks checked, all identical
