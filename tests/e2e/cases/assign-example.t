Assigning teams on the example: every team meets every hard constraint, the procedure is
replayable, and the same seed gives the same teams.

A plan of five items (water, air, soil, radiation, emergency, tests/e2e/fixtures/five-items.yaml)
over the example directories, and the draw that creates the tasks.

  $ sh $SRC/tests/e2e/fixtures/five-items-drawn.sh

Commit before reveal: the SHA-256 of the seed is published first; another seed is then refused.

  $ sjsj assign commit 2026 --seed 'assign: 福彩3D 2026-05-01'
  assign seed commitment for 2026: SHA-256 6349e07b10382168d82167b3819bbe407e4c6199d1bbd55505cfef57f5470ce1
  $ sqlite3 t.db .dump | sha256sum > before.sum; sjsj assign 2026 --seed 'a seed chosen after the draw' --on 2026-05-01
  sjsj: error: the seed does not match the assign commitment for 2026 published at \S+ \(SHA-256 6349e07b10382168d82167b3819bbe407e4c6199d1bbd55505cfef57f5470ce1\); the seed given hashes to 2402f0f651cf2caa7263e7695f2dabd68bac889a2126da75b6cde8cdbebf7e9d (re)
  [2]
  $ sqlite3 t.db .dump | sha256sum | diff - before.sum && echo unchanged
  unchanged

A dry run reports the teams and writes nothing.

  $ sjsj assign 2026 --seed 'assign: 福彩3D 2026-05-01' --on 2026-05-01 --dry-run | tail -1
  dry run: assigned 65 tasks on 2026-05-01 (team size 2, rotation on; seed SHA-256 6349e07b10382168d82167b3819bbe407e4c6199d1bbd55505cfef57f5470ce1); nothing written
  $ sqlite3 t.db "SELECT COUNT(*) FROM assignments"
  0

The run: a team for every open task. A task with a team is not assigned again.

  $ sjsj assign 2026 --seed 'assign: 福彩3D 2026-05-01' --on 2026-05-01 > report.txt; head -4 report.txt; tail -1 report.txt
  task       code                name                                        team                                          names                 warnings
  ---------  ------------------  ------------------------------------------  --------------------------------------------  --------------------  -----------------------------------------------------------------
  2026-0001  91500113200402338H  重庆巴南示例姜家工业园区污水处理有限公司    50011320190092|50011320150117                 李霞涛|王芳           
  2026-0002  91500113202687736M  重庆巴南示例宏泰汽车配件有限公司            50011320230018|50011320120100                 向涛静|罗伟丽         
  assigned 65 tasks on 2026-05-01 (team size 2, rotation on; seed SHA-256 6349e07b10382168d82167b3819bbe407e4c6199d1bbd55505cfef57f5470ce1)
  $ sjsj assign 2026 --seed 'assign: 福彩3D 2026-05-01' --on 2026-05-01 --task 2026-0001
  sjsj: error: cannot assign the listed tasks:
    task 2026-0001: already has a team (use `assign redo`)
  [2]
  $ sjsj assign 2026 --seed 'assign: 福彩3D 2026-05-01' --on 2026-05-01
  sjsj: error: no open task of 2026 is without a team (tasks come from `draw run`; `assign redo TASK` changes a team)
  [2]

Hard constraints, checked against the staff directory: no member on leave, transferred, without
a valid credential on the date, or recused; no open task with fewer than two members.

  $ sqlite3 t.db "SELECT COUNT(*) FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN assignment_members m ON m.assignment_id = a.id JOIN staff s ON s.badge = m.badge WHERE a.superseded_by IS NULL AND (s.status <> '在岗' OR s.qualified <> 1 OR s.cert_expires < a.on_date OR EXISTS (SELECT 1 FROM json_each(s.recusals) r WHERE r.value = t.object_code))"
  0
  $ sqlite3 t.db "SELECT COUNT(*) FROM tasks t WHERE t.status = 'open' AND (SELECT COUNT(*) FROM v_teams v WHERE v.task_id = t.id) < 2"
  0

