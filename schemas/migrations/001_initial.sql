-- sjsj schema, version 1: the whole year's data (directories, plan, draws, tasks, teams, results,
-- disclosure, ledger). Tables are STRICT so values keep the types the tool wrote, which the ledger's
-- row digests depend on. List fields are JSON arrays of strings.

-- 检查对象名录库: the inspection-object directory.
CREATE TABLE objects (
  id            INTEGER PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  category      TEXT NOT NULL CHECK (category IN ('一般', '重点', '特殊')),
  town          TEXT NOT NULL DEFAULT '',
  industry      TEXT NOT NULL DEFAULT '',
  permit_no     TEXT NOT NULL DEFAULT '',
  permit_class  TEXT NOT NULL DEFAULT '',
  discharge     TEXT NOT NULL DEFAULT '[]',
  scale         TEXT NOT NULL DEFAULT '',
  cycle         TEXT NOT NULL DEFAULT '',
  monitoring    TEXT NOT NULL DEFAULT '',
  weather_grade TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL DEFAULT '正常' CHECK (status IN ('正常', '停产', '关闭')),
  credit        TEXT NOT NULL DEFAULT '',
  positive_list INTEGER NOT NULL DEFAULT 0 CHECK (positive_list IN (0, 1)),
  tags          TEXT NOT NULL DEFAULT '[]',
  created_seq   INTEGER NOT NULL   -- the ledger entry that first imported the object
) STRICT;

-- Every field change of an object after its first import, so the directory at any past ledger
-- entry can be reconstructed. old_value is NULL when the object was created by that entry.
CREATE TABLE object_changes (
  id         INTEGER PRIMARY KEY,
  object_id  INTEGER NOT NULL REFERENCES objects(id),
  field      TEXT NOT NULL,
  old_value  TEXT,
  new_value  TEXT,
  ledger_seq INTEGER NOT NULL
) STRICT;
CREATE INDEX object_changes_by_object ON object_changes(object_id);

-- 检查人员名录库: the inspector directory.
CREATE TABLE staff (
  id           INTEGER PRIMARY KEY,
  badge        TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  unit         TEXT NOT NULL DEFAULT '',
  qualified    INTEGER NOT NULL DEFAULT 0 CHECK (qualified IN (0, 1)),
  cert_expires TEXT NOT NULL DEFAULT '',
  years        INTEGER NOT NULL DEFAULT 0,
  position     TEXT NOT NULL DEFAULT '',
  skills       TEXT NOT NULL DEFAULT '[]',
  status       TEXT NOT NULL DEFAULT '在岗' CHECK (status IN ('在岗', '离岗', '调离')),
  recusals     TEXT NOT NULL DEFAULT '[]',
  created_seq  INTEGER NOT NULL
) STRICT;

CREATE TABLE staff_changes (
  id         INTEGER PRIMARY KEY,
  staff_id   INTEGER NOT NULL REFERENCES staff(id),
  field      TEXT NOT NULL,
  old_value  TEXT,
  new_value  TEXT,
  ledger_seq INTEGER NOT NULL
) STRICT;
CREATE INDEX staff_changes_by_staff ON staff_changes(staff_id);

-- The yearly plan (随机抽查事项清单) as loaded: its YAML text is the source of truth; a reload of
-- the same year adds a version. The current plan of a year is its highest version.
CREATE TABLE plans (
  id         INTEGER PRIMARY KEY,
  year       INTEGER NOT NULL,
  version    INTEGER NOT NULL,
  file_name  TEXT NOT NULL,
  source     TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  ledger_seq INTEGER NOT NULL,
  UNIQUE (year, version)
) STRICT;

-- Commit-before-reveal: the hash of a seed published before a draw or an assignment.
CREATE TABLE seed_commitments (
  id          INTEGER PRIMARY KEY,
  year        INTEGER NOT NULL,
  purpose     TEXT NOT NULL CHECK (purpose IN ('draw', 'assign')),
  seed_sha256 TEXT NOT NULL,
  committed_at TEXT NOT NULL,
  ledger_seq  INTEGER NOT NULL,
  UNIQUE (year, purpose)
) STRICT;

