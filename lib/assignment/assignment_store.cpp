#include "lib/assignment/assignment_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "lib/draw/seed_commitment.hpp"
#include "lib/plan/plan.hpp"
#include "lib/plan/plan_store.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/error.hpp"
#include "lib/util/sha256.hpp"

namespace sjsj {
namespace {

std::vector<std::string> json_strings(const std::string& text) {
  std::vector<std::string> out;
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& v : j) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

std::vector<Inspector> load_staff(SQLite::Database& db) {
  SQLite::Statement q(db,
                      "SELECT badge, name, unit, qualified, cert_expires, status, skills, recusals FROM staff "
                      "ORDER BY badge");
  std::vector<Inspector> out;
  while (q.executeStep()) {
    Inspector i;
    i.badge = q.getColumn(0).getString();
    i.name = q.getColumn(1).getString();
    i.unit = q.getColumn(2).getString();
    i.qualified = q.getColumn(3).getInt() == 1;
    i.cert_expires = q.getColumn(4).getString();
    i.status = q.getColumn(5).getString();
    i.skills = json_strings(q.getColumn(6).getString());
    i.recusals = json_strings(q.getColumn(7).getString());
    out.push_back(std::move(i));
  }
  return out;
}

// Current teams of tasks that are not cancelled, for rotation.
std::vector<PriorTeam> load_history(SQLite::Database& db) {
  SQLite::Statement q(db,
                      "SELECT a.task_id, t.object_code, m.badge FROM assignments a "
                      "JOIN tasks t ON t.id = a.task_id JOIN assignment_members m ON m.assignment_id = a.id "
                      "WHERE a.superseded_by IS NULL AND t.status <> 'cancelled' ORDER BY a.task_id, m.position");
  std::vector<PriorTeam> out;
  while (q.executeStep()) {
    const std::string task = q.getColumn(0).getString();
    if (out.empty() || out.back().task_id != task) out.push_back({task, q.getColumn(1).getString(), {}});
    out.back().badges.push_back(q.getColumn(2).getString());
  }
  return out;
}

struct TaskRow {
  std::string id;
  int year = 0;
  std::string object_code;
  std::string status;
  bool has_team = false;
};

std::optional<TaskRow> find_task(SQLite::Database& db, const std::string& id) {
  SQLite::Statement q(db,
                      "SELECT id, year, object_code, status, "
                      "EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = tasks.id AND a.superseded_by IS NULL) "
                      "FROM tasks WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return TaskRow{q.getColumn(0).getString(), q.getColumn(1).getInt(), q.getColumn(2).getString(),
                 q.getColumn(3).getString(), q.getColumn(4).getInt() != 0};
}

// The item seqs a task covers: the distinct items of its current picks.
std::vector<int> task_items(SQLite::Database& db, const std::string& task_id) {
  SQLite::Statement q(db,
                      "SELECT DISTINCT d.item_seq FROM task_picks tp JOIN draw_picks p ON p.id = tp.pick_id "
                      "JOIN draws d ON d.id = p.draw_id "
                      "WHERE tp.task_id = ? AND d.superseded_by IS NULL AND p.state <> 'replaced' "
                      "ORDER BY d.item_seq");
  q.bind(1, task_id);
  std::vector<int> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt());
  return out;
}

TaskNeeds task_needs(SQLite::Database& db, const Plan& plan, const TaskRow& task) {
  TaskNeeds needs{task.id, task.object_code, {}, {}};
  for (int seq : task_items(db, task.id)) {
    const auto it =
        std::find_if(plan.items.begin(), plan.items.end(), [seq](const PlanItem& i) { return i.seq == seq; });
    if (it == plan.items.end()) {
      throw InputError(
          fmt::format("task {} covers item {}, which the current plan of {} does not have", task.id, seq, task.year));
    }
    needs.departments.push_back(it->department);
    needs.skills.insert(needs.skills.end(), it->skills.begin(), it->skills.end());
  }
  return needs;
}

std::string object_name(SQLite::Database& db, const std::string& code) {
  SQLite::Statement q(db, "SELECT name FROM objects WHERE code = ?");
  q.bind(1, code);
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

nlohmann::json string_array(const std::vector<std::string>& v) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& s : v) a.push_back(s);
  return a;
}

