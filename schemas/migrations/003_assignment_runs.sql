-- sjsj schema, version 3.
-- The roster of an assignment run, stored once: every task of a run chooses from the same
-- inspectors credentialed on the run's date, and storing them with each task cost 100 KB a task
-- with 2,000 inspectors. roster is a JSON array sorted by badge of {badge, unit, skills}. From this
-- version on, assignment_inputs.inputs holds only what is the task's own (docs/assign.md, "Stored
-- inputs"): its needs, rotation, cap, and the roster badges recused from its object; rows written
-- before keep their full eligible list.
CREATE TABLE assignment_runs (
  run_id  INTEGER PRIMARY KEY,   -- the ledger sequence of the assign or redo command
  year    INTEGER NOT NULL,
  on_date TEXT NOT NULL,
  roster  TEXT NOT NULL
) STRICT;

-- Which task covers a pick: looked up for every pick when tasks are formed after a draw.
CREATE INDEX task_picks_by_pick ON task_picks(pick_id);
