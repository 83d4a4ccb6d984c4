#pragma once
// Tabular output shared by every listing and report: one Report, rendered as an aligned table for
// people, or CSV, JSON, Markdown for scripts and documents. JSON keys and CSV headers are the
// columns' keys, the same in every command; tables and Markdown may show the official Chinese
// headers instead.
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sjsj {

enum class Format { table, csv, json, md, html };

// Parses a --format value among `allowed`; throws UsageError naming the allowed ones.
Format parse_format(const std::string& text, const std::vector<Format>& allowed);
std::string format_name(Format f);

struct ReportColumn {
  std::string key;     // English key: JSON key and CSV header
  std::string header;  // display header (official Chinese wording where there is one)
};

// A cell is a JSON value: string, integer, boolean, null, or an array of strings (rendered
// joined by "|" in tables and CSV).
struct Report {
  std::vector<ReportColumn> columns;
  std::vector<std::vector<nlohmann::json>> rows;
};

enum class Headers { keys, display };

// Writes the report. json: an array of objects keyed by column key, in column order.
// csv: RFC 4180 with CRLF-free LF lines. table: columns aligned by display width.
// html is not handled here (see the disclosure and plan pages); it throws std::logic_error.
void render_report(const Report& report, Format format, std::ostream& out, Headers headers = Headers::keys);

// The text of one cell as it appears in tables and CSV.
std::string cell_text(const nlohmann::json& cell);

// CSV quoting of one field (quotes when the field has a comma, quote, CR or LF).
std::string csv_field(const std::string& text);

// Escapes &, <, >, " for HTML.
std::string html_escape(const std::string& text);

}  // namespace sjsj
