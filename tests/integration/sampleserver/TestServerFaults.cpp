#include "SampleServerFixture.h"

#include <QJsonArray>
#include <QSslSocket>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::sample;

namespace {

// Answers every Graph or admin API path with a fixed JSON body, so faults and throttling can be observed.
class CatchAllService : public SampleService
{
public:
    static constexpr int slowBuildMs = 300;
    static QByteArray body()
    {
        QJsonArray items;
        for (int i = 0; i < 20; ++i)
            items.append(QJsonObject{{u"id"_s, i}, {u"displayName"_s, u"User %1"_s.arg(i)}});
        return QJsonDocument(QJsonObject{{u"value"_s, items}}).toJson(QJsonDocument::Compact);
    }
    std::optional<HttpResponse> handle(const HttpRequest& request) override
    {
        if (!request.path.startsWith(u"/v1.0/"_s) && !request.path.startsWith(u"/beta/"_s))
            return std::nullopt;
        if (request.path == u"/v1.0/slow"_s) // a response that takes longer to build than the latency
            QThread::msleep(slowBuildMs);
        HttpResponse response = HttpResponse::json(200, {});
        response.body = body();
        return response;
    }
};

} // namespace

// Each injected fault as the client sees it, the seed's determinism, and Graph's throttling rules end to end.
class TestServerFaults : public QObject
{
    Q_OBJECT

    test::SampleServerFixture m_fixture;
    CatchAllService m_catchAll;
    QByteArray m_token;

    std::unique_ptr<SampleHttpServer> serverWith(SampleServerOptions options)
    {
        return m_fixture.secondServer(std::move(options), &m_catchAll);
    }

    QNetworkRequest requestTo(const SampleHttpServer& server, const QString& path)
    {
        return m_fixture.request(server, path, m_token);
    }

    test::HttpResult get(const SampleHttpServer& server, const QString& path)
    {
        return m_fixture.wait(m_fixture.network.get(requestTo(server, path)));
    }

