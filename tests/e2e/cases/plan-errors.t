Every error in a plan file is reported with its file, line, column and key, exits 2, and leaves
the database byte for byte as it was.

  $ sjsj import-objects $EX/objects.csv > /dev/null
  $ sjsj objects > /dev/null
  $ sha256sum t.db > before

  $ cat > bad.yaml <<'YAML'
  > year: 2026
  > authority: 重庆市巴南区生态环境局
  > issued: 2026-04-07
  > colour: blue
  > items:
  >   - seq: 1
  >     department: 水科
  >     name: 水污染防治设施运行情况
  >     contents: [是否有排污许可证]
  >     quotas:
  >       - target: 工业聚集区污水处理厂
  >         select: {tags: [工业聚集区污水处理厂], colour: [red]}
  >         frequency: 2次/年
  >         ratio: 120%
  >         count: 很多
  >   - seq: 1
  >     department: [水科]
  >     name: 重复
  >     contents: [x]
  >     quotas: []
  >   - seq: 3
  >     department: 支队
  >     name: 无数量
  >     contents: [x]
  >     quotas:
  >       - target: 全部
  >         frequency: yearly
  > YAML
  $ sjsj plan load bad.yaml
  sjsj: error: bad.yaml:4:1: column colour: value "colour": one of the keys year, authority, document, issued, limits, items
  bad.yaml:12:38: column items[0].quotas[0].select.colour: value "colour": one of the keys tags, category, town, industry, permit_class, discharge, scale, cycle, monitoring, weather_grade
  bad.yaml:13:20: column items[0].quotas[0].frequency: value "2次/年": one of 1次/年, 1次/季度, 1次/月 (or yearly, quarterly, monthly)
  bad.yaml:14:16: column items[0].quotas[0].ratio: value "120%": a ratio of at most 100% (a share of the pool)
  bad.yaml:15:16: column items[0].quotas[0].count: value "很多": a whole number of objects, or text ending in the number in parentheses, e.g. 根据上年度审批登记名单确定（6）
  bad.yaml:16:10: column items[1].seq: value "1": a seq not used by another item (items[0] has seq 1)
  bad.yaml:17:17: column items[1].department: value "[...]": the department (发起部门), e.g. 水科
  bad.yaml:20:13: column items[1].quotas: value "[...]": a list of at least one quota (an item without quotas draws nothing)
  bad.yaml:26:9: column items[2].quotas[0]: a `ratio` (10%), a `count` (6) or a `per_inspector` (2.5): how many to draw
  [2]
  $ sjsj plan check bad.yaml
  sjsj: error: bad.yaml:4:1: column colour: value "colour": one of the keys year, authority, document, issued, limits, items
  bad.yaml:12:38: column items[0].quotas[0].select.colour: value "colour": one of the keys tags, category, town, industry, permit_class, discharge, scale, cycle, monitoring, weather_grade
  bad.yaml:13:20: column items[0].quotas[0].frequency: value "2次/年": one of 1次/年, 1次/季度, 1次/月 (or yearly, quarterly, monthly)
  bad.yaml:14:16: column items[0].quotas[0].ratio: value "120%": a ratio of at most 100% (a share of the pool)
  bad.yaml:15:16: column items[0].quotas[0].count: value "很多": a whole number of objects, or text ending in the number in parentheses, e.g. 根据上年度审批登记名单确定（6）
  bad.yaml:16:10: column items[1].seq: value "1": a seq not used by another item (items[0] has seq 1)
  bad.yaml:17:17: column items[1].department: value "[...]": the department (发起部门), e.g. 水科
  bad.yaml:20:13: column items[1].quotas: value "[...]": a list of at least one quota (an item without quotas draws nothing)
  bad.yaml:26:9: column items[2].quotas[0]: a `ratio` (10%), a `count` (6) or a `per_inspector` (2.5): how many to draw
  [2]

The plan's year must match `issued`:

  $ sed 's/^issued: 2026-04-07/issued: 2025-04-07/' $EX/plan.yaml > wrong-year.yaml
  $ sjsj plan load wrong-year.yaml
  sjsj: error: wrong-year.yaml:7:9: column issued: value "2025-04-07": a date in 2026 or in December 2025 (the plan's year is 2026)
  [2]

A ratio above 100% given as a decimal, and the count's wording without its number:

  $ sed 's/ratio: 20%/ratio: 1.2/; s/根据上年度审批登记名单确定（6）/根据上年度审批登记名单确定/' $EX/plan.yaml > bad-values.yaml
  $ sjsj plan load bad-values.yaml
  sjsj: error: bad-values.yaml:72:16: column items[3].quotas[0].count: value "根据上年度审批登记名单确定": a whole number of objects, or text ending in the number in parentheses, e.g. 根据上年度审批登记名单确定（6）
  bad-values.yaml:99:16: column items[5].quotas[0].ratio: value "1.2": a ratio of at most 100% (a share of the pool)
  [2]

YAML anchors and aliases (the "billion laughs"), broken YAML, an oversized file, another encoding:

  $ printf 'year: 2026\nx: &a [1, 2]\ny: [*a, *a]\n' > bomb.yaml
  $ sjsj plan load bomb.yaml
  sjsj: error: bomb.yaml:2:4: no YAML anchors or aliases (found an anchor (&name))
  bomb.yaml:3:5: no YAML anchors or aliases (found an alias (*name))
  bomb.yaml:3:9: no YAML anchors or aliases (found an alias (*name))
  [2]
  $ printf 'year: 2026\nitems: [\n' > broken.yaml
  $ sjsj plan load broken.yaml
  sjsj: error: broken.yaml:3:1: valid YAML (end of sequence flow not found)
  [2]
  $ python3 -c 'print("#" * 1100000)' > big.yaml
  $ sjsj plan load big.yaml
  sjsj: error: big.yaml: a plan file of at most 1 MiB (1048576 bytes); this one is larger
  [2]
  $ iconv -f UTF-8 -t GB18030 $EX/plan.yaml > gb.yaml
  $ sjsj plan load gb.yaml
  sjsj: error: gb.yaml: UTF-8 text (save the file as UTF-8)
  [2]

Nothing was written.

  $ sha256sum -c before
  t.db: OK
