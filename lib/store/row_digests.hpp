#pragma once
// Multiset digests of table contents, kept up to date incrementally by every write.
//
// The digest of a table is the sum modulo 2^256 of SHA-256 over each row's canonical encoding
// (table name, rowid, then every column with its SQLite type). Adding or removing a row adds or
// subtracts its hash, so a command updates the digest in O(rows it writes), while `audit verify`
// recomputes it from scratch. Every ledger entry stores the digests after its command: a row
// edited behind the tool's back no longer sums to the recorded value.
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

namespace sjsj {

using TableDigest = std::array<std::uint8_t, 32>;

// The tables whose content the ledger commits to.
const std::vector<std::string>& ledger_tables();

std::string digest_to_hex(const TableDigest& d);
TableDigest digest_from_hex(std::string_view hex);  // all-zero for an empty or malformed text

// The full digest of a table, by scanning every row.
TableDigest scan_table_digest(SQLite::Database& db, const std::string& table);

class RowDigests {
 public:
  // Starts from the digests recorded by the latest ledger entry.
  RowDigests(SQLite::Database& db, std::map<std::string, TableDigest> start);
  ~RowDigests();

  // Call after inserting or updating a row: adds its current content.
  void written(const std::string& table, std::int64_t rowid);
  // Call before updating or deleting a row: removes its current content.
  void removed(const std::string& table, std::int64_t rowid);

  const std::map<std::string, TableDigest>& current() const { return digests_; }

 private:
  TableDigest row_hash(const std::string& table, std::int64_t rowid);
  SQLite::Database& db_;
  std::map<std::string, TableDigest> digests_;
  std::map<std::string, std::unique_ptr<SQLite::Statement>> row_queries_;
};

}  // namespace sjsj
