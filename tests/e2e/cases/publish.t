Publishing a year's results (一公开): the official columns, nothing confidential, nothing twice,
and nothing marked when the file cannot be written.

The example year up to four recorded results: one remote, one handed over to another authority,
one confidential.

  $ sjsj import-objects $EX/objects.csv > /dev/null && sjsj import-staff $EX/staff.csv > /dev/null
  $ sjsj plan load $EX/plan.yaml > /dev/null 2>&1
  $ sjsj --today 2026-05-01 draw run 2026 --seed 'draw: 福彩3D 2026-04-30' > /dev/null
  $ sjsj --today 2026-05-02 assign 2026 --seed 'assign: 福彩3D 2026-05-01' --on 2026-05-02 > /dev/null
  $ sjsj --today 2026-05-10 record 2026-0001 --date 2026-05-08 --outcome no_issue > /dev/null
  $ sjsj --today 2026-05-10 record 2026-0002 --date 2026-05-06 --outcome rectification_ordered --mode remote --findings '废气治理设施未正常运行, 已责令"限期"整改' > /dev/null
  $ sjsj --today 2026-05-10 record 2026-0003 --date 2026-05-07 --outcome case_filed --confidential 涉及国家秘密 > /dev/null
  $ sjsj --today 2026-05-10 record 2026-0004 --date 2026-05-07 --outcome no_issue --transfer-to 区水利局 > /dev/null
  $ sqlite3 t.db "SELECT object_code FROM tasks WHERE id = '2026-0003'" > secret.code

Publishing writes the records in the official columns and order, dated with --as-of.

  $ sjsj --today 2026-05-21 publish 2026 --as-of 2026-05-20 --out 公示.csv
  published batch 1 of 2026: 3 results on 2026-05-20, to 公示.csv (csv)
  $ head -c 3 公示.csv | od -An -tx1
   ef bb bf
  $ tail -c +4 公示.csv
  序号,检查对象名称,统一社会信用代码,抽查事项,检查实施机关,检查方式,检查日期,检查结果,处理情况,公示日期
  1,重庆巴南示例宏泰汽车配件有限公司,91500113202687736M,突发环境事件应急预案备案情况、环境安全隐患情况,重庆市巴南区生态环境局,非现场检查,2026-05-06,发现问题已责令整改,"废气治理设施未正常运行, 已责令""限期""整改",2026-05-20
  2,重庆巴南示例凯嘉铝合金铸造有限公司,9150011320348085X3,大气污染防治设施运行情况,重庆市巴南区生态环境局,现场检查,2026-05-07,未发现问题,已移交区水利局,2026-05-20
  3,重庆巴南示例姜家工业园区污水处理有限公司,91500113200402338H,水污染防治设施运行情况,重庆市巴南区生态环境局,现场检查,2026-05-08,未发现问题,—,2026-05-20

A confidential result is in no published file, not even under another name.

  $ wc -l < secret.code; grep -F -f secret.code 公示.csv || echo absent
  1
  absent
  $ sqlite3 t.db "SELECT count(*) FROM published_results pr JOIN results r ON r.id = pr.result_id WHERE r.confidential <> ''"
  0

Publishing again publishes nothing new: no file, no batch, no ledger entry.

  $ sqlite3 t.db "SELECT count(*) FROM ledger" > ledger.before
  $ sjsj --today 2026-05-21 publish 2026 --out again.csv
  nothing to publish for 2026 as of 2026-05-21: no recorded public result awaits publication; again.csv not written
  $ test -e again.csv || echo no file; sqlite3 t.db "SELECT count(*) FROM publications"; sqlite3 t.db "SELECT count(*) FROM ledger" | diff - ledger.before && echo no new ledger entry
  no file
  1
  no new ledger entry

A result recorded later goes into the next batch only, numbered from 1.

  $ sjsj --today 2026-05-21 record 2026-0005 --date 2026-05-21 --outcome no_issue > /dev/null
  $ sqlite3 t.db "SELECT count(*) FROM published_results" > published.before

A file that cannot be written marks nothing published and leaves no half file: a missing folder,
a ".." component, a target that is a folder (the rename fails after the rows were marked, so the
transaction rolls back).

  $ sjsj --today 2026-05-22 publish 2026 --out missing/公示.csv
  sjsj: error: --out "missing/公示.csv": the folder missing does not exist
  [1]
  $ sjsj --today 2026-05-22 publish 2026 --out ../公示.csv
  sjsj: error: --out "../公示.csv": a path with a ".." component is refused; give the folder without ".."
  [1]
  $ mkdir -p taken/inside && sjsj --today 2026-05-22 publish 2026 --out taken
  sjsj: error: taken: cannot rename the finished file into place: Is a directory
  [4]
  $ sqlite3 t.db "SELECT count(*) FROM published_results" | diff - published.before && echo nothing marked
  nothing marked
  $ ls -A taken; ls -A | grep tmp || echo no temporary file
  inside
  no temporary file
  $ sjsj --today 2026-05-22 publish 2026 --out 公示-2.csv
  published batch 2 of 2026: 1 result on 2026-05-22, to 公示-2.csv (csv)
  $ tail -n +2 公示-2.csv
  1,重庆巴南示例嘉明综合门诊部有限公司,91500113203928618T,辐射安全许可制度落实及执行情况,重庆市巴南区生态环境局,现场检查,2026-05-21,未发现问题,—,2026-05-22

A publication date in the future is refused.

  $ sjsj --today 2026-05-22 publish 2026 --as-of 2026-05-23 --out x.csv
  sjsj: error: --as-of 2026-05-23: a publication date cannot be later than today (2026-05-22)
  [1]

--republish writes an earlier batch again, byte for byte, and marks nothing.

  $ sjsj --today 2026-06-30 publish 2026 --republish 1 --out 重发.csv
  republished batch 1 of 2026: 3 results published on 2026-05-20, to 重发.csv (csv)
  $ cmp 公示.csv 重发.csv && echo identical
  identical
  $ sjsj publish 2026 --republish 9 --out x.csv
  sjsj: error: --republish 9: there is no such batch
  [2]
  $ sjsj publish 2025 --republish 1 --out x.csv
  sjsj: error: --republish 1: the batch belongs to 2026, not 2025
  [2]
  $ sqlite3 t.db "SELECT count(*) FROM published_results"
  4

The ledger still checks out.

  $ sjsj audit verify
  ledger: 12 entries; hash chain and table digests match
  integrity_check: ok
  ledger head: [0-9]+:[0-9a-f]{64} \(publish it; audit verify --anchor checks it later\) (re)
