#pragma once
// The command table: each cmd/<name>.cpp registers its subcommand here with the setup it needs;
// main() parses, opens the database and the write session once, runs the command, commits, and
// only then writes the command's output (so nothing is reported that was not stored).
#include <functional>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "lib/store/store.hpp"
#include "lib/util/date.hpp"
#include "lib/util/report.hpp"

namespace sjsj::cli {

enum class Needs {
  nothing,  // no database (audit replay with --pool, calendar check)
  read,     // reads the database
  write,    // one write transaction and one ledger entry
};

struct Context {
  std::string db_path;                // --db, for commands that open the database only in some modes
  Date today;                         // --today, $SJSJ_TODAY, else the real date in China (UTC+8)
  std::string now_utc;                // the real clock, for the ledger
  Store* store = nullptr;             // set for read and write commands
  WriteSession* session = nullptr;    // set for write commands
  std::ostringstream out;             // written to stdout after a successful commit
  std::vector<std::string> warnings;  // printed to stderr as "sjsj: warning: ..."
  // Write commands fill these; main() commits unless commit is false (dry runs).
  nlohmann::json summary = nlohmann::json::object();
  bool commit = true;
  // A check that found problems sets this (exit 3) after writing its report.
  bool check_failed = false;
  std::string check_message;
};

struct Command {
  CLI::App* app = nullptr;
  std::string name;  // "draw run": the ledger's command name
  Needs needs = Needs::read;
  std::function<void(Context&)> run;
};

class CommandTable {
 public:
  void add(CLI::App* app, std::string name, Needs needs, std::function<void(Context&)> run) {
    commands_.push_back({app, std::move(name), needs, std::move(run)});
  }
  const std::vector<Command>& commands() const { return commands_; }

 private:
  std::vector<Command> commands_;
};

// The subcommand group `name` of root (e.g. "audit"), created on first use, so several files can
// add subcommands to one group.
CLI::App* command_group(CLI::App& root, const std::string& name, const std::string& about);

// Adds --format with the allowed values; the default is the first.
CLI::Option* add_format_option(CLI::App* app, std::string& target, const std::vector<Format>& allowed);

// Adds --encoding (auto, utf-8, gb18030).
CLI::Option* add_encoding_option(CLI::App* app, std::string& target);

// Renders a report into the context's output.
void print_report(Context& ctx, const Report& report, const std::string& format);

// Seeds: --seed TEXT | --seed-file FILE | --random-seed, shared by draw and assign.
struct SeedOptions {
  std::string text;
  bool text_given = false;
  std::string file;
  bool random = false;
};
void add_seed_options(CLI::App* app, SeedOptions& seed, bool required = true);
// The seed text the options give (reads the file; draws 256 random bits), or nullopt when none.
std::optional<std::string> resolve_seed(const SeedOptions& seed);

// Registration functions, one per file in cmd/ (main.cpp calls each once).
void add_import_commands(CLI::App& root, CommandTable& table);         // cmd/import.cpp
void add_directory_commands(CLI::App& root, CommandTable& table);      // cmd/directory.cpp
void add_plan_commands(CLI::App& root, CommandTable& table);           // cmd/plan.cpp
void add_assign_commands(CLI::App& root, CommandTable& table);         // cmd/assign.cpp
void add_draw_commands(CLI::App& root, CommandTable& table);           // cmd/draw.cpp
void add_task_commands(CLI::App& root, CommandTable& table);           // cmd/tasks.cpp
void add_audit_replay_commands(CLI::App& root, CommandTable& table);   // cmd/audit_replay.cpp
void add_audit_verify_commands(CLI::App& root, CommandTable& table);   // cmd/audit_verify.cpp
void add_record_commands(CLI::App& root, CommandTable& table);         // cmd/record.cpp
void add_calendar_commands(CLI::App& root, CommandTable& table);       // cmd/calendar.cpp
void add_audit_overdue_commands(CLI::App& root, CommandTable& table);  // cmd/audit_overdue.cpp
void add_publish_commands(CLI::App& root, CommandTable& table);        // cmd/publish.cpp
void add_audit_report_commands(CLI::App& root, CommandTable& table);   // cmd/audit_report.cpp

}  // namespace sjsj::cli
