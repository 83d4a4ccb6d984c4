The draw of the Banan 2026 plan through the real binary: commit before reveal, a dry run that
stores nothing, a run of chosen labels then of the rest, listings, joint tasks (综合查一次) with
deterministic ids, a redo and a replacement that keep the old state on record, and a clean replay.

  $ sjsj import-objects $EX/objects.csv > /dev/null
  $ sjsj import-staff $EX/staff.csv > /dev/null
  $ cp $EX/plan.yaml . && sjsj plan load plan.yaml 2> /dev/null
  plan.yaml: stored as the 2026 plan, version 1: 7 items, 9 quotas; sha256 86a2c36939df5b7099f0e3a4b1349b8317bb29e3722b23f1e2f61dec59724876

Commit before reveal: the printed digest is the SHA-256 of the seed text, nothing else.

  $ sjsj --today 2026-04-29 draw commit 2026 --seed '2026-04-30 福彩3D 第2026110期 3 8 1'
  draw seed commitment for 2026: SHA-256 ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a
  publish this before the draw; draw run will refuse any other seed
  $ printf '%s' '2026-04-30 福彩3D 第2026110期 3 8 1' | sha256sum
  ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a  -

A dry run shows the draw and stores nothing: the database is byte for byte the same.

  $ sqlite3 t.db .dump | sha256sum > before.sum
  $ sjsj --today 2026-05-01 draw run 2026 --seed '2026-04-30 福彩3D 第2026110期 3 8 1' --dry-run --format json > dry.json
  $ sqlite3 t.db .dump | sha256sum | cmp - before.sum && echo unchanged
  unchanged
  $ sjsj draw list 2026
  label  period  pool_size  count  pool_sha256  seed_sha256  drawn_on  status  redo_reason
  -----  ------  ---------  -----  -----------  -----------  --------  ------  -----------

`--label` draws only the quotas listed.

  $ sjsj --today 2026-05-01 draw run 2026 --seed '2026-04-30 福彩3D 第2026110期 3 8 1' --label 2026/2.2 --label 2026/7.1
  2026/2.2: 3 of 27 drawn (pool SHA-256 18bf5ac4a853d630ab75327853a459622785082f02680a4c7352344c1f506eeb, seed SHA-256 ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a)
  2026/7.1: 8 of 8 drawn (pool SHA-256 2395ef83a5b3bc924dc3847b191e59cbb2a11d98874e484a1595fec36b7a9dac, seed SHA-256 ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a)
  
  label     rank  code                name                                    ticket                                                            state
  --------  ----  ------------------  --------------------------------------  ----------------------------------------------------------------  ------
  2026/2.2  1     91500113MA603Y8X8H  重庆巴南示例丰明汽车服务有限公司        0c3efda6a42ce46246fd76a9e3ee4856593dce31b2bda9f134d6a5d19a01edba  picked
  2026/2.2  2     91500113MA617A0M4G  重庆巴南示例泰聚泡沫制品有限公司        2aecf3b93749b39e0dfa79bde401cda068f811b0cb52f790237d6f12bdf75941  picked
  2026/2.2  3     91500113MABM3UW76M  重庆巴南示例润源制冷技术服务有限公司    2b665b0290dd7b255bfb19b1a1b2245b5c0b46d7877e2d8938cc61c12b0a676c  picked
  2026/7.1  1     91500113MA614A2W2M  重庆巴南示例成远机动车检测有限公司      1fa71a76bc37be643fc18193fe421f4da2bfb66e5fd4934a8f1d0b440027fadf  picked
  2026/7.1  2     915001134548588964  重庆巴南示例益鑫机动车检测有限公司      2b5c745288c23a7ccdf56463a79f1380f2999c64a2f6b4538923746590cf4a52  picked
  2026/7.1  3     91500113MABMDP7860  重庆巴南示例隆和机动车检测有限公司      8e51ef8c6ec22bd5c264ea6f057b7af01a7c89f0246c868a3c5b343df3484c58  picked
  2026/7.1  4     91500113790584599G  重庆巴南示例启丰机动车检测服务有限公司  9c0f2f6d365367fd8456f5021f13010efef31f2bd64d2fbd351a815ee9174875  picked
  2026/7.1  5     91500113MACDMDHH30  重庆巴南示例安瑞机动车检测服务有限公司  a73029e8957b5956a6f482dd6c6f3281d78a76ce3c18a958c513488cb02be22a  picked
  2026/7.1  6     91500113MA5UJNLX30  重庆巴南示例隆恒机动车检测服务有限公司  aafc1d72381dcb6be8734e74db32529054ac3b95c731edfa674eff7ea6765add  picked
  2026/7.1  7     91500113MABMF72R1H  重庆巴南示例恒辉机动车检测服务有限公司  b887f424742e28f18fbfca44a8633d7ac2c217a4ac02d37ad024d4aa414e588a  picked
  2026/7.1  8     91500113205963716H  重庆巴南示例荣信机动车检测服务有限公司  eb729a5c13025c5f87b6f39865bd6bf3764b3dadb71df8c6ea4ac454389f687c  picked
  
  2 quotas drawn, 11 picks, 11 new tasks
  $ sqlite3 t.db 'select label, k from draws order by id'
  2026/2.2|3
  2026/7.1|8

