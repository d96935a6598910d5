#include "AuditLauncher.h"

#include "MainWindow.h"
#include "SummaryPage.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

AuditLauncher::AuditLauncher(MainWindow* window, WizardServices services, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_services(std::move(services))
{
    connect(window, &MainWindow::newAuditRequested, this, &AuditLauncher::openNewAudit);
    connect(window, &MainWindow::sampleAuditRequested, this, &AuditLauncher::openSampleAudit);
    connect(window, &MainWindow::rerunRequested, this, &AuditLauncher::rerun);
}

AuditLauncher::~AuditLauncher()
{
    delete m_wizard.data();
}

AuditWizard* AuditLauncher::createWizard()
{
    if (m_wizard) {
        // One audit at a time: bring the open wizard forward instead of starting a second one.
        m_wizard->raise();
        m_wizard->activateWindow();
        return nullptr;
    }
    WizardServices services = m_services;
    if (m_window)
        services.defaults = m_window->settings();
    m_wizard = new AuditWizard(services, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &AuditWizard::auditFinished, this, [this](const ConsoleAudit& audit) {
        if (m_window)
            m_window->setAudit(audit);
    });
    connect(m_wizard, &QDialog::finished, this, &AuditLauncher::onWizardFinished);
    if (m_window)
        if (QMenu* menu = m_window->exportMenu()) {
            auto* summary = qobject_cast<SummaryPage*>(m_wizard->page(AuditWizard::SummaryPageId));
            summary->exportButton()->setMenu(menu);
        }
    return m_wizard;
}

AuditWizard* AuditLauncher::openNewAudit()
{
    AuditWizard* wizard = createWizard();
    if (wizard)
        wizard->show();
    return wizard;
}

AuditWizard* AuditLauncher::openSampleAudit()
{
    AuditWizard* wizard = createWizard();
    if (!wizard)
        return nullptr;
    wizard->preselectSampleTenant(m_sampleSize);
    wizard->show();
    return wizard;
}

AuditWizard* AuditLauncher::rerun()
{
    if (!m_lastConnection)
        return openNewAudit();
    AuditWizard* wizard = createWizard();
    if (!wizard)
        return nullptr;
    wizard->startWithConnection(std::move(m_lastConnection), m_lastScope);
    wizard->show();
    return wizard;
}

void AuditLauncher::onWizardFinished()
{
    if (!m_wizard)
        return;
    // Keep what the last successful audit used, for "Run again".
    if (!m_wizard->audit().isEmpty()) {
        m_lastScope = m_wizard->scope();
        m_lastConnection = m_wizard->takeConnection();
    }
    if (auto* summary = qobject_cast<SummaryPage*>(m_wizard->page(AuditWizard::SummaryPageId)))
        summary->exportButton()->setMenu(nullptr); // the menu belongs to the window
}

} // namespace smtpaudit::ui
