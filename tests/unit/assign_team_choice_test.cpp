#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lib/assignment/team_choice.hpp"
#include "lib/util/error.hpp"
#include "lib/util/sha256.hpp"

namespace {

using sjsj::AssignRules;
using sjsj::Date;
using sjsj::Inspector;
using sjsj::PriorTeam;
using sjsj::TaskNeeds;
using sjsj::TaskOutcome;

Date day(const char* text) { return *Date::parse(text); }

Inspector inspector(std::string badge, std::string unit = "支队", std::vector<std::string> skills = {},
                    std::string expires = "2028-12-31") {
  Inspector i;
  i.badge = std::move(badge);
  i.name = "name-" + i.badge;
  i.unit = std::move(unit);
  i.qualified = true;
  i.cert_expires = std::move(expires);
  i.skills = std::move(skills);
  return i;
}

AssignRules rules(int team_size = 2, bool rotation = true, const char* on = "2026-05-01") {
  AssignRules r;
  r.year = 2026;
  r.on = day(on);
  r.team_size = team_size;
  r.rotation = rotation;
  return r;
}

TaskNeeds task(std::string id, std::string code, std::vector<std::string> departments = {"支队"},
               std::vector<std::string> skills = {}) {
  return {std::move(id), std::move(code), std::move(departments), std::move(skills)};
}

std::vector<std::string> badges(const TaskOutcome& o) {
  std::vector<std::string> out;
  for (const auto& m : o.choice.members) out.push_back(m.badge);
  return out;
}

// The ticket as an auditor computes it: printf '%s\0%s\0%s' SEED 2026/assign/TASK BADGE | sha256sum
std::string reference_ticket(const std::string& seed, const std::string& label, const std::string& badge) {
  return sjsj::sha256_hex(seed + std::string(1, '\0') + label + std::string(1, '\0') + badge);
}

std::vector<Inspector> many(int n) {
  std::vector<Inspector> out;
  for (int i = 0; i < n; ++i) out.push_back(inspector(fmt::format("B{:03}", i)));
  return out;
}

}  // namespace

TEST_CASE("assign: the ticket is SHA-256 of seed, NUL, year/assign/task, NUL, badge") {
  CHECK(sjsj::assign_label(2026, "2026-0001") == "2026/assign/2026-0001");
  CHECK(sjsj::assign_ticket("s", 2026, "2026-0001", "50011320120060") ==
        reference_ticket("s", "2026/assign/2026-0001", "50011320120060"));
  // Computed with: printf 's\0002026/assign/2026-0001\00050011320120060' | sha256sum
  CHECK(sjsj::assign_ticket("s", 2026, "2026-0001", "50011320120060") ==
        "778a078fc506da0a98da6e692b6aa31ef97f42fbd6f15bbe9a04637934577b33");
  CHECK_THROWS_AS(sjsj::assign_ticket(std::string("a\0b", 3), 2026, "2026-0001", "x"), sjsj::InputError);
}

TEST_CASE("assign: two credentialed eligible inspectors form the team, in ticket order") {
  const std::vector<Inspector> staff = {inspector("A"), inspector("B")};
  const auto out = sjsj::assign_teams("seed-1", rules(), staff, {task("2026-0001", "X")}, {});
  REQUIRE(out.size() == 1);
  REQUIRE_FALSE(out[0].choice.failure);
  REQUIRE(out[0].choice.members.size() == 2);
  CHECK(out[0].choice.warnings.empty());
  const auto& m = out[0].choice.members;
  CHECK(m[0].position == 1);
  CHECK(m[1].position == 2);
  CHECK(m[0].ticket < m[1].ticket);
  for (const auto& member : m) {
    CHECK(member.ticket == reference_ticket("seed-1", "2026/assign/2026-0001", member.badge));
    CHECK(member.slot == "seat");
  }
}

TEST_CASE("assign: a recused inspector is never sent to that object") {
  auto staff = many(5);
  staff[2].recusals = {"X"};
  for (int s = 0; s < 40; ++s) {
    const auto out = sjsj::assign_teams(fmt::format("seed-{}", s), rules(4), staff,
                                        {task("2026-0001", "X"), task("2026-0002", "Y")}, {});
    const auto x = badges(out[0]);
    CHECK(std::count(x.begin(), x.end(), "B002") == 0);
    CHECK(x.size() == 4);
  }
  CHECK(sjsj::is_eligible(staff[2], "Y", day("2026-05-01")));
  CHECK_FALSE(sjsj::is_eligible(staff[2], "X", day("2026-05-01")));
}

