#include "lib/plan/plan_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <filesystem>
#include <vector>

#include "lib/plan/plan_file.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/error.hpp"
#include "lib/util/sha256.hpp"

namespace sjsj {
namespace {

constexpr const char* k_select = "SELECT id, year, version, file_name, source, sha256 FROM plans ";

StoredPlan read_row(SQLite::Statement& q) {
  StoredPlan p;
  p.id = q.getColumn(0).getInt64();
  p.year = q.getColumn(1).getInt();
  p.version = q.getColumn(2).getInt();
  p.file_name = q.getColumn(3).getString();
  p.source = q.getColumn(4).getString();
  p.sha256 = q.getColumn(5).getString();
  p.plan = parse_plan(p.source, fmt::format("{} (stored plan {} version {})", p.file_name, p.year, p.version));
  return p;
}

}  // namespace

std::optional<StoredPlan> current_plan(SQLite::Database& db, int year) {
  SQLite::Statement q(db, std::string(k_select) + "WHERE year = ? ORDER BY version DESC LIMIT 1");
  q.bind(1, year);
  if (!q.executeStep()) return std::nullopt;
  return read_row(q);
}

std::optional<StoredPlan> plan_version(SQLite::Database& db, int year, int version) {
  SQLite::Statement q(db, std::string(k_select) + "WHERE year = ? AND version = ?");
  q.bind(1, year);
  q.bind(2, version);
  if (!q.executeStep()) return std::nullopt;
  return read_row(q);
}

StoredPlan load_plan(WriteSession& session, const std::string& file_name, std::string_view text) {
  SQLite::Database& db = session.db();
  Plan plan = parse_plan(text, file_name);
  const std::string digest = sha256_hex(text);
  std::optional<StoredPlan> current = current_plan(db, plan.year);
  if (current && current->sha256 == digest && current->source == text) {
    current->unchanged = true;
    return *current;
  }

  SQLite::Statement draws(db, "SELECT DISTINCT label FROM draws WHERE year = ? ORDER BY label");
  draws.bind(1, plan.year);
  std::vector<std::string> labels;
  while (draws.executeStep()) labels.push_back(draws.getColumn(0).getString());
  if (!labels.empty()) {
    std::string names;
    const std::size_t shown = std::min<std::size_t>(labels.size(), 20);
    for (std::size_t i = 0; i < shown; ++i) names += (i == 0 ? "" : ", ") + labels[i];
    if (labels.size() > shown) names += fmt::format(" and {} more", labels.size() - shown);
    throw InputError(fmt::format(
        "{}: the {} plan already has draws ({}); a plan cannot be changed after its lottery (version {} stays "
        "current)",
        file_name, plan.year, names, current ? current->version : 0));
  }

  StoredPlan stored;
  stored.year = plan.year;
  stored.version = current ? current->version + 1 : 1;
  stored.file_name = std::filesystem::path(file_name).filename().string();
  stored.source = std::string(text);
  stored.sha256 = digest;
  stored.plan = std::move(plan);
  SQLite::Statement insert(
      db, "INSERT INTO plans (year, version, file_name, source, sha256, ledger_seq) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, stored.year);
  insert.bind(2, stored.version);
  insert.bind(3, stored.file_name);
  insert.bind(4, stored.source);
  insert.bind(5, stored.sha256);
  insert.bind(6, session.ledger_seq());
  insert.exec();
  stored.id = db.getLastInsertRowid();
  session.digests().written("plans", stored.id);
  return stored;
}

}  // namespace sjsj
