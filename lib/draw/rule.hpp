#pragma once
// The published draw rule: the pure, replayable core of 双随机 object selection.
// docs/draw.md states this contract for the public; a change here is a change of that contract
// and invalidates every published draw, so the functions below must keep their exact bytes.
//
//   ticket(code) = lowercase hex SHA-256( UTF-8(seed) 0x00 UTF-8(label) 0x00 UTF-8(code) )
//   picks        = the k codes with the smallest tickets, ties by code (byte order),
//                  listed in ascending ticket order (rank 1..k); the ranking goes on as reserves
//   pool digest  = SHA-256 hex of the pool's codes sorted by byte value, each followed by "\n"
//
// Nothing else influences the result: not the order of the pool, the platform, or the time.
// Strings are taken as bytes; callers pass UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/util/decimal.hpp"
#include "lib/util/sha256.hpp"

namespace sjsj {

// One ranked code. ticket is the lowercase hex ticket; rank is 1-based in ticket order.
struct Pick {
  std::string code;
  std::string ticket;
  std::size_t rank = 0;

  bool operator==(const Pick&) const = default;
};

// Labels ("2026/1.2") are made by quota_label() in lib/plan/plan.hpp.

// The seed as read from a file: its content with trailing CR, LF, spaces and tabs removed.
// Nothing else is touched (leading blanks, inner newlines and a byte-order mark stay), so the
// result may be empty; callers reject an empty seed.
std::string seed_from_file_content(std::string_view content);

// The ticket of one code, as lowercase hex (64 characters). Hashes the bytes as given; the NUL
// check on seed and label happens in rank_pool, where a draw is made.
std::string draw_ticket(std::string_view seed, std::string_view label, std::string_view code);

// The raw 32-byte ticket; to_hex() of it is draw_ticket().
Digest draw_ticket_digest(std::string_view seed, std::string_view label, std::string_view code);

// The draw order: true when (ticket_a, code_a) ranks before (ticket_b, code_b), i.e. the
// smaller ticket by bytes (the same order as comparing the hex strings), then the smaller code
// by bytes. Exposed so that the tie-break, which SHA-256 makes unreachable in practice, can be
// tested.
bool ranks_before(const Digest& ticket_a, std::string_view code_a, const Digest& ticket_b, std::string_view code_b);

// The number of codes a quota draws from a pool of pool_size codes:
// ceil(pool_size * ratio) exactly (10% of 51 is 6), or the count; never more than pool_size.
std::size_t draw_count(std::size_t pool_size, const Ratio& ratio);
std::size_t draw_count(std::size_t pool_size, std::uint64_t count);

// The pool digest of a set of codes, as lowercase hex. The input order does not matter.
// Throws InputError if a code appears twice or contains a line feed (either would make the
// digest describe a different pool than the one drawn from).
std::string pool_digest(std::vector<std::string> codes);

// The first min(limit, pool.size()) codes of the pool in draw order (ranks 1, 2, ...):
// the picks followed by the reserves that replace picks which cannot be inspected.
// Precondition: the codes are distinct (pool_digest() checks that for the whole pool); a
// duplicate that would appear among the returned codes throws InputError. Throws InputError if
// the seed or label contains a NUL byte, which would make the ticket framing ambiguous.
// Costs one SHA-256 per code; memory is O(limit) when limit is at most 1/16 of the pool and
// O(pool size) above that (48 bytes a code).
std::vector<Pick> rank_pool(std::string_view seed, std::string_view label, const std::vector<std::string>& pool,
                            std::size_t limit);

// The k picks of a quota: rank_pool(seed, label, pool, k).
std::vector<Pick> draw_picks(std::string_view seed, std::string_view label, const std::vector<std::string>& pool,
                             std::size_t k);

}  // namespace sjsj
