#include "lib/directory/pool.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>

#include "lib/plan/plan_file.hpp"
#include "lib/util/error.hpp"

namespace sjsj {
namespace {

std::string placeholders(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ", ?";
  return out;
}

void bind_all(SQLite::Statement& q, const PoolCondition& c) {
  for (std::size_t i = 0; i < c.binds.size(); ++i) q.bind(static_cast<int>(i + 1), c.binds[i]);
}

}  // namespace

PoolCondition pool_condition(const PoolSelector& selector) {
  PoolCondition c;
  c.sql = selector.include_suspended ? "objects.status IN ('正常', '停产')" : "objects.status = '正常'";
  const auto& fields = selector_fields();
  for (const auto& [field, values] : selector.fields) {
    if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
      throw InputError(fmt::format("select: \"{}\" is not an object field", field));
    }
    if (values.empty()) throw InputError(fmt::format("select: {} has no values", field));
    if (field == "tags" || field == "discharge") {
      c.sql += fmt::format(" AND EXISTS (SELECT 1 FROM json_each(objects.{}) WHERE value IN ({}))", field,
                           placeholders(values.size()));
      c.binds.insert(c.binds.end(), values.begin(), values.end());
    } else if (field == "industry") {
      // instr(...) = 1 is a prefix test that, unlike LIKE, is case-sensitive and has no wildcards.
      std::string any;
      for (std::size_t i = 0; i < values.size(); ++i)
        any += i == 0 ? "instr(objects.industry, ?) = 1" : " OR instr(objects.industry, ?) = 1";
      c.sql += " AND (" + any + ")";
      c.binds.insert(c.binds.end(), values.begin(), values.end());
    } else {
      c.sql += fmt::format(" AND objects.{} IN ({})", field, placeholders(values.size()));
      c.binds.insert(c.binds.end(), values.begin(), values.end());
    }
  }
  return c;
}

std::vector<std::string> pool_codes(SQLite::Database& db, const PoolSelector& selector) {
  const PoolCondition c = pool_condition(selector);
  // Read in table order and sort here: ORDER BY code would walk the code index and fetch every
  // row from the table at random, a disk read per object once the directory outgrows the page
  // cache (two thirds of a draw over a 100,000-object directory, bench/RESULTS.md).
  // std::string compares as unsigned bytes, the BINARY collation of ORDER BY code.
  SQLite::Statement q(db, "SELECT code FROM objects WHERE " + c.sql);
  bind_all(q, c);
  std::vector<std::string> codes;
  while (q.executeStep()) codes.push_back(q.getColumn(0).getString());
  std::sort(codes.begin(), codes.end());
  return codes;
}

std::uint64_t pool_size(SQLite::Database& db, const PoolSelector& selector) {
  const PoolCondition c = pool_condition(selector);
  SQLite::Statement q(db, "SELECT COUNT(*) FROM objects WHERE " + c.sql);
  bind_all(q, c);
  q.executeStep();
  return static_cast<std::uint64_t>(q.getColumn(0).getInt64());
}

std::uint64_t credentialed_inspectors(SQLite::Database& db, Date on) {
  SQLite::Statement q(db,
                      "SELECT COUNT(*) FROM staff WHERE qualified = 1 AND status = '在岗' "
                      "AND (cert_expires = '' OR cert_expires >= ?)");
  q.bind(1, on.to_string());
  q.executeStep();
  return static_cast<std::uint64_t>(q.getColumn(0).getInt64());
}

}  // namespace sjsj
