#pragma once

#include "NavigationPage.h"
#include "common/ConsoleAudit.h"

#include <QWidget>

class QChartView;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace smtpaudit {
class Clock;
}

namespace smtpaudit::ui {

class Banner;
class PageHeader;
class SummaryCard;

// The first page: the audit's score and the numbers that matter as cards (each leads to its page), the
// most severe findings, SMTP sign-ins per day, and a warning when the audit is partial. Before any audit
// it offers the sample tenant and a real tenant.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(const Clock& clock, QWidget* parent = nullptr);

    void setAudit(const ConsoleAudit& audit);
    void setWarningDays(int days);

    SummaryCard* card(const QString& objectName) const;
    QString partialWarning() const;

signals:
    void pageRequested(smtpaudit::ui::NavigationPage page);
    void mailboxesRequested(quint32 quickFilters);
    void findingRequested(const QString& findingId);
    void newAuditRequested();
    void sampleAuditRequested();

private:
    QWidget* createEmptyState();
    QWidget* createContent();
    void updateChart();
    SummaryCard* addCard(const QString& objectName, const QString& title);

    const Clock& m_clock;
    ConsoleAudit m_audit;
    int m_warningDays = 30;
    PageHeader* m_header = nullptr;
    QStackedWidget* m_stack = nullptr;
    Banner* m_partial = nullptr;
    QList<SummaryCard*> m_cards;
    QListWidget* m_topFindings = nullptr;
    QChartView* m_chart = nullptr;
};

} // namespace smtpaudit::ui
