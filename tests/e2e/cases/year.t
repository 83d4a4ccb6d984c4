The Banan 2026 example year, end to end, as the README's main command runs it.

  $ $SRC/examples/banan-2026/run-year.sh $SJSJ out > year.log 2>&1; echo "exit $?"
  exit 0
  $ grep -E '^(77 tasks|77 teams|files in|抽查结果公开率|已录入77|非现场检查|ledger|integrity|draws:|teams:)' year.log
  77 tasks (综合查一次: one visit per object); worklist: tasks-2026.csv
  77 teams: teams-2026.csv
  files in disclosure/: 56
  抽查结果公开率：76/76 = 100.0%；目标 100%：已达到
  已录入77条，不予公开1条，已公开76条，逾期未公开0条
  非现场检查：4次，共检查77次（5.2%）
  ledger: 35 entries; hash chain and table digests match
  integrity_check: ok
  ledger head: [0-9]+:[0-9a-f]{64} \(publish it; audit verify --anchor checks it later\) (re)
  draws: 9 replayed, 94 picks checked, all identical
  teams: 77 replayed, all identical

Every quota drew the annex's count.

  $ python3 -c "
  > import json; d = json.load(open('out/draw-2026.json'))
  > print(' '.join(f\"{q['label']}:{q['count']}/{q['pool_size']}\" for q in d))"
  2026/1.1:6/6 2026/1.2:19/19 2026/2.1:11/11 2026/2.2:3/27 2026/3.1:8/8 2026/4.1:6/57 2026/5.1:12/116 2026/6.1:21/103 2026/7.1:8/8

The confidential result (涉及公共安全) is recorded but appears in no disclosure file of any format;
the one handed over to another authority is published with its 移交.

  $ sqlite3 out/banan-2026.db "SELECT object_code FROM v_results WHERE confidential" > code.txt; wc -L < code.txt
  18
  $ grep -c "$(cat code.txt)" out/disclosure/*.csv out/disclosure/*.json out/disclosure/*.html | grep -vc ':0$'
  0
  [1]
  $ ls out/disclosure/*.csv out/disclosure/*.json out/disclosure/*.html | wc -l
  42
  $ python3 -c "
  > import glob, sys, zipfile
  > books = sorted(glob.glob('out/disclosure/*.xlsx'))
  > hits = [b for b in books for n in zipfile.ZipFile(b).namelist() if sys.argv[1].encode() in zipfile.ZipFile(b).read(n)]
  > print(len(books), 'workbooks,', len(hits), 'with the code')" "$(cat code.txt)"
  14 workbooks, 0 with the code
  $ grep -h 区城市管理局 out/disclosure/*.csv | wc -l
  1
  $ sqlite3 out/banan-2026.db "SELECT count(*) FROM v_results WHERE publication_id IS NULL AND NOT confidential"
  0

A result edited behind the tool's back (here with sqlite3, on a copy) breaks the ledger: audit
verify names the entry and the table, and exits 3.

  $ cp out/banan-2026.db tampered.db
  $ sqlite3 tampered.db "UPDATE results SET outcome = 'no_issue' WHERE outcome = 'case_filed' AND id = (SELECT min(id) FROM results WHERE outcome = 'case_filed')"
  $ sjsj --db tampered.db audit verify
  ledger: 35 entries; hash chain and table digests DO NOT match
  integrity_check: ok
  
  check   entry  table    finding
  ------  -----  -------  --------------------------------------------------------------------------------------
  ledger  35     results  table results does not match the content recorded by the ledger (changed outside sjsj)
  sjsj: error: audit verify found 1 problem; first: entry 35: table results does not match the content recorded by the ledger (changed outside sjsj)
  [3]
  $ sjsj --db out/banan-2026.db audit verify > /dev/null; echo "untouched copy: exit $?"
  untouched copy: exit 0

The head printed by the year's audit verify is an anchor: kept outside the file, it holds while the
history is intact, and an anchor the ledger does not have is a finding.

  $ grep -o 'ledger head: [0-9]*:[0-9a-f]*' year.log | cut -d' ' -f3 > anchor.txt; cut -d: -f1 anchor.txt
  35
  $ sjsj --db out/banan-2026.db audit verify --anchor "$(cat anchor.txt)" | head -1
  ledger: 35 entries; hash chain and table digests match
  $ sjsj --db out/banan-2026.db audit verify --anchor "35:$(printf 'forged' | sha256sum | cut -c1-64)" 2>&1 | tail -1 | sed -E 's/[0-9a-f]{64}/HASH/g'
  sjsj: error: audit verify found 1 problem; first: entry 35: entry 35 has the hash HASH, not the anchored HASH: the history was rewritten from this entry or earlier
  $ sjsj --db out/banan-2026.db audit verify --anchor "35:$(printf 'forged' | sha256sum | cut -c1-64)" > /dev/null 2>&1; echo "exit $?"
  exit 3
  $ sjsj --db out/banan-2026.db audit verify --anchor 35:xyz
  sjsj: error: --anchor "35:xyz": expected SEQ:HASH, an entry number and 64 hex digits
  [1]
