#include "http/JsonBatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace std::chrono_literals;

class TestJsonBatch : public QObject
{
    Q_OBJECT

private:
    static QList<BatchItem> items(int count)
    {
        QList<BatchItem> list;
        for (int i = 0; i < count; ++i) {
            BatchItem item;
            item.id = QString::number(i + 1);
            item.url = u"/users/%1/authentication/requirements"_s.arg(i + 1);
            list << item;
        }
        return list;
    }

private slots:
    void graphSplitsIntoTwenties()
    {
        const auto chunks = JsonBatch::split(items(45), JsonBatch::graphLimit);
        QCOMPARE(chunks.size(), 3);
        QCOMPARE(chunks.at(0).size(), 20);
        QCOMPARE(chunks.at(1).size(), 20);
        QCOMPARE(chunks.at(2).size(), 5);
        // Order kept, nothing lost or repeated.
        QSet<QString> seen;
        int expected = 1;
        for (const auto& chunk : chunks)
            for (const BatchItem& item : chunk) {
                QCOMPARE(item.id, QString::number(expected++));
                seen.insert(item.id);
            }
        QCOMPARE(seen.size(), 45);
    }

    void exchangeSplitsIntoTens()
    {
        const auto chunks = JsonBatch::split(items(25), JsonBatch::exchangeLimit);
        QCOMPARE(chunks.size(), 3);
        QCOMPARE(chunks.at(2).size(), 5);
        QCOMPARE(JsonBatch::split(items(20), JsonBatch::exchangeLimit).size(), 2);
        QCOMPARE(JsonBatch::split(items(20), JsonBatch::graphLimit).size(), 1);
        QVERIFY(JsonBatch::split({}, JsonBatch::graphLimit).isEmpty());
    }

