#pragma once
// Exact decimal arithmetic for quota sizes. Binary floating point gets these wrong
// (0.07 * 100 is 7.000000000000001, so ceil gives 8); everything here is integer arithmetic.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sjsj {

// A share between 0 and 1 inclusive, held exactly as num / den with den a power of ten
// (at most 10^9) and the fraction reduced by tens: 10%, 0.1 and 0.10 are the same Ratio (1/10).
class Ratio {
 public:
  // The most digits after the decimal point that parse() accepts, counted after the
  // percent sign is folded in and trailing zeros dropped ("12.5%" is 0.125: three digits).
  static constexpr int kMaxFractionDigits = 9;

  // Accepts a plain decimal or a percentage: "10%", "12.5%", "100%", "0.1", "1", "0", "0%".
  // Grammar: DIGITS [ "." DIGITS ] [ "%" ], ASCII only, nothing around it (no spaces, no sign,
  // no exponent, no ".5" or "5."). Returns nullopt for anything else, for a value above 1
  // (above 100%), and for more than kMaxFractionDigits significant fraction digits.
  // Zero is a valid ratio (ceil_of gives 0); whether a zero quota makes sense is the plan's call.
  static std::optional<Ratio> parse(std::string_view text);

  // Exactly ceil(n * ratio), for every n (the result never exceeds n, so it cannot overflow).
  std::uint64_t ceil_of(std::uint64_t n) const;

  // Canonical percentage text: "10%", "12.5%", "100%", "0%", "0.0001%". No trailing zeros.
  std::string to_percent() const;
  // The canonical text of the ratio, whatever form it was given in: the same as to_percent()
  // ("0.1" prints as "10%"). Two ratios are equal exactly when their texts are equal.
  std::string to_string() const { return to_percent(); }

  std::uint64_t numerator() const { return num_; }
  std::uint64_t denominator() const { return den_; }

  bool operator==(const Ratio&) const = default;

 private:
  Ratio(std::uint64_t num, std::uint64_t den) : num_(num), den_(den) {}
  std::uint64_t num_ = 0;
  std::uint64_t den_ = 1;
};

// Exactly ceil(n * m) for a non-negative decimal multiplier m given as text, e.g. the
// per-inspector quota "2.5" objects per inspector: ceil_times_decimal(40, "2.5") == 100.
// Grammar: DIGITS [ "." DIGITS ], at most 9 significant fraction digits and 9 integer digits
// (leading zeros aside); no percent sign, sign or spaces. Returns nullopt for bad text or when
// the result does not fit in 64 bits.
std::optional<std::uint64_t> ceil_times_decimal(std::uint64_t n, std::string_view decimal_text);

}  // namespace sjsj
