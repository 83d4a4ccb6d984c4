A fresh database gets the whole schema, WAL mode, and the analysts' views.

  $ sjsj objects
  code  name  category  town  industry  permit_no  permit_class  discharge  scale  cycle  monitoring  weather_grade  status  credit  positive_list  tags
  ----  ----  --------  ----  --------  ---------  ------------  ---------  -----  -----  ----------  -------------  ------  ------  -------------  ----
  $ sqlite3 t.db 'pragma journal_mode'
  wal
  $ sqlite3 t.db 'pragma user_version' | grep -qx '[1-9][0-9]*' && echo versioned
  versioned
  $ sqlite3 t.db "select name from sqlite_master where type = 'view' order by name"
  v_current_draws
  v_object_tags
  v_objects
  v_picks
  v_results
  v_staff
  v_staff_skills
  v_teams

Every view listed in the first migration exists and answers.

  $ sjsj import-objects $EX/objects.csv > /dev/null
  $ sjsj import-staff $EX/staff.csv > /dev/null
  $ for v in $(sed -n 's/^CREATE VIEW \([a-z_]*\) AS.*/\1/p' $SRC/schemas/migrations/001_initial.sql); do
  >   printf '%s %s\n' $v "$(sqlite3 t.db "select count(*) from $v")"
  > done
  v_objects 470
  v_object_tags 524
  v_staff 40
  v_staff_skills 94
  v_current_draws 0
  v_picks 0
  v_teams 0
  v_results 0
  $ sqlite3 t.db "select tag, count(*) from v_object_tags where status = '正常' and tag in ('ODS', '涉水重点', '机动车排放检验机构') group by tag order by tag"
  ODS|27
  机动车排放检验机构|8
  涉水重点|19
  $ sqlite3 t.db "select skill, count(*) from v_staff_skills where unit = '土壤科' group by skill order by skill"
  固废|3
  土壤|6
  应急|2
  水|3

The database is `$SJSJ_DB`, else `--db`, which wins over it.

  $ SJSJ_DB=env.db sjsj objects --format csv | wc -l
  1
  $ test -e env.db && echo env.db created
  env.db created
  $ SJSJ_DB=env.db sjsj --db t.db objects --format csv | wc -l
  471
  $ (unset SJSJ_DB; sjsj staff --format csv | wc -l; test -e sjsj.db && echo sjsj.db created)
  1
  sjsj.db created

`--today` must be a date; a bad one is a usage error.

  $ sjsj --today 2026-13-01 objects
  sjsj: error: --today (or $SJSJ_TODAY): "2026-13-01" is not a date as YYYY-MM-DD
  [1]
  $ sjsj --today tomorrow objects
  sjsj: error: --today (or $SJSJ_TODAY): "tomorrow" is not a date as YYYY-MM-DD
  [1]
  $ SJSJ_TODAY=2026-02-30 sjsj objects
  sjsj: error: --today (or $SJSJ_TODAY): "2026-02-30" is not a date as YYYY-MM-DD
  [1]
  $ sjsj --today 2026-06-01 objects --format csv | wc -l
  471

A database written by a newer sjsj (a higher schema version) is refused, and left as it was.

  $ cp t.db newer.db
  $ sqlite3 newer.db "pragma user_version = 99"
  $ cp newer.db newer.copy
  $ sjsj --db newer.db objects
  sjsj: error: database newer.db has schema version 99, newer than this sjsj \(version [0-9]+\); use a newer sjsj (re)
  [2]
  $ sjsj --db newer.db import-objects $EX/objects.csv
  sjsj: error: database newer.db has schema version 99, newer than this sjsj \(version [0-9]+\); use a newer sjsj (re)
  [2]
  $ cmp newer.db newer.copy && echo unchanged
  unchanged

A file that is not a database is an environment error, not a crash.

  $ echo 'not a database' > junk.db
  $ sjsj --db junk.db objects
  sjsj: error: cannot open database junk.db: file is not a database
  [4]
  $ cat junk.db
  not a database

An older database (here: only the first migration applied) is migrated in place, keeping its rows.

  $ sqlite3 old.db < $SRC/schemas/migrations/001_initial.sql
  $ sqlite3 old.db "pragma user_version = 1; insert into objects (code, name, category, created_seq) values ('91500113206022731W', '旧', '一般', 0)"
  $ sjsj --db old.db objects --format csv | cut -d, -f1-3
  code,name,category
  91500113206022731W,旧,一般
  $ test "$(sqlite3 old.db 'pragma user_version')" = "$(sqlite3 t.db 'pragma user_version')" && echo migrated
  migrated
  $ sqlite3 old.db 'pragma journal_mode'
  wal