// Stores one chosen team; returns the new assignment id.
std::int64_t store_team(WriteSession& session, const AssignRun& run, const TaskOutcome& outcome) {
  auto& db = session.db();
  SQLite::Statement ins(db,
                        "INSERT INTO assignments (task_id, seed, seed_sha256, on_date, team_size, rotation, run_id, "
                        "warnings, ledger_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  ins.bind(1, outcome.inputs.task_id);
  ins.bind(2, run.seed);
  ins.bind(3, run.seed_sha256);
  ins.bind(4, run.on.to_string());
  ins.bind(5, run.team_size);
  ins.bind(6, run.rotation ? 1 : 0);
  ins.bind(7, run.run_id);
  ins.bind(8, string_array(outcome.choice.warnings).dump());
  ins.bind(9, session.ledger_seq());
  ins.exec();
  const std::int64_t id = db.getLastInsertRowid();
  session.digests().written("assignments", id);

  SQLite::Statement member(
      db, "INSERT INTO assignment_members (assignment_id, position, badge, ticket) VALUES (?, ?, ?, ?)");
  for (const auto& m : outcome.choice.members) {
    member.reset();
    member.bind(1, id);
    member.bind(2, m.position);
    member.bind(3, m.badge);
    member.bind(4, m.ticket);
    member.exec();
    session.digests().written("assignment_members", db.getLastInsertRowid());
  }
  SQLite::Statement inputs(db, "INSERT INTO assignment_inputs (assignment_id, inputs) VALUES (?, ?)");
  inputs.bind(1, id);
  inputs.bind(2, task_inputs_to_json(outcome.inputs).dump());
  inputs.exec();
  session.digests().written("assignment_inputs", db.getLastInsertRowid());
  return id;
}

AssignedTask describe(SQLite::Database& db, const TaskOutcome& outcome,
                      const std::map<std::string, const Inspector*>& by_badge) {
  AssignedTask t;
  t.task_id = outcome.inputs.task_id;
  t.object_code = outcome.inputs.object_code;
  t.object_name = object_name(db, t.object_code);
  t.warnings = outcome.choice.warnings;
  t.failure = outcome.choice.failure;
  for (const auto& m : outcome.choice.members) {
    const auto it = by_badge.find(m.badge);
    t.members.push_back({m.position, m.badge, it == by_badge.end() ? "" : it->second->name,
                         it == by_badge.end() ? "" : it->second->unit, m.ticket, m.slot});
  }
  return t;
}

// Chooses and (when nothing failed, or `partial`) stores the teams of the given tasks.
nlohmann::json roster_to_json(const std::vector<Candidate>& roster) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& c : roster) j.push_back({{"badge", c.badge}, {"unit", c.unit}, {"skills", string_array(c.skills)}});
  return j;
}

std::vector<Candidate> roster_from_json(const nlohmann::json& j) {
  std::vector<Candidate> roster;
  for (const auto& c : j) {
    roster.push_back({c.at("badge").get<std::string>(), c.at("unit").get<std::string>(),
                      c.at("skills").get<std::vector<std::string>>(), 0});
  }
  return roster;
}

void store_roster(WriteSession& session, const AssignRun& run, const std::vector<Inspector>& staff) {
  auto& db = session.db();
  SQLite::Statement ins(db, "INSERT INTO assignment_runs (run_id, year, on_date, roster) VALUES (?, ?, ?, ?)");
  ins.bind(1, run.run_id);
  ins.bind(2, run.year);
  ins.bind(3, run.on.to_string());
  ins.bind(4, roster_to_json(credentialed_roster(staff, run.on)).dump());
  ins.exec();
  session.digests().written("assignment_runs", db.getLastInsertRowid());
}

