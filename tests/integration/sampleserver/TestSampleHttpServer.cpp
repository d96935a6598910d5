#include "SampleServerFixture.h"

#include <QJsonArray>
#include <QSslSocket>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::sample;

// The transport: TLS verified against the written CA, keep-alive, routing, bearer verification, framing
// errors, idle timeout and many connections at once.
class TestSampleHttpServer : public QObject
{
    Q_OBJECT

    test::SampleServerFixture m_fixture;
    test::EchoService m_echo;
    QByteArray m_graphToken;

    // Raw TLS client for what QNetworkAccessManager will not send (chunked uploads, broken framing).
    // Asynchronous: the server runs on this thread, so waitFor*() would starve it.
    QByteArray rawExchange(const QByteArray& request, int timeoutMs = 10000)
    {
        QSslSocket socket;
        socket.setSslConfiguration(m_fixture.tls);
        QByteArray received;
        bool done = false;
        connect(&socket, &QSslSocket::encrypted, this, [&] { socket.write(request); });
        connect(&socket, &QSslSocket::readyRead, this, [&] { received += socket.readAll(); });
        connect(&socket, &QSslSocket::disconnected, this, [&] { done = true; });
        connect(&socket, &QSslSocket::errorOccurred, this, [&] { done = true; });
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_fixture.server->port());
        if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
            return "no close from the server; received: " + received;
        return received + socket.readAll();
    }

