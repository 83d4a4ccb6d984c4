#pragma once
// Replay: recompute draws from their published inputs and compare with what was stored.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace SQLite {
class Database;
}

namespace sjsj {

struct ReplayFinding {
  std::string label;
  std::string what;
};

struct DrawReplay {
  std::size_t draws_checked = 0;
  std::size_t picks_checked = 0;
  std::vector<ReplayFinding> findings;  // empty when every draw replays exactly
};

// Recomputes every stored draw (or those of `labels`) from its stored seed and pool: the pool's
// digest and size, k from the quota of the plan version used, and the picks with their tickets
// in rank order (replacements continue the ticket order).
DrawReplay replay_stored_draws(SQLite::Database& db, const std::vector<std::string>& labels);

// Parses a published pool list: one code per line; blanks, tabs and CR around a code are
// removed and blank lines skipped (as tests/tools/draw_reference.py does).
std::vector<std::string> parse_pool_list(std::string_view text);

// The draw an outside auditor re-runs without the database. Exactly one of ratio and count.
// JSON: label, pool_size, pool_sha256, count, picks [{rank, code, ticket}].
nlohmann::ordered_json replay_published_draw(const std::string& seed, const std::string& label,
                                             const std::vector<std::string>& pool,
                                             const std::optional<std::string>& ratio,
                                             std::optional<std::uint64_t> count);

}  // namespace sjsj
