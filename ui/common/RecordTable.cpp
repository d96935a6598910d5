#include "RecordTable.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace smtpaudit::ui {

void setUpRecordTable(QTableView* table, std::initializer_list<int> columnWidthsInEm, int rowPadding)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setShowGrid(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + rowPadding);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Never narrower than the header's own text (with the sort arrow): German headers are longer.
    QHeaderView* header = table->horizontalHeader();
    int column = 0;
    for (const int width : columnWidthsInEm) {
        table->setColumnWidth(column, std::max(width * em, header->sectionSizeHint(column)));
        ++column;
    }
}

} // namespace smtpaudit::ui
