#include "lib/store/row_digests.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <stdexcept>

#include "lib/util/sha256.hpp"

namespace sjsj {

const std::vector<std::string>& ledger_tables() {
  static const std::vector<std::string> tables = {"objects",
                                                  "object_changes",
                                                  "staff",
                                                  "staff_changes",
                                                  "plans",
                                                  "seed_commitments",
                                                  "draws",
                                                  "draw_pools",
                                                  "draw_picks",
                                                  "tasks",
                                                  "task_picks",
                                                  "assignments",
                                                  "assignment_members",
                                                  "results",
                                                  "publications",
                                                  "published_results",
                                                  "calendar_years",
                                                  "assignment_inputs",
                                                  "assignment_runs"};
  return tables;
}

std::string digest_to_hex(const TableDigest& d) {
  return to_hex(std::string_view(reinterpret_cast<const char*>(d.data()), d.size()));
}

TableDigest digest_from_hex(std::string_view hex) {
  TableDigest d{};
  if (hex.size() != 64) return d;
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < 32; ++i) {
    const int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return TableDigest{};
    d[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return d;
}

namespace {

// a += b (mod 2^256), big-endian byte order.
void add_into(TableDigest& a, const TableDigest& b) {
  unsigned carry = 0;
  for (std::size_t i = a.size(); i-- > 0;) {
    const unsigned s = unsigned{a[i]} + unsigned{b[i]} + carry;
    a[i] = static_cast<std::uint8_t>(s & 0xff);
    carry = s >> 8;
  }
}

// a -= b (mod 2^256).
void subtract_from(TableDigest& a, const TableDigest& b) {
  int borrow = 0;
  for (std::size_t i = a.size(); i-- > 0;) {
    int s = int{a[i]} - int{b[i]} - borrow;
    borrow = s < 0 ? 1 : 0;
    if (s < 0) s += 256;
    a[i] = static_cast<std::uint8_t>(s);
  }
}

// The canonical encoding of one row: table, then per column a type tag, the byte length and the
// bytes. Integers are their decimal text; reals are their shortest round-trip text.
TableDigest hash_current_row(const std::string& table, SQLite::Statement& row) {
  Sha256 h;
  h.update(table).update(std::string_view("\0", 1));
  const int n = row.getColumnCount();
  for (int i = 0; i < n; ++i) {
    const SQLite::Column col = row.getColumn(i);
    char tag = 'N';
    std::string_view bytes;
    std::string number;
    if (col.isInteger()) {
      tag = 'I';
      number = std::to_string(col.getInt64());
      bytes = number;
    } else if (col.isFloat()) {
      tag = 'R';
      number = fmt::format("{}", col.getDouble());
      bytes = number;
    } else if (col.isText()) {
      tag = 'T';
      bytes = std::string_view(col.getText(), static_cast<std::size_t>(col.getBytes()));
    } else if (col.isBlob()) {
      tag = 'B';
      bytes = std::string_view(static_cast<const char*>(col.getBlob()), static_cast<std::size_t>(col.getBytes()));
    }
    const std::string header = fmt::format("{}{}:", tag, bytes.size());
    h.update(header).update(bytes);
  }
  const Digest d = h.finish();
  TableDigest out{};
  std::copy(d.begin(), d.end(), out.begin());
  return out;
}

}  // namespace

TableDigest scan_table_digest(SQLite::Database& db, const std::string& table) {
  SQLite::Statement all(db, "SELECT rowid, * FROM " + table);
  TableDigest sum{};
  while (all.executeStep()) add_into(sum, hash_current_row(table, all));
  return sum;
}

RowDigests::RowDigests(SQLite::Database& db, std::map<std::string, TableDigest> start)
    : db_(db), digests_(std::move(start)) {}

RowDigests::~RowDigests() = default;

TableDigest RowDigests::row_hash(const std::string& table, std::int64_t rowid) {
  auto& query = row_queries_[table];
  if (!query) {
    query = std::make_unique<SQLite::Statement>(db_, "SELECT rowid, * FROM " + table + " WHERE rowid = ?");
  }
  query->reset();
  query->bind(1, static_cast<std::int64_t>(rowid));
  if (!query->executeStep()) {
    throw std::logic_error("row digest: no row " + std::to_string(rowid) + " in " + table);
  }
  return hash_current_row(table, *query);
}

void RowDigests::written(const std::string& table, std::int64_t rowid) {
  add_into(digests_[table], row_hash(table, rowid));
}

void RowDigests::removed(const std::string& table, std::int64_t rowid) {
  subtract_from(digests_[table], row_hash(table, rowid));
}

}  // namespace sjsj