// Chooses and (when nothing failed, or `partial`) stores the teams of the given tasks. Each team
// is written as soon as it is chosen, so a run never holds every task's inputs at once; when a
// task fails without `partial`, the throw at the end rolls all of it back.
AssignRun assign_and_store(WriteSession& session, const PlanOfYear& plan_of, AssignRun run,
                           const std::vector<TaskRow>& tasks, bool partial) {
  auto& db = session.db();
  if (run.seed.empty()) throw InputError("the seed is empty");
  check_seed_commitment(db, run.year, SeedPurpose::assign, run.seed);
  const Plan plan = plan_of(run.year);
  std::vector<TaskNeeds> needs;
  for (const auto& t : tasks) needs.push_back(task_needs(db, plan, t));
  const std::vector<Inspector> staff = load_staff(db);
  const AssignRules rules{run.year, run.on, run.team_size, run.rotation};
  store_roster(session, run, staff);

  std::map<std::string, const Inspector*> by_badge;
  for (const auto& s : staff) by_badge[s.badge] = &s;
  std::vector<std::string> failures;
  assign_teams(run.seed, rules, staff, std::move(needs), load_history(db), [&](TaskOutcome&& o) {
    if (o.choice.failure)
      failures.push_back(fmt::format("task {} ({}): {}", o.inputs.task_id, o.inputs.object_code, *o.choice.failure));
    AssignedTask t = describe(db, o, by_badge);
    if (!o.choice.failure) t.assignment_id = store_team(session, run, o);
    run.tasks.push_back(std::move(t));
  });
  if (!failures.empty() && !partial) {
    std::string message = fmt::format(
        "{} task{} cannot get a team of two eligible inspectors on {}; nothing written "
        "(--partial assigns the others):",
        failures.size(), failures.size() == 1 ? "" : "s", run.on.to_string());
    for (const auto& f : failures) message += "\n  " + f;
    throw InputError(message);
  }
  return run;
}

}  // namespace

PlanOfYear stored_plans(SQLite::Database& db) {
  return [&db](int year) {
    auto stored = current_plan(db, year);
    if (!stored) throw InputError(fmt::format("no plan is loaded for {}: run sjsj plan load FILE first", year));
    return std::move(stored->plan);
  };
}

std::size_t AssignRun::assigned() const {
  return static_cast<std::size_t>(
      std::count_if(tasks.begin(), tasks.end(), [](const AssignedTask& t) { return !t.failure; }));
}

std::size_t AssignRun::failed() const { return tasks.size() - assigned(); }

nlohmann::json AssignRun::summary() const {
  nlohmann::json teams = nlohmann::json::object();
  nlohmann::json failures = nlohmann::json::object();
  for (const auto& t : tasks) {
    if (t.failure) {
      failures[t.task_id] = *t.failure;
      continue;
    }
    nlohmann::json badges = nlohmann::json::array();
    for (const auto& m : t.members) badges.push_back(m.badge);
    teams[t.task_id] = badges;
  }
  return {{"year", year},         {"seed_sha256", seed_sha256}, {"on", on.to_string()}, {"team_size", team_size},
          {"rotation", rotation}, {"assigned", assigned()},     {"failed", failed()},   {"teams", teams},
          {"failures", failures}};
}

AssignRun run_assignment(WriteSession& session, const PlanOfYear& plan_of, const AssignRequest& request) {
  auto& db = session.db();
  if (request.team_size < 2) {
    throw InputError(fmt::format("--team-size {}: a team needs at least 2 inspectors", request.team_size));
  }
  std::vector<TaskRow> tasks;
  if (request.task_ids.empty()) {
    SQLite::Statement q(db,
                        "SELECT id FROM tasks WHERE year = ? AND status = 'open' AND NOT EXISTS "
                        "(SELECT 1 FROM assignments a WHERE a.task_id = tasks.id AND a.superseded_by IS NULL) "
                        "ORDER BY id");
    q.bind(1, request.year);
    while (q.executeStep()) tasks.push_back(*find_task(db, q.getColumn(0).getString()));
    if (tasks.empty()) {
      throw InputError(
          fmt::format("no open task of {} is without a team (tasks come from `draw run`; "
                      "`assign redo TASK` changes a team)",
                      request.year));
    }
  } else {
    std::vector<std::string> problems;
    std::set<std::string> seen;
    for (const auto& id : request.task_ids) {
      if (!seen.insert(id).second) continue;
      const auto t = find_task(db, id);
      if (!t)
        problems.push_back(fmt::format("task {}: no such task", id));
      else if (t->year != request.year)
        problems.push_back(fmt::format("task {}: a task of {}, not {}", id, t->year, request.year));
      else if (t->status != "open")
        problems.push_back(fmt::format("task {}: {}", id, t->status));
      else if (t->has_team)
        problems.push_back(fmt::format("task {}: already has a team (use `assign redo`)", id));
      else
        tasks.push_back(*t);
    }
    if (!problems.empty()) {
      std::string message = "cannot assign the listed tasks:";
      for (const auto& p : problems) message += "\n  " + p;
      throw InputError(message);
    }
  }
  AssignRun run;
  run.year = request.year;
  run.run_id = session.ledger_seq();
  run.seed = request.seed;
  run.seed_sha256 = sha256_hex(request.seed);
  run.on = request.on;
  run.team_size = request.team_size;
  run.rotation = request.rotation;
  return assign_and_store(session, plan_of, std::move(run), tasks, request.partial);
}

