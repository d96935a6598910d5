#include "WizardTestSupport.h"
#include "audit/AuditStore.h"
#include "sample/server/SampleHttpServer.h"
#include "sample/tenant/SampleTenant.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;
using namespace wizardtest;

// Stop and Cancel in the middle of collecting from the sample tenant, whose every Graph and Exchange answer
// is held back by the latency fault (the identity platform is spared, so sign-in is quick and the run is
// really collecting when the button is pressed). The run must end within a second, the page must say it
// was cancelled, and no audit may be saved or handed on as complete.
class TestWizardCancel : public QObject
{
    Q_OBJECT

private:
    // Drives the wizard to the run page and waits until requests are waiting on the slow tenant.
    static AuditRun* collectingRun(AuditWizard& wizard, SampleTenantHost& host)
    {
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return nullptr;
        button(wizard, QWizard::NextButton)->click();
        if (!QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 30000))
            return nullptr;
        button(wizard, QWizard::NextButton)->click(); // scope
        button(wizard, QWizard::NextButton)->click(); // run
        AuditRun* run = wizard.run();
        if (wizard.currentId() != int(AuditWizard::RunPageId) || !run)
            return nullptr;
        // Collecting, with requests accepted by the tenant and not yet answered.
        const bool collecting = QTest::qWaitFor(
            [&] {
                return run->state() == AuditRun::State::Collecting &&
                       host.tenant()->server().counters().connectionsAccepted > 1;
            },
            30000);
        return collecting ? run : nullptr;
    }

    static sample::SampleServerOptions slowTenant()
    {
        sample::SampleServerOptions options;
        options.faults.latencyMs = 20000; // far longer than the test waits: only cancelling can end the run
        return options;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestWizardCancel"_s);
    }

    void stopDuringCollectionCancelsWithinASecond()
    {
        QTemporaryDir historyDir;
        const AuditStore history(historyDir.path());
        SampleTenantHost host;
        host.setServerOptions(slowTenant());
        WizardServices services = sampleServices(host);
        services.history = &history;
        AuditWizard wizard(services);
        QSignalSpy finished(&wizard, &AuditWizard::auditFinished);

        AuditRun* run = collectingRun(wizard, host);
        QVERIFY(run);
        QVERIFY(run->isRunning());
        auto* stop = wizard.findChild<QPushButton*>(u"stopButton"_s);
        QVERIFY(stop && stop->isEnabled());
        stop->click();

        QTRY_COMPARE_WITH_TIMEOUT(run->state(), AuditRun::State::Cancelled, 1000);
        auto* state = wizard.findChild<QLabel*>(u"runState"_s);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"Cancelled"_s), 1000);
        QCOMPARE(wizard.currentId(), int(AuditWizard::RunPageId));
        QVERIFY(!wizard.currentPage()->isComplete()); // no way on to a summary
        QVERIFY(!stop->isEnabled());
        QVERIFY(wizard.findChild<QPushButton*>(u"startAgainButton"_s)->isVisible());
        // Nothing saved, nothing handed to the console.
        QVERIFY(wizard.audit().isEmpty());
        QCOMPARE(finished.count(), 0);
        QVERIFY(!run->savedTo());
        QVERIFY(history.list().isEmpty());
        QVERIFY(QDir(historyDir.path()).entryList(QDir::Files).isEmpty());
    }

    void cancellingTheWizardDuringCollectionStopsTheRun()
    {
        QTemporaryDir historyDir;
        const AuditStore history(historyDir.path());
        SampleTenantHost host;
        host.setServerOptions(slowTenant());
        WizardServices services = sampleServices(host);
        services.history = &history;
        AuditWizard wizard(services);
        QSignalSpy finished(&wizard, &AuditWizard::auditFinished);

        AuditRun* run = collectingRun(wizard, host);
        QVERIFY(run);
        QVERIFY(button(wizard, QWizard::CancelButton)->isEnabled());
        button(wizard, QWizard::CancelButton)->click();

        QTRY_COMPARE_WITH_TIMEOUT(run->state(), AuditRun::State::Cancelled, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 1000);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(wizard.audit().isEmpty());
        QCOMPARE(finished.count(), 0);
        QVERIFY(history.list().isEmpty());
        QVERIFY(QDir(historyDir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestWizardCancel)
#include "TestWizardCancel.moc"
