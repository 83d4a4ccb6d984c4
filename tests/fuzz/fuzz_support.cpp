#include "tests/fuzz/fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <typeinfo>

#include "lib/assignment/assignment_store.hpp"
#include "lib/directory/directory_import.hpp"
#include "lib/draw/draw_store.hpp"
#include "lib/plan/plan_store.hpp"
#include "lib/store/store.hpp"
#include "lib/util/date.hpp"
#include "lib/util/error.hpp"

namespace sjsj::fuzz {
namespace {

const std::string kExample = std::string(SJSJ_SOURCE_DIR) + "/examples/banan-2026/";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "fuzz setup: cannot read %s\n", path.c_str());
    std::abort();
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The steps of tests/e2e/cases/publish.t up to the assignment, through the library.
std::unique_ptr<Store> make_store(Year year) {
  auto store = std::make_unique<Store>(":memory:", Store::Access::read_write);
  const auto step = [&](const char* name, const std::function<void(WriteSession&)>& body) {
    WriteSession session(*store);
    body(session);
    session.commit(name, nlohmann::json::object(), "2026-05-01T00:00:00Z");
  };
  step("import-objects", [](WriteSession& s) {
    std::istringstream in(slurp(kExample + "objects.csv"));
    import_objects(s, in, "objects.csv", {});
  });
  step("import-staff", [](WriteSession& s) {
    std::istringstream in(slurp(kExample + "staff.csv"));
    import_staff(s, in, "staff.csv", {});
  });
  if (year == Year::directories) return store;
  step("plan load", [](WriteSession& s) { load_plan(s, "plan.yaml", slurp(kExample + "plan.yaml")); });
  step("draw run", [](WriteSession& s) {
    run_draws(s, DrawRequest{2026, "draw: 福彩3D 2026-04-30", {}, *Date::parse("2026-05-01")});
  });
  step("assign", [](WriteSession& s) {
    AssignRequest request;
    request.year = 2026;
    request.seed = "assign: 福彩3D 2026-05-01";
    request.on = *Date::parse("2026-05-02");
    request.partial = true;
    run_assignment(s, stored_plans(s.db()), request);
  });
  return store;
}

}  // namespace

Store& example_store(Year year) {
  static std::unique_ptr<Store> stores[2];
  auto& slot = stores[year == Year::directories ? 0 : 1];
  if (!slot) {
    try {
      slot = make_store(year);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "fuzz setup failed: %s\n", e.what());
      std::abort();
    }
  }
  return *slot;
}

void expect_only_sjsj_errors(const char* target, const std::function<void()>& body) {
  try {
    body();
  } catch (const Error&) {
    // The expected refusal of a bad input.
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: an input ended in %s (not an sjsj error): %s\n", target, typeid(e).name(), e.what());
    std::abort();
  }
}

}  // namespace sjsj::fuzz
