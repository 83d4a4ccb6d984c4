#include "lib/draw/tasks.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <map>
#include <set>

#include "lib/draw/draw_store.hpp"
#include "lib/plan/plan_store.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/error.hpp"

namespace sjsj {

std::size_t attach_picks_to_tasks(WriteSession& session, int year) {
  auto& db = session.db();
  // NOT IN builds one temporary index of the subquery; before task_picks_by_pick (schema version
  // 3), a correlated NOT EXISTS scanned task_picks once per pick (16 s for a second `draw run`
  // over 20,000 picks).
  SQLite::Statement unattached(db,
                               "SELECT p.id, d.period, p.code FROM draw_picks p JOIN draws d ON d.id = p.draw_id "
                               "WHERE d.year = ? AND d.superseded_by IS NULL AND p.state IN ('picked', 'replacement') "
                               "AND p.id NOT IN (SELECT pick_id FROM task_picks) "
                               "ORDER BY d.period, p.code, p.id");
  unattached.bind(1, year);
  SQLite::Statement find(db, "SELECT rowid, id, status FROM tasks WHERE period = ? AND object_code = ?");
  SQLite::Statement reopen(db, "UPDATE tasks SET status = 'open' WHERE rowid = ?");
  // Task ids number the year's tasks: counted once here, then by this loop, the only writer of
  // tasks here (a COUNT per new task made a draw quadratic in its picks, bench/RESULTS.md).
  SQLite::Statement count(db, "SELECT COUNT(*) FROM tasks WHERE year = ?");
  count.bind(1, year);
  count.executeStep();
  std::int64_t tasks_of_year = count.getColumn(0).getInt64();
  SQLite::Statement create(db,
                           "INSERT INTO tasks (id, year, period, object_code, status, ledger_seq) "
                           "VALUES (?, ?, ?, ?, 'open', ?)");
  SQLite::Statement link(db, "INSERT INTO task_picks (task_id, pick_id) VALUES (?, ?)");
  std::size_t created = 0;
  while (unattached.executeStep()) {
    const std::int64_t pick_id = unattached.getColumn(0).getInt64();
    const std::string period = unattached.getColumn(1).getString();
    const std::string code = unattached.getColumn(2).getString();
    std::string task_id;
    find.reset();
    find.bind(1, period);
    find.bind(2, code);
    if (find.executeStep()) {
      task_id = find.getColumn(1).getString();
      if (find.getColumn(2).getString() == "cancelled") {
        const std::int64_t rowid = find.getColumn(0).getInt64();
        session.digests().removed("tasks", rowid);
        reopen.reset();
        reopen.bind(1, rowid);
        reopen.exec();
        session.digests().written("tasks", rowid);
      }
    } else {
      task_id = fmt::format("{}-{:04}", year, ++tasks_of_year);
      create.reset();
      create.bind(1, task_id);
      create.bind(2, year);
      create.bind(3, period);
      create.bind(4, code);
      create.bind(5, session.ledger_seq());
      create.exec();
      session.digests().written("tasks", db.getLastInsertRowid());
      ++created;
    }
    link.reset();
    link.bind(1, task_id);
    link.bind(2, pick_id);
    link.exec();
    session.digests().written("task_picks", db.getLastInsertRowid());
  }
  return created;
}

void detach_picks(WriteSession& session, const std::vector<std::int64_t>& pick_ids) {
  auto& db = session.db();
  SQLite::Statement links(db, "SELECT rowid, task_id FROM task_picks WHERE pick_id = ?");
  SQLite::Statement unlink(db, "DELETE FROM task_picks WHERE rowid = ?");
  std::set<std::string> touched;
  for (auto pick : pick_ids) {
    links.reset();
    links.bind(1, pick);
    std::vector<std::pair<std::int64_t, std::string>> rows;
    while (links.executeStep()) rows.emplace_back(links.getColumn(0).getInt64(), links.getColumn(1).getString());
    for (const auto& [rowid, task] : rows) {
      session.digests().removed("task_picks", rowid);
      unlink.reset();
      unlink.bind(1, rowid);
      unlink.exec();
      touched.insert(task);
    }
  }
  SQLite::Statement orphan(db,
                           "SELECT rowid FROM tasks WHERE id = ? AND status = 'open' AND NOT EXISTS "
                           "(SELECT 1 FROM task_picks WHERE task_id = tasks.id)");
  SQLite::Statement cancel(db, "UPDATE tasks SET status = 'cancelled' WHERE rowid = ?");
  for (const auto& task : touched) {
    orphan.reset();
    orphan.bind(1, task);
    if (!orphan.executeStep()) continue;
    const std::int64_t rowid = orphan.getColumn(0).getInt64();
    session.digests().removed("tasks", rowid);
    cancel.reset();
    cancel.bind(1, rowid);
    cancel.exec();
    session.digests().written("tasks", rowid);
  }
}

void refuse_if_inspected(SQLite::Database& db, const std::vector<std::int64_t>& pick_ids, const std::string& what) {
  SQLite::Statement q(db,
                      "SELECT tp.task_id, r.inspected_on FROM task_picks tp JOIN results r ON r.task_id = tp.task_id "
                      "WHERE tp.pick_id = ? AND r.superseded_by IS NULL");
  for (auto pick : pick_ids) {
    q.reset();
    q.bind(1, pick);
    if (q.executeStep()) {
      throw InputError(fmt::format("{} is refused: task {} was already inspected on {} and has a recorded result", what,
                                   q.getColumn(0).getString(), q.getColumn(1).getString()));
    }
  }
}

Report list_tasks(SQLite::Database& db, const TaskFilter& filter) {
  Report r;
  r.columns = {{"id", "任务编号"},          {"code", "统一社会信用代码"}, {"name", "检查对象名称"},
               {"period", "抽查周期"},      {"labels", "抽查事项编号"},   {"items", "抽查事项"},
               {"departments", "发起部门"}, {"status", "状态"},           {"remote_first", "非现场优先"},
               {"team", "检查人员"}};
  // Item names and departments come from the plan version each draw used.
  std::map<std::int64_t, Plan> plans;
  auto plan_of = [&](std::int64_t plan_id) -> const Plan& {
    auto it = plans.find(plan_id);
    if (it == plans.end()) it = plans.emplace(plan_id, plan_by_id(db, plan_id).plan).first;
    return it->second;
  };
  SQLite::Statement tasks(db,
                          "SELECT t.id, t.object_code, COALESCE(o.name, ''), t.period, t.status, "
                          "COALESCE(o.positive_list, 0) FROM tasks t LEFT JOIN objects o ON o.code = t.object_code "
                          "WHERE t.year = ? AND (? OR t.status = 'open') ORDER BY t.id");
  tasks.bind(1, filter.year);
  tasks.bind(2, filter.include_cancelled ? 1 : 0);
  SQLite::Statement picks(
      db,
      "SELECT d.label, d.item_seq, d.plan_id FROM task_picks tp JOIN draw_picks p ON p.id = tp.pick_id "
      "JOIN draws d ON d.id = p.draw_id WHERE tp.task_id = ? ORDER BY d.item_seq, d.quota_index");
  SQLite::Statement team(db,
                         "SELECT m.badge FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id "
                         "WHERE a.task_id = ? AND a.superseded_by IS NULL ORDER BY m.position");
  while (tasks.executeStep()) {
    const std::string id = tasks.getColumn(0).getString();
    nlohmann::json labels = nlohmann::json::array(), items = nlohmann::json::array(),
                   departments = nlohmann::json::array(), badges = nlohmann::json::array();
    picks.reset();
    picks.bind(1, id);
    while (picks.executeStep()) {
      labels.push_back(picks.getColumn(0).getString());
      const int seq = picks.getColumn(1).getInt();
      for (const auto& item : plan_of(picks.getColumn(2).getInt64()).items) {
        if (item.seq != seq) continue;
        if (std::find(items.begin(), items.end(), item.name) == items.end()) items.push_back(item.name);
        if (std::find(departments.begin(), departments.end(), item.department) == departments.end()) {
          departments.push_back(item.department);
        }
      }
    }
    team.reset();
    team.bind(1, id);
    while (team.executeStep()) badges.push_back(team.getColumn(0).getString());
    r.rows.push_back({id, tasks.getColumn(1).getString(), tasks.getColumn(2).getString(),
                      tasks.getColumn(3).getString(), labels, items, departments, tasks.getColumn(4).getString(),
                      tasks.getColumn(5).getInt() != 0, badges});
  }
  return r;
}

}  // namespace sjsj
