#include "lib/draw/replay.hpp"

#include <fmt/format.h>

#include "lib/draw/draw_store.hpp"
#include "lib/draw/rule.hpp"
#include "lib/plan/plan_store.hpp"
#include "lib/util/decimal.hpp"
#include "lib/util/error.hpp"
#include "lib/util/sha256.hpp"

namespace sjsj {

std::vector<std::string> parse_pool_list(std::string_view text) {
  std::vector<std::string> codes;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) codes.emplace_back(line);
    pos = nl + 1;
  }
  return codes;
}

DrawReplay replay_stored_draws(SQLite::Database& db, const std::vector<std::string>& labels) {
  DrawReplay out;
  const auto draws = load_draws_for_replay(db, labels);
  for (const auto& label : labels) {
    bool found = false;
    for (const auto& d : draws) found = found || d.label == label;
    if (!found) out.findings.push_back({label, "no stored draw has this label"});
  }
  for (const auto& d : draws) {
    ++out.draws_checked;
    auto finding = [&](std::string what) { out.findings.push_back({d.label, std::move(what)}); };
    if (sha256_hex(d.seed) != d.seed_sha256) finding("the stored seed does not hash to the stored seed SHA-256");
    const std::string pool_text = stored_pool_text(db, d.id);
    if (sha256_hex(pool_text) != d.pool_sha256) {
      finding(fmt::format("the stored pool hashes to {}, not to the published pool digest {}", sha256_hex(pool_text),
                          d.pool_sha256));
    }
    const auto pool = parse_pool_list(pool_text);
    if (pool.size() != d.pool_size)
      finding(fmt::format("the stored pool has {} codes, not {}", pool.size(), d.pool_size));
    if (d.k > pool.size()) finding(fmt::format("k = {} exceeds the pool of {}", d.k, pool.size()));
    // k follows from the quota's ratio or count (per-inspector quotas depend on the staff of the
    // day, which the draw does not snapshot; they are checked against the pool only). A ratio is
    // a share of the whole class; when earlier periods or the visit cap left objects out, the
    // stored pool is smaller than the class, whose size is not stored: k then lies between the
    // ratio of the stored pool and the stored pool.
    try {
      const StoredPlan plan = plan_by_id(db, d.plan_id);
      for (const auto& item : plan.plan.items) {
        if (item.seq != d.item_seq) continue;
        for (const auto& q : item.quotas) {
          if (q.index != d.quota_index || q.per_inspector) continue;
          const bool may_leave_out = q.period != Period::year || plan.plan.limits.visits_per_year.has_value();
          std::size_t expected = 0;
          if (q.ratio)
            expected = draw_count(pool.size(), *Ratio::parse(*q.ratio));
          else if (q.count)
            expected = draw_count(pool.size(), *q.count);
          if (q.ratio && may_leave_out) {
            if (d.k < expected || d.k > pool.size()) {
              finding(fmt::format("k is {}, but the quota's ratio gives {} to {} for a pool of {} left from its class",
                                  d.k, expected, pool.size(), pool.size()));
            }
          } else if (expected != d.k) {
            finding(fmt::format("k is {}, but the quota gives {} for a pool of {}", d.k, expected, pool.size()));
          }
        }
      }
    } catch (const Error& e) {
      finding(fmt::format("the plan version of this draw cannot be read: {}", e.what()));
    }
    std::size_t in_quota = 0;
    for (const auto& p : d.picks) in_quota += p.rank <= d.k ? 1 : 0;
    if (in_quota != d.k) finding(fmt::format("{} picks have a rank within k = {}", in_quota, d.k));
    std::vector<Pick> expected;
    try {
      expected = rank_pool(d.seed, d.label, pool, d.picks.size());
    } catch (const Error& e) {
      finding(e.what());
      continue;
    }
    for (std::size_t i = 0; i < d.picks.size(); ++i) {
      ++out.picks_checked;
      const auto& stored = d.picks[i];
      if (i >= expected.size()) {
        finding(fmt::format("rank {} ({}) is beyond the pool", stored.rank, stored.code));
        continue;
      }
      if (stored.rank != expected[i].rank || stored.code != expected[i].code || stored.ticket != expected[i].ticket) {
        finding(fmt::format("rank {}: stored {} (ticket {}), replay gives {} (ticket {})", stored.rank, stored.code,
                            stored.ticket.substr(0, 16), expected[i].code, expected[i].ticket.substr(0, 16)));
      }
    }
  }
  return out;
}

nlohmann::ordered_json replay_published_draw(const std::string& seed, const std::string& label,
                                             const std::vector<std::string>& pool,
                                             const std::optional<std::string>& ratio,
                                             std::optional<std::uint64_t> count) {
  std::size_t k = 0;
  if (ratio) {
    const auto r = Ratio::parse(*ratio);
    if (!r) throw InputError(fmt::format("--ratio: \"{}\" is not a ratio such as 10% or 0.1 (at most 100%)", *ratio));
    k = draw_count(pool.size(), *r);
  } else if (count) {
    k = draw_count(pool.size(), *count);
  }
  const auto picks = draw_picks(seed, label, pool, k);
  nlohmann::ordered_json picks_json = nlohmann::ordered_json::array();
  for (const auto& p : picks) picks_json.push_back({{"rank", p.rank}, {"code", p.code}, {"ticket", p.ticket}});
  nlohmann::ordered_json j;
  j["label"] = label;
  j["pool_size"] = pool.size();
  j["pool_sha256"] = pool_digest(pool);
  j["count"] = k;
  j["picks"] = picks_json;
  return j;
}

}  // namespace sjsj
