#include "lib/store/store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <vector>

#include "lib/store/ledger.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/util/embedded.hpp"
#include "lib/util/error.hpp"

namespace sjsj {
namespace {

struct Migration {
  int version;
  std::string_view sql;
  std::string_view path;
};

// Migrations are the embedded files migrations/NNN_name.sql, applied in order of NNN.
std::vector<Migration> migrations() {
  std::vector<Migration> out;
  for (const auto& f : embedded_files()) {
    constexpr std::string_view prefix = "migrations/";
    if (f.path.substr(0, prefix.size()) != prefix) continue;
    const auto name = f.path.substr(prefix.size());
    int version = 0;
    std::from_chars(name.data(), name.data() + name.size(), version);
    if (version > 0) out.push_back({version, f.content, f.path});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
  return out;
}

constexpr int kBusyTimeoutMs = 30000;

// SQLite by default gives every new page cache a bulk allocation of 20 pages (~90 KB). A CHECK
// (x IN ('a', 'b', 'c')) builds an ephemeral table, with its own page cache, for every row it
// checks, so an import of a million objects allocated, zeroed and (through glibc's heap trimming)
// returned to the kernel some 180 GB: a third of its time (bench/RESULTS.md). Without the bulk
// allocation pages are allocated one by one as they are used. Process-wide, and only possible
// before SQLite initialises; if it has already, nothing changes but speed.
void configure_sqlite_once() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_PAGECACHE, static_cast<void*>(nullptr), 0, 0);
    return true;
  }();
  (void)configured;
}

}  // namespace

int current_schema_version() {
  const auto all = migrations();
  return all.empty() ? 0 : all.back().version;
}

Store::Store(const std::string& path, Access access) : path_(path) {
  configure_sqlite_once();
  const bool exists = std::filesystem::exists(path);
  if (!exists && access == Access::read_only) {
    // Reading an absent database is reading an empty directory: create it so the schema exists.
    access = Access::read_write;
  }
  try {
    db_ = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  } catch (const SQLite::Exception& e) {
    throw EnvironmentError(fmt::format("cannot open database {}: {}", path, e.what()));
  }
  db_->setBusyTimeout(kBusyTimeoutMs);
  int version = 0;
  try {
    version = db_->execAndGet("PRAGMA user_version").getInt();
  } catch (const SQLite::Exception& e) {
    // Not a database (SQLITE_NOTADB), or unreadable: say which file.
    if (e.getErrorCode() == 5 /* SQLITE_BUSY */) throw;
    throw EnvironmentError(fmt::format("cannot open database {}: {}", path, e.what()));
  }
  const int latest = current_schema_version();
  if (version > latest) {
    throw Error(ExitCode::rejected, fmt::format("database {} has schema version {}, newer than this sjsj (version {}); "
                                                "use a newer sjsj",
                                                path, version, latest));
  }
  db_->exec("PRAGMA foreign_keys = ON");
  if (version < latest) {
    db_->exec("PRAGMA journal_mode = WAL");
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    // Another process may have migrated while we waited for the lock.
    const int now = db_->execAndGet("PRAGMA user_version").getInt();
    for (const auto& m : migrations()) {
      if (m.version <= now) continue;
      db_->exec(std::string(m.sql));
      db_->exec(fmt::format("PRAGMA user_version = {}", m.version));
    }
    tx.commit();
  }
}

Store::~Store() = default;

WriteSession::WriteSession(Store& store) : store_(store) {
  store_.db().exec("BEGIN IMMEDIATE");
  open_ = true;
  ledger_seq_ = store_.db().execAndGet("SELECT COALESCE(MAX(seq), 0) + 1 FROM ledger").getInt64();
  digests_ = std::make_unique<RowDigests>(store_.db(), latest_table_digests(store_.db()));
}

WriteSession::~WriteSession() {
  if (open_) {
    try {
      store_.db().exec("ROLLBACK");
    } catch (...) {
      // Nothing more can be done in a destructor; SQLite rolls back on close anyway.
    }
  }
}

void WriteSession::commit(const std::string& command, const nlohmann::json& summary, const std::string& at_utc) {
  nlohmann::json digests = nlohmann::json::object();
  for (const auto& table : ledger_tables()) {
    const auto it = digests_->current().find(table);
    digests[table] = digest_to_hex(it == digests_->current().end() ? TableDigest{} : it->second);
  }
  LedgerEntry e;
  e.seq = ledger_seq_;
  e.at_utc = at_utc;
  e.command = command;
  e.summary = summary.dump();
  e.table_digests = digests.dump();
  append_ledger_entry(store_.db(), std::move(e));
  store_.db().exec("COMMIT");
  open_ = false;
}

void WriteSession::rollback() {
  if (open_) {
    store_.db().exec("ROLLBACK");
    open_ = false;
  }
}

}  // namespace sjsj
