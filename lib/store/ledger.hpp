#pragma once
// The append-only ledger: one entry per command that changed data, chained by SHA-256.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/store/row_digests.hpp"

namespace SQLite {
class Database;
}

namespace sjsj {

struct LedgerEntry {
  std::int64_t seq = 0;
  std::string at_utc;
  std::string command;
  std::string summary;        // canonical JSON
  std::string table_digests;  // canonical JSON: table -> hex digest after this entry
  std::string prev_hash;      // 64 zeros for the first entry
  std::string hash;
};

// hash = SHA-256 over prev_hash, seq, at_utc, command, summary and table_digests, each followed by
// a NUL byte. docs/ledger.md states it so an auditor can recompute it.
std::string ledger_entry_hash(const LedgerEntry& e);

// The digests recorded by the latest entry (empty map for an empty ledger).
std::map<std::string, TableDigest> latest_table_digests(SQLite::Database& db);

std::vector<LedgerEntry> read_ledger(SQLite::Database& db);

// Appends an entry; the caller holds the write transaction.
void append_ledger_entry(SQLite::Database& db, LedgerEntry entry);

struct LedgerFinding {
  std::optional<std::int64_t> seq;  // the entry concerned, if any
  std::string table;                // the table concerned, if any
  std::string what;
};

struct LedgerVerification {
  std::size_t entries = 0;
  std::int64_t head_seq = 0;            // the latest entry; 0 for an empty ledger
  std::string head_hash;                // its hash, to keep outside the database (docs/ledger.md)
  std::vector<LedgerFinding> findings;  // empty when the chain, every table and every anchor check out
};

// An entry's hash as published or kept outside the database: the chain has no secret, so only an
// outside copy shows a history rewritten consistently from some entry on.
struct LedgerAnchor {
  std::int64_t seq = 0;
  std::string hash;
};

// Parses "SEQ:HASH" (a positive entry number, 64 hex digits); nullopt when it is not of that form.
std::optional<LedgerAnchor> parse_ledger_anchor(std::string_view text);

// Recomputes the hash chain and every table's digest from its rows, and compares them with the
// latest entry; each anchor must name an entry present with exactly that hash. Does not run
// SQLite's integrity check (the audit command does that too).
LedgerVerification verify_ledger(SQLite::Database& db, const std::vector<LedgerAnchor>& anchors = {});

}  // namespace sjsj
