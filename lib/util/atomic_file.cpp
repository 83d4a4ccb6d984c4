#include "lib/util/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "lib/util/error.hpp"

namespace sjsj {
namespace {

std::string os_error(int err) { return std::strerror(err); }

void close_quietly(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

}  // namespace

std::string folder_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  const auto slash = path_.find_last_of('/');
  const std::string name = slash == std::string::npos ? path_ : path_.substr(slash + 1);
  if (name.empty()) throw EnvironmentError(fmt::format("{}: not a file name", path_));
  const std::string prefix = slash == std::string::npos ? std::string() : path_.substr(0, slash + 1);
  const long pid = static_cast<long>(::getpid());
  // Numbered names with O_EXCL rather than mkstemp: mkstemp creates files as 0600, and a published
  // file must get the usual permissions. A stale temporary file of a crashed run is skipped.
  for (int n = 0; n < 1000; ++n) {
    std::string candidate = fmt::format("{}.{}.{}-{}.tmp", prefix, name, pid, n);
    const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      fd_ = fd;
      temp_path_ = std::move(candidate);
      return;
    }
    if (errno != EEXIST) {
      const int err = errno;
      if (err == ENOENT || err == ENOTDIR) {
        throw EnvironmentError(
            fmt::format("{}: cannot write the file: the folder {} does not exist", path_, folder_of(path_)));
      }
      throw EnvironmentError(fmt::format("{}: cannot write the file: {}", path_, os_error(err)));
    }
  }
  throw EnvironmentError(fmt::format("{}: cannot create a temporary file next to it", path_));
}

AtomicFile::~AtomicFile() {
  close_quietly(fd_);
  if (!committed_ && !temp_path_.empty()) ::unlink(temp_path_.c_str());
}

void AtomicFile::write(std::string_view bytes) {
  if (fd_ < 0 || committed_) throw EnvironmentError(fmt::format("{}: the file is already closed", path_));
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw EnvironmentError(fmt::format("{}: cannot write the file: {}", path_, os_error(errno)));
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

void AtomicFile::commit() {
  if (committed_) return;
  if (fd_ < 0) throw EnvironmentError(fmt::format("{}: the file is already closed", path_));
  // fsync is per file, so it also flushes bytes that an external writer put into temp_path().
  if (::fsync(fd_) != 0) throw EnvironmentError(fmt::format("{}: cannot write the file: {}", path_, os_error(errno)));
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) throw EnvironmentError(fmt::format("{}: cannot write the file: {}", path_, os_error(errno)));
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    throw EnvironmentError(fmt::format("{}: cannot rename the finished file into place: {}", path_, os_error(errno)));
  }
  committed_ = true;
  // Make the rename itself durable. Failing here is not reported: the file is complete and named.
  const int dir = ::open(folder_of(path_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

}  // namespace sjsj
