#include "sample/server/HttpRequestParser.h"

#include <QTest>

using namespace smtpaudit::sample;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesRequestFedByteByByte()
    {
        const QByteArray wire =
            "POST /v1.0/%24batch?a=1 HTTP/1.1\r\nHost: 127.0.0.1:8443\r\nContent-Type: application/json\r\n"
            "Content-Length: 11\r\nX-Mixed-Case:   padded value  \r\n\r\nhello world";
        HttpRequestParser parser;
        QByteArray buffer;
        HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
        for (const char byte : wire) {
            QCOMPARE(state, HttpRequestParser::State::NeedMore);
            buffer += byte;
            state = parser.parse(buffer);
        }
        QCOMPARE(state, HttpRequestParser::State::Complete);
        const RawHttpRequest request = parser.takeRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/v1.0/%24batch?a=1"));
        QCOMPARE(request.header("x-mixed-case"), QByteArray("padded value"));
        QCOMPARE(request.header("host"), QByteArray("127.0.0.1:8443"));
        QCOMPARE(request.body, QByteArray("hello world"));
        QVERIFY(request.keepAlive);
        QVERIFY(buffer.isEmpty());
    }

    void leavesPipelinedBytes()
    {
        QByteArray buffer = "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
        HttpRequestParser parser;
        QCOMPARE(parser.parse(buffer), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().target, QByteArray("/a"));
        QCOMPARE(parser.parse(buffer), HttpRequestParser::State::Complete);
        const RawHttpRequest second = parser.takeRequest();
        QCOMPARE(second.target, QByteArray("/b"));
        QVERIFY(!second.keepAlive);
        QCOMPARE(parser.parse(buffer), HttpRequestParser::State::NeedMore);
    }

    void http10KeepAliveOnlyWhenAsked()
    {
        QByteArray plain = "GET / HTTP/1.0\r\n\r\n";
        HttpRequestParser parser;
        QCOMPARE(parser.parse(plain), HttpRequestParser::State::Complete);
        QVERIFY(!parser.takeRequest().keepAlive);
        QByteArray asked = "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n";
        QCOMPARE(parser.parse(asked), HttpRequestParser::State::Complete);
        QVERIFY(parser.takeRequest().keepAlive);
    }

    void expectContinueIsAnnounced()
    {
        QByteArray buffer = "POST /x HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n";
        HttpRequestParser parser;
        QCOMPARE(parser.parse(buffer), HttpRequestParser::State::NeedMore);
        QVERIFY(parser.expectsContinue());
        buffer += "abc";
        QCOMPARE(parser.parse(buffer), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().body, QByteArray("abc"));
        QVERIFY(!parser.expectsContinue());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("chunked") << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("gzip transfer coding")
            << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n") << 411;
        QTest::newRow("no host") << QByteArray("GET /x HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("version") << QByteArray("GET /x HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("absolute target") << QByteArray("GET http://h/x HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET /x HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("GET /x HTTP/1.1\r\nHost: h\r\n  folded\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET /x HTTP/1.1\r\nHost: h\nX: y\r\n\r\n") << 400;
        QTest::newRow("negative length") << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n")
                                         << 400;
        QTest::newRow("signed length") << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: +5\r\n\r\n")
                                       << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n") << 400;
        QTest::newRow("body too large") << QByteArray("POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 1025\r\n\r\n")
                                        << 413;
        QTest::newRow("head too large") << QByteArray("GET /x HTTP/1.1\r\nHost: h\r\nX: " + QByteArray(600, 'a'))
                                        << 431;
    }

    void refusals()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        HttpRequestParser parser(HttpLimits{512, 1024});
        QCOMPARE(parser.parse(wire), HttpRequestParser::State::Failed);
        QCOMPARE(parser.errorStatus(), status);
        QVERIFY(!parser.errorMessage().isEmpty());
        // A failed parser stays failed: the connection must close.
        QByteArray more = "GET /y HTTP/1.1\r\nHost: h\r\n\r\n";
        QCOMPARE(parser.parse(more), HttpRequestParser::State::Failed);
    }

    void queryIsDecodedWhateverTheClientEncoded()
    {
        const QUrlQuery encoded = decodedQuery("%24select=id%2CdisplayName&%24filter=startswith(displayName%2C%27a%20b%"
                                               "27)%20and%20x%20eq%20%27c%26d%27&q=a+b%25z&flag");
        QCOMPARE(encoded.queryItemValue(QStringLiteral("$select")), QStringLiteral("id,displayName"));
        QCOMPARE(encoded.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
                 QStringLiteral("startswith(displayName,'a b') and x eq 'c&d'"));
        QCOMPARE(encoded.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), QStringLiteral("a+b%z"));
        QVERIFY(encoded.hasQueryItem(QStringLiteral("flag")));
        const QUrlQuery literal =
            decodedQuery("$select=id,displayName&$top=999&$filter=createdDateTime%20ge%202026-11-01T00:00:00Z");
        QCOMPARE(literal.queryItemValue(QStringLiteral("$select")), QStringLiteral("id,displayName"));
        QCOMPARE(literal.queryItemValue(QStringLiteral("$top")), QStringLiteral("999"));
        QCOMPARE(literal.queryItemValue(QStringLiteral("$filter")),
                 QStringLiteral("createdDateTime ge 2026-11-01T00:00:00Z"));
        QVERIFY(decodedQuery(QByteArray()).isEmpty());
    }

    void duplicateEqualLengthsAreAccepted()
    {
        QByteArray wire = "POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok";
        HttpRequestParser parser;
        QCOMPARE(parser.parse(wire), HttpRequestParser::State::Complete);
        QCOMPARE(parser.takeRequest().body, QByteArray("ok"));
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "TestHttpRequestParser.moc"
