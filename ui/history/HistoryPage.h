#pragma once

#include "audit/AuditStore.h"

#include <QFutureWatcher>
#include <QWidget>

class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace smtpaudit::ui {

class HistoryModel;
struct HistoryEntry;
class PageHeader;

// Saved audits of every tenant, newest first, and what changed between the selected audit and the one
// before it. Files are read on a worker thread; the page stays responsive with a long history.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(QWidget* parent = nullptr);
    ~HistoryPage() override;

    // Not owned; must outlive the page. Null: no history.
    void setStore(const AuditStore* store);
    void refresh();
    bool isLoading() const { return m_loading; }
    HistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString diffHtml() const;
    void selectRow(int row);

signals:
    void openAuditRequested(const QString& path);
    void refreshed();

private:
    void onLoaded();
    void updateDiff();

    const AuditStore* m_store = nullptr;
    bool m_loading = false;
    bool m_refreshAgain = false;
    QFutureWatcher<QList<HistoryEntry>>* m_watcher = nullptr;
    HistoryModel* m_model = nullptr;
    PageHeader* m_header = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_diff = nullptr;
    QPushButton* m_openButton = nullptr;
};

} // namespace smtpaudit::ui
