#pragma once

#include <initializer_list>

class QTableView;

namespace smtpaudit::ui {

// The console's look for a table of records: whole-row selection, no grid, no row numbers, one fixed row
// height from the font (uniform rows keep 100,000-row views fast), left-aligned headers, the last column
// stretched, and column widths in multiples of the font's 'M' so they follow font size and DPI.
void setUpRecordTable(QTableView* table, std::initializer_list<int> columnWidthsInEm, int rowPadding = 10);

} // namespace smtpaudit::ui
