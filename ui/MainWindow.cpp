#include "MainWindow.h"

#include "audit/AuditStore.h"
#include "audit/Clock.h"
#include "audit/Rules.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "dashboard/DashboardPage.h"
#include "findings/FindingsPage.h"
#include "history/HistoryPage.h"
#include "mailboxes/MailboxesPage.h"
#include "mfa/MfaPage.h"
#include "rotation/RotationModel.h"
#include "rotation/RotationPage.h"
#include "sample/tenant/SampleTenant.h"
#include "sampletenant/SampleTenantHost.h"
#include "settings/SettingsDialog.h"
#include "signins/SignInsPage.h"
#include "testsend/TestSendDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

const char* const pageIcons[] = {"dashboard", "mailbox", "shield", "chart", "rotation", "findings", "history"};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(Clock::system(), nullptr, parent)
{
    m_ownStore = std::make_unique<AuditStore>();
    m_store = m_ownStore.get();
    m_history->setStore(m_store);
}

MainWindow::MainWindow(const Clock& clock, const AuditStore* store, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_store(store)
    , m_settings(ConsoleSettings::load())
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("smtpaudit — SMTP AUTH audit for Microsoft 365"));
    setWindowIcon(QIcon(u":/icons/smtpaudit.svg"_s));
    setMinimumSize(1000, 640);
    createPages();
    createNavigation();
    createActions();
    createStatusBar();
    applySettings(m_settings);
    m_history->setStore(m_store);
    restoreWindowState();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

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

void MainWindow::createPages()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_dashboard = new DashboardPage(m_clock, m_pages);
    m_mailboxes = new MailboxesPage(m_pages);
    m_mfa = new MfaPage(m_pages);
    m_signIns = new SignInsPage(m_pages);
    m_rotation = new RotationPage(m_clock, m_pages);
    m_findings = new FindingsPage(m_pages);
    m_history = new HistoryPage(m_pages);
    for (QWidget* page :
         std::initializer_list<QWidget*>{m_dashboard, m_mailboxes, m_mfa, m_signIns, m_rotation, m_findings, m_history})
        m_pages->addWidget(page);

    connect(m_dashboard, &DashboardPage::pageRequested, this, &MainWindow::showPage);
    connect(m_dashboard, &DashboardPage::mailboxesRequested, this, [this](quint32 filters) {
        m_mailboxes->setFilterText({});
        m_mailboxes->setQuickFilters(filters);
        showPage(NavigationPage::Mailboxes);
    });
    connect(m_dashboard, &DashboardPage::findingRequested, this, [this](const QString& id) {
        m_findings->selectFinding(id);
        showPage(NavigationPage::Findings);
    });
    connect(m_dashboard, &DashboardPage::newAuditRequested, this, &MainWindow::newAuditRequested);
    connect(m_dashboard, &DashboardPage::sampleAuditRequested, this, &MainWindow::sampleAuditRequested);
    connect(m_mailboxes, &MailboxesPage::showSignInsRequested, this, [this](const QString& upn) {
        m_signIns->showUser(upn);
        showPage(NavigationPage::SignIns);
    });
    connect(m_mailboxes, &MailboxesPage::sendTestRequested, this, &MainWindow::sendTestRequested);
    connect(this, &MainWindow::sendTestRequested, this, [this](const QString& upn) { openTestSend(upn); });
    connect(m_history, &HistoryPage::openAuditRequested, this, &MainWindow::openSavedAudit);
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(170);
    m_navigation->setMaximumWidth(240);
    m_navigation->setSpacing(2);
    m_navigation->setIconSize(QSize(20, 20));
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    // The navigation sits on the window colour, like a sidebar, not on the white of a list.
    m_navigation->setAutoFillBackground(false);
    m_navigation->viewport()->setAutoFillBackground(false);

    for (int i = 0; i < navigationPageCount; ++i) {
        const auto page = static_cast<NavigationPage>(i);
        auto* item = new QListWidgetItem(themedIcon(QString::fromLatin1(pageIcons[i])), pageTitle(page));
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 18));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(page)).arg(i + 1));
        m_navigation->addItem(item);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    setCentralWidget(splitter);
}

