#include "lib/util/decimal.hpp"

#include <fmt/format.h>

namespace sjsj {
namespace {

constexpr int kMaxIntegerDigits = 9;

std::uint64_t pow10(int e) {
  std::uint64_t p = 1;
  for (int i = 0; i < e; ++i) p *= 10;
  return p;
}

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::uint64_t digits_value(std::string_view s) {
  std::uint64_t v = 0;
  for (char c : s) v = v * 10 + static_cast<std::uint64_t>(c - '0');
  return v;
}

// An exact non-negative decimal num / den, den = 10^exponent, reduced by tens.
struct Decimal {
  std::uint64_t num = 0;
  std::uint64_t den = 1;
};

// Parses DIGITS [ "." DIGITS ] [ "%" ] (the percent only when allowed). Limits keep
// num below 10^18 and den at most 10^9, so the arithmetic below fits in 64 bits.
std::optional<Decimal> parse_decimal(std::string_view text, bool allow_percent) {
  bool percent = false;
  if (allow_percent && !text.empty() && text.back() == '%') {
    percent = true;
    text.remove_suffix(1);
  }
  std::string_view whole = text;
  std::string_view fraction;
  if (const auto dot = text.find('.'); dot != std::string_view::npos) {
    whole = text.substr(0, dot);
    fraction = text.substr(dot + 1);
    if (fraction.empty()) return std::nullopt;  // "5." is not a number here
  }
  if (whole.empty() || !all_digits(whole) || !all_digits(fraction)) return std::nullopt;
  while (whole.size() > 1 && whole.front() == '0') whole.remove_prefix(1);
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  const int max_fraction = Ratio::kMaxFractionDigits - (percent ? 2 : 0);
  if (whole.size() > static_cast<std::size_t>(kMaxIntegerDigits) ||
      fraction.size() > static_cast<std::size_t>(max_fraction)) {
    return std::nullopt;
  }
  const int exponent = static_cast<int>(fraction.size());
  Decimal d;
  d.num = digits_value(whole) * pow10(exponent) + digits_value(fraction);
  d.den = pow10(exponent + (percent ? 2 : 0));
  while (d.den > 1 && d.num % 10 == 0) {
    d.num /= 10;
    d.den /= 10;
  }
  return d;
}

// Exactly ceil(n * num / den) for den <= 10^9, or nullopt when it does not fit in 64 bits.
// Splits num / den into whole + frac / den and n into q * den + r, so that the only
// product that is not bounded by the result is r * frac < 10^18.
std::optional<std::uint64_t> ceil_mul(std::uint64_t n, const Decimal& d) {
  const std::uint64_t whole = d.num / d.den;
  const std::uint64_t frac = d.num % d.den;
  const std::uint64_t q = n / d.den;
  const std::uint64_t r = n % d.den;
  const std::uint64_t rest = r * frac;
  const std::uint64_t frac_part = q * frac + rest / d.den + (rest % d.den != 0 ? 1 : 0);
  std::uint64_t whole_part = 0;
  std::uint64_t total = 0;
  if (__builtin_mul_overflow(n, whole, &whole_part) || __builtin_add_overflow(whole_part, frac_part, &total)) {
    return std::nullopt;
  }
  return total;
}

}  // namespace

std::optional<Ratio> Ratio::parse(std::string_view text) {
  const auto d = parse_decimal(text, /*allow_percent=*/true);
  if (!d || d->num > d->den) return std::nullopt;
  return Ratio(d->num, d->den);
}

std::uint64_t Ratio::ceil_of(std::uint64_t n) const {
  // A ratio is at most 1, so the result is at most n and ceil_mul cannot overflow.
  return *ceil_mul(n, Decimal{num_, den_});
}

std::string Ratio::to_percent() const {
  int exponent = 0;
  for (std::uint64_t p = den_; p > 1; p /= 10) ++exponent;
  if (exponent <= 2) return fmt::format("{}%", num_ * pow10(2 - exponent));
  const int fraction_digits = exponent - 2;
  const std::uint64_t scale = pow10(fraction_digits);
  // Reduced by tens, so num_ does not end in 0 and the fraction has no trailing zeros.
  return fmt::format("{}.{:0{}}%", num_ / scale, num_ % scale, fraction_digits);
}

std::optional<std::uint64_t> ceil_times_decimal(std::uint64_t n, std::string_view decimal_text) {
  const auto d = parse_decimal(decimal_text, /*allow_percent=*/false);
  if (!d) return std::nullopt;
  return ceil_mul(n, *d);
}

}  // namespace sjsj
