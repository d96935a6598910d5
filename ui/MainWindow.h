#pragma once

#include "NavigationPage.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace smtpaudit::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void showPage(NavigationPage page);
    NavigationPage currentPage() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createNavigation();
    void restoreWindowState();
    QWidget* createPlaceholderPage(NavigationPage page);
    static QString pageTitle(NavigationPage page);
    static QString pageObjectName(NavigationPage page);

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_tenantStatus = nullptr;
};

} // namespace smtpaudit::ui
