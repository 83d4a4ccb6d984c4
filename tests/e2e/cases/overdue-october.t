The overdue report over the October holiday (国庆节 2026-10-01 to 10-07, 调休 10-10): a check on
2026-09-24 must be published by 2026-10-29, the 20th working day after it.

  $ sh $SRC/tests/e2e/fixtures/six-plants-assigned.sh
  $ sqlite3 t.db "SELECT task_id, group_concat(badge, '|') FROM v_teams GROUP BY task_id"
  2026-0001|50011320200081|50011320190008
  2026-0002|50011320190092|50011320120004
  2026-0003|50011320240107|50011320230018
  2026-0004|50011320190092|50011320160115
  2026-0005|50011320230078|50011320120100
  2026-0006|50011320170067|50011320190030
  $ sjsj --today 2026-09-30 record 2026-0001 --date 2026-09-24 --outcome no_issue
  2026-0001 recorded: 91500113200402338H 2026-09-24, 未发现问题 (onsite), by 50011320200081|50011320190008; publish by 2026-10-29
  $ sjsj --today 2026-09-30 record 2026-0002 --date 2026-09-28 --outcome no_issue
  2026-0002 recorded: 91500113207308694G 2026-09-28, 未发现问题 (onsite), by 50011320190092|50011320120004; publish by 2026-10-30
  $ sjsj --today 2026-09-30 record 2026-0003 --date 2026-09-29 --outcome case_filed --confidential 国家安全
  2026-0003 recorded: 91500113456790944D 2026-09-29, 发现违法行为已立案调查 (onsite), by 50011320240107|50011320230018; confidential (国家安全): never published

Nothing is near its deadline yet: one quiet line, exit 0.

  $ sjsj audit overdue --as-of 2026-10-09
  nothing overdue, due within 5 working days or published late on 2026-10-09
  $ sjsj audit overdue --as-of 2026-10-09 --format json
  []
  $ sjsj audit overdue --as-of 2026-10-09 --format csv
  task,code,name,inspected_on,deadline,state,days_late,provisional,published_on

Two working days before the deadline, both are due within 5 working days (exit 0).

  $ sjsj audit overdue --as-of 2026-10-27
  task       code                name                                      inspected_on  deadline    state  days_late  provisional  published_on
  ---------  ------------------  ----------------------------------------  ------------  ----------  -----  ---------  -----------  ------------
  2026-0001  91500113200402338H  重庆巴南示例姜家工业园区污水处理有限公司  2026-09-24    2026-10-29  due    0          false        
  2026-0002  91500113207308694G  重庆巴南示例界石工业园区污水处理有限公司  2026-09-28    2026-10-30  due    0          false        
  $ sjsj audit overdue --as-of 2026-10-27 --within 1
  nothing overdue, due within 1 working day or published late on 2026-10-27

On 2026-11-03, three working days late (10-30, 11-02, 11-03): exit 3 for cron. The confidential
result never appears.

  $ sjsj audit overdue --as-of 2026-11-03
  task       code                name                                      inspected_on  deadline    state    days_late  provisional  published_on
  ---------  ------------------  ----------------------------------------  ------------  ----------  -------  ---------  -----------  ------------
  2026-0001  91500113200402338H  重庆巴南示例姜家工业园区污水处理有限公司  2026-09-24    2026-10-29  overdue  3          false        
  2026-0002  91500113207308694G  重庆巴南示例界石工业园区污水处理有限公司  2026-09-28    2026-10-30  overdue  2          false        
  sjsj: error: 2 results are overdue for publication
  [3]
  $ sjsj audit overdue --as-of 2026-11-03 --format json
  [
   {"task":"2026-0001","code":"91500113200402338H","name":"重庆巴南示例姜家工业园区污水处理有限公司","inspected_on":"2026-09-24","deadline":"2026-10-29","state":"overdue","days_late":3,"provisional":false,"published_on":null},
   {"task":"2026-0002","code":"91500113207308694G","name":"重庆巴南示例界石工业园区污水处理有限公司","inspected_on":"2026-09-28","deadline":"2026-10-30","state":"overdue","days_late":2,"provisional":false,"published_on":null}
  ]
  sjsj: error: 2 results are overdue for publication
  [3]

Published on 2026-11-04: late by four working days, no longer overdue (exit 0).

  $ sjsj --today 2026-11-04 publish 2026 --out published.csv
  published batch 1 of 2026: 2 results on 2026-11-04, to published.csv (csv)
  $ sjsj audit overdue --as-of 2026-11-05 --format csv
  task,code,name,inspected_on,deadline,state,days_late,provisional,published_on
  2026-0001,91500113200402338H,重庆巴南示例姜家工业园区污水处理有限公司,2026-09-24,2026-10-29,late,4,false,2026-11-04
  2026-0002,91500113207308694G,重庆巴南示例界石工业园区污水处理有限公司,2026-09-28,2026-10-30,late,3,false,2026-11-04
  $ sjsj audit overdue --as-of 2026-11-05 --within 0 --format json
  [
   {"task":"2026-0001","code":"91500113200402338H","name":"重庆巴南示例姜家工业园区污水处理有限公司","inspected_on":"2026-09-24","deadline":"2026-10-29","state":"late","days_late":4,"provisional":false,"published_on":"2026-11-04"},
   {"task":"2026-0002","code":"91500113207308694G","name":"重庆巴南示例界石工业园区污水处理有限公司","inspected_on":"2026-09-28","deadline":"2026-10-30","state":"late","days_late":3,"provisional":false,"published_on":"2026-11-04"}
  ]

Today is the default as-of; on 2026-11-03 the publication of 11-04 had not happened yet.

  $ sjsj --today 2026-11-03 audit overdue --format csv
  task,code,name,inspected_on,deadline,state,days_late,provisional,published_on
  2026-0001,91500113200402338H,重庆巴南示例姜家工业园区污水处理有限公司,2026-09-24,2026-10-29,overdue,3,false,
  2026-0002,91500113207308694G,重庆巴南示例界石工业园区污水处理有限公司,2026-09-28,2026-10-30,overdue,2,false,
  sjsj: error: 2 results are overdue for publication
  [3]
  $ sjsj audit verify
  ledger: 9 entries; hash chain and table digests match
  integrity_check: ok
  ledger head: [0-9]+:[0-9a-f]{64} \(publish it; audit verify --anchor checks it later\) (re)
