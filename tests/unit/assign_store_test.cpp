#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "lib/assignment/assignment_store.hpp"
#include "lib/plan/plan.hpp"
#include "lib/store/ledger.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/error.hpp"
#include "tests/unit/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

sjsj::Plan test_plan() {
  sjsj::Plan p;
  p.year = 2026;
  sjsj::PlanItem water;
  water.seq = 1;
  water.department = "水科";
  water.skills = {"水"};
  sjsj::PlanItem radiation;
  radiation.seq = 5;
  radiation.department = "支队";
  radiation.skills = {"辐射"};
  p.items = {water, radiation};
  return p;
}

sjsj::Plan plan_of(int year) {
  if (year != 2026) throw sjsj::InputError(fmt::format("no plan for {}", year));
  return test_plan();
}

// Staff, one plan row, two draws and three tasks, written directly (the draw module's job).
void seed_database(sjsj::Store& store) {
  auto& db = store.db();
  db.exec("BEGIN");
  const char* staff[] = {
      "('S1','甲','支队',1,'2028-01-01','在岗','[\"辐射\"]','[]',0)",
      "('S2','乙','支队',1,'2028-01-01','在岗','[\"应急\"]','[\"C1\"]',0)",
      "('S3','丙','支队',1,'2026-04-30','在岗','[]','[]',0)",
      "('S4','丁','支队',1,'2028-01-01','离岗','[]','[]',0)",
      "('W1','戊','水科',1,'2028-01-01','在岗','[\"水\"]','[]',0)",
      "('W2','己','水科',1,'2028-01-01','在岗','[\"水\"]','[]',0)",
      "('N1','庚','支队',0,'','在岗','[]','[]',0)",
  };
  for (const char* s : staff) {
    db.exec(std::string("INSERT INTO staff (badge, name, unit, qualified, cert_expires, status, skills, recusals, "
                        "created_seq) VALUES ") +
            s);
  }
  db.exec(
      "INSERT INTO objects (code, name, category, created_seq) VALUES ('C1','一厂','重点',0), ('C2','二厂','重点',0), "
      "('C3','三厂','一般',0)");
  db.exec(
      "INSERT INTO plans (id, year, version, file_name, source, sha256, ledger_seq) VALUES (1, 2026, 1, 'p.yaml', '', "
      "'', 0)");
  db.exec(
      "INSERT INTO draws (id, label, year, period, item_seq, quota_index, plan_id, seed, seed_sha256, pool_size, "
      "pool_sha256, k, drawn_on, ledger_seq) VALUES "
      "(1, '2026/1.1', 2026, '2026', 1, 1, 1, 'd', '', 3, '', 2, '2026-04-10', 0),"
      "(2, '2026/5.1', 2026, '2026', 5, 1, 1, 'd', '', 3, '', 2, '2026-04-10', 0)");
  db.exec(
      "INSERT INTO draw_picks (id, draw_id, rank, code, ticket, ledger_seq) VALUES "
      "(1, 1, 1, 'C1', 'a', 0), (2, 1, 2, 'C2', 'b', 0), (3, 2, 1, 'C1', 'c', 0), (4, 2, 2, 'C3', 'd', 0)");
  db.exec(
      "INSERT INTO tasks (id, year, period, object_code, ledger_seq) VALUES "
      "('2026-0001', 2026, '2026', 'C1', 0), ('2026-0002', 2026, '2026', 'C2', 0), ('2026-0003', 2026, '2026', 'C3', "
      "0)");
  db.exec(
      "INSERT INTO task_picks (task_id, pick_id) VALUES ('2026-0001', 1), ('2026-0001', 3), ('2026-0002', 2), "
      "('2026-0003', 4)");
  db.exec("COMMIT");
}

// The digests the last ledger entry recorded for the assignment tables equal a full scan (the
// other tables were filled behind the ledger's back by seed_database).
void check_digests(sjsj::Store& store) {
  const auto recorded = sjsj::latest_table_digests(store.db());
  for (const char* table : {"assignments", "assignment_members", "assignment_inputs"}) {
    const auto it = recorded.find(table);
    REQUIRE(it != recorded.end());
    CHECK_MESSAGE(it->second == sjsj::scan_table_digest(store.db(), table), table);
  }
}