-- One row per drawn quota and period. Immutable: a redo adds a row and points the old one at it.
CREATE TABLE draws (
  id            INTEGER PRIMARY KEY,
  label         TEXT NOT NULL,
  year          INTEGER NOT NULL,
  period        TEXT NOT NULL,
  item_seq      INTEGER NOT NULL,
  quota_index   INTEGER NOT NULL,
  plan_id       INTEGER NOT NULL REFERENCES plans(id),
  seed          TEXT NOT NULL,
  seed_sha256   TEXT NOT NULL,
  pool_size     INTEGER NOT NULL,
  pool_sha256   TEXT NOT NULL,
  k             INTEGER NOT NULL,
  drawn_on      TEXT NOT NULL,
  ledger_seq    INTEGER NOT NULL,
  superseded_by INTEGER REFERENCES draws(id),
  redo_reason   TEXT
) STRICT;
CREATE UNIQUE INDEX draws_current_label ON draws(label) WHERE superseded_by IS NULL;

-- The full pool of a draw, as the digest's input: sorted codes, each followed by "\n".
CREATE TABLE draw_pools (
  draw_id INTEGER PRIMARY KEY REFERENCES draws(id),
  codes   TEXT NOT NULL
) STRICT;

-- Picks in ticket order. A replaced pick keeps its row (state 'replaced'); its replacement is the
-- next unpicked code in ticket order (state 'replacement', rank after the last pick).
CREATE TABLE draw_picks (
  id         INTEGER PRIMARY KEY,
  draw_id    INTEGER NOT NULL REFERENCES draws(id),
  rank       INTEGER NOT NULL,
  code       TEXT NOT NULL,
  ticket     TEXT NOT NULL,
  state      TEXT NOT NULL DEFAULT 'picked' CHECK (state IN ('picked', 'replaced', 'replacement')),
  reason     TEXT,
  ledger_seq INTEGER NOT NULL,
  UNIQUE (draw_id, rank)
) STRICT;
CREATE INDEX draw_picks_by_code ON draw_picks(code);

-- 综合查一次: one task per object and period, covering every quota that picked it.
CREATE TABLE tasks (
  id         TEXT PRIMARY KEY,          -- '2026-0001'
  year       INTEGER NOT NULL,
  period     TEXT NOT NULL,
  object_code TEXT NOT NULL,
  status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')),
  ledger_seq INTEGER NOT NULL,
  UNIQUE (period, object_code)
) STRICT;

-- Which current picks a task covers (its labels).
CREATE TABLE task_picks (
  task_id TEXT NOT NULL REFERENCES tasks(id),
  pick_id INTEGER NOT NULL REFERENCES draw_picks(id),
  PRIMARY KEY (task_id, pick_id)
) STRICT;

-- Teams. Immutable: a redo adds a row and points the old one at it.
CREATE TABLE assignments (
  id            INTEGER PRIMARY KEY,
  task_id       TEXT NOT NULL REFERENCES tasks(id),
  seed          TEXT NOT NULL,
  seed_sha256   TEXT NOT NULL,
  on_date       TEXT NOT NULL,
  team_size     INTEGER NOT NULL,
  rotation      INTEGER NOT NULL,
  run_id        INTEGER NOT NULL,   -- the ledger sequence of the assign run (balance is per run)
  warnings      TEXT NOT NULL DEFAULT '[]',
  ledger_seq    INTEGER NOT NULL,
  superseded_by INTEGER REFERENCES assignments(id),
  redo_reason   TEXT
) STRICT;
CREATE UNIQUE INDEX assignments_current ON assignments(task_id) WHERE superseded_by IS NULL;

CREATE TABLE assignment_members (
  assignment_id INTEGER NOT NULL REFERENCES assignments(id),
  position      INTEGER NOT NULL,    -- 1-based order of choice
  badge         TEXT NOT NULL,
  ticket        TEXT NOT NULL,
  PRIMARY KEY (assignment_id, position)
) STRICT;

