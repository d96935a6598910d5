#pragma once

#include "audit/CollectorStatus.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace smtpaudit {
struct CollectorProgress;
}

namespace smtpaudit::ui {

class AuditWizard;
class Banner;

// Fourth page: runs the audit. One row per collector with its state, counts, requests and ETA, errors in
// plain words; an overall bar; "Stop" cancels at once (AuditRun::cancel ends everything in the same event
// loop turn) and offers to start again. Moves on to the summary by itself when the audit is evaluated.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RunPage(AuditWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void stop();

private:
    void start();
    void onProgress(CollectorId id, const CollectorProgress& progress, qint64 etaMs);
    void onCollectorFinished(CollectorId id, const CollectorStatus& status);
    void onStateChanged();
    void onFinished();
    void updateOverall();

    AuditWizard* m_wizard;
    QLabel* m_state = nullptr;
    QProgressBar* m_overall = nullptr;
    QTreeWidget* m_collectors = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_again = nullptr;
    Banner* m_banner = nullptr;
    QTimer* m_ticker = nullptr;
    QHash<CollectorId, QTreeWidgetItem*> m_rows;
    QHash<CollectorId, double> m_completion;
};

} // namespace smtpaudit::ui
