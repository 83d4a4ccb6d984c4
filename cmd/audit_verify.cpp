// audit verify: the ledger's hash chain, every table against the ledger, and SQLite's own check.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "cmd/command.hpp"
#include "lib/store/ledger.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {

void add_audit_verify_commands(CLI::App& root, CommandTable& table) {
  auto* audit = command_group(root, "audit", "checks for the bureau and outside auditors");
  auto format = std::make_shared<std::string>();
  auto anchor_texts = std::make_shared<std::vector<std::string>>();
  auto* cmd = audit->add_subcommand(
      "verify", "recompute the ledger's hash chain and table digests; run SQLite's integrity check");
  cmd->add_option("--anchor", *anchor_texts,
                  "SEQ:HASH of an entry kept outside the database (printed by an earlier verify); repeatable");
  add_format_option(cmd, *format, {Format::table, Format::csv, Format::json});
  table.add(cmd, "audit verify", Needs::read, [format, anchor_texts](Context& ctx) {
    std::vector<LedgerAnchor> anchors;
    for (const auto& text : *anchor_texts) {
      const auto a = parse_ledger_anchor(text);
      if (!a)
        throw UsageError(fmt::format("--anchor \"{}\": expected SEQ:HASH, an entry number and 64 hex digits", text));
      anchors.push_back(*a);
    }
    auto& db = ctx.store->db();
    const LedgerVerification v = verify_ledger(db, anchors);
    Report r;
    r.columns = {{"check", "检查项"}, {"entry", "台账序号"}, {"table", "数据表"}, {"finding", "问题"}};
    for (const auto& f : v.findings) {
      r.rows.push_back({"ledger", f.seq ? nlohmann::json(*f.seq) : nlohmann::json(), f.table, f.what});
    }
    SQLite::Statement integrity(db, "PRAGMA integrity_check");
    while (integrity.executeStep()) {
      const std::string line = integrity.getColumn(0).getString();
      if (line != "ok") r.rows.push_back({"integrity_check", nullptr, "", line});
    }
    if (*format == "table") {
      ctx.out << fmt::format("ledger: {} entries; hash chain and table digests {}\nintegrity_check: {}\n", v.entries,
                             v.findings.empty() ? "match" : "DO NOT match",
                             r.rows.size() == v.findings.size() ? "ok" : "FAILED");
      // The chain has no secret: only a copy of the head kept outside the file shows a history
      // rewritten consistently (docs/ledger.md). Printed as the --anchor argument it becomes.
      if (v.head_seq > 0 && v.findings.empty()) {
        ctx.out << fmt::format("ledger head: {}:{} (publish it; audit verify --anchor checks it later)\n", v.head_seq,
                               v.head_hash);
      }
      if (!r.rows.empty()) {
        ctx.out << '\n';
        print_report(ctx, r, *format);
      }
    } else {
      print_report(ctx, r, *format);
    }
    if (!r.rows.empty()) {
      const auto& first = r.rows.front();
      ctx.check_failed = true;
      ctx.check_message =
          fmt::format("audit verify found {} problem{}; first: {}{}", r.rows.size(), r.rows.size() == 1 ? "" : "s",
                      first[1].is_null() ? "" : fmt::format("entry {}: ", first[1].get<std::int64_t>()),
                      first[3].get<std::string>());
    }
  });
}

}  // namespace sjsj::cli
