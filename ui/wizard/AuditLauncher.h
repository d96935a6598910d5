#pragma once

#include "AuditWizard.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QMenu;

namespace smtpaudit::ui {

class MainWindow;

// Connects the console to the audit wizard: "New audit" opens it on the tenant page, "Audit the sample
// tenant" opens it with the sample tenant chosen, "Run again" repeats the last audit over the same
// connection and scope. A finished audit goes straight into the window; one wizard at a time.
class AuditLauncher : public QObject
{
    Q_OBJECT

public:
    AuditLauncher(MainWindow* window, WizardServices services, QObject* parent = nullptr);
    ~AuditLauncher() override;

    AuditWizard* wizard() const { return m_wizard; }
    // The size "Audit the sample tenant" starts (`smtpaudit --sample-tenant SIZE` sets it).
    void setSampleSize(const QString& size) { m_sampleSize = size; }

    AuditWizard* openNewAudit();
    AuditWizard* openSampleAudit();
    AuditWizard* rerun();
    bool canRerun() const { return m_lastConnection != nullptr; }

private:
    AuditWizard* createWizard();
    void onWizardFinished();

    QPointer<MainWindow> m_window;
    WizardServices m_services;
    QPointer<AuditWizard> m_wizard;
    QString m_sampleSize = QStringLiteral("small");
    std::unique_ptr<TenantConnection> m_lastConnection;
    AuditScope m_lastScope;
};

} // namespace smtpaudit::ui
