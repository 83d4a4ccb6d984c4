#include "lib/util/report.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "lib/util/error.hpp"
#include "lib/util/text_decoder.hpp"

namespace sjsj {

std::string format_name(Format f) {
  switch (f) {
    case Format::table:
      return "table";
    case Format::csv:
      return "csv";
    case Format::json:
      return "json";
    case Format::md:
      return "md";
    case Format::html:
      return "html";
  }
  return "table";
}

Format parse_format(const std::string& text, const std::vector<Format>& allowed) {
  std::string names;
  for (Format f : allowed) {
    if (format_name(f) == text) return f;
    names += (names.empty() ? "" : ", ") + format_name(f);
  }
  throw UsageError(fmt::format("unknown format \"{}\": expected one of {}", text, names));
}

std::string cell_text(const nlohmann::json& cell) {
  if (cell.is_null()) return "";
  if (cell.is_string()) return cell.get<std::string>();
  if (cell.is_boolean()) return cell.get<bool>() ? "true" : "false";
  if (cell.is_array()) {
    std::string out;
    for (const auto& v : cell) {
      if (!out.empty()) out += "|";
      out += cell_text(v);
    }
    return out;
  }
  return cell.dump();
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

std::string pad(const std::string& text, std::size_t width) {
  const std::size_t w = display_width(text);
  return text + std::string(width > w ? width - w : 0, ' ');
}

void render_table(const Report& r, std::ostream& out, Headers headers) {
  std::vector<std::size_t> widths;
  std::vector<std::string> titles;
  for (const auto& c : r.columns) {
    titles.push_back(headers == Headers::keys ? c.key : c.header);
    widths.push_back(display_width(titles.back()));
  }
  std::vector<std::vector<std::string>> cells;
  cells.reserve(r.rows.size());
  for (const auto& row : r.rows) {
    auto& line = cells.emplace_back();
    for (std::size_t i = 0; i < row.size(); ++i) {
      line.push_back(cell_text(row[i]));
      // Keep tables on one line per row.
      for (auto& ch : line.back()) {
        if (ch == '\n' || ch == '\r') ch = ' ';
      }
      widths[i] = std::max(widths[i], display_width(line.back()));
    }
  }
  auto write_line = [&](const std::vector<std::string>& values) {
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i) {
      text += i + 1 == values.size() ? values[i] : pad(values[i], widths[i]) + "  ";
    }
    out << text << '\n';
  };
  write_line(titles);
  std::vector<std::string> rule;
  for (auto w : widths) rule.emplace_back(w, '-');
  write_line(rule);
  for (const auto& line : cells) write_line(line);
}

void render_csv(const Report& r, std::ostream& out, Headers headers) {
  std::string line;
  for (std::size_t i = 0; i < r.columns.size(); ++i) {
    line += (i ? "," : "") + csv_field(headers == Headers::keys ? r.columns[i].key : r.columns[i].header);
  }
  out << line << '\n';
  for (const auto& row : r.rows) {
    line.clear();
    for (std::size_t i = 0; i < row.size(); ++i) line += (i ? "," : "") + csv_field(cell_text(row[i]));
    out << line << '\n';
  }
}

void render_json(const Report& r, std::ostream& out) {
  out << "[";
  for (std::size_t n = 0; n < r.rows.size(); ++n) {
    nlohmann::ordered_json obj = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < r.columns.size(); ++i) obj[r.columns[i].key] = r.rows[n][i];
    out << (n ? ",\n " : "\n ") << obj.dump();
  }
  out << (r.rows.empty() ? "]\n" : "\n]\n");
}

std::string md_cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

void render_md(const Report& r, std::ostream& out, Headers headers) {
  std::string line = "|";
  std::string rule = "|";
  for (const auto& c : r.columns) {
    line += " " + md_cell(headers == Headers::keys ? c.key : c.header) + " |";
    rule += " --- |";
  }
  out << line << '\n' << rule << '\n';
  for (const auto& row : r.rows) {
    line = "|";
    for (const auto& cell : row) line += " " + md_cell(cell_text(cell)) + " |";
    out << line << '\n';
  }
}

}  // namespace

void render_report(const Report& report, Format format, std::ostream& out, Headers headers) {
  switch (format) {
    case Format::table:
      return render_table(report, out, headers);
    case Format::csv:
      return render_csv(report, out, headers);
    case Format::json:
      return render_json(report, out);
    case Format::md:
      return render_md(report, out, headers);
    case Format::html:
      break;
  }
  throw std::logic_error("render_report: html is rendered by the page modules");
}

}  // namespace sjsj