sjsj::AssignRequest request(std::string seed = "assign-seed") {
  sjsj::AssignRequest r;
  r.year = 2026;
  r.seed = std::move(seed);
  r.on = *sjsj::Date::parse("2026-05-01");
  return r;
}

int count(sjsj::Store& store, const std::string& sql) { return store.db().execAndGet(sql).getInt(); }

}  // namespace

TEST_CASE("assign store: a run stores teams, tickets and inputs, keeps digests, and replays") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  seed_database(store);
  sjsj::AssignRun run;
  {
    sjsj::WriteSession session(store);
    run = sjsj::run_assignment(session, plan_of, request());
    session.commit("assign", run.summary(), "2026-05-01T00:00:00Z");
  }
  REQUIRE(run.tasks.size() == 3);
  CHECK(run.assigned() == 3);
  CHECK(run.run_id == 1);
  // Task 1 is joint (水科 + 支队) and asks for 水 and 辐射; S1 alone has 辐射; S2 is recused from C1;
  // S3's credential expired on 2026-04-30; S4 is on leave; N1 has no credential.
  const auto& joint = run.tasks[0];
  CHECK(joint.task_id == "2026-0001");
  CHECK(joint.object_name == "一厂");
  REQUIRE(joint.members.size() == 2);
  CHECK(joint.warnings.empty());
  std::vector<std::string> units, badges;
  for (const auto& m : joint.members) {
    units.push_back(m.unit);
    badges.push_back(m.badge);
  }
  CHECK(std::find(badges.begin(), badges.end(), "S1") != badges.end());
  CHECK(std::find(units.begin(), units.end(), "水科") != units.end());
  for (const auto& t : run.tasks) {
    for (const auto& m : t.members) CHECK((m.badge == "S1" || m.badge == "S2" || m.badge == "W1" || m.badge == "W2"));
  }
  CHECK(count(store,
              "SELECT COUNT(*) FROM assignments WHERE run_id = 1 AND ledger_seq = 1 AND on_date = '2026-05-01'") == 3);
  CHECK(count(store, "SELECT COUNT(*) FROM assignment_members") == 6);
  CHECK(count(store, "SELECT COUNT(*) FROM assignment_inputs") == 3);
  check_digests(store);

  const auto teams = sjsj::current_teams(store.db(), 2026);
  REQUIRE(teams.size() == 3);
  CHECK(teams.at("2026-0001") == badges);
  CHECK(sjsj::replay_assignments(store.db()).findings.empty());

  // A second run has nothing left to assign.
  {
    sjsj::WriteSession session(store);
    CHECK_THROWS_AS(sjsj::run_assignment(session, plan_of, request()), sjsj::InputError);
  }

  // Redo: the old team stays, superseded, with the reason; rotation and team size carry over.
  {
    store.db().exec("UPDATE staff SET status = '离岗' WHERE badge = '" + badges[1] + "'");
    sjsj::WriteSession session(store);
    const auto redo = sjsj::redo_assignment(session, plan_of, "2026-0001", "illness", "another seed",
                                            *sjsj::Date::parse("2026-05-02"));
    session.commit("assign redo", redo.summary(), "2026-05-02T00:00:00Z");
    REQUIRE(redo.tasks.size() == 1);
    for (const auto& m : redo.tasks[0].members) CHECK(m.badge != badges[1]);
  }
  CHECK(count(store, "SELECT COUNT(*) FROM assignments WHERE task_id = '2026-0001'") == 2);
  CHECK(count(store, "SELECT COUNT(*) FROM assignments WHERE task_id = '2026-0001' AND superseded_by IS NULL") == 1);
  CHECK(store.db().execAndGet("SELECT redo_reason FROM assignments WHERE id = 1").getString() == "illness");
  CHECK(count(store, "SELECT superseded_by FROM assignments WHERE id = 1") == 4);
  check_digests(store);
  CHECK(sjsj::replay_assignments(store.db()).findings.empty());

  // Tampering shows up in the replay.
  store.db().exec("UPDATE assignment_members SET badge = 'W9' WHERE assignment_id = 2 AND position = 1");
  const auto mismatches = sjsj::replay_assignments(store.db()).findings;
  // The changed member. Later tasks' loads are derived from the stored teams, so they follow the
  // change and add a finding only where the balance cap binds (not here).
  REQUIRE(mismatches.size() == 1);
  CHECK(mismatches[0].task_id == "2026-0002");
  CHECK(mismatches[0].what.find("position 1: replay gives") == 0);
  CHECK(mismatches[0].what.find(", W9 stored") != std::string::npos);
}

