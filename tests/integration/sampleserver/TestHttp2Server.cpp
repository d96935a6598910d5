#include "SampleServerFixture.h"

#include "http/ApiClient.h"
#include "http/LowDelaySockets.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::sample;

namespace {

// Graph-like answers for the HTTP/2 tests: a small JSON page, a large deterministic body, an echo of POSTs
// and the Exchange-style 302 with Location.
class Http2TestService : public SampleService
{
public:
    QByteArray lastBody;
    QByteArray lastContentType;
    QByteArray lastAuthorization;

    static QByteArray page()
    {
        QJsonArray items;
        for (int i = 0; i < 20; ++i)
            items.append(QJsonObject{{u"id"_s, i}, {u"displayName"_s, u"User %1"_s.arg(i)}});
        return QJsonDocument(QJsonObject{{u"value"_s, items}}).toJson(QJsonDocument::Compact);
    }
    // 3 MiB that differ everywhere, so a lost, repeated or reordered frame cannot go unnoticed.
    static QByteArray large()
    {
        QByteArray body;
        body.reserve(3 * 1024 * 1024);
        for (int i = 0; body.size() < 3 * 1024 * 1024; ++i)
            body += QByteArray::number(i) + ',';
        return body;
    }

    std::optional<HttpResponse> handle(const HttpRequest& request) override
    {
        if (request.path == "/v1.0/users"_L1) {
            HttpResponse response = HttpResponse::json(200, {});
            response.body = page();
            return response;
        }
        if (request.path == "/v1.0/large"_L1)
            return HttpResponse::text(200, large(), "text/html; charset=utf-8");
        if (request.path == "/v1.0/$batch"_L1) {
            lastBody = request.body;
            lastContentType = request.header("content-type");
            lastAuthorization = request.header("authorization");
            return HttpResponse::json(200, QJsonObject{{u"size"_s, request.body.size()}});
        }
        if (request.path == "/adminapi/beta/redirect"_L1) {
            HttpResponse response;
            response.status = 302;
            response.headers.append(qMakePair("Location"_ba, "https://outlook.office365.com/adminapi/beta/x"_ba));
            return response;
        }
        return std::nullopt;
    }
};

} // namespace

// The sample server's HTTP/2 path (ALPN "h2", libnghttp2) as Qt's QNetworkAccessManager and the product's
// ApiClient use it, over real loopback TLS.
class TestHttp2Server : public QObject
{
    Q_OBJECT

    test::SampleServerFixture m_fixture;
    Http2TestService m_service;
    QByteArray m_token;

    std::unique_ptr<SampleHttpServer> serverWith(SampleServerOptions options)
    {
        return m_fixture.secondServer(std::move(options), &m_service);
    }

    QNetworkRequest requestTo(const SampleHttpServer& server, const QString& path) const
    {
        return m_fixture.request(server, path, m_token);
    }

    // The ApiClient trusts the sample CA and sends the app's token.
    bool trustSampleTenant(ApiClient& api) const
    {
        const auto sampleCa = TlsTrust::loadCaFile(m_fixture.directory.filePath(u"sample-ca.pem"_s));
        if (!sampleCa)
            return false;
        TlsTrust trust;
        trust.addCaCertificates(sampleCa.value());
        api.setTlsTrust(trust);
        api.setTokenSource([token = m_token](const QString&, bool, ApiClient::TokenCallback done) { done(token); });
        return true;
    }

