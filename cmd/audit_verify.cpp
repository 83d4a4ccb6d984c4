// audit verify: the ledger's hash chain, every table against the ledger, and SQLite's own check.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "cmd/command.hpp"
#include "lib/store/ledger.hpp"

namespace sjsj::cli {

void add_audit_verify_commands(CLI::App& root, CommandTable& table) {
  auto* audit = command_group(root, "audit", "checks for the bureau and outside auditors");
  auto format = std::make_shared<std::string>();
  auto* cmd = audit->add_subcommand("verify", "recompute the ledger's hash chain and table digests; run SQLite's integrity check");
  add_format_option(cmd, *format, {Format::table, Format::csv, Format::json});
  table.add(cmd, "audit verify", Needs::read, [format](Context& ctx) {
    auto& db = ctx.store->db();
    const LedgerVerification v = verify_ledger(db);
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
      ctx.check_message = fmt::format("audit verify found {} problem{}; first: {}{}", r.rows.size(), r.rows.size() == 1 ? "" : "s",
                                      first[1].is_null() ? "" : fmt::format("entry {}: ", first[1].get<std::int64_t>()),
                                      first[3].get<std::string>());
    }
  });
}

}  // namespace sjsj::cli