AssignRun redo_assignment(WriteSession& session, const PlanOfYear& plan_of, const std::string& task_id,
                          const std::string& reason, const std::string& seed, Date on) {
  auto& db = session.db();
  if (reason.empty()) throw InputError("--reason: say why the team is changed");
  const auto task = find_task(db, task_id);
  if (!task) throw InputError(fmt::format("task {}: no such task", task_id));
  if (task->status != "open") throw InputError(fmt::format("task {}: {}", task_id, task->status));
  SQLite::Statement cur(db,
                        "SELECT id, team_size, rotation FROM assignments WHERE task_id = ? AND superseded_by IS NULL");
  cur.bind(1, task_id);
  if (!cur.executeStep())
    throw InputError(fmt::format("task {} has no team yet (use `assign {}`)", task_id, task->year));
  const std::int64_t old_id = cur.getColumn(0).getInt64();

  AssignRun run;
  run.year = task->year;
  run.run_id = session.ledger_seq();
  run.seed = seed;
  run.seed_sha256 = sha256_hex(seed);
  run.on = on;
  run.team_size = cur.getColumn(1).getInt();
  run.rotation = cur.getColumn(2).getInt() != 0;

  // The unique index allows one current team per task: point the old row at itself while the new
  // one is inserted, then at the new one. Its digest is taken out before the first change.
  session.digests().removed("assignments", old_id);
  SQLite::Statement mark(db, "UPDATE assignments SET superseded_by = ?, redo_reason = ? WHERE id = ?");
  mark.bind(1, old_id);
  mark.bind(2, reason);
  mark.bind(3, old_id);
  mark.exec();
  run = assign_and_store(session, plan_of, std::move(run), {*task}, false);
  mark.reset();
  mark.bind(1, run.tasks.front().assignment_id);
  mark.bind(2, reason);
  mark.bind(3, old_id);
  mark.exec();
  session.digests().written("assignments", old_id);
  return run;
}

std::map<std::string, std::vector<std::string>> current_teams(SQLite::Database& db, int year) {
  SQLite::Statement q(db,
                      "SELECT a.task_id, m.badge FROM assignments a JOIN tasks t ON t.id = a.task_id "
                      "JOIN assignment_members m ON m.assignment_id = a.id "
                      "WHERE t.year = ? AND a.superseded_by IS NULL ORDER BY a.task_id, m.position");
  q.bind(1, year);
  std::map<std::string, std::vector<std::string>> out;
  while (q.executeStep()) out[q.getColumn(0).getString()].push_back(q.getColumn(1).getString());
  return out;
}

nlohmann::json task_inputs_to_json(const TaskInputs& in) {
  return {{"year", in.year},
          {"task", in.task_id},
          {"object", in.object_code},
          {"team_size", in.team_size},
          {"balance_cap", in.balance_cap},
          {"departments", string_array(in.departments)},
          {"skills", string_array(in.skills)},
          {"previous_task", in.previous_task},
          {"rotation_excluded", string_array(in.rotation_excluded)},
          {"recused", string_array(in.recused)}};
}

