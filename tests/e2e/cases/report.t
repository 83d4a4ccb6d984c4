The year's audit report: per quota counts, the disclosure rate against the 100% target, remote
inspections, and anomalies (a late plan, team warnings, a late publication).

  $ sjsj import-objects $EX/objects.csv > /dev/null && sjsj import-staff $EX/staff.csv > /dev/null
  $ sjsj plan load $EX/plan.yaml > /dev/null 2>&1
  $ sjsj --today 2026-05-01 draw run 2026 --seed 'draw: 福彩3D 2026-04-30' > /dev/null
  $ sjsj --today 2026-05-02 assign 2026 --seed 'assign: 福彩3D 2026-05-01' --on 2026-05-02 > /dev/null
  $ sjsj --today 2026-05-10 record 2026-0001 --date 2026-05-08 --outcome no_issue > /dev/null
  $ sjsj --today 2026-05-10 record 2026-0002 --date 2026-05-06 --outcome case_filed --mode remote > /dev/null
  $ sjsj --today 2026-05-10 record 2026-0003 --date 2026-05-07 --outcome no_issue --confidential 涉及公共安全 > /dev/null
  $ sjsj --today 2026-06-10 publish 2026 --as-of 2026-06-10 --out late.csv
  published batch 1 of 2026: 2 results on 2026-06-10, to late.csv (csv)
  $ sjsj --today 2026-06-10 record 2026-0004 --date 2026-06-09 --outcome no_issue > /dev/null

  $ sjsj --today 2026-07-15 audit report 2026 > report.txt; head -3 report.txt
  重庆市巴南区生态环境局2026年度“双随机、一公开”抽查工作审计报告
  截至 2026-07-15
  抽查计划：巴南环保发〔2026〕8号，2026-04-07印发（晚于1月31日；实施方案三(五)要求1月底前完成制定、上报和公示）
  $ grep -A12 '^各抽查事项' report.txt | awk 'NF > 7 { printf "%s", $1; for (i = NF - 6; i <= NF; i++) printf " %s", $i; print "" }'
  抽查编号 计划数量 对象库数量 抽取数量 已检查 已公开 不予公开 逾期未公开
  -------- -------- ---------- -------- ------ ------ -------- ----------
  2026/1.1 6 6 6 1 1 0 0
  2026/1.2 19 19 19 0 0 0 0
  2026/2.1 11 11 11 1 0 0 1
  2026/2.2 3 27 3 0 0 0 0
  2026/3.1 8 8 8 0 0 0 0
  2026/4.1 6 57 6 1 0 1 0
  2026/5.1 12 116 12 1 0 1 0
  2026/6.1 21 103 21 1 1 0 0
  2026/7.1 8 8 8 0 0 0 0
  $ grep '公开率\|^已录入\|非现场' report.txt
  抽查结果公开率：2/3 = 66.7%；目标 100%：未达到
  已录入4条，不予公开1条，已公开2条，逾期未公开1条
  非现场检查：1次，共检查4次（25.0%）
  $ sed -n '/^异常情况/,$p' report.txt | grep -v '^2026-00'
  异常情况
  计划晚于1月31日印发：2026-04-07印发
  有警示的检查组 (7)
  任务       统一社会信用代码    警示
  ---------  ------------------  -----------------------------------------------------------------
  
  逾期公开的结果 (2)
  任务       统一社会信用代码    检查日期    公开期限    公示日期    逾期工作日  期限为暂定
  ---------  ------------------  ----------  ----------  ----------  ----------  ----------
  

  $ sjsj --today 2026-07-15 audit report 2026 --format json > report.json
  $ python3 -c 'import json; d=json.load(open("report.json")); print(list(d)); print(d["disclosure"]); print(d["remote"]); print(list(d["anomalies"])); print(d["anomalies"]["late_publications"])'
  ['year', 'as_of', 'authority', 'plan', 'quotas', 'disclosure', 'remote', 'anomalies', 'provisional_years']
  {'recorded': 4, 'confidential': 1, 'disclosable': 3, 'published': 2, 'overdue': 1, 'rate': 0.6667, 'target': 1.0, 'target_met': False}
  {'inspections': 4, 'remote': 1, 'share': 0.25}
  ['plan_issued_late', 'redraws', 'replaced_picks', 'amended_results', 'team_warnings', 'frequent_visits', 'late_publications']
  [{'task': '2026-0002', 'code': '91500113202687736M', 'inspected_on': '2026-05-06', 'deadline': '2026-06-02', 'published_on': '2026-06-10', 'days_late': 6, 'provisional': False}, {'task': '2026-0001', 'code': '91500113200402338H', 'inspected_on': '2026-05-08', 'deadline': '2026-06-04', 'published_on': '2026-06-10', 'days_late': 4, 'provisional': False}]
  $ sjsj --today 2026-07-15 audit report 2026 --format md | grep '^#'
  # 重庆市巴南区生态环境局2026年度“双随机、一公开”抽查工作审计报告
  ## 各抽查事项
  ## 异常情况
  ### 有警示的检查组 (7)
  ### 逾期公开的结果 (2)
  $ sjsj --today 2026-07-15 audit report 2026 --format html | grep -c '<!DOCTYPE html>\|<th scope="col">抽查编号</th>'
  2
  $ sjsj audit report 2026 --format csv
  --format: csv not in {table,md,json,html}
  Run with --help for more information.
  [1]
  $ sjsj audit report 2027
  sjsj: error: there is no plan for 2027; load it with sjsj plan load FILE
  [2]
