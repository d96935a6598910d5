// The Test Send dialog's "OAuth: sign in with a device code" offscreen against the sample tenant: Send signs in
// through the identity layer (DeviceCodeCredential + TokenProvider, delegated SMTP.Send), the dialog shows the
// code and URL while staying usable (no nested event loop: the test approves through the sample tenant's
// approval hook from the same event loop), then submits with XOAUTH2 to the sample's SMTP endpoint. Cancel
// during the sign-in ends it; no token reaches the transcript or the settings.

#include "testsend/TestSendDialog.h"

#include "ChildWidget.h"

#include "../../integration/sampletenant/SampleTenantFixture.h"

#include "sample/data/SmtpAuthTruth.h"
#include "sample/identity/IdentityPlatform.h"
#include "sample/smtp/SampleSmtpServer.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using smtpaudit::ui::TestSendDialog;
using smtpaudit::uitest::child;

class TestTestSendDialogOAuth : public QObject
{
    Q_OBJECT

private:
    test::SampleTenantFixture m_fixture;
    QString m_upn;

    ui::TestSendSignIn signIn() const
    {
        ConnectionProfile profile;
        profile.name = u"sample"_s;
        profile.tenant = m_fixture.tenant->tenantId();
        profile.cloud = u"custom"_s;
        profile.loginUrl = profile.graphUrl = profile.exchangeUrl = m_fixture.tenant->baseUrl().toString();
        profile.caFile = m_fixture.tenant->caCertificatePath();
        profile.clientId = m_fixture.tenant->publicClient().clientId;
        profile.auth = ConnectionProfile::AuthKind::DeviceCode;
        return ui::TestSendSignIn{profile};
    }

    void fill(TestSendDialog& dialog, bool withUser)
    {
        auto* preset = child<QComboBox>(dialog, u"preset"_s);
        preset->setCurrentIndex(preset->findData(u"custom"_s));
        child<QLineEdit>(dialog, u"host"_s)->setText(m_fixture.tenant->smtpHost());
        child<QSpinBox>(dialog, u"port"_s)->setValue(m_fixture.tenant->smtpPort());
        child<QLineEdit>(dialog, u"caFile"_s)->setText(m_fixture.tenant->caCertificatePath());
        auto* auth = child<QComboBox>(dialog, u"auth"_s);
        auth->setCurrentIndex(auth->findData(100)); // "OAuth: sign in with a device code"
        child<QLineEdit>(dialog, u"user"_s)->setText(withUser ? m_upn : QString());
        child<QLineEdit>(dialog, u"from"_s)->setText(m_upn);
        child<QLineEdit>(dialog, u"to"_s)->setText(u"someone@example.test"_s);
    }

    // The user code shown in the dialog, once it is there.
    static QString shownCode(TestSendDialog& dialog)
    {
        auto* label = child<QLabel>(dialog, u"deviceCode"_s);
        if (!label->isVisible())
            return {};
        const QRegularExpressionMatch match = QRegularExpression(u"<b>([^<]+)</b>"_s).match(label->text());
        return match.hasMatch() ? match.captured(1) : QString();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit"_s);
        QCoreApplication::setApplicationName(u"smtpaudit-testsend-oauth"_s);
        QSettings().remove(u"testSend"_s); // HOME survives between runs: start from the defaults
        QVERIFY(m_fixture.start());
        for (const sample::SampleUser& user : m_fixture.model().users) {
            if (user.hasMailbox() && user.accountEnabled &&
                sample::SmtpAuthTruth::resolve(m_fixture.model(), user).effective == u"enabled"_s) {
                m_upn = user.userPrincipalName;
                break;
            }
        }
        QVERIFY(!m_upn.isEmpty());
    }

    void signInChoiceNeedsATenant()
    {
        TestSendDialog dialog;
        auto* auth = child<QComboBox>(dialog, u"auth"_s);
        const int index = auth->findData(100);
        QVERIFY(index >= 0);
        auto* model = qobject_cast<QStandardItemModel*>(auth->model());
        QVERIFY(model);
        QVERIFY(!model->item(index)->isEnabled());
        dialog.setSignIn(signIn());
        QVERIFY(model->item(index)->isEnabled());
    }

