Working-day calendars: 2025 and 2026 are built in; a deadline reaching into a year without one is
provisional, warned about, and made firm by `calendar load`.

  $ sjsj calendar show 2026
  2026: 248 working days; built-in
  source: 国务院办公厅关于2026年部分节假日安排的通知
  kind             name    from        to          days
  ---------------  ------  ----------  ----------  ----
  holiday          元旦    2026-01-01  2026-01-03  3
  holiday          春节    2026-02-15  2026-02-23  9
  holiday          清明节  2026-04-04  2026-04-06  3
  holiday          劳动节  2026-05-01  2026-05-05  5
  holiday          端午节  2026-06-19  2026-06-21  3
  holiday          中秋节  2026-09-25  2026-09-27  3
  holiday          国庆节  2026-10-01  2026-10-07  7
  working_weekend  调休    2026-01-04  2026-01-04  1
  working_weekend  调休    2026-02-14  2026-02-14  1
  working_weekend  调休    2026-02-28  2026-02-28  1
  working_weekend  调休    2026-05-09  2026-05-09  1
  working_weekend  调休    2026-09-20  2026-09-20  1
  working_weekend  调休    2026-10-10  2026-10-10  1
  $ sjsj calendar show 2025 --format csv
  kind,name,from,to,days
  holiday,元旦,2025-01-01,2025-01-01,1
  holiday,春节,2025-01-28,2025-02-04,8
  holiday,清明节,2025-04-04,2025-04-06,3
  holiday,劳动节,2025-05-01,2025-05-05,5
  holiday,端午节,2025-05-31,2025-06-02,3
  holiday,国庆节、中秋节,2025-10-01,2025-10-08,8
  working_weekend,调休,2025-01-26,2025-01-26,1
  working_weekend,调休,2025-02-08,2025-02-08,1
  working_weekend,调休,2025-04-27,2025-04-27,1
  working_weekend,调休,2025-09-28,2025-09-28,1
  working_weekend,调休,2025-10-11,2025-10-11,1
  $ sjsj calendar show 2027
  2027: 261 working days; none: weekdays only, deadlines in this year are provisional (load it with `sjsj calendar load FILE`)
  $ sjsj calendar show 2027 --format json
  {
    "year": 2027,
    "origin": "none",
    "source": "",
    "working_days": 261,
    "holidays": [],
    "working_weekends": []
  }

  $ sh $SRC/tests/e2e/fixtures/six-plants-assigned.sh
  $ sqlite3 t.db "SELECT task_id, group_concat(badge, '|') FROM v_teams GROUP BY task_id"
  2026-0001|50011320200081|50011320190008
  2026-0002|50011320190092|50011320120004
  2026-0003|50011320240107|50011320230018
  2026-0004|50011320190092|50011320160115
  2026-0005|50011320230078|50011320120100
  2026-0006|50011320170067|50011320190030

A check on 2026-12-18 has its deadline in 2027: counted on weekdays, marked provisional everywhere,
and warned about with the way out.

  $ sjsj --today 2026-12-21 record 2026-0001 --date 2026-12-18 --outcome no_issue
  sjsj: warning: no working-day calendar for 2027: deadlines reaching into it are counted on weekdays only and marked provisional; load the State Council's holiday notice with `sjsj calendar load FILE` (see docs/results.md)
  2026-0001 recorded: 91500113200402338H 2026-12-18, 未发现问题 (onsite), by 50011320200081|50011320190008; publish by 2027-01-15 (provisional)
  $ sjsj audit overdue --as-of 2027-01-12 --format json
  sjsj: warning: no working-day calendar for 2027: deadlines reaching into it are counted on weekdays only and marked provisional; load the State Council's holiday notice with `sjsj calendar load FILE` (see docs/results.md)
  [
   {"task":"2026-0001","code":"91500113200402338H","name":"重庆巴南示例姜家工业园区污水处理有限公司","inspected_on":"2026-12-18","deadline":"2027-01-15","state":"due","days_late":0,"provisional":true,"published_on":null}
  ]