TEST_CASE("assign: a credential that expires before the assignment date excludes the inspector") {
  const Inspector ran = inspector("50011320120003", "支队", {}, "2026-06-30");
  CHECK(sjsj::is_credentialed_on(ran, day("2026-06-30")));
  CHECK_FALSE(sjsj::is_credentialed_on(ran, day("2026-07-01")));
  const std::vector<Inspector> staff = {ran, inspector("A"), inspector("B")};
  for (int s = 0; s < 20; ++s) {
    auto r = rules(3, true, "2026-07-01");
    const auto out = sjsj::assign_teams(fmt::format("s{}", s), r, staff, {task("2026-0001", "X")}, {});
    const auto team = badges(out[0]);
    CHECK(std::count(team.begin(), team.end(), "50011320120003") == 0);
  }
  Inspector none = inspector("C", "支队", {}, "");
  CHECK_FALSE(sjsj::is_credentialed_on(none, day("2026-01-01")));
  none.cert_expires = "2030-01-01";
  none.qualified = false;
  CHECK_FALSE(sjsj::is_credentialed_on(none, day("2026-01-01")));
}

TEST_CASE("assign: inspectors on leave or transferred are not eligible") {
  auto staff = many(4);
  staff[0].status = "离岗";
  staff[1].status = "调离";
  for (int s = 0; s < 20; ++s) {
    const auto out = sjsj::assign_teams(fmt::format("s{}", s), rules(2), staff, {task("2026-0001", "X")}, {});
    CHECK(badges(out[0]).size() == 2);
    for (const auto& b : badges(out[0])) CHECK((b == "B002" || b == "B003"));
    CHECK(out[0].inputs.eligible.size() == 2);
  }
}

TEST_CASE("assign: a skill nobody has is a warning, not a failure") {
  const auto staff = many(3);
  const auto out = sjsj::assign_teams("s", rules(), staff, {task("2026-0001", "X", {"支队"}, {"辐射"})}, {});
  REQUIRE_FALSE(out[0].choice.failure);
  CHECK(out[0].choice.members.size() == 2);
  REQUIRE(out[0].choice.warnings.size() == 1);
  CHECK(out[0].choice.warnings[0] == "skill 辐射 not covered: no eligible inspector has it");
}

TEST_CASE("assign: a skill one eligible inspector has is covered") {
  auto staff = many(8);
  staff[5].skills = {"辐射"};
  for (int s = 0; s < 20; ++s) {
    const auto out =
        sjsj::assign_teams(fmt::format("s{}", s), rules(), staff, {task("2026-0001", "X", {"支队"}, {"辐射"})}, {});
    const auto team = badges(out[0]);
    REQUIRE(team.size() == 2);
    CHECK(team[0] == "B005");
    CHECK(out[0].choice.members[0].slot == "skill 辐射");
    CHECK(out[0].choice.warnings.empty());
  }
}

TEST_CASE("assign: a joint task gets a member of each department that has eligible staff") {
  std::vector<Inspector> staff = many(10);
  staff.push_back(inspector("W1", "水科"));
  staff.push_back(inspector("W2", "水科"));
  staff.push_back(inspector("Q1", "大气科"));
  for (int s = 0; s < 30; ++s) {
    const auto out = sjsj::assign_teams(
        fmt::format("s{}", s), rules(), staff,
        {task("2026-0001", "X", {"大气科", "水科", "大气科"}), task("2026-0002", "Y", {"水科", "土壤科"})}, {});
    const auto joint = badges(out[0]);
    REQUIRE(joint.size() == 2);
    CHECK(joint[0] == "Q1");  // 大气科 sorts before 水科 by bytes
    CHECK((joint[1] == "W1" || joint[1] == "W2"));
    CHECK(out[0].choice.warnings.empty());
    // No eligible 土壤科 inspector: the water slot is filled and the gap is a warning.
    REQUIRE(out[1].choice.warnings.size() == 1);
    CHECK(out[1].choice.warnings[0] == "joint task without 土壤科: no eligible inspector of that department");
  }
  // Three departments and a team size of 2: the team grows to cover them, with a warning.
  staff.push_back(inspector("T1", "土壤科"));
  const auto out = sjsj::assign_teams("s", rules(), staff, {task("2026-0001", "X", {"大气科", "水科", "土壤科"})}, {});
  CHECK(out[0].choice.members.size() == 3);
  REQUIRE(out[0].choice.warnings.size() == 1);
  CHECK(out[0].choice.warnings[0] == "team of 3, above the team size 2, to cover departments and skills");
}

