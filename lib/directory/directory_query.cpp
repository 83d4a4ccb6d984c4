#include "lib/directory/directory_query.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <vector>

#include "lib/directory/columns.hpp"

namespace sjsj {
namespace {

struct Condition {
  std::string sql;
  std::string value;
};

Report list_directory(SQLite::Database& db, const Dictionary& dict, const std::vector<Condition>& conditions) {
  Report report;
  std::string cols;
  for (const auto& c : dict.columns) {
    report.columns.push_back({c.key, c.header});
    cols += (cols.empty() ? "" : ", ") + c.key;
  }
  std::string where;
  for (const auto& c : conditions) where += (where.empty() ? " WHERE " : " AND ") + c.sql;
  SQLite::Statement q(db, "SELECT " + cols + " FROM " + dict.table + where + " ORDER BY " + dict.key_column);
  for (std::size_t i = 0; i < conditions.size(); ++i) q.bind(static_cast<int>(i + 1), conditions[i].value);
  while (q.executeStep()) {
    auto& row = report.rows.emplace_back();
    for (std::size_t i = 0; i < dict.columns.size(); ++i) {
      const auto col = q.getColumn(static_cast<int>(i));
      const auto& spec = dict.columns[i];
      if (spec.is_list())
        row.push_back(nlohmann::json::parse(col.getString()));
      else if (spec.type == ColumnType::yes_no)
        row.emplace_back(col.getInt64() != 0);
      else if (spec.type == ColumnType::count)
        row.emplace_back(col.getInt64());
      else
        row.emplace_back(col.getString());
    }
  }
  return report;
}

}  // namespace

Report list_objects(SQLite::Database& db, const ObjectFilter& f) {
  std::vector<Condition> c;
  if (f.tag) c.push_back({"EXISTS (SELECT 1 FROM json_each(objects.tags) WHERE value = ?)", *f.tag});
  if (f.category) c.push_back({"category = ?", *f.category});
  if (f.town) c.push_back({"town = ?", *f.town});
  if (f.status) c.push_back({"status = ?", *f.status});
  return list_directory(db, object_dictionary(), c);
}

Report list_staff(SQLite::Database& db, const StaffFilter& f) {
  std::vector<Condition> c;
  if (f.unit) c.push_back({"unit = ?", *f.unit});
  if (f.skill) c.push_back({"EXISTS (SELECT 1 FROM json_each(staff.skills) WHERE value = ?)", *f.skill});
  if (f.status) c.push_back({"status = ?", *f.status});
  return list_directory(db, staff_dictionary(), c);
}

}  // namespace sjsj
