// The slow-trickle fault (the sample tenant's server sends a response body a few bytes at a time with pauses)
// against the product's HTTP client (ApiClient): with enough time the client reads the whole body and it is
// the same as without the fault; with a per-request deadline shorter than the trickle the client reports a
// Timeout (not Cancelled, not a hang), and the tenant keeps serving afterwards.

#include "SampleTenantFixture.h"

#include "http/ApiClient.h"
#include "http/TlsTrust.h"
#include "sample/server/SampleHttpServer.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace smtpaudit;
using namespace smtpaudit::sample;

class TestSampleTenantTrickle : public QObject
{
    Q_OBJECT

private:
    static SampleTenantOptions trickling(int chunkBytes, int intervalMs)
    {
        SampleTenantOptions options = test::SampleTenantFixture::smallOptions();
        options.server.faults.slowTrickleRate = 1.0;
        options.server.faults.trickleChunkBytes = chunkBytes;
        options.server.faults.trickleIntervalMs = intervalMs;
        options.server.faults.pathPrefix = u"/v1.0/users"_s; // tokens come from the untouched identity platform
        options.smtp = false;
        return options;
    }

    // One request through a fresh ApiClient that trusts exactly the tenant's CA; nullopt when no answer came.
    static std::optional<ApiResult> fetch(test::SampleTenantFixture& fixture, ApiRequest request)
    {
        ApiClient client;
        TlsTrust trust;
        const auto certificates = TlsTrust::loadCaFile(fixture.tenant->caCertificatePath());
        if (!certificates.ok())
            return std::nullopt;
        trust.addCaCertificates(certificates.value());
        client.setTlsTrust(trust);
        const QByteArray token = fixture.graphToken();
        client.setTokenSource([token](const QString&, bool, ApiClient::TokenCallback done) { done(token); });
        request.tokenScope = u"graph"_s; // the token source is only asked for requests with a scope
        std::optional<ApiResult> result;
        client.send(std::move(request), &client, [&result](ApiResult answer) { result = std::move(answer); });
        // A hang guard, not a timing assertion: every request below ends by its own deadline long before this.
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 50000))
            return std::nullopt;
        return result;
    }

    static QUrl usersUrl(const test::SampleTenantFixture& fixture)
    {
        return fixture.url(u"/v1.0/users?$top=20&$select=id,userPrincipalName,displayName"_s);
    }

private slots:
    void trickledBodyArrivesCompleteAndUnchanged()
    {
        test::SampleTenantFixture plain;
        SampleTenantOptions options = test::SampleTenantFixture::smallOptions();
        options.smtp = false;
        QVERIFY(plain.start(options));
        const std::optional<ApiResult> reference = fetch(plain, ApiRequest::get(usersUrl(plain)));
        QVERIFY(reference && reference->ok());

        test::SampleTenantFixture slow;
        QVERIFY(slow.start(trickling(64, 2)));
        const std::optional<ApiResult> trickled = fetch(slow, ApiRequest::get(usersUrl(slow)));
        QVERIFY(trickled.has_value());
        QVERIFY2(trickled->ok(), qPrintable(trickled->ok() ? QString() : trickled->error().toString()));
        QCOMPARE(trickled->value().status, 200);
        QCOMPARE(trickled->value().attempts, 1);
        // Same seed, same tenant: the body pieced together from the trickle is the untrickled body.
        QCOMPARE(trickled->value().json.value(u"value"_s).toArray().size(), 20);
        QCOMPARE(trickled->value().json.value(u"value"_s), reference->value().json.value(u"value"_s));
        QVERIFY(slow.tenant->server().counters().faults(FaultKind::SlowTrickle) >= 1);
        QCOMPARE(plain.tenant->server().counters().faults(FaultKind::SlowTrickle), quint64(0));
    }

    void trickleSlowerThanTheDeadlineIsATimeout()
    {
        test::SampleTenantFixture slow;
        // 8 bytes every 250 ms: the users page (several kB) would take minutes.
        QVERIFY(slow.start(trickling(8, 250)));
        ApiRequest request = ApiRequest::get(usersUrl(slow));
        request.attemptTimeout = 1500ms;
        request.deadline = 4s;
        const std::optional<ApiResult> result = fetch(slow, request);
        QVERIFY2(result.has_value(), "the client answered (it did not hang)");
        QVERIFY(!result->ok());
        QCOMPARE(result->error().category, Error::Category::Timeout);
        QVERIFY(slow.tenant->server().counters().faults(FaultKind::SlowTrickle) >= 1);

        // The server is still healthy: the identity platform (spared by the fault) still answers.
        QVERIFY(!slow.graphToken().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSampleTenantTrickle)
#include "TestSampleTenantTrickle.moc"
