#include "WizardTestSupport.h"
#include "audit/AuditStore.h"
#include "sample/server/SampleHttpServer.h"
#include "sample/tenant/SampleTenant.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;
using namespace wizardtest;

namespace {

// The wizard on the sample tenant whose Graph and Exchange answers never come in time, with a history of its own.
struct SlowTenantWizard
{
    QTemporaryDir historyDir;
    const AuditStore history{historyDir.path()};
    SampleTenantHost host;
    std::unique_ptr<AuditWizard> wizard;
    std::unique_ptr<QSignalSpy> finished;

    SlowTenantWizard()
    {
        sample::SampleServerOptions slow;
        slow.faults.latencyMs = 20000; // far longer than the test waits: only cancelling can end the run
        host.setServerOptions(slow);
        WizardServices services = sampleServices(host);
        services.history = &history;
        wizard = std::make_unique<AuditWizard>(services);
        finished = std::make_unique<QSignalSpy>(wizard.get(), &AuditWizard::auditFinished);
    }

    // Drives the wizard to the run page and waits until requests are waiting on the slow tenant.
    AuditRun* collectingRun()
    {
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            return nullptr;
        button(*wizard, QWizard::NextButton)->click();
        if (!QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, 30000))
            return nullptr;
        button(*wizard, QWizard::NextButton)->click(); // scope
        button(*wizard, QWizard::NextButton)->click(); // run
        AuditRun* run = wizard->run();
        if (wizard->currentId() != int(AuditWizard::RunPageId) || !run)
            return nullptr;
        // Collecting, with requests accepted by the tenant and not yet answered.
        const bool collecting = QTest::qWaitFor(
            [&] {
                return run->state() == AuditRun::State::Collecting &&
                       host.tenant()->server().responsesWaitingForLatency() > 0;
            },
            30000);
        return collecting ? run : nullptr;
    }

    // What was kept of the cancelled audit, or nothing: no audit for the console, none in the history.
    QString keptAudit() const
    {
        if (!wizard->audit().isEmpty())
            return u"the wizard hands on an audit"_s;
        if (finished->count() != 0)
            return u"auditFinished was emitted"_s;
        if (!history.list().isEmpty() || !QDir(historyDir.path()).entryList(QDir::Files).isEmpty())
            return u"the history holds an audit"_s;
        return {};
    }
};

} // namespace

// Stop and Cancel in the middle of collecting from the sample tenant, whose every Graph and Exchange answer
// is held back by the latency fault (the identity platform is spared, so sign-in is quick and the run is
// really collecting when the button is pressed). The run must end within a second, the page must say it
// was cancelled, and no audit may be saved or handed on as complete.
class TestWizardCancel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestWizardCancel"_s);
    }

    void stopDuringCollectionCancelsWithinASecond()
    {
        SlowTenantWizard slow;
        AuditWizard& wizard = *slow.wizard;
        AuditRun* run = slow.collectingRun();
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
        QVERIFY(!run->savedTo());
        const QString kept = slow.keptAudit();
        QVERIFY2(kept.isEmpty(), qPrintable(kept));
    }

    void cancellingTheWizardDuringCollectionStopsTheRun()
    {
        SlowTenantWizard slow;
        AuditWizard& wizard = *slow.wizard;
        AuditRun* run = slow.collectingRun();
        QVERIFY(run);
        QVERIFY(button(wizard, QWizard::CancelButton)->isEnabled());
        button(wizard, QWizard::CancelButton)->click();

        QTRY_COMPARE_WITH_TIMEOUT(run->state(), AuditRun::State::Cancelled, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 1000);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        const QString kept = slow.keptAudit();
        QVERIFY2(kept.isEmpty(), qPrintable(kept));
    }
};

QTEST_MAIN(TestWizardCancel)
#include "TestWizardCancel.moc"
