#pragma once

#include "MfaCoverage.h"
#include "common/ConsoleAudit.h"

#include <QWidget>

class QCheckBox;
class QStackedWidget;
class QTableView;

namespace smtpaudit::ui {

class MfaModel;
class PageHeader;
class SummaryCard;

// MFA coverage: registered, capable and required (per-user, Conditional Access or security defaults)
// among the accounts in scope; administrators first and highlighted.
class MfaPage : public QWidget
{
    Q_OBJECT

public:
    explicit MfaPage(QWidget* parent = nullptr);

    void setAudit(const ConsoleAudit& audit);
    MfaModel* model() const { return m_model; }
    MfaTotals totals() const { return m_totals; }

private:
    void applyScope();

    ConsoleAudit m_audit;
    MfaTotals m_totals;
    MfaModel* m_model = nullptr;
    PageHeader* m_header = nullptr;
    QStackedWidget* m_stack = nullptr;
    SummaryCard* m_registeredCard = nullptr;
    SummaryCard* m_capableCard = nullptr;
    SummaryCard* m_enforcedCard = nullptr;
    SummaryCard* m_adminCard = nullptr;
    QCheckBox* m_excludeShared = nullptr;
    QCheckBox* m_excludeDisabled = nullptr;
    QCheckBox* m_excludeGuests = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace smtpaudit::ui
