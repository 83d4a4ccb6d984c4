Importing the two directories of the Banan example prints one summary line per file.

  $ cp $EX/objects.csv $EX/objects-gb18030.csv $EX/staff.csv .
  $ sjsj import-objects objects.csv
  objects.csv: 470 rows (utf-8): 470 objects inserted, 0 updated, 0 unchanged; 0 field changes recorded
  $ sjsj import-staff staff.csv
  staff.csv: 40 rows (utf-8): 40 inspectors inserted, 0 updated, 0 unchanged; 0 field changes recorded
  $ sqlite3 t.db 'select count(*), sum(status = "正常"), sum(status = "停产"), sum(status = "关闭") from objects'
  470|448|11|11
  $ sqlite3 t.db 'select count(*) from staff'
  40
  $ sqlite3 t.db 'select seq, command from ledger'
  1|import-objects
  2|import-staff

Importing the same files again is idempotent: nothing inserted or updated, every row unchanged,
the same content, and no field history.

  $ sqlite3 t.db 'select * from v_objects order by code' | sha256sum > objects.before
  $ sqlite3 t.db 'select * from v_staff order by badge' | sha256sum > staff.before
  $ sjsj import-objects objects.csv
  objects.csv: 470 rows (utf-8): 0 objects inserted, 0 updated, 470 unchanged; 0 field changes recorded
  $ sjsj import-staff staff.csv
  staff.csv: 40 rows (utf-8): 0 inspectors inserted, 0 updated, 40 unchanged; 0 field changes recorded
  $ sqlite3 t.db 'select * from v_objects order by code' | sha256sum | cmp - objects.before && echo same objects
  same objects
  $ sqlite3 t.db 'select * from v_staff order by badge' | sha256sum | cmp - staff.before && echo same staff
  same staff
  $ sqlite3 t.db 'select count(*) from object_changes; select count(*) from staff_changes'
  0
  0

The GB18030 copy (Chinese headers, CRLF, lists joined by 、) is detected and imports to the same
rows as the UTF-8 file; `--encoding gb18030` says the same explicitly.

  $ sjsj --db gb.db import-objects objects-gb18030.csv
  objects-gb18030.csv: 470 rows (gb18030): 470 objects inserted, 0 updated, 0 unchanged; 0 field changes recorded
  $ sqlite3 gb.db 'select * from v_objects order by code' | sha256sum | cmp - objects.before && echo same rows
  same rows
  $ sjsj --db gb2.db import-objects --encoding gb18030 objects-gb18030.csv > /dev/null
  $ sqlite3 gb2.db 'select * from v_objects order by code' | sha256sum | cmp - objects.before && echo same rows
  same rows

Over the database loaded from the UTF-8 file, the GB18030 file changes nothing. The ledger entry
of each import carries its summary.

  $ sjsj import-objects objects-gb18030.csv
  objects-gb18030.csv: 470 rows (gb18030): 0 objects inserted, 0 updated, 470 unchanged; 0 field changes recorded
  $ sqlite3 t.db 'select summary from ledger order by seq desc limit 1'
  {"encoding":"gb18030","field_changes":0,"file":"objects-gb18030.csv","inserted":0,"rows":470,"suspended":0,"unchanged":470,"updated":0}

The same rows again as UTF-8 with a BOM and the Chinese headers:

  $ (printf '\357\273\277'; iconv -f gb18030 -t utf-8 objects-gb18030.csv) > bom.csv
  $ head -c 3 bom.csv | od -An -tx1
   ef bb bf
  $ sjsj --db bom.db import-objects bom.csv
  bom.csv: 470 rows (utf-8): 470 objects inserted, 0 updated, 0 unchanged; 0 field changes recorded
  $ sqlite3 bom.db 'select * from v_objects order by code' | sha256sum | cmp - objects.before && echo same rows
  same rows

