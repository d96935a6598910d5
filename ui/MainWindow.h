#pragma once

#include "NavigationPage.h"
#include "common/ConsoleAudit.h"
#include "export/AuditExport.h"
#include "settings/ConsoleSettings.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;
class QToolBar;

namespace smtpaudit {
class AuditStore;
class Clock;
} // namespace smtpaudit

namespace smtpaudit::ui {

class DashboardPage;
class FindingsPage;
class HistoryPage;
class MailboxesPage;
class MfaPage;
class RotationPage;
class SampleTenantHost;
class SignInsPage;
class TestSendDialog;

// The console: navigation on the left (Dashboard, Mailboxes, MFA, Sign-ins, Rotation, Findings, History),
// the page on the right, a toolbar to start or repeat an audit, and a status bar with the tenant, the
// data's age and the countdown to Microsoft's Basic-auth default change while Basic SMTP still works.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    // `clock` and `store` must outlive the window; `store` may be null (no history).
    MainWindow(const Clock& clock, const AuditStore* store, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(NavigationPage page);
    NavigationPage currentPage() const;

    void setAudit(const ConsoleAudit& audit);
    const ConsoleAudit& audit() const { return m_audit; }

    // Shows the newest saved audit (e.g. at start); false when the history is empty or unreadable.
    bool loadLatestFromHistory();
    bool openSavedAudit(const QString& path);
    // The tray (or, without a tray, status bar) reminder when a credential is due within the warning period.
    // Returns the message shown; empty when nothing is due or reminders are off.
    QString remindAboutRotation();

    ConsoleSettings settings() const { return m_settings; }
    void applySettings(const ConsoleSettings& settings);

    DashboardPage* dashboardPage() const { return m_dashboard; }
    MailboxesPage* mailboxesPage() const { return m_mailboxes; }
    MfaPage* mfaPage() const { return m_mfa; }
    SignInsPage* signInsPage() const { return m_signIns; }
    RotationPage* rotationPage() const { return m_rotation; }
    FindingsPage* findingsPage() const { return m_findings; }
    HistoryPage* historyPage() const { return m_history; }

    // File > Export: the PDF report, the CSV files or the audit JSON of the audit shown. Asks where (a file
    // dialog, or the chooser tests install) and says in the status bar what was written.
    QMenu* exportMenu() const { return m_exportMenu; }
    using ExportPathChooser = std::function<QString(AuditExport::Kind kind, const QString& suggestedName)>;
    void setExportPathChooser(ExportPathChooser chooser) { m_exportPathChooser = std::move(chooser); }
    Result<QStringList> exportAudit(AuditExport::Kind kind);

    // The sample tenant `smtpaudit --sample-tenant` runs: Test Send on an audit of it talks to its SMTP
    // endpoint. `host` may be null; it must outlive the window or be a QObject deleted before it (QPointer).
    void setSampleTenantHost(SampleTenantHost* host);

    static QString pageTitle(NavigationPage page);
    static QString pageObjectName(NavigationPage page);

signals:
    void newAuditRequested();
    void sampleAuditRequested();
    void rerunRequested();
    void sendTestRequested(const QString& userPrincipalName);

public slots:
    void openSettings();
    // The Test Send dialog with `userPrincipalName` as the sender and user (the mailbox's context menu), set up
    // for the audited tenant: the sample tenant's own SMTP endpoint, or sign-in through the audit's profile.
    TestSendDialog* openTestSend(const QString& userPrincipalName);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createNavigation();
    void createActions();
    void createStatusBar();
    void restoreWindowState();
    void updateStatusBar();
    void setUpTestSend(TestSendDialog& dialog) const;
    QString chooseExportPath(AuditExport::Kind kind, const QString& suggestedName);

    const Clock& m_clock;
    const AuditStore* m_store = nullptr;
    std::unique_ptr<AuditStore> m_ownStore;
    QPointer<SampleTenantHost> m_sampleHost;
    ConsoleAudit m_audit;
    ConsoleSettings m_settings;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_rerunAction = nullptr;
    QMenu* m_exportMenu = nullptr;
    ExportPathChooser m_exportPathChooser;
    QLabel* m_tenantStatus = nullptr;
    QLabel* m_ageStatus = nullptr;
    QLabel* m_countdownStatus = nullptr;
    QSystemTrayIcon* m_tray = nullptr;

    DashboardPage* m_dashboard = nullptr;
    MailboxesPage* m_mailboxes = nullptr;
    MfaPage* m_mfa = nullptr;
    SignInsPage* m_signIns = nullptr;
    RotationPage* m_rotation = nullptr;
    FindingsPage* m_findings = nullptr;
    HistoryPage* m_history = nullptr;
};

} // namespace smtpaudit::ui
