#include "lib/disclosure/html_page.hpp"

#include <fmt/format.h>

namespace sjsj {
namespace {

constexpr const char* page_style =
    R"(body{margin:0 auto;max-width:90rem;padding:1.5rem 1rem;color:#1a1a1a;background:#fff;
font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;line-height:1.6}
h1{font-size:1.5rem;line-height:1.4;text-align:center;margin:0 0 .5rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.meta{text-align:center;color:#333;margin:0 0 1rem}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{caption-side:top;text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #8c8c8c;padding:.4rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef1f5;white-space:nowrap}
td.nowrap{white-space:nowrap;font-variant-numeric:tabular-nums}
.note{color:#333;font-size:.9rem}
@media print{body{max-width:none;padding:0;font-size:10.5pt}.table-wrap{overflow:visible}
thead{display:table-header-group}tr{break-inside:avoid}thead th{background:none}}
)";

}  // namespace

std::string html_page_open(const std::string& title) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n<main>\n",
      html_escape(title), page_style);
}

std::string html_page_close() { return "</main>\n</body>\n</html>\n"; }

std::string html_table(const Report& report, const std::string& caption, const std::string& id) {
  std::string out = fmt::format(
      "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"{0}\" tabindex=\"0\">\n<table>\n"
      "<caption id=\"{0}\">{1}</caption>\n<thead>\n<tr>",
      html_escape(id), html_escape(caption));
  for (const auto& c : report.columns) out += fmt::format("<th scope=\"col\">{}</th>", html_escape(c.header));
  out += "</tr>\n</thead>\n<tbody>\n";
  for (const auto& row : report.rows) {
    out += "<tr>";
    for (const auto& cell : row) {
      const bool number = cell.is_number();
      out += fmt::format("<td{}>{}</td>", number ? " class=\"nowrap\"" : "", html_escape(cell_text(cell)));
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</div>\n";
}

}  // namespace sjsj
