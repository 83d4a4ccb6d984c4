#pragma once
// Listings of the two directories, with simple filters.
#include <optional>
#include <string>

#include "lib/util/report.hpp"

namespace SQLite {
class Database;
}

namespace sjsj {

struct ObjectFilter {
  std::optional<std::string> tag;
  std::optional<std::string> category;
  std::optional<std::string> town;
  std::optional<std::string> status;
};

struct StaffFilter {
  std::optional<std::string> unit;
  std::optional<std::string> skill;
  std::optional<std::string> status;
};

// Rows ordered by code (badge). Columns are the dictionary's keys and Chinese headers; list
// fields are arrays, yes/no fields booleans, counts integers.
Report list_objects(SQLite::Database& db, const ObjectFilter& filter);
Report list_staff(SQLite::Database& db, const StaffFilter& filter);

}  // namespace sjsj