    void deviceCodeSignInThenSend()
    {
        TestSendDialog dialog;
        dialog.setSignIn(signIn());
        dialog.show();
        fill(dialog, /*withUser=*/false); // the signed-in user becomes the XOAUTH2 user
        m_fixture.tenant->smtp()->clearMessages();
        QSignalSpy finished(&dialog, &TestSendDialog::sendFinished);
        QTest::mouseClick(child<QPushButton>(dialog, u"send"_s), Qt::LeftButton);
        QVERIFY(dialog.isSending());

        QString code;
        QVERIFY(QTest::qWaitFor([&] { return !(code = shownCode(dialog)).isEmpty(); }, 20000));
        QVERIFY(child<QLabel>(dialog, u"deviceCode"_s)->text().contains(m_fixture.tenant->baseUrl().host()));
        // The dialog is not blocked while the person signs in.
        QVERIFY(child<QPushButton>(dialog, u"cancel"_s)->isEnabled());
        QVERIFY(m_fixture.tenant->identity().approve(code, m_upn).ok());

        QVERIFY(finished.wait(60000));
        const auto outcome = finished.at(0).at(0).value<SmtpOutcome>();
        QVERIFY2(outcome.success, qPrintable(child<QLabel>(dialog, u"result"_s)->text()));
        QVERIFY(!child<QLabel>(dialog, u"deviceCode"_s)->isVisible());
        QCOMPARE(m_fixture.tenant->smtp()->messages().size(), 1);
        const sample::SampleSmtpMessage& message = m_fixture.tenant->smtp()->messages().constFirst();
        QCOMPARE(message.mechanism, u"XOAUTH2"_s);
        QCOMPARE(message.authenticatedUser.toLower(), m_upn.toLower());

        const QString transcript = child<QPlainTextEdit>(dialog, u"transcript"_s)->toPlainText();
        QVERIFY(transcript.contains(u"XOAUTH2"_s));
        QVERIFY(!transcript.contains(u"eyJ"_s)); // no JWT
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(!saved.contains("eyJ"));
        QVERIFY(saved.contains("oauthSignIn=true"));

        // A second send reuses the token: no second device code.
        fill(dialog, /*withUser=*/true);
        QTest::mouseClick(child<QPushButton>(dialog, u"send"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.at(1).at(0).value<SmtpOutcome>().success);
        QCOMPARE(m_fixture.tenant->smtp()->messages().size(), 2);
    }

    // The profile is built into a credential by ProfileCredentialLoader; one it cannot use (here: its CA file is
    // gone) ends the send before any sign-in, with the loader's reason.
    void unusableSignInProfileIsReported()
    {
        TestSendDialog dialog;
        ui::TestSendSignIn broken = signIn();
        broken.profile.caFile = m_fixture.tenant->caCertificatePath() + u".missing"_s;
        dialog.setSignIn(broken);
        dialog.show();
        fill(dialog, /*withUser=*/true);
        QTest::mouseClick(child<QPushButton>(dialog, u"send"_s), Qt::LeftButton);
        QVERIFY(!dialog.isSending());
        const QString result = child<QLabel>(dialog, u"result"_s)->text();
        QVERIFY2(result.startsWith(u"Sign-in failed"_s) && result.contains(u".missing"_s), qPrintable(result));
        QVERIFY(!child<QLabel>(dialog, u"deviceCode"_s)->isVisible());
        QVERIFY(child<QPushButton>(dialog, u"send"_s)->isEnabled());
    }

    void sampleTenantFillsServerAndSignIn()
    {
        TestSendDialog dialog;
        dialog.useSampleTenant(*m_fixture.tenant);
        QCOMPARE(child<QLineEdit>(dialog, u"host"_s)->text(), m_fixture.tenant->smtpHost());
        QCOMPARE(child<QSpinBox>(dialog, u"port"_s)->value(), int(m_fixture.tenant->smtpPort()));
        QCOMPARE(child<QLineEdit>(dialog, u"caFile"_s)->text(), m_fixture.tenant->caCertificatePath());
        QCOMPARE(child<QComboBox>(dialog, u"auth"_s)->currentData().toInt(), 100);
        QVERIFY(child<QLineEdit>(dialog, u"host"_s)->isEnabled()); // the "Other server" preset
    }

    void cancelEndsTheSignIn()
    {
        TestSendDialog dialog;
        dialog.useSampleTenant(*m_fixture.tenant);
        dialog.show();
        child<QLineEdit>(dialog, u"user"_s)->setText(m_upn);
        child<QLineEdit>(dialog, u"from"_s)->setText(m_upn);
        child<QLineEdit>(dialog, u"to"_s)->setText(u"someone@example.test"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"send"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !shownCode(dialog).isEmpty(); }, 20000));
        QTest::mouseClick(child<QPushButton>(dialog, u"cancel"_s), Qt::LeftButton);
        QVERIFY(!dialog.isSending());
        QVERIFY(!child<QLabel>(dialog, u"deviceCode"_s)->isVisible());
        QVERIFY(child<QPushButton>(dialog, u"send"_s)->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"result"_s)->text().contains(u"cancelled"_s, Qt::CaseInsensitive));
    }
};

QTEST_MAIN(TestTestSendDialogOAuth)
#include "TestTestSendDialogOAuth.moc"
