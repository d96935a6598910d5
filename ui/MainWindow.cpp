#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("smtpaudit — SMTP AUTH audit for Microsoft 365"));
    setWindowIcon(QIcon(u":/icons/smtpaudit.svg"_s));
    setMinimumSize(900, 600);

    createNavigation();
    createActions();

    m_tenantStatus = new QLabel(tr("No tenant connected"), this);
    m_tenantStatus->setObjectName(u"tenantStatus"_s);
    statusBar()->addWidget(m_tenantStatus, 1);

    restoreWindowState();
}

QString MainWindow::pageTitle(NavigationPage page)
{
    switch (page) {
    case NavigationPage::Dashboard:
        return tr("Dashboard");
    case NavigationPage::Mailboxes:
        return tr("Mailboxes");
    case NavigationPage::Mfa:
        return tr("MFA");
    case NavigationPage::SignIns:
        return tr("Sign-ins");
    case NavigationPage::Rotation:
        return tr("Rotation");
    case NavigationPage::Findings:
        return tr("Findings");
    case NavigationPage::History:
        return tr("History");
    }
    return {};
}

QString MainWindow::pageObjectName(NavigationPage page)
{
    static const char* const names[] = {"dashboardPage", "mailboxesPage", "mfaPage",    "signInsPage",
                                        "rotationPage",  "findingsPage",  "historyPage"};
    return QString::fromLatin1(names[static_cast<int>(page)]);
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMaximumWidth(220);
    m_navigation->setSpacing(3);
    m_navigation->setIconSize(QSize(20, 20));
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);

    for (int i = 0; i < navigationPageCount; ++i) {
        const auto page = static_cast<NavigationPage>(i);
        m_navigation->addItem(pageTitle(page));
        m_pages->addWidget(createPlaceholderPage(page));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
}

QWidget* MainWindow::createPlaceholderPage(NavigationPage page)
{
    auto* widget = new QWidget(this);
    widget->setObjectName(pageObjectName(page));
    auto* layout = new QVBoxLayout(widget);
    auto* heading = new QLabel(pageTitle(page), widget);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* hint = new QLabel(tr("Run an audit to see results here."), widget);
    hint->setObjectName(u"emptyHint"_s);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addStretch(1);
    return widget;
}

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < navigationPageCount; ++i) {
        const auto page = static_cast<NavigationPage>(i);
        auto* action = viewMenu->addAction(pageTitle(page));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* aboutQt = helpMenu->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showPage(NavigationPage page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

NavigationPage MainWindow::currentPage() const
{
    return static_cast<NavigationPage>(m_pages->currentIndex());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    event->accept();
}

} // namespace smtpaudit::ui
