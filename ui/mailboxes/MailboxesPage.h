#pragma once

#include "common/ConsoleAudit.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace smtpaudit::ui {

class MailboxFilterModel;
class MailboxTableModel;

// The Mailboxes page: an instantly filtered table of every mailbox with its effective SMTP AUTH verdict,
// quick filters, a details pane with the reason chain, and a context menu (test send, PowerShell, sign-ins).
class MailboxesPage : public QWidget
{
    Q_OBJECT

public:
    explicit MailboxesPage(QWidget* parent = nullptr);

    void setAudit(const ConsoleAudit& audit);
    MailboxTableModel* mailboxModel() const { return m_model; }
    MailboxFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }

    void setFilterText(const QString& text);
    void setQuickFilters(quint32 filters);
    // Selects the mailbox (clearing filters that hide it); false if the audit has no such mailbox.
    bool selectMailbox(const QString& userPrincipalName);
    QString currentMailbox() const;
    // The PowerShell the context menu copies for the current mailbox.
    QString remediationForCurrent() const;

signals:
    void sendTestRequested(const QString& userPrincipalName);
    void showSignInsRequested(const QString& userPrincipalName);

private:
    QWidget* createToolbar();
    void createActions();
    void showContextMenu(const QPoint& position);
    void updateDetails();
    void updateCount(int visible);
    void restoreCurrent(const QString& upn);
    void onQuickFilterToggled();

    ConsoleAudit m_audit;
    MailboxTableModel* m_model = nullptr;
    MailboxFilterModel* m_filter = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QList<QToolButton*> m_quickButtons;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    class PageHeader* m_header = nullptr;
    QAction* m_sendTest = nullptr;
    QAction* m_copyRemediation = nullptr;
    QAction* m_showSignIns = nullptr;
    QAction* m_copyUpn = nullptr;
};

} // namespace smtpaudit::ui