Joint tasks include a member of each of their departments that has eligible staff, and every
asked-for skill that an eligible inspector has is covered.

  $ sqlite3 t.db "SELECT COUNT(*) FROM assignment_inputs WHERE json_array_length(inputs, '$.departments') >= 2"
  10
  $ sqlite3 t.db "SELECT COUNT(*) FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN assignment_inputs i ON i.assignment_id = a.id, json_each(i.inputs, '$.departments') d WHERE a.superseded_by IS NULL AND json_array_length(i.inputs, '$.departments') >= 2 AND EXISTS (SELECT 1 FROM staff s WHERE s.unit = d.value AND s.status = '在岗' AND s.qualified = 1 AND s.cert_expires >= a.on_date AND NOT EXISTS (SELECT 1 FROM json_each(s.recusals) r WHERE r.value = t.object_code)) AND NOT EXISTS (SELECT 1 FROM assignment_members m JOIN staff s ON s.badge = m.badge WHERE m.assignment_id = a.id AND s.unit = d.value)"
  0
  $ sqlite3 t.db "SELECT COUNT(*) FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN assignment_inputs i ON i.assignment_id = a.id, json_each(i.inputs, '$.skills') k WHERE a.superseded_by IS NULL AND EXISTS (SELECT 1 FROM staff s, json_each(s.skills) ss WHERE ss.value = k.value AND s.status = '在岗' AND s.qualified = 1 AND s.cert_expires >= a.on_date AND NOT EXISTS (SELECT 1 FROM json_each(s.recusals) r WHERE r.value = t.object_code)) AND NOT EXISTS (SELECT 1 FROM assignment_members m JOIN staff s ON s.badge = m.badge, json_each(s.skills) ss WHERE m.assignment_id = a.id AND ss.value = k.value)"
  0

Each ticket is SHA-256(seed NUL year/assign/task NUL badge), checkable with printf and sha256sum.

  $ sqlite3 -separator ' ' t.db "SELECT m.badge, m.ticket FROM assignment_members m JOIN assignments a ON a.id = m.assignment_id WHERE a.task_id = '2026-0001' AND m.position = 1" > first
  $ printf '%s\0%s\0%s' 'assign: 福彩3D 2026-05-01' 2026/assign/2026-0001 "$(cut -d' ' -f1 first)" | sha256sum | cut -d' ' -f1 | diff - <(cut -d' ' -f2 first) && echo same
  same

The same seed on a fresh database gives identical teams; another seed gives different ones.

  $ export SJSJ_DB=t2.db; sjsj import-objects $EX/objects.csv > /dev/null && sjsj import-staff $EX/staff.csv > /dev/null
  > sjsj plan load plan.yaml > /dev/null 2>&1
  > sjsj --today 2026-05-01 draw run 2026 --seed 'draw: 福彩3D 2026-04-30' > /dev/null
  > sjsj assign 2026 --seed 'assign: 福彩3D 2026-05-01' --on 2026-05-01 > /dev/null
  > sqlite3 t2.db "SELECT a.task_id, m.position, m.badge, m.ticket FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id ORDER BY 1, 2" > t2.teams
  > sqlite3 t.db "SELECT a.task_id, m.position, m.badge, m.ticket FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id ORDER BY 1, 2" | diff -q - t2.teams && echo identical
  identical
  $ export SJSJ_DB=t3.db; sjsj import-objects $EX/objects.csv > /dev/null && sjsj import-staff $EX/staff.csv > /dev/null
  > sjsj plan load plan.yaml > /dev/null 2>&1
  > sjsj --today 2026-05-01 draw run 2026 --seed 'draw: 福彩3D 2026-04-30' > /dev/null
  > sjsj assign 2026 --seed 'another seed' --on 2026-05-01 > /dev/null
  > sqlite3 t3.db "SELECT a.task_id, m.position, m.badge, m.ticket FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id ORDER BY 1, 2" | diff -q - t2.teams > /dev/null || echo different
  different

The ledger still matches every table.

  $ sjsj audit verify
  ledger: 6 entries; hash chain and table digests match
  integrity_check: ok
  ledger head: [0-9]+:[0-9a-f]{64} \(publish it; audit verify --anchor checks it later\) (re)
