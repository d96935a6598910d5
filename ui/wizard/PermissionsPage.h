#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace smtpaudit::ui {

class AuditWizard;
class Banner;
struct PermissionOutcome;

// Second page: signs in (a delegated credential shows its device code or opens the browser here) and
// compares what the tokens grant with what every check needs, naming each missing permission, role or
// licence and how to grant it. Missing permissions do not block: the audit then runs partial.
class PermissionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PermissionsPage(AuditWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void showOutcome(const PermissionOutcome& outcome);

    AuditWizard* m_wizard;
    QLabel* m_status = nullptr;
    QLabel* m_signInPrompt = nullptr;
    QTreeWidget* m_requirements = nullptr;
    Banner* m_banner = nullptr;
    bool m_checked = false;
    bool m_signedIn = false;
};

} // namespace smtpaudit::ui
