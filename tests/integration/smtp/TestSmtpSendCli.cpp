// smtpaudit-cli send against the real Postfix + Dovecot SASL of tests/scripts/mailserver.sh: the exit code
// names the phase, the password is read from standard input and lands in no output or saved transcript.

#include "MailServerFixture.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
namespace test = smtpaudit::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSmtpSendCli : public QObject
{
    Q_OBJECT

private:
    test::MailServerFixture m_server;
    QTemporaryDir m_files;
    QList<QByteArray> m_outputs; // everything the CLI printed, checked for secrets at the end

    CliRun run(const QStringList& arguments, const QByteArray& stdinData = {})
    {
        QProcess process;
        process.start(qEnvironmentVariable("SMTPAUDIT_CLI"), QStringList{u"send"_s} + arguments);
        CliRun result;
        if (!process.waitForStarted(20000))
            return result;
        process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(90000)) {
            process.kill();
            process.waitForFinished(5000);
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        m_outputs << result.out << result.err;
        return result;
    }

    QStringList common(quint16 port, const QString& marker) const
    {
        return {u"--host"_s,    u"localhost"_s,       u"--port"_s,    QString::number(port),
                u"--ca-file"_s, m_server.caFile(),    u"--user"_s,    m_server.user(),
                u"--from"_s,    m_server.user(),      u"--to"_s,      m_server.recipient(),
                u"--subject"_s, u"CLI ✓ "_s + marker, u"--body"_s,    u"CLI body "_s + marker + u"\n.dot line"_s,
                u"--helo"_s,    u"cli.test"_s,        u"--timeout"_s, u"20"_s};
    }

    QByteArray passwordLine() const { return m_server.password() + '\n'; }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("SMTPAUDIT_CLI").isEmpty());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        const QByteArray password = m_server.password();
        QVERIFY(!m_outputs.isEmpty());
        for (const QByteArray& output : std::as_const(m_outputs)) {
            QVERIFY(!output.contains(password));
            QVERIFY(!output.contains(password.toBase64()));
        }
        QCOMPARE(test::filesContaining(m_files.path(), password), QStringList());
        QCOMPARE(test::filesContaining(m_files.path(), password.toBase64()), QStringList());
        m_server.stop();
    }

    void sendsWithPasswordFromStdin()
    {
        const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString transcript = m_files.filePath(u"ok.txt"_s);
        const CliRun result =
            run(common(m_server.submissionPort(), marker) +
                    QStringList{u"--auth"_s, u"plain"_s, u"--password-stdin"_s, u"--transcript"_s, transcript},
                passwordLine());
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.contains("C: AUTH PLAIN [credentials redacted]"));
        QVERIFY(result.out.contains("C: STARTTLS"));
        QVERIFY(result.out.contains("Accepted: 250"));
        QFile saved(transcript);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray savedText = saved.readAll();
        QVERIFY(savedText.contains("C: AUTH PLAIN [credentials redacted]"));
        QVERIFY(savedText.contains("TLS: "));
        QCOMPARE(saved.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
        QTRY_VERIFY_WITH_TIMEOUT(!m_server.deliveredContaining(marker.toLatin1()).isEmpty(), 30000);
        QVERIFY(m_server.deliveredContaining(marker.toLatin1()).contains("\n.dot line")); // un-stuffed by Postfix
    }

    void loginOverImplicitTls()
    {
        const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const CliRun result =
            run(common(m_server.implicitPort(), marker) + QStringList{u"--tls"_s, u"implicit"_s, u"--auth"_s,
                                                                      u"login"_s, u"--password-stdin"_s, u"--quiet"_s},
                passwordLine());
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(!result.out.contains("C: ")); // --quiet
        QTRY_VERIFY_WITH_TIMEOUT(!m_server.deliveredContaining(marker.toLatin1()).isEmpty(), 30000);
    }

    void wrongPasswordExitsWithAuthCode()
    {
        const CliRun result = run(common(m_server.submissionPort(), u"wrong"_s) +
                                      QStringList{u"--auth"_s, u"login"_s, u"--password-stdin"_s},
                                  "not-the-password\n");
        QCOMPARE(result.exitCode, 23);
        QVERIFY(result.err.contains("Failed (auth)"));
        QVERIFY(result.out.contains("S: 535"));
        QVERIFY(!result.out.contains("not-the-password"));
        QVERIFY(!result.out.contains("not-the-password"_ba.toBase64()));
    }

    void noStartTlsExitsWithTlsCodeAndNeverAuthenticates()
    {
        const CliRun result =
            run(common(m_server.plainPort(), u"plain"_s) + QStringList{u"--auth"_s, u"plain"_s, u"--password-stdin"_s},
                passwordLine());
        QCOMPARE(result.exitCode, 21);
        QVERIFY(result.err.contains("STARTTLS"));
        QVERIFY(!result.out.contains("C: AUTH"));
    }

    void untrustedCertificateExitsWithTlsCode()
    {
        QStringList arguments = common(m_server.submissionPort(), u"untrusted"_s);
        const qsizetype ca = arguments.indexOf(u"--ca-file"_s);
        arguments.remove(ca, 2);
        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, 21);
    }

    void connectRefusedExitsWithConnectCode()
    {
        QStringList arguments = common(1, u"refused"_s); // nothing listens on port 1 on loopback
        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, 20);
    }

    void headerInjectionIsAUsageErrorAndSendsNothing()
    {
        QStringList arguments = common(m_server.submissionPort(), u"x"_s);
        arguments[arguments.indexOf(u"--subject"_s) + 1] = u"Hi\r\nBcc: victim@example.test"_s;
        const QByteArray logBefore = m_server.postfixLogText();
        const CliRun result =
            run(arguments + QStringList{u"--auth"_s, u"plain"_s, u"--password-stdin"_s}, passwordLine());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("line break"));
        QCOMPARE(m_server.postfixLogText().size(), logBefore.size()); // no connection was opened
    }

    void usageErrors()
    {
        QCOMPARE(run({u"--host"_s, u"localhost"_s, u"--to"_s, u"a@b.test"_s}).exitCode, 2); // no --from
        QCOMPARE(run({u"--host"_s, u"localhost"_s, u"--from"_s, u"a@b.test"_s, u"--to"_s, u"a@b.test"_s, u"--auth"_s,
                      u"xoauth2"_s, u"--user"_s, u"a@b.test"_s})
                     .exitCode,
                 2); // xoauth2 without --token-stdin
        QCOMPARE(run({u"--preset"_s, u"gmail"_s, u"--from"_s, u"a@b.test"_s, u"--to"_s, u"a@b.test"_s}).exitCode, 2);
        const CliRun help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--token-stdin"));
        QVERIFY(help.out.contains("office365"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpSendCli)
#include "TestSmtpSendCli.moc"
