#include "ChildWidget.h"
#include "MainWindow.h"
#include "UiTestData.h"
#include "audit/AuditStore.h"
#include "mailboxes/MailboxesPage.h"
#include "sample/smtp/SampleSmtpServer.h"
#include "sample/tenant/SampleTenant.h"
#include "sampletenant/SampleTenantHost.h"
#include "testsend/TestSendDialog.h"
#include "wizard/AuditLauncher.h"
#include "wizard/AuditWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;
using smtpaudit::uitest::child;

namespace {

// The auth box's "OAuth: sign in with a device code" entry (TestSendDialog.cpp's kAuthSignIn).
constexpr int authSignIn = 100;

bool signInEnabled(TestSendDialog& dialog)
{
    auto* auth = child<QComboBox>(dialog, u"auth"_s);
    auto* model = qobject_cast<QStandardItemModel*>(auth->model());
    return model && model->item(auth->findData(authSignIn))->isEnabled();
}

QPushButton* wizardButton(QWizard& wizard, QWizard::WizardButton which)
{
    return qobject_cast<QPushButton*>(wizard.button(which));
}

} // namespace

// "Send test from this mailbox" (the Mailboxes context menu) opens the Test Send dialog, not modal, owned by the
// window, set up for the audited tenant: on the sample tenant its own SMTP endpoint, where a Basic send with the
// mailbox's password is accepted; on a real tenant the audit profile's device code sign-in.
class TestMainWindowTestSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestMainWindowTestSend"_s);
        QSettings().remove(u"testSend"_s); // HOME survives between runs: start from the dialog's defaults
    }

    void sendTestOpensTheDialog()
    {
        MainWindow window;
        QVERIFY(window.findChildren<TestSendDialog*>().isEmpty());
        emit window.sendTestRequested(u"printer@contoso.example"_s);
        const QList<TestSendDialog*> dialogs = window.findChildren<TestSendDialog*>();
        QCOMPARE(dialogs.size(), 1);
        QPointer<TestSendDialog> dialog = dialogs.constFirst();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(!signInEnabled(*dialog)); // no audit: no tenant to sign in to
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
    }

    // A live audit of a real tenant: the dialog can sign in with the audit's profile (device code).
    void realTenantEnablesSignIn()
    {
        MainWindow window;
        ConsoleAudit audit = uitest::makeAudit();
        ConnectionProfile profile;
        profile.name = u"contoso"_s;
        profile.tenant = u"contoso.example"_s;
        profile.clientId = u"00000000-0000-0000-0000-0000000000aa"_s;
        audit.profile = profile;
        window.setAudit(audit);
        std::unique_ptr<TestSendDialog> dialog(window.openTestSend(uitest::upnOf(2)));
        QVERIFY(signInEnabled(*dialog));
        QCOMPARE(child<QLineEdit>(*dialog, u"from"_s)->text(), uitest::upnOf(2));
        QCOMPARE(child<QLineEdit>(*dialog, u"host"_s)->text(), u"smtp.office365.com"_s);

        audit.profile.reset(); // read back from history: nothing to sign in with
        window.setAudit(audit);
        std::unique_ptr<TestSendDialog> withoutProfile(window.openTestSend(uitest::upnOf(2)));
        QVERIFY(!signInEnabled(*withoutProfile));
    }

    // As `smtpaudit --sample-tenant small`: the wizard audits the sample tenant, the Mailboxes page's context
    // action opens the dialog on the sample tenant's SMTP endpoint with the mailbox as sender, and a Basic send
    // with that mailbox's password reaches the endpoint and is accepted.
    void sampleTenantMailboxSends()
    {
        QTemporaryDir historyDir;
        const AuditStore history(historyDir.path());
        SampleTenantHost host;
        WizardServices services;
        services.history = &history;
        services.sampleTenant = [&host](const QString& size, SampleApp app) { return host.connectionFor(size, app); };
        MainWindow window(Clock::system(), &history);
        window.setSampleTenantHost(&host);
        window.show();
        AuditLauncher launcher(&window, services);
        launcher.setSampleSize(u"small"_s);
        QPointer<AuditWizard> wizard = launcher.openSampleAudit();
        QVERIFY(wizard);
        QVERIFY(wizard->findChild<QRadioButton*>(u"sampleRadio"_s)->isChecked());
        wizardButton(*wizard, QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 30000);
        wizardButton(*wizard, QWizard::NextButton)->click();
        wizardButton(*wizard, QWizard::NextButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AuditWizard::SummaryPageId), 50000);
        wizardButton(*wizard, QWizard::FinishButton)->click();
        QTRY_VERIFY(wizard.isNull());
        QVERIFY(window.audit().sampleTenant);
        sample::SampleTenant* tenant = host.tenant();
        QVERIFY(tenant && tenant->smtp());

        // An enabled account whose mailbox can authenticate with a password over SMTP, by the audit's verdict.
        QString upn;
        for (const MailboxAssessment& mailbox : window.audit().result->mailboxes)
            if (mailbox.smtpAuth.verdict == SmtpAuthVerdict::Enabled && mailbox.accountEnabled.value_or(false)) {
                upn = mailbox.userPrincipalName;
                break;
            }
        QVERIFY(!upn.isEmpty());

        window.showPage(NavigationPage::Mailboxes);
        MailboxesPage* page = window.mailboxesPage();
        QVERIFY(page->selectMailbox(upn));
        auto* action = child<QAction>(*page, u"sendTestAction"_s);
        QVERIFY(action->isEnabled());
        action->trigger();
        const QList<TestSendDialog*> dialogs = window.findChildren<TestSendDialog*>();
        QCOMPARE(dialogs.size(), 1);
        TestSendDialog& dialog = *dialogs.constFirst();
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(dialog, u"host"_s)->text(), tenant->smtpHost());
        QCOMPARE(child<QSpinBox>(dialog, u"port"_s)->value(), int(tenant->smtpPort()));
        QCOMPARE(child<QLineEdit>(dialog, u"caFile"_s)->text(), tenant->caCertificatePath());
        QCOMPARE(child<QLineEdit>(dialog, u"from"_s)->text(), upn);
        QCOMPARE(child<QLineEdit>(dialog, u"user"_s)->text(), upn);
        QVERIFY(signInEnabled(dialog)); // the sample's public client, for "OAuth: sign in"

        auto* auth = child<QComboBox>(dialog, u"auth"_s);
        auth->setCurrentIndex(auth->findData(int(AuthMechanism::Login)));
        const QByteArray password = tenant->mailboxPassword(upn);
        QVERIFY(!password.isEmpty());
        child<QLineEdit>(dialog, u"secret"_s)->setText(QString::fromUtf8(password));
        child<QLineEdit>(dialog, u"to"_s)->setText(u"someone@example.test"_s);
        tenant->smtp()->clearMessages();
        QSignalSpy finished(&dialog, &TestSendDialog::sendFinished);
        QTest::mouseClick(child<QPushButton>(dialog, u"send"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const QString result = child<QLabel>(dialog, u"result"_s)->text();
        QVERIFY2(finished.at(0).at(0).value<SmtpOutcome>().success, qPrintable(result));
        QVERIFY2(result.startsWith(u"Accepted: 250"_s), qPrintable(result));

        const QString transcript = child<QPlainTextEdit>(dialog, u"transcript"_s)->toPlainText();
        QVERIFY(transcript.contains(u"STARTTLS"_s));
        QVERIFY(transcript.contains(u"AUTH LOGIN"_s));
        QVERIFY(transcript.contains(u"235"_s)); // authentication successful
        QVERIFY(!transcript.contains(QString::fromUtf8(password)));
        QVERIFY(!transcript.contains(QString::fromLatin1(password.toBase64())));
        QVERIFY(child<QLabel>(dialog, u"tlsDetails"_s)->text().contains(u"TLSv1."_s));

        QCOMPARE(tenant->smtp()->messages().size(), 1);
        const sample::SampleSmtpMessage& message = tenant->smtp()->messages().constFirst();
        QCOMPARE(message.mechanism, u"LOGIN"_s);
        QCOMPARE(message.authenticatedUser.toLower(), upn.toLower());
        QCOMPARE(message.mailFrom.toLower(), upn.toLower());
        QCOMPARE(message.recipients, QStringList{u"someone@example.test"_s});
    }
};

QTEST_MAIN(TestMainWindowTestSend)
#include "TestMainWindowTestSend.moc"
