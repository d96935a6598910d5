#pragma once

#include "sampletenant/SampleTenantHost.h"
#include "wizard/AuditWizard.h"

#include <QPushButton>
#include <QTest>

// Shared by the wizard tests that run on the built-in sample tenant.
namespace wizardtest {

inline QPushButton* button(QWizard& wizard, QWizard::WizardButton which)
{
    return qobject_cast<QPushButton*>(wizard.button(which));
}

// Services that start `host`'s sample tenant, as the application's main() wires them.
inline smtpaudit::ui::WizardServices sampleServices(smtpaudit::ui::SampleTenantHost& host)
{
    smtpaudit::ui::WizardServices services;
    services.sampleTenant = [&host](const QString& size, smtpaudit::ui::SampleApp app) {
        return host.connectionFor(size, app);
    };
    return services;
}

} // namespace wizardtest
