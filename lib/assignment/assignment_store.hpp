#pragma once
// Assignments in the database: reading what the team choice needs (open tasks and the items they
// cover, the staff directory, the teams already stored), storing the teams with the tickets and
// inputs that chose them, superseding a team on redo, and replaying every stored team.
// The procedure itself is team_choice.hpp; docs/assign.md states it.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lib/assignment/team_choice.hpp"
#include "lib/util/date.hpp"

namespace SQLite {
class Database;
}

namespace sjsj {

class WriteSession;
struct Plan;

// The current plan of a year (its highest stored version). Throws InputError when the year has
// no plan. Supplied by the caller so this module does not depend on how plans are stored.
using PlanOfYear = std::function<Plan(int year)>;

// The plans stored in the database (plan_store.hpp's current_plan); the PlanOfYear of the
// commands. The returned function refers to db, which must outlive it.
PlanOfYear stored_plans(SQLite::Database& db);

struct AssignRequest {
  int year = 0;
  std::string seed;
  Date on;            // the assignment date
  int team_size = 2;  // at least 2
  bool rotation = true;
  bool partial = false;               // assign what can be assigned, list the failures
  std::vector<std::string> task_ids;  // empty: every open task of the year without a current team
};

struct AssignedMember {
  int position = 0;
  std::string badge;
  std::string name;
  std::string unit;
  std::string ticket;
  std::string slot;  // "department 水科", "skill 辐射", "seat"
};

struct AssignedTask {
  std::string task_id;
  std::string object_code;
  std::string object_name;
  std::vector<AssignedMember> members;  // empty when failed
  std::vector<std::string> warnings;
  std::optional<std::string> failure;  // why no team could be formed
  std::int64_t assignment_id = 0;      // 0 when failed
};

struct AssignRun {
  int year = 0;
  std::int64_t run_id = 0;  // the ledger sequence of the run
  std::string seed;
  std::string seed_sha256;
  Date on;
  int team_size = 2;
  bool rotation = true;
  std::vector<AssignedTask> tasks;  // ascending task id, failed ones included

  std::size_t assigned() const;
  std::size_t failed() const;
  // The ledger summary: counts, seed hash, and per task the badges (and failures).
  nlohmann::json summary() const;
};

// Assigns the requested tasks (see AssignRequest::task_ids) and stores each team: assignments,
// assignment_members and assignment_inputs rows and the run's roster (assignment_runs), with run_id and ledger_seq =
// the session's ledger sequence. Throws InputError, before writing anything, when: the seed misses the year's assign
// commitment; a listed task does not exist, is of another year, is cancelled or already has a team (use
// redo_assignment); there is no task to assign; a task covers an item the current plan lacks; or, without `partial`,
// any task cannot get two eligible inspectors (the message names every such task and why). With `partial`, failed tasks
// are reported, not thrown.
AssignRun run_assignment(WriteSession& session, const PlanOfYear& plan_of, const AssignRequest& request);

// Re-chooses the team of one task by the same procedure, with the team size and rotation
// setting of its current team, the given seed and date; the current team stays on record with
// superseded_by pointing at the new one and redo_reason. Throws InputError when the task has no
// current team, is cancelled, the reason is empty, the seed misses the commitment, or no team can
// be formed.
AssignRun redo_assignment(WriteSession& session, const PlanOfYear& plan_of, const std::string& task_id,
                          const std::string& reason, const std::string& seed, Date on);

// Current teams of a year's tasks: task id -> badges in position order. Tasks without a team are
// absent.
std::map<std::string, std::vector<std::string>> current_teams(SQLite::Database& db, int year);

struct AssignmentMismatch {
  std::int64_t assignment_id = 0;
  std::string task_id;
  std::string what;  // one difference, in words
};

// Re-derives every stored assignment, current and superseded, from its stored seed, its run's
// roster and its task inputs: checks the seed hash, that the inputs belong to the row (task, year,
// team size, rotation), that the rotation exclusions are a stored team of the previous task, that
// every recused badge is on the roster, and that choose_team, given the loads of the same run's
// earlier teams, gives the stored members (positions, badges, tickets) and warnings. Rows written
// before schema version 3 carry their eligible list and loads, and the loads are checked instead.
// findings is empty when every team replays exactly.
struct AssignmentReplay {
  std::size_t assignments_checked = 0;
  std::vector<AssignmentMismatch> findings;
};
AssignmentReplay replay_assignments(SQLite::Database& db);

// The JSON form of TaskInputs stored in assignment_inputs.inputs (everything but the eligible list,
// which the run's roster and `recused` give), and back; from_json also reads the older form with
// `eligible`. from_json throws nlohmann::json::exception on malformed inputs.
nlohmann::json task_inputs_to_json(const TaskInputs& inputs);
TaskInputs task_inputs_from_json(const nlohmann::json& j);

}  // namespace sjsj
