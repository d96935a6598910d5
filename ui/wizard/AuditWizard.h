#pragma once

#include "TenantConnection.h"
#include "audit/run/AuditRun.h"
#include "common/ConsoleAudit.h"
#include "settings/ConsoleSettings.h"

#include <QWizard>

#include <functional>
#include <memory>

namespace smtpaudit {
class AuditStore;
class ProfileStore;
class SecretStore;
} // namespace smtpaudit

namespace smtpaudit::ui {

// Starts (or returns the running) sample tenant of a size ("small", "medium", "large") and says how to
// reach it with one of its app registrations. Provided by the application, which owns the sample tenant.
using SampleTenantStarter = std::function<Result<ConnectionRequest>(const QString& size, SampleApp app)>;

// What the wizard needs from the application. Every pointer may be null (no profiles, no history, no
// sample tenant); none is owned.
struct WizardServices
{
    ProfileStore* profiles = nullptr;
    SecretStore* secrets = nullptr;
    const AuditStore* history = nullptr; // the previous audit of the tenant feeds BP11 and the diff
    SampleTenantStarter sampleTenant;
    ConsoleSettings defaults;
};

// The scope page's choices.
struct AuditScope
{
    CollectorSettings collectors;
    QStringList sendingRanges;
    int rotationPeriodDays = 90;
};

// The audit wizard: choose the tenant, check permissions, set the scope, run with per-collector progress
// (cancel stops within the event loop turn), and a summary. Reusable: start it on the run page with an
// existing connection and scope to repeat an audit ("Run again").
class AuditWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        TenantPageId,
        PermissionsPageId,
        ScopePageId,
        RunPageId,
        SummaryPageId,
    };

    explicit AuditWizard(WizardServices services, QWidget* parent = nullptr);
    ~AuditWizard() override;

    // Pre-selects the sample tenant of `size` on the first page (`smtpaudit --sample-tenant SIZE`).
    void preselectSampleTenant(const QString& size, SampleApp app = SampleApp::Auditor);
    // Skips to the run page with an existing connection (taken over) and scope: "Run again".
    void startWithConnection(std::unique_ptr<TenantConnection> connection, const AuditScope& scope);

    const WizardServices& services() const { return m_services; }
    TenantConnection* connection() const { return m_connection.get(); }
    // Creates the connection for `request`, replacing any previous one.
    Status connectTo(const ConnectionRequest& request);
    std::unique_ptr<TenantConnection> takeConnection();

    const std::optional<PermissionOutcome>& permissions() const { return m_permissions; }
    void setPermissions(const PermissionOutcome& outcome) { m_permissions = outcome; }
    const AuditScope& scope() const { return m_scope; }
    void setScope(const AuditScope& scope) { m_scope = scope; }

    AuditRun* run() const { return m_run.get(); }
    // Starts a new run over the connection with the current scope.
    AuditRun* startRun();
    // The finished audit (empty until the run finished).
    const ConsoleAudit& audit() const { return m_audit; }

    // Saving a new profile's secret to the keychain failed (the audit goes on with the secret in memory).
    void setKeychainWarning(const QString& message);
    QString keychainWarningText() const { return m_keychainWarning; }

    void reject() override;

signals:
    void auditFinished(const smtpaudit::ui::ConsoleAudit& audit);
    void keychainWarning(const QString& message);

private:
    void onRunFinished();

    WizardServices m_services;
    std::unique_ptr<TenantConnection> m_connection;
    std::optional<PermissionOutcome> m_permissions;
    AuditScope m_scope;
    std::unique_ptr<AuditRun> m_run;
    ConsoleAudit m_audit;
    QString m_keychainWarning;
};

} // namespace smtpaudit::ui
