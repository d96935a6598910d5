#pragma once

#include "common/ConsoleAudit.h"
#include "util/Result.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace smtpaudit {
class Clock;
}

namespace smtpaudit::ui {

class PageHeader;
class RotationModel;
class SummaryCard;

// Credential rotation: SMTP account passwords, app secrets and certificates, and smtpaudit's own
// credential, with days left, and an export of the due dates as an iCalendar file.
class RotationPage : public QWidget
{
    Q_OBJECT

public:
    enum class Show
    {
        All,
        NeedsAttention, // overdue or within the warning period
        Overdue,
    };

    explicit RotationPage(const Clock& clock, QWidget* parent = nullptr);

    void setAudit(const ConsoleAudit& audit);
    void setWarningDays(int days);
    int warningDays() const { return m_warningDays; }
    void setShow(Show show);
    RotationModel* model() const { return m_model; }
    QSortFilterProxyModel* visibleModel() const { return m_proxy; }

    // Writes the due dates of every listed credential to `path` (atomically).
    Status exportCalendar(const QString& path) const;

public slots:
    void exportCalendarInteractively();

private:
    void refresh();

    const Clock& m_clock;
    ConsoleAudit m_audit;
    int m_warningDays = 30;
    PageHeader* m_header = nullptr;
    QStackedWidget* m_stack = nullptr;
    SummaryCard* m_overdueCard = nullptr;
    SummaryCard* m_soonCard = nullptr;
    SummaryCard* m_totalCard = nullptr;
    QComboBox* m_showBox = nullptr;
    QPushButton* m_exportButton = nullptr;
    RotationModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace smtpaudit::ui
