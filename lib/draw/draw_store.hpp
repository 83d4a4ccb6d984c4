#pragma once
// The lottery of inspection objects, stored: drawing the quotas of the year's plan, redoing a
// quota's draw, replacing a pick that cannot be inspected, and reading draws back. Draws are
// immutable: a redo or a replacement adds rows and marks the old ones, so the audit sees all.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lib/plan/plan_store.hpp"
#include "lib/util/date.hpp"

namespace SQLite {
class Database;
}

namespace sjsj {

class WriteSession;

struct StoredPick {
  std::size_t rank = 0;
  std::string code;
  std::string name;  // from the directory; empty if the object has gone
  std::string ticket;
  std::string state;  // picked, replaced, replacement
  std::string reason;
};

struct StoredDraw {
  std::int64_t id = 0;
  std::string label;
  int year = 0;
  std::string period;
  int item_seq = 0;
  int quota_index = 0;
  std::int64_t plan_id = 0;
  std::string seed;
  std::string seed_sha256;
  std::size_t pool_size = 0;
  std::string pool_sha256;
  std::size_t k = 0;
  std::string drawn_on;
  std::optional<std::int64_t> superseded_by;
  std::string redo_reason;
  std::vector<StoredPick> picks;  // in rank order

  // JSON as the draw contract names it: label, pool_size, pool_sha256, count, picks
  // (code, name, ticket, rank, state).
  nlohmann::json to_json() const;
};

struct DrawRequest {
  int year = 0;
  std::string seed;
  std::vector<std::string> labels;  // empty: every quota and started period not yet drawn
  Date today;
};

struct DrawRun {
  std::vector<StoredDraw> draws;
  std::vector<std::string> warnings;  // empty pools, pools exhausted, skipped periods
  std::size_t tasks_created = 0;
};

// Draws every quota of the year's current plan whose period has started by `today` and that has
// no current draw (or exactly the labels asked for). Creates or extends the tasks (综合查一次).
// Throws InputError: no plan for the year, an unknown label, a label already drawn (use redo),
// a seed that misses its commitment.
DrawRun run_draws(WriteSession& session, const DrawRequest& request);

// Supersedes the current draw of `label` with a new draw under `seed`, keeping the old one.
// Refused when a task of the old draw already has a recorded result.
StoredDraw redo_draw(WriteSession& session, const std::string& label, const std::string& reason,
                     const std::string& seed, Date today);

// Replaces the pick of `code` in the current draw of `label` by the next code in ticket order
// that the draw has not picked yet (never by choice). Refused when the pick's task has a result.
StoredDraw replace_pick(WriteSession& session, const std::string& label, const std::string& code,
                        const std::string& reason);

// The draws of a year (current and superseded), by label then id; picks are not loaded.
std::vector<StoredDraw> list_draws(SQLite::Database& db, int year);

// The current draw of a label with its picks, or nullopt.
std::optional<StoredDraw> find_current_draw(SQLite::Database& db, const std::string& label);

// Every stored draw with its picks, for replay; when labels is empty, all of them.
std::vector<StoredDraw> load_draws_for_replay(SQLite::Database& db, const std::vector<std::string>& labels);

// The stored pool of a draw: codes sorted by byte value, and the exact text that was hashed.
std::string stored_pool_text(SQLite::Database& db, std::int64_t draw_id);

// The plan version a draw used (draws.plan_id). Throws InputError if it is missing.
StoredPlan plan_by_id(SQLite::Database& db, std::int64_t plan_id);

}  // namespace sjsj
