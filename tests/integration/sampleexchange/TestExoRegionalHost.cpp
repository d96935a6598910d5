// Exchange Online regional host discovery (microsoft-apis.md section 4): the client rule (ExoRegionalHost)
// and, over real loopback HTTPS, the sample tenant's EXOModuleFile endpoint driving the product's Exchange
// collectors: without a region the default host answers everything; with one, EXOModuleFile answers 302 to
// the regional front end and every InvokeCommand ($batch included) goes there, with the same results.

#include "../sampletenant/SampleTenantFixture.h"

#include "exchange/ExchangeCollectors.h"
#include "exchange/ExoRegionalHost.h"
#include "http/ApiClient.h"
#include "http/TlsTrust.h"
#include "sample/server/SampleHttpServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::sample;

namespace {

struct Seen
{
    QStringList paths; // method + path of every request a server handled
    int count(const QString& part) const
    {
        int n = 0;
        for (const QString& path : paths)
            n += path.contains(part, Qt::CaseInsensitive) ? 1 : 0;
        return n;
    }
};

void record(SampleHttpServer* server, Seen& seen)
{
    QObject::connect(server, &SampleHttpServer::requestHandled, server,
                     [&seen](const QByteArray& method, const QString& path, int status) {
                         seen.paths << QString::fromLatin1(method) + u' ' + path + u' ' + QString::number(status);
                     });
}

} // namespace

class TestExoRegionalHost : public QObject
{
    Q_OBJECT

private:
    // The product's client stack against `fixture`: ApiClient pinned to the tenant's CA, app-only tokens.
    struct Client
    {
        ApiClient api;
        CollectorContext context;
    };

    static std::unique_ptr<Client> clientFor(test::SampleTenantFixture& fixture)
    {
        auto client = std::make_unique<Client>();
        TlsTrust trust;
        const auto certificates = TlsTrust::loadCaFile(fixture.tenant->caCertificatePath());
        if (!certificates.ok())
            return nullptr;
        trust.addCaCertificates(certificates.value());
        client->api.setTlsTrust(trust);
        const QByteArray token = fixture.exchangeToken();
        if (token.isEmpty())
            return nullptr;
        client->api.setTokenSource([token](const QString&, bool, ApiClient::TokenCallback done) { done(token); });
        const QUrl base = fixture.tenant->baseUrl();
        auto cloud = CloudEnvironment::custom({base, base, base, {}, {}, {}, {}});
        if (!cloud.ok())
            return nullptr;
        client->context.client = &client->api;
        client->context.cloud = cloud.value();
        client->context.tenantId = fixture.tenant->tenantId();
        return client;
    }

    static int mailboxCount(const TenantModel& model)
    {
        int count = 0;
        for (const SampleUser& user : model.users)
            count += user.hasMailbox() ? 1 : 0;
        return count;
    }

    // Runs the CAS mailbox and settings collectors (the settings go out as one Exchange $batch).
    static bool collect(Client& client, int* mailboxes)
    {
        CasMailboxCollector cas(client.context);
        ExchangeSettingsCollector settings(client.context);
        cas.start();
        settings.start();
        if (!QTest::qWaitFor([&] { return cas.isFinished() && settings.isFinished(); }, 60000))
            return false;
        *mailboxes = int(cas.mailboxes().size());
        return cas.status(CollectorId::CasMailboxes).isComplete() &&
               settings.status(CollectorId::TransportConfig).isComplete() &&
               settings.status(CollectorId::AuthenticationPolicies).isComplete();
    }

private slots:
    void init() { ExoRegionalHost::clearCache(); }

    void regionalBaseFollowsScubaGearsRule()
    {
        const QUrl global(u"https://outlook.office365.com"_s);
        QCOMPARE(ExoRegionalHost::regionalBase(
                     global, QUrl(u"https://NAM12B.outlook.office365.com/AdminApi/v1.0/t/EXOModuleFile"_s))
                     .value_or(QUrl()),
                 QUrl(u"https://nam12b.outlook.office365.com"_s));
        // Whatever the rest of the Location says, only its first label is used, in front of the configured host.
        QCOMPARE(ExoRegionalHost::regionalBase(global, QUrl(u"https://emea01.attacker.example/x"_s)).value_or(QUrl()),
                 QUrl(u"https://emea01.outlook.office365.com"_s));
        QVERIFY(!ExoRegionalHost::regionalBase(global, QUrl(u"http://nam12b.outlook.office365.com/"_s)));
        QVERIFY(!ExoRegionalHost::regionalBase(global, QUrl(u"https://bad_label.outlook.office365.com/"_s)));

        const QUrl loopback(u"https://127.0.0.1:4443"_s);
        QCOMPARE(
            ExoRegionalHost::regionalBase(loopback, QUrl(u"https://127.0.0.1:5555/AdminApi/v1.0/t/EXOModuleFile"_s))
                .value_or(QUrl()),
            QUrl(u"https://127.0.0.1:5555"_s));
        QVERIFY(!ExoRegionalHost::regionalBase(loopback, QUrl(u"https://10.1.2.3:5555/"_s)));
        QVERIFY(!ExoRegionalHost::regionalBase(loopback, QUrl(u"https://example.com/"_s)));
    }