Reading the UTF-8 file as GB18030 yields different text (or a decoding error), never the same rows.

  $ sjsj --db wrong.db import-objects --encoding gb18030 objects.csv > /dev/null 2>&1; echo $?
  2
  $ test -e wrong.db && sqlite3 wrong.db 'select count(*) from objects'
  0

A quoted field with a comma inside keeps its comma.

  $ sqlite3 t.db "select count(*) from objects where monitoring = '在线监测,手工监测'"
  2

Changing one field of one object updates it and keeps the change in object_changes, with the
ledger entry that made it.

  $ sed 's/^\(91500113MABMBW3A5W,重庆巴南示例丰晟包装有限公司,\)一般,/\1重点,/' objects.csv > changed.csv
  $ cmp -s changed.csv objects.csv || echo edited
  edited
  $ sjsj import-objects changed.csv
  changed.csv: 470 rows (utf-8): 0 objects inserted, 1 updated, 469 unchanged; 1 field changes recorded
  $ sqlite3 t.db 'select o.code, c.field, c.old_value, c.new_value, c.ledger_seq = (select max(seq) from ledger) from object_changes c join objects o on o.id = c.object_id'
  91500113MABMBW3A5W|category|一般|重点|1
  $ sqlite3 t.db "select category from objects where code = '91500113MABMBW3A5W'"
  重点

