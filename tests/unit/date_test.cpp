#include "lib/util/date.hpp"

#include <doctest/doctest.h>

using sjsj::Date;

TEST_CASE("dates parse, print and know their weekday") {
  const auto d = Date::parse("2026-02-28");
  REQUIRE(d);
  CHECK(d->to_string() == "2026-02-28");
  CHECK(d->weekday() == 6);  // a Saturday (an adjusted working day in 2026)
  CHECK(d->plus_days(1).to_string() == "2026-03-01");
  CHECK(Date::parse("1970-01-01")->days() == 0);
  CHECK(Date::parse("1970-01-01")->weekday() == 4);
  CHECK(Date::parse("2024-02-29"));
}

TEST_CASE("impossible or malformed dates are refused") {
  CHECK_FALSE(Date::parse("2026-02-29"));
  CHECK_FALSE(Date::parse("2026-13-01"));
  CHECK_FALSE(Date::parse("2026-1-01"));
  CHECK_FALSE(Date::parse("2026/01/01"));
  CHECK_FALSE(Date::parse(""));
}
