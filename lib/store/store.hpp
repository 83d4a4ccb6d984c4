#pragma once
// The SQLite file behind every command: opening, schema migration, and the write session that
// makes each command one transaction with one ledger entry.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

namespace sjsj {

class RowDigests;

// The schema version this build writes (the number of the last migration in schemas/migrations).
int current_schema_version();

// An open database. Opening creates the file if needed, sets WAL, foreign keys and a busy
// timeout, and migrates an older schema in place inside a transaction. A database whose schema
// is newer than this build is refused (Error with ExitCode::rejected) and left untouched.
class Store {
 public:
  enum class Access { read_only, read_write };
  Store(const std::string& path, Access access);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  SQLite::Database& db() { return *db_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
};

// One command's changes: an IMMEDIATE transaction, the running digests of the tables it touches,
// and the ledger entry it appends at commit. Destroying an uncommitted session rolls everything
// back, so an exception anywhere leaves the database exactly as it was.
class WriteSession {
 public:
  explicit WriteSession(Store& store);
  ~WriteSession();
  WriteSession(const WriteSession&) = delete;
  WriteSession& operator=(const WriteSession&) = delete;

  SQLite::Database& db() { return store_.db(); }
  // The sequence number the ledger entry of this session will carry; rows that record "which
  // command wrote me" store it.
  std::int64_t ledger_seq() const { return ledger_seq_; }
  RowDigests& digests() { return *digests_; }

  // Appends the ledger entry (command, canonical summary, table digests) and commits.
  // at_utc is the real clock's time in ISO 8601, supplied by the caller.
  void commit(const std::string& command, const nlohmann::json& summary, const std::string& at_utc);
  // Rolls back now (dry runs); the session cannot be used afterwards.
  void rollback();

 private:
  Store& store_;
  std::int64_t ledger_seq_ = 0;
  std::unique_ptr<RowDigests> digests_;
  bool open_ = false;
};

}  // namespace sjsj