Listings filter by tag, category, town and status, in table, csv and json.

  $ sjsj objects --tag 工业聚集区污水处理厂 --format csv | cut -d, -f1-4
  code,name,category,town
  91500113200402338H,重庆巴南示例姜家工业园区污水处理有限公司,重点,姜家镇
  91500113207308694G,重庆巴南示例界石工业园区污水处理有限公司,重点,界石镇
  91500113456790944D,重庆巴南示例花溪工业园区污水处理有限公司,重点,花溪街道
  915001136262396709,重庆巴南示例南彭工业园区污水处理有限公司,重点,南彭街道
  915001137567576367,重庆巴南示例惠民工业园区污水处理有限公司,重点,惠民街道
  91500113783209862P,重庆巴南示例木洞工业园区污水处理有限公司,重点,木洞镇
  915001137900300869,重庆巴南示例麻柳嘴工业园区污水处理有限公司,重点,麻柳嘴镇
  $ sjsj objects --tag 工业聚集区污水处理厂 --format json | python3 -c '
  > import json, sys
  > for r in json.load(sys.stdin): print(r["code"], r["status"], "|".join(r["tags"]))'
  91500113200402338H 正常 工业聚集区污水处理厂|上年度审批建设项目|环境风险企业
  91500113207308694G 正常 工业聚集区污水处理厂|环境风险企业
  91500113456790944D 正常 工业聚集区污水处理厂|环境风险企业
  915001136262396709 正常 工业聚集区污水处理厂|环境风险企业
  915001137567576367 停产 工业聚集区污水处理厂|环境风险企业
  91500113783209862P 正常 工业聚集区污水处理厂|环境风险企业
  915001137900300869 正常 工业聚集区污水处理厂|环境风险企业
  $ sjsj objects --tag 工业聚集区污水处理厂 --status active --format csv | tail -n +2 | wc -l
  6
  $ sjsj objects --tag 工业聚集区污水处理厂 --status 停产 --format csv | tail -n +2 | cut -d, -f1
  915001137567576367
  $ sjsj objects --category special --format csv | tail -n +2 | wc -l
  9
  $ sjsj objects --category 特殊 --format csv | tail -n +2 | wc -l
  9
  $ sqlite3 t.db "select count(*) from objects where category = '特殊'"
  9
  $ sjsj objects --town 木洞镇 --status suspended --format json | python3 -c '
  > import json, sys
  > print(sorted((r["town"], r["status"]) for r in json.load(sys.stdin)))'
  [('木洞镇', '停产'), ('木洞镇', '停产'), ('木洞镇', '停产')]
  $ sjsj objects --town 木洞镇 --category 重点 --format csv | tail -n +2 | wc -l
  10
  $ sqlite3 t.db "select count(*) from objects where town = '木洞镇' and category = '重点'"
  10
  $ sjsj objects --tag 机动车排放检验机构 --category key --format table
  code                name                                    category  town        industry  permit_no  permit_class  discharge  scale  cycle     monitoring  weather_grade  status  credit    positive_list  tags
  ------------------  --------------------------------------  --------  ----------  --------  ---------  ------------  ---------  -----  --------  ----------  -------------  ------  --------  -------------  ------------------
  91500113205963716H  重庆巴南示例荣信机动车检测服务有限公司  重点      花溪街道    M7452                              废气|噪声  小型   间歇生产  无                         正常    环保警示  false          机动车排放检验机构
  915001134548588964  重庆巴南示例益鑫机动车检测有限公司      重点      南彭街道    M7452                              废气|噪声  小型   间歇生产  无                         正常    环保良好  false          机动车排放检验机构
  91500113705901511J  重庆巴南示例宏禾机动车检测有限公司      重点      龙洲湾街道  M7452                              废气|噪声  小型   间歇生产  无                         关闭              false          机动车排放检验机构
  91500113790584599G  重庆巴南示例启丰机动车检测服务有限公司  重点      鱼洞街道    M7452                              废气|噪声  小型   间歇生产  无                         正常    环保良好  false          机动车排放检验机构
  91500113MA5UJNLX30  重庆巴南示例隆恒机动车检测服务有限公司  重点      李家沱街道  M7452                              废气|噪声  小型   间歇生产  无                         正常    环保良好  false          机动车排放检验机构
  91500113MA614A2W2M  重庆巴南示例成远机动车检测有限公司      重点      木洞镇      M7452                              废气|噪声  小型   间歇生产  无                         正常    环保良好  false          机动车排放检验机构
  91500113MABMDP7860  重庆巴南示例隆和机动车检测有限公司      重点      南彭街道    M7452                              废气|噪声  小型   间歇生产  无                         正常    环保诚信  false          机动车排放检验机构
  91500113MABMF72R1H  重庆巴南示例恒辉机动车检测服务有限公司  重点      木洞镇      M7452                              废气|噪声  小型   间歇生产  无                         正常    环保良好  false          机动车排放检验机构
  91500113MACDMDHH30  重庆巴南示例安瑞机动车检测服务有限公司  重点      龙洲湾街道  M7452                              废气|噪声  小型   间歇生产  无                         正常    环保良好  false          机动车排放检验机构
  $ sjsj objects --format json | python3 -c '
  > import json, sys
  > rows = json.load(sys.stdin)
  > print(len(rows), list(rows[0].keys()))
  > print(sorted({type(v).__name__ for r in rows for v in r.values()}))'
  470 ['code', 'name', 'category', 'town', 'industry', 'permit_no', 'permit_class', 'discharge', 'scale', 'cycle', 'monitoring', 'weather_grade', 'status', 'credit', 'positive_list', 'tags']
  ['bool', 'list', 'str']
  $ sjsj objects --category 一级
  sjsj: error: --category: "一级" is not one of 一般 (general), 重点 (key), 特殊 (special)
  [1]
  $ sjsj staff --status 出差
  sjsj: error: --status: "出差" is not one of 在岗 (active), 离岗 (leave), 调离 (left)
  [1]
  $ sjsj objects --tag 无此标签 --format json
  []
  $ sjsj objects --format xml
  --format: xml not in {table,csv,json}
  Run with --help for more information.
  [1]

  $ sjsj staff --status leave --format csv
  badge,name,unit,qualified,cert_expires,years,position,skills,status,recusals
  50011320200026,冉伟航,支队,true,2027-09-28,7,执法队员,气|环评,离岗,
  50011320230105,陈平,大气科,true,2027-12-30,4,科员,气|环评,离岗,
  $ sjsj staff --unit 土壤科 --skill 土壤 --format csv | cut -d, -f1,2,3,8
  badge,name,unit,skills
  50011320120100,罗伟丽,土壤科,水|土壤|固废
  50011320150117,王芳,土壤科,土壤|固废
  50011320190008,胡健怡,土壤科,土壤|固废
  50011320190057,何睿平,土壤科,水|土壤|应急
  50011320190120,秦洁华,土壤科,土壤|应急
  50011320260103,秦涛睿,土壤科,水|土壤
  $ sjsj staff --status 在岗 --format json | python3 -c '
  > import json, sys
  > rows = json.load(sys.stdin)
  > print(len(rows), list(rows[0].keys()))
  > print(sorted({type(v).__name__ for r in rows for v in r.values()}))
  > print([r["badge"] for r in rows if r["recusals"]])'
  37 ['badge', 'name', 'unit', 'qualified', 'cert_expires', 'years', 'position', 'skills', 'status', 'recusals']
  ['bool', 'int', 'list', 'str']
  ['50011320120013', '50011320250063', '50011320250092']
  $ sjsj staff --unit 大气科 --format table
  badge           name    unit    qualified  cert_expires  years  position  skills          status  recusals
  --------------  ------  ------  ---------  ------------  -----  --------  --------------  ------  ------------------
  50011320120039  罗强    大气科  true       2028-08-30    15     副科长    气|应急         在岗    
  50011320140033  邹玲莉  大气科  true       2029-04-30    14     科长      气|固废         在岗    
  50011320190030  龚睿勇  大气科  true       2028-11-28    9      科员      气|固废|机动车  在岗    
  50011320230018  向涛静  大气科  true       2027-04-28    3      科员      气|应急         在岗    
  50011320230105  陈平    大气科  true       2027-12-30    4      科员      气|环评         离岗    
  50011320250008  何刚帆  大气科  true       2029-08-30    1      科员      气|环评|机动车  在岗    
  50011320250063  彭洁    大气科  true       2028-10-30    3      科员      气|固废|环评    在岗    91500113790016313M

