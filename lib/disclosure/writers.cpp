#include "lib/disclosure/writers.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <memory>

#include "lib/disclosure/html_page.hpp"
#include "lib/disclosure/xlsx_check.hpp"
#include "lib/util/atomic_file.hpp"
#include "lib/util/error.hpp"
#include "lib/util/report.hpp"
#include "lib/util/sha256.hpp"

namespace sjsj {
namespace {

std::vector<std::string> cells_of(const DisclosureRow& r) {
  return {std::to_string(r.seq), r.name,    r.code,     r.items,       r.authority, r.mode,
          r.inspected_on,        r.outcome, r.handling, r.published_on};
}

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
std::string defuse_formula(const std::string& text) {
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) return "'" + text;
  return text;
}

std::string chinese_date(Date d) { return fmt::format("{}年{}月{}日", d.year(), d.month(), d.day()); }

}  // namespace

DisclosureFormat parse_disclosure_format(const std::string& text) {
  for (auto f : {DisclosureFormat::csv, DisclosureFormat::json, DisclosureFormat::html, DisclosureFormat::xlsx}) {
    if (disclosure_format_name(f) == text) return f;
  }
  throw UsageError(fmt::format("unknown format \"{}\": expected one of csv, json, html, xlsx", text));
}

std::string disclosure_format_name(DisclosureFormat f) {
  switch (f) {
    case DisclosureFormat::csv:
      return "csv";
    case DisclosureFormat::json:
      return "json";
    case DisclosureFormat::html:
      return "html";
    case DisclosureFormat::xlsx:
      return "xlsx";
  }
  return "csv";
}

const std::vector<DisclosureColumn>& disclosure_columns() {
  static const std::vector<DisclosureColumn> columns = {
      {"seq", "序号"},
      {"name", "检查对象名称"},
      {"code", "统一社会信用代码"},
      {"items", "抽查事项"},
      {"authority", "检查实施机关"},
      {"mode", "检查方式"},
      {"inspected_on", "检查日期"},
      {"outcome", "检查结果"},
      {"handling", "处理情况"},
      {"published_on", "公示日期"},
  };
  return columns;
}

std::string disclosure_title(const Batch& batch) {
  return fmt::format("{}{}年度“双随机、一公开”抽查结果公示", batch.authority, batch.year);
}

std::string render_disclosure_csv(const Batch& batch) {
  std::string out = "\xEF\xBB\xBF";
  std::string line;
  for (const auto& c : disclosure_columns()) line += (line.empty() ? "" : ",") + csv_field(c.header);
  out += line + "\n";
  for (const auto& row : batch.rows) {
    line.clear();
    bool first = true;
    for (const auto& cell : cells_of(row)) {
      line += (first ? "" : ",") + csv_field(defuse_formula(cell));
      first = false;
    }
    out += line + "\n";
  }
  return out;
}

std::string render_disclosure_json(const Batch& batch) {
  nlohmann::ordered_json head = nlohmann::ordered_json::object();
  head["batch"] = batch.id;
  head["year"] = batch.year;
  head["published_on"] = batch.published_on.to_string();
  head["authority"] = batch.authority;
  std::string text = head.dump();
  text.pop_back();  // the closing brace: rows follow, one per line
  text += ",\"rows\":[";
  const auto& columns = disclosure_columns();
  for (std::size_t n = 0; n < batch.rows.size(); ++n) {
    const auto cells = cells_of(batch.rows[n]);
    nlohmann::ordered_json obj = nlohmann::ordered_json::object();
    obj[columns[0].key] = batch.rows[n].seq;
    for (std::size_t i = 1; i < columns.size(); ++i) obj[columns[i].key] = cells[i];
    text += (n ? ",\n " : "\n ") + obj.dump();
  }
  text += batch.rows.empty() ? "]}\n" : "\n]}\n";
  return text;
}

