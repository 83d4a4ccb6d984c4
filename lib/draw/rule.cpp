#include "lib/draw/rule.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

#include "lib/util/error.hpp"

namespace sjsj {
namespace {

// Hashes many codes under one seed and label. The prefix seed 0x00 label 0x00 is absorbed once
// and its state copied for every code (EVP_MD_CTX_copy_ex), which skips a fresh EVP init per
// code; see docs/draw.md for the measured cost of a 1,000,000-code pool.
class TicketHasher {
 public:
  TicketHasher(std::string_view seed, std::string_view label) : prefix_(EVP_MD_CTX_new()), work_(EVP_MD_CTX_new()) {
    static constexpr char kSeparator = '\0';
    if (prefix_ == nullptr || work_ == nullptr || EVP_DigestInit_ex(prefix_, EVP_sha256(), nullptr) != 1 ||
        EVP_DigestUpdate(prefix_, seed.data(), seed.size()) != 1 || EVP_DigestUpdate(prefix_, &kSeparator, 1) != 1 ||
        EVP_DigestUpdate(prefix_, label.data(), label.size()) != 1 || EVP_DigestUpdate(prefix_, &kSeparator, 1) != 1) {
      release();
      throw std::runtime_error("cannot initialise SHA-256");
    }
  }
  ~TicketHasher() { release(); }
  TicketHasher(const TicketHasher&) = delete;
  TicketHasher& operator=(const TicketHasher&) = delete;

  Digest ticket(std::string_view code) {
    Digest out{};
    unsigned int len = 0;
    if (EVP_MD_CTX_copy_ex(work_, prefix_) != 1 || EVP_DigestUpdate(work_, code.data(), code.size()) != 1 ||
        EVP_DigestFinal_ex(work_, out.data(), &len) != 1 || len != out.size()) {
      throw std::runtime_error("SHA-256 failed");
    }
    return out;
  }

 private:
  void release() {
    EVP_MD_CTX_free(work_);
    EVP_MD_CTX_free(prefix_);
    work_ = nullptr;
    prefix_ = nullptr;
  }

  EVP_MD_CTX* prefix_;
  EVP_MD_CTX* work_;
};

// rank_pool keeps a bounded heap when it returns at most 1/kHeapShare of the pool, and
// selects over all tickets otherwise. Either way the result is the same; only speed differs.
constexpr std::size_t kHeapShare = 16;

void require_no_nul(std::string_view what, std::string_view text) {
  if (text.find('\0') != std::string_view::npos) {
    throw InputError(fmt::format("the draw {} contains a NUL byte", what));
  }
}

}  // namespace

std::string seed_from_file_content(std::string_view content) {
  const auto end = content.find_last_not_of("\r\n \t");
  return std::string(end == std::string_view::npos ? std::string_view() : content.substr(0, end + 1));
}

Digest draw_ticket_digest(std::string_view seed, std::string_view label, std::string_view code) {
  return TicketHasher(seed, label).ticket(code);
}

std::string draw_ticket(std::string_view seed, std::string_view label, std::string_view code) {
  return to_hex(draw_ticket_digest(seed, label, code));
}

bool ranks_before(const Digest& ticket_a, std::string_view code_a, const Digest& ticket_b, std::string_view code_b) {
  if (const int c = std::memcmp(ticket_a.data(), ticket_b.data(), ticket_a.size()); c != 0) {
    return c < 0;
  }
  // string_view compares through char_traits<char>, which orders as unsigned char: byte order.
  return code_a < code_b;
}

std::size_t draw_count(std::size_t pool_size, const Ratio& ratio) {
  return static_cast<std::size_t>(ratio.ceil_of(pool_size));
}

std::size_t draw_count(std::size_t pool_size, std::uint64_t count) {
  return static_cast<std::size_t>(std::min<std::uint64_t>(pool_size, count));
}

std::string pool_digest(std::vector<std::string> codes) {
  std::sort(codes.begin(), codes.end());
  Sha256 h;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (codes[i].find('\n') != std::string::npos) {
      throw InputError(fmt::format("pool code \"{}\" contains a line feed", codes[i]));
    }
    if (i > 0 && codes[i] == codes[i - 1]) {
      throw InputError(fmt::format("pool code \"{}\" appears more than once", codes[i]));
    }
    h.update(codes[i]);
    h.update("\n");
  }
  return h.finish_hex();
}

std::vector<Pick> rank_pool(std::string_view seed, std::string_view label, const std::vector<std::string>& pool,
                            std::size_t limit) {
  require_no_nul("seed", seed);
  require_no_nul("label", label);
  limit = std::min(limit, pool.size());
  if (limit == 0) return {};

  TicketHasher hasher(seed, label);

  // head holds the ticket's first 8 bytes read big-endian, so comparing heads as numbers is
  // comparing those bytes in order; it settles nearly every comparison without a memcmp call.
  struct Entry {
    std::uint64_t head;
    Digest ticket;
    std::size_t index;
  };
  const auto make_entry = [&pool, &hasher](std::size_t i) {
    Entry e{0, hasher.ticket(pool[i]), i};
    for (std::size_t b = 0; b < 8; ++b) e.head = e.head << 8 | e.ticket[b];
    return e;
  };
  const auto before = [&pool](const Entry& a, const Entry& b) {
    if (a.head != b.head) return a.head < b.head;
    return ranks_before(a.ticket, pool[a.index], b.ticket, pool[b.index]);
  };
  std::vector<Entry> best;
  if (limit <= pool.size() / kHeapShare) {
    // Few winners: a bounded max-heap of the best `limit` entries seen so far, its worst entry
    // on top. O(n log limit) time and O(limit) memory.
    best.reserve(limit);
    for (std::size_t i = 0; i < pool.size(); ++i) {
      const Entry e = make_entry(i);
      if (best.size() < limit) {
        best.push_back(e);
        std::push_heap(best.begin(), best.end(), before);
      } else if (before(e, best.front())) {
        std::pop_heap(best.begin(), best.end(), before);
        best.back() = e;
        std::push_heap(best.begin(), best.end(), before);
      }
    }
    std::sort_heap(best.begin(), best.end(), before);
  } else {
    // Many winners: heap updates would be frequent and cache-unfriendly; a selection over all
    // entries followed by sorting the winners is several times faster.
    best.reserve(pool.size());
    for (std::size_t i = 0; i < pool.size(); ++i) best.push_back(make_entry(i));
    const auto cut = best.begin() + static_cast<std::ptrdiff_t>(limit);
    std::nth_element(best.begin(), cut, best.end(), before);
    best.erase(cut, best.end());
    std::sort(best.begin(), best.end(), before);
  }

  std::vector<Pick> picks;
  picks.reserve(best.size());
  for (std::size_t r = 0; r < best.size(); ++r) {
    const std::string& code = pool[best[r].index];
    // Equal codes have equal tickets, so a duplicate among the winners sits next to its twin.
    if (r > 0 && best[r].head == best[r - 1].head && code == pool[best[r - 1].index]) {
      throw InputError(fmt::format("pool code \"{}\" appears more than once", code));
    }
    picks.push_back(Pick{code, to_hex(best[r].ticket), r + 1});
  }
  return picks;
}

std::vector<Pick> draw_picks(std::string_view seed, std::string_view label, const std::vector<std::string>& pool,
                             std::size_t k) {
  return rank_pool(seed, label, pool, k);
}

}  // namespace sjsj
