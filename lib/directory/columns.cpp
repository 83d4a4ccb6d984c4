#include "lib/directory/columns.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "lib/directory/credit_code.hpp"
#include "lib/util/date.hpp"
#include "lib/util/embedded.hpp"

namespace sjsj {
namespace {

ColumnType parse_type(const std::string& t) {
  if (t == "text") return ColumnType::text;
  if (t == "credit_code") return ColumnType::credit_code;
  if (t == "choice") return ColumnType::choice;
  if (t == "list") return ColumnType::list;
  if (t == "list_choice") return ColumnType::list_choice;
  if (t == "yes_no") return ColumnType::yes_no;
  if (t == "date") return ColumnType::date;
  if (t == "count") return ColumnType::count;
  if (t == "industry") return ColumnType::industry;
  if (t == "object_codes") return ColumnType::object_codes;
  throw std::invalid_argument("unknown type " + t);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<std::string> match_choice(const ColumnSpec& spec, std::string_view raw) {
  const std::string wanted = lower_ascii(raw);
  for (const auto& [canonical, aliases] : spec.values) {
    if (lower_ascii(canonical) == wanted) return canonical;
    for (const auto& a : aliases) {
      if (lower_ascii(a) == wanted) return canonical;
    }
  }
  return std::nullopt;
}

std::string choice_list(const ColumnSpec& spec) {
  std::string out;
  for (const auto& [canonical, aliases] : spec.values) {
    out += (out.empty() ? "" : ", ") + canonical;
    if (!aliases.empty()) out += " (" + aliases.front() + ")";
  }
  return out;
}

std::string to_json_array(const std::vector<std::string>& items) { return nlohmann::json(items).dump(); }

// Accepts YYYY-MM-DD and the YYYY/M/D that spreadsheets write.
std::optional<Date> parse_sheet_date(std::string_view text) {
  if (auto d = Date::parse(text)) return d;
  int y = 0, m = 0, d = 0;
  char a = 0, b = 0;
  const std::string s(text);
  if (std::sscanf(s.c_str(), "%d%c%d%c%d", &y, &a, &m, &b, &d) == 5 && a == '/' && b == '/' &&
      s.find_first_not_of("0123456789/") == std::string::npos) {
    return Date::from_ymd(y, m, d);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::size_t> Dictionary::find(std::string_view key) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].key == key) return i;
  }
  return std::nullopt;
}

Dictionary load_column_dictionary(const std::string& name, const ValueSets& value_sets) {
  const std::string file = "schemas/columns/" + name + ".yaml";
  const auto text = embedded_file("columns/" + name + ".yaml");
  if (!text) throw Error(ExitCode::internal, file + " is not embedded in this build");
  Dictionary d;
  d.table = name;
  try {
    const YAML::Node root = YAML::Load(std::string(*text));
    d.key_column = root["key_column"].as<std::string>();
    for (const auto& c : root["columns"]) {
      ColumnSpec s;
      s.key = c["key"].as<std::string>();
      s.header = c["header"].as<std::string>();
      s.type = parse_type(c["type"].as<std::string>());
      s.required = c["required"] && c["required"].as<bool>();
      if (c["default"]) s.default_value = c["default"].as<std::string>();
      if (c["values"]) {
        for (const auto& v : c["values"]) {
          s.values.emplace_back(v.first.as<std::string>(), v.second.as<std::vector<std::string>>());
        }
      }
      if (c["values_from"]) {
        const auto source = c["values_from"].as<std::string>();
        const auto values = value_sets ? value_sets(source) : std::nullopt;
        if (!values) throw std::invalid_argument("unknown values_from " + source);
        s.values.insert(s.values.end(), values->begin(), values->end());
      }
      d.columns.push_back(std::move(s));
    }
  } catch (const YAML::Exception& e) {
    throw Error(ExitCode::internal, fmt::format("{} is invalid: {}", file, e.what()));
  } catch (const std::invalid_argument& e) {
    throw Error(ExitCode::internal, fmt::format("{} is invalid: {}", file, e.what()));
  }
  return d;
}

const Dictionary& object_dictionary() {
  static const Dictionary d = load_column_dictionary("objects");
  return d;
}

const Dictionary& staff_dictionary() {
  static const Dictionary d = load_column_dictionary("staff");
  return d;
}

std::string trim(std::string_view text) {
  static constexpr std::string_view kFullWidthSpace = "\xE3\x80\x80";
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    if (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' || text.front() == '\n') {
      text.remove_prefix(1);
      changed = true;
    } else if (text.substr(0, 3) == kFullWidthSpace) {
      text.remove_prefix(3);
      changed = true;
    }
    if (text.empty()) break;
    if (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n') {
      text.remove_suffix(1);
      changed = true;
    } else if (text.size() >= 3 && text.substr(text.size() - 3) == kFullWidthSpace) {
      text.remove_suffix(3);
      changed = true;
    }
  }
  return std::string(text);
}

std::vector<std::string> split_list(std::string_view text) {
  static const std::vector<std::string_view> kSeparators = {"|", ";", "\xEF\xBC\x9B" /* ； */, "\xE3\x80\x81" /* 、 */};
  std::vector<std::string> items;
  std::size_t start = 0, i = 0;
  auto flush = [&](std::size_t end) {
    std::string item = trim(text.substr(start, end - start));
    if (!item.empty() && std::find(items.begin(), items.end(), item) == items.end()) {
      items.push_back(std::move(item));
    }
  };
  while (i < text.size()) {
    bool matched = false;
    for (auto sep : kSeparators) {
      if (text.substr(i, sep.size()) == sep) {
        flush(i);
        i += sep.size();
        start = i;
        matched = true;
        break;
      }
    }
    if (!matched) ++i;
  }
  flush(text.size());
  return items;
}