    static SampleServerOptions faulty(double FaultOptions::*rate)
    {
        SampleServerOptions options;
        options.faults.seed = 11;
        options.faults.*rate = 1.0;
        options.faults.retryAfterSeconds = 7;
        return options;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start({}, {}, {&m_catchAll}));
        m_token =
            m_fixture.appToken(m_fixture.identity->mainApp().clientId, m_fixture.identity->mainApp().clientSecret);
        QVERIFY(!m_token.isEmpty());
        QCOMPARE(get(*m_fixture.server, u"/v1.0/users"_s).body, CatchAllService::body());
    }

    void tooManyRequestsWithRetryAfter()
    {
        auto server = serverWith(faulty(&FaultOptions::tooManyRequestsRate));
        QVERIFY(server);
        const test::HttpResult result = get(*server, u"/v1.0/users"_s);
        QCOMPARE(result.status, 429);
        QCOMPARE(result.header("retry-after"), QByteArray("7"));
        const QJsonObject error = result.json().value("error"_L1).toObject();
        QCOMPARE(error.value("code"_L1).toString(), u"TooManyRequests"_s);
        QCOMPARE(error.value("innerError"_L1).toObject().value("status"_L1).toString(), u"429"_s);
        QCOMPARE(server->counters().faults(FaultKind::TooManyRequests), quint64(1));
    }

    void serviceUnavailableWithRetryAfter()
    {
        auto server = serverWith(faulty(&FaultOptions::serviceUnavailableRate));
        QVERIFY(server);
        const test::HttpResult result = get(*server, u"/v1.0/users"_s);
        QCOMPARE(result.status, 503);
        QCOMPARE(result.header("retry-after"), QByteArray("7"));
        QCOMPARE(server->counters().faults(FaultKind::ServiceUnavailable), quint64(1));
    }

    void connectionResetIsANetworkError()
    {
        auto server = serverWith(faulty(&FaultOptions::connectionResetRate));
        QVERIFY(server);
        const test::HttpResult result = get(*server, u"/v1.0/users"_s);
        QVERIFY(result.finished);
        QVERIFY2(result.error == QNetworkReply::RemoteHostClosedError ||
                     result.error == QNetworkReply::NetworkSessionFailedError ||
                     result.error == QNetworkReply::UnknownNetworkError,
                 qPrintable(QString::number(result.error)));
        QVERIFY(result.body.size() < CatchAllService::body().size());
        QVERIFY(server->counters().faults(FaultKind::ConnectionReset) >= 1);
    }

    void truncatedJsonHasHonestLengthButCutBody()
    {
        auto server = serverWith(faulty(&FaultOptions::truncatedJsonRate));
        QVERIFY(server);
        const test::HttpResult result = get(*server, u"/v1.0/users"_s);
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("content-length").toLongLong(), qlonglong(result.body.size()));
        QCOMPARE(result.body.size(), CatchAllService::body().size() / 2);
        QJsonParseError error;
        QJsonDocument::fromJson(result.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void malformedJsonFailsToParse()
    {
        auto server = serverWith(faulty(&FaultOptions::malformedJsonRate));
        QVERIFY(server);
        const test::HttpResult result = get(*server, u"/v1.0/users"_s);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body.size(), CatchAllService::body().size());
        QJsonParseError error;
        QJsonDocument::fromJson(result.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(server->counters().faults(FaultKind::MalformedJson), quint64(1));
    }

    void slowTrickleArrivesInPieces()
    {
        SampleServerOptions options = faulty(&FaultOptions::slowTrickleRate);
        options.faults.trickleChunkBytes = 64;
        options.faults.trickleIntervalMs = 20;
        auto server = serverWith(options);
        QVERIFY(server);
        QNetworkReply* reply = m_fixture.network.get(requestTo(*server, u"/v1.0/users"_s));
        QSignalSpy progress(reply, &QNetworkReply::readyRead); // one per arriving piece
        const test::HttpResult result = m_fixture.wait(reply);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, CatchAllService::body()); // complete and valid, only slow
        QVERIFY2(progress.count() >= 3, qPrintable(QString::number(progress.count())));
    }

    void latencyHoldsTheResponseWithATimer()
    {
        SampleServerOptions options;
        options.faults.latencyMs = 400;
        auto server = serverWith(options);
        QVERIFY(server);
        QNetworkReply* reply = m_fixture.network.get(requestTo(*server, u"/v1.0/users"_s));
        // Once the server has taken the request, the response waits on a timer while the event loop runs on.
        QTRY_COMPARE_WITH_TIMEOUT(server->counters().requestsServed, quint64(1), 10000);
        QCOMPARE(server->responsesWaitingForLatency(), 1);
        QVERIFY(!reply->isFinished());
        const test::HttpResult result = m_fixture.wait(reply);
        QCOMPARE(result.status, 200);
        QCOMPARE(server->responsesWaitingForLatency(), 0);
        QCOMPARE(server->counters().faults(FaultKind::Latency), quint64(1));
    }

    // The latency is the API's response time, counted from the request's arrival: a response that took
    // longer than that to build leaves at once instead of waiting the whole latency again.
    void latencyCountsTheTimeSpentBuilding_data()
    {
        QTest::addColumn<bool>("http2");
        QTest::newRow("HTTP/2") << true;
        QTest::newRow("HTTP/1.1") << false;
    }
    void latencyCountsTheTimeSpentBuilding()
    {
        QFETCH(bool, http2);
        SampleServerOptions options;
        options.http2 = http2;
        options.faults.latencyMs = CatchAllService::slowBuildMs / 3;
        auto server = serverWith(options);
        QVERIFY(server);
        QNetworkReply* reply = m_fixture.network.get(requestTo(*server, u"/v1.0/slow"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server->counters().requestsServed, quint64(1), 10000);
        QCOMPARE(server->responsesWaitingForLatency(), 0); // on the wire already, not on a timer
        const test::HttpResult result = m_fixture.wait(reply);
        QCOMPARE(result.status, 200);
        QCOMPARE(server->counters().faults(FaultKind::Latency), quint64(1));
    }

    void remainingDelay()
    {
        constexpr qint64 ms = 1000000; // nanoseconds
        QCOMPARE(SampleHttpServer::remainingDelayMs(25, 0), 25);
        QCOMPARE(SampleHttpServer::remainingDelayMs(25, 10 * ms), 15);
        // A fraction of a millisecond spent building is not waited for again (the timer itself is late).
        QCOMPARE(SampleHttpServer::remainingDelayMs(25, 300000), 24);
        QCOMPARE(SampleHttpServer::remainingDelayMs(25, 10 * ms + 1), 14);
        QCOMPARE(SampleHttpServer::remainingDelayMs(25, 25 * ms), 0);
        QCOMPARE(SampleHttpServer::remainingDelayMs(25, 400 * ms), 0);
        QCOMPARE(SampleHttpServer::remainingDelayMs(0, 3 * ms), 0);
    }

    void tokenEndpointIsSparedUnlessAsked()
    {
        SampleServerOptions options = faulty(&FaultOptions::tooManyRequestsRate);
        auto spared = serverWith(options);
        QVERIFY(spared);
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        form.addQueryItem(u"client_id"_s, m_fixture.identity->mainApp().clientId);
        form.addQueryItem(u"client_secret"_s,
                          QString::fromLatin1(QUrl::toPercentEncoding(m_fixture.identity->mainApp().clientSecret)));
        form.addQueryItem(u"scope"_s, u"https%3A%2F%2Fgraph.microsoft.com%2F.default"_s);
        const auto post = [&](const SampleHttpServer& server) {
            QNetworkRequest request(QUrl(server.baseUrl().toString() + m_fixture.tokenPath()));
            request.setSslConfiguration(m_fixture.tls);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
            return m_fixture.wait(m_fixture.network.post(request, form.toString(QUrl::FullyEncoded).toLatin1()));
        };
        QCOMPARE(post(*spared).status, 200);
        options.faults.includeTokenEndpoint = true;
        auto included = serverWith(options);
        QVERIFY(included);
        QCOMPARE(post(*included).status, 429);
    }

    void sameSeedSameSequence()
    {
        SampleServerOptions options;
        options.faults.seed = 2026;
        options.faults.tooManyRequestsRate = 0.3;
        options.faults.serviceUnavailableRate = 0.2;
        QList<int> first;
        QList<int> second;
        for (QList<int>* statuses : {&first, &second}) {
            auto server = serverWith(options);
            QVERIFY(server);
            for (int i = 0; i < 16; ++i)
                *statuses << get(*server, u"/v1.0/users"_s).status;
        }
        QCOMPARE(second, first);
        QVERIFY(first.contains(200));
        QVERIFY(first.contains(429) || first.contains(503));
    }

    void reportsAreThrottledWithRetryAfter()
    {
        SampleServerOptions options;
        options.throttling.enabled = true;
        auto server = serverWith(options);
        QVERIFY(server);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(get(*server, u"/v1.0/auditLogs/signIns"_s).status, 200);
        const test::HttpResult throttled =
            get(*server, u"/beta/reports/authenticationMethods/userRegistrationDetails"_s);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("retry-after"), QByteArray("10")); // the clock did not move: a full window
        QCOMPARE(throttled.json().value("error"_L1).toObject().value("code"_L1).toString(), u"TooManyRequests"_s);
        QCOMPARE(get(*server, u"/v1.0/users"_s).status, 200); // other paths are not affected
        QCOMPARE(server->counters().throttled, quint64(1));
        m_fixture.now = m_fixture.now.addSecs(10);
        QCOMPARE(get(*server, u"/v1.0/auditLogs/signIns"_s).status, 200);
    }

    void conditionalAccessIsThrottledWithoutRetryAfter()
    {
        SampleServerOptions options;
        options.throttling.enabled = true;
        auto server = serverWith(options);
        QVERIFY(server);
        QCOMPARE(get(*server, u"/v1.0/identity/conditionalAccess/policies"_s).status, 200);
        const test::HttpResult throttled = get(*server, u"/v1.0/identity/conditionalAccess/namedLocations"_s);
        QCOMPARE(throttled.status, 429);
        QVERIFY(!throttled.hasHeader("retry-after"));
        m_fixture.now = m_fixture.now.addSecs(1);
        QCOMPARE(get(*server, u"/v1.0/identity/conditionalAccess/policies"_s).status, 200);
    }

    void connectionsBeyondTheLimitAreClosed()
    {
        SampleServerOptions options;
        options.maxConnections = 2;
        auto server = serverWith(options);
        QVERIFY(server);
        std::vector<std::unique_ptr<QSslSocket>> sockets;
        int disconnected = 0;
        for (int i = 0; i < 3; ++i) {
            sockets.push_back(std::make_unique<QSslSocket>());
            sockets.back()->setSslConfiguration(m_fixture.tls);
            connect(sockets.back().get(), &QSslSocket::disconnected, this, [&disconnected] { ++disconnected; });
            sockets.back()->connectToHostEncrypted(u"127.0.0.1"_s, server->port());
        }
        QTRY_COMPARE_WITH_TIMEOUT(server->counters().connectionsRefused, quint64(1), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(disconnected, 1, 10000);
        QCOMPARE(server->counters().connectionsAccepted, quint64(2));
        QCOMPARE(server->openConnections(), 2);
    }

    void generalBucketSendsRetryAfter()
    {
        SampleServerOptions options;
        options.throttling.enabled = true;
        options.throttling.generalBucketEnabled = true;
        options.throttling.generalBucketCapacity = 2;
        options.throttling.generalBucketRefillPerSecond = 1;
        auto server = serverWith(options);
        QVERIFY(server);
        QCOMPARE(get(*server, u"/v1.0/users"_s).status, 200);
        QCOMPARE(get(*server, u"/v1.0/users"_s).status, 200);
        const test::HttpResult throttled = get(*server, u"/v1.0/users"_s);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("retry-after"), QByteArray("1"));
    }
};

QTEST_GUILESS_MAIN(TestServerFaults)
#include "TestServerFaults.moc"
