#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace smtpaudit::ui {

class AuditWizard;

// Third page: what the audit covers. The sign-in window and which sign-ins, the IP ranges the tenant's
// devices legitimately send from (BP08), the password rotation period, and request batching.
class ScopePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScopePage(AuditWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QStringList ranges(QStringList* invalid) const;

    AuditWizard* m_wizard;
    QSpinBox* m_signInDays = nullptr;
    QComboBox* m_signInScope = nullptr;
    QPlainTextEdit* m_ranges = nullptr;
    QLabel* m_rangesError = nullptr;
    QSpinBox* m_rotation = nullptr;
    QCheckBox* m_batching = nullptr;
    QLabel* m_blocked = nullptr;
};

} // namespace smtpaudit::ui
