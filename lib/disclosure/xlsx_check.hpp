#pragma once
// A check that a written .xlsx package is whole. libxlsxwriter 1.1 builds each part of the
// package in a temporary file and does not notice when writing it fails (a full disk, a file size
// limit): the part is cut short and still zipped, and workbook_close reports success. So the
// finished package is read back and every XML part is inflated and checked to end where its root
// element closes.
#include <string>
#include <string_view>

namespace sjsj {

// Returns an empty string when `package` is a ZIP whose every .xml and .rels part inflates fully
// and is valid UTF-8 ending with the closing tag of its root element; otherwise what is wrong
// ("xl/sharedStrings.xml is cut short").
std::string xlsx_package_problem(std::string_view package);

}  // namespace sjsj
