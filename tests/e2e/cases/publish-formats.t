Every disclosure format: csv, json, html and xlsx carry the same records; each batch can be written
again byte for byte in any format; the confidential result is in none of them.

  $ sjsj import-objects $EX/objects.csv > /dev/null && sjsj import-staff $EX/staff.csv > /dev/null
  $ sjsj plan load $EX/plan.yaml > /dev/null 2>&1
  $ sjsj --today 2026-05-01 draw run 2026 --seed 'draw: 福彩3D 2026-04-30' > /dev/null
  $ sjsj --today 2026-05-02 assign 2026 --seed 'assign: 福彩3D 2026-05-01' --on 2026-05-02 > /dev/null
  $ sjsj --today 2026-05-10 record 2026-0001 --date 2026-05-08 --outcome no_issue --findings '<script>alert(1)</script> & "引号"' > /dev/null
  $ sjsj --today 2026-05-10 record 2026-0002 --date 2026-05-06 --outcome case_filed --mode remote > /dev/null
  $ sjsj --today 2026-05-10 record 2026-0003 --date 2026-05-07 --outcome no_issue --confidential 涉及公共安全 > /dev/null
  $ sqlite3 t.db "SELECT object_code FROM tasks WHERE id = '2026-0003'" > secret.code

The format comes from --format, else from the file's extension.

  $ sjsj --today 2026-05-20 publish 2026 --out 公示.xlsx
  published batch 1 of 2026: 2 results on 2026-05-20, to 公示.xlsx (xlsx)
  $ head -c 2 公示.xlsx; echo
  PK
  $ unzip -l 公示.xlsx | grep -o 'xl/worksheets/sheet1.xml\|docProps/core.xml'
  xl/worksheets/sheet1.xml
  docProps/core.xml
  $ unzip -p 公示.xlsx xl/workbook.xml | grep -o 'name="[^"]*"'
  name="抽查结果公示"
  name="_xlnm._FilterDatabase"
  $ unzip -p 公示.xlsx xl/sharedStrings.xml | grep -o '<t>[^<]*</t>' | head -10
  <t>序号</t>
  <t>检查对象名称</t>
  <t>统一社会信用代码</t>
  <t>抽查事项</t>
  <t>检查实施机关</t>
  <t>检查方式</t>
  <t>检查日期</t>
  <t>检查结果</t>
  <t>处理情况</t>
  <t>公示日期</t>
  $ unzip -p 公示.xlsx xl/worksheets/sheet1.xml | grep -o '<pane[^>]*>'
  <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>
  $ unzip -p 公示.xlsx docProps/core.xml | grep -o '<dcterms:created[^<]*'
  <dcterms:created xsi:type="dcterms:W3CDTF">2026-05-20T00:00:00Z

The other formats, from the stored batch.

  $ for f in csv json html xlsx; do sjsj publish 2026 --republish 1 --out again.$f --format $f; done
  republished batch 1 of 2026: 2 results published on 2026-05-20, to again.csv (csv)
  republished batch 1 of 2026: 2 results published on 2026-05-20, to again.json (json)
  republished batch 1 of 2026: 2 results published on 2026-05-20, to again.html (html)
  republished batch 1 of 2026: 2 results published on 2026-05-20, to again.xlsx (xlsx)
  $ cmp 公示.xlsx again.xlsx && echo xlsx identical
  xlsx identical
  $ sqlite3 t.db "SELECT count(*) FROM publications; SELECT count(*) FROM published_results"
  1
  2
  $ cat again.json
  {"batch":1,"year":2026,"published_on":"2026-05-20","authority":"重庆市巴南区生态环境局","rows":[
   {"seq":1,"name":"重庆巴南示例宏泰汽车配件有限公司","code":"91500113202687736M","items":"突发环境事件应急预案备案情况、环境安全隐患情况","authority":"重庆市巴南区生态环境局","mode":"非现场检查","inspected_on":"2026-05-06","outcome":"发现违法行为已立案调查","handling":"—","published_on":"2026-05-20"},
   {"seq":2,"name":"重庆巴南示例姜家工业园区污水处理有限公司","code":"91500113200402338H","items":"水污染防治设施运行情况","authority":"重庆市巴南区生态环境局","mode":"现场检查","inspected_on":"2026-05-08","outcome":"未发现问题","handling":"<script>alert(1)</script> & \"引号\"","published_on":"2026-05-20"}
  ]}
  $ python3 -c 'import json,sys; d=json.load(open("again.json")); print(list(d["rows"][0]))'
  ['seq', 'name', 'code', 'items', 'authority', 'mode', 'inspected_on', 'outcome', 'handling', 'published_on']
  $ grep -c '<!DOCTYPE html>\|<html lang="zh-CN">\|<meta charset="utf-8">\|<caption\|PingFang SC' again.html
  5
  $ grep -o '<th scope="col">[^<]*</th>' again.html | tr -d '\n'; echo
  <th scope="col">序号</th><th scope="col">检查对象名称</th><th scope="col">统一社会信用代码</th><th scope="col">抽查事项</th><th scope="col">检查实施机关</th><th scope="col">检查方式</th><th scope="col">检查日期</th><th scope="col">检查结果</th><th scope="col">处理情况</th><th scope="col">公示日期</th>
  $ grep -o '<h1>[^<]*</h1>\|<td>&lt;script[^<]*</td>' again.html
  <h1>重庆市巴南区生态环境局2026年度“双随机、一公开”抽查结果公示</h1>
  <td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;</td>
  $ grep '<script\|http' again.html || echo no script, no external asset
  no script, no external asset

Written twice on different days, every format is identical to itself.

  $ sleep 1; for f in csv json html xlsx; do sjsj --today 2026-12-31 publish 2026 --republish 1 --out twice.$f --format $f > /dev/null; cmp again.$f twice.$f && echo $f identical; done
  csv identical
  json identical
  html identical
  xlsx identical

The confidential result is in none of the files.

  $ for f in again.csv again.json again.html; do grep -F -f secret.code $f; done; unzip -p 公示.xlsx | grep -F -f secret.code || echo absent
  absent
