#include "report/ReportComposer.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui::report {

ReportComposer::ReportComposer(const QPaintDevice* device, QSizeF content, const QFont& base)
    : m_device(device)
    , m_content(content)
    , m_base(base)
    , m_unit((device ? device->logicalDpiY() : 96) / 25.4)
{
    // QTextDocument scales the lengths in QTextFormats (fixed line heights, margins, paddings) by the
    // device's DPI over the screen's (300 / 96 for the PDF writer on most systems; the report's margins
    // came out 3.1 times too large before): measure that factor once instead of assuming the screen's DPI.
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(const_cast<QPaintDevice*>(device));
    probe.setDocumentMargin(0);
    QTextCursor cursor(&probe);
    QTextBlockFormat fixed;
    fixed.setLineHeight(1000, QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(fixed);
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(u"x"_s);
    const double top = probe.documentLayout()->blockBoundingRect(probe.lastBlock()).top();
    m_lineHeightScale = top > 0 ? top / 1000 : 1;
}

ReportComposer::~ReportComposer() = default;

QTextDocument* ReportComposer::flow()
{
    if (m_open)
        return m_open;
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->documentLayout()->setPaintDevice(const_cast<QPaintDevice*>(m_device));
    document->setDefaultFont(m_base);
    document->setDocumentMargin(0);
    // One edit block per flow: the layout runs once in endFlow() instead of after every insertion.
    QTextCursor(document.get()).beginEditBlock();
    m_open = document.get();
    m_documents.push_back(std::move(document));
    return m_open;
}

void ReportComposer::endFlow()
{
    if (!m_open)
        return;
    QTextDocument* document = m_open;
    m_open = nullptr;
    if (document->isEmpty()) {
        QTextCursor(document).endEditBlock();
        return; // it held only a heading that became a table's caption
    }
    // The flow continues the current page: an empty first line as tall as what is already there pushes
    // it down. (Not the root frame's top margin, which QTextDocument repeats on every page, nor the first
    // block's top margin, which it ignores at the top of a page.)
    if (m_y > 0) {
        QTextCursor start(document);
        start.insertBlock();
        QTextBlockFormat spacer;
        spacer.setLineHeight(m_y / m_lineHeightScale, QTextBlockFormat::FixedHeight);
        QTextCursor(document).setBlockFormat(spacer);
    }
    document->setPageSize(m_content);
    QTextCursor(document).endEditBlock();

    const int pages = document->pageCount();
    for (int index = 0; index < pages; ++index)
        m_flowPages.append({m_page + index, document, index});
    m_page += pages - 1;
    const QRectF last = document->documentLayout()->blockBoundingRect(document->lastBlock());
    m_y = std::clamp(last.bottom() - (pages - 1) * m_content.height(), 0.0, m_content.height());
}

void ReportComposer::newPage()
{
    ++m_page;
    m_y = 0;
}

void ReportComposer::pageBreak()
{
    endFlow();
    if (m_y > 0)
        newPage();
}

void ReportComposer::table(ReportTable table)
{
    endFlow();
    m_tables.push_back(std::make_unique<ReportTable>(std::move(table)));
    ReportTable* placed = m_tables.back().get();
    placed->measure(m_device, m_content.width(), m_unit, m_base);
    const double height = m_content.height();

    // Caption, header and the first rows (up to three) stay together.
    double start = placed->captionHeight() + placed->headerHeight();
    for (int row = 0; row < std::min(3, placed->rowCount()); ++row)
        start += placed->rowHeight(row);
    if (m_y > 0 && m_y + start > height)
        newPage();

    TableRows run{m_page, placed, m_y, true, 0, 0};
    m_y += placed->captionHeight() + placed->headerHeight();
    for (int row = 0; row < placed->rowCount(); ++row) {
        const double rowHeight = placed->rowHeight(row);
        if (m_y + rowHeight > height && row > run.firstRow) {
            // The last row never stands alone under a repeated header: the row before goes with it.
            const int breakAt = row == placed->rowCount() - 1 && row - run.firstRow >= 3 ? row - 1 : row;
            run.endRow = breakAt;
            m_tableRows.append(run);
            newPage();
            run = TableRows{m_page, placed, 0, false, breakAt, breakAt};
            m_y = placed->headerHeight();
            for (int moved = breakAt; moved < row; ++moved)
                m_y += placed->rowHeight(moved);
        }
        m_y += rowHeight;
    }
    run.endRow = placed->rowCount();
    m_tableRows.append(run);
    m_y = std::min(m_y + placed->gapAfter(), height);
}

int ReportComposer::finish()
{
    endFlow();
    return m_page + 1;
}

void ReportComposer::paint(QPainter& painter, int page) const
{
    const QRectF area(QPointF(0, 0), m_content);
    // A few hundred placements at most: a scan per page costs nothing next to painting.
    for (const FlowPage& flow : m_flowPages) {
        if (flow.page != page)
            continue;
        painter.save();
        painter.setClipRect(area);
        painter.translate(0, -flow.documentPage * m_content.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, flow.documentPage * m_content.height(), m_content.width(), m_content.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        flow.document->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    for (const TableRows& run : m_tableRows) {
        if (run.page != page)
            continue;
        painter.save();
        double y = run.top;
        if (run.caption)
            y += run.table->paintCaption(painter, y);
        y += run.table->paintHeader(painter, y);
        for (int row = run.firstRow; row < run.endRow; ++row)
            y += run.table->paintRow(painter, row, y);
        painter.restore();
    }
}

} // namespace smtpaudit::ui::report
