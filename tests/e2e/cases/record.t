Recording inspection results: the task, its team, its draw, its period and today bound what can
be recorded; a second result needs --amend; a confidential result is recorded but never published.

A one-quota plan (six industrial-park sewage plants), drawn on 2026-05-06 and assigned on 2026-05-07.

  $ sh $SRC/tests/e2e/fixtures/six-plants-assigned.sh
  $ sqlite3 t.db "SELECT task_id, group_concat(badge, '|') FROM v_teams GROUP BY task_id"
  2026-0001|50011320200081|50011320190008
  2026-0002|50011320190092|50011320120004
  2026-0003|50011320240107|50011320230018
  2026-0004|50011320190092|50011320160115
  2026-0005|50011320230078|50011320120100
  2026-0006|50011320170067|50011320190030

Refused: an unknown task, a date before the draw, a date in the future, an outcome not in the
vocabulary, an inspector not on the team. Nothing is written.

  $ sqlite3 t.db .dump | sha256sum > before.sum
  $ sjsj --today 2026-11-03 record 2026-0099 --date 2026-09-24 --outcome no_issue
  sjsj: error: task 2026-0099: expected the id of a drawn task, such as 2026-0001
  [2]
  $ sjsj --today 2026-11-03 record 2026-0001 --date 2026-05-05 --outcome no_issue
  sjsj: error: task 2026-0001: --date "2026-05-05": expected a date on or after the draw that picked the task (2026-05-06)
  [2]
  $ sjsj --today 2026-11-03 record 2026-0001 --date 2026-11-04 --outcome no_issue
  sjsj: error: task 2026-0001: --date "2026-11-04": expected a date not after today (2026-11-03)
  [2]
  $ sjsj --today 2027-01-10 record 2026-0001 --date 2027-01-04 --outcome no_issue
  sjsj: error: task 2026-0001: --date "2027-01-04": expected a date in the task's period 2026 (2026-01-01 to 2026-12-31)
  [2]
  $ sjsj --today 2026-11-03 record 2026-0001 --date 2026-09-24 --outcome fine
  sjsj: error: --outcome "fine": expected one of no_issue (未发现问题), rectification_ordered (发现问题已责令整改), case_filed (发现违法行为已立案调查), not_operating (未发现开展本次抽查涉及的经营活动), closed (已关闭停业或正在组织清算), unreachable (通过登记的住所（经营场所）无法联系), obstructed (不配合检查情节严重)
  [1]
  $ sjsj --today 2026-11-03 record 2026-0001 --date 2026-09-24 --outcome no_issue --by 50011320120003
  sjsj: error: task 2026-0001: --by "50011320120003": expected a member of the task's team: 50011320200081, 50011320190008
  [2]
  $ sqlite3 t.db .dump | sha256sum | diff - before.sum && echo unchanged
  unchanged

Recorded by key or by official wording; the team is the default for --by. Each line gives the
deadline, 20 working days later (the October holiday included).

  $ sjsj --today 2026-11-03 record 2026-0001 --date 2026-09-24 --outcome 未发现问题
  2026-0001 recorded: 91500113200402338H 2026-09-24, 未发现问题 (onsite), by 50011320200081|50011320190008; publish by 2026-10-29
  $ sjsj --today 2026-11-03 record 2026-0002 --date 2026-10-09 --outcome rectification_ordered --mode remote --findings '在线监测数据超标' --transfer-to 区水利局
  2026-0002 recorded: 91500113207308694G 2026-10-09, 发现问题已责令整改 (remote), by 50011320190092|50011320120004; publish by 2026-11-05

A second result for the same task is refused; --amend --reason replaces it and keeps the old one.

  $ sjsj --today 2026-11-03 record 2026-0001 --date 2026-09-25 --outcome no_issue
  sjsj: error: task 2026-0001: expected a task without a result (it has one, inspected on 2026-09-24; correct it with `sjsj record 2026-0001 ... --amend --reason TEXT`)
  [2]
  $ sjsj --today 2026-11-03 record 2026-0001 --date 2026-09-25 --outcome case_filed --amend
  --amend requires --reason
  Run with --help for more information.
  [1]
  $ sjsj --today 2026-11-03 record 2026-0001 --date 2026-09-25 --outcome case_filed --amend --reason '录入错误：结果应为立案调查'
  2026-0001 amended: 91500113200402338H 2026-09-25, 发现违法行为已立案调查 (onsite), by 50011320200081|50011320190008; publish by 2026-10-29
  $ sqlite3 t.db "SELECT id, inspected_on, outcome, superseded_by, amend_reason FROM results WHERE task_id = '2026-0001' ORDER BY id"
  1|2026-09-24|no_issue|3|录入错误：结果应为立案调查
  3|2026-09-25|case_filed||
  $ sjsj --today 2026-11-03 record 2026-0003 --date 2026-09-25 --outcome case_filed --amend --reason 'nothing to amend'
  sjsj: error: task 2026-0003: expected a task with a result to amend (it has none; record it without --amend)
  [2]

A confidential result (保密、国家安全、公共安全) carries its reason and has no deadline.

  $ sjsj --today 2026-11-03 record 2026-0003 --date 2026-10-12 --outcome case_filed --confidential 公共安全
  2026-0003 recorded: 91500113456790944D 2026-10-12, 发现违法行为已立案调查 (onsite), by 50011320240107|50011320230018; confidential (公共安全): never published

A published result is not amended.

  $ sjsj --today 2026-11-03 publish 2026 --out published.csv
  published batch 1 of 2026: 2 results on 2026-11-03, to published.csv (csv)
  $ grep -q 公共安全 published.csv || echo 'the confidential result is not in the file'
  the confidential result is not in the file
  $ sjsj --today 2026-11-03 record 2026-0002 --date 2026-10-09 --outcome no_issue --amend --reason 'too late'
  sjsj: error: task 2026-0002: expected a result not yet published (this one was published on 2026-11-03 in batch 1; a published result is not amended)
  [2]

Every write kept the ledger's row digests.

  $ sjsj audit verify
  ledger: 10 entries; hash chain and table digests match
  integrity_check: ok
  ledger head: [0-9]+:[0-9a-f]{64} \(publish it; audit verify --anchor checks it later\) (re)

