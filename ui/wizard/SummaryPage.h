#pragma once

#include <QWizardPage>

class QGridLayout;
class QLabel;
class QPushButton;

namespace smtpaudit::ui {

class AuditWizard;
class Banner;
class SummaryCard;

// Last page: the score, the findings by severity, the partial-audit warning naming what could not be read,
// where the audit was saved, and the export of the report.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(AuditWizard* wizard);

    void initializePage() override;
    // The export button's menu; the application decides what exporting means (MainWindow's export).
    QPushButton* exportButton() const { return m_export; }

private:
    AuditWizard* m_wizard;
    SummaryCard* m_score = nullptr;
    QList<SummaryCard*> m_severities; // critical, high, medium, low
    Banner* m_partial = nullptr;
    QLabel* m_saved = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace smtpaudit::ui