TEST_CASE("assign: rotation leaves out the team that last inspected the object") {
  const auto staff = many(6);
  for (int s = 0; s < 30; ++s) {
    const std::string seed = fmt::format("s{}", s);
    const std::vector<PriorTeam> history = {{"2025-0009", "X", {"B000", "B001"}},
                                            {"2026-0001", "X", {"B002", "B003"}},
                                            {"2026-0007", "X", {"B004", "B005"}}};
    const auto out = sjsj::assign_teams(seed, rules(), staff, {task("2026-0005", "X")}, history);
    CHECK(out[0].inputs.previous_task == "2026-0001");
    const auto team = badges(out[0]);
    for (const auto& b : team) CHECK((b != "B002" && b != "B003"));
    CHECK(out[0].choice.warnings.empty());
    // Off: the previous team may be chosen again; nothing is excluded.
    const auto off = sjsj::assign_teams(seed, rules(2, false), staff, {task("2026-0005", "X")}, history);
    CHECK(off[0].inputs.rotation_excluded.empty());
  }
  // Within one run: the second task of the same object avoids the first one's team.
  for (int s = 0; s < 30; ++s) {
    const auto out =
        sjsj::assign_teams(fmt::format("s{}", s), rules(), staff, {task("2026-0002", "X"), task("2026-0001", "X")}, {});
    CHECK(out[0].inputs.task_id == "2026-0001");
    CHECK(out[1].inputs.previous_task == "2026-0001");
    for (const auto& b : badges(out[1])) {
      const auto first = badges(out[0]);
      CHECK(std::count(first.begin(), first.end(), b) == 0);
    }
  }
}

TEST_CASE("assign: rotation is relaxed with a warning when it makes a team impossible") {
  const auto staff = many(3);
  const std::vector<PriorTeam> history = {{"2026-0001", "X", {"B000", "B001"}}};
  const auto out = sjsj::assign_teams("s", rules(), staff, {task("2026-0002", "X")}, history);
  REQUIRE_FALSE(out[0].choice.failure);
  const auto team = badges(out[0]);
  REQUIRE(team.size() == 2);
  CHECK(team[0] == "B002");
  REQUIRE(out[0].choice.warnings.size() == 1);
  CHECK(out[0].choice.warnings[0].rfind("rotation relaxed for seat: B00", 0) == 0);
  CHECK(out[0].choice.warnings[0].find("was on the team of 2026-0001") != std::string::npos);
}

TEST_CASE("assign: balance caps each inspector at ceil(seats / inspectors) + 1 in a run") {
  const auto staff = many(10);
  std::vector<TaskNeeds> tasks;
  for (int t = 1; t <= 20; ++t) tasks.push_back(task(fmt::format("2026-{:04}", t), fmt::format("O{}", t)));
  for (int s = 0; s < 10; ++s) {
    const auto out = sjsj::assign_teams(fmt::format("s{}", s), rules(), staff, tasks, {});
    std::map<std::string, int> load;
    for (const auto& o : out) {
      CHECK(o.inputs.balance_cap == 5);  // 40 seats / 10 inspectors + 1
      CHECK(o.choice.warnings.empty());
      for (const auto& b : badges(o)) ++load[b];
    }
    for (const auto& [badge, n] : load) CHECK(n <= 5);
  }
  // Forced: one holder of a skill every task asks for gets them all, with a warning past the cap.
  auto skilled = many(10);
  skilled[3].skills = {"辐射"};
  std::vector<TaskNeeds> radiation;
  for (int t = 1; t <= 5; ++t)
    radiation.push_back(task(fmt::format("2026-{:04}", t), fmt::format("O{}", t), {}, {"辐射"}));
  const auto out = sjsj::assign_teams("s", rules(), skilled, radiation, {});
  // cap = ceil(10 / 10) + 1 = 2
  for (const auto& o : out) CHECK(badges(o)[0] == "B003");
  CHECK(out[1].choice.warnings.empty());
  REQUIRE(out[2].choice.warnings.size() == 1);
  CHECK(out[2].choice.warnings[0] == "balance relaxed for skill 辐射: B003 gets 3 tasks in this run (cap 2)");
  CHECK(out[2].inputs.eligible[3].load == 2);
}

TEST_CASE("assign: a task with only one eligible inspector fails, naming the reason") {
  auto staff = many(3);
  staff[0].recusals = {"X"};
  staff[1].status = "离岗";
  const auto out = sjsj::assign_teams("s", rules(), staff, {task("2026-0001", "X"), task("2026-0002", "Y")}, {});
  REQUIRE(out[0].choice.failure);
  CHECK(*out[0].choice.failure ==
        "only 1 eligible inspector (在岗, credential valid on the date, not recused); a team needs 2");
  CHECK(out[0].choice.members.empty());
  CHECK_FALSE(out[1].choice.failure);
  CHECK(out[1].choice.members.size() == 2);
}

