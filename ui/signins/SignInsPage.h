#pragma once

#include "SignInChartData.h"
#include "SignInSelection.h"
#include "common/ConsoleAudit.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace smtpaudit::ui {

class EmptyState;
class PageHeader;
class SignInCharts;
class SignInEventModel;
class SummaryCard;

// The Sign-ins page: summary cards, the charts, and below them the events the current selection keeps.
// A click on a chart bar narrows the event table (one selection at a time, shown as a chip); the
// Mailboxes page's "show its sign-ins" narrows everything to one user.
class SignInsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Scope
    {
        Smtp,
        Legacy,
        All,
    };

    explicit SignInsPage(QWidget* parent = nullptr);

    void setAudit(const ConsoleAudit& audit);
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    void showUser(const QString& userPrincipalName); // empty: every user
    QString userFilter() const { return m_user; }
    void applySelection(const SignInSelection& selection);
    void clearSelection();
    std::optional<SignInSelection> selection() const { return m_selection; }

    const SignInChartData& chartData() const { return m_chartData; }
    SignInCharts* charts() const { return m_charts; }
    SignInEventModel* eventModel() const { return m_events; }

private:
    void recompute();
    void updateEvents();
    void updateChips();
    std::optional<SignInView> baseView() const;

    ConsoleAudit m_audit;
    Scope m_scope = Scope::Smtp;
    QString m_user;
    std::optional<SignInSelection> m_selection;
    SignInChartData m_chartData;

    PageHeader* m_header = nullptr;
    QStackedWidget* m_stack = nullptr;
    EmptyState* m_empty = nullptr;
    QComboBox* m_scopeBox = nullptr;
    SummaryCard* m_eventsCard = nullptr;
    SummaryCard* m_failuresCard = nullptr;
    SummaryCard* m_usersCard = nullptr;
    SummaryCard* m_sprayCard = nullptr;
    SignInCharts* m_charts = nullptr;
    SignInEventModel* m_events = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_eventsTitle = nullptr;
    QWidget* m_userChip = nullptr;
    QLabel* m_userChipLabel = nullptr;
    QWidget* m_selectionChip = nullptr;
    QLabel* m_selectionChipLabel = nullptr;
};

} // namespace smtpaudit::ui
