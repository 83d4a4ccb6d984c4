-- sjsj schema, version 2: what each team choice used, so `audit replay` re-derives every team
-- exactly even after the staff directory changed. inputs is a JSON object (docs/assign.md,
-- "Stored inputs"): eligible candidates with unit, skills and load, required departments and
-- skills, the rotation exclusions, the team size and the balance cap.
CREATE TABLE assignment_inputs (
  assignment_id INTEGER PRIMARY KEY REFERENCES assignments(id),
  inputs        TEXT NOT NULL
) STRICT;