TEST_CASE("assign store: the roster is stored once per run, and a changed roster fails the replay") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  seed_database(store);
  {
    sjsj::WriteSession session(store);
    sjsj::run_assignment(session, plan_of, request());
    session.commit("assign", nlohmann::json::object(), "2026-05-01T00:00:00Z");
  }
  CHECK(count(store, "SELECT COUNT(*) FROM assignment_runs") == 1);
  // Each task stores only its own part: no copy of the roster.
  CHECK(count(store, "SELECT COUNT(*) FROM assignment_inputs WHERE inputs LIKE '%\"eligible\"%'") == 0);
  CHECK(sjsj::replay_assignments(store.db()).findings.empty());

  // Dropping the first inspector of the roster changes who was eligible: the replay differs.
  store.db().exec("UPDATE assignment_runs SET roster = json_remove(roster, '$[0]')");
  CHECK_FALSE(sjsj::replay_assignments(store.db()).findings.empty());
  store.db().exec("DELETE FROM assignment_runs");
  const auto gone = sjsj::replay_assignments(store.db()).findings;
  REQUIRE_FALSE(gone.empty());
  CHECK(gone[0].what.find("no readable roster for run") == 0);
}

TEST_CASE("assign store: a task that cannot get two eligible inspectors writes nothing") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  seed_database(store);
  // Only S1 and S2 remain eligible for C1, and S2 is recused from it.
  store.db().exec("UPDATE staff SET status = '调离' WHERE unit = '水科'");
  {
    sjsj::WriteSession session(store);
    try {
      sjsj::run_assignment(session, plan_of, request());
      FAIL("expected an InputError");
    } catch (const sjsj::InputError& e) {
      const std::string message = e.what();
      CHECK(message.find("task 2026-0001 (C1): only 1 eligible inspector") != std::string::npos);
      CHECK(message.find("nothing written") != std::string::npos);
      CHECK(message.find("2026-0002") == std::string::npos);
    }
  }
  CHECK(count(store, "SELECT COUNT(*) FROM assignments") == 0);
  // --partial assigns the others.
  {
    auto r = request();
    r.partial = true;
    sjsj::WriteSession session(store);
    const auto run = sjsj::run_assignment(session, plan_of, r);
    session.commit("assign", run.summary(), "t");
    CHECK(run.assigned() == 2);
    CHECK(run.failed() == 1);
    CHECK(run.tasks[0].failure);
  }
  CHECK(count(store, "SELECT COUNT(*) FROM assignments") == 2);
  CHECK(sjsj::replay_assignments(store.db()).findings.empty());
}

TEST_CASE("assign store: listed tasks are checked, and a seed must match its commitment") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  seed_database(store);
  store.db().exec("UPDATE tasks SET status = 'cancelled' WHERE id = '2026-0003'");
  sjsj::WriteSession session(store);
  auto r = request();
  r.task_ids = {"2026-0003", "2026-0009"};
  try {
    sjsj::run_assignment(session, plan_of, r);
    FAIL("expected an InputError");
  } catch (const sjsj::InputError& e) {
    CHECK(std::string(e.what()) ==
          "cannot assign the listed tasks:\n  task 2026-0003: cancelled\n  task 2026-0009: no such task");
  }
  r.task_ids = {"2026-0002"};
  r.team_size = 1;
  CHECK_THROWS_AS(sjsj::run_assignment(session, plan_of, r), sjsj::InputError);
  store.db().exec(
      "INSERT INTO seed_commitments (year, purpose, seed_sha256, committed_at, ledger_seq) "
      "VALUES (2026, 'assign', 'abc', 't', 0)");
  r.team_size = 2;
  CHECK_THROWS_AS(sjsj::run_assignment(session, plan_of, r), sjsj::InputError);
}