private slots:
    void initTestCase()
    {
        SampleServerOptions options;
        options.idleTimeoutMs = 2000;
        options.limits.maxHeaderBytes = 8 * 1024;
        options.limits.maxBodyBytes = 64 * 1024;
        QVERIFY(m_fixture.start(options, {}, {&m_echo}));
        m_graphToken =
            m_fixture.appToken(m_fixture.identity->mainApp().clientId, m_fixture.identity->mainApp().clientSecret);
        QVERIFY(!m_graphToken.isEmpty());
    }

    void caFileIsWrittenAndIsTheIssuer()
    {
        const auto written = QSslCertificate::fromPath(m_fixture.directory.filePath(u"sample-ca.pem"_s));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.constFirst(), m_fixture.server->pki()->certificateAuthority().certificate);
        const QSslCertificate serverCertificate = m_fixture.server->pki()->server().certificate;
        QCOMPARE(serverCertificate.issuerInfo(QSslCertificate::CommonName),
                 written.constFirst().subjectInfo(QSslCertificate::CommonName));
        const auto altNames = serverCertificate.subjectAlternativeNames();
        QVERIFY(altNames.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
        QVERIFY(altNames.values(QSsl::DnsEntry).contains(u"localhost"_s));
    }

    void handshakeIsVerifiedFor127001()
    {
        QSslSocket socket;
        socket.setSslConfiguration(m_fixture.tls);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_fixture.server->port());
        QVERIFY2(encrypted.wait(10000), qPrintable(socket.errorString()));
        QVERIFY(socket.sslHandshakeErrors().isEmpty());
        QVERIFY(socket.sessionProtocol() == QSsl::TlsV1_2 || socket.sessionProtocol() == QSsl::TlsV1_3);
        QCOMPARE(socket.peerCertificate(), m_fixture.server->pki()->server().certificate);
    }

    void handshakeFailsWithoutTheSampleCa()
    {
        // The same server is untrusted for a client that did not pin the CA: verification is real. (A fresh
        // manager: QNetworkAccessManager would reuse the verified keep-alive connection of the fixture.)
        QNetworkAccessManager unpinned;
        QNetworkRequest request(m_fixture.url(u"/v1.0/test/x"_s));
        const quint64 failedBefore = m_fixture.server->counters().handshakesFailed;
        const test::HttpResult result = m_fixture.wait(unpinned.get(request));
        QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
        // (The client may try more than once.)
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.server->counters().handshakesFailed > failedBefore, 5000);
    }

    void routesToServiceWithVerifiedToken()
    {
        const test::HttpResult result =
            m_fixture.get(u"/v1.0/test/hello%20world?$select=id,displayName&$top=5"_s, m_graphToken);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value("appId"_L1).toString(), m_fixture.identity->mainApp().clientId);
        QVERIFY(result.json().value("roles"_L1).toArray().contains(u"AuditLog.Read.All"_s));
        QVERIFY(m_echo.lastRequest.has_value());
        const HttpRequest& seen = *m_echo.lastRequest;
        QCOMPARE(seen.path, u"/v1.0/test/hello world"_s);
        QCOMPARE(seen.query.queryItemValue(u"$select"_s), u"id,displayName"_s);
        QCOMPARE(seen.query.queryItemValue(u"$top"_s), u"5"_s);
        QCOMPARE(seen.url.port(), int(m_fixture.server->port()));
        QCOMPARE(seen.url.host(), u"127.0.0.1"_s);
        QCOMPARE(seen.method, QByteArray("GET"));
        QVERIFY(!seen.header("user-agent").isEmpty() || !seen.header("host").isEmpty());
        QCOMPARE(seen.token->tenantId, m_fixture.identity->tenantId());
        QVERIFY(!result.header("request-id").isEmpty());
        QVERIFY(!result.header("date").isEmpty());
    }

    void echoesClientRequestId()
    {
        QNetworkRequest request = m_fixture.request(u"/v1.0/test/id"_s, m_graphToken);
        request.setRawHeader("client-request-id", "11111111-2222-3333-4444-555555555555");
        const test::HttpResult result = m_fixture.wait(m_fixture.network.get(request));
        QCOMPARE(result.header("client-request-id"), QByteArray("11111111-2222-3333-4444-555555555555"));
        QVERIFY(result.header("request-id") != result.header("client-request-id"));
    }

    void unknownPathIsGraphShaped404()
    {
        const test::HttpResult result = m_fixture.get(u"/v1.0/nothingHere"_s, m_graphToken);
        QCOMPARE(result.status, 404);
        const QJsonObject error = result.json().value("error"_L1).toObject();
        QCOMPARE(error.value("code"_L1).toString(), u"NotFound"_s);
        QCOMPARE(error.value("innerError"_L1).toObject().value("request-id"_L1).toString().toLatin1(),
                 result.header("request-id"));
    }

    void bearerVerification_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::newRow("none") << QByteArray() << 401;
        QTest::newRow("garbage") << QByteArray("not-a-jwt") << 401;

        TokenGrant grant;
        grant.tenantId = m_fixture.identity->tenantId();
        grant.appId = m_fixture.identity->mainApp().clientId;
        grant.audience = u"https://graph.microsoft.com"_s;
        grant.roles = {u"User.Read.All"_s};
        const TokenIssuer& issuer = m_fixture.identity->tokenIssuer();
        QTest::newRow("valid") << *issuer.issueAccessToken(grant) << 200;

        TokenGrant expired = grant;
        expired.lifetimeSeconds = -3600; // expired an hour ago, beyond the 5-minute skew
        QTest::newRow("expired") << *issuer.issueAccessToken(expired) << 401;

        // Flip one character of the payload: the signature no longer matches.
        QByteArray tampered = *issuer.issueAccessToken(grant);
        const qsizetype dot = tampered.indexOf('.');
        tampered[dot + 5] = tampered[dot + 5] == 'A' ? 'B' : 'A';
        QTest::newRow("tampered") << tampered << 401;

        TokenGrant otherTenant = grant;
        otherTenant.tenantId = u"00000000-0000-0000-0000-000000000001"_s;
        QTest::newRow("wrong issuer") << *issuer.issueAccessToken(otherTenant) << 401;

        TokenGrant exchange = grant;
        exchange.audience = u"https://outlook.office365.com"_s;
        QTest::newRow("wrong audience for Graph") << *issuer.issueAccessToken(exchange) << 401;

        auto foreignIssuer = TokenIssuer::create(m_fixture.clock());
        QVERIFY(foreignIssuer.ok());
        QTest::newRow("other signing key") << *foreignIssuer->issueAccessToken(grant) << 401;
    }

    void bearerVerification()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        const test::HttpResult result = m_fixture.get(u"/v1.0/test/token"_s, token);
        QCOMPARE(result.status, status);
        QCOMPARE(m_echo.lastRequest->token.has_value(), status == 200);
    }

    void keepAliveReusesOneConnection()
    {
        const quint64 before = m_fixture.server->counters().connectionsAccepted;
        QNetworkAccessManager fresh; // a new manager opens exactly one connection for sequential requests
        for (int i = 0; i < 5; ++i) {
            const test::HttpResult result =
                m_fixture.wait(fresh.get(m_fixture.request(u"/v1.0/test/keepalive"_s, m_graphToken)));
            QCOMPARE(result.status, 200);
        }
        QCOMPARE(m_fixture.server->counters().connectionsAccepted, before + 1);
    }

    void postBodyReachesService()
    {
        QNetworkRequest request = m_fixture.request(u"/v1.0/test/post"_s, m_graphToken);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QByteArray body = R"({"requests":[{"id":"1","method":"GET","url":"/users"}]})";
        const test::HttpResult result = m_fixture.wait(m_fixture.network.post(request, body));
        QCOMPARE(result.status, 200);
        QCOMPARE(m_echo.lastRequest->body, body);
        QCOMPARE(m_echo.lastRequest->method, QByteArray("POST"));
    }

    void chunkedUploadIsRefusedWith411()
    {
        const QByteArray reply = rawExchange("POST /v1.0/test/chunked HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                             "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QVERIFY2(reply.startsWith("HTTP/1.1 411 Length Required\r\n"), reply.constData());
        QVERIFY(reply.contains("Connection: close"));
        QVERIFY(reply.contains("Content-Length"));
    }

    void malformedAndOversizedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("no host") << QByteArray("GET /v1.0/test/x HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("bad request line") << QByteArray("GARBAGE\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
                                        << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("bad content-length")
            << QByteArray("POST /v1.0/test/x HTTP/1.1\r\nHost: a\r\nContent-Length: 12x\r\n\r\n")
            << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("body too large")
            << QByteArray("POST /v1.0/test/x HTTP/1.1\r\nHost: a\r\nContent-Length: 999999999\r\n\r\n")
            << QByteArray("HTTP/1.1 413 ");
        QTest::newRow("head too large") << QByteArray("GET /v1.0/test/x HTTP/1.1\r\nHost: a\r\nX-Big: " +
                                                      QByteArray(9000, 'a') + "\r\n\r\n")
                                        << QByteArray("HTTP/1.1 431 ");
        QTest::newRow("http/1.0 closes") << QByteArray("GET /v1.0/test/x HTTP/1.0\r\n\r\n")
                                         << QByteArray("HTTP/1.1 401 ");
    }

    void malformedAndOversizedRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, statusLine);
        const QByteArray reply = rawExchange(request);
        QVERIFY2(reply.startsWith(statusLine), reply.left(200).constData());
        // The server closed the connection afterwards (rawExchange returned because the peer disconnected).
        QVERIFY(reply.contains("Connection: close"));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        const QByteArray one =
            "GET /v1.0/test/one HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_graphToken + "\r\n\r\n";
        const QByteArray two = "GET /v1.0/test/two HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        const QByteArray reply = rawExchange(one + two);
        const qsizetype first = reply.indexOf("HTTP/1.1 200 OK");
        const qsizetype second = reply.indexOf("HTTP/1.1 401 Unauthorized");
        QVERIFY2(first >= 0 && second > first, reply.constData());
    }

    void idleConnectionIsClosed()
    {
        QSslSocket socket;
        socket.setSslConfiguration(m_fixture.tls);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QSignalSpy disconnected(&socket, &QSslSocket::disconnected);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_fixture.server->port());
        QVERIFY(encrypted.wait(10000));
        const int openBefore = m_fixture.server->openConnections();
        QVERIFY(openBefore >= 1);
        // Nothing is sent: the server's 2 s idle timeout closes the connection.
        QVERIFY(disconnected.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.server->openConnections() < openBefore, 5000);
    }

    void manyConcurrentConnections()
    {
        // 40 managers -> 40 parallel connections; every request answered.
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QNetworkReply*> replies;
        const quint64 before = m_fixture.server->counters().connectionsAccepted;
        for (int i = 0; i < 40; ++i) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            replies << managers.back()->get(m_fixture.request(u"/v1.0/test/parallel/%1"_s.arg(i), m_graphToken));
        }
        int ok = 0;
        for (QNetworkReply* reply : replies)
            ok += m_fixture.wait(reply).status == 200 ? 1 : 0;
        QCOMPARE(ok, 40);
        QCOMPARE(m_fixture.server->counters().connectionsAccepted, before + 40);
    }
};

QTEST_GUILESS_MAIN(TestSampleHttpServer)
#include "TestSampleHttpServer.moc"
