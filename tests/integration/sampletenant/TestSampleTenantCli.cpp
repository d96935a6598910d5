// `smtpaudit-cli sample-tenant serve` and `ground-truth` as a script uses them: a real child process, its
// first stdout line parsed, a token and a Graph page fetched with what it printed, and an orderly exit when
// its standard input closes.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace smtpaudit::test {

class TestSampleTenantCli : public QObject
{
    Q_OBJECT

    QString cli() const { return qEnvironmentVariable("SMTPAUDIT_CLI"); }

    static QByteArray wait(QNetworkReply* reply, int* status)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

private slots:
    void serveprintsConnectionInfoAndServesUntilStdinCloses()
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(cli(), {u"sample-tenant"_s, u"serve"_s, u"--size"_s, u"small"_s, u"--seed"_s, u"5"_s});
        QVERIFY(process.waitForStarted(20000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 45000);
        const QJsonObject info = QJsonDocument::fromJson(process.readLine()).object();
        for (const QString& key : {u"baseUrl"_s, u"caFile"_s, u"tenantId"_s, u"clientId"_s, u"clientSecret"_s})
            QVERIFY2(!info[key].toString().isEmpty(), qPrintable(key));
        QCOMPARE(info[u"smtpHost"_s].toString(), u"127.0.0.1"_s);
        QVERIFY(info[u"smtpPort"_s].toInt() > 0);
        {
            // The printed SMTP endpoint answers with Exchange Online's banner.
            QTcpSocket smtp;
            smtp.connectToHost(info[u"smtpHost"_s].toString(), quint16(info[u"smtpPort"_s].toInt()));
            QTRY_VERIFY_WITH_TIMEOUT(smtp.canReadLine(), 20000);
            const QByteArray banner = smtp.readLine();
            QVERIFY2(banner.startsWith("220 ") && banner.contains("Microsoft ESMTP MAIL Service ready"),
                     banner.constData());
        }

        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(info[u"caFile"_s].toString()));
        QNetworkAccessManager network;
        const QString base = info[u"baseUrl"_s].toString();
        QNetworkRequest tokenRequest(QUrl(base + u'/' + info[u"tenantId"_s].toString() + u"/oauth2/v2.0/token"_s));
        tokenRequest.setSslConfiguration(tls);
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        form.addQueryItem(u"client_id"_s, info[u"clientId"_s].toString());
        form.addQueryItem(u"client_secret"_s,
                          QString::fromLatin1(QUrl::toPercentEncoding(info[u"clientSecret"_s].toString())));
        form.addQueryItem(u"scope"_s,
                          QString::fromLatin1(QUrl::toPercentEncoding(u"https://graph.microsoft.com/.default"_s)));
        int status = 0;
        const QByteArray tokenBody =
            wait(network.post(tokenRequest, form.toString(QUrl::FullyEncoded).toLatin1()), &status);
        QCOMPARE(status, 200);
        const QByteArray token = QJsonDocument::fromJson(tokenBody).object()[u"access_token"_s].toString().toLatin1();
        QVERIFY(!token.isEmpty());

        QNetworkRequest users(QUrl(base + u"/v1.0/users?$top=3"_s));
        users.setSslConfiguration(tls);
        users.setRawHeader("Authorization", "Bearer " + token);
        const QByteArray page = wait(network.get(users), &status);
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(page).object()[u"value"_s].toArray().size(), 3);

        process.closeWriteChannel(); // the parent goes away: the server ends on its own
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        // The secret is on the first line by design (for scripts) and nowhere else.
        QVERIFY(!process.readAllStandardError().contains(info[u"clientSecret"_s].toString().toUtf8()));
    }

    void groundTruthMatchesTheServedTenant()
    {
        const QStringList common{u"--size"_s, u"small"_s, u"--seed"_s, u"9"_s, u"--now"_s, u"2026-11-26T12:00:00Z"_s};
        QProcess truth;
        truth.start(cli(), QStringList{u"sample-tenant"_s, u"ground-truth"_s, u"--days"_s, u"30"_s} + common);
        QVERIFY(truth.waitForFinished(60000));
        QCOMPARE(truth.exitCode(), 0);
        const QJsonObject printed = QJsonDocument::fromJson(truth.readAllStandardOutput()).object();
        QCOMPARE(printed[u"schemaVersion"_s].toInt(), 1);
        QVERIFY(printed[u"mailboxes"_s].toArray().size() >= 40);

        // `serve --ground-truth FILE` of the same tenant writes the same document.
        const QString file =
            QDir::temp().filePath(u"smtpaudit-truth-%1.json"_s.arg(QCoreApplication::applicationPid()));
        QProcess serve;
        serve.start(cli(), QStringList{u"sample-tenant"_s, u"serve"_s, u"--ground-truth"_s, file} + common);
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 45000);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject fromServe = QJsonDocument::fromJson(written.readAll()).object();
        written.remove();
        QCOMPARE(fromServe[u"tenantId"_s], printed[u"tenantId"_s]);
        QCOMPARE(fromServe[u"mailboxes"_s], printed[u"mailboxes"_s]);
        serve.terminate(); // SIGTERM ends it cleanly
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitCode(), 0);
    }

    void badSizeIsAUsageError()
    {
        QProcess process;
        process.start(cli(), {u"sample-tenant"_s, u"serve"_s, u"--size"_s, u"huge"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
    }
};

} // namespace smtpaudit::test

QTEST_GUILESS_MAIN(smtpaudit::test::TestSampleTenantCli)
#include "TestSampleTenantCli.moc"
