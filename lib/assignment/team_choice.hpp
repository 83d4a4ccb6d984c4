#pragma once
// The published team-choice procedure: the second random of 双随机, choosing inspectors for
// tasks. docs/assign.md states it for auditors; a change here is a change of that contract and
// breaks the replay of every stored assignment, so the rules below must keep their exact effect.
//
//   ticket(task, badge) = lowercase hex SHA-256( seed 0x00 "<year>/assign/<task id>" 0x00 badge )
//
// Tasks are taken in ascending task id (byte order). For each task the eligible inspectors
// (在岗, qualified, credential valid on the assignment date, not recused from the object) are
// ranked by ticket (ties by badge), and the team is filled slot by slot: one member of each
// department of a joint task, one holder of each asked-for skill nobody in the team has yet, then
// the remaining seats; each slot takes the first ranked candidate that fits it, relaxing rotation,
// then balance, then both, only when no candidate fits otherwise. Nothing else decides: no RNG,
// no row order, no clock.
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/util/date.hpp"

namespace sjsj {

// One inspector as the staff directory holds it.
struct Inspector {
  std::string badge;
  std::string name;
  std::string unit;             // 科室: 水科, 大气科, 土壤科, 支队
  bool qualified = false;       // holds an enforcement credential (执法证)
  std::string cert_expires;     // YYYY-MM-DD, or empty when none
  std::string status = "在岗";  // 在岗, 离岗, 调离
  std::vector<std::string> skills;
  std::vector<std::string> recusals;  // object codes the inspector must not inspect (回避)
};

// Active (在岗), qualified, and holding a credential whose expiry date is on or after `on`.
// A missing or unreadable expiry date is not valid.
bool is_credentialed_on(const Inspector& inspector, Date on);
// is_credentialed_on and not recused from object_code.
bool is_eligible(const Inspector& inspector, const std::string& object_code, Date on);

// The ticket of one inspector for one task. Throws InputError if the seed contains a NUL byte.
std::string assign_ticket(std::string_view seed, int year, std::string_view task_id, std::string_view badge);
// "2026/assign/2026-0001": the middle part of the ticket's input.
std::string assign_label(int year, std::string_view task_id);

// One eligible inspector as the procedure sees it: all it needs to know, and all a replay needs.
struct Candidate {
  std::string badge;
  std::string unit;
  std::vector<std::string> skills;
  int load = 0;  // tasks already given to this inspector earlier in the same run
  bool operator==(const Candidate&) const = default;
};

// Everything one task's choice depends on besides the seed. What is stored of it (the task's part in
// assignment_inputs, the roster once per run in assignment_runs) makes a replay exact even after
// the directory changed.
struct TaskInputs {
  int year = 0;
  std::string task_id;
  std::string object_code;
  std::vector<Candidate> eligible;             // sorted by badge
  std::vector<std::string> recused;            // badges of the run's roster recused from the object, sorted
  std::vector<std::string> departments;        // distinct departments of the task's items, sorted
  std::vector<std::string> skills;             // distinct skills of the task's items, sorted
  std::string previous_task;                   // the task whose team rotation excludes ("" if none)
  std::vector<std::string> rotation_excluded;  // its badges, sorted; empty when rotation is off
  int team_size = 2;
  int balance_cap = 0;  // ceil(seats / credentialed inspectors) + 1
  bool operator==(const TaskInputs&) const = default;
};

struct TeamMember {
  std::string badge;
  std::string ticket;
  int position = 0;  // 1-based order of choice
  std::string slot;  // why chosen: "department 水科", "skill 辐射", "seat"
  bool operator==(const TeamMember&) const = default;
};

struct TeamChoice {
  std::vector<TeamMember> members;     // in position order; empty when failed
  std::vector<std::string> warnings;   // in the order they arose
  std::optional<std::string> failure;  // set when fewer than two inspectors are eligible
};

// Chooses the team of one task from its inputs. Pure: the same seed and inputs always give the
// same team, warnings and failure. Fails (never throws) when fewer than two are eligible.
TeamChoice choose_team(std::string_view seed, const TaskInputs& inputs);

// What a run asks for.
struct AssignRules {
  int year = 0;
  Date on;               // the assignment date: credentials must be valid on it
  int team_size = 2;     // at least 2
  bool rotation = true;  // exclude the team that last inspected the same object
};

// A task to staff: its object and what its items need.
struct TaskNeeds {
  std::string task_id;
  std::string object_code;
  std::vector<std::string> departments;  // of its items (any order, duplicates allowed)
  std::vector<std::string> skills;       // of its items (any order, duplicates allowed)
};

// An existing current team, for rotation.
struct PriorTeam {
  std::string task_id;
  std::string object_code;
  std::vector<std::string> badges;
};

struct TaskOutcome {
  TaskInputs inputs;
  TeamChoice choice;
};

// The run's roster: every inspector credentialed on `on`, sorted by badge, skills sorted and
// distinct, load 0. Stored once per run (assignment_runs), since it is the same for every task.
std::vector<Candidate> credentialed_roster(const std::vector<Inspector>& staff, Date on);

// A task's eligible candidates: the roster without the recused badges, each with its load in
// the run so far (absent: 0). The run and its replay both build the eligible list this way.
std::vector<Candidate> eligible_from_roster(const std::vector<Candidate>& roster,
                                            const std::vector<std::string>& recused,
                                            const std::map<std::string, int>& load);

// Receives each task's outcome as soon as it is decided, in ascending task id.
using OutcomeSink = std::function<void(TaskOutcome&&)>;

// Runs the procedure over several tasks, in ascending task id whatever their order here.
// history: current teams already stored (for rotation: the previous team of a task is that of
// the greatest task id below it for the same object, among history and the tasks of this run
// assigned before it). Balance: cap = ceil(team_size × tasks / credentialed inspectors) + 1,
// loads count this run's teams only. A failed task gets no team and adds no load.
// Throws InputError for a team size below 2 or a seed with a NUL byte.
// The outcomes go to `sink` one by one, so a run of many tasks never holds their inputs together.
void assign_teams(std::string_view seed, const AssignRules& rules, const std::vector<Inspector>& staff,
                  std::vector<TaskNeeds> tasks, const std::vector<PriorTeam>& history, const OutcomeSink& sink);
// The same, collected.
std::vector<TaskOutcome> assign_teams(std::string_view seed, const AssignRules& rules,
                                      const std::vector<Inspector>& staff, std::vector<TaskNeeds> tasks,
                                      const std::vector<PriorTeam>& history);

}  // namespace sjsj
