// The facade others start the sample tenant with: one call gives an HTTPS endpoint with its CA file, app
// credentials that get tokens, a Graph and an Exchange admin API answering from the same generated tenant,
// the ground truth and the connection info line.

#include "SampleTenantFixture.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

namespace smtpaudit::test {

class TestSampleTenant : public QObject
{
    Q_OBJECT

    SampleTenantFixture m_fixture;

private slots:
    void initTestCase() { QVERIFY(m_fixture.start()); }

    void connectionInfoDescribesTheRunningTenant()
    {
        const QJsonObject info = m_fixture.tenant->connectionInfo();
        QCOMPARE(info[u"baseUrl"_s].toString(), m_fixture.tenant->baseUrl().toString());
        QVERIFY(info[u"baseUrl"_s].toString().startsWith(u"https://127.0.0.1:"_s));
        QCOMPARE(info[u"caFile"_s].toString(), m_fixture.tenant->caCertificatePath());
        QVERIFY(QFileInfo(info[u"caFile"_s].toString()).isFile());
        QCOMPARE(info[u"tenantId"_s].toString(), m_fixture.model().tenantId);
        QCOMPARE(info[u"clientId"_s].toString(), m_fixture.tenant->mainApp().clientId);
        QVERIFY(!info[u"clientSecret"_s].toString().isEmpty());
        QVERIFY(info.contains(u"smtpHost"_s));
        QVERIFY(info.contains(u"smtpPort"_s));
    }

    void tokenGraphPageAndExchangePage()
    {
        const QByteArray graph = m_fixture.graphToken();
        QVERIFY(!graph.isEmpty());
        const TenantReply users = m_fixture.get(u"/v1.0/users?$select=id,userPrincipalName&$top=5"_s, graph);
        QCOMPARE(users.status, 200);
        QCOMPARE(users.value().size(), 5);
        QCOMPARE(users.value().at(0)[u"id"_s].toString(), m_fixture.model().users.front().id);

        const QByteArray exchange = m_fixture.exchangeToken();
        QVERIFY(!exchange.isEmpty());
        const TenantReply mailboxes = m_fixture.postJson(
            m_fixture.url(u"/adminapi/beta/"_s + m_fixture.tenant->tenantId() + u"/InvokeCommand"_s), exchange,
            QJsonObject{
                {u"CmdletInput"_s, QJsonObject{{u"CmdletName"_s, u"Get-CASMailbox"_s},
                                               {u"Parameters"_s, QJsonObject{{u"ResultSize"_s, u"Unlimited"_s}}}}}},
            {{QByteArray("Prefer"), QByteArray("odata.maxpagesize=3")}});
        QCOMPARE(mailboxes.status, 200);
        QCOMPARE(mailboxes.value().size(), 3);
        QVERIFY(mailboxes.nextLink().startsWith(m_fixture.tenant->baseUrl().toString() + u"/adminapi/beta/"_s));
    }

    void groundTruthListsEveryMailboxSorted()
    {
        const QJsonObject truth = m_fixture.tenant->groundTruth(30);
        QCOMPARE(truth[u"schemaVersion"_s].toInt(), 1);
        QCOMPARE(truth[u"tenantId"_s].toString(), m_fixture.model().tenantId);
        const QJsonArray mailboxes = truth[u"mailboxes"_s].toArray();
        qsizetype expected = 0;
        for (const sample::SampleUser& user : m_fixture.model().users)
            expected += user.hasMailbox() ? 1 : 0;
        QCOMPARE(mailboxes.size(), expected);
        for (qsizetype i = 1; i < mailboxes.size(); ++i)
            QVERIFY(mailboxes[i - 1][u"userPrincipalName"_s].toString().toLower() <
                    mailboxes[i][u"userPrincipalName"_s].toString().toLower());
        QSet<QString> verdicts;
        for (const QJsonValue& mailbox : mailboxes)
            verdicts.insert(mailbox[u"effectiveSmtpAuth"_s].toString());
        QCOMPARE(verdicts, (QSet<QString>{u"enabled"_s, u"disabled"_s, u"blocked"_s}));
    }

    void sameSeedSameTenantAcrossStarts()
    {
        SampleTenantFixture again;
        QVERIFY(again.start());
        QCOMPARE(again.tenant->tenantId(), m_fixture.tenant->tenantId());
        QCOMPARE(again.tenant->groundTruth(30), m_fixture.tenant->groundTruth(30));
        QVERIFY(again.tenant->baseUrl() != m_fixture.tenant->baseUrl()); // its own port
    }

    void caFileIsRequiredToConnect()
    {
        // Without the sample CA the TLS handshake fails: the client really verifies the server.
        QNetworkAccessManager network;
        QNetworkRequest request(m_fixture.url(u"/v1.0/users"_s));
        request.setTransferTimeout(20000);
        QNetworkReply* reply = network.get(request);
        const TenantReply result = m_fixture.wait(reply);
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
    }
};

} // namespace smtpaudit::test

QTEST_GUILESS_MAIN(smtpaudit::test::TestSampleTenant)
#include "TestSampleTenant.moc"
