Stability: the same seed gives the same draw whatever the order of the rows imported (and the
file's encoding). Three databases: the objects file as given, its rows reversed, and its rows
shuffled by a fixed random source; picks, pool digests and task ids are identical.

  $ head -1 $EX/objects.csv > reversed.csv; tail -n +2 $EX/objects.csv | sort -r >> reversed.csv
  $ yes 'a fixed random source' | head -c 100000 > random-source
  $ head -1 $EX/objects.csv > shuffled.csv; tail -n +2 $EX/objects.csv | shuf --random-source=random-source >> shuffled.csv
  $ for f in reversed.csv shuffled.csv; do cmp -s $f $EX/objects.csv || echo "$f differs from the original"; done
  reversed.csv differs from the original
  shuffled.csv differs from the original
  $ for f in reversed.csv shuffled.csv; do tail -n +2 $f | sort | cmp - <(tail -n +2 $EX/objects.csv | sort) && echo "$f has the same rows"; done
  reversed.csv has the same rows
  shuffled.csv has the same rows

  $ for db in a b c; do
  >   case $db in a) f=$EX/objects.csv;; b) f=reversed.csv;; c) f=shuffled.csv;; esac
  >   SJSJ_DB=$db.db sjsj import-objects $f > /dev/null
  >   SJSJ_DB=$db.db sjsj plan load $EX/plan.yaml 2> /dev/null > /dev/null
  >   SJSJ_DB=$db.db sjsj --today 2026-05-01 draw run 2026 --seed '2026-04-30 福彩3D 第2026110期 3 8 1' --format json > run-$db.json
  >   SJSJ_DB=$db.db sjsj draw list 2026 --format json > list-$db.json
  >   SJSJ_DB=$db.db sjsj tasks 2026 --format json > tasks-$db.json
  > done
  $ sha256sum run-*.json list-*.json tasks-*.json | awk '{print $1}' | uniq -c | awk '{print $1}'
  3
  3
  3
  $ python3 -c 'import json; r = json.load(open("run-a.json")); print(len(r), "quotas,", sum(len(d["picks"]) for d in r), "picks")'
  9 quotas, 94 picks

The stored picks themselves (not only the printed listings) are the same rows:

  $ for db in a b c; do sqlite3 $db.db "select d.label, p.rank, p.code, p.ticket from draw_picks p join draws d on d.id = p.draw_id order by d.label, p.rank" | sha256sum; done | uniq -c | awk '{print $1}'
  3

The GB18030 copy of the directory gives the same draw as the UTF-8 one:

  $ SJSJ_DB=g.db sjsj import-objects $EX/objects-gb18030.csv | cut -d: -f2 | cut -c1-30
   470 rows (gb18030)
  $ SJSJ_DB=g.db sjsj plan load $EX/plan.yaml 2> /dev/null > /dev/null
  $ SJSJ_DB=g.db sjsj --today 2026-05-01 draw run 2026 --seed '2026-04-30 福彩3D 第2026110期 3 8 1' --format json | cmp - run-a.json && echo identical
  identical