-- Results: who inspected records. An amendment adds a row and points the old one at it.
CREATE TABLE results (
  id            INTEGER PRIMARY KEY,
  task_id       TEXT NOT NULL REFERENCES tasks(id),
  inspected_on  TEXT NOT NULL,
  outcome       TEXT NOT NULL,
  mode          TEXT NOT NULL CHECK (mode IN ('onsite', 'remote')),
  findings      TEXT NOT NULL DEFAULT '',
  transfer_to   TEXT NOT NULL DEFAULT '',
  confidential  TEXT NOT NULL DEFAULT '',  -- the reason; empty when the result is public
  recorded_by   TEXT NOT NULL DEFAULT '[]',
  recorded_on   TEXT NOT NULL,
  ledger_seq    INTEGER NOT NULL,
  superseded_by INTEGER REFERENCES results(id),
  amend_reason  TEXT
) STRICT;
CREATE UNIQUE INDEX results_current ON results(task_id) WHERE superseded_by IS NULL;

-- Disclosure batches and the results each published.
CREATE TABLE publications (
  id           INTEGER PRIMARY KEY,
  year         INTEGER NOT NULL,
  published_on TEXT NOT NULL,
  ledger_seq   INTEGER NOT NULL
) STRICT;

CREATE TABLE published_results (
  publication_id INTEGER NOT NULL REFERENCES publications(id),
  result_id      INTEGER NOT NULL UNIQUE REFERENCES results(id),
  row_no         INTEGER NOT NULL,
  PRIMARY KEY (publication_id, row_no)
) STRICT;

-- Official calendars loaded with `calendar load` (they override the ones shipped in the binary).
CREATE TABLE calendar_years (
  year       INTEGER PRIMARY KEY,
  source     TEXT NOT NULL,
  ledger_seq INTEGER NOT NULL
) STRICT;

-- The append-only ledger. table_digests is a JSON object: table name -> hex multiset digest of all
-- its rows after this entry; hash = SHA-256(prev_hash || canonical entry text).
CREATE TABLE ledger (
  seq           INTEGER PRIMARY KEY,
  at_utc        TEXT NOT NULL,
  command       TEXT NOT NULL,
  summary       TEXT NOT NULL,
  table_digests TEXT NOT NULL,
  prev_hash     TEXT NOT NULL,
  hash          TEXT NOT NULL
) STRICT;

-- Views for analysts (documented in README; stable).
CREATE VIEW v_objects AS
  SELECT code, name, category, town, industry, permit_no, permit_class, discharge, scale, cycle,
         monitoring, weather_grade, status, credit, positive_list, tags
  FROM objects;
CREATE VIEW v_object_tags AS
  SELECT o.code, o.name, o.status, t.value AS tag FROM objects o, json_each(o.tags) t;
CREATE VIEW v_staff AS
  SELECT badge, name, unit, qualified, cert_expires, years, position, skills, status, recusals
  FROM staff;
CREATE VIEW v_staff_skills AS
  SELECT s.badge, s.name, s.unit, s.status, k.value AS skill FROM staff s, json_each(s.skills) k;
CREATE VIEW v_current_draws AS
  SELECT label, year, period, item_seq, quota_index, seed_sha256, pool_size, pool_sha256, k, drawn_on
  FROM draws WHERE superseded_by IS NULL;
CREATE VIEW v_picks AS
  SELECT d.label, p.rank, p.code, o.name, p.ticket, p.state
  FROM draws d JOIN draw_picks p ON p.draw_id = d.id LEFT JOIN objects o ON o.code = p.code
  WHERE d.superseded_by IS NULL;
CREATE VIEW v_teams AS
  SELECT a.task_id, m.position, m.badge, s.name, s.unit
  FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id
  LEFT JOIN staff s ON s.badge = m.badge WHERE a.superseded_by IS NULL;
CREATE VIEW v_results AS
  SELECT r.task_id, t.object_code, r.inspected_on, r.outcome, r.mode, r.findings, r.transfer_to,
         r.confidential <> '' AS confidential, pr.publication_id, p.published_on
  FROM results r JOIN tasks t ON t.id = r.task_id
  LEFT JOIN published_results pr ON pr.result_id = r.id
  LEFT JOIN publications p ON p.id = pr.publication_id
  WHERE r.superseded_by IS NULL;
