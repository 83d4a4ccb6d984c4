#include "lib/plan/quota_count.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "lib/util/error.hpp"

namespace {

sjsj::Quota with_ratio(const std::string& ratio, std::optional<std::uint64_t> count = std::nullopt) {
  sjsj::Quota q;
  q.ratio = ratio;
  q.count = count;
  return q;
}

}  // namespace

TEST_CASE("quota count: exact ratios where binary floating point is wrong") {
  CHECK(sjsj::quota_count(with_ratio("7%"), 100, 0) == 7);
  CHECK(sjsj::quota_count(with_ratio("14%"), 50, 0) == 7);
  CHECK(sjsj::quota_count(with_ratio("28%"), 25, 0) == 7);
  CHECK(sjsj::quota_count(with_ratio("57%"), 100, 0) == 57);
  CHECK(sjsj::quota_count(with_ratio("10%"), 51, 0) == 6);
  CHECK(sjsj::quota_count(with_ratio("0%"), 51, 0) == 0);
  CHECK(sjsj::quota_count(with_ratio("100%"), 0, 0) == 0);
}

TEST_CASE("quota count: the Banan annex") {
  CHECK(sjsj::quota_count(with_ratio("100%", 6), 6, 0) == 6);
  CHECK(sjsj::quota_count(with_ratio("100%", 19), 19, 0) == 19);
  CHECK(sjsj::quota_count(with_ratio("100%", 11), 11, 0) == 11);
  CHECK(sjsj::quota_count(with_ratio("10%", 3), 27, 0) == 3);
  CHECK(sjsj::quota_count(with_ratio("100%", 8), 8, 0) == 8);
  CHECK(sjsj::quota_count(with_ratio("10%", 6), 57, 0) == 6);
  CHECK(sjsj::quota_count(with_ratio("10%", 12), 116, 0) == 12);
  CHECK(sjsj::quota_count(with_ratio("20%", 21), 103, 0) == 21);
  CHECK(sjsj::quota_count(with_ratio("100%", 8), 8, 0) == 8);
}

TEST_CASE("quota count: every whole percentage of every pool up to 300 is ceil exactly") {
  for (std::uint64_t p = 0; p <= 100; ++p) {
    const auto q = with_ratio(fmt::format("{}%", p));
    for (std::uint64_t n = 0; n <= 300; ++n) {
      REQUIRE_MESSAGE(sjsj::quota_count(q, n, 0) == (p * n + 99) / 100, p << "% of " << n);
    }
  }
}

TEST_CASE("quota count: the ratio governs a declared count; a count alone is capped by the pool") {
  CHECK(sjsj::quota_count(with_ratio("10%", 99), 57, 0) == 6);
  sjsj::Quota fixed;
  fixed.count = 6;
  CHECK(sjsj::quota_count(fixed, 57, 0) == 6);
  CHECK(sjsj::quota_count(fixed, 4, 0) == 4);
  CHECK(sjsj::quota_count(sjsj::Quota{}, 57, 0) == 0);
}

TEST_CASE("quota count: per inspector") {
  sjsj::Quota q;
  q.per_inspector = "2.5";
  CHECK(sjsj::quota_count(q, 1000, 40) == 100);
  CHECK(sjsj::quota_count(q, 1000, 3) == 8);  // 7.5 rounds up
  CHECK(sjsj::quota_count(q, 50, 40) == 50);  // never more than the pool
  q.count = 9;
  CHECK(sjsj::quota_count(q, 1000, 40) == 100);
  q.ratio = "1%";
  CHECK(sjsj::quota_count(q, 1000, 40) == 10);  // a ratio comes first
}

TEST_CASE("quota count: a ratio text parse_plan would not produce is refused") {
  CHECK_THROWS_AS(sjsj::quota_count(with_ratio("110%"), 10, 0), sjsj::InputError);
}
