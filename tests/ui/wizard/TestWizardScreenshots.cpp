#include "Screenshots.h"
#include "WizardTestSupport.h"
#include "audit/AuditStore.h"
#include "common/EnglishPlurals.h"
#include "sample/tenant/SampleTenant.h"
#include "testsend/TestSendDialog.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;
using namespace wizardtest;

// The audit wizard's pages and the Test Send dialog rendered by a real X server (Xvfb), saved as PNG under
// $SMTPAUDIT_BINARY_DIR/screenshots/wizard-<n>-<page>.png and testsend-<lang>.png for people to look at. The wizard
// audits the small sample tenant with its limited reader app, so the permissions page and the summary show
// their warnings; a little latency keeps the run page on screen long enough to be caught mid-run.
class TestWizardScreenshots : public QObject
{
    Q_OBJECT

private:
    static void save(QWidget* window, const QString& name)
    {
        QTest::qWait(100); // let the page lay out
        const QImage shot = screenshots::grab(window);
        QVERIFY(!shot.isNull());
        QVERIFY2(screenshots::looksRendered(shot, 12), qPrintable(name));
        QVERIFY(shot.save(u"%1/%2.png"_s.arg(screenshots::directory(), name)));
        const QStringList clipped = screenshots::clippedHeaders(window);
        QVERIFY2(clipped.isEmpty(), qPrintable(name + u": "_s + clipped.join(u"; "_s)));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestWizardScreenshots"_s);
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
        QCoreApplication::installTranslator(new EnglishPlurals(this));
    }

    void everyWizardPage()
    {
        QTemporaryDir historyDir;
        const AuditStore history(historyDir.path());
        SampleTenantHost host;
        sample::SampleServerOptions slow;
        slow.faults.latencyMs = 400;
        host.setServerOptions(slow);
        WizardServices services = sampleServices(host);
        services.history = &history;
        AuditWizard wizard(services);
        wizard.resize(900, 700);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* app = wizard.findChild<QComboBox*>(u"sampleAppCombo"_s);
        app->setCurrentIndex(app->findData(int(SampleApp::LimitedReader)));
        save(&wizard, u"wizard-1-tenant"_s);

        button(wizard, QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        save(&wizard, u"wizard-2-permissions"_s);

        button(wizard, QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(AuditWizard::ScopePageId));
        save(&wizard, u"wizard-3-scope"_s);

        button(wizard, QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(AuditWizard::RunPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.run()->state() == AuditRun::State::Collecting, 30000);
        QTest::qWait(900); // a few answers in: counts and ETAs on screen
        if (wizard.currentId() == int(AuditWizard::RunPageId))
            save(&wizard, u"wizard-4-run"_s);

        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AuditWizard::SummaryPageId), 50000);
        save(&wizard, u"wizard-5-summary"_s);
        wizard.accept();
    }

    // After a refused send on the sample tenant's SMTP endpoint (wrong password): the conversation, the TLS
    // line, the result and Microsoft's diagnosis filled in (testsend-en-refused.png).
    void testSendDialogAfterARefusedSend()
    {
        SampleTenantHost host;
        QVERIFY(host.connectionFor(u"small"_s).ok());
        TestSendDialog dialog(host.tenant()->model().users.front().userPrincipalName);
        dialog.useSampleTenant(*host.tenant());
        auto* auth = dialog.findChild<QComboBox*>(u"auth"_s);
        auth->setCurrentIndex(auth->findData(int(AuthMechanism::Login)));
        dialog.findChild<QLineEdit*>(u"secret"_s)->setText(u"not-the-password"_s);
        dialog.findChild<QLineEdit*>(u"to"_s)->setText(u"someone@example.test"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &TestSendDialog::sendFinished);
        dialog.findChild<QPushButton*>(u"send"_s)->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.at(0).at(0).value<SmtpOutcome>().success);
        QVERIFY(!dialog.findChild<QTextBrowser*>(u"diagnosis"_s)->toPlainText().isEmpty());
        QVERIFY(!dialog.findChild<QPlainTextEdit*>(u"transcript"_s)->toPlainText().isEmpty());
        save(&dialog, u"testsend-en-refused"_s);
    }

    // Before a send, in English and German (testsend-en.png, testsend-de.png): both right-hand panes have their
    // title and say what they will show.
    void testSendDialog()
    {
        for (const QString& language : {u"en"_s, u"de"_s}) {
            if (language == u"de"_s) {
                QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
                QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
            }
            TestSendDialog dialog(u"anna.berger@contoso.example"_s);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto* transcript = dialog.findChild<QPlainTextEdit*>(u"transcript"_s);
            auto* diagnosis = dialog.findChild<QTextBrowser*>(u"diagnosis"_s);
            QVERIFY(transcript->toPlainText().isEmpty() && !transcript->placeholderText().isEmpty());
            QVERIFY(diagnosis->toPlainText().isEmpty() && !diagnosis->placeholderText().isEmpty());
            for (const char* pane : {"conversationPane", "diagnosisPane"}) {
                auto* box = dialog.findChild<QGroupBox*>(QString::fromLatin1(pane));
                QVERIFY(box && box->isVisible() && !box->title().isEmpty());
            }
            save(&dialog, u"testsend-"_s + language);
        }
    }
};

QTEST_MAIN(TestWizardScreenshots)
#include "TestWizardScreenshots.moc"
