#include "lib/draw/seed_commitment.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/error.hpp"
#include "lib/util/sha256.hpp"

namespace sjsj {
namespace {
const char* purpose_text(SeedPurpose p) { return p == SeedPurpose::draw ? "draw" : "assign"; }
}  // namespace

SeedCommitment commit_seed(WriteSession& session, int year, SeedPurpose purpose, std::string_view seed,
                           const std::string& committed_at) {
  auto& db = session.db();
  SQLite::Statement old(db, "SELECT id FROM seed_commitments WHERE year = ? AND purpose = ?");
  old.bind(1, year);
  old.bind(2, purpose_text(purpose));
  if (old.executeStep()) {
    const std::int64_t id = old.getColumn(0).getInt64();
    session.digests().removed("seed_commitments", id);
    SQLite::Statement del(db, "DELETE FROM seed_commitments WHERE id = ?");
    del.bind(1, id);
    del.exec();
  }
  SeedCommitment c{year, purpose, sha256_hex(seed), committed_at};
  SQLite::Statement ins(db,
                        "INSERT INTO seed_commitments (year, purpose, seed_sha256, committed_at, ledger_seq) "
                        "VALUES (?, ?, ?, ?, ?)");
  ins.bind(1, year);
  ins.bind(2, purpose_text(purpose));
  ins.bind(3, c.seed_sha256);
  ins.bind(4, committed_at);
  ins.bind(5, session.ledger_seq());
  ins.exec();
  session.digests().written("seed_commitments", db.getLastInsertRowid());
  return c;
}

std::optional<SeedCommitment> find_seed_commitment(SQLite::Database& db, int year, SeedPurpose purpose) {
  SQLite::Statement q(db, "SELECT seed_sha256, committed_at FROM seed_commitments WHERE year = ? AND purpose = ?");
  q.bind(1, year);
  q.bind(2, purpose_text(purpose));
  if (!q.executeStep()) return std::nullopt;
  return SeedCommitment{year, purpose, q.getColumn(0).getString(), q.getColumn(1).getString()};
}

void check_seed_commitment(SQLite::Database& db, int year, SeedPurpose purpose, std::string_view seed) {
  const auto c = find_seed_commitment(db, year, purpose);
  if (c && c->seed_sha256 != sha256_hex(seed)) {
    throw InputError(
        fmt::format("the seed does not match the {} commitment for {} published at {} (SHA-256 {}); the seed given "
                    "hashes to {}",
                    purpose_text(purpose), year, c->committed_at, c->seed_sha256, sha256_hex(seed)));
  }
}

}  // namespace sjsj
