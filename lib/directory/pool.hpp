#pragma once
// The pool of a quota: the objects of the directory that its selector admits. The draw ranks the
// pool's codes; the plan shows its size. Every function is one prepared query, however large the
// directory.
#include <cstdint>
#include <string>
#include <vector>

#include "lib/plan/plan.hpp"
#include "lib/util/date.hpp"

namespace SQLite {
class Database;
}

namespace sjsj {

// A WHERE condition over the objects table (no "WHERE" keyword) and its parameters, bound in
// order as text. Status 正常 always, 停产 too when include_suspended, 关闭 never; list fields
// (tags, discharge) match when any element is among the values; industry matches by code prefix;
// other fields by equality with any of the values. Columns are qualified as objects.<column>.
// An empty selector admits every object of those statuses. Throws InputError for a field that
// is not in selector_fields() (plan_file.hpp) or a field with no values.
struct PoolCondition {
  std::string sql;
  std::vector<std::string> binds;
};
PoolCondition pool_condition(const PoolSelector& selector);

// The codes of the pool, sorted by byte value (SQLite's BINARY order), each once.
std::vector<std::string> pool_codes(SQLite::Database& db, const PoolSelector& selector);

// The number of objects in the pool (a COUNT query).
std::uint64_t pool_size(SQLite::Database& db, const PoolSelector& selector);

// Inspectors who can be sent on a check on `on`: qualified (执法证), status 在岗, and a credential
// not expired on that day (an empty expiry counts as valid). The base of per_inspector quotas.
std::uint64_t credentialed_inspectors(SQLite::Database& db, Date on);

}  // namespace sjsj