std::string render_disclosure_html(const Batch& batch) {
  const std::string title = html_escape(disclosure_title(batch));
  std::string out = html_page_open(disclosure_title(batch));
  out += fmt::format("<h1>{}</h1>\n", title);
  out += fmt::format("<p class=\"meta\">公示日期：<time datetime=\"{}\">{}</time>　第{}批　共{}条</p>\n",
                     batch.published_on.to_string(), chinese_date(batch.published_on), batch.id, batch.rows.size());
  out += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"results-caption\" tabindex=\"0\">\n<table>\n";
  out += fmt::format("<caption id=\"results-caption\">{}年度随机抽查结果（第{}批）</caption>\n", batch.year, batch.id);
  out += "<thead>\n<tr>";
  for (const auto& c : disclosure_columns()) out += fmt::format("<th scope=\"col\">{}</th>", html_escape(c.header));
  out += "</tr>\n</thead>\n<tbody>\n";
  for (const auto& row : batch.rows) {
    const auto cells = cells_of(row);
    out += "<tr>";
    for (std::size_t i = 0; i < cells.size(); ++i) {
      // 序号, the code and the dates read best on one line.
      const bool nowrap = i == 0 || i == 2 || i == 6 || i == 9;
      out += fmt::format("<td{}>{}</td>", nowrap ? " class=\"nowrap\"" : "", html_escape(cells[i]));
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n</div>\n";
  out +=
      "<p "
      "class=\"note\">依据“谁检查、谁录入、谁公开”原则公示。涉及保密、国家安全、公共安全的检查结果依法不予公开。</p>\n";
  return out + html_page_close();
}

void write_disclosure_xlsx(const Batch& batch, const std::string& path) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (wb == nullptr) throw EnvironmentError(fmt::format("{}: cannot create the workbook", path));
  // workbook_close frees the workbook; a failure before it must still free it.
  struct Closer {
    lxw_workbook* wb;
    bool closed = false;
    ~Closer() {
      if (!closed) workbook_close(wb);
    }
  } closer{wb};

  const std::string title = disclosure_title(batch);
  const std::string subject = fmt::format("第{}批，公示日期{}", batch.id, batch.published_on.to_string());
  lxw_doc_properties props{};
  props.title = const_cast<char*>(title.c_str());
  props.subject = const_cast<char*>(subject.c_str());
  props.author = const_cast<char*>(batch.authority.c_str());
  props.company = const_cast<char*>(batch.authority.c_str());
  // Without this libxlsxwriter writes the current time into docProps/core.xml.
  props.created = static_cast<time_t>(batch.published_on.days() * 86400);
  workbook_set_properties(wb, &props);

  lxw_worksheet* ws = workbook_add_worksheet(wb, "抽查结果公示");
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_bg_color(header, 0xEEF1F5);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(header);
  lxw_format* cell = workbook_add_format(wb);
  format_set_border(cell, LXW_BORDER_THIN);
  format_set_text_wrap(cell);
  format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);

  const double widths[] = {6, 36, 22, 36, 26, 12, 12, 26, 40, 12};
  const auto& columns = disclosure_columns();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    worksheet_set_column(ws, col, col, widths[c], nullptr);
    worksheet_write_string(ws, 0, col, columns[c].header.c_str(), header);
  }
  for (std::size_t r = 0; r < batch.rows.size(); ++r) {
    const auto cells = cells_of(batch.rows[r]);
    const auto row = static_cast<lxw_row_t>(r + 1);
    worksheet_write_number(ws, row, 0, batch.rows[r].seq, cell);
    // Strings, never formulas: a cell's text is shown as it is.
    for (std::size_t c = 1; c < cells.size(); ++c) {
      worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), cells[c].c_str(), cell);
    }
  }
  worksheet_freeze_panes(ws, 1, 0);
  if (!batch.rows.empty()) {
    worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(batch.rows.size()),
                         static_cast<lxw_col_t>(columns.size() - 1));
  }
  closer.closed = true;
  const lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) {
    throw EnvironmentError(fmt::format("{}: cannot write the workbook: {}", path, lxw_strerror(err)));
  }
}

std::string write_disclosure(const Batch& batch, DisclosureFormat format, AtomicFile& file) {
  std::string bytes;
  switch (format) {
    case DisclosureFormat::csv:
      bytes = render_disclosure_csv(batch);
      break;
    case DisclosureFormat::json:
      bytes = render_disclosure_json(batch);
      break;
    case DisclosureFormat::html:
      bytes = render_disclosure_html(batch);
      break;
    case DisclosureFormat::xlsx: {
      write_disclosure_xlsx(batch, file.temp_path());
      std::ifstream in(file.temp_path(), std::ios::binary);
      const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (!in.good() && !in.eof())
        throw EnvironmentError(fmt::format("{}: cannot read the workbook back", file.path()));
      // libxlsxwriter does not see a failed write of its temporary parts (disk full): check the result.
      const std::string problem = xlsx_package_problem(written);
      if (!problem.empty()) {
        throw EnvironmentError(
            fmt::format("{}: cannot write the workbook whole ({}; is the disk or the temporary "
                        "folder full?)",
                        file.path(), problem));
      }
      return sha256_hex(written);
    }
  }
  file.write(bytes);
  return sha256_hex(bytes);
}

}  // namespace sjsj
