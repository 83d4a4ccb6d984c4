#include "lib/directory/directory_import.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <optional>
#include <vector>

#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/csv_reader.hpp"
#include "lib/util/error.hpp"

namespace sjsj {

nlohmann::json ImportSummary::to_json() const {
  return {{"file", file},       {"encoding", encoding},   {"rows", rows},           {"inserted", inserted},
          {"updated", updated}, {"unchanged", unchanged}, {"suspended", suspended}, {"field_changes", field_changes}};
}

namespace {

// The prepared statements of one directory table, built from its dictionary.
struct DirectoryStatements {
  DirectoryStatements(SQLite::Database& db, const Dictionary& dict, const std::string& history_table,
                      const std::string& owner_column) {
    std::string cols, marks, sets;
    for (std::size_t i = 0; i < dict.columns.size(); ++i) {
      cols += (i ? ", " : "") + dict.columns[i].key;
      marks += (i ? ", ?" : "?");
      sets += (i ? ", " : "") + dict.columns[i].key + " = ?";
    }
    find = std::make_unique<SQLite::Statement>(
        db, fmt::format("SELECT id, {} FROM {} WHERE {} = ?", cols, dict.table, dict.key_column));
    insert = std::make_unique<SQLite::Statement>(
        db, fmt::format("INSERT INTO {} ({}, created_seq) VALUES ({}, ?)", dict.table, cols, marks));
    update = std::make_unique<SQLite::Statement>(db, fmt::format("UPDATE {} SET {} WHERE id = ?", dict.table, sets));
    history = std::make_unique<SQLite::Statement>(
        db, fmt::format("INSERT INTO {} ({}, field, old_value, new_value, ledger_seq) VALUES (?, ?, ?, ?, ?)",
                        history_table, owner_column));
    remember =
        std::make_unique<SQLite::Statement>(db, "INSERT OR IGNORE INTO temp.import_seen (key, line) VALUES (?, ?)");
    first_line = std::make_unique<SQLite::Statement>(db, "SELECT line FROM temp.import_seen WHERE key = ?");
  }
  std::unique_ptr<SQLite::Statement> find, insert, update, history, remember, first_line;
};

void bind_value(SQLite::Statement& st, int index, const ColumnSpec& spec, const std::string& value) {
  if (spec.stored_as_integer()) {
    st.bind(index, static_cast<std::int64_t>(std::stoll(value)));
  } else {
    st.bind(index, value);
  }
}

std::string column_text(const SQLite::Column& c) {
  return c.isInteger() ? std::to_string(c.getInt64()) : c.getString();
}

// Extra per-directory checks on a validated row (recusals must name known objects). column_names
// holds, for each dictionary column, its name as the file's header spells it (key or Chinese).
using RowCheck = std::function<void(const std::vector<std::optional<std::string>>&, std::size_t line,
                                    const std::vector<std::string>& column_names, ProblemList&)>;

struct DirectoryTarget {
  const Dictionary& dict;
  std::string history_table;
  std::string owner_column;
  std::string suspended_status;  // what MissingPolicy::suspend sets; empty if unsupported
};

ImportSummary import_directory(WriteSession& session, std::istream& in, const std::string& file,
                               const ImportOptions& options, const DirectoryTarget& target,
                               const RowCheck& extra_check) {
  const Dictionary& dict = target.dict;
  auto& db = session.db();
  // Rows arrive in file order, so the code index and import_seen are updated at random: with
  // SQLite's default 2 MB page cache a large directory costs a read and a write system call per
  // row. 32 MB holds the indexes of a million objects and keeps the import well under 64 MB.
  db.exec("PRAGMA cache_size = -32768");
  db.exec("CREATE TEMP TABLE IF NOT EXISTS import_seen (key TEXT PRIMARY KEY, line INTEGER NOT NULL)");
  db.exec("DELETE FROM temp.import_seen");
  DirectoryStatements st(db, dict, target.history_table, target.owner_column);

  CsvReader reader(in, file, options.encoding);
  ImportSummary summary;
  summary.file = file;
  ProblemList problems;

  CsvRecord header;
  if (!reader.next(header)) throw InputError(file + ": the file is empty (expected a header row)");
  const std::vector<std::size_t> mapping = map_header(dict, header, file, problems);
  problems.throw_if_any();
  summary.encoding = std::string(encoding_name(reader.encoding()));

  const std::size_t key_index = *dict.find(dict.key_column);
  // Which dictionary columns the file carries; absent ones keep their stored value on update.
  std::vector<bool> present(dict.columns.size(), false);
  // Problems name a column as the file's header spells it, so 监管类别 in a Chinese file.
  std::vector<std::string> column_names(dict.columns.size());
  for (std::size_t c = 0; c < dict.columns.size(); ++c) column_names[c] = dict.columns[c].key;
  for (std::size_t i = 0; i < mapping.size(); ++i) {
    present[mapping[i]] = true;
    column_names[mapping[i]] = trim(header.fields[i]);
  }

  CsvRecord record;
  std::vector<std::optional<std::string>> values(dict.columns.size());
  while (reader.next(record)) {
    ++summary.rows;
    if (record.fields.size() != mapping.size()) {
      problems.add({Location{file, record.line, 0, ""}, "",
                    fmt::format("{} fields as in the header (this row has {})", mapping.size(), record.fields.size()),
                    false});
      continue;
    }
    bool row_ok = true;
    for (auto& v : values) v.reset();
    for (std::size_t i = 0; i < mapping.size(); ++i) {
      const ColumnSpec& spec = dict.columns[mapping[i]];
      FieldCheck check = normalise_field(spec, record.fields[i], options.fields);
      if (!check.value) {
        problems.add({Location{file, record.line, 0, column_names[mapping[i]]}, record.fields[i], check.expected});
        row_ok = false;
        continue;
      }
      values[mapping[i]] = std::move(check.value);
    }
    if (!row_ok) continue;
    const std::string& key = *values[key_index];

    st.remember->reset();
    st.remember->bind(1, key);
    st.remember->bind(2, static_cast<std::int64_t>(record.line));
    if (st.remember->exec() == 0) {
      st.first_line->reset();
      st.first_line->bind(1, key);
      st.first_line->executeStep();
      problems.add({Location{file, record.line, 0, column_names[key_index]}, key,
                    fmt::format("a {} used once per file (it is already on line {})", dict.key_column,
                                st.first_line->getColumn(0).getInt64())});
      continue;
    }
    if (extra_check) {
      const std::size_t before = problems.total();
      extra_check(values, record.line, column_names, problems);
      if (problems.total() != before) continue;
    }
    if (!problems.empty()) continue;  // the import will fail: stop writing, keep validating

    st.find->reset();
    st.find->bind(1, key);
    if (!st.find->executeStep()) {
      st.insert->reset();
      for (std::size_t c = 0; c < dict.columns.size(); ++c) {
        const ColumnSpec& spec = dict.columns[c];
        std::string v = values[c] ? *values[c] : normalise_field(spec, "", options.fields).value.value_or("");
        bind_value(*st.insert, static_cast<int>(c + 1), spec, v);
      }
      st.insert->bind(static_cast<int>(dict.columns.size() + 1), session.ledger_seq());
      st.insert->exec();
      session.digests().written(dict.table, db.getLastInsertRowid());
      ++summary.inserted;
      continue;
    }
    const std::int64_t id = st.find->getColumn(0).getInt64();
    std::vector<std::string> stored(dict.columns.size());
    bool changed = false;
    for (std::size_t c = 0; c < dict.columns.size(); ++c) {
      stored[c] = column_text(st.find->getColumn(static_cast<int>(c + 1)));
      if (present[c] && *values[c] != stored[c]) changed = true;
    }
    if (!changed) {
      ++summary.unchanged;
      continue;
    }
    session.digests().removed(dict.table, id);
    st.update->reset();
    for (std::size_t c = 0; c < dict.columns.size(); ++c) {
      const std::string& v = present[c] ? *values[c] : stored[c];
      bind_value(*st.update, static_cast<int>(c + 1), dict.columns[c], v);
      if (v != stored[c]) {
        st.history->reset();
        st.history->bind(1, id);
        st.history->bind(2, dict.columns[c].key);
        st.history->bind(3, stored[c]);
        st.history->bind(4, v);
        st.history->bind(5, session.ledger_seq());
        st.history->exec();
        session.digests().written(target.history_table, db.getLastInsertRowid());
        ++summary.field_changes;
      }
    }
    st.update->bind(static_cast<int>(dict.columns.size() + 1), id);
    st.update->exec();
    session.digests().written(dict.table, id);
    ++summary.updated;
  }
  problems.throw_if_any();

  if (options.missing == MissingPolicy::suspend && !target.suspended_status.empty()) {
    SQLite::Statement missing(db, fmt::format("SELECT id, status FROM {} WHERE status = '正常' AND {} NOT IN "
                                              "(SELECT key FROM temp.import_seen)",
                                              dict.table, dict.key_column));
    std::vector<std::pair<std::int64_t, std::string>> ids;
    while (missing.executeStep()) ids.emplace_back(missing.getColumn(0).getInt64(), missing.getColumn(1).getString());
    SQLite::Statement suspend(db, fmt::format("UPDATE {} SET status = ? WHERE id = ?", dict.table));
    for (const auto& [id, old_status] : ids) {
      session.digests().removed(dict.table, id);
      suspend.reset();
      suspend.bind(1, target.suspended_status);
      suspend.bind(2, id);
      suspend.exec();
      session.digests().written(dict.table, id);
      st.history->reset();
      st.history->bind(1, id);
      st.history->bind(2, "status");
      st.history->bind(3, old_status);
      st.history->bind(4, target.suspended_status);
      st.history->bind(5, session.ledger_seq());
      st.history->exec();
      session.digests().written(target.history_table, db.getLastInsertRowid());
      ++summary.suspended;
      ++summary.field_changes;
    }
  }
  db.exec("DELETE FROM temp.import_seen");
  return summary;
}

}  // namespace

ImportSummary import_objects(WriteSession& session, std::istream& in, const std::string& file,
                             const ImportOptions& options) {
  return import_directory(session, in, file, options, {object_dictionary(), "object_changes", "object_id", "停产"},
                          nullptr);
}

ImportSummary import_staff(WriteSession& session, std::istream& in, const std::string& file,
                           const ImportOptions& options) {
  const Dictionary& dict = staff_dictionary();
  const std::size_t recusal_index = *dict.find("recusals");
  SQLite::Statement known(session.db(), "SELECT 1 FROM objects WHERE code = ?");
  RowCheck check_recusals = [&](const std::vector<std::optional<std::string>>& values, std::size_t line,
                                const std::vector<std::string>& column_names, ProblemList& problems) {
    if (!values[recusal_index]) return;
    for (const auto& code : nlohmann::json::parse(*values[recusal_index])) {
      known.reset();
      known.bind(1, code.get<std::string>());
      if (!known.executeStep()) {
        problems.add({Location{file, line, 0, column_names[recusal_index]}, code.get<std::string>(),
                      "the code of an object in the directory (import objects first)"});
      }
    }
  };
  ImportOptions staff_options = options;
  staff_options.missing = MissingPolicy::keep;
  return import_directory(session, in, file, staff_options, {dict, "staff_changes", "staff_id", ""}, check_recusals);
}

}  // namespace sjsj
