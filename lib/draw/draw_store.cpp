#include "lib/draw/draw_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "lib/directory/pool.hpp"
#include "lib/draw/rule.hpp"
#include "lib/draw/seed_commitment.hpp"
#include "lib/draw/tasks.hpp"
#include "lib/plan/plan_store.hpp"
#include "lib/plan/quota_count.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/error.hpp"
#include "lib/util/sha256.hpp"

namespace sjsj {

nlohmann::json StoredDraw::to_json() const {
  nlohmann::json picks_json = nlohmann::json::array();
  for (const auto& p : picks) {
    nlohmann::json j = {{"rank", p.rank}, {"code", p.code}, {"name", p.name}, {"ticket", p.ticket}, {"state", p.state}};
    if (!p.reason.empty()) j["reason"] = p.reason;
    picks_json.push_back(std::move(j));
  }
  nlohmann::json j = {{"label", label},         {"period", period},           {"seed_sha256", seed_sha256},
                      {"pool_size", pool_size}, {"pool_sha256", pool_sha256}, {"count", k},
                      {"drawn_on", drawn_on},   {"picks", picks_json}};
  if (superseded_by) {
    j["superseded"] = true;
  }
  if (!redo_reason.empty()) j["redo_reason"] = redo_reason;
  return j;
}

namespace {

// The first day of a period: "2026" -> 2026-01-01, "2026Q3" -> 2026-07-01, "2026-07" -> 2026-07-01.
Date period_start(const std::string& period) {
  const int year = std::stoi(period.substr(0, 4));
  if (period.size() == 6 && period[4] == 'Q') return *Date::from_ymd(year, (period[5] - '1') * 3 + 1, 1);
  if (period.size() == 7 && period[4] == '-') return *Date::from_ymd(year, std::stoi(period.substr(5)), 1);
  return *Date::from_ymd(year, 1, 1);
}

struct QuotaRef {
  const PlanItem* item;
  const Quota* quota;
  std::string period;
  std::string label;
};

std::vector<QuotaRef> quotas_of(const Plan& plan) {
  std::vector<QuotaRef> out;
  for (const auto& item : plan.items) {
    for (const auto& q : item.quotas) {
      for (const auto& period : period_names(plan.year, q.period)) {
        out.push_back({&item, &q, period, quota_label(period, item.seq, q.index)});
      }
    }
  }
  return out;
}

bool has_current_draw(SQLite::Database& db, const std::string& label) {
  SQLite::Statement q(db, "SELECT 1 FROM draws WHERE label = ? AND superseded_by IS NULL");
  q.bind(1, label);
  return q.executeStep();
}

// Codes a quota's later periods leave out: those picked by the same quota earlier in the year,
// since the last period that started again from the whole class (its pool held codes picked
// before it). So a quarterly 3 of 7 picks 3, 3, then all 7 are eligible again in the third
// quarter, and the fourth leaves out only the third's picks.
std::set<std::string> drawn_earlier(SQLite::Database& db, const Plan& plan, const QuotaRef& ref) {
  std::set<std::string> cycle;
  if (ref.quota->period == Period::year) return cycle;
  SQLite::Statement draws(db,
                          "SELECT d.id, p.codes FROM draws d JOIN draw_pools p ON p.draw_id = d.id "
                          "WHERE d.year = ? AND d.item_seq = ? AND d.quota_index = ? AND d.period < ? "
                          "AND d.superseded_by IS NULL ORDER BY d.period");
  draws.bind(1, plan.year);
  draws.bind(2, ref.item->seq);
  draws.bind(3, ref.quota->index);
  draws.bind(4, ref.period);
  SQLite::Statement picks(db, "SELECT code FROM draw_picks WHERE draw_id = ? AND state IN ('picked', 'replacement')");
  while (draws.executeStep()) {
    const std::string pool_text = draws.getColumn(1).getString();
    for (std::size_t pos = 0; pos < pool_text.size() && !cycle.empty();) {
      const auto nl = pool_text.find('\n', pos);
      if (cycle.count(pool_text.substr(pos, nl - pos))) cycle.clear();  // that period started again
      pos = nl + 1;
    }
    picks.reset();
    picks.bind(1, draws.getColumn(0).getInt64());
    while (picks.executeStep()) cycle.insert(picks.getColumn(0).getString());
  }
  return cycle;
}

// Codes at the plan's cap of routine visits a year (none without a cap). Every other period's
// task counts, whatever the frequencies: draws run in time order, so a task that exists already
// is a visit of an earlier (or overlapping) period. Comparing period names instead would put
// every month ("2026-12") before the first quarter ("2026Q1").
std::set<std::string> at_visit_cap(SQLite::Database& db, const Plan& plan, const QuotaRef& ref) {
  std::set<std::string> out;
  if (!plan.limits.visits_per_year) return out;
  SQLite::Statement q(db,
                      "SELECT object_code FROM tasks WHERE year = ? AND status = 'open' AND period <> ? "
                      "GROUP BY object_code HAVING COUNT(*) >= ?");
  q.bind(1, plan.year);
  q.bind(2, ref.period);
  q.bind(3, *plan.limits.visits_per_year);
  while (q.executeStep()) out.insert(q.getColumn(0).getString());
  return out;
}

std::vector<std::string> without(const std::vector<std::string>& pool, const std::set<std::string>& left_out) {
  std::vector<std::string> out;
  out.reserve(pool.size());
  for (const auto& c : pool) {
    if (!left_out.count(c)) out.push_back(c);
  }
  return out;
}

std::vector<StoredPick> load_picks(SQLite::Database& db, std::int64_t draw_id) {
  std::vector<StoredPick> out;
  SQLite::Statement q(db,
                      "SELECT p.rank, p.code, COALESCE(o.name, ''), p.ticket, p.state, COALESCE(p.reason, '') "
                      "FROM draw_picks p LEFT JOIN objects o ON o.code = p.code WHERE p.draw_id = ? ORDER BY p.rank");
  q.bind(1, draw_id);
  while (q.executeStep()) {
    out.push_back({static_cast<std::size_t>(q.getColumn(0).getInt64()), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getString(), q.getColumn(4).getString(),
                   q.getColumn(5).getString()});
  }
  return out;
}

constexpr const char* kDrawColumns =
    "id, label, year, period, item_seq, quota_index, plan_id, seed, seed_sha256, pool_size, pool_sha256, k, "
    "drawn_on, superseded_by, COALESCE(redo_reason, '')";

StoredDraw read_draw_row(SQLite::Statement& q) {
  StoredDraw d;
  d.id = q.getColumn(0).getInt64();
  d.label = q.getColumn(1).getString();
  d.year = q.getColumn(2).getInt();
  d.period = q.getColumn(3).getString();
  d.item_seq = q.getColumn(4).getInt();
  d.quota_index = q.getColumn(5).getInt();
  d.plan_id = q.getColumn(6).getInt64();
  d.seed = q.getColumn(7).getString();
  d.seed_sha256 = q.getColumn(8).getString();
  d.pool_size = static_cast<std::size_t>(q.getColumn(9).getInt64());
  d.pool_sha256 = q.getColumn(10).getString();
  d.k = static_cast<std::size_t>(q.getColumn(11).getInt64());
  d.drawn_on = q.getColumn(12).getString();
  if (!q.getColumn(13).isNull()) d.superseded_by = q.getColumn(13).getInt64();
  d.redo_reason = q.getColumn(14).getString();
  return d;
}

// Draws one quota for one period and stores it; the pool is the live directory's.
StoredDraw draw_quota(WriteSession& session, const StoredPlan& stored, const QuotaRef& ref, const std::string& seed,
                      Date today, std::vector<std::string>& warnings) {
  auto& db = session.db();
  const std::vector<std::string> whole = pool_codes(db, ref.quota->select);
  // k is the quota's share of the whole class: a quarterly 25% of 8 objects is 2 in every quarter,
  // also when earlier picks have left the pool (else it would shrink to 2, 2, 1, 1).
  const std::uint64_t k_full = quota_count(*ref.quota, whole.size(), credentialed_inspectors(db, today));
  // Objects at the visit cap stay out in any case; those drawn earlier for this quota only until
  // too few are left, then the quota starts again from the whole class.
  const std::vector<std::string> capped = without(whole, at_visit_cap(db, stored.plan, ref));
  if (capped.size() < whole.size()) {
    warnings.push_back(
        fmt::format("{}: {} of {} objects left out of the pool: they have reached the plan's "
                    "visits_per_year ({}) in other periods",
                    ref.label, whole.size() - capped.size(), whole.size(), *stored.plan.limits.visits_per_year));
  }
  std::vector<std::string> pool = without(capped, drawn_earlier(db, stored.plan, ref));
  if (pool.size() < k_full && pool.size() < capped.size()) {
    warnings.push_back(
        fmt::format("{}: {} objects not drawn in earlier periods, fewer than the {} to draw; drawing "
                    "from all {} again",
                    ref.label, pool.size(), k_full, capped.size()));
    pool = capped;
  }
  const std::size_t k = static_cast<std::size_t>(std::min<std::uint64_t>(k_full, pool.size()));
  if (pool.empty())
    warnings.push_back(fmt::format("{}: the pool ({}) is empty; nothing drawn", ref.label, ref.quota->target));

  std::string pool_text;
  pool_text.reserve(pool.size() * 19);
  for (const auto& c : pool) pool_text.append(c).push_back('\n');
  const std::string pool_sha = sha256_hex(pool_text);
  const auto picks = draw_picks(seed, ref.label, pool, k);

  SQLite::Statement ins(db,
                        "INSERT INTO draws (label, year, period, item_seq, quota_index, plan_id, seed, seed_sha256, "
                        "pool_size, pool_sha256, k, drawn_on, ledger_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  ins.bind(1, ref.label);
  ins.bind(2, stored.plan.year);
  ins.bind(3, ref.period);
  ins.bind(4, ref.item->seq);
  ins.bind(5, ref.quota->index);
  ins.bind(6, stored.id);
  ins.bind(7, seed);
  ins.bind(8, sha256_hex(seed));
  ins.bind(9, static_cast<std::int64_t>(pool.size()));
  ins.bind(10, pool_sha);
  ins.bind(11, static_cast<std::int64_t>(k));
  ins.bind(12, today.to_string());
  ins.bind(13, session.ledger_seq());
  ins.exec();
  const std::int64_t draw_id = db.getLastInsertRowid();
  session.digests().written("draws", draw_id);

  SQLite::Statement pool_ins(db, "INSERT INTO draw_pools (draw_id, codes) VALUES (?, ?)");
  pool_ins.bind(1, draw_id);
  pool_ins.bind(2, pool_text);
  pool_ins.exec();
  session.digests().written("draw_pools", db.getLastInsertRowid());

  SQLite::Statement pick_ins(db,
                             "INSERT INTO draw_picks (draw_id, rank, code, ticket, state, ledger_seq) "
                             "VALUES (?, ?, ?, ?, 'picked', ?)");
  for (const auto& p : picks) {
    pick_ins.reset();
    pick_ins.bind(1, draw_id);
    pick_ins.bind(2, static_cast<std::int64_t>(p.rank));
    pick_ins.bind(3, p.code);
    pick_ins.bind(4, p.ticket);
    pick_ins.bind(5, session.ledger_seq());
    pick_ins.exec();
    session.digests().written("draw_picks", db.getLastInsertRowid());
  }
  StoredDraw d;
  d.id = draw_id;
  d.label = ref.label;
  d.year = stored.plan.year;
  d.period = ref.period;
  d.item_seq = ref.item->seq;
  d.quota_index = ref.quota->index;
  d.plan_id = stored.id;
  d.seed = seed;
  d.seed_sha256 = sha256_hex(seed);
  d.pool_size = pool.size();
  d.pool_sha256 = pool_sha;
  d.k = k;
  d.drawn_on = today.to_string();
  d.picks = load_picks(db, draw_id);
  return d;
}

StoredPlan plan_or_throw(SQLite::Database& db, int year) {
  auto plan = current_plan(db, year);
  if (!plan) throw InputError(fmt::format("no plan is loaded for {}: run sjsj plan load FILE first", year));
  return std::move(*plan);
}

std::optional<QuotaRef> find_quota(const std::vector<QuotaRef>& quotas, const std::string& label) {
  for (const auto& q : quotas) {
    if (q.label == label) return q;
  }
  return std::nullopt;
}

std::string known_labels(const std::vector<QuotaRef>& quotas) {
  std::string out;
  for (std::size_t i = 0; i < quotas.size() && i < 12; ++i) out += (i ? ", " : "") + quotas[i].label;
  if (quotas.size() > 12) out += ", ...";
  return out;
}

int year_of_label(const std::string& label) {
  if (label.size() < 6 || label.find('/') == std::string::npos) {
    throw InputError(fmt::format("\"{}\" is not a quota label such as 2026/1.2", label));
  }
  return std::stoi(label.substr(0, 4));
}

}  // namespace

StoredPlan plan_by_id(SQLite::Database& db, std::int64_t plan_id) {
  SQLite::Statement q(db, "SELECT year, version FROM plans WHERE id = ?");
  q.bind(1, plan_id);
  if (q.executeStep()) {
    if (auto plan = plan_version(db, q.getColumn(0).getInt(), q.getColumn(1).getInt())) return std::move(*plan);
  }
  throw InputError(fmt::format("plan version {} is missing from the database", plan_id));
}

DrawRun run_draws(WriteSession& session, const DrawRequest& request) {
  auto& db = session.db();
  const StoredPlan stored = plan_or_throw(db, request.year);
  check_seed_commitment(db, request.year, SeedPurpose::draw, request.seed);
  const auto quotas = quotas_of(stored.plan);
  std::vector<QuotaRef> todo;
  if (request.labels.empty()) {
    for (const auto& q : quotas) {
      if (period_start(q.period) > request.today) continue;  // a later quarter or month
      if (!has_current_draw(db, q.label)) todo.push_back(q);
    }
  } else {
    for (const auto& label : request.labels) {
      auto q = find_quota(quotas, label);
      if (!q) {
        throw InputError(fmt::format("the {} plan has no quota labelled {} (labels: {})", request.year, label,
                                     known_labels(quotas)));
      }
      if (has_current_draw(db, label)) {
        throw InputError(
            fmt::format("{} is already drawn; draws are immutable: use sjsj draw redo {} --reason TEXT", label, label));
      }
      if (period_start(q->period) > request.today) {
        throw InputError(
            fmt::format("{} is the quota of period {}, which starts on {} (today is {}); it is drawn "
                        "once its period has started",
                        label, q->period, period_start(q->period).to_string(), request.today.to_string()));
      }
      todo.push_back(*q);
    }
    // A period's pool leaves out what the quota's earlier periods picked: those must be drawn first.
    for (const auto& ref : todo) {
      for (const auto& earlier : quotas) {
        if (earlier.item != ref.item || earlier.quota != ref.quota || earlier.period >= ref.period) continue;
        const bool listed =
            std::any_of(todo.begin(), todo.end(), [&](const QuotaRef& t) { return t.label == earlier.label; });
        if (!listed && !has_current_draw(db, earlier.label)) {
          throw InputError(
              fmt::format("{} cannot be drawn before {}: periods of a quota are drawn in order "
                          "(add --label {}, or run without --label)",
                          ref.label, earlier.label, earlier.label));
        }
      }
    }
  }
  DrawRun run;
  // Later periods leave out earlier periods' picks and visits: draw in time order, and attach each
  // period's picks to tasks before the next period is drawn (the visit cap counts tasks).
  std::stable_sort(todo.begin(), todo.end(), [](const QuotaRef& a, const QuotaRef& b) {
    const Date sa = period_start(a.period), sb = period_start(b.period);
    return sa != sb ? sa < sb : a.period < b.period;
  });
  for (std::size_t i = 0; i < todo.size(); ++i) {
    if (i > 0 && todo[i].period != todo[i - 1].period) {
      run.tasks_created += attach_picks_to_tasks(session, request.year);
    }
    run.draws.push_back(draw_quota(session, stored, todo[i], request.seed, request.today, run.warnings));
  }
  if (todo.empty())
    run.warnings.push_back(fmt::format("nothing to draw: every started period of the {} plan is drawn", request.year));
  run.tasks_created += attach_picks_to_tasks(session, request.year);
  return run;
}

StoredDraw redo_draw(WriteSession& session, const std::string& label, const std::string& reason,
                     const std::string& seed, Date today) {
  auto& db = session.db();
  const int year = year_of_label(label);
  auto old = find_current_draw(db, label);
  if (!old) throw InputError(fmt::format("{} has no draw to redo; use sjsj draw run", label));
  if (reason.empty()) throw InputError("a redo needs --reason");
  if (old->seed == seed) throw InputError("a redo needs a new seed: this one is the seed of the draw it would replace");
  check_seed_commitment(db, year, SeedPurpose::draw, seed);
  std::vector<std::int64_t> old_picks;
  SQLite::Statement ids(db, "SELECT id FROM draw_picks WHERE draw_id = ?");
  ids.bind(1, old->id);
  while (ids.executeStep()) old_picks.push_back(ids.getColumn(0).getInt64());
  refuse_if_inspected(db, old_picks, "redoing " + label);
  detach_picks(session, old_picks);

  const StoredPlan stored = plan_or_throw(db, year);
  const auto quotas = quotas_of(stored.plan);
  const auto ref = find_quota(quotas, label);
  if (!ref) throw InputError(fmt::format("the current {} plan no longer has quota {}", year, label));
  // The old draw leaves the current set before the new one enters it (one current draw a label).
  session.digests().removed("draws", old->id);
  SQLite::Statement mark(db, "UPDATE draws SET superseded_by = id, redo_reason = ? WHERE id = ?");
  mark.bind(1, reason);
  mark.bind(2, old->id);
  mark.exec();
  std::vector<std::string> warnings;
  StoredDraw fresh = draw_quota(session, stored, *ref, seed, today, warnings);
  SQLite::Statement link(db, "UPDATE draws SET superseded_by = ? WHERE id = ?");
  link.bind(1, fresh.id);
  link.bind(2, old->id);
  link.exec();
  session.digests().written("draws", old->id);
  attach_picks_to_tasks(session, year);
  return fresh;
}

StoredDraw replace_pick(WriteSession& session, const std::string& label, const std::string& code,
                        const std::string& reason) {
  auto& db = session.db();
  const int year = year_of_label(label);
  auto draw = find_current_draw(db, label);
  if (!draw) throw InputError(fmt::format("{} has no current draw", label));
  if (reason.empty()) throw InputError("a replacement needs --reason");
  SQLite::Statement pick(
      db, "SELECT id FROM draw_picks WHERE draw_id = ? AND code = ? AND state IN ('picked', 'replacement')");
  pick.bind(1, draw->id);
  pick.bind(2, code);
  if (!pick.executeStep()) {
    throw InputError(fmt::format("{} is not a current pick of {}", code, label));
  }
  const std::int64_t pick_id = pick.getColumn(0).getInt64();
  refuse_if_inspected(db, {pick_id}, fmt::format("replacing {} in {}", code, label));

  // Every earlier pick and replacement is, by construction, the head of the ticket order: the
  // replacement is the next code in that order.
  const std::string pool_text = stored_pool_text(db, draw->id);
  std::vector<std::string> pool;
  for (std::size_t pos = 0; pos < pool_text.size();) {
    const auto nl = pool_text.find('\n', pos);
    pool.push_back(pool_text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  const std::size_t used = draw->picks.size();
  if (used >= pool.size()) {
    throw InputError(fmt::format("{} has no object left in its pool to replace {} with", label, code));
  }
  const auto ranked = rank_pool(draw->seed, label, pool, used + 1);
  const Pick& next = ranked.back();

  session.digests().removed("draw_picks", pick_id);
  SQLite::Statement mark(db, "UPDATE draw_picks SET state = 'replaced', reason = ? WHERE id = ?");
  mark.bind(1, reason);
  mark.bind(2, pick_id);
  mark.exec();
  session.digests().written("draw_picks", pick_id);
  SQLite::Statement ins(db,
                        "INSERT INTO draw_picks (draw_id, rank, code, ticket, state, reason, ledger_seq) "
                        "VALUES (?, ?, ?, ?, 'replacement', ?, ?)");
  ins.bind(1, draw->id);
  ins.bind(2, static_cast<std::int64_t>(next.rank));
  ins.bind(3, next.code);
  ins.bind(4, next.ticket);
  ins.bind(5, fmt::format("replaces {}: {}", code, reason));
  ins.bind(6, session.ledger_seq());
  ins.exec();
  session.digests().written("draw_picks", db.getLastInsertRowid());
  detach_picks(session, {pick_id});
  attach_picks_to_tasks(session, year);
  return *find_current_draw(db, label);
}

std::vector<StoredDraw> list_draws(SQLite::Database& db, int year) {
  std::vector<StoredDraw> out;
  SQLite::Statement q(
      db, fmt::format("SELECT {} FROM draws WHERE year = ? ORDER BY period, item_seq, quota_index, id", kDrawColumns));
  q.bind(1, year);
  while (q.executeStep()) out.push_back(read_draw_row(q));
  return out;
}

std::optional<StoredDraw> find_current_draw(SQLite::Database& db, const std::string& label) {
  SQLite::Statement q(db, fmt::format("SELECT {} FROM draws WHERE label = ? AND superseded_by IS NULL", kDrawColumns));
  q.bind(1, label);
  if (!q.executeStep()) return std::nullopt;
  StoredDraw d = read_draw_row(q);
  d.picks = load_picks(db, d.id);
  return d;
}

std::vector<StoredDraw> load_draws_for_replay(SQLite::Database& db, const std::vector<std::string>& labels) {
  std::vector<StoredDraw> out;
  SQLite::Statement q(db, fmt::format("SELECT {} FROM draws ORDER BY id", kDrawColumns));
  while (q.executeStep()) {
    StoredDraw d = read_draw_row(q);
    if (!labels.empty() && std::find(labels.begin(), labels.end(), d.label) == labels.end()) continue;
    out.push_back(std::move(d));
  }
  for (auto& d : out) d.picks = load_picks(db, d.id);
  return out;
}

std::string stored_pool_text(SQLite::Database& db, std::int64_t draw_id) {
  SQLite::Statement q(db, "SELECT codes FROM draw_pools WHERE draw_id = ?");
  q.bind(1, draw_id);
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

}  // namespace sjsj
