Edge cases of team choice on the example: expired credentials and inspectors on leave are left
out, a task that cannot get two eligible inspectors stops the run and nothing is written,
--partial assigns the others, and a redo keeps the old team on record.

A plan of five items (water, air, soil, radiation, emergency, tests/e2e/fixtures/five-items.yaml)
over the example directories, and the draw that creates the tasks.

  $ sh $SRC/tests/e2e/fixtures/five-items-drawn.sh
  $ cp t.db base.db

On 2026-07-01, 冉波's credential (valid to 2026-06-30) has expired: he is in no eligible list and
on no team, while 胡健怡 (valid to 2026-09-30) still is. Inspectors on leave (离岗) or transferred
(调离), and those without a credential, are never eligible.

  $ sjsj assign 2026 --seed 'assign seed' --on 2026-07-01 | tail -1
  assigned 65 tasks on 2026-07-01 (team size 2, rotation on; seed SHA-256 0fb1b295b190570b4d6b398db38de9b329993a21946e94d16558f8f21456be90)
  $ sqlite3 t.db "SELECT COUNT(*) FROM assignment_runs WHERE roster LIKE '%50011320120003%'"
  0
  $ sqlite3 t.db "SELECT COUNT(*) FROM assignment_members WHERE badge = '50011320120003'"
  0
  $ sqlite3 t.db "SELECT COUNT(*) > 0 FROM assignment_runs WHERE roster LIKE '%50011320190008%'"
  1
  $ sqlite3 t.db "SELECT COUNT(*) FROM assignment_runs, json_each(roster) e WHERE json_extract(e.value, '$.badge') IN ('50011320200026', '50011320230105', '50011320220036', '50011320260101', '50011320260102', '50011320260103')"
  0

A recused inspector is never sent to that object: 徐杰刚 is recused from two objects.

  $ sqlite3 t.db "SELECT COUNT(*) FROM v_teams v JOIN tasks t ON t.id = v.task_id WHERE v.badge = '50011320120013' AND t.object_code IN ('91500113MA5UAMGD6W', '91500113739760577C')"
  0

Redo: an inspector of task 2026-0001 falls ill. The directory says so first; then the team is
chosen again, and the old one stays on record, superseded, with the reason.

  $ B=$(sqlite3 t.db "SELECT badge FROM v_teams WHERE task_id = '2026-0001' AND position = 1")
  > sed "/^$B,/s/,在岗,\([^,]*\)\$/,离岗,\1/" $EX/staff.csv > staff.csv
  > sjsj import-staff staff.csv | cut -d: -f2
  > sjsj assign redo 2026-0001 --reason '检查人员病假' --seed 'assign seed' --on 2026-07-02 --format json > redo.json
  > grep -c "$B" redo.json
  > sqlite3 t.db "SELECT id, superseded_by IS NOT NULL, redo_reason FROM assignments WHERE task_id = '2026-0001' ORDER BY id"
   40 rows (utf-8)
  0
  1|1|检查人员病假
  66|0|
  $ sjsj assign redo 2026-0001 --seed 'assign seed'
  --reason is required
  Run with --help for more information.
  [1]
  $ sjsj assign redo 2026-9999 --reason x --seed 'assign seed'
  sjsj: error: task 2026-9999: no such task
  [2]
  $ sjsj audit verify
  ledger: 7 entries; hash chain and table digests match
  integrity_check: ok
  ledger head: [0-9]+:[0-9a-f]{64} \(publish it; audit verify --anchor checks it later\) (re)

Only one eligible inspector: on 2029-05-15 only 蒋鹏丽 and 何刚帆 hold a valid credential, and
何刚帆 is recused from the object of task 2026-0001. The run names the task and writes nothing.

  $ export SJSJ_DB=late.db; cp base.db late.db
  > CODE=$(sqlite3 late.db "SELECT object_code FROM tasks WHERE id = '2026-0001'")
  > sed "/^50011320250008,/s/,\$/,$CODE/" $EX/staff.csv > staff.csv
  > sjsj import-staff staff.csv | cut -d: -f2
  > sqlite3 late.db .dump | sha256sum > before.sum
  > sjsj assign 2026 --seed 'assign seed' --on 2029-05-15
   40 rows (utf-8)
  sjsj: error: 1 task cannot get a team of two eligible inspectors on 2029-05-15; nothing written (--partial assigns the others):
    task 2026-0001 (91500113200402338H): only 1 eligible inspector (在岗, credential valid on the date, not recused); a team needs 2
  [2]
  $ sqlite3 late.db .dump | sha256sum | diff - before.sum && echo unchanged
  unchanged
  $ export SJSJ_DB=late.db; sjsj assign 2026 --seed 'assign seed' --on 2029-05-15 --partial --format csv | head -3
  sjsj: warning: task 2026-0001 (91500113200402338H) not assigned: only 1 eligible inspector (在岗, credential valid on the date, not recused); a team needs 2
  task,code,name,team,names,warnings
  2026-0001,91500113200402338H,重庆巴南示例姜家工业园区污水处理有限公司,,,"not assigned: only 1 eligible inspector (在岗, credential valid on the date, not recused); a team needs 2"
  2026-0002,91500113202687736M,重庆巴南示例宏泰汽车配件有限公司,50011320210056|50011320250008,蒋鹏丽|何刚帆,
  $ sqlite3 late.db "SELECT COUNT(*), COUNT(DISTINCT task_id) FROM assignments"
  64|64
  $ sqlite3 late.db "SELECT COUNT(*) FROM tasks"
  65
  $ SJSJ_DB=late.db sjsj audit verify
  ledger: 6 entries; hash chain and table digests match
  integrity_check: ok
  ledger head: [0-9]+:[0-9a-f]{64} \(publish it; audit verify --anchor checks it later\) (re)