FieldCheck normalise_field(const ColumnSpec& spec, std::string_view raw_text, const FieldOptions& options) {
  const std::string raw = trim(raw_text);
  if (raw.empty()) {
    if (spec.required) return {std::nullopt, "a value (this column is required)"};
    if (spec.is_list()) return {"[]", ""};
    if (spec.stored_as_integer()) return {"0", ""};
    return {spec.default_value, ""};
  }
  switch (spec.type) {
    case ColumnType::text:
      return {raw, ""};
    case ColumnType::credit_code: {
      std::string code = raw;
      std::transform(code.begin(), code.end(), code.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      if (code.size() == 18) {
        if (is_valid_credit_code(code)) return {code, ""};
        const auto check = credit_code_check_char(code.substr(0, 17));
        if (!check)
          return {std::nullopt, "a unified social credit code (characters 0-9 and A-Y without I, O, S, V, Z)"};
        return {std::nullopt,
                fmt::format("a unified social credit code whose check character is {} (GB 32100-2015)", *check)};
      }
      if (options.allow_local_codes && code.find_first_of(" \t") == std::string::npos) return {code, ""};
      return {std::nullopt, fmt::format("an 18-character unified social credit code (got {} characters; "
                                        "--allow-local-codes accepts other codes)",
                                        code.size())};
    }
    case ColumnType::choice: {
      if (auto v = match_choice(spec, raw)) return {*v, ""};
      return {std::nullopt, "one of " + choice_list(spec)};
    }
    case ColumnType::list:
      return {to_json_array(split_list(raw)), ""};
    case ColumnType::list_choice: {
      std::vector<std::string> out;
      for (const auto& item : split_list(raw)) {
        auto v = match_choice(spec, item);
        if (!v) return {std::nullopt, fmt::format("a list of {} (\"{}\" is not one)", choice_list(spec), item)};
        if (std::find(out.begin(), out.end(), *v) == out.end()) out.push_back(*v);
      }
      return {to_json_array(out), ""};
    }
    case ColumnType::yes_no: {
      const std::string v = lower_ascii(raw);
      if (v == "是" || v == "yes" || v == "y" || v == "true" || v == "1") return {"1", ""};
      if (v == "否" || v == "no" || v == "n" || v == "false" || v == "0") return {"0", ""};
      return {std::nullopt, "是 or 否 (yes or no)"};
    }
    case ColumnType::date: {
      if (auto d = parse_sheet_date(raw)) return {d->to_string(), ""};
      return {std::nullopt, "a date as YYYY-MM-DD"};
    }
    case ColumnType::count: {
      if (raw.size() <= 6 && raw.find_first_not_of("0123456789") == std::string::npos) {
        return {std::to_string(std::stoi(raw)), ""};
      }
      return {std::nullopt, "a non-negative whole number"};
    }
    case ColumnType::industry: {
      std::string code = raw;
      std::transform(code.begin(), code.end(), code.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      const bool ok = code.size() >= 1 && code.size() <= 5 && code[0] >= 'A' && code[0] <= 'T' &&
                      code.find_first_not_of("0123456789", 1) == std::string::npos;
      if (ok) return {code, ""};
      return {std::nullopt, "a GB/T 4754 industry code such as C2614 (a letter A-T and up to four digits)"};
    }
    case ColumnType::object_codes: {
      std::vector<std::string> codes;
      for (auto item : split_list(raw)) {
        std::transform(item.begin(), item.end(), item.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        codes.push_back(item);
      }
      return {to_json_array(codes), ""};
    }
  }
  return {raw, ""};
}

std::vector<std::size_t> map_header(const Dictionary& dict, const CsvRecord& header, const std::string& file,
                                    ProblemList& problems) {
  std::vector<std::size_t> mapping;
  std::vector<bool> seen(dict.columns.size(), false);
  std::string known;
  for (const auto& c : dict.columns) known += (known.empty() ? "" : ", ") + c.key + " (" + c.header + ")";
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = trim(header.fields[i]);
    std::optional<std::size_t> found;
    for (std::size_t j = 0; j < dict.columns.size(); ++j) {
      if (lower_ascii(name) == dict.columns[j].key || name == dict.columns[j].header) found = j;
    }
    if (!found) {
      problems.add({Location{file, header.line, 0, fmt::format("{}", i + 1)}, name, "a known column: " + known});
      mapping.push_back(dict.columns.size());
      continue;
    }
    if (seen[*found]) {
      problems.add({Location{file, header.line, 0, fmt::format("{}", i + 1)}, name,
                    fmt::format("each column once (\"{}\" appears twice)", dict.columns[*found].key)});
    }
    seen[*found] = true;
    mapping.push_back(*found);
  }
  for (std::size_t j = 0; j < dict.columns.size(); ++j) {
    if (dict.columns[j].required && !seen[j]) {
      problems.add({Location{file, header.line, 0, ""}, "",
                    fmt::format("a column {} ({}): it is required", dict.columns[j].key, dict.columns[j].header),
                    false});
    }
  }
  return mapping;
}

}  // namespace sjsj
