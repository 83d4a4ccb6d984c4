Recording a batch from CSV: English keys or the Chinese headers, GB18030 or UTF-8; every bad row
is reported with its line, and one bad row writes nothing.

  $ sh $SRC/tests/e2e/fixtures/six-plants-assigned.sh
  $ sqlite3 t.db "SELECT task_id, group_concat(badge, '|') FROM v_teams GROUP BY task_id"
  2026-0001|50011320200081|50011320190008
  2026-0002|50011320190092|50011320120004
  2026-0003|50011320240107|50011320230018
  2026-0004|50011320190092|50011320160115
  2026-0005|50011320230078|50011320120100
  2026-0006|50011320170067|50011320190030

A file with one bad row among good ones: exit 2, the line named, the database unchanged.

  $ printf '%s\n' 任务编号,检查日期,检查结果,检查方式,检查情况,移交部门,保密原因,检查人员 \
  >   2026-0001,2026/9/24,未发现问题,现场检查,,,, \
  >   2026-0002,2026-09-30,发现问题已责令整改,非现场检查,在线监测数据超标,区水利局,, \
  >   2026-0003,2026-09-31,no_issue,onsite,,,, > results.csv
  $ sha256sum t.db > before.sum
  $ sjsj --today 2026-11-03 record --file results.csv
  sjsj: error: results.csv:4: column date: value "2026-09-31": a date as YYYY-MM-DD
  [2]
  $ sha256sum -c before.sum
  t.db: OK

Every problem of a file at once: unknown outcome and mode, a stranger in the team, a task twice.

  $ printf '%s\n' task,date,outcome,mode,by \
  >   2026-0001,2026-09-24,ok,onsite, \
  >   2026-0002,2026-09-30,no_issue,car, \
  >   2026-0003,2026-09-30,no_issue,,50011320120003 \
  >   2026-0001,2026-09-24,no_issue,, > bad.csv
  $ sjsj --today 2026-11-03 record --file bad.csv
  sjsj: error: bad.csv:2: column outcome: value "ok": one of no_issue (未发现问题), rectification_ordered (发现问题已责令整改), case_filed (发现违法行为已立案调查), not_operating (未发现开展本次抽查涉及的经营活动), closed (已关闭停业或正在组织清算), unreachable (通过登记的住所（经营场所）无法联系), obstructed (不配合检查情节严重)
  bad.csv:3: column mode: value "car": one of onsite (现场检查), remote (非现场检查)
  bad.csv:4: column by: value "50011320120003": a member of the task's team: 50011320240107, 50011320230018
  bad.csv:5: column task: value "2026-0001": a task given once per file (it is already on line 2)
  [2]
  $ sha256sum -c before.sum
  t.db: OK

Fixed, the file records every row; in GB18030 too.

  $ sed -i 's/2026-09-31/2026-09-30/' results.csv
  $ iconv -f UTF-8 -t GB18030 results.csv > results-gb.csv
  $ sjsj --today 2026-11-03 record --file results-gb.csv --encoding gb18030
  2026-0001 recorded: 91500113200402338H 2026-09-24, 未发现问题 (onsite), by 50011320200081|50011320190008; publish by 2026-10-29
  2026-0002 recorded: 91500113207308694G 2026-09-30, 发现问题已责令整改 (remote), by 50011320190092|50011320120004; publish by 2026-11-03
  2026-0003 recorded: 91500113456790944D 2026-09-30, 未发现问题 (onsite), by 50011320240107|50011320230018; publish by 2026-11-03
  results-gb.csv: 3 rows (gb18030): 3 results recorded
  $ sjsj --today 2026-11-03 record --file results.csv
  sjsj: error: results.csv:2: column task: value "2026-0001": a task without a result (it has one, inspected on 2026-09-24; correct it with `sjsj record 2026-0001 ... --amend --reason TEXT`)
  results.csv:3: column task: value "2026-0002": a task without a result (it has one, inspected on 2026-09-30; correct it with `sjsj record 2026-0002 ... --amend --reason TEXT`)
  results.csv:4: column task: value "2026-0003": a task without a result (it has one, inspected on 2026-09-30; correct it with `sjsj record 2026-0003 ... --amend --reason TEXT`)
  [2]
  $ sjsj audit verify
  ledger: 6 entries; hash chain and table digests match
  integrity_check: ok
  ledger head: [0-9]+:[0-9a-f]{64} \(publish it; audit verify --anchor checks it later\) (re)
