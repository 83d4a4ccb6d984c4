// sjsj: the command-line front end. Parses, sets up what the command declared it needs, runs it,
// and maps every error to one message on stderr and one exit code.
#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cmd/command.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {
namespace {

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::string(v) : fallback;
}

std::string utc_now() {
  const auto now = std::chrono::system_clock::now();
  const auto secs = std::chrono::floor<std::chrono::seconds>(now);
  const auto days = std::chrono::floor<std::chrono::days>(secs);
  const std::chrono::hh_mm_ss hms{secs - days};
  const Date d = Date::from_days(days.time_since_epoch().count());
  return fmt::format("{}T{:02}:{:02}:{:02}Z", d.to_string(), hms.hours().count(), hms.minutes().count(),
                     hms.seconds().count());
}

// The bureau works in China Standard Time (UTC+8, no daylight saving).
Date china_today() {
  const auto now = std::chrono::system_clock::now() + std::chrono::hours(8);
  return Date::from_days(std::chrono::floor<std::chrono::days>(now).time_since_epoch().count());
}

void print_error(const std::string& message) {
  std::fflush(stdout);
  std::fprintf(stderr, "sjsj: error: %s\n", message.c_str());
}

int run(int argc, char** argv) {
  CLI::App app{"sjsj: 双随机、一公开 supervision — random inspections, recorded and published on time"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "sjsj 0.1.0");
  std::string db_path = env_or("SJSJ_DB", "sjsj.db");
  std::string today_text = env_or("SJSJ_TODAY", "");
  app.add_option("--db", db_path, "database file (default $SJSJ_DB, else ./sjsj.db)");
  app.add_option("--today", today_text,
                 "the date taken as today, YYYY-MM-DD (default $SJSJ_TODAY, else the date in China)");

  CommandTable table;
  add_import_commands(app, table);
  add_directory_commands(app, table);
  add_plan_commands(app, table);
  add_assign_commands(app, table);
  add_draw_commands(app, table);
  add_task_commands(app, table);
  add_audit_replay_commands(app, table);
  add_audit_verify_commands(app, table);
  add_record_commands(app, table);
  add_calendar_commands(app, table);
  add_audit_overdue_commands(app, table);
  add_publish_commands(app, table);
  add_audit_report_commands(app, table);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : static_cast<int>(ExitCode::usage);
  }

  const Command* command = nullptr;
  for (const auto& c : table.commands()) {
    if (c.app->parsed()) command = &c;  // the deepest parsed subcommand is registered last
  }
  if (command == nullptr) {
    // A command group (e.g. "sjsj draw") given without its subcommand.
    for (auto* sub : app.get_subcommands()) {
      print_error(fmt::format("{} needs a subcommand; see sjsj {} --help", sub->get_name(), sub->get_name()));
    }
    return static_cast<int>(ExitCode::usage);
  }

  Context ctx;
  ctx.db_path = db_path;
  ctx.now_utc = utc_now();
  if (today_text.empty()) {
    ctx.today = china_today();
  } else if (auto d = Date::parse(today_text)) {
    ctx.today = *d;
  } else {
    throw UsageError(fmt::format("--today (or $SJSJ_TODAY): \"{}\" is not a date as YYYY-MM-DD", today_text));
  }

  std::unique_ptr<Store> store;
  std::unique_ptr<WriteSession> session;
  if (command->needs != Needs::nothing) {
    store = std::make_unique<Store>(
        db_path, command->needs == Needs::write ? Store::Access::read_write : Store::Access::read_only);
    ctx.store = store.get();
  }
  if (command->needs == Needs::write) {
    session = std::make_unique<WriteSession>(*store);
    ctx.session = session.get();
  }
  command->run(ctx);
  if (session) {
    if (ctx.commit)
      session->commit(command->name, ctx.summary, ctx.now_utc);
    else
      session->rollback();
  }
  for (const auto& w : ctx.warnings) std::fprintf(stderr, "sjsj: warning: %s\n", w.c_str());
  const std::string out = ctx.out.str();
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    throw EnvironmentError("cannot write the output (standard output failed)");
  }
  if (ctx.check_failed) {
    print_error(ctx.check_message);
    return static_cast<int>(ExitCode::check_failed);
  }
  return 0;
}

}  // namespace
}  // namespace sjsj::cli

int main(int argc, char** argv) {
  using sjsj::ExitCode;
  try {
    return sjsj::cli::run(argc, argv);
  } catch (const sjsj::Error& e) {
    sjsj::cli::print_error(e.what());
    return static_cast<int>(e.code());
  } catch (const SQLite::Exception& e) {
    const int code = e.getErrorCode();
    if (code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */) {
      sjsj::cli::print_error(fmt::format("the database is busy (another sjsj is writing); try again: {}", e.what()));
    } else if (code == 10 /* SQLITE_IOERR */ || code == 13 /* SQLITE_FULL */) {
      // A full disk or a file size limit (ulimit -f): SQLite has rolled the transaction back.
      sjsj::cli::print_error(
          fmt::format("cannot write the database (is the disk full?); nothing of this command "
                      "was stored: {}",
                      e.what()));
    } else {
      sjsj::cli::print_error(fmt::format("database: {}", e.what()));
    }
    return static_cast<int>(ExitCode::internal);
  } catch (const std::exception& e) {
    sjsj::cli::print_error(e.what());
    return static_cast<int>(ExitCode::internal);
  }
}
