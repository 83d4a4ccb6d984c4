#pragma once
// A fresh folder for one test under the system's temporary directory, removed with everything in
// it when the test ends. `file` is a database path inside it, for tests that open a Store.
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <iterator>
#include <system_error>

namespace sjsj::test {

struct TempDir {
  std::filesystem::path dir;
  std::filesystem::path file;

  TempDir() {
    static std::atomic<int> counter{0};
    dir = std::filesystem::temp_directory_path() / fmt::format("sjsj-test-{}-{}", ::getpid(), ++counter);
    std::filesystem::create_directories(dir);
    file = dir / "t.db";
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // How many entries the folder holds (files a test left, or failed to leave).
  std::size_t entries() const {
    return static_cast<std::size_t>(
        std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()));
  }
};

}  // namespace sjsj::test