    void bodyFollowsGraphShape()
    {
        QList<BatchItem> list = items(2);
        list[1].method = "POST";
        list[1].url = u"https://outlook.office365.com/adminapi/beta/tid/InvokeCommand"_s;
        list[1].body = QJsonObject{{u"CmdletInput"_s, QJsonObject{{u"CmdletName"_s, u"Get-User"_s}}}};
        list[1].headers = {{"X-AnchorMailbox", "UPN:admin@contoso.onmicrosoft.com"}};
        list[0].headers = {{"ConsistencyLevel", "eventual"}};
        const QJsonObject body = JsonBatch::buildBody(list);
        const QJsonArray requests = body.value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 2);
        const QJsonObject get = requests.at(0).toObject();
        QCOMPARE(get.value(u"id"_s).toString(), u"1"_s);
        QCOMPARE(get.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(get.value(u"url"_s).toString(), u"/users/1/authentication/requirements"_s);
        QVERIFY(!get.contains(u"body"_s));
        QCOMPARE(get.value(u"headers"_s).toObject().value(u"ConsistencyLevel"_s).toString(), u"eventual"_s);
        const QJsonObject post = requests.at(1).toObject();
        QCOMPARE(post.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(post.value(u"body"_s).toObject().value(u"CmdletInput"_s).toObject().value(u"CmdletName"_s).toString(),
                 u"Get-User"_s);
        // Graph: "headers" is required whenever there is a body.
        const QJsonObject headers = post.value(u"headers"_s).toObject();
        QCOMPARE(headers.value(u"Content-Type"_s).toString(), u"application/json"_s);
        QCOMPARE(headers.value(u"X-AnchorMailbox"_s).toString(), u"UPN:admin@contoso.onmicrosoft.com"_s);
    }

    void responsesInAnyOrderWithPerItemErrors()
    {
        // Adapted from the json-batching.md sample: answers out of order, one 403, one 429 with Retry-After.
        const QByteArray reply = "{\"responses\":["
                                 "{\"id\":\"3\",\"status\":429,\"headers\":{\"Retry-After\":\"7\"},\"body\":{\"error\":"
                                 "{\"code\":\"TooManyRequests\",\"message\":\"Please retry again later.\"}}},"
                                 "{\"id\":\"1\",\"status\":200,\"headers\":{\"Content-Type\":\"application/"
                                 "json\"},\"body\":{\"perUserMfaState\":\"enforced\"}},"
                                 "{\"id\":\"2\",\"status\":403,\"body\":{\"error\":{\"code\":\"Authorization_"
                                 "RequestDenied\",\"message\":\"Insufficient privileges to complete the operation.\"}}}"
                                 "]}";
        const auto parsed =
            JsonBatch::parseResponse(QJsonDocument::fromJson(reply).object(), items(4), u"Policy.Read.All"_s);
        QVERIFY(parsed.ok());
        const QList<BatchItemResult>& results = parsed.value();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).id, u"1"_s);
        QVERIFY(results.at(0).ok());
        QCOMPARE(results.at(0).body.toObject().value(u"perUserMfaState"_s).toString(), u"enforced"_s);
        QCOMPARE(results.at(1).error->category, Error::Category::PermissionMissing);
        QCOMPARE(results.at(1).error->subject, u"Policy.Read.All"_s);
        QCOMPARE(results.at(2).status, 429);
        QCOMPARE(results.at(2).error->category, Error::Category::Throttled);
        QCOMPARE(JsonBatch::itemRetryAfter(results.at(2)), std::optional(7000ms));
        QCOMPARE(JsonBatch::itemRetryAfter(results.at(0)), std::nullopt);
        // Item 4 was never answered.
        QCOMPARE(results.at(3).status, 0);
        QCOMPARE(results.at(3).error->category, Error::Category::MalformedResponse);
    }

    void numericRetryAfterAndIds()
    {
        const QByteArray reply = "{\"responses\":[{\"id\":1,\"status\":429,\"headers\":{\"retry-after\":3}}]}";
        const auto parsed = JsonBatch::parseResponse(QJsonDocument::fromJson(reply).object(), items(1), {});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().at(0).status, 429);
        QCOMPARE(JsonBatch::itemRetryAfter(parsed.value().at(0)), std::optional(3000ms));
    }

    void replyWithoutResponsesIsMalformed()
    {
        const auto parsed = JsonBatch::parseResponse(QJsonObject{{u"value"_s, QJsonArray()}}, items(1), {});
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().category, Error::Category::MalformedResponse);
    }

    // buildBodyBytes() writes the bytes QJsonDocument would write for buildBody(), whatever the strings hold.
    void bodyBytesEqualTheDocumentsBytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"/users/0f3c9d52-1b7e-4c2a-9e1d-5a6b7c8d9e0f/authentication/requirements"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("quote and backslash") << u"a\"b\\c"_s;
        QTest::newRow("control characters") << u"line\nbreak\ttab\u0001\u001f\r"_s;
        QTest::newRow("delete") << u"del\u007f"_s;
        QTest::newRow("non-ASCII") << u"J\u00fcrgen \u4e2d\u6587 \U0001F600"_s;
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + u"x"_s;
        QTest::newRow("markup") << u"</script><b>&amp;"_s;
        QTest::newRow("upn with quote") << u"o'brien@contoso.example"_s;
    }

    void bodyBytesEqualTheDocumentsBytes()
    {
        QFETCH(QString, text);
        QList<BatchItem> chunk = items(3);
        chunk[0].id = text;
        chunk[1].url = text;
        chunk[1].headers = {{"X-Custom", text.toUtf8()}, {"content-type", "application/json"}};
        chunk[1].body = QJsonObject{{u"CmdletInput"_s, QJsonObject{{u"CmdletName"_s, text}}}};
        chunk[2].method = "POST";
        chunk[2].body = text; // a scalar body
        const QByteArray expected = QJsonDocument(JsonBatch::buildBody(chunk)).toJson(QJsonDocument::Compact);
        QCOMPARE(JsonBatch::buildBodyBytes(chunk), expected);
        // And a number body, and a chunk without bodies or headers (the per-user MFA shape).
        chunk[2].body = 42.5;
        QCOMPARE(JsonBatch::buildBodyBytes(chunk),
                 QJsonDocument(JsonBatch::buildBody(chunk)).toJson(QJsonDocument::Compact));
        const QList<BatchItem> plain = items(20);
        QCOMPARE(JsonBatch::buildBodyBytes(plain),
                 QJsonDocument(JsonBatch::buildBody(plain)).toJson(QJsonDocument::Compact));
        QJsonParseError error{};
        QJsonDocument::fromJson(JsonBatch::buildBodyBytes(chunk), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void emptyChunkIsAnEmptyList() { QCOMPARE(JsonBatch::buildBodyBytes({}), R"({"requests":[]})"_ba); }
};

QTEST_GUILESS_MAIN(TestJsonBatch)
#include "TestJsonBatch.moc"
