#pragma once
// The unified social credit code (统一社会信用代码, GB 32100-2015).
#include <optional>
#include <string>
#include <string_view>

namespace sjsj {

// The check character for the first 17 characters of a code, or nullopt when one of them is
// outside the code's character set (0-9 and A-Y without I, O, S, V, Z).
std::optional<char> credit_code_check_char(std::string_view first17);

// True for an 18-character upper-case code whose last character is its check character.
bool is_valid_credit_code(std::string_view code);

}  // namespace sjsj
