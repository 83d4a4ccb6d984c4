#include "lib/disclosure/disclosure.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "lib/store/ledger.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/error.hpp"

namespace sjsj {
namespace {

// A result as stored, with what its record needs.
struct ResultFacts {
  std::int64_t id = 0;
  std::string task_id;
  std::string code;
  std::string inspected_on;
  std::string outcome;
  std::string mode;
  std::string findings;
  std::string transfer_to;
};

constexpr const char* result_columns =
    "r.id, r.task_id, t.object_code, r.inspected_on, r.outcome, r.mode, r.findings, r.transfer_to";

ResultFacts read_result(SQLite::Statement& q) {
  ResultFacts f;
  f.id = q.getColumn(0).getInt64();
  f.task_id = q.getColumn(1).getString();
  f.code = q.getColumn(2).getString();
  f.inspected_on = q.getColumn(3).getString();
  f.outcome = q.getColumn(4).getString();
  f.mode = q.getColumn(5).getString();
  f.findings = q.getColumn(6).getString();
  f.transfer_to = q.getColumn(7).getString();
  return f;
}

// Turns stored results into records. `as_of_seq`: name each object as the directory did after
// that ledger entry (0: as it does now).
class RecordBuilder {
 public:
  RecordBuilder(SQLite::Database& db, const DisclosureSources& sources, std::int64_t as_of_seq)
      : sources_(sources),
        as_of_seq_(as_of_seq),
        items_(db,
               "SELECT DISTINCT d.item_seq FROM task_picks tp JOIN draw_picks p ON p.id = tp.pick_id "
               "JOIN draws d ON d.id = p.draw_id WHERE tp.task_id = ? ORDER BY d.item_seq"),
        name_(db, "SELECT id, name FROM objects WHERE code = ?"),
        renamed_(db,
                 "SELECT old_value FROM object_changes WHERE object_id = ? AND field = 'name' AND ledger_seq > ? "
                 "ORDER BY ledger_seq, id LIMIT 1") {
    if (sources_.plan == nullptr) throw std::logic_error("disclosure: no plan given");
  }

  DisclosureRow build(const ResultFacts& f, int seq, const std::string& published_on) {
    DisclosureRow row;
    row.seq = seq;
    row.name = object_name(f.code);
    row.code = f.code;
    row.items = item_names(f.task_id);
    row.authority = sources_.plan->authority;
    row.mode = mode_wording(f.mode);
    row.inspected_on = f.inspected_on;
    row.outcome = sources_.outcome_wording ? sources_.outcome_wording(f.outcome) : f.outcome;
    row.handling = handling_text(f.findings, f.transfer_to);
    row.published_on = published_on;
    return row;
  }

 private:
  std::string object_name(const std::string& code) {
    name_.reset();
    name_.bind(1, code);
    if (!name_.executeStep()) return "";  // a task always names a directory object; keep going if not
    const std::int64_t id = name_.getColumn(0).getInt64();
    std::string name = name_.getColumn(1).getString();
    if (as_of_seq_ > 0) {
      renamed_.reset();
      renamed_.bind(1, id);
      renamed_.bind(2, as_of_seq_);
      if (renamed_.executeStep() && !renamed_.getColumn(0).isNull()) name = renamed_.getColumn(0).getString();
    }
    return name;
  }

  std::string item_names(const std::string& task_id) {
    items_.reset();
    items_.bind(1, task_id);
    std::string out;
    while (items_.executeStep()) {
      const int seq = items_.getColumn(0).getInt();
      std::string name = fmt::format("第{}项", seq);  // an item the plan lacks: still say which
      for (const auto& item : sources_.plan->items) {
        if (item.seq == seq) name = item.name;
      }
      out += (out.empty() ? "" : "；") + name;
    }
    return out;
  }

