#include "report/ReportBuilder.h"

#include "report/ReportChart.h"
#include "report/ReportComposer.h"
#include "report/ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace smtpaudit::ui::report {

ReportBuilder::ReportBuilder(ReportComposer& composer)
    : m_composer(composer)
    , m_unit(composer.formatUnitsPerMm())
{}

void ReportBuilder::useFlow()
{
    QTextDocument* flow = m_composer.flow();
    if (flow != m_document) {
        m_document = flow;
        m_document->setIndentWidth(6 * m_unit);
        m_cursor = QTextCursor(m_document);
        m_charts = new ChartObjectHandler(m_document);
        m_atStart = true;
    }
    m_trailingHeadingBlock = -1;
}

QString ReportBuilder::takeTrailingHeading()
{
    if (m_trailingHeadingBlock < 0 || !m_document || m_composer.flow() != m_document)
        return {};
    const QTextBlock heading = m_document->findBlockByNumber(m_trailingHeadingBlock);
    m_trailingHeadingBlock = -1;
    if (!heading.isValid() || heading != m_document->lastBlock())
        return {};
    const QString text = heading.text();
    QTextCursor remove(heading);
    if (heading.previous().isValid()) {
        // From the end of the block before: the heading goes with its block separator.
        remove.setPosition(heading.position() - 1);
        remove.setPosition(heading.position() + heading.length() - 1, QTextCursor::KeepAnchor);
        remove.removeSelectedText();
    } else {
        remove.select(QTextCursor::BlockUnderCursor);
        remove.removeSelectedText();
        remove.setBlockFormat(bodyBlock());
        m_atStart = true;
    }
    m_cursor.movePosition(QTextCursor::End);
    return text;
}

QTextBlockFormat ReportBuilder::bodyBlock() const
{
    QTextBlockFormat format;
    format.setBottomMargin(1.2 * m_unit);
    // Direction follows the text itself, so Arabic or Hebrew names lay out right to left.
    format.setLayoutDirection(Qt::LayoutDirectionAuto);
    return format;
}

void ReportBuilder::heading(int level, const QString& text, bool pageBreakBefore)
{
    if (pageBreakBefore)
        m_composer.pageBreak();
    useFlow();
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin((level == 1 ? 2 : 5) * m_unit);
    block.setBottomMargin((level == 1 ? 4 : 1.5) * m_unit);
    QTextCharFormat chars;
    chars.setFontWeight(QFont::Bold);
    chars.setFontPointSize(level == 1 ? 20 : level == 2 ? 14 : 11.5);
    chars.setForeground(level == 1 ? accentColor() : QColor(Qt::black));
    if (!m_atStart)
        m_cursor.insertBlock(block, chars);
    else {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
    }
    m_cursor.insertText(text, chars);
    m_atStart = false;
    if (level >= 2)
        m_trailingHeadingBlock = m_cursor.blockNumber();
}

void ReportBuilder::paragraph(const QString& text, const std::optional<QColor>& color, double scale, bool bold)
{
    useFlow();
    QTextCharFormat chars;
    chars.setFontPointSize(m_document->defaultFont().pointSizeF() * scale);
    chars.setForeground(color.value_or(QColor(Qt::black)));
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    if (m_atStart) {
        m_cursor.setBlockFormat(bodyBlock());
        m_cursor.setBlockCharFormat(chars);
    } else {
        m_cursor.insertBlock(bodyBlock(), chars);
    }
    m_cursor.insertText(text, chars);
    m_atStart = false;
}

void ReportBuilder::bullets(const QStringList& items)
{
    if (items.isEmpty())
        return;
    useFlow();
    QTextCharFormat chars;
    chars.setForeground(QColor(Qt::black));
    m_cursor.insertBlock(bodyBlock(), chars);
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    m_cursor.createList(listFormat);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            m_cursor.insertBlock();
        m_cursor.insertText(items.at(i), chars);
    }
    // Leave the list: the next block is an ordinary paragraph.
    m_cursor.insertBlock(bodyBlock(), chars);
    m_cursor.setBlockFormat(bodyBlock());
    if (QTextList* list = m_cursor.currentList())
        list->remove(m_cursor.block());
    m_atStart = false;
}

void ReportBuilder::code(const QStringList& lines)
{
    useFlow();
    QTextBlockFormat block;
    block.setBackground(QColor(0xf1, 0xf3, 0xf5));
    block.setLeftMargin(2 * m_unit);
    block.setBottomMargin(0);
    block.setLayoutDirection(Qt::LeftToRight);
    block.setNonBreakableLines(false);
    QTextCharFormat chars;
    chars.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    chars.setFontPointSize(m_document->defaultFont().pointSizeF() * 0.85);
    chars.setForeground(QColor(0x21, 0x25, 0x29));
    for (const QString& line : lines) {
        m_cursor.insertBlock(block, chars);
        m_cursor.insertText(line, chars);
    }
    m_cursor.insertBlock(bodyBlock(), QTextCharFormat());
    m_atStart = false;
}

void ReportBuilder::table(const QStringList& header, const QList<QList<Cell>>& rows, const QList<int>& widths)
{
    const QString caption = takeTrailingHeading();
    m_composer.table(ReportTable(header, rows, widths, caption));
}

void ReportBuilder::facts(const QList<QPair<QString, Cell>>& rows)
{
    useFlow();
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(0.7 * m_unit);
    format.setCellSpacing(0);
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 40), QTextLength(QTextLength::PercentageLength, 60)});
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    m_cursor.insertBlock(bodyBlock());
    QTextTable* table = m_cursor.insertTable(static_cast<int>(rows.size()), 2, format);
    for (int row = 0; row < rows.size(); ++row) {
        QTextCharFormat label;
        label.setForeground(mutedColor());
        table->cellAt(row, 0).firstCursorPosition().insertText(rows.at(row).first, label);
        const Cell& value = rows.at(row).second;
        QTextCharFormat chars;
        chars.setForeground(value.foreground.value_or(QColor(Qt::black)));
        if (value.bold)
            chars.setFontWeight(QFont::Bold);
        table->cellAt(row, 1).firstCursorPosition().insertText(value.text, chars);
    }
    m_cursor = table->lastCursorPosition();
    m_cursor.movePosition(QTextCursor::NextBlock);
    m_atStart = false;
}

void ReportBuilder::chart(ChartSpec spec)
{
    useFlow();
    QTextBlockFormat block = bodyBlock();
    block.setTopMargin(2 * m_unit);
    block.setBottomMargin(3 * m_unit);
    block.setLayoutDirection(Qt::LeftToRight);
    m_cursor.insertBlock(block);
    m_charts->insert(m_cursor, std::move(spec));
    m_atStart = false;
}

void ReportBuilder::spacer(double mm)
{
    useFlow();
    QTextBlockFormat block;
    block.setTopMargin(mm * m_unit);
    m_cursor.insertBlock(block);
    m_atStart = false;
}

} // namespace smtpaudit::ui::report
