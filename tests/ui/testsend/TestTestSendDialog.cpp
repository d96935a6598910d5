// The Test Send dialog driven offscreen against the real Postfix + Dovecot SASL of tests/scripts/mailserver.sh:
// widgets found by object name, Send clicked, the live transcript, TLS details and result checked, the message
// found in the Maildir; the password never reaches the transcript, a saved file or the settings.

#include "testsend/TestSendDialog.h"

#include "ChildWidget.h"

#include "../../integration/smtp/MailServerFixture.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

using namespace Qt::StringLiterals;
using smtpaudit::ui::TestSendDialog;
using smtpaudit::uitest::child;

class TestTestSendDialog : public QObject
{
    Q_OBJECT

private:
    smtpaudit::test::MailServerFixture m_server;
    QTemporaryDir m_files;

    void fill(TestSendDialog& dialog, const QByteArray& password, const QString& subject)
    {
        auto* preset = child<QComboBox>(dialog, u"preset"_s);
        preset->setCurrentIndex(preset->findData(u"custom"_s));
        child<QLineEdit>(dialog, u"host"_s)->setText(u"localhost"_s);
        child<QSpinBox>(dialog, u"port"_s)->setValue(m_server.submissionPort());
        child<QLineEdit>(dialog, u"caFile"_s)->setText(m_server.caFile());
        auto* auth = child<QComboBox>(dialog, u"auth"_s);
        auth->setCurrentIndex(auth->findData(int(smtpaudit::AuthMechanism::Login)));
        QTest::keyClicks(child<QLineEdit>(dialog, u"secret"_s), QString::fromUtf8(password));
        child<QLineEdit>(dialog, u"to"_s)->setText(m_server.recipient());
        child<QLineEdit>(dialog, u"subject"_s)->setText(subject);
        child<QPlainTextEdit>(dialog, u"body"_s)->setPlainText(u"Dialog body: "_s + subject);
    }

    smtpaudit::SmtpOutcome clickSend(TestSendDialog& dialog)
    {
        QSignalSpy done(&dialog, &TestSendDialog::sendFinished);
        QTest::mouseClick(child<QPushButton>(dialog, u"send"_s), Qt::LeftButton);
        [&] { QVERIFY(dialog.isSending()); }();
        if (!done.wait(60000))
            return {};
        return done.at(0).at(0).value<smtpaudit::SmtpOutcome>();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit"_s);
        QCoreApplication::setApplicationName(u"smtpaudit-testsend-test"_s);
        QSettings().remove(u"testSend"_s); // HOME survives between runs: start from the defaults
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        const QByteArray password = m_server.password();
        QCOMPARE(smtpaudit::test::filesContaining(m_files.path(), password), QStringList());
        // HOME holds the application's settings (QSettings): the password is not there either.
        QCOMPARE(smtpaudit::test::filesContaining(QDir::homePath(), password), QStringList());
        m_server.stop();
    }

    void sendsAndShowsTranscript()
    {
        TestSendDialog dialog(m_server.user());
        dialog.show();
        QCOMPARE(child<QLineEdit>(dialog, u"from"_s)->text(), m_server.user()); // prefilled by the console
        QCOMPARE(child<QLineEdit>(dialog, u"user"_s)->text(), m_server.user());
        QCOMPARE(child<QLineEdit>(dialog, u"host"_s)->text(), u"smtp.office365.com"_s); // the default preset
        QVERIFY(!child<QLabel>(dialog, u"basicAuthWarning"_s)->isVisible());            // OAuth is the default

        const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        fill(dialog, m_server.password(), u"Dialog ✓ "_s + marker);
        QVERIFY(child<QLabel>(dialog, u"basicAuthWarning"_s)->isVisible());
        QVERIFY(child<QLabel>(dialog, u"basicAuthWarning"_s)->text().contains(u"December 2026"_s));

        const smtpaudit::SmtpOutcome outcome = clickSend(dialog);
        QVERIFY2(outcome.success, qPrintable(outcome.error ? outcome.error->toString() : QString()));
        const QString transcript = child<QPlainTextEdit>(dialog, u"transcript"_s)->toPlainText();
        QVERIFY(transcript.contains(u"C: STARTTLS"_s));
        QVERIFY(transcript.contains(u"C: [password redacted]"_s));
        QVERIFY(!transcript.contains(QString::fromUtf8(m_server.password())));
        QVERIFY(child<QLabel>(dialog, u"tlsDetails"_s)->text().contains(u"TLSv1."_s));
        QVERIFY(child<QLabel>(dialog, u"result"_s)->text().startsWith(u"Accepted: 250"_s));
        QVERIFY(child<QPushButton>(dialog, u"send"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!m_server.deliveredContaining(marker.toLatin1()).isEmpty(), 30000);

        const QString saved = m_files.filePath(u"dialog-transcript.txt"_s);
        QVERIFY(child<QPushButton>(dialog, u"saveTranscript"_s)->isEnabled());
        QVERIFY(dialog.saveTranscriptTo(saved));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("C: AUTH LOGIN"));
    }

    void remembersSettingsButNotTheSecret()
    {
        TestSendDialog dialog;
        QCOMPARE(child<QLineEdit>(dialog, u"host"_s)->text(), u"localhost"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"port"_s)->value(), int(m_server.submissionPort()));
        QCOMPARE(child<QLineEdit>(dialog, u"to"_s)->text(), m_server.recipient());
        QVERIFY(child<QLineEdit>(dialog, u"secret"_s)->text().isEmpty());
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QString::fromUtf8(m_server.password())));
    }

    void wrongPasswordShowsAuthFailure()
    {
        TestSendDialog dialog(m_server.user());
        dialog.show();
        fill(dialog, "not-the-password", u"wrong"_s);
        const smtpaudit::SmtpOutcome outcome = clickSend(dialog);
        QVERIFY(!outcome.success);
        QCOMPARE(outcome.phase, smtpaudit::SmtpPhase::Auth);
        QVERIFY(child<QLabel>(dialog, u"result"_s)->text().startsWith(u"Failed"_s));
        QVERIFY(!child<QTextBrowser>(dialog, u"diagnosis"_s)->toPlainText().isEmpty());
        QVERIFY(child<QPlainTextEdit>(dialog, u"transcript"_s)->toPlainText().contains(u"S: 535"_s));
    }

    void cancelWhileSending()
    {
        TestSendDialog dialog(m_server.user());
        dialog.show();
        fill(dialog, m_server.password(), u"cancel"_s);
        QSignalSpy done(&dialog, &TestSendDialog::sendFinished);
        QTest::mouseClick(child<QPushButton>(dialog, u"send"_s), Qt::LeftButton);
        QCOMPARE(child<QPushButton>(dialog, u"cancel"_s)->text(), u"Cancel"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"cancel"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        const auto outcome = done.at(0).at(0).value<smtpaudit::SmtpOutcome>();
        QCOMPARE(outcome.error->category, smtpaudit::Error::Category::Cancelled);
        QVERIFY(dialog.isVisible()); // Cancel stops the send, it does not close the dialog
        QCOMPARE(child<QPushButton>(dialog, u"cancel"_s)->text(), u"Close"_s);
    }
};

QTEST_MAIN(TestTestSendDialog)
#include "TestTestSendDialog.moc"