  const DisclosureSources& sources_;
  std::int64_t as_of_seq_;
  SQLite::Statement items_;
  SQLite::Statement name_;
  SQLite::Statement renamed_;
};

PublicationInfo read_publication(SQLite::Statement& q) {
  PublicationInfo p;
  p.id = q.getColumn(0).getInt64();
  p.year = q.getColumn(1).getInt();
  const auto d = Date::parse(q.getColumn(2).getString());
  if (d) p.published_on = *d;
  p.ledger_seq = q.getColumn(3).getInt64();
  p.rows = q.getColumn(4).getInt64();
  return p;
}

constexpr const char* publication_query =
    "SELECT p.id, p.year, p.published_on, p.ledger_seq, "
    "(SELECT count(*) FROM published_results pr WHERE pr.publication_id = p.id) FROM publications p ";

}  // namespace

std::string mode_wording(const std::string& mode) {
  if (mode == "onsite") return "现场检查";
  if (mode == "remote") return "非现场检查";
  return mode;
}

std::string handling_text(const std::string& findings, const std::string& transfer_to) {
  std::string out = findings;
  if (!transfer_to.empty()) out += (out.empty() ? "" : "；") + std::string("已移交") + transfer_to;
  return out.empty() ? "—" : out;
}

Batch pending_batch(SQLite::Database& db, int year, Date published_on, const DisclosureSources& sources) {
  Batch batch;
  batch.year = year;
  batch.published_on = published_on;
  batch.authority = sources.plan != nullptr ? sources.plan->authority : "";
  SQLite::Statement q(db, fmt::format("SELECT {} FROM results r JOIN tasks t ON t.id = r.task_id "
                                      "WHERE t.year = ? AND r.superseded_by IS NULL AND r.confidential = '' "
                                      "AND NOT EXISTS (SELECT 1 FROM published_results pr WHERE pr.result_id = r.id) "
                                      "AND r.inspected_on <= ?2 AND r.recorded_on <= ?2 "
                                      "ORDER BY r.inspected_on, r.task_id",
                                      result_columns));
  q.bind(1, year);
  q.bind(2, published_on.to_string());
  std::vector<ResultFacts> facts;
  while (q.executeStep()) facts.push_back(read_result(q));
  RecordBuilder builder(db, sources, 0);
  const std::string on = published_on.to_string();
  for (const auto& f : facts) {
    batch.rows.push_back(builder.build(f, static_cast<int>(batch.rows.size()) + 1, on));
    batch.result_ids.push_back(f.id);
  }
  return batch;
}

void mark_published(WriteSession& session, Batch& batch) {
  if (batch.id != 0) throw std::logic_error("mark_published: the batch is already stored");
  if (batch.rows.empty()) throw std::logic_error("mark_published: an empty batch");
  SQLite::Database& db = session.db();
  SQLite::Statement pub(db, "INSERT INTO publications (year, published_on, ledger_seq) VALUES (?, ?, ?)");
  pub.bind(1, batch.year);
  pub.bind(2, batch.published_on.to_string());
  pub.bind(3, session.ledger_seq());
  pub.exec();
  batch.id = db.getLastInsertRowid();
  batch.ledger_seq = session.ledger_seq();
  session.digests().written("publications", batch.id);
  SQLite::Statement row(db, "INSERT INTO published_results (publication_id, result_id, row_no) VALUES (?, ?, ?)");
  for (std::size_t i = 0; i < batch.result_ids.size(); ++i) {
    row.reset();
    row.bind(1, batch.id);
    row.bind(2, batch.result_ids[i]);
    row.bind(3, batch.rows[i].seq);
    row.exec();  // the UNIQUE result_id refuses a result published twice
    session.digests().written("published_results", db.getLastInsertRowid());
  }
}

std::optional<PublicationInfo> find_publication(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement q(db, std::string(publication_query) + "WHERE p.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read_publication(q);
}

std::vector<PublicationInfo> list_publications(SQLite::Database& db, int year) {
  SQLite::Statement q(db, std::string(publication_query) + "WHERE p.year = ? ORDER BY p.id");
  q.bind(1, year);
  std::vector<PublicationInfo> out;
  while (q.executeStep()) out.push_back(read_publication(q));
  return out;
}

std::optional<PublishedFile> published_file(SQLite::Database& db, const PublicationInfo& info) {
  std::string text;
  for (const auto& entry : read_ledger(db)) {
    if (entry.seq == info.ledger_seq) text = entry.summary;
  }
  const auto summary = nlohmann::json::parse(text, nullptr, false);
  if (!summary.is_object() || !summary.contains("sha256") || !summary.contains("format")) return std::nullopt;
  if (summary.value("batch", std::int64_t{0}) != info.id) return std::nullopt;
  PublishedFile f;
  f.format = summary.value("format", "");
  f.file = summary.value("file", "");
  f.sha256 = summary.value("sha256", "");
  return f;
}

Batch stored_batch(SQLite::Database& db, std::int64_t id, const DisclosureSources& sources) {
  const auto info = find_publication(db, id);
  if (!info) throw InputError(fmt::format("there is no published batch {}", id));
  Batch batch;
  batch.id = info->id;
  batch.year = info->year;
  batch.published_on = info->published_on;
  batch.ledger_seq = info->ledger_seq;
  batch.authority = sources.plan != nullptr ? sources.plan->authority : "";
  SQLite::Statement q(db, fmt::format("SELECT {}, pr.row_no FROM published_results pr "
                                      "JOIN results r ON r.id = pr.result_id JOIN tasks t ON t.id = r.task_id "
                                      "WHERE pr.publication_id = ? ORDER BY pr.row_no",
                                      result_columns));
  q.bind(1, id);
  std::vector<std::pair<ResultFacts, int>> facts;
  while (q.executeStep()) facts.emplace_back(read_result(q), q.getColumn(8).getInt());
  RecordBuilder builder(db, sources, info->ledger_seq);
  const std::string on = info->published_on.to_string();
  for (const auto& [f, row_no] : facts) {
    batch.rows.push_back(builder.build(f, row_no, on));
    batch.result_ids.push_back(f.id);
  }
  return batch;
}

}  // namespace sjsj
