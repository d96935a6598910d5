#pragma once

#include "common/ConsoleAudit.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace smtpaudit::ui {

class FindingsModel;
class PageHeader;
class SummaryCard;

// Findings grouped by best practice, with evidence and remediation for the selected one.
class FindingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPage(QWidget* parent = nullptr);

    void setAudit(const ConsoleAudit& audit);
    FindingsModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    bool selectFinding(const QString& findingId);
    QString currentRemediation() const;

private:
    void updateDetails();

    ConsoleAudit m_audit;
    FindingsModel* m_model = nullptr;
    PageHeader* m_header = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<SummaryCard*> m_severityCards; // critical, high, medium, low
    QCheckBox* m_issuesOnly = nullptr;
    QTreeView* m_tree = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_copyButton = nullptr;
};

} // namespace smtpaudit::ui
