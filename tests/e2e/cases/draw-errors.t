Draw errors: each gives a clear message, exit 2 (input rejected) or 1 (usage), and writes
nothing: the dump of the database is the same before and after.

  $ sjsj import-objects $EX/objects.csv > /dev/null
  $ sjsj plan load $EX/plan.yaml 2> /dev/null > /dev/null
  $ sjsj --today 2026-04-29 draw commit 2026 --seed 'the committed seed' > /dev/null
  $ sqlite3 t.db .dump | sha256sum > before.sum

A year with no plan:

  $ sjsj --today 2026-05-01 draw run 2027 --seed 'the committed seed'
  sjsj: error: no plan is loaded for 2027: run sjsj plan load FILE first
  [2]

A seed that misses its commitment (the time of the commitment varies; draw.t has the redo case):

  $ sjsj --today 2026-05-01 draw run 2026 --seed 'another seed'
  sjsj: error: the seed does not match the draw commitment for 2026 published at \S+ \(SHA-256 f938b2a3093dc110c5cf2487d2d9d865925364f7ac64b1f9e9a1b5e83afb950e\); the seed given hashes to 2af4ac5e14c71b0a188aee5d4f35ac149737c543990d696e1c34a64c699ef572 (re)
  [2]

No seed, two seeds, an empty seed, an empty seed file, a seed file with a byte-order mark:

  $ sjsj --today 2026-05-01 draw run 2026
  Exactly 1 option from [--seed,--seed-file,--random-seed] is required
  Run with --help for more information.
  [1]
  $ sjsj --today 2026-05-01 draw run 2026 --seed a --random-seed
  Exactly 1 option from [--seed,--seed-file,--random-seed] is required and 2 were given
  Run with --help for more information.
  [1]
  $ sjsj --today 2026-05-01 draw run 2026 --seed ''
  sjsj: error: --seed: the seed is empty
  [2]
  $ printf ' \r\n\n' > empty-seed.txt; sjsj --today 2026-05-01 draw run 2026 --seed-file empty-seed.txt
  sjsj: error: empty-seed.txt: the seed file is empty
  [2]
  $ printf '\357\273\277the committed seed\n' > bom-seed.txt; sjsj --today 2026-05-01 draw run 2026 --seed-file bom-seed.txt
  sjsj: error: bom-seed.txt: the seed file starts with a byte-order mark; save it without one
  [2]

A label the plan does not have, and a malformed one:

  $ sjsj --today 2026-05-01 draw run 2026 --seed 'the committed seed' --label 2026/8.1
  sjsj: error: the 2026 plan has no quota labelled 2026/8.1 (labels: 2026/1.1, 2026/1.2, 2026/2.1, 2026/2.2, 2026/3.1, 2026/4.1, 2026/5.1, 2026/6.1, 2026/7.1)
  [2]
  $ sjsj --today 2026-05-01 draw redo 2026 --seed 'the committed seed' --reason x
  sjsj: error: "2026" is not a quota label such as 2026/1.2
  [2]

Nothing was written by any of these:

  $ sqlite3 t.db .dump | sha256sum | cmp - before.sum && echo unchanged
  unchanged

A quota already drawn is refused by run, naming redo; a redo with the same seed, or without a
reason, is refused too. A redo of a quota never drawn points to run.

  $ printf 'the committed seed\n' > seed.txt
  $ sjsj --today 2026-05-01 draw run 2026 --seed-file seed.txt --label 2026/7.1 | tail -1
  1 quota drawn, 8 picks, 8 new tasks
  $ sqlite3 t.db .dump | sha256sum > before.sum
  $ sjsj --today 2026-05-01 draw run 2026 --seed 'the committed seed' --label 2026/7.1
  sjsj: error: 2026/7.1 is already drawn; draws are immutable: use sjsj draw redo 2026/7.1 --reason TEXT
  [2]
  $ sjsj --today 2026-05-02 draw redo 2026/7.1 --seed 'the committed seed' --reason 'same seed again'
  sjsj: error: a redo needs a new seed: this one is the seed of the draw it would replace
  [2]
  $ sjsj --today 2026-05-02 draw redo 2026/7.1 --seed 'a new seed'
  --reason is required
  Run with --help for more information.
  [1]
  $ sjsj --today 2026-05-02 draw redo 2026/6.1 --seed 'the committed seed' --reason 'never drawn'
  sjsj: error: 2026/6.1 has no draw to redo; use sjsj draw run
  [2]
  $ sjsj draw show 2026/6.1
  sjsj: error: 2026/6.1 has no current draw
  [2]
  $ sqlite3 t.db .dump | sha256sum | cmp - before.sum && echo unchanged
  unchanged

An empty pool is not an error: a warning, a draw of zero stored for the record (its pool digest
is the SHA-256 of no bytes), no pick and no task, exit 0.

  $ cat > empty.yaml <<'YAML'
  > year: 2027
  > authority: 测试区生态环境局
  > document: 测试〔2027〕1号
  > issued: 2027-01-20
  > items:
  >   - seq: 1
  >     department: 支队
  >     name: 空对象库
  >     contents: [无]
  >     quotas:
  >       - target: 无此类对象
  >         select: {tags: [无此标签]}
  >         frequency: 1次/年
  >         ratio: 10%
  > YAML
  $ sjsj plan load empty.yaml 2>&1 | cut -c1-40
  empty.yaml: stored as the 2027 plan, ver
  $ sjsj --today 2027-02-01 draw run 2027 --seed 'seed 2027'
  sjsj: warning: 2027/1.1: the pool (无此类对象) is empty; nothing drawn
  2027/1.1: 0 of 0 drawn (pool SHA-256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, seed SHA-256 c7f35e62daaa0be421478370f7af3a178e94684f2f5607926f5db7969a430356)
  
  label  rank  code  name  ticket  state
  -----  ----  ----  ----  ------  -----
  
  1 quota drawn, 0 picks, 0 new tasks
  $ sqlite3 t.db "select label, pool_size, k, pool_sha256 from draws where year = 2027; select count(*) from tasks where year = 2027"
  2027/1.1|0|0|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
  0
  $ sjsj audit replay 2027/1.1
  draws: 1 replayed, 0 picks checked, all identical

`--random-seed` takes 256 bits from the system, prints them (to publish with the result) and
stores them: the printed seed is the one the draw used, and replays.

  $ sjsj --today 2027-02-01 draw redo 2027/1.1 --random-seed --reason 'try a random seed' > out.txt 2> err.txt; cat err.txt
  sjsj: warning: random seed \(publish it with the result\): [0-9a-f]{64} (re)
  $ test "$(sed -n 's/.*: \([0-9a-f]*\)$/\1/p' err.txt)" = "$(sqlite3 t.db "select seed from draws where label = '2027/1.1' and superseded_by is null")" && echo same seed
  same seed
  $ sjsj audit replay --all | head -1
  draws: 3 replayed, 8 picks checked, all identical