`--dry-run` validates and reports but writes nothing, not even a ledger entry.

  $ cp t.db before.db
  $ sjsj import-objects --dry-run objects.csv
  dry run: objects.csv: 470 rows (utf-8): 0 objects inserted, 1 updated, 469 unchanged; 1 field changes found; nothing written
  $ cmp t.db before.db && echo unchanged
  unchanged
  $ sqlite3 t.db 'select count(*) from ledger'
  6

`--missing suspend` suspends the active objects the file does not list (停产), with their history;
`--missing keep` (the default) leaves them alone.

  $ head -11 objects.csv > first10.csv
  $ sjsj import-objects first10.csv
  first10.csv: 10 rows (utf-8): 0 objects inserted, 1 updated, 9 unchanged; 1 field changes recorded
  $ sqlite3 t.db "select count(*) from objects where status = '正常'"
  448
  $ sjsj import-objects --dry-run --missing suspend first10.csv
  dry run: first10.csv: 10 rows (utf-8): 0 objects inserted, 0 updated, 10 unchanged, 438 not in the file suspended; 438 field changes found; nothing written
  $ sqlite3 t.db "select count(*) from objects where status = '正常'"
  448
  $ sjsj import-objects --missing suspend first10.csv
  first10.csv: 10 rows (utf-8): 0 objects inserted, 0 updated, 10 unchanged, 438 not in the file suspended; 438 field changes recorded
  $ sqlite3 t.db "select status, count(*) from objects group by status order by status"
  停产|449
  关闭|11
  正常|10
  $ sqlite3 t.db "select count(*) from object_changes where field = 'status' and old_value = '正常' and new_value = '停产'"
  438
  $ sjsj import-objects --missing sometimes first10.csv
  --missing: sometimes not in {keep,suspend}
  Run with --help for more information.
  [1]

Every import kept the ledger's row digests right.

  $ sjsj audit verify
  ledger: 8 entries; hash chain and table digests match
  integrity_check: ok
  ledger head: [0-9]+:[0-9a-f]{64} \(publish it; audit verify --anchor checks it later\) (re)
