#pragma once
// Tasks (综合查一次): one task per object and period, covering every current pick of that object
// in that period, whichever department's quota picked it. Ids are "<year>-NNNN", numbered in the
// order tasks are created: within one draw run, by period and then object code.
#include <cstdint>
#include <string>
#include <vector>

#include "lib/util/report.hpp"

namespace SQLite {
class Database;
}

namespace sjsj {

class WriteSession;

// Gives every current pick of the year that has no task one: the existing task of its object and
// period (reopened if it was cancelled), or a new task. Returns the number of tasks created.
std::size_t attach_picks_to_tasks(WriteSession& session, int year);

// Detaches the given picks from their tasks; a task left with no pick is cancelled.
void detach_picks(WriteSession& session, const std::vector<std::int64_t>& pick_ids);

// Throws InputError naming the task when any of these picks' tasks has a current result.
void refuse_if_inspected(SQLite::Database& db, const std::vector<std::int64_t>& pick_ids, const std::string& what);

struct TaskFilter {
  int year = 0;
  bool include_cancelled = false;
};

// The tasks of a year: id, code, name, labels, items, departments, status, remote_first, team.
// The draw result is internal until the inspection: this listing is for the bureau, not the public.
Report list_tasks(SQLite::Database& db, const TaskFilter& filter);

}  // namespace sjsj
