#pragma once
// SHA-256 through OpenSSL's libcrypto. Digests are returned as lowercase hex unless stated.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace sjsj {

using Digest = std::array<std::uint8_t, 32>;

// Incremental hasher: feed bytes, then finish once. Not copyable.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  Sha256& update(std::string_view bytes);
  Digest finish();
  std::string finish_hex();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

Digest sha256(std::string_view bytes);
std::string sha256_hex(std::string_view bytes);
std::string to_hex(const Digest& digest);
std::string to_hex(std::string_view bytes);

// n bytes from the operating system's random source (OpenSSL RAND_bytes), as lowercase hex.
// Throws std::runtime_error if the source fails.
std::string random_hex(std::size_t n_bytes);

}  // namespace sjsj
