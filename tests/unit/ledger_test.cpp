// The ledger: the hash chain, the table digests, and anchors kept outside the database.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "lib/store/ledger.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "tests/unit/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

// Three commands, each adding one publication row through a write session.
void write_three_entries(sjsj::Store& store) {
  for (int i = 1; i <= 3; ++i) {
    sjsj::WriteSession session(store);
    session.db().exec(
        fmt::format("INSERT INTO publications (year, published_on, ledger_seq) VALUES (2026, '2026-05-{:02}', {})", i,
                    session.ledger_seq()));
    session.digests().written("publications", session.db().getLastInsertRowid());
    session.commit("publish", nlohmann::json{{"batch", i}}, fmt::format("2026-05-{:02}T08:00:00Z", i));
  }
}

// Rewrites the chain from entry `from` on, as someone who knows docs/ledger.md could: recomputes
// each entry's digests from the tables and every hash after it.
void rewrite_history(SQLite::Database& db, std::int64_t from) {
  auto entries = sjsj::read_ledger(db);
  nlohmann::json digests = nlohmann::json::object();
  for (const auto& t : sjsj::ledger_tables()) digests[t] = sjsj::digest_to_hex(sjsj::scan_table_digest(db, t));
  std::string prev = entries[static_cast<std::size_t>(from - 2)].hash;
  for (auto& e : entries) {
    if (e.seq < from) continue;
    e.table_digests = digests.dump();
    e.prev_hash = prev;
    e.hash = sjsj::ledger_entry_hash(e);
    SQLite::Statement u(db, "UPDATE ledger SET table_digests = ?, prev_hash = ?, hash = ? WHERE seq = ?");
    u.bind(1, e.table_digests);
    u.bind(2, e.prev_hash);
    u.bind(3, e.hash);
    u.bind(4, e.seq);
    u.exec();
    prev = e.hash;
  }
}

}  // namespace

TEST_CASE("ledger: a clean chain verifies and reports its head") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  write_three_entries(store);
  const auto v = sjsj::verify_ledger(store.db());
  CHECK(v.findings.empty());
  CHECK(v.entries == 3);
  CHECK(v.head_seq == 3);
  CHECK(v.head_hash == sjsj::read_ledger(store.db()).back().hash);
  CHECK(v.head_hash.size() == 64);
}

TEST_CASE("ledger: a row edited outside sjsj is found in its table") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  write_three_entries(store);
  store.db().exec("UPDATE publications SET published_on = '2026-04-30' WHERE id = 2");
  const auto v = sjsj::verify_ledger(store.db());
  REQUIRE(v.findings.size() == 1);
  CHECK(v.findings[0].table == "publications");
  CHECK(v.findings[0].seq == 3);
}

TEST_CASE("ledger: an entry edited in place breaks the chain") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  write_three_entries(store);
  store.db().exec("UPDATE ledger SET command = 'plan load' WHERE seq = 2");
  const auto v = sjsj::verify_ledger(store.db());
  REQUIRE(v.findings.size() == 1);
  CHECK(v.findings[0].seq == 2);
  CHECK(v.findings[0].what == "the entry's content does not match its hash");
}

TEST_CASE("ledger: a history rewritten consistently is caught only by an anchor") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  write_three_entries(store);
  const auto before = sjsj::verify_ledger(store.db());
  const sjsj::LedgerAnchor head{before.head_seq, before.head_hash};
  const sjsj::LedgerAnchor second{2, sjsj::read_ledger(store.db())[1].hash};

  store.db().exec("UPDATE publications SET published_on = '2026-04-30' WHERE id = 2");
  rewrite_history(store.db(), 2);
  CHECK(sjsj::verify_ledger(store.db()).findings.empty());  // the chain alone cannot tell

  const auto v = sjsj::verify_ledger(store.db(), {head, second});
  REQUIRE(v.findings.size() == 2);
  CHECK(v.findings[0].seq == 3);
  CHECK(v.findings[0].what.find("the history was rewritten") != std::string::npos);
  CHECK(v.findings[1].seq == 2);
  // An anchor before the rewrite still holds.
  const sjsj::LedgerAnchor first{1, sjsj::read_ledger(store.db())[0].hash};
  CHECK(sjsj::verify_ledger(store.db(), {first}).findings.empty());
  // An anchor beyond the ledger's end is a finding too: entries were removed.
  const auto gone = sjsj::verify_ledger(store.db(), {{7, head.hash}});
  REQUIRE(gone.findings.size() == 1);
  CHECK(gone.findings[0].what == "the anchored entry 7 is not in the ledger");
}

TEST_CASE("ledger: anchors parse as SEQ:HASH") {
  const std::string hex(64, 'a');
  const auto a = sjsj::parse_ledger_anchor("35:" + std::string(64, 'A'));
  REQUIRE(a);
  CHECK(a->seq == 35);
  CHECK(a->hash == hex);  // upper case is accepted and normalised
  CHECK_FALSE(sjsj::parse_ledger_anchor(hex));
  CHECK_FALSE(sjsj::parse_ledger_anchor(":" + hex));
  CHECK_FALSE(sjsj::parse_ledger_anchor("0:" + hex));
  CHECK_FALSE(sjsj::parse_ledger_anchor("-1:" + hex));
  CHECK_FALSE(sjsj::parse_ledger_anchor("3:" + hex.substr(1)));
  CHECK_FALSE(sjsj::parse_ledger_anchor("3:" + hex.substr(1) + "g"));
  CHECK_FALSE(sjsj::parse_ledger_anchor("99999999999999999999:" + hex));
}