    void discoveryUrlIsTheModuleFile()
    {
        const auto cloud = CloudEnvironment::named(u"global"_s);
        QVERIFY(cloud);
        QCOMPARE(ExoRegionalHost::discoveryUrl(*cloud, u"tid"_s).toString(),
                 u"https://outlook.office365.com/AdminApi/v1.0/tid/EXOModuleFile"_s);
    }

    void withoutRegionTheDefaultHostServes()
    {
        test::SampleTenantFixture fixture;
        QVERIFY(fixture.start());
        const test::TenantReply module = fixture.get(
            u"/AdminApi/v1.0/"_s + fixture.tenant->tenantId() + u"/EXOModuleFile"_s, fixture.exchangeToken());
        QCOMPARE(module.status, 200);
        QVERIFY(fixture.tenant->regionalExchangeServer() == nullptr);

        Seen seen;
        record(&fixture.tenant->server(), seen);
        const auto client = clientFor(fixture);
        QVERIFY(client);
        int mailboxes = 0;
        QVERIFY(collect(*client, &mailboxes));
        QCOMPARE(mailboxes, mailboxCount(fixture.model()));
        QCOMPARE(seen.count(u"EXOModuleFile 200"_s), 1); // one discovery shared by both collectors
        QVERIFY(seen.count(u"/InvokeCommand"_s) >= 1);
        QCOMPARE(ExoRegionalHost::exchangeBase(client->context), fixture.tenant->baseUrl());
    }

    void redirectSendsInvokeCommandToTheRegionalHost()
    {
        test::SampleTenantFixture fixture;
        SampleTenantOptions options = test::SampleTenantFixture::smallOptions();
        options.exchangeRegion = u"emea01"_s;
        QVERIFY(fixture.start(options));
        SampleHttpServer* regional = fixture.tenant->regionalExchangeServer();
        QVERIFY(regional);
        QCOMPARE(fixture.tenant->regionalExchangeUrl().host(), u"127.0.0.1"_s);
        QVERIFY(fixture.tenant->regionalExchangeUrl().port() != fixture.tenant->baseUrl().port());

        // The endpoint itself: a 302 to the regional front end, which answers 200.
        QNetworkRequest request =
            fixture.request(fixture.url(u"/AdminApi/v1.0/"_s + fixture.tenant->tenantId() + u"/EXOModuleFile"_s), {});
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        const test::TenantReply redirect = fixture.wait(fixture.network.get(request));
        QCOMPARE(redirect.status, 302);
        const QUrl location = QUrl::fromEncoded(redirect.header("Location"));
        QCOMPARE(location.port(), fixture.tenant->regionalExchangeUrl().port());
        QCOMPARE(fixture.get(location, {}).status, 200);

        Seen home, away;
        record(&fixture.tenant->server(), home);
        record(regional, away);
        const auto client = clientFor(fixture);
        QVERIFY(client);
        int mailboxes = 0;
        QVERIFY(collect(*client, &mailboxes));
        QCOMPARE(mailboxes, mailboxCount(fixture.model()));
        QCOMPARE(ExoRegionalHost::exchangeBase(client->context).port(), fixture.tenant->regionalExchangeUrl().port());
        QCOMPARE(home.count(u"EXOModuleFile 302"_s), 1);
        QCOMPARE(home.count(u"/adminapi/beta/"_s), 0); // nothing but discovery on the default host
        QVERIFY(away.count(u"/InvokeCommand 200"_s) >= 1);
        QVERIFY(away.count(u"/$batch 200"_s) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestExoRegionalHost)
#include "TestExoRegionalHost.moc"
