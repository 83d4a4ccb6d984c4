`plan load` stores the file's text and hash as a version of its year's plan; loading the same
text again stores nothing; `plan show` prints it back in every format.

  $ sjsj import-objects $EX/objects.csv > /dev/null
  $ cp $EX/plan.yaml .
  $ sjsj plan load plan.yaml
  sjsj: warning: the 2026 plan was issued on 2026-04-07, after January 31, 2026: seed 三(五) asks for the yearly plan to be made, filed and published by the end of January
  plan.yaml: stored as the 2026 plan, version 1: 7 items, 9 quotas; sha256 86a2c36939df5b7099f0e3a4b1349b8317bb29e3722b23f1e2f61dec59724876
  $ sjsj plan load plan.yaml
  plan.yaml: the 2026 plan is unchanged (the same text as version 1, sha256 86a2c36939df5b7099f0e3a4b1349b8317bb29e3722b23f1e2f61dec59724876); nothing stored
  $ sha256sum plan.yaml
  86a2c36939df5b7099f0e3a4b1349b8317bb29e3722b23f1e2f61dec59724876  plan.yaml

`show --format json` gives back every field of the file (the count's wording in `count_note`),
plus each quota's label, pool size and computed count.

  $ sjsj plan show 2026 --format json > show.json
  $ python3 - <<'PY'
  > import json, yaml
  > y = yaml.safe_load(open("plan.yaml", encoding="utf-8"))
  > y["issued"] = str(y["issued"])
  > j = json.load(open("show.json", encoding="utf-8"))
  > print(j.pop("version"), j.pop("file_name"), j.pop("sha256")[:12])
  > for item in j["items"]:
  >     for q in item["quotas"]:
  >         print(q.pop("label"), q.pop("labels"), q.pop("pool_size"), q.pop("computed_count"), q.get("count_note", ""))
  >         if "count_note" in q:
  >             q["count"] = q.pop("count_note")
  > print("round trip:", "same" if y == j else "DIFFERENT")
  > PY
  1 plan.yaml 86a2c36939df
  2026/1.1 ['2026/1.1'] 6 6 
  2026/1.2 ['2026/1.2'] 19 19 
  2026/2.1 ['2026/2.1'] 11 11 
  2026/2.2 ['2026/2.2'] 27 3 
  2026/3.1 ['2026/3.1'] 8 8 
  2026/4.1 ['2026/4.1'] 57 6 根据上年度审批登记名单确定（6）
  2026/5.1 ['2026/5.1'] 116 12 
  2026/6.1 ['2026/6.1'] 103 21 
  2026/7.1 ['2026/7.1'] 8 8 
  round trip: same

  $ sjsj plan show 2026
  重庆市巴南区生态环境局 2026年度随机抽查事项清单 (巴南环保发〔2026〕8号, issued 2026-04-07; version 1, plan.yaml, sha256 86a2c36939df5b7099f0e3a4b1349b8317bb29e3722b23f1e2f61dec59724876)
  序号  发起部门  抽查事项名称                                                检查内容                                                                                                                                                                                                                                                                                                           检查对象                          抽查频次  抽查比例  抽取对象数量（家）               编号      对象库数量（家）  按规则抽取数量（家）
  ----  --------  ----------------------------------------------------------  -----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------  --------------------------------  --------  --------  -------------------------------  --------  ----------------  --------------------
  1     水科      水污染防治设施运行情况                                      是否有排污许可证。|入河排污口设置是否审批。|污水排放是否达标。|是否安装在线监测设施                                                                                                                                                                                                                                工业聚集区污水处理厂              1次/年    100%      6                                2026/1.1  6                 6
                                                                                                                                                                                                                                                                                                                                                                                                 涉水重点工业企业污水处理设施      1次/年    100%      19                               2026/1.2  19                19
  2     大气科    大气污染防治设施运行情况                                    污染治理设施运行和污染物排放状况。|是否建立环境管理台账。                                                                                                                                                                                                                                                          涉气重点排污单位                  1次/年    100%      11                               2026/2.1  11                11
                                                                                                                                                                                                                                                                                                                                                                                                 ODS企业                           1次/年    10%       3                                2026/2.2  27                3
  3     土壤科    土壤污染重点监管单位隐患排查和自行监测情况                  是否按年度向生态环境主管部门报告有毒有害物质排放；|是否建立土壤污染隐患排查制度并按要求开展隐患排查；|是否制定、实施自行监测方案，并将监测数据报生态环境主管部门和按照规定公开相关信息。                                                                                                                           土壤污染重点监管单位              1次/年    100%      8                                2026/3.1  8                 8
  4     支队      建设项目环评及批复落实情况、“三同时”制度、自主验收落实情况  按照生态环境部和市生态环境局有关要求，重点检查检查建设项目环境影响报告书（表）及批复要求落实情况；以及建设项目环境保护“三同时”及竣工环境保护自主验收有关制度落实情况。                                                                                                                                             上年度区级已审批的建设项目        1次/年    10%       根据上年度审批登记名单确定（6）  2026/4.1  57                6
  5     支队      辐射安全许可制度落实及执行情况                              辐射源基本情况。|辐射安全防护设施与运行情况。|法规执行情况。|管理制度与执行情况。                                                                                                                                                                                                                                  区内已核发辐射安全许可证的单位    1次/年    10%       12                               2026/5.1  116               12
  6     支队      突发环境事件应急预案备案情况、环境安全隐患情况              企业突发环境事件应急管理检查。突发环境事件风险评估，确定风险等级情况；应急预案制定备案情况；建立健全隐患排查治理制度，隐患排查治理和建立档案情况；突发环境事件应急培训情况；必要环境应急装备和物资储备情况；应急预案及演练公开情况。|企业突发环境事件风险防控措施检查。突发水环境事件、大气环境事件风险防控措施。  风险等级为一般及以上环境风险企业  1次/年    20%       21                               2026/6.1  103               21
  7     支队      对机动车排放检验检测机构弄虚作假问题的行政检查              资质与人员核查|设备装置排查|检验流程与车辆真实性|数据与报告造假核查|视频监控核查                                                                                                                                                                                                                                   机动车排放污染物检验检测机构      1次/年    100%      8                                2026/7.1  8                 8

  $ sjsj plan show 2026 --format csv | head -3
  序号,发起部门,抽查事项名称,检查内容,检查对象,抽查频次,抽查比例,抽取对象数量（家）,编号,对象库数量（家）,按规则抽取数量（家）
  1,水科,水污染防治设施运行情况,是否有排污许可证。|入河排污口设置是否审批。|污水排放是否达标。|是否安装在线监测设施,工业聚集区污水处理厂,1次/年,100%,6,2026/1.1,6,6
  1,水科,水污染防治设施运行情况,是否有排污许可证。|入河排污口设置是否审批。|污水排放是否达标。|是否安装在线监测设施,涉水重点工业企业污水处理设施,1次/年,100%,19,2026/1.2,19,19

The public notice: a standalone page.

  $ sjsj plan show 2026 --format html > notice.html
  $ grep -o '<th scope="col">[^<]*' notice.html | sed 's/.*>//' | tr '\n' ' '; echo
  序号 发起部门 抽查事项名称 检查内容 检查对象 抽查频次 抽查比例 抽取对象数量（家） 
  $ grep -o '<html lang="zh-CN">\|<meta charset="utf-8">\|<caption>[^<]*</caption>' notice.html
  <html lang="zh-CN">
  <meta charset="utf-8">
  <caption>重庆市巴南区生态环境局2026年度随机抽查事项清单</caption>
  $ grep -c 'rowspan="2"' notice.html
  2

A changed plan is a new version; the ledger stays consistent.

  $ sed 's/ratio: 20%/ratio: 30%/' plan.yaml > plan-v2.yaml
  $ sjsj plan load plan-v2.yaml 2>&1 | sed 's/sha256 .*/sha256 .../'
  sjsj: warning: 2026/6.1 (风险等级为一般及以上环境风险企业): declared count 21, but 30% of the live pool of 103 is 31; the ratio governs, 31 will be drawn
  sjsj: warning: the 2026 plan was issued on 2026-04-07, after January 31, 2026: seed 三(五) asks for the yearly plan to be made, filed and published by the end of January
  plan-v2.yaml: stored as the 2026 plan, version 2: 7 items, 9 quotas; sha256 ...
  $ sjsj plan show 2026 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); q=d["items"][5]["quotas"][0]; print(d["version"], q["ratio"], q["computed_count"])'
  2 30% 31
  $ sjsj audit verify > /dev/null

After the lottery the plan cannot change: the current text still loads (as unchanged), any
other is refused, naming the draws, and nothing is written.

  $ sjsj --today 2026-04-10 draw run 2026 --seed lottery-2026-04-10 --label 2026/7.1 > /dev/null
  $ sjsj plan load plan-v2.yaml | sed 's/sha256 .*/sha256 ...)/'
  plan-v2.yaml: the 2026 plan is unchanged (the same text as version 2, sha256 ...)
  $ sha256sum t.db > before
  $ sjsj plan load plan.yaml
  sjsj: error: plan.yaml: the 2026 plan already has draws (2026/7.1); a plan cannot be changed after its lottery (version 2 stays current)
  [2]
  $ sha256sum -c before
  t.db: OK
  $ sjsj audit verify > /dev/null

No plan for another year:

  $ sjsj plan show 2027
  sjsj: error: no plan is loaded for 2027; load one with `sjsj plan load FILE`
  [2]
