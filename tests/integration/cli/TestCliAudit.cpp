// smtpaudit-cli audit without a whole sample tenant: option validation (exit 2), a refused sign-in (exit 3,
// the secret never echoed) and an audit whose every collector fails (exit 4, the JSON still written, each
// failing collector named). The identity platform runs in this process over real loopback TLS.
#include "CliProcess.h"
#include "SampleTenantFixture.h"

#include "audit/AuditJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

class TestCliAudit : public QObject
{
    Q_OBJECT

private:
    SampleTenantFixture m_tenant;
    QTemporaryDir m_directory;

    // An explicit custom-cloud connection to the in-process identity platform.
    QStringList connection() const
    {
        const QString url = m_tenant.server->baseUrl().toString();
        return {u"audit"_s,
                u"--tenant"_s,
                m_tenant.tenantId(),
                u"--client-id"_s,
                m_tenant.identity->mainApp().clientId,
                u"--auth"_s,
                u"secret"_s,
                u"--client-secret-stdin"_s,
                u"--cloud"_s,
                u"custom"_s,
                u"--login-url"_s,
                url,
                u"--graph-url"_s,
                url,
                u"--exo-url"_s,
                url,
                u"--ca-file"_s,
                m_tenant.caFile,
                u"--no-history"_s};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QVERIFY(m_tenant.start());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no tenant") << QStringList{} << u"--profile NAME"_s;
        QTest::newRow("two tenants") << QStringList{u"--profile"_s, u"a"_s, u"--tenant"_s, u"t"_s} << u"exactly one"_s;
        QTest::newRow("tenant alone") << QStringList{u"--tenant"_s, u"t"_s} << u"--client-id"_s;
        QTest::newRow("bad auth") << QStringList{u"--tenant"_s, u"t"_s,      u"--client-id"_s,
                                                 u"c"_s,        u"--auth"_s, u"password"_s}
                                  << u"--auth takes"_s;
        QTest::newRow("secret on the command line")
            << QStringList{u"--tenant"_s, u"t"_s, u"--client-id"_s, u"c"_s, u"--auth"_s, u"secret"_s}
            << u"--client-secret-stdin"_s;
        QTest::newRow("certificate without file")
            << QStringList{u"--tenant"_s, u"t"_s, u"--client-id"_s, u"c"_s, u"--auth"_s, u"certificate"_s}
            << u"--certificate FILE"_s;
        QTest::newRow("days 0") << QStringList{u"--profile"_s, u"p"_s, u"--days"_s, u"0"_s} << u"--days"_s;
        QTest::newRow("days 31") << QStringList{u"--profile"_s, u"p"_s, u"--sign-in-days"_s, u"31"_s} << u"1-30"_s;
        QTest::newRow("fail-on") << QStringList{u"--profile"_s, u"p"_s, u"--fail-on"_s, u"severe"_s} << u"--fail-on"_s;
        QTest::newRow("sample option without sample")
            << QStringList{u"--profile"_s, u"p"_s, u"--fault-rate"_s, u"0.1"_s} << u"fault-rate"_s;
        QTest::newRow("unknown profile") << QStringList{u"--profile"_s, u"nobody"_s, u"--no-history"_s} << u"nobody"_s;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("unknown cloud") << QStringList{u"--tenant"_s, u"t"_s,      u"--client-id"_s,
                                                      u"c"_s,        u"--auth"_s, u"device-code"_s,
                                                      u"--cloud"_s,  u"mars"_s,   u"--no-history"_s}
                                       << u"mars"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{u"audit"_s} + arguments);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void helpListsTheExitCodes()
    {
        const CliRun run = runCli({u"audit"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString& option : {u"--sample-tenant"_s, u"--profile"_s, u"--json"_s, u"--csv"_s, u"--pdf"_s,
                                      u"--days"_s, u"--fail-on"_s, u"--quiet"_s, u"Exit codes"_s})
            QVERIFY2(run.out.contains(option), qPrintable(option));
    }

    void refusedSecretIsExit3AndNeverEchoed()
    {
        const QByteArray wrong = "wrong-secret-Zq9pX7vK";
        const QString json = m_directory.filePath(u"refused.json"_s);
        const CliRun run = runCli(connection() << u"--json"_s << json, wrong + '\n');
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"AADSTS"_s) || run.err.contains(u"secret"_s, Qt::CaseInsensitive),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QString::fromLatin1(wrong)));
        QVERIFY(!run.out.contains(QString::fromLatin1(wrong)));
        QVERIFY(!QFile::exists(json)); // no audit ran, nothing pretends it did
    }

    void missingSecretOnStdinIsUsage()
    {
        const CliRun run = runCli(connection());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"standard input"_s), qPrintable(run.err));
    }

    // Signed in, but no Graph or Exchange service behind the server: every collector fails. The audit is
    // still written, marked incomplete, with each collector's error; the exit code says "incomplete".
    void everyCollectorFailingIsAPartialAudit()
    {
        const QString json = m_directory.filePath(u"partial.json"_s);
        const QByteArray secret = m_tenant.identity->mainApp().clientSecret.toUtf8();
        const CliRun run = runCli(connection() << u"--json"_s << json << u"--quiet"_s, secret + '\n');
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 4, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
        QVERIFY(!run.err.contains(QString::fromUtf8(secret)));
        QVERIFY2(run.err.contains(u"FAILED"_s), qPrintable(run.err));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject audit = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(audit.value(u"schemaVersion"_s).toInt(), AuditJson::schemaVersion);
        QCOMPARE(audit.value(u"complete"_s).toBool(true), false);
        QStringList failed;
        for (const QJsonValue& error : audit.value(u"errors"_s).toArray())
            failed << error.toObject().value(u"collector"_s).toString();
        for (const QString& collector : {u"users"_s, u"casMailboxes"_s, u"transportConfig"_s})
            QVERIFY2(failed.contains(collector), qPrintable(failed.join(u", "_s)));
        QVERIFY(!QString::fromUtf8(QJsonDocument(audit).toJson()).contains(QString::fromUtf8(secret)));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "TestCliAudit.moc"
