#pragma once
// The stored plans: each load of a year's plan file is a version holding the file's exact text
// and its SHA-256; the current plan of a year is its highest version. The text is the source of
// truth: the Plan is parsed from it again on every read.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lib/plan/plan.hpp"

namespace SQLite {
class Database;
}

namespace sjsj {

class WriteSession;

struct StoredPlan {
  std::int64_t id = 0;  // plans.id (draws.plan_id points here)
  int year = 0;
  int version = 0;        // 1, 2, ... within the year
  std::string file_name;  // the file's name without its folder, as loaded
  std::string source;     // the file's text, byte for byte
  std::string sha256;     // lowercase hex SHA-256 of source
  Plan plan;
  bool unchanged = false;  // load_plan only: the text equals the current version; nothing stored
};

// The highest version of the year's plan, or nullopt when none was loaded. Throws InputError if
// the stored text no longer parses (a newer sjsj wrote it, or the database was edited).
std::optional<StoredPlan> current_plan(SQLite::Database& db, int year);

// The stored version `version` of the year's plan, or nullopt.
std::optional<StoredPlan> plan_version(SQLite::Database& db, int year, int version);

// Parses `text` (errors name file_name) and stores it as the next version of its year, keeping
// the row digests. Text identical to the current version stores nothing and returns that version
// with unchanged = true. A different text for a year that has draws is refused with InputError
// naming the draws' labels: a plan must not be edited after the lottery to fit its result.
StoredPlan load_plan(WriteSession& session, const std::string& file_name, std::string_view text);

}  // namespace sjsj
