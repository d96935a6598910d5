#include "MainWindow.h"
#include "audit/AuditStore.h"
#include "audit/Clock.h"
#include "mailboxes/MailboxesPage.h"
#include "sample/tenant/SampleTenant.h"
#include "sampletenant/SampleTenantHost.h"
#include "wizard/AuditLauncher.h"
#include "wizard/AuditWizard.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

// The audit wizard end to end on the built-in sample tenant (small), as `smtpaudit --sample-tenant small`
// starts it: the launcher opens it with the sample chosen, Next signs in over loopback HTTPS and checks
// permissions, the scope page, the run with per-collector progress, the summary; Finish leaves the audit
// in the main window, whose Mailboxes table lists the tenant's mailboxes; Run again repeats it. And the
// permissions page's report for the sample's main app.
class TestSampleAuditWizard : public QObject
{
    Q_OBJECT

private:
    static QPushButton* button(QWizard* wizard, QWizard::WizardButton which)
    {
        return qobject_cast<QPushButton*>(wizard->button(which));
    }

    // Drives the wizard from the tenant page to the summary.
    static void runThrough(AuditWizard* wizard)
    {
        QCOMPARE(wizard->currentId(), int(AuditWizard::TenantPageId));
        QVERIFY(wizard->findChild<QRadioButton*>(u"sampleRadio"_s)->isChecked());
        button(wizard, QWizard::NextButton)->click();
        QCOMPARE(wizard->currentId(), int(AuditWizard::PermissionsPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 30000);
        button(wizard, QWizard::NextButton)->click();
        QCOMPARE(wizard->currentId(), int(AuditWizard::ScopePageId));
        button(wizard, QWizard::NextButton)->click();
        QCOMPARE(wizard->currentId(), int(AuditWizard::RunPageId));
        QVERIFY(wizard->run());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AuditWizard::SummaryPageId), 50000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestSampleAuditWizard"_s);
    }

    void auditsTheSmallSampleTenant()
    {
        QTemporaryDir historyDir;
        const AuditStore history(historyDir.path());
        SampleTenantHost host;
        WizardServices services;
        services.history = &history;
        services.sampleTenant = [&host](const QString& size, SampleApp app) { return host.connectionFor(size, app); };

        MainWindow window(Clock::system(), &history);
        window.show();
        AuditLauncher launcher(&window, services);
        launcher.setSampleSize(u"small"_s);
        QPointer<AuditWizard> wizard = launcher.openSampleAudit();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        runThrough(wizard);

        const ConsoleAudit audit = wizard->audit();
        QVERIFY(!audit.isEmpty());
        QVERIFY(audit.sampleTenant);
        QVERIFY(audit.result->complete);
        QCOMPARE(audit.result->tenantId(), host.tenant()->tenantId());
        QVERIFY(audit.result->mailboxes.size() >= 40);
        // Every collector row reached a final state; the summary shows the score and that it was saved.
        for (QTreeWidgetItem* row :
             wizard->findChild<QTreeWidget*>(u"collectorsTree"_s)->findItems(QString(), Qt::MatchContains))
            QVERIFY2(!row->text(1).isEmpty(), qPrintable(row->text(0)));
        QVERIFY(!wizard->findChild<QWidget*>(u"partialBanner"_s)->isVisible());
        QCOMPARE(history.list().size(), 1);

        // The summary's export button offers the window's exports; JSON of this audit lands in the file.
        auto* exportButton = wizard->findChild<QPushButton*>(u"summaryExportButton"_s);
        QVERIFY(exportButton && exportButton->isVisible() && exportButton->menu());
        QCOMPARE(exportButton->menu()->actions().size(), 3);
        QTemporaryDir exportDir; // not the history directory: the history lists every JSON file in it
        const QString jsonPath = exportDir.filePath(u"export.json"_s);
        window.setExportPathChooser([&](AuditExport::Kind, const QString&) { return jsonPath; });
        exportButton->menu()->findChild<QAction*>(u"exportJsonAction"_s)->trigger();
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(json.readAll().contains(host.tenant()->tenantId().toUtf8()));

        button(wizard, QWizard::FinishButton)->click();
        QTRY_VERIFY(wizard.isNull());
        // The main window shows the audit: its Mailboxes table lists the tenant's mailboxes.
        window.showPage(NavigationPage::Mailboxes);
        auto* table = window.mailboxesPage()->findChild<QTableView*>(u"mailboxTable"_s);
        QVERIFY(table && table->model());
        QCOMPARE(table->model()->rowCount(), int(audit.result->mailboxes.size()));
        const QString firstUpn = audit.result->mailboxes.constFirst().userPrincipalName;
        QVERIFY(!table->model()
                     ->match(table->model()->index(0, 0), Qt::DisplayRole, firstUpn, 1, Qt::MatchFixedString)
                     .isEmpty());
        QVERIFY(window.findChild<QAction*>(u"rerunAuditAction"_s)->isEnabled());

        // Run again: the same connection and scope, straight to the run page, a second saved audit.
        QVERIFY(launcher.canRerun());
        QPointer<AuditWizard> again = launcher.rerun();
        QVERIFY(again);
        QCOMPARE(again->currentId(), int(AuditWizard::RunPageId));
        QTRY_COMPARE_WITH_TIMEOUT(again->currentId(), int(AuditWizard::SummaryPageId), 50000);
        QTRY_COMPARE(history.list().size(), 2);
        again->accept();
    }

    void permissionsPageListsEveryCheck()
    {
        SampleTenantHost host;
        WizardServices services;
        services.sampleTenant = [&host](const QString& size, SampleApp app) { return host.connectionFor(size, app); };
        AuditWizard wizard(services);
        wizard.preselectSampleTenant(u"small"_s);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        button(&wizard, QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        QVERIFY(wizard.permissions());
        QCOMPARE(wizard.permissions()->tenantId, host.tenant()->tenantId());
        auto* tree = wizard.findChild<QTreeWidget*>(u"requirementsTree"_s);
        QCOMPARE(tree->topLevelItemCount(), int(allAuditChecks().size()));
        // The sample's main app holds every permission: no check is blocked.
        for (AuditCheck check : allAuditChecks())
            QVERIFY2(!wizard.permissions()->report.blocks(check), qPrintable(auditCheckName(check)));
        QVERIFY(tree->findItems(u"Missing"_s, Qt::MatchExactly | Qt::MatchRecursive, 3).isEmpty());
    }
};

QTEST_MAIN(TestSampleAuditWizard)
#include "TestSampleAuditWizard.moc"
