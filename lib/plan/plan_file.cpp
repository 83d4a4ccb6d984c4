#include "lib/plan/plan_file.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <utility>

#include "lib/directory/columns.hpp"
#include "lib/util/decimal.hpp"
#include "lib/util/error.hpp"
#include "lib/util/text_decoder.hpp"
#include "lib/util/text_location.hpp"

namespace sjsj {

const std::vector<std::string>& selector_fields() {
  static const std::vector<std::string> fields = {"tags",      "category", "town",  "industry",   "permit_class",
                                                  "discharge", "scale",    "cycle", "monitoring", "weather_grade"};
  return fields;
}

std::string frequency_text(Period period) {
  switch (period) {
    case Period::year:
      return "1次/年";
    case Period::quarter:
      return "1次/季度";
    case Period::month:
      return "1次/月";
  }
  return "1次/年";
}

namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";
// A plan nests four levels at most (items, quotas, select, a list of values).
constexpr std::string_view k_too_deep =
    "YAML nested a few levels deep, as a plan is (this file nests lists or mappings hundreds of levels deep)";
constexpr std::string_view k_stray_comma =
    "valid YAML (a \",\" that is in no [list] or {mapping}: put the values in brackets, or quote the text)";
constexpr std::string_view k_root_keys = "year, authority, document, issued, limits, items";
constexpr std::string_view k_item_keys = "seq, department, name, skills, contents, quotas";
constexpr std::string_view k_quota_keys = "target, select, include_suspended, frequency, ratio, count, per_inspector";
constexpr std::string_view k_limit_keys = "visits_per_year";
constexpr std::string_view k_ratio_expected =
    "a ratio from 0% to 100%, as a percentage (10%, 12.5%) or a decimal (0.1), with at most 9 "
    "decimal places";

std::vector<std::string> split_keys(std::string_view keys) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < keys.size()) {
    std::size_t end = keys.find(", ", start);
    if (end == std::string_view::npos) end = keys.size();
    out.emplace_back(keys.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

std::optional<std::uint64_t> parse_uint(std::string_view s, std::uint64_t max) {
  if (s.empty() || s.size() > 19) return std::nullopt;
  std::uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (v > max) return std::nullopt;
  return v;
}

// The number inside the last pair of parentheses (ASCII or full-width) of a count's wording,
// with ASCII or full-width digits: 根据上年度审批登记名单确定（6） gives 6.
std::optional<std::uint64_t> count_in_parentheses(std::string_view text) {
  constexpr std::string_view open_fw = "\xEF\xBC\x88";   // （
  constexpr std::string_view close_fw = "\xEF\xBC\x89";  // ）
  const std::size_t close_a = text.rfind(')');
  const std::size_t close_b = text.rfind(close_fw);
  std::size_t close = std::string_view::npos;
  if (close_a != std::string_view::npos) close = close_a;
  if (close_b != std::string_view::npos && (close == std::string_view::npos || close_b > close)) close = close_b;
  if (close == std::string_view::npos) return std::nullopt;
  const std::string_view before = text.substr(0, close);
  const std::size_t open_a = before.rfind('(');
  const std::size_t open_b = before.rfind(open_fw);
  std::size_t open = std::string_view::npos;
  std::size_t open_len = 0;
  if (open_a != std::string_view::npos) {
    open = open_a;
    open_len = 1;
  }
  if (open_b != std::string_view::npos && (open == std::string_view::npos || open_b > open)) {
    open = open_b;
    open_len = open_fw.size();
  }
  if (open == std::string_view::npos) return std::nullopt;
  const std::string inner = trim(before.substr(open + open_len));
  std::string digits;
  for (std::size_t i = 0; i < inner.size();) {
    const auto c = static_cast<unsigned char>(inner[i]);
    if (c >= '0' && c <= '9') {
      digits += static_cast<char>(c);
      ++i;
    } else if (c == 0xEF && i + 2 < inner.size() && static_cast<unsigned char>(inner[i + 1]) == 0xBC &&
               static_cast<unsigned char>(inner[i + 2]) >= 0x90 && static_cast<unsigned char>(inner[i + 2]) <= 0x99) {
      digits += static_cast<char>('0' + (static_cast<unsigned char>(inner[i + 2]) - 0x90));  // ０..９
      i += 3;
    } else {
      return std::nullopt;
    }
  }
  return parse_uint(digits, 999'999'999);
}

// Finds anchors (&name) and aliases (*name): a plan has no use for them, and aliases let a small
// file expand into an enormous tree (the "billion laughs").
class AnchorFinder : public YAML::EventHandler {
 public:
  std::vector<std::pair<YAML::Mark, std::string>> found;
  int documents = 0;
  // Where the last document started: yaml-cpp 0.7 reports an empty document at the same place,
  // for ever, when a "," follows a complete top-level node ("[a], b").
  YAML::Mark document_mark;

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++documents;
    document_mark = mark;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { check(mark, anchor); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { found.emplace_back(mark, "an alias (*name)"); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string&) override {
    check(mark, anchor);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    check(mark, anchor);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    check(mark, anchor);
  }
  void OnMapEnd() override {}

 private:
  void check(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) found.emplace_back(mark, "an anchor (&name)");
  }
};

std::string describe(const YAML::Node& node) {
  if (node.IsScalar()) {
    const std::string& s = node.Scalar();
    return s.size() > 80 ? s.substr(0, 77) + "..." : s;
  }
  if (node.IsSequence()) return "[...]";
  if (node.IsMap()) return "{...}";
  return "";
}

class PlanParser {
 public:
  explicit PlanParser(const std::string& file_name) : file_(file_name) {}

  Plan parse(std::string_view text) {
    if (text.size() > kMaxPlanFileBytes) {
      fail_whole(fmt::format("a plan file of at most 1 MiB ({} bytes); this one is larger", kMaxPlanFileBytes));
    }
    if (!is_valid_utf8(text)) fail_whole("UTF-8 text (save the file as UTF-8)");
    text_ = text.starts_with(k_utf8_bom) ? text.substr(k_utf8_bom.size()) : text;
    const std::string owned(text_);

    AnchorFinder finder;
    try {
      std::istringstream in(owned);
      YAML::Parser parser(in);
      for (int last_start = -1; parser.HandleNextDocument(finder); last_start = finder.document_mark.pos) {
        if (finder.document_mark.pos == last_start) {
          problems_.push_back({located(finder.document_mark, ""), "", std::string(k_stray_comma), false});
          throw_if_any();
        }
      }
    } catch (const YAML::DeepRecursion& e) {
      // yaml-cpp's own guard against stack exhaustion; its message ("bad file") says nothing.
      problems_.push_back({located(e.mark, ""), "", std::string(k_too_deep), false});
      throw_if_any();
    } catch (const YAML::Exception& e) {
      problems_.push_back({located(e.mark, ""), "", fmt::format("valid YAML ({})", e.msg), false});
      throw_if_any();
    }
    for (const auto& [mark, what] : finder.found) {
      problems_.push_back({located(mark, ""), "", fmt::format("no YAML anchors or aliases (found {})", what), false});
    }
    if (finder.documents > 1) fail_whole("one YAML document (the file has several, separated by ---)");
    throw_if_any();

    YAML::Node root;
    try {
      root = YAML::Load(owned);
    } catch (const YAML::DeepRecursion& e) {
      problems_.push_back({located(e.mark, ""), "", std::string(k_too_deep), false});
      throw_if_any();
    } catch (const YAML::Exception& e) {
      problems_.push_back({located(e.mark, ""), "", fmt::format("valid YAML ({})", e.msg), false});
      throw_if_any();
    }
    if (!root.IsMap()) {
      problems_.push_back(
          {located(root.Mark(), ""), "", fmt::format("a YAML mapping with the keys {}", k_root_keys), false});
      throw_if_any();
    }
    parse_root(root);
    throw_if_any();
    return std::move(plan_);
  }

 private:
  [[noreturn]] void fail_whole(std::string expected) {
    Location where;
    where.file = file_;
    throw InputError({Problem{std::move(where), "", std::move(expected), false}});
  }

  Location located(const YAML::Mark& mark, std::string path) const {
    return text_location(file_, text_, mark.line, mark.column, std::move(path));
  }

  void add(const YAML::Node& at, const std::string& path, std::string expected) {
    problems_.push_back({located(at.Mark(), path), describe(at), std::move(expected)});
  }

  void add_missing(const YAML::Node& parent, const std::string& path, std::string expected) {
    problems_.push_back({located(parent.Mark(), path), "", std::move(expected), false});
  }

  // Reports problems in file order, whichever check found them.
  void throw_if_any() {
    std::stable_sort(problems_.begin(), problems_.end(), [](const Problem& a, const Problem& b) {
      return std::tie(a.where.line, a.where.column_number) < std::tie(b.where.line, b.where.column_number);
    });
    ProblemList list;
    for (Problem& p : problems_) list.add(std::move(p));
    list.throw_if_any();
  }

  static std::string join(const std::string& prefix, const std::string& key) {
    return prefix.empty() ? key : prefix + "." + key;
  }

  // Visits the keys of a mapping, reporting a value that is not a mapping, unknown keys and
  // repeated keys. Returns the keys present.
  template <class Visit>
  std::set<std::string> each_key(const YAML::Node& map, const std::string& path, std::string_view allowed,
                                 Visit&& visit) {
    std::set<std::string> seen;
    if (!map.IsMap()) {
      add(map, path, fmt::format("a mapping with the keys {}", allowed));
      return seen;
    }
    const auto keys = split_keys(allowed);
    for (const auto& entry : map) {
      const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
      const std::string key_path = join(path, key);
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        problems_.push_back(
            {located(entry.first.Mark(), key_path), describe(entry.first), fmt::format("one of the keys {}", allowed)});
        continue;
      }
      if (!seen.insert(key).second) {
        problems_.push_back({located(entry.first.Mark(), key_path), key, "each key once"});
        continue;
      }
      visit(key, entry.second, key_path);
    }
    return seen;
  }

  std::optional<std::string> text(const YAML::Node& node, const std::string& path, const char* what) {
    if (node.IsScalar() && !trim(node.Scalar()).empty()) return trim(node.Scalar());
    add(node, path, what);
    return std::nullopt;
  }

  std::optional<std::uint64_t> whole_number(const YAML::Node& node, const std::string& path, std::uint64_t min,
                                            std::uint64_t max, const std::string& what) {
    if (node.IsScalar()) {
      const auto v = parse_uint(node.Scalar(), max);
      if (v && *v >= min) return v;
    }
    add(node, path, what);
    return std::nullopt;
  }

  std::vector<std::string> text_list(const YAML::Node& node, const std::string& path, const char* what,
                                     bool allow_empty) {
    std::vector<std::string> out;
    if (node.IsScalar() && !trim(node.Scalar()).empty()) {
      out.push_back(trim(node.Scalar()));
      return out;
    }
    if (!node.IsSequence() || (!allow_empty && node.size() == 0)) {
      add(node, path, what);
      return out;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
      if (auto s = text(node[i], fmt::format("{}[{}]", path, i), "a non-empty text")) out.push_back(*s);
    }
    return out;
  }

  void parse_root(const YAML::Node& root) {
    YAML::Node issued_node;
    std::optional<Date> issued;
    bool year_ok = false;
    const auto seen =
        each_key(root, "", k_root_keys, [&](const std::string& key, const YAML::Node& v, const std::string& path) {
          if (key == "year") {
            if (auto y = whole_number(v, path, 2000, 2099, "a year, e.g. 2026")) {
              plan_.year = static_cast<int>(*y);
              year_ok = true;
            }
          } else if (key == "authority") {
            if (auto s = text(v, path, "the name of the issuing authority, e.g. 重庆市巴南区生态环境局"))
              plan_.authority = *s;
          } else if (key == "document") {
            if (auto s = text(v, path, "the document number, e.g. 巴南环保发〔2026〕8号")) plan_.document = *s;
          } else if (key == "issued") {
            issued_node = v;
            if (v.IsScalar()) issued = Date::parse(v.Scalar());
            if (issued)
              plan_.issued = *issued;
            else
              add(v, path, "the date the plan was issued, as YYYY-MM-DD");
          } else if (key == "limits") {
            parse_limits(v, path);
          } else if (key == "items") {
            parse_items(v, path);
          }
        });
    for (const char* required : {"year", "authority", "issued", "items"}) {
      if (!seen.contains(required)) {
        Location where;  // the whole file lacks it: no line
        where.file = file_;
        where.column = required;
        problems_.push_back({std::move(where), "", fmt::format("a key `{}`", required), false});
      }
    }
    // A plan may be issued in its own year or, made ahead, in the December before it.
    if (year_ok && issued && issued->year() != plan_.year &&
        !(issued->year() == plan_.year - 1 && issued->month() == 12)) {
      add(issued_node, "issued",
          fmt::format("a date in {} or in December {} (the plan's year is {})", plan_.year, plan_.year - 1,
                      plan_.year));
    }
  }

  void parse_limits(const YAML::Node& node, const std::string& path) {
    each_key(node, path, k_limit_keys, [&](const std::string&, const YAML::Node& v, const std::string& p) {
      if (auto n = whole_number(v, p, 1, 366, "a whole number of visits from 1 to 366")) {
        plan_.limits.visits_per_year = static_cast<int>(*n);
      }
    });
  }

  void parse_items(const YAML::Node& node, const std::string& path) {
    if (!node.IsSequence() || node.size() == 0) {
      add(node, path, "a list of items (the rows of the annex), at least one");
      return;
    }
    std::map<int, std::size_t> seq_index;  // seq -> item index where first given
    for (std::size_t i = 0; i < node.size(); ++i) {
      const YAML::Node& n = node[i];
      const std::string ipath = fmt::format("{}[{}]", path, i);
      PlanItem item;
      item.line = n.Mark().is_null() ? 0 : n.Mark().line + 1;
      YAML::Node seq_node;
      const auto seen =
          each_key(n, ipath, k_item_keys, [&](const std::string& key, const YAML::Node& v, const std::string& p) {
            if (key == "seq") {
              seq_node = v;
              if (auto s = whole_number(v, p, 1, 9999, "the item's number (序号), a whole number from 1")) {
                item.seq = static_cast<int>(*s);
              }
            } else if (key == "department") {
              if (auto s = text(v, p, "the department (发起部门), e.g. 水科")) item.department = *s;
            } else if (key == "name") {
              if (auto s = text(v, p, "the item's name (抽查事项名称)")) item.name = *s;
            } else if (key == "skills") {
              item.skills = text_list(v, p, "a list of skills, e.g. [水]", true);
            } else if (key == "contents") {
              item.contents = text_list(v, p, "a list of what is checked (检查内容), at least one line", false);
            } else if (key == "quotas") {
              parse_quotas(v, p, item);
            }
          });
      if (!n.IsMap()) continue;
      for (const char* required : {"seq", "department", "name", "contents", "quotas"}) {
        if (!seen.contains(required)) {
          add_missing(n, join(ipath, required),
                      std::string(required) == "quotas"
                          ? "a key `quotas` with at least one quota (an item without quotas draws nothing)"
                          : fmt::format("a key `{}`", required));
        }
      }
      if (item.seq > 0) {
        const auto [it, inserted] = seq_index.emplace(item.seq, i);
        if (!inserted) {
          add(seq_node, join(ipath, "seq"),
              fmt::format("a seq not used by another item (items[{}] has seq {})", it->second, item.seq));
        }
      }
      plan_.items.push_back(std::move(item));
    }
  }

  void parse_quotas(const YAML::Node& node, const std::string& path, PlanItem& item) {
    if (!node.IsSequence() || node.size() == 0) {
      add(node, path, "a list of at least one quota (an item without quotas draws nothing)");
      return;
    }
    for (std::size_t j = 0; j < node.size(); ++j) {
      const YAML::Node& n = node[j];
      const std::string qpath = fmt::format("{}[{}]", path, j);
      Quota q;
      q.index = static_cast<int>(j) + 1;
      q.line = n.Mark().is_null() ? 0 : n.Mark().line + 1;
      const auto seen =
          each_key(n, qpath, k_quota_keys, [&](const std::string& key, const YAML::Node& v, const std::string& p) {
            if (key == "target") {
              if (auto s = text(v, p, "the objects checked (检查对象), as the annex words them")) q.target = *s;
            } else if (key == "select") {
              parse_select(v, p, q.select);
            } else if (key == "include_suspended") {
              if (v.IsScalar() && (v.Scalar() == "true" || v.Scalar() == "false")) {
                q.select.include_suspended = v.Scalar() == "true";
              } else {
                add(v, p, "true or false");
              }
            } else if (key == "frequency") {
              parse_frequency(v, p, q);
            } else if (key == "ratio") {
              parse_ratio(v, p, q);
            } else if (key == "count") {
              parse_count(v, p, q);
            } else if (key == "per_inspector") {
              if (v.IsScalar() && ceil_times_decimal(1, v.Scalar())) {
                q.per_inspector = v.Scalar();
              } else {
                add(v, p, "a decimal number of objects per credentialed inspector, e.g. 2.5");
              }
            }
          });
      if (!n.IsMap()) continue;
      for (const char* required : {"target", "frequency"}) {
        if (!seen.contains(required)) add_missing(n, join(qpath, required), fmt::format("a key `{}`", required));
      }
      if (!seen.contains("ratio") && !seen.contains("count") && !seen.contains("per_inspector")) {
        add_missing(n, qpath, "a `ratio` (10%), a `count` (6) or a `per_inspector` (2.5): how many to draw");
      }
      item.quotas.push_back(std::move(q));
    }
  }

  void parse_frequency(const YAML::Node& v, const std::string& p, Quota& q) {
    static const std::map<std::string, Period, std::less<>> names = {
        {"1次/年", Period::year},       {"yearly", Period::year},  {"1次/季度", Period::quarter},
        {"quarterly", Period::quarter}, {"1次/月", Period::month}, {"monthly", Period::month}};
    if (v.IsScalar()) {
      if (auto it = names.find(trim(v.Scalar())); it != names.end()) {
        q.period = it->second;
        q.frequency = frequency_text(it->second);
        return;
      }
    }
    add(v, p, "one of 1次/年, 1次/季度, 1次/月 (or yearly, quarterly, monthly)");
  }

  void parse_ratio(const YAML::Node& v, const std::string& p, Quota& q) {
    if (v.IsScalar()) {
      if (auto r = Ratio::parse(trim(v.Scalar()))) {
        q.ratio = r->to_percent();
        return;
      }
      // Say "at most 100%" when the text is a well-formed number that is too large.
      const std::string t = trim(v.Scalar());
      const bool percent = t.ends_with('%');
      const std::string digits = percent ? t.substr(0, t.size() - 1) : t;
      const std::size_t dot = digits.find('.');
      const auto whole = parse_uint(digits.substr(0, dot), 999'999'999);
      if (whole && (percent ? *whole >= 100 : *whole >= 1)) {
        add(v, p, "a ratio of at most 100% (a share of the pool)");
        return;
      }
    }
    add(v, p, std::string(k_ratio_expected));
  }

  void parse_count(const YAML::Node& v, const std::string& p, Quota& q) {
    if (v.IsScalar()) {
      const std::string t = trim(v.Scalar());
      if (auto n = parse_uint(t, 999'999'999)) {
        q.count = *n;
        return;
      }
      if (auto n = count_in_parentheses(t)) {
        q.count = *n;
        q.count_note = t;
        return;
      }
    }
    add(v, p,
        "a whole number of objects, or text ending in the number in parentheses, e.g. "
        "根据上年度审批登记名单确定（6）");
  }

  void parse_select(const YAML::Node& node, const std::string& path, PoolSelector& select) {
    if (node.IsNull()) return;  // the whole directory
    std::string allowed;
    for (const auto& f : selector_fields()) allowed += (allowed.empty() ? "" : ", ") + f;
    const Dictionary& dict = object_dictionary();
    each_key(node, path, allowed, [&](const std::string& key, const YAML::Node& v, const std::string& p) {
      const auto values = text_list(v, p, "a value or a non-empty list of values", false);
      const ColumnSpec& spec = dict.columns[*dict.find(key)];
      std::vector<std::string> out;
      for (std::size_t i = 0; i < values.size(); ++i) {
        const YAML::Node at = v.IsSequence() ? v[i] : v;
        const std::string at_path = v.IsSequence() ? fmt::format("{}[{}]", p, i) : p;
        std::optional<std::string> canonical;
        if (spec.type == ColumnType::choice) {
          const FieldCheck c = normalise_field(spec, values[i], {});
          if (c.value && !c.value->empty())
            canonical = c.value;
          else
            add(at, at_path, c.expected.empty() ? "a value of " + key : c.expected);
        } else if (spec.type == ColumnType::list_choice) {
          const FieldCheck c = normalise_field(spec, values[i], {});
          const auto parsed = c.value ? nlohmann::json::parse(*c.value) : nlohmann::json::array();
          if (parsed.size() == 1)
            canonical = parsed[0].get<std::string>();
          else
            add(at, at_path, c.expected.empty() ? "one value of " + key : c.expected);
        } else if (spec.type == ColumnType::industry) {
          std::string t = values[i];
          const bool ok = !t.empty() && t.size() <= 5 && std::isalpha(static_cast<unsigned char>(t[0])) &&
                          std::all_of(t.begin() + 1, t.end(), [](char c) { return c >= '0' && c <= '9'; });
          if (ok) {
            t[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[0])));
            canonical = t;
          } else {
            add(at, at_path, "an industry code or its prefix (GB/T 4754-2017), e.g. C26 or C2614");
          }
        } else {
          canonical = values[i];
        }
        if (canonical && std::find(out.begin(), out.end(), *canonical) == out.end()) out.push_back(*canonical);
      }
      if (!out.empty()) select.fields[key] = std::move(out);
    });
  }

  std::string file_;
  std::string_view text_;
  std::vector<Problem> problems_;
  Plan plan_;
};

}  // namespace

