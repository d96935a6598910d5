#pragma once

#include "SignInChartData.h"
#include "SignInSelection.h"

#include <QTabWidget>

#include <vector>

class QBarSet;
class QChart;
class QChartView;
class QTableView;
class QLabel;

namespace smtpaudit::ui {

class FailureReasonModel;
class SprayBurstModel;

// The sign-in charts, one tab each: per day (success / failure / failures in spray bursts, stacked), by
// client app, top source IPs, top countries, failure reasons with explanations, and the spray bursts.
// Hovering a bar shows its numbers; clicking a bar or a row emits the selection that filters the events.
class SignInCharts : public QTabWidget
{
    Q_OBJECT

public:
    enum class Chart
    {
        PerDay,
        ClientApps,
        SourceIps,
        Countries,
    };
    // Bar sets of every chart, in stacking order.
    enum BarSetIndex
    {
        SuccessSet = 0,
        FailureSet = 1,
        SpraySet = 2, // per-day chart only
    };

    explicit SignInCharts(QWidget* parent = nullptr);

    void setData(const SignInChartData& data);
    const SignInChartData& data() const { return m_data; }

    QBarSet* barSet(Chart chart, int setIndex) const;
    int categoryCount(Chart chart) const;
    QStringList categories(Chart chart) const;
    // What a click on bar `category` of `setIndex` selects (also called by the bar sets' clicked signal).
    SignInSelection selectionFor(Chart chart, int setIndex, int category) const;
    QTableView* failureReasonTable() const { return m_reasonTable; }
    QTableView* sprayTable() const { return m_sprayTable; }

signals:
    void selectionRequested(const SignInSelection& selection);

private:
    struct ChartSlot
    {
        QChartView* view = nullptr;
        std::vector<QBarSet*> sets;
        QStringList categories; // in data order (largest first for the horizontal charts)
    };

    QChartView* createChartView(const QString& objectName, const QString& accessibleName);
    void rebuild();
    void buildPerDay();
    void buildHorizontal(Chart chart, const QStringList& labels, const std::vector<qint64>& success,
                         const std::vector<qint64>& failure);
    void connectSet(Chart chart, int setIndex, QBarSet* set);
    QString hoverText(Chart chart, int category) const;
    static void styleChart(QChart* chart, const QPalette& palette);
    ChartSlot& slot(Chart chart) { return m_slots[size_t(chart)]; }
    const ChartSlot& slot(Chart chart) const { return m_slots[size_t(chart)]; }

    SignInChartData m_data;
    std::vector<ChartSlot> m_slots{4};
    QLabel* m_sprayNote = nullptr;
    FailureReasonModel* m_reasonModel = nullptr;
    SprayBurstModel* m_sprayModel = nullptr;
    QTableView* m_reasonTable = nullptr;
    QTableView* m_sprayTable = nullptr;
};

} // namespace smtpaudit::ui
