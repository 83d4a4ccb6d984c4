// AtomicFile: a file appears whole on commit, or not at all.
#include "lib/util/atomic_file.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "lib/util/error.hpp"
#include "tests/unit/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("atomic file: commit renames the temporary file onto the target") {
  sjsj::test::TempDir tmp;
  const fs::path target = tmp.dir / "out.csv";
  {
    sjsj::AtomicFile f(target.string());
    CHECK(fs::path(f.temp_path()).parent_path() == tmp.dir);
    CHECK(fs::exists(f.temp_path()));
    CHECK_FALSE(fs::exists(target));
    f.write("a,b\n");
    f.write("1,2\n");
    f.commit();
    CHECK(f.committed());
    CHECK_FALSE(fs::exists(f.temp_path()));
  }
  CHECK(slurp(target) == "a,b\n1,2\n");
  CHECK(tmp.entries() == 1);
}

TEST_CASE("atomic file: destruction without commit leaves nothing, and an existing file as it was") {
  sjsj::test::TempDir tmp;
  const fs::path target = tmp.dir / "out.csv";
  {
    sjsj::AtomicFile f(target.string());
    f.write("half a file");
  }
  CHECK(tmp.entries() == 0);

  std::ofstream(target) << "the old batch\n";
  {
    sjsj::AtomicFile f(target.string());
    f.write("never committed");
  }
  CHECK(slurp(target) == "the old batch\n");
  CHECK(tmp.entries() == 1);
  {
    sjsj::AtomicFile f(target.string());
    f.write("the new batch\n");
    f.commit();
  }
  CHECK(slurp(target) == "the new batch\n");
  CHECK(tmp.entries() == 1);
}

TEST_CASE("atomic file: an external writer may rewrite the temporary file before commit") {
  sjsj::test::TempDir tmp;
  const fs::path target = tmp.dir / "book.xlsx";
  sjsj::AtomicFile f(target.string());
  std::ofstream(f.temp_path(), std::ios::binary | std::ios::trunc) << "PK...";
  f.commit();
  CHECK(slurp(target) == "PK...");
}

TEST_CASE("atomic file: a missing folder fails at once, naming it, and creates nothing") {
  sjsj::test::TempDir tmp;
  const fs::path target = tmp.dir / "missing" / "out.csv";
  try {
    sjsj::AtomicFile f(target.string());
    FAIL("expected an EnvironmentError");
  } catch (const sjsj::EnvironmentError& e) {
    CHECK(std::string(e.what()).find("does not exist") != std::string::npos);
  }
  CHECK(tmp.entries() == 0);
}

TEST_CASE("atomic file: a failed rename throws and removes the temporary file") {
  sjsj::test::TempDir tmp;
  const fs::path target = tmp.dir / "taken";
  fs::create_directories(target / "inside");  // a non-empty folder cannot be replaced by a file
  {
    sjsj::AtomicFile f(target.string());
    f.write("x");
    CHECK_THROWS_AS(f.commit(), sjsj::EnvironmentError);
    CHECK_FALSE(f.committed());
  }
  CHECK(tmp.entries() == 1);
  CHECK(fs::is_directory(target));
}

TEST_CASE("atomic file: folder_of") {
  CHECK(sjsj::folder_of("out.csv") == ".");
  CHECK(sjsj::folder_of("a/b/out.csv") == "a/b");
  CHECK(sjsj::folder_of("/out.csv") == "/");
}
