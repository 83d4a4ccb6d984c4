#include "lib/store/ledger.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "lib/util/sha256.hpp"

namespace sjsj {

std::string ledger_entry_hash(const LedgerEntry& e) {
  Sha256 h;
  const std::string_view nul("\0", 1);
  const std::string seq = std::to_string(e.seq);
  for (std::string_view part :
       {std::string_view(e.prev_hash), std::string_view(seq), std::string_view(e.at_utc), std::string_view(e.command),
        std::string_view(e.summary), std::string_view(e.table_digests)}) {
    h.update(part).update(nul);
  }
  return h.finish_hex();
}

std::map<std::string, TableDigest> latest_table_digests(SQLite::Database& db) {
  std::map<std::string, TableDigest> out;
  SQLite::Statement q(db, "SELECT table_digests FROM ledger ORDER BY seq DESC LIMIT 1");
  if (q.executeStep()) {
    const auto j = nlohmann::json::parse(q.getColumn(0).getString());
    for (const auto& [table, hex] : j.items()) out[table] = digest_from_hex(hex.get<std::string>());
  }
  return out;
}

std::vector<LedgerEntry> read_ledger(SQLite::Database& db) {
  std::vector<LedgerEntry> out;
  SQLite::Statement q(db,
                      "SELECT seq, at_utc, command, summary, table_digests, prev_hash, hash "
                      "FROM ledger ORDER BY seq");
  while (q.executeStep()) {
    LedgerEntry e;
    e.seq = q.getColumn(0).getInt64();
    e.at_utc = q.getColumn(1).getString();
    e.command = q.getColumn(2).getString();
    e.summary = q.getColumn(3).getString();
    e.table_digests = q.getColumn(4).getString();
    e.prev_hash = q.getColumn(5).getString();
    e.hash = q.getColumn(6).getString();
    out.push_back(std::move(e));
  }
  return out;
}

void append_ledger_entry(SQLite::Database& db, LedgerEntry e) {
  SQLite::Statement last(db, "SELECT hash FROM ledger ORDER BY seq DESC LIMIT 1");
  e.prev_hash = last.executeStep() ? last.getColumn(0).getString() : std::string(64, '0');
  e.hash = ledger_entry_hash(e);
  SQLite::Statement ins(db,
                        "INSERT INTO ledger (seq, at_utc, command, summary, table_digests, "
                        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)");
  ins.bind(1, static_cast<std::int64_t>(e.seq));
  ins.bind(2, e.at_utc);
  ins.bind(3, e.command);
  ins.bind(4, e.summary);
  ins.bind(5, e.table_digests);
  ins.bind(6, e.prev_hash);
  ins.bind(7, e.hash);
  ins.exec();
}

std::optional<LedgerAnchor> parse_ledger_anchor(std::string_view text) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  LedgerAnchor a;
  for (const char c : text.substr(0, colon)) {
    if (c < '0' || c > '9' || a.seq > 1'000'000'000'000) return std::nullopt;
    a.seq = a.seq * 10 + (c - '0');
  }
  if (a.seq == 0) return std::nullopt;
  std::string hash(text.substr(colon + 1));
  if (hash.size() != 64) return std::nullopt;
  for (char& c : hash) {
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
  }
  a.hash = std::move(hash);
  return a;
}

LedgerVerification verify_ledger(SQLite::Database& db, const std::vector<LedgerAnchor>& anchors) {
  LedgerVerification v;
  const auto entries = read_ledger(db);
  v.entries = entries.size();
  if (!entries.empty()) {
    v.head_seq = entries.back().seq;
    v.head_hash = entries.back().hash;
  }
  std::string prev(64, '0');
  std::int64_t expected_seq = 1;
  for (const auto& e : entries) {
    if (e.seq != expected_seq) {
      v.findings.push_back(
          {e.seq, "", fmt::format("entry {} follows {}: an entry is missing", e.seq, expected_seq - 1)});
    }
    if (e.prev_hash != prev) {
      v.findings.push_back({e.seq, "", "prev_hash does not match the hash of the entry before"});
    }
    if (ledger_entry_hash(e) != e.hash) {
      v.findings.push_back({e.seq, "", "the entry's content does not match its hash"});
    }
    prev = e.hash;
    expected_seq = e.seq + 1;
  }
  for (const auto& a : anchors) {
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const LedgerEntry& e) { return e.seq == a.seq; });
    if (it == entries.end()) {
      v.findings.push_back({a.seq, "", fmt::format("the anchored entry {} is not in the ledger", a.seq)});
    } else if (it->hash != a.hash) {
      v.findings.push_back({a.seq, "",
                            fmt::format("entry {} has the hash {}, not the anchored {}: the history was "
                                        "rewritten from this entry or earlier",
                                        a.seq, it->hash, a.hash)});
    }
  }
  std::map<std::string, TableDigest> recorded;
  std::optional<std::int64_t> last_seq;
  if (!entries.empty()) {
    last_seq = entries.back().seq;
    const auto j = nlohmann::json::parse(entries.back().table_digests);
    for (const auto& [table, hex] : j.items()) recorded[table] = digest_from_hex(hex.get<std::string>());
  }
  for (const auto& table : ledger_tables()) {
    const TableDigest actual = scan_table_digest(db, table);
    const auto it = recorded.find(table);
    const TableDigest expected = it == recorded.end() ? TableDigest{} : it->second;
    if (actual != expected) {
      v.findings.push_back(
          {last_seq, table,
           fmt::format("table {} does not match the content recorded by the ledger (changed outside sjsj)", table)});
    }
  }
  return v;
}

}  // namespace sjsj