TaskInputs task_inputs_from_json(const nlohmann::json& j) {
  TaskInputs in;
  in.year = j.at("year").get<int>();
  in.task_id = j.at("task").get<std::string>();
  in.object_code = j.at("object").get<std::string>();
  in.team_size = j.at("team_size").get<int>();
  in.balance_cap = j.at("balance_cap").get<int>();
  in.departments = j.at("departments").get<std::vector<std::string>>();
  in.skills = j.at("skills").get<std::vector<std::string>>();
  in.previous_task = j.at("previous_task").get<std::string>();
  in.rotation_excluded = j.at("rotation_excluded").get<std::vector<std::string>>();
  if (j.contains("eligible")) {
    // Written before schema version 3: the eligible list itself, loads included.
    for (const auto& c : j.at("eligible")) {
      in.eligible.push_back({c.at("badge").get<std::string>(), c.at("unit").get<std::string>(),
                             c.at("skills").get<std::vector<std::string>>(), c.at("load").get<int>()});
    }
  } else {
    in.recused = j.at("recused").get<std::vector<std::string>>();
  }
  return in;
}

AssignmentReplay replay_assignments(SQLite::Database& db) {
  struct Row {
    std::int64_t id = 0;
    std::string task_id;
    int year = 0;
    std::string seed, seed_sha256;
    int team_size = 0;
    bool rotation = true;
    std::int64_t run_id = 0;
    std::string warnings;
    std::optional<std::string> inputs;
    std::vector<TeamMember> members;
  };
  std::vector<Row> rows;
  {
    SQLite::Statement q(db,
                        "SELECT a.id, a.task_id, t.year, a.seed, a.seed_sha256, a.team_size, a.rotation, a.run_id, "
                        "a.warnings, i.inputs FROM assignments a JOIN tasks t ON t.id = a.task_id "
                        "LEFT JOIN assignment_inputs i ON i.assignment_id = a.id ORDER BY a.run_id, a.task_id, a.id");
    while (q.executeStep()) {
      Row r;
      r.id = q.getColumn(0).getInt64();
      r.task_id = q.getColumn(1).getString();
      r.year = q.getColumn(2).getInt();
      r.seed = q.getColumn(3).getString();
      r.seed_sha256 = q.getColumn(4).getString();
      r.team_size = q.getColumn(5).getInt();
      r.rotation = q.getColumn(6).getInt() != 0;
      r.run_id = q.getColumn(7).getInt64();
      r.warnings = q.getColumn(8).getString();
      if (!q.getColumn(9).isNull()) r.inputs = q.getColumn(9).getString();
      rows.push_back(std::move(r));
    }
  }
  // Every stored team of every task, as sorted badge sets, for the rotation check.
  std::map<std::string, std::set<std::vector<std::string>>> teams_of_task;
  {
    SQLite::Statement m(
        db, "SELECT position, badge, ticket FROM assignment_members WHERE assignment_id = ? ORDER BY position");
    for (auto& r : rows) {
      m.reset();
      m.bind(1, r.id);
      while (m.executeStep())
        r.members.push_back({m.getColumn(1).getString(), m.getColumn(2).getString(), m.getColumn(0).getInt(), ""});
      std::vector<std::string> badges;
      for (const auto& mm : r.members) badges.push_back(mm.badge);
      std::sort(badges.begin(), badges.end());
      teams_of_task[r.task_id].insert(badges);
    }
  }

  // The roster of each run, read once (nullptr: none stored, or unreadable).
  std::map<std::int64_t, std::optional<std::vector<Candidate>>> rosters;
  SQLite::Statement roster_query(db, "SELECT roster FROM assignment_runs WHERE run_id = ?");
  const auto roster_of = [&](std::int64_t run_id) -> const std::vector<Candidate>* {
    auto it = rosters.find(run_id);
    if (it == rosters.end()) {
      std::optional<std::vector<Candidate>> roster;
      roster_query.reset();
      roster_query.bind(1, run_id);
      if (roster_query.executeStep()) {
        try {
          roster = roster_from_json(nlohmann::json::parse(roster_query.getColumn(0).getString()));
        } catch (const nlohmann::json::exception&) {
        }
      }
      it = rosters.emplace(run_id, std::move(roster)).first;
    }
    return it->second ? &*it->second : nullptr;
  };

  AssignmentReplay out;
  out.assignments_checked = rows.size();
  std::int64_t current_run = -1;
  std::map<std::string, int> run_load;
  for (const auto& r : rows) {
    auto mismatch = [&](std::string what) { out.findings.push_back({r.id, r.task_id, std::move(what)}); };
    if (r.run_id != current_run) {
      current_run = r.run_id;
      run_load.clear();
    }
    // Whatever else fails, the stored team counts toward the loads of the run's later tasks.
    struct LoadUpdate {
      std::map<std::string, int>& load;
      const std::vector<TeamMember>& members;
      ~LoadUpdate() {
        for (const auto& m : members) ++load[m.badge];
      }
    } update{run_load, r.members};

    if (sha256_hex(r.seed) != r.seed_sha256) mismatch("the stored seed does not hash to the stored seed_sha256");
    if (!r.inputs) {
      mismatch("no stored inputs (assignment_inputs)");
      continue;
    }
    TaskInputs in;
    bool compact = false;  // schema version 3 on: the eligible list comes from the run's roster
    try {
      const auto parsed = nlohmann::json::parse(*r.inputs);
      compact = !parsed.contains("eligible");
      in = task_inputs_from_json(parsed);
    } catch (const nlohmann::json::exception& e) {
      mismatch(fmt::format("the stored inputs are unreadable: {}", e.what()));
      continue;
    }
    if (in.task_id != r.task_id || in.year != r.year || in.team_size != r.team_size) {
      mismatch(fmt::format("the stored inputs are those of task {} ({}, team size {}), not of this row", in.task_id,
                           in.year, in.team_size));
      continue;
    }
    if (in.team_size < 2) {
      mismatch(fmt::format("team size {} is below 2", in.team_size));
      continue;
    }
    if (!r.rotation && !in.rotation_excluded.empty())
      mismatch("rotation is off, yet the inputs exclude a previous team");
    if (!in.previous_task.empty()) {
      const auto it = teams_of_task.find(in.previous_task);
      if (it == teams_of_task.end() || it->second.count(in.rotation_excluded) == 0) {
        mismatch(fmt::format("the rotation exclusions are not a stored team of {}", in.previous_task));
      }
    } else if (!in.rotation_excluded.empty()) {
      mismatch("rotation exclusions without a previous task");
    }
    if (compact) {
      const std::vector<Candidate>* roster = roster_of(r.run_id);
      if (roster == nullptr) {
        mismatch(fmt::format("no readable roster for run {} (assignment_runs)", r.run_id));
        continue;
      }
      for (const auto& b : in.recused) {
        const bool on_roster =
            std::any_of(roster->begin(), roster->end(), [&](const Candidate& c) { return c.badge == b; });
        if (!on_roster) mismatch(fmt::format("the recused {} is not on the roster of run {}", b, r.run_id));
      }
      in.eligible = eligible_from_roster(*roster, in.recused, run_load);
    } else {
      for (const auto& c : in.eligible) {
        const auto it = run_load.find(c.badge);
        const int expected = it == run_load.end() ? 0 : it->second;
        if (c.load != expected) {
          mismatch(fmt::format("the load of {} is stored as {}, but the run's earlier teams give {}", c.badge, c.load,
                               expected));
        }
      }
    }
    const TeamChoice again = choose_team(r.seed, in);
    if (again.failure) {
      mismatch(fmt::format("replay forms no team: {}", *again.failure));
      continue;
    }
    if (again.members.size() != r.members.size()) {
      mismatch(fmt::format("replay gives {} members, {} stored", again.members.size(), r.members.size()));
    }
    for (std::size_t i = 0; i < std::min(again.members.size(), r.members.size()); ++i) {
      const auto& a = again.members[i];
      const auto& s = r.members[i];
      if (a.badge != s.badge || a.position != s.position) {
        mismatch(fmt::format("position {}: replay gives {}, {} stored", s.position, a.badge, s.badge));
      } else if (a.ticket != s.ticket) {
        mismatch(
            fmt::format("position {}: the ticket of {} is {}, {} stored", s.position, s.badge, a.ticket, s.ticket));
      }
    }
    if (string_array(again.warnings).dump() != r.warnings) {
      mismatch(fmt::format("replay gives the warnings {}, {} stored", string_array(again.warnings).dump(), r.warnings));
    }
  }
  return out;
}

}  // namespace sjsj
