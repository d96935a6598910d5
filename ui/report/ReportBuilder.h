#pragma once

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

// A cell of a report table: literal text (never interpreted as markup) with optional emphasis.
struct Cell
{
    QString text;
    std::optional<QColor> foreground;
    std::optional<QColor> background;
    bool bold = false;
    bool monospace = false;

    Cell(QString t = {}) // NOLINT(google-explicit-constructor): rows read naturally as {"a", "b"}
        : text(std::move(t))
    {}
};

// Writes a report into a QTextDocument through QTextCursor only: tenant data is inserted as text, so a
// display name like "<b>x</b>" prints literally and can never become markup.
class ReportBuilder
{
public:
    explicit ReportBuilder(QTextDocument* document);

    void heading(int level, const QString& text, bool pageBreakBefore = false);
    void paragraph(const QString& text, const std::optional<QColor>& color = std::nullopt, double scale = 1.0,
                   bool bold = false);
    void bullets(const QStringList& items);
    void code(const QStringList& lines);
    // Header row repeats on every page the table spans; widths are percentages (may be empty).
    void table(const QStringList& header, const QList<QList<Cell>>& rows, const QList<int>& widthsPercent = {});
    // Two-column label/value list without a header.
    void facts(const QList<QPair<QString, Cell>>& rows);
    void chart(ChartSpec spec);
    void spacer(double mm);

    QTextCursor& cursor() { return m_cursor; }

private:
    QTextBlockFormat bodyBlock() const;

    QTextDocument* m_document;
    QTextCursor m_cursor;
    ChartObjectHandler* m_charts;
    bool m_atStart = true;
    double m_unit = 1; // device units per millimetre
};

} // namespace smtpaudit::ui::report
