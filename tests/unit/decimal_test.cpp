#include "lib/util/decimal.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>

using sjsj::Ratio;

namespace {

std::uint64_t ceil_ratio(const char* ratio, std::uint64_t n) {
  const auto r = Ratio::parse(ratio);
  REQUIRE_MESSAGE(r, "ratio " << ratio << " should parse");
  return r->ceil_of(n);
}

}  // namespace

TEST_CASE("ratios of a pool are exact where binary floating point is not") {
  CHECK(ceil_ratio("7%", 100) == 7);  // 0.07 * 100 == 7.000000000000001 in double
  CHECK(ceil_ratio("14%", 50) == 7);  // 0.14 * 50 == 7.000000000000001 in double
  CHECK(ceil_ratio("100%", 19) == 19);
  CHECK(ceil_ratio("12.5%", 8) == 1);
  CHECK(ceil_ratio("12.5%", 9) == 2);
  CHECK(ceil_ratio("0%", 10) == 0);
  CHECK(ceil_ratio("10%", 0) == 0);
  for (std::uint64_t n = 21; n <= 30; ++n) CHECK(ceil_ratio("10%", n) == 3);
  for (std::uint64_t n = 51; n <= 60; ++n) CHECK(ceil_ratio("10%", n) == 6);
  for (std::uint64_t n = 111; n <= 120; ++n) CHECK(ceil_ratio("10%", n) == 12);
  for (std::uint64_t n = 101; n <= 105; ++n) CHECK(ceil_ratio("20%", n) == 21);
}

TEST_CASE("ceil_of is exact and cannot overflow for large pools") {
  CHECK(ceil_ratio("10%", 1'000'000'000'000) == 100'000'000'000);
  CHECK(ceil_ratio("10%", 1'000'000'000'001) == 100'000'000'001);
  CHECK(ceil_ratio("0.000000001", 1'000'000'000'000) == 1000);
  CHECK(ceil_ratio("0.999999999", 1'000'000'000'000) == 999'999'999'000);
  CHECK(ceil_ratio("100%", UINT64_MAX) == UINT64_MAX);
  CHECK(ceil_ratio("99.9999999%", UINT64_MAX) == 18'446'744'055'262'807'542ULL);
  CHECK(ceil_ratio("0.5", UINT64_MAX) == UINT64_MAX / 2 + 1);
}

TEST_CASE("a plain decimal and a percentage are the same ratio") {
  CHECK(Ratio::parse("0.1") == Ratio::parse("10%"));
  CHECK(Ratio::parse("0.10") == Ratio::parse("10.0%"));
  CHECK(Ratio::parse("1") == Ratio::parse("100%"));
  CHECK(Ratio::parse("0.125") == Ratio::parse("12.5%"));
  CHECK(Ratio::parse("0") == Ratio::parse("0%"));
  CHECK(Ratio::parse("007%") == Ratio::parse("7%"));
  CHECK(Ratio::parse("0.1") != Ratio::parse("1%"));
  CHECK(Ratio::parse("0.1")->numerator() == 1);
  CHECK(Ratio::parse("0.1")->denominator() == 10);
}

TEST_CASE("ratios print as canonical percentages") {
  CHECK(Ratio::parse("10%")->to_percent() == "10%");
  CHECK(Ratio::parse("0.1")->to_percent() == "10%");
  CHECK(Ratio::parse("0.1")->to_string() == "10%");
  CHECK(Ratio::parse("12.50%")->to_percent() == "12.5%");
  CHECK(Ratio::parse("1")->to_percent() == "100%");
  CHECK(Ratio::parse("100%")->to_percent() == "100%");
  CHECK(Ratio::parse("0")->to_percent() == "0%");
  CHECK(Ratio::parse("0.05")->to_percent() == "5%");
  CHECK(Ratio::parse("0.0001%")->to_percent() == "0.0001%");
  CHECK(Ratio::parse("0.123456789")->to_percent() == "12.3456789%");
  CHECK(Ratio::parse("33.3333333%")->to_percent() == "33.3333333%");
}

TEST_CASE("bad ratios are refused") {
  for (const char* bad : {"110%", "100.0001%", "1.5",  "2",     "-1%",  "-0.1",         "+10%",        "abc",
                          "",     "%",         ".5",   "5.",    "10 %", " 10%",         "10% ",        "10%%",
                          "1e-1", "0x10",      "10％", "0.1%5", "1,5%", "0.0000000001", "0.00000001%", "1.2.3"}) {
    CAPTURE(bad);
    CHECK_FALSE(Ratio::parse(bad));
  }
  // Trailing zeros do not count against the digit limit.
  CHECK(Ratio::parse("0.1000000000000"));
}

TEST_CASE("ceil_times_decimal multiplies exactly") {
  CHECK(sjsj::ceil_times_decimal(40, "2.5") == std::optional<std::uint64_t>(100));
  CHECK(sjsj::ceil_times_decimal(3, "2.5") == std::optional<std::uint64_t>(8));
  CHECK(sjsj::ceil_times_decimal(3, "5") == std::optional<std::uint64_t>(15));
  CHECK(sjsj::ceil_times_decimal(7, "0.1") == std::optional<std::uint64_t>(1));
  CHECK(sjsj::ceil_times_decimal(100, "0.07") == std::optional<std::uint64_t>(7));
  CHECK(sjsj::ceil_times_decimal(0, "2.5") == std::optional<std::uint64_t>(0));
  CHECK(sjsj::ceil_times_decimal(5, "0") == std::optional<std::uint64_t>(0));
  CHECK(sjsj::ceil_times_decimal(1'000'000'000, "999999999.999999999") ==
        std::optional<std::uint64_t>(999'999'999'999'999'999ULL));
  CHECK_FALSE(sjsj::ceil_times_decimal(UINT64_MAX, "1.5"));  // does not fit
  CHECK_FALSE(sjsj::ceil_times_decimal(UINT64_MAX / 2 + 1, "2"));
  CHECK(sjsj::ceil_times_decimal(UINT64_MAX / 2, "2") == std::optional<std::uint64_t>(UINT64_MAX - 1));
  for (const char* bad : {"", "-2.5", "2.5%", "abc", "2,5", ".5", "2.", " 2.5", "1e3", "1000000000"}) {
    CAPTURE(bad);
    CHECK_FALSE(sjsj::ceil_times_decimal(10, bad));
  }
}
