#pragma once

#include "report/ReportTable.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCursor>

#include <optional>

class QTextDocument;

namespace smtpaudit::ui::report {

struct ChartSpec;
class ChartObjectHandler;
class ReportComposer;

// Writes a report through the composer: prose into its QTextDocument flows through QTextCursor only, data
// tables as ReportTables. Tenant data is always inserted as text, so a display name like "<b>x</b>"
// prints literally and can never become markup.
class ReportBuilder
{
public:
    explicit ReportBuilder(ReportComposer& composer);

    void heading(int level, const QString& text, bool pageBreakBefore = false);
    void paragraph(const QString& text, const std::optional<QColor>& color = std::nullopt, double scale = 1.0,
                   bool bold = false);
    void bullets(const QStringList& items);
    void code(const QStringList& lines);
    // Header row repeats on every page the table spans; widths are percentages (may be empty). A level 2 or 3
    // heading written just before becomes the table's caption, so it never ends a page on its own.
    void table(const QStringList& header, const QList<QList<Cell>>& rows, const QList<int>& widthsPercent = {});
    // Two-column label/value list without a header.
    void facts(const QList<QPair<QString, Cell>>& rows);
    void chart(ChartSpec spec);
    void spacer(double mm);

private:
    QTextBlockFormat bodyBlock() const;
    // Switches to the composer's current flow (a new one after a table or a page break).
    void useFlow();
    // Removes the heading written last when nothing followed it; its text.
    QString takeTrailingHeading();

    ReportComposer& m_composer;
    QTextDocument* m_document = nullptr;
    QTextCursor m_cursor;
    ChartObjectHandler* m_charts = nullptr;
    bool m_atStart = true;
    int m_trailingHeadingBlock = -1; // block number of a level 2/3 heading nothing has followed yet
    double m_unit = 1;               // QTextFormat length units per millimetre (ReportComposer::formatUnitsPerMm)
};

} // namespace smtpaudit::ui::report