A bad calendar file is refused with every problem located; nothing is loaded.

  $ cat > bad.yaml <<'EOF'
  > year: 2027
  > holidays:
  >   - {name: 元旦, from: 2027-01-01, to: 2026-12-31}
  > working_weekends: [2027-01-04]
  > EOF
  $ sjsj --today 2026-12-21 calendar load bad.yaml
  sjsj: error: bad.yaml:3:38: column holidays[0].to: value "2026-12-31": a date in 2027 (the file's year)
  bad.yaml:3:38: column holidays[0].to: value "2026-12-31": a date on or after `from` (2027-01-01)
  bad.yaml:4:20: column working_weekends[0]: value "2027-01-04": a Saturday or Sunday (only weekend days are declared working days)
  [2]
  $ sjsj calendar check bad.yaml
  sjsj: error: bad.yaml:3:38: column holidays[0].to: value "2026-12-31": a date in 2027 (the file's year)
  bad.yaml:3:38: column holidays[0].to: value "2026-12-31": a date on or after `from` (2027-01-01)
  bad.yaml:4:20: column working_weekends[0]: value "2027-01-04": a Saturday or Sunday (only weekend days are declared working days)
  [2]

The 2027 notice (test data here, not the official one) makes the deadline firm: 元旦 moves it.

  $ cat > 2027.yaml <<'EOF'
  > year: 2027
  > source: test calendar for the e2e suite (not the State Council's notice)
  > holidays:
  >   - {name: 元旦, from: 2027-01-01, to: 2027-01-03}
  >   - {name: 春节, from: 2027-02-06, to: 2027-02-14}
  > working_weekends: [2027-02-20]
  > EOF
  $ sjsj calendar check 2027.yaml
  2027.yaml: calendar 2027: 2 holidays, 1 working weekend, 256 working days
  $ sjsj --today 2026-12-21 calendar load 2027.yaml
  2027.yaml: calendar 2027 added: 2 holidays, 1 working weekend, 256 working days; 1 deadline made firm, 1 moved
  $ sjsj audit overdue --as-of 2027-01-12 --format json
  [
   {"task":"2026-0001","code":"91500113200402338H","name":"重庆巴南示例姜家工业园区污水处理有限公司","inspected_on":"2026-12-18","deadline":"2027-01-18","state":"due","days_late":0,"provisional":false,"published_on":null}
  ]
  $ sjsj calendar show 2027
  2027: 256 working days; loaded by ledger entry 7
  source: test calendar for the e2e suite (not the State Council's notice)
  kind             name  from        to          days
  ---------------  ----  ----------  ----------  ----
  holiday          元旦  2027-01-01  2027-01-03  3
  holiday          春节  2027-02-06  2027-02-14  9
  working_weekend  调休  2027-02-20  2027-02-20  1
  $ sjsj --today 2026-12-21 calendar load 2027.yaml
  2027.yaml: calendar 2027 unchanged: 2 holidays, 1 working weekend, 256 working days; 0 deadlines made firm, 0 moved

Reloading a year replaces it; a loaded year also overrides a built-in one.

  $ sed -i '/春节/d' 2027.yaml && sjsj --today 2026-12-21 calendar load 2027.yaml
  2027.yaml: calendar 2027 replaced: 1 holiday, 1 working weekend, 261 working days; 0 deadlines made firm, 0 moved
  $ printf 'year: 2026\nholidays: []\nworking_weekends: []\n' > 2026.yaml && sjsj --today 2026-12-21 calendar load 2026.yaml
  2026.yaml: calendar 2026 added (overrides the built-in year): 0 holidays, 0 working weekends, 261 working days; 0 deadlines made firm, 0 moved
  $ sjsj calendar show 2026
  2026: 261 working days; loaded by ledger entry 10, overriding the built-in year
  kind  name  from  to  days
  ----  ----  ----  --  ----
  $ sjsj audit verify
  ledger: 10 entries; hash chain and table digests match
  integrity_check: ok
  ledger head: [0-9]+:[0-9a-f]{64} \(publish it; audit verify --anchor checks it later\) (re)
