#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QSizeF>
#include <QString>
#include <QTextObjectInterface>

class QTextCursor;
class QTextDocument;

namespace smtpaudit::ui::report {

// A chart drawn with QPainter when the document is painted, so it stays vector graphics in the PDF.
struct ChartSeries
{
    QString name;
    QColor color;
    QList<double> values; // one per category
};

struct ChartSpec
{
    enum class Kind
    {
        StackedColumns, // categories along x (days), series stacked
        HorizontalBars, // one bar per category, first series only
    };
    Kind kind = Kind::StackedColumns;
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    QSizeF sizeMm{170, 70};
};

// The text-object handler that owns the charts of one document.
class ChartObjectHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;

    explicit ChartObjectHandler(QTextDocument* document);

    // Inserts `chart` at the cursor as one object (width and height in millimetres of the page).
    void insert(QTextCursor& cursor, ChartSpec chart);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    void drawStackedColumns(QPainter& painter, const QRectF& plot, const ChartSpec& chart, double unit) const;
    void drawHorizontalBars(QPainter& painter, const QRectF& plot, const ChartSpec& chart, double unit) const;
    double pixelsPerMm(QTextDocument* doc) const;

    QList<ChartSpec> m_charts;
};

} // namespace smtpaudit::ui::report