    // Waits like the fixture, and also tells whether HTTP/2 carried the reply.
    std::pair<test::HttpResult, bool> fetch(QNetworkReply* reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        const bool http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        return {m_fixture.wait(reply), http2};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start({}, {}, {&m_service}));
        m_token =
            m_fixture.appToken(m_fixture.identity->mainApp().clientId, m_fixture.identity->mainApp().clientSecret);
        QVERIFY(!m_token.isEmpty()); // the token endpoint's form POST went over HTTP/2 already
    }

    void qnamNegotiatesHttp2()
    {
        const auto [result, http2] = fetch(m_fixture.network.get(m_fixture.request(u"/v1.0/users"_s, m_token)));
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.status, 200);
        QVERIFY(http2);
        QCOMPARE(result.body, Http2TestService::page());
        // The headers the HTTP/1.1 path sends arrive too (HTTP/2 names are lower-case).
        QVERIFY(result.header("request-id").size() == 36);
        QCOMPARE(result.header("client-request-id"), result.header("request-id"));
        QVERIFY(result.header("content-type").startsWith("application/json"));
        QCOMPARE(result.header("content-length").toLongLong(), qlonglong(result.body.size()));
        QVERIFY(result.hasHeader("date"));
    }

    void clientWithoutHttp2GetsHttp1()
    {
        QNetworkRequest request = m_fixture.request(u"/v1.0/users"_s, m_token);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        const auto [result, http2] = fetch(m_fixture.network.get(request));
        QCOMPARE(result.status, 200);
        QVERIFY(!http2);
        QCOMPARE(result.body, Http2TestService::page());
    }

    void switchedOffServesHttp1Only()
    {
        SampleServerOptions options;
        options.http2 = false;
        auto server = serverWith(options);
        QVERIFY(server);
        const auto [result, http2] = fetch(m_fixture.network.get(requestTo(*server, u"/v1.0/users"_s)));
        QCOMPARE(result.status, 200);
        QVERIFY(!http2);
    }

    // Eight requests with latency are all waiting on the server at the same moment, on one connection; over
    // HTTP/1.1 Qt's six connections per host let only six wait. Each response waits 1.5 s, so the requests
    // only have to arrive within that time, not within the 25 ms the benchmark uses.
    void concurrentStreamsWaitTogether()
    {
        for (const bool useHttp2 : {true, false}) {
            SampleServerOptions options;
            options.http2 = useHttp2;
            options.faults.latencyMs = 1500;
            auto server = serverWith(options);
            QVERIFY(server);
            QNetworkAccessManager network; // fresh: no connection to reuse
            QList<QNetworkReply*> replies;
            for (int i = 0; i < 8; ++i)
                replies.append(network.get(requestTo(*server, u"/v1.0/users?n=%1"_s.arg(i))));
            const int expected = useHttp2 ? 8 : 6;
            QTRY_COMPARE_WITH_TIMEOUT(server->counters().requestsServed, quint64(expected), 10000);
            // The first responses are still held back by their timers: none could have freed a connection.
            QCOMPARE(server->responsesWaitingForLatency(), expected);
            QCOMPARE(server->counters().connectionsAccepted, quint64(useHttp2 ? 1 : 6));
            for (QNetworkReply* reply : replies) {
                const auto [result, http2] = fetch(reply);
                QCOMPARE(result.status, 200);
                QCOMPARE(http2, useHttp2);
            }
            QCOMPARE(server->counters().requestsServed, quint64(8));
        }
    }

    // More than the default 64 KiB stream and connection windows: only flow control gets it through.
    void largeBodyArrivesIntact()
    {
        const auto [result, http2] = fetch(m_fixture.network.get(m_fixture.request(u"/v1.0/large"_s, m_token)));
        QVERIFY(http2);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body.size(), Http2TestService::large().size());
        QVERIFY(result.body == Http2TestService::large());
        QCOMPARE(result.header("content-type"), "text/html; charset=utf-8"_ba);
    }

    void postBodyReachesService()
    {
        // A $batch-shaped JSON body (built without raw string literals, which moc does not read).
        QByteArray body = "{\"requests\":[";
        for (int i = 0; i < 20; ++i)
            body += (i ? ","_ba : QByteArray()) + "{\"id\":\"" + QByteArray::number(i) +
                    "\",\"method\":\"GET\",\"url\":\"/users?$filter=" + QByteArray(8000, 'f') + "\"}";
        body += "]}";
        QVERIFY(body.size() > 128 * 1024); // beyond the client's initial send window
        QNetworkRequest request = m_fixture.request(u"/v1.0/$batch"_s, m_token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const auto [result, http2] = fetch(m_fixture.network.post(request, body));
        QVERIFY(http2);
        QCOMPARE(result.status, 200);
        QCOMPARE(m_service.lastBody, body);
        QCOMPARE(m_service.lastContentType, "application/json"_ba);
        QCOMPARE(m_service.lastAuthorization, "Bearer " + m_token);
    }

    void oversizedBodyIsRefused()
    {
        SampleServerOptions options;
        options.limits.maxBodyBytes = 4096;
        auto server = serverWith(options);
        QVERIFY(server);
        QNetworkRequest request = requestTo(*server, u"/v1.0/$batch"_s);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const auto [result, http2] = fetch(m_fixture.network.post(request, QByteArray(64 * 1024, 'x')));
        QVERIFY(http2);
        QCOMPARE(result.status, 413);
        QCOMPARE(server->counters().requestsRejected, quint64(1));
    }

    void retryAfterAndThrottlingHeadersReachTheClient()
    {
        SampleServerOptions options;
        options.faults.tooManyRequestsRate = 1;
        options.faults.retryAfterSeconds = 7;
        auto server = serverWith(options);
        QVERIFY(server);
        QNetworkRequest request = requestTo(*server, u"/v1.0/users"_s);
        request.setRawHeader("client-request-id", "4b9e3c1a-0000-4000-8000-000000000001");
        const auto [result, http2] = fetch(m_fixture.network.get(request));
        QVERIFY(http2);
        QCOMPARE(result.status, 429);
        QCOMPARE(result.header("retry-after"), "7"_ba);
        QCOMPARE(result.header("client-request-id"), "4b9e3c1a-0000-4000-8000-000000000001"_ba);
        QCOMPARE(result.json().value("error"_L1).toObject().value("code"_L1).toString(), u"TooManyRequests"_s);
    }

    void redirectKeepsLocation()
    {
        QNetworkRequest request = m_fixture.request(u"/adminapi/beta/redirect"_s, m_token);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        const auto [result, http2] = fetch(m_fixture.network.get(request));
        QVERIFY(http2);
        QCOMPARE(result.status, 302);
        QCOMPARE(result.header("location"), "https://outlook.office365.com/adminapi/beta/x"_ba);
    }

    void trickleCompletes()
    {
        SampleServerOptions options;
        options.faults.slowTrickleRate = 1;
        options.faults.trickleChunkBytes = 64;
        options.faults.trickleIntervalMs = 5;
        auto server = serverWith(options);
        QVERIFY(server);
        QNetworkReply* reply = m_fixture.network.get(requestTo(*server, u"/v1.0/users"_s));
        QSignalSpy pieces(reply, &QNetworkReply::readyRead);
        const auto [result, http2] = fetch(reply);
        QVERIFY(http2);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, Http2TestService::page());
        QVERIFY2(pieces.count() >= 3, qPrintable(QString::number(pieces.count())));
        QCOMPARE(server->counters().faults(FaultKind::SlowTrickle), quint64(1));
    }

    void resetMidBodyFailsTheReply()
    {
        SampleServerOptions options;
        options.faults.connectionResetRate = 1;
        auto server = serverWith(options);
        QVERIFY(server);
        const auto [result, http2] = fetch(m_fixture.network.get(requestTo(*server, u"/v1.0/users"_s)));
        QVERIFY(result.finished);
        QVERIFY2(result.error != QNetworkReply::NoError, qPrintable(QString::number(result.error)));
        QVERIFY(result.body.size() < Http2TestService::page().size());
        QCOMPARE(server->counters().faults(FaultKind::ConnectionReset), quint64(1));
    }

    // Qt 6.4's QNetworkAccessManager leaves Nagle on (if this fails, a newer Qt turns it off itself and
    // LowDelaySockets can go); the ApiClient turns it off on its connections, and the server on its own.
    void nagleIsOffOnBothEndsOfTheApiClientsConnections()
    {
        const auto socketsOf = [](const SampleHttpServer& server, bool clientSide) {
            QList<LowDelaySockets::TcpSocket> found;
            for (const LowDelaySockets::TcpSocket& socket : LowDelaySockets::connectedTcpSockets())
                if ((clientSide ? socket.peerPort : socket.localPort) == server.baseUrl().port())
                    found << socket;
            return found;
        };
        const auto allLowDelay = [](const QList<LowDelaySockets::TcpSocket>& sockets) {
            return std::all_of(sockets.begin(), sockets.end(), [](const auto& socket) { return socket.lowDelay; });
        };

        auto plain = serverWith({});
        QVERIFY(plain);
        QCOMPARE(fetch(m_fixture.network.get(requestTo(*plain, u"/v1.0/users"_s))).first.status, 200);
        QVERIFY(!socketsOf(*plain, true).isEmpty());
        QVERIFY2(!allLowDelay(socketsOf(*plain, true)), "Qt's own sockets have Nagle off already");
        QVERIFY(allLowDelay(socketsOf(*plain, false)));

        auto server = serverWith({});
        QVERIFY(server);
        ApiClient api;
        QVERIFY(trustSampleTenant(api));
        std::optional<ApiResult> answer;
        ApiRequest request =
            ApiRequest::postJson(QUrl(server->baseUrl().toString() + u"/v1.0/$batch"_s), R"({"requests":[]})"_ba);
        request.tokenScope = u"https://graph.microsoft.com/.default"_s;
        api.send(std::move(request), this, [&](ApiResult result) { answer = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY(answer->ok());
        const QList<LowDelaySockets::TcpSocket> client = socketsOf(*server, true);
        const QList<LowDelaySockets::TcpSocket> accepted = socketsOf(*server, false);
        QVERIFY(!client.isEmpty());
        QVERIFY(!accepted.isEmpty());
        QVERIFY(allLowDelay(client));
        QVERIFY(allLowDelay(accepted));
    }

    // A reset kills the whole HTTP/2 connection and every stream on it; the ApiClient retries them all.
    void apiClientRetriesStreamsOfAResetConnection()
    {
        SampleServerOptions options;
        options.faults.seed = 5;
        options.faults.connectionResetRate = 0.2;
        auto server = serverWith(options);
        QVERIFY(server);
        ApiClient api;
        QVERIFY(trustSampleTenant(api));
        RetryPolicy policy;
        policy.maxAttempts = 20;
        policy.baseDelay = std::chrono::milliseconds(10);
        policy.maxDelay = std::chrono::milliseconds(50);
        api.setRetryPolicy(policy);
        api.setJitterSeed(1);
        int succeeded = 0;
        int failed = 0;
        for (int i = 0; i < 16; ++i) {
            ApiRequest request = ApiRequest::get(QUrl(server->baseUrl().toString() + u"/v1.0/users?n=%1"_s.arg(i)));
            request.tokenScope = u"https://graph.microsoft.com/.default"_s;
            api.send(std::move(request), this, [&](ApiResult result) {
                if (result && result->body == Http2TestService::page())
                    ++succeeded;
                else
                    ++failed;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(succeeded + failed, 16, 30000);
        QCOMPARE(failed, 0);
        QVERIFY(server->counters().faults(FaultKind::ConnectionReset) >= 1);
        QVERIFY(api.progress().retries >= int(server->counters().faults(FaultKind::ConnectionReset)));
    }
};

QTEST_GUILESS_MAIN(TestHttp2Server)
#include "TestHttp2Server.moc"
