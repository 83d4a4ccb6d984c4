#include "lib/directory/credit_code.hpp"

#include <array>

namespace sjsj {
namespace {
constexpr std::string_view kCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
}  // namespace

std::optional<char> credit_code_check_char(std::string_view first17) {
  if (first17.size() != 17) return std::nullopt;
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    const auto pos = kCharset.find(first17[i]);
    if (pos == std::string_view::npos) return std::nullopt;
    sum += static_cast<int>(pos) * kWeights[i];
  }
  const int check = (31 - sum % 31) % 31;
  return kCharset[static_cast<std::size_t>(check)];
}

bool is_valid_credit_code(std::string_view code) {
  if (code.size() != 18) return false;
  const auto check = credit_code_check_char(code.substr(0, 17));
  return check && *check == code[17];
}

}  // namespace sjsj
