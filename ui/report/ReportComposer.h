#pragma once

#include "report/ReportTable.h"

#include <QFont>
#include <QList>
#include <QSizeF>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextDocument;

namespace smtpaudit::ui::report {

// Lays the report out on pages: runs of prose, headings, lists, facts and charts go into small
// QTextDocuments ("flows") that QTextDocument paginates, data tables are ReportTables placed row by row.
// Keeping every QTextDocument small keeps its layout cheap; a table of thousands of rows costs linear time.
class ReportComposer
{
public:
    // `content`: the printable area of one page below the header and above the footer, in device units.
    ReportComposer(const QPaintDevice* device, QSizeF content, const QFont& base);
    ~ReportComposer();

    // Lengths in QTextFormats (margins, paddings, line heights) per millimetre on the page: QTextDocument
    // scales them by the device's DPI over the screen's, unlike the device units of the page itself.
    double formatUnitsPerMm() const { return m_unit / m_lineHeightScale; }

    // The flow that text is written into now; a new one starts after a table or a page break.
    QTextDocument* flow();
    void pageBreak();
    // Places `table` below what is already on the page. A caption keeps with the header and first rows;
    // the header row repeats at the top of every further page.
    void table(ReportTable table);

    // Ends the layout; the number of pages.
    int finish();
    // Paints page `page` (0-based) with the content area's top-left corner at the painter's origin.
    void paint(QPainter& painter, int page) const;

private:
    struct FlowPage
    {
        int page;
        const QTextDocument* document;
        int documentPage;
    };
    struct TableRows
    {
        int page;
        const ReportTable* table;
        double top;
        bool caption;
        int firstRow;
        int endRow;
    };

    void endFlow();
    void newPage();

    const QPaintDevice* m_device;
    QSizeF m_content;
    QFont m_base;
    double m_unit;
    double m_lineHeightScale = 1; // device units per unit of QTextBlockFormat::lineHeight()
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
    std::vector<std::unique_ptr<ReportTable>> m_tables;
    QTextDocument* m_open = nullptr;
    QList<FlowPage> m_flowPages;
    QList<TableRows> m_tableRows;
    int m_page = 0;
    double m_y = 0; // the used height of page m_page
};

} // namespace smtpaudit::ui::report