Plan parse_plan(std::string_view yaml_text, const std::string& file_name) {
  return PlanParser(file_name).parse(yaml_text);
}

nlohmann::ordered_json plan_to_json(const Plan& plan) {
  nlohmann::ordered_json out;
  out["year"] = plan.year;
  out["authority"] = plan.authority;
  if (!plan.document.empty()) out["document"] = plan.document;
  out["issued"] = plan.issued.to_string();
  if (plan.limits.visits_per_year) out["limits"] = {{"visits_per_year", *plan.limits.visits_per_year}};
  out["items"] = nlohmann::ordered_json::array();
  for (const auto& item : plan.items) {
    nlohmann::ordered_json i;
    i["seq"] = item.seq;
    i["department"] = item.department;
    i["name"] = item.name;
    i["skills"] = item.skills;
    i["contents"] = item.contents;
    i["quotas"] = nlohmann::ordered_json::array();
    for (const auto& q : item.quotas) {
      nlohmann::ordered_json j;
      j["target"] = q.target;
      j["select"] = nlohmann::ordered_json::object();
      for (const auto& [k, v] : q.select.fields) j["select"][k] = v;
      if (q.select.include_suspended) j["include_suspended"] = true;
      j["frequency"] = q.frequency;
      if (q.ratio) j["ratio"] = *q.ratio;
      if (q.count) j["count"] = *q.count;
      if (!q.count_note.empty()) j["count_note"] = q.count_note;
      if (q.per_inspector) j["per_inspector"] = *q.per_inspector;
      i["quotas"].push_back(std::move(j));
    }
    out["items"].push_back(std::move(i));
  }
  return out;
}

std::optional<std::string> late_issue_warning(const Plan& plan) {
  const auto deadline = Date::from_ymd(plan.year, 1, 31);
  if (!deadline || plan.issued <= *deadline) return std::nullopt;
  return fmt::format(
      "the {} plan was issued on {}, after January 31, {}: seed 三(五) asks for the yearly plan to be made, "
      "filed and published by the end of January",
      plan.year, plan.issued.to_string(), plan.year);
}

}  // namespace sjsj