TEST_CASE("assign: a team size of 3 with two eligible gives a team of 2 and a warning") {
  const auto out = sjsj::assign_teams("s", rules(3), many(2), {task("2026-0001", "X")}, {});
  REQUIRE_FALSE(out[0].choice.failure);
  CHECK(out[0].choice.members.size() == 2);
  REQUIRE(out[0].choice.warnings.size() == 1);
  CHECK(out[0].choice.warnings[0] == "team of 2, below the team size 3: only 2 inspectors eligible");
  CHECK_THROWS_AS(sjsj::assign_teams("s", rules(1), many(2), {task("2026-0001", "X")}, {}), sjsj::InputError);
}

TEST_CASE("assign: the same seed gives identical teams; another seed different ones") {
  const auto staff = many(30);
  std::vector<TaskNeeds> tasks;
  for (int t = 1; t <= 10; ++t) tasks.push_back(task(fmt::format("2026-{:04}", t), fmt::format("O{}", t)));
  auto shuffled_staff = staff;
  std::reverse(shuffled_staff.begin(), shuffled_staff.end());
  auto shuffled_tasks = tasks;
  std::reverse(shuffled_tasks.begin(), shuffled_tasks.end());
  const auto a = sjsj::assign_teams("lottery 1 2 3", rules(), staff, tasks, {});
  const auto b = sjsj::assign_teams("lottery 1 2 3", rules(), shuffled_staff, shuffled_tasks, {});
  const auto c = sjsj::assign_teams("lottery 1 2 4", rules(), staff, tasks, {});
  REQUIRE(a.size() == b.size());
  bool any_different = false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].choice.members == b[i].choice.members);
    CHECK(a[i].inputs == b[i].inputs);
    if (badges(a[i]) != badges(c[i])) any_different = true;
  }
  CHECK(any_different);
}

TEST_CASE("assign: choose_team replays from the stored inputs alone") {
  auto staff = many(12);
  staff[4].skills = {"水"};
  staff[7].unit = "水科";
  const std::vector<PriorTeam> history = {{"2025-0001", "O1", {"B000", "B001"}}};
  std::vector<TaskNeeds> tasks;
  for (int t = 1; t <= 6; ++t) {
    tasks.push_back(task(fmt::format("2026-{:04}", t), fmt::format("O{}", t % 3), {"支队", "水科"}, {"水"}));
  }
  const auto out = sjsj::assign_teams("replay", rules(), staff, tasks, history);
  for (const auto& o : out) {
    const auto again = sjsj::choose_team("replay", o.inputs);
    CHECK(again.members == o.choice.members);
    CHECK(again.warnings == o.choice.warnings);
  }
}

TEST_CASE("assign: the worked example of docs/assign.md") {
  std::vector<Inspector> staff = {
      inspector("S01", "支队", {"辐射"}, "2027-12-31"), inspector("S02", "支队", {"水", "应急"}, "2027-12-31"),
      inspector("S03", "水科", {"水"}, "2027-12-31"),   inspector("S04", "水科", {"水"}, "2027-12-31"),
      inspector("S05", "支队", {"应急"}, "2026-04-30"), inspector("S06", "支队", {"辐射"}, "2027-12-31")};
  staff[5].recusals = {"X"};
  const std::vector<PriorTeam> history = {{"2026-0002", "X", {"S02", "S03"}}};
  const auto t = task("2026-0007", "X", {"水科", "支队"}, {"水", "辐射"});
  const auto out = sjsj::assign_teams("demo", rules(), staff, {t}, history);
  const auto& in = out[0].inputs;
  CHECK(in.balance_cap == 2);
  CHECK(in.departments == std::vector<std::string>{"支队", "水科"});
  CHECK(in.skills == std::vector<std::string>{"水", "辐射"});
  CHECK(in.eligible.size() == 4);
  const auto& m = out[0].choice.members;
  REQUIRE(m.size() == 2);
  CHECK(m[0].badge == "S01");
  CHECK(m[0].slot == "department 支队");
  CHECK(m[0].ticket == "77f16e9b0dedcc5d05e8afbfd4f5e3797d5d09cc46cd22d6a93ee9d34afd5002");
  CHECK(m[1].badge == "S04");
  CHECK(m[1].slot == "department 水科");
  CHECK(m[1].ticket == "3df57f98be455e2d7365aafd4727cdf5c8e83ceb2906063458d009a246138810");
  CHECK(out[0].choice.warnings.empty());

  staff[3].status = "离岗";
  const auto leave = sjsj::assign_teams("demo", rules(), staff, {t}, history);
  REQUIRE(leave[0].choice.members.size() == 2);
  CHECK(leave[0].choice.members[1].badge == "S03");
  CHECK(leave[0].choice.warnings ==
        std::vector<std::string>{"rotation relaxed for department 水科: S03 was on the team of 2026-0002"});
}