The run without `--label` draws the other seven quotas; in JSON each quota has its label, pool
size, pool digest, count and picks (code, name, ticket, rank). The check below recomputes every
ticket and every pool digest independently (Python's hashlib over the stored pool list) and the
ranks from the tickets; and the dry run gave the same draws.

  $ sjsj --today 2026-05-01 draw run 2026 --seed '2026-04-30 福彩3D 第2026110期 3 8 1' --format json > run.json
  $ python3 - <<'PY'
  > import hashlib, json, subprocess
  > seed = "2026-04-30 福彩3D 第2026110期 3 8 1"
  > run = json.load(open("run.json", encoding="utf-8"))
  > dry = {d["label"]: d for d in json.load(open("dry.json", encoding="utf-8"))}
  > for d in run:
  >     pool = subprocess.run(["sjsj", "draw", "show", d["label"], "--pool"], capture_output=True, check=True).stdout
  >     codes = pool.decode().split()
  >     assert hashlib.sha256(pool).hexdigest() == d["pool_sha256"] and len(codes) == d["pool_size"]
  >     assert codes == sorted(codes)
  >     t = lambda c: hashlib.sha256(f"{seed}\0{d['label']}\0{c}".encode()).hexdigest()
  >     best = sorted((t(c), c) for c in codes)[:d["count"]]
  >     assert [(p["ticket"], p["code"]) for p in d["picks"]] == best
  >     assert [p["rank"] for p in d["picks"]] == list(range(1, d["count"] + 1))
  >     assert all(p["name"] for p in d["picks"])
  >     assert d["picks"] == dry[d["label"]]["picks"] and d["pool_sha256"] == dry[d["label"]]["pool_sha256"]
  >     print(d["label"], d["pool_size"], d["pool_sha256"][:16], d["count"], sorted(d["picks"][0]))
  > PY
  2026/1.1 6 01afe4dc052e64c8 6 ['code', 'name', 'rank', 'state', 'ticket']
  2026/1.2 19 fb9c514d6e197ec4 19 ['code', 'name', 'rank', 'state', 'ticket']
  2026/2.1 11 cd011ff801c29243 11 ['code', 'name', 'rank', 'state', 'ticket']
  2026/3.1 8 0cff3a4b22585b65 8 ['code', 'name', 'rank', 'state', 'ticket']
  2026/4.1 57 8b1a1a01f348c6c4 6 ['code', 'name', 'rank', 'state', 'ticket']
  2026/5.1 116 72f42a01fed3ab99 12 ['code', 'name', 'rank', 'state', 'ticket']
  2026/6.1 103 d43d0805e3834841 21 ['code', 'name', 'rank', 'state', 'ticket']
  $ sjsj draw list 2026
  label     period  pool_size  count  pool_sha256                                                       seed_sha256                                                       drawn_on    status   redo_reason
  --------  ------  ---------  -----  ----------------------------------------------------------------  ----------------------------------------------------------------  ----------  -------  -----------
  2026/1.1  2026    6          6      01afe4dc052e64c812ecb4575b30ac37764bac1d2fb246fdd2825675047952da  ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a  2026-05-01  current  
  2026/1.2  2026    19         19     fb9c514d6e197ec4c08114fbeef7bf1517833e84899d3f5fcee10f6c85ee3105  ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a  2026-05-01  current  
  2026/2.1  2026    11         11     cd011ff801c292435bc377f525d93cd15ebbb150e909d6e08880c5e9c91fe5e0  ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a  2026-05-01  current  
  2026/2.2  2026    27         3      18bf5ac4a853d630ab75327853a459622785082f02680a4c7352344c1f506eeb  ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a  2026-05-01  current  
  2026/3.1  2026    8          8      0cff3a4b22585b65a5da72eb26eee575b0e8f47c5d1b0b74cac17086e31d54a7  ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a  2026-05-01  current  
  2026/4.1  2026    57         6      8b1a1a01f348c6c428ec7f3cb0405cdc2dda9fab2880a9fc4bcebe342d2fee47  ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a  2026-05-01  current  
  2026/5.1  2026    116        12     72f42a01fed3ab99fdf5e4ee88973ea1b743e0bd47ca760e9bc5a2f0f566d499  ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a  2026-05-01  current  
  2026/6.1  2026    103        21     d43d0805e38348419344fa8b462954bd5fb631cc0ffdb797fadea17779a3fcb8  ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a  2026-05-01  current  
  2026/7.1  2026    8          8      2395ef83a5b3bc924dc3847b191e59cbb2a11d98874e484a1595fec36b7a9dac  ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a  2026-05-01  current  
  $ sjsj draw show 2026/2.2
  seed: 2026-04-30 福彩3D 第2026110期 3 8 1
  2026/2.2: 3 of 27 drawn (pool SHA-256 18bf5ac4a853d630ab75327853a459622785082f02680a4c7352344c1f506eeb, seed SHA-256 ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a)
  
  label     rank  code                name                                  ticket                                                            state
  --------  ----  ------------------  ------------------------------------  ----------------------------------------------------------------  ------
  2026/2.2  1     91500113MA603Y8X8H  重庆巴南示例丰明汽车服务有限公司      0c3efda6a42ce46246fd76a9e3ee4856593dce31b2bda9f134d6a5d19a01edba  picked
  2026/2.2  2     91500113MA617A0M4G  重庆巴南示例泰聚泡沫制品有限公司      2aecf3b93749b39e0dfa79bde401cda068f811b0cb52f790237d6f12bdf75941  picked
  2026/2.2  3     91500113MABM3UW76M  重庆巴南示例润源制冷技术服务有限公司  2b665b0290dd7b255bfb19b1a1b2245b5c0b46d7877e2d8938cc61c12b0a676c  picked

Any ticket can be checked with printf and sha256sum (rank 1 of 2026/2.2 above):

  $ printf '%s\0%s\0%s' '2026-04-30 福彩3D 第2026110期 3 8 1' 2026/2.2 91500113MA603Y8X8H | sha256sum
  0c3efda6a42ce46246fd76a9e3ee4856593dce31b2bda9f134d6a5d19a01edba  -

Everything is drawn now: a run without labels says so and stores nothing.

  $ sqlite3 t.db .dump | sha256sum > before.sum
  $ sjsj --today 2026-05-01 draw run 2026 --seed '2026-04-30 福彩3D 第2026110期 3 8 1'
  sjsj: warning: nothing to draw: every started period of the 2026 plan is drawn
  
  0 quotas drawn, 0 picks, 0 new tasks
  $ sqlite3 t.db .dump | sha256sum | cmp - before.sum && echo unchanged
  unchanged

Tasks: one per object, whatever the number of quotas and departments that picked it. Ids run
2026-0001.. without a gap, and every current pick is in exactly one task.

  $ sjsj tasks 2026 | head -4
  id         code                name                                          period  labels                               items                                                                                                                                      departments              status  remote_first  team
  ---------  ------------------  --------------------------------------------  ------  -----------------------------------  -----------------------------------------------------------------------------------------------------------------------------------------  -----------------------  ------  ------------  ----
  2026-0001  91500113205963716H  重庆巴南示例荣信机动车检测服务有限公司        2026    2026/7.1                             对机动车排放检验检测机构弄虚作假问题的行政检查                                                                                             支队                     open    false         
  2026-0002  915001134548588964  重庆巴南示例益鑫机动车检测有限公司            2026    2026/7.1                             对机动车排放检验检测机构弄虚作假问题的行政检查                                                                                             支队                     open    false         
  $ sjsj tasks 2026 --format json > tasks.json
  $ python3 - <<'PY'
  > import json, sqlite3
  > tasks = json.load(open("tasks.json", encoding="utf-8"))
  > print(len(tasks), "tasks;", sorted(tasks[0]))
  > assert [t["id"] for t in tasks] == ["2026-%04d" % i for i in range(1, len(tasks) + 1)]
  > assert len({t["code"] for t in tasks}) == len(tasks) and all(t["status"] == "open" for t in tasks)
  > db = sqlite3.connect("t.db")
  > picks = sorted(db.execute("select d.label, p.code from draw_picks p join draws d on d.id = p.draw_id"))
  > assert sorted((l, t["code"]) for t in tasks for l in t["labels"]) == picks
  > print(len(picks), "picks")
  > joint = [t for t in tasks if len(t["departments"]) > 1]
  > print(len(joint), "joint tasks, e.g.", joint[0]["id"], joint[0]["code"], joint[0]["labels"], joint[0]["departments"])
  > PY
  75 tasks; ['code', 'departments', 'id', 'items', 'labels', 'name', 'period', 'remote_first', 'status', 'team']
  94 picks
  13 joint tasks, e.g. 2026-0012 91500113200402338H ['2026/1.1', '2026/6.1'] ['水科', '支队']

The same commands on a fresh database give the same tasks, ids included.

  $ export SJSJ_DB=t2.db
  > sjsj import-objects $EX/objects.csv > /dev/null
  > sjsj import-staff $EX/staff.csv > /dev/null
  > sjsj plan load $EX/plan.yaml 2> /dev/null > /dev/null
  > sjsj --today 2026-05-01 draw run 2026 --seed '2026-04-30 福彩3D 第2026110期 3 8 1' --label 2026/2.2 --label 2026/7.1 > /dev/null
  > sjsj --today 2026-05-01 draw run 2026 --seed '2026-04-30 福彩3D 第2026110期 3 8 1' > /dev/null
  > sjsj tasks 2026 --format json | cmp - tasks.json && echo identical
  identical

A redo needs a reason and a seed matching the commitment; it keeps the old draw, marked
superseded, in `draw list` and `draw show`, and cancels tasks left with no pick.

  $ sjsj --today 2026-05-02 draw redo 2026/2.2 --reason 'ODS list extract was incomplete' --seed 'redo 2026-05-02 福彩3D 第2026111期 0 4 7'
  sjsj: error: the seed does not match the draw commitment for 2026 published at \S+ \(SHA-256 ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a\); the seed given hashes to 89cdd012f673647375ea3c96e2829f6984ca92fa87fedb2232240da07f6f198c (re)
  [2]
  $ sjsj --today 2026-05-02 draw commit 2026 --seed 'redo 2026-05-02 福彩3D 第2026111期 0 4 7'
  draw seed commitment for 2026: SHA-256 89cdd012f673647375ea3c96e2829f6984ca92fa87fedb2232240da07f6f198c
  publish this before the draw; draw run will refuse any other seed
  $ sjsj --today 2026-05-02 draw redo 2026/2.2 --reason 'ODS list extract was incomplete' --seed 'redo 2026-05-02 福彩3D 第2026111期 0 4 7'
  2026/2.2: 3 of 27 drawn (pool SHA-256 18bf5ac4a853d630ab75327853a459622785082f02680a4c7352344c1f506eeb, seed SHA-256 89cdd012f673647375ea3c96e2829f6984ca92fa87fedb2232240da07f6f198c)
  
  label     rank  code                name                              ticket                                                            state
  --------  ----  ------------------  --------------------------------  ----------------------------------------------------------------  ------
  2026/2.2  1     91500113MAABXYQY16  重庆巴南示例丰致汽车服务有限公司  019884f5442cb1b26cc318a0c65e3b6c589b0e9bf553e9d8d74ac7be0c2149a6  picked
  2026/2.2  2     915001137811925931  重庆巴南示例华宏家电维修有限公司  073a0934bd1653377973ff03ff5506bfc90da90f919e49a5d21c58b91e807236  picked
  2026/2.2  3     91500113MA5UPJ3E50  重庆巴南示例嘉禾家电维修有限公司  1346d2121701f158c95b87ce00e308c17fb5427c77322f530efe714f31b73799  picked
  $ sjsj draw list 2026 --format csv | grep 2026/2.2
  2026/2.2,2026,27,3,18bf5ac4a853d630ab75327853a459622785082f02680a4c7352344c1f506eeb,ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a,2026-05-01,superseded,ODS list extract was incomplete
  2026/2.2,2026,27,3,18bf5ac4a853d630ab75327853a459622785082f02680a4c7352344c1f506eeb,89cdd012f673647375ea3c96e2829f6984ca92fa87fedb2232240da07f6f198c,2026-05-02,current,
  $ sjsj draw show 2026/2.2 | head -3
  seed: redo 2026-05-02 福彩3D 第2026111期 0 4 7
  supersedes the draw of 2026-05-01 (seed SHA-256 ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a), redone because: ODS list extract was incomplete
  2026/2.2: 3 of 27 drawn (pool SHA-256 18bf5ac4a853d630ab75327853a459622785082f02680a4c7352344c1f506eeb, seed SHA-256 89cdd012f673647375ea3c96e2829f6984ca92fa87fedb2232240da07f6f198c)
  $ sjsj draw show 2026/2.2 --format json | python3 -c 'import json, sys; d = json.load(sys.stdin)[0]; print(d["superseded_draws"])'
  [{'count': 3, 'drawn_on': '2026-05-01', 'pool_sha256': '18bf5ac4a853d630ab75327853a459622785082f02680a4c7352344c1f506eeb', 'redo_reason': 'ODS list extract was incomplete', 'seed_sha256': 'ed0b9066719da5b1f24ffbcb577c25aa0d4ce17ffe730a0b4afd5e6051cfed8a'}]
  $ sjsj tasks 2026 --all --format json | python3 -c 'import json, sys; print([t["id"] + " " + t["status"] for t in json.load(sys.stdin) if t["status"] != "open" or "2026/2.2" in t["labels"]])'
  ['2026-0005 cancelled', '2026-0007 cancelled', '2026-0008 cancelled', '2026-0076 open', '2026-0077 open', '2026-0078 open']

A replacement takes the next unpicked code in ticket order, never a chosen one. The published
pool list replayed offline for one more code than the quota shows that next code at rank 4.

  $ sjsj draw replace 2026/2.2 915001137811925931 --reason '已关闭停业'
  2026/2.2: 915001137811925931 replaced by 91500113MA5UBTDG6T 重庆巴南示例辉茂化工贸易有限公司 (rank 4, the next in ticket order)
  
  2026/2.2: 3 of 27 drawn (pool SHA-256 18bf5ac4a853d630ab75327853a459622785082f02680a4c7352344c1f506eeb, seed SHA-256 89cdd012f673647375ea3c96e2829f6984ca92fa87fedb2232240da07f6f198c)
  
  label     rank  code                name                              ticket                                                            state
  --------  ----  ------------------  --------------------------------  ----------------------------------------------------------------  -----------
  2026/2.2  1     91500113MAABXYQY16  重庆巴南示例丰致汽车服务有限公司  019884f5442cb1b26cc318a0c65e3b6c589b0e9bf553e9d8d74ac7be0c2149a6  picked
  2026/2.2  2     915001137811925931  重庆巴南示例华宏家电维修有限公司  073a0934bd1653377973ff03ff5506bfc90da90f919e49a5d21c58b91e807236  replaced
  2026/2.2  3     91500113MA5UPJ3E50  重庆巴南示例嘉禾家电维修有限公司  1346d2121701f158c95b87ce00e308c17fb5427c77322f530efe714f31b73799  picked
  2026/2.2  4     91500113MA5UBTDG6T  重庆巴南示例辉茂化工贸易有限公司  178e1857b306b2386e3e7f43387af15e3988ba561c88391ad4592bfa0d805995  replacement
  $ sjsj draw show 2026/2.2 --pool > pool-2.2.txt
  $ sha256sum pool-2.2.txt
  18bf5ac4a853d630ab75327853a459622785082f02680a4c7352344c1f506eeb  pool-2.2.txt
  $ sjsj audit replay --seed 'redo 2026-05-02 福彩3D 第2026111期 0 4 7' --label 2026/2.2 --pool pool-2.2.txt --count 4
  2026/2.2: 4 of 27 (pool SHA-256 18bf5ac4a853d630ab75327853a459622785082f02680a4c7352344c1f506eeb)
  
  rank  code                ticket
  ----  ------------------  ----------------------------------------------------------------
  1     91500113MAABXYQY16  019884f5442cb1b26cc318a0c65e3b6c589b0e9bf553e9d8d74ac7be0c2149a6
  2     915001137811925931  073a0934bd1653377973ff03ff5506bfc90da90f919e49a5d21c58b91e807236
  3     91500113MA5UPJ3E50  1346d2121701f158c95b87ce00e308c17fb5427c77322f530efe714f31b73799
  4     91500113MA5UBTDG6T  178e1857b306b2386e3e7f43387af15e3988ba561c88391ad4592bfa0d805995
  $ sjsj draw replace 2026/2.2 91500113MA603Y8X8H --reason 'a pick of the superseded draw only'
  sjsj: error: 91500113MA603Y8X8H is not a current pick of 2026/2.2
  [2]

The replay recomputes every stored draw, superseded and replaced ones included, and the ledger
still matches the tables.

  $ sjsj audit replay --all
  draws: 10 replayed, 98 picks checked, all identical
  teams: 0 replayed, all identical
  $ sjsj audit verify | head -1
  ledger: 9 entries; hash chain and table digests match

The replay is not a rubber stamp: on copies of the database edited behind the tool's back, a
changed pick, a changed k and a code removed from a stored pool are each reported (exit 3).

  $ cp t.db pick.db; sqlite3 pick.db "update draw_picks set code = '91500113MA603Y8X8H' where rank = 1 and draw_id = (select id from draws where label = '2026/7.1')"
  $ SJSJ_DB=pick.db sjsj audit replay --all
  draws: 10 replayed, 98 picks checked, 1 difference
  teams: 0 replayed, all identical
  
  kind  label     finding
  ----  --------  ----------------------------------------------------------------------------------------------------------------------
  draw  2026/7.1  rank 1: stored 91500113MA603Y8X8H (ticket 1fa71a76bc37be64), replay gives 91500113MA614A2W2M (ticket 1fa71a76bc37be64)
  sjsj: error: replay found 1 difference, first: 2026/7.1: rank 1: stored 91500113MA603Y8X8H (ticket 1fa71a76bc37be64), replay gives 91500113MA614A2W2M (ticket 1fa71a76bc37be64)
  [3]
  $ cp t.db k.db; sqlite3 k.db "update draws set k = 5 where label = '2026/5.1'"
  $ SJSJ_DB=k.db sjsj audit replay --all
  draws: 10 replayed, 98 picks checked, 1 difference
  teams: 0 replayed, all identical
  
  kind  label     finding
  ----  --------  ------------------------------------------------
  draw  2026/5.1  k is 5, but the quota gives 12 for a pool of 116
  sjsj: error: replay found 1 difference, first: 2026/5.1: k is 5, but the quota gives 12 for a pool of 116
  [3]
  $ cp t.db pool.db; sqlite3 pool.db "update draw_pools set codes = substr(codes, 20) where draw_id = (select id from draws where label = '2026/3.1')"
  $ SJSJ_DB=pool.db sjsj audit replay 2026/3.1
  draws: 1 replayed, 8 picks checked, 5 differences
  
  kind  label     finding
  ----  --------  ---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
  draw  2026/3.1  the stored pool hashes to 5e2f3e73824ff27dae376449b336cfd4ba5bf86b917b3a73c3472af373f43ae9, not to the published pool digest 0cff3a4b22585b65a5da72eb26eee575b0e8f47c5d1b0b74cac17086e31d54a7
  draw  2026/3.1  the stored pool has 7 codes, not 8
  draw  2026/3.1  k = 8 exceeds the pool of 7
  draw  2026/3.1  k is 8, but the quota gives 7 for a pool of 7
  draw  2026/3.1  rank 8 (91500113709076168J) is beyond the pool
  sjsj: error: replay found 5 differences, first: 2026/3.1: the stored pool hashes to 5e2f3e73824ff27dae376449b336cfd4ba5bf86b917b3a73c3472af373f43ae9, not to the published pool digest 0cff3a4b22585b65a5da72eb26eee575b0e8f47c5d1b0b74cac17086e31d54a7
  [3]