void MainWindow::createActions()
{
    auto* newAudit = new QAction(themedIcon(u"play"_s), tr("&New audit…"), this);
    newAudit->setObjectName(u"newAuditAction"_s);
    newAudit->setShortcut(QKeySequence::New);
    newAudit->setToolTip(tr("Audit a tenant (Ctrl+N)"));
    connect(newAudit, &QAction::triggered, this, &MainWindow::newAuditRequested);
    m_rerunAction = new QAction(themedIcon(u"refresh"_s), tr("&Run again"), this);
    m_rerunAction->setObjectName(u"rerunAuditAction"_s);
    m_rerunAction->setShortcut(QKeySequence::Refresh);
    m_rerunAction->setToolTip(tr("Audit the same tenant again with the same settings (F5)"));
    m_rerunAction->setEnabled(false);
    connect(m_rerunAction, &QAction::triggered, this, &MainWindow::rerunRequested);
    auto* sample = new QAction(themedIcon(u"sample"_s), tr("Audit the &sample tenant"), this);
    sample->setObjectName(u"sampleAuditAction"_s);
    connect(sample, &QAction::triggered, this, &MainWindow::sampleAuditRequested);
    auto* exportIcs = new QAction(themedIcon(u"calendar"_s), tr("Export &rotation calendar…"), this);
    exportIcs->setObjectName(u"exportIcsAction"_s);
    connect(exportIcs, &QAction::triggered, m_rotation, &RotationPage::exportCalendarInteractively);
    auto* settingsAction = new QAction(themedIcon(u"settings"_s), tr("&Settings…"), this);
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(newAudit);
    fileMenu->addAction(m_rerunAction);
    fileMenu->addAction(sample);
    fileMenu->addSeparator();
    m_exportMenu = fileMenu->addMenu(themedIcon(u"export"_s), tr("&Export"));
    m_exportMenu->setObjectName(u"exportMenu"_s);
    m_exportMenu->setEnabled(false);
    const std::pair<AuditExport::Kind, QString> exports[] = {
        {AuditExport::Kind::Pdf, tr("&PDF report…")},
        {AuditExport::Kind::Csv, tr("&CSV files…")},
        {AuditExport::Kind::Json, tr("Audit &JSON…")},
    };
    static const char* const exportNames[] = {"exportPdfAction", "exportCsvAction", "exportJsonAction"};
    for (const auto& [kind, text] : exports) {
        QAction* action = m_exportMenu->addAction(text);
        action->setObjectName(QString::fromLatin1(exportNames[int(kind)]));
        connect(action, &QAction::triggered, this, [this, kind] { exportAudit(kind); });
    }
    m_exportMenu->actions().constFirst()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    fileMenu->addAction(exportIcs);
    fileMenu->addSeparator();
    fileMenu->addAction(settingsAction);
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < navigationPageCount; ++i) {
        const auto page = static_cast<NavigationPage>(i);
        auto* action = viewMenu->addAction(themedIcon(QString::fromLatin1(pageIcons[i])), pageTitle(page));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_toolBar = addToolBar(tr("Audit"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(newAudit);
    m_toolBar->addAction(m_rerunAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(exportIcs);
    m_toolBar->addAction(settingsAction);
}

void MainWindow::createStatusBar()
{
    m_tenantStatus = new QLabel(this);
    m_tenantStatus->setObjectName(u"tenantStatus"_s);
    m_ageStatus = new QLabel(this);
    m_ageStatus->setObjectName(u"dataAgeStatus"_s);
    m_countdownStatus = new QLabel(this);
    m_countdownStatus->setObjectName(u"countdownStatus"_s);
    statusBar()->addWidget(m_tenantStatus, 1);
    statusBar()->addPermanentWidget(m_countdownStatus);
    statusBar()->addPermanentWidget(m_ageStatus);
}

void MainWindow::updateStatusBar()
{
    if (m_audit.isEmpty()) {
        m_tenantStatus->setText(tr("No tenant audited yet"));
        m_ageStatus->clear();
        m_countdownStatus->setVisible(false);
        m_rerunAction->setEnabled(false);
        return;
    }
    const AuditResult& r = *m_audit.result;
    const QDateTime now = m_clock.currentDateTimeUtc();
    QString tenant = tr("Tenant: %1").arg(m_audit.tenantLabel);
    if (!r.complete)
        tenant += tr(" · partial audit");
    m_tenantStatus->setText(tenant);
    const QDateTime asOf = r.snapshot.capturedAt.isValid() ? r.snapshot.capturedAt : r.generatedAt;
    m_ageStatus->setText(tr("Data as of %1 (%2)").arg(Format::dateTime(asOf), Format::relativeDays(asOf, now)));

    // The countdown matters only while a password still works over SMTP somewhere in the tenant.
    bool basicStillWorks = false;
    for (const MailboxAssessment& row : r.mailboxes)
        if (row.smtpAuth.verdict == SmtpAuthVerdict::Enabled) {
            basicStillWorks = true;
            break;
        }
    const qint64 days = Rules::daysUntilBasicSmtpDefaultChange(now);
    m_countdownStatus->setVisible(basicStillWorks && days >= 0);
    m_countdownStatus->setText(tr("Basic auth for SMTP off by default in %n day(s)", nullptr, int(days)) + u"  ·"_s);
    m_countdownStatus->setToolTip(tr("Microsoft disables Basic authentication for SMTP AUTH by default in existing "
                                     "tenants at the end of December 2026. Devices still sending with a password "
                                     "must move to OAuth or a relay connector."));
}

void MainWindow::setAudit(const ConsoleAudit& audit)
{
    m_audit = audit;
    m_dashboard->setAudit(audit);
    m_mailboxes->setAudit(audit);
    m_mfa->setAudit(audit);
    m_signIns->setAudit(audit);
    m_rotation->setAudit(audit);
    m_findings->setAudit(audit);
    m_rerunAction->setEnabled(!audit.isEmpty());
    m_exportMenu->setEnabled(!audit.isEmpty());
    updateStatusBar();
    m_history->refresh();
}

QString MainWindow::chooseExportPath(AuditExport::Kind kind, const QString& suggestedName)
{
    if (m_exportPathChooser)
        return m_exportPathChooser(kind, suggestedName);
    const QString start = QDir::home().filePath(suggestedName);
    switch (kind) {
    case AuditExport::Kind::Pdf:
        return QFileDialog::getSaveFileName(this, tr("Export the PDF report"), start, tr("PDF files (*.pdf)"));
    case AuditExport::Kind::Json:
        return QFileDialog::getSaveFileName(this, tr("Export the audit JSON"), start, tr("JSON files (*.json)"));
    case AuditExport::Kind::Csv:
        return QFileDialog::getExistingDirectory(this, tr("Choose a folder for the CSV files"), QDir::homePath());
    }
    return {};
}

Result<QStringList> MainWindow::exportAudit(AuditExport::Kind kind)
{
    if (m_audit.isEmpty())
        return Error::make(Error::Category::InvalidInput, tr("There is no audit to export yet."));
    const QString target = chooseExportPath(kind, AuditExport::suggestedName(kind, *m_audit.result));
    if (target.isEmpty())
        return Error::make(Error::Category::Cancelled, tr("Export cancelled."));
    Result<QStringList> written = AuditExport::write(kind, *m_audit.result, target);
    if (written.ok())
        statusBar()->showMessage(
            tr("Exported %n file(s) to %1", nullptr, int(written.value().size())).arg(QDir::toNativeSeparators(target)),
            10000);
    else
        statusBar()->showMessage(tr("Export failed: %1").arg(written.error().message), 15000);
    return written;
}

bool MainWindow::openSavedAudit(const QString& path)
{
    if (!m_store)
        return false;
    auto loaded = m_store->load(path);
    if (!loaded.ok()) {
        statusBar()->showMessage(loaded.error().error.message, 8000);
        return false;
    }
    ConsoleAudit audit;
    auto result = std::make_shared<AuditResult>(std::move(loaded).value());
    audit.tenantLabel = result->snapshot.organization.displayName.isEmpty() ? result->tenantId()
                                                                            : result->snapshot.organization.displayName;
    audit.result = std::move(result);
    setAudit(audit);
    showPage(NavigationPage::Dashboard);
    return true;
}

bool MainWindow::loadLatestFromHistory()
{
    if (!m_store)
        return false;
    for (const AuditFileInfo& info : m_store->list())
        if (openSavedAudit(info.path))
            return true;
    return false;
}

QString MainWindow::remindAboutRotation()
{
    if (!m_settings.trayReminder || m_audit.isEmpty())
        return {};
    const RotationSummary summary = RotationSchedule::summarise(
        m_audit.result->credentials, m_clock.currentDateTimeUtc(), m_settings.rotationWarningDays);
    const QString text = RotationSchedule::notificationText(summary, m_settings.rotationWarningDays);
    if (text.isEmpty())
        return {};
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(u":/icons/smtpaudit.svg"_s), this);
            m_tray->setToolTip(tr("smtpaudit"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showPage(NavigationPage::Rotation);
                raise();
                activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("Credentials due for rotation"), text, QSystemTrayIcon::Warning, 15000);
    } else {
        statusBar()->showMessage(text, 30000);
    }
    return text;
}

void MainWindow::applySettings(const ConsoleSettings& settings)
{
    m_settings = settings;
    m_rotation->setWarningDays(settings.rotationWarningDays);
    m_dashboard->setWarningDays(settings.rotationWarningDays);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConsoleSettings settings = dialog.settings();
    settings.save();
    applySettings(settings);
}

void MainWindow::setSampleTenantHost(SampleTenantHost* host)
{
    m_sampleHost = host;
}

TestSendDialog* MainWindow::openTestSend(const QString& userPrincipalName)
{
    // Not modal: the admin may look up the mailbox's settings while the test runs.
    auto* dialog = new TestSendDialog(userPrincipalName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    setUpTestSend(*dialog);
    dialog->show();
    return dialog;
}

void MainWindow::setUpTestSend(TestSendDialog& dialog) const
{
    if (m_audit.isEmpty())
        return;
    // The audit of the running sample tenant: its mailboxes exist only there, so the test goes to its own SMTP
    // endpoint (host, port, CA), not to smtp.office365.com.
    const sample::SampleTenant* tenant = m_sampleHost ? m_sampleHost->tenant() : nullptr;
    if (tenant && (m_audit.sampleTenant || m_audit.result->tenantId() == tenant->tenantId())) {
        dialog.useSampleTenant(*tenant);
        return;
    }
    // A real tenant: "OAuth: sign in with a device code" signs a person in to it with the audit's app registration
    // (its cloud and CA file too); the dialog builds the credential through ProfileCredentialLoader.
    if (!m_audit.profile || !m_audit.profile->environment().ok())
        return;
    ConnectionProfile profile = *m_audit.profile;
    if (const QString tenantId = m_audit.result->tenantId(); !tenantId.isEmpty())
        profile.tenant = tenantId;
    profile.auth = ConnectionProfile::AuthKind::DeviceCode;
    dialog.setSignIn(TestSendSignIn{profile});
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
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(1280, 800);
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
