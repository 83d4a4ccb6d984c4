#pragma once
// An output file that appears whole or not at all: the bytes go to a temporary file in the target's
// folder (so the rename cannot cross file systems), and commit() flushes them to disk and renames
// the temporary file onto the target. Destroying an AtomicFile that was not committed removes the
// temporary file, so an exception anywhere leaves no half-written file behind.
#include <string>
#include <string_view>

namespace sjsj {

class AtomicFile {
 public:
  // Creates the temporary file `<folder>/.<name>.<n>.tmp` next to `path` (n is the first number
  // not taken), with the permissions a new file gets (0666 less the umask). Throws
  // EnvironmentError naming `path` if it cannot be created (a missing folder, no permission).
  explicit AtomicFile(std::string path);
  // Removes the temporary file unless commit() succeeded. Never throws.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  const std::string& path() const { return path_; }
  // The temporary file, for writers that open the file themselves (libxlsxwriter): they may
  // truncate and rewrite it, but must close it before commit().
  const std::string& temp_path() const { return temp_path_; }

  // Appends bytes to the temporary file. Throws EnvironmentError on a failed write (disk full).
  void write(std::string_view bytes);

  // Flushes the temporary file to disk (fsync), renames it onto path() (replacing an existing file
  // atomically) and syncs the folder. Throws EnvironmentError if any step fails; the temporary
  // file is then removed by the destructor and path() is left as it was.
  void commit();

  bool committed() const { return committed_; }

 private:
  std::string path_;
  std::string temp_path_;
  int fd_ = -1;
  bool committed_ = false;
};

// The folder part of a path ("." when it has none), without a trailing slash.
std::string folder_of(const std::string& path);

}  // namespace sjsj
