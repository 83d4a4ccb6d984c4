#pragma once
// The frame of the standalone HTML pages sjsj writes (the disclosure page, the year report): one
// style sheet inside the page, Chinese font stack, responsive width, print rules; no scripts and
// no external assets, so a page can be posted or archived as it is.
#include <string>

#include "lib/util/report.hpp"

namespace sjsj {

// From <!DOCTYPE html> to the opening <main>, with `title` (escaped here) as <title>.
std::string html_page_open(const std::string& title);
// Closes what html_page_open opened.
std::string html_page_close();

// A scrollable, captioned table of a report with <th scope="col"> display headers; every cell is
// escaped. `id` names the caption for aria-labelledby and must be unique in the page.
std::string html_table(const Report& report, const std::string& caption, const std::string& id);

}  // namespace sjsj
