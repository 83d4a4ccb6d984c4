#pragma once
// Disclosure (一公开, seed 三(六)): which results are published, in which batch, and the records a
// batch shows. A batch (publications row) lists its results in row order (published_results);
// every record it shows is derived from stored, immutable rows, so an earlier batch can be
// rendered again byte for byte (see docs/disclosure.md for the one exception, task_picks).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lib/plan/plan.hpp"
#include "lib/util/date.hpp"

namespace SQLite {
class Database;
}

namespace sjsj {

class WriteSession;

// One published record, in the official columns' order. Every field is display text.
struct DisclosureRow {
  int seq = 0;               // 序号, 1-based row number within the batch
  std::string name;          // 检查对象名称, as the directory named the object when published
  std::string code;          // 统一社会信用代码
  std::string items;         // 抽查事项: the task's plan item names joined by "；"
  std::string authority;     // 检查实施机关: the plan's authority
  std::string mode;          // 检查方式: 现场检查 or 非现场检查
  std::string inspected_on;  // 检查日期, YYYY-MM-DD
  std::string outcome;       // 检查结果: the outcome's official wording
  std::string handling;      // 处理情况: findings, "已移交<dept>", or "—"
  std::string published_on;  // 公示日期, YYYY-MM-DD

  bool operator==(const DisclosureRow&) const = default;
};

// A batch: stored (id > 0) or about to be stored (id == 0).
struct Batch {
  std::int64_t id = 0;
  int year = 0;
  Date published_on;
  std::int64_t ledger_seq = 0;  // the ledger entry that published it
  std::string authority;        // the plan's authority, for titles
  std::vector<DisclosureRow> rows;
  std::vector<std::int64_t> result_ids;  // results.id of each row, same order
};

// What a record takes from outside the disclosure tables.
struct DisclosureSources {
  const Plan* plan = nullptr;  // the year's plan: item names and the authority
  // The official wording of an outcome key (未发现问题 for no_issue); given a wording, returns it.
  std::function<std::string(const std::string& outcome)> outcome_wording;
};

// 检查方式 of a result mode: onsite -> 现场检查, remote -> 非现场检查 (anything else as is).
std::string mode_wording(const std::string& mode);
// 处理情况: the findings, then "已移交<dept>" when handed over (seed 四(三)), joined by "；";
// "—" when both are empty.
std::string handling_text(const std::string& findings, const std::string& transfer_to);

// The batch that publishing `year` on `published_on` would create: every current
// (superseded_by IS NULL), non-confidential result of the year's tasks that no batch has published
// yet and that was inspected and recorded on or before `published_on`, ordered by inspection date
// then task id, numbered from 1. The object names are those of the
// directory now. Reads only; rows is empty when there is nothing to publish.
Batch pending_batch(SQLite::Database& db, int year, Date published_on, const DisclosureSources& sources);

// Stores `batch` as published by the session's ledger entry: one publications row and one
// published_results row per record (row_no = seq), keeping the row digests right. Sets batch.id
// and batch.ledger_seq. Throws std::logic_error for an empty or already stored batch.
void mark_published(WriteSession& session, Batch& batch);

struct PublicationInfo {
  std::int64_t id = 0;
  int year = 0;
  Date published_on;
  std::int64_t ledger_seq = 0;
  std::int64_t rows = 0;
};

// A stored batch's header, or nullopt when there is no batch `id`.
std::optional<PublicationInfo> find_publication(SQLite::Database& db, std::int64_t id);
// The batches of a year, by id.
std::vector<PublicationInfo> list_publications(SQLite::Database& db, int year);

// The file a batch was first written to, as its ledger entry recorded it; nullopt when the entry
// has no such record (a batch stored by hand).
struct PublishedFile {
  std::string format;
  std::string file;    // the file's name, without its folder
  std::string sha256;  // of the file's bytes
};
std::optional<PublishedFile> published_file(SQLite::Database& db, const PublicationInfo& info);

// A stored batch as it was published: its results in row order, each object named as the
// directory named it at the batch's ledger entry (object_changes undo later renames). Throws
// InputError when there is no batch `id`.
Batch stored_batch(SQLite::Database& db, std::int64_t id, const DisclosureSources& sources);

}  // namespace sjsj
