#pragma once
// The disclosure file of a batch in each format. Every writer is a pure function of the Batch: no
// clock, no random ids, no host names, so a stored batch rendered again gives the same bytes
// (`publish --republish`). Column headers use the official wording (序号 … 公示日期); JSON uses the
// stable English keys of disclosure_columns().
#include <string>
#include <vector>

#include "lib/disclosure/disclosure.hpp"

namespace sjsj {

class AtomicFile;

enum class DisclosureFormat { csv, json, html, xlsx };

// "csv" -> csv ...; throws UsageError naming the allowed values.
DisclosureFormat parse_disclosure_format(const std::string& text);
std::string disclosure_format_name(DisclosureFormat f);

struct DisclosureColumn {
  std::string key;     // JSON key: seq, name, code, items, authority, mode, inspected_on, outcome,
                       // handling, published_on
  std::string header;  // official header: 序号, 检查对象名称, ...
};
// The ten columns, in the official order.
const std::vector<DisclosureColumn>& disclosure_columns();

// The page and sheet title: 重庆市巴南区生态环境局2026年度“双随机、一公开”抽查结果公示.
std::string disclosure_title(const Batch& batch);

// UTF-8 with a byte-order mark (so Excel on Chinese Windows reads it as UTF-8), LF line ends,
// RFC 4180 quoting; a cell starting with = + - @ gets a leading ' so a spreadsheet does not run it
// as a formula.
std::string render_disclosure_csv(const Batch& batch);
// {"batch":…,"year":…,"published_on":…,"authority":…,"rows":[{seq,name,…},…]}, one row a line.
std::string render_disclosure_json(const Batch& batch);
// A standalone page: no scripts, no external assets, every text escaped.
std::string render_disclosure_html(const Batch& batch);
// Writes the workbook to `path` (libxlsxwriter writes to a named file). Its document creation
// time is the batch's publication date at 00:00, the only time the file holds. Throws
// EnvironmentError if libxlsxwriter fails.
void write_disclosure_xlsx(const Batch& batch, const std::string& path);

// Writes the batch into the file in the format (not committed: the caller commits) and returns
// the lowercase hex SHA-256 of the bytes written, for the ledger.
std::string write_disclosure(const Batch& batch, DisclosureFormat format, AtomicFile& file);

}  // namespace sjsj
