// PagedFetch with pages decoded on the thread pool (TypedPages) against a real loopback HTTP server: every
// page's typed items arrive in order, the next page is on the wire before a page's items are handed over,
// chains go ahead of independent requests, and malformed pages, items, bodies and links end in typed errors.
#include "LoopbackJsonServer.h"

#include "graph/GraphParsers.h"
#include "http/ApiClient.h"
#include "http/TypedPages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

QJsonObject userJson(const QString& id, const QString& name)
{
    return QJsonObject{{u"id"_s, id},
                       {u"userPrincipalName"_s, QString(id + u"@contoso.example"_s)},
                       {u"displayName"_s, name},
                       {u"accountEnabled"_s, true}};
}

// Page n (1-based) of `pages`, each with `perPage` users; nextLink to page n+1 unless it is the last.
QByteArray usersPage(const LoopbackJsonServer* server, int n, int pages, int perPage)
{
    QJsonArray value;
    for (int i = 0; i < perPage; ++i)
        value.append(userJson(u"u%1-%2"_s.arg(n).arg(i), u"User %1/%2"_s.arg(n).arg(i)));
    QJsonObject page{{u"value"_s, value}};
    if (n < pages)
        page.insert(u"@odata.nextLink"_s, server->url(u"/users?page=%1"_s.arg(n + 1)).toString());
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

int pageOf(const QByteArray& target)
{
    const qsizetype at = target.indexOf("page=");
    return at < 0 ? 1 : target.mid(at + 5).toInt();
}

struct Run
{
    QList<DirectoryUser> users;
    std::optional<Result<PagingSummary>> result;
};

std::unique_ptr<ApiClient> makeClient(int concurrency = ApiClient::defaultConcurrency)
{
    auto client = std::make_unique<ApiClient>();
    RetryPolicy retry;
    retry.baseDelay = std::chrono::milliseconds(5);
    retry.maxDelay = std::chrono::milliseconds(20);
    retry.maxAttempts = 2;
    client->setRetryPolicy(retry);
    client->setJitterSeed(1);
    client->setMaxConcurrency(concurrency);
    return client;
}

PagedFetch* readUsers(ApiClient& client, const QUrl& url, Run& run,
                      std::function<bool(const QList<DirectoryUser>&)> onPage = {})
{
    ApiRequest request = ApiRequest::get(url);
    request.label = u"users"_s;
    return TypedPages<DirectoryUser>::start(
        client, std::move(request), nullptr, &GraphParse::user,
        [&run, onPage](QList<DirectoryUser>&& users) {
            const bool more = onPage ? onPage(users) : true;
            run.users.append(std::move(users));
            return more;
        },
        [&run](Result<PagingSummary> result) { run.result = std::move(result); });
}

bool finished(const Run& run)
{
    return QTest::qWaitFor([&run] { return run.result.has_value(); }, 20000);
}

// The error's category; a success reads as InvalidInput, which no test expects.
Error::Category categoryOf(const Run& run)
{
    return run.result->ok() ? Error::Category::InvalidInput : run.result->error().category;
}

} // namespace

class TestPagedFetchDecoded : public QObject
{
    Q_OBJECT

private slots:
    void everyPageDecodedInOrder()
    {
        LoopbackJsonServer server([&server](const QByteArray&, const QByteArray& target) {
            return LoopbackJsonServer::Reply{200, usersPage(&server, pageOf(target), 4, 25)};
        });
        auto client = makeClient();
        Run run;
        readUsers(*client, server.url(u"/users"_s), run);
        QVERIFY(finished(run));
        QVERIFY(run.result->ok());
        QCOMPARE(run.result->value().pages, 4);
        QCOMPARE(run.result->value().items, 100);
        QCOMPARE(run.users.size(), 100);
        QCOMPARE(run.users.first().id, u"u1-0"_s);
        QCOMPARE(run.users.at(26).id, u"u2-1"_s);
        QCOMPARE(run.users.last().displayName, u"User 4/24"_s);
        QCOMPARE(server.log().size(), 4);
        QVERIFY(client->isIdle());
    }

    void nextPageIsOnTheWireBeforeItemsAreHandled()
    {
        LoopbackJsonServer server([&server](const QByteArray&, const QByteArray& target) {
            return LoopbackJsonServer::Reply{200, usersPage(&server, pageOf(target), 3, 5)};
        });
        auto client = makeClient();
        Run run;
        QList<int> runningDuringPage;
        readUsers(*client, server.url(u"/users"_s), run, [&](const QList<DirectoryUser>&) {
            runningDuringPage << client->progress().running;
            return true;
        });
        QVERIFY(finished(run));
        QVERIFY(run.result->ok());
        // Pages 1 and 2 were handed over while the next page was already dispatched; the last had none.
        QCOMPARE(runningDuringPage, (QList<int>{1, 1, 0}));
    }

    // With one slot: a chain's next pages go ahead of requests to the same endpoint queued before them, and
    // another endpoint's requests take turns with the chain instead of waiting for it (or it for them).
    void continuationsGoFirstWithinTheirEndpoint_data()
    {
        QTest::addColumn<QString>("otherPath");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("same endpoint") << u"/users"_s << QStringList{u"GET /users"_s,        u"GET /users?page=2"_s,
                                                                     u"GET /users?page=3"_s, u"GET /users?n=0"_s,
                                                                     u"GET /users?n=1"_s,    u"GET /users?n=2"_s};
        QTest::newRow("other endpoint") << u"/other"_s << QStringList{u"GET /users"_s,        u"GET /other?n=0"_s,
                                                                      u"GET /users?page=2"_s, u"GET /other?n=1"_s,
                                                                      u"GET /users?page=3"_s, u"GET /other?n=2"_s};
    }
    void continuationsGoFirstWithinTheirEndpoint()
    {
        QFETCH(QString, otherPath);
        QFETCH(QStringList, expected);
        LoopbackJsonServer server([&server](const QByteArray&, const QByteArray& target) {
            if (target.startsWith("/other") || target.contains("?n="))
                return LoopbackJsonServer::Reply{200, "{\"value\":[]}"_ba};
            return LoopbackJsonServer::Reply{200, usersPage(&server, pageOf(target), 3, 2)};
        });
        auto client = makeClient(1);
        // Pages read without a decoder: small ones are parsed on this thread, so each next page is queued
        // before the slot is given to anyone (with a decoder, a queued request may use the slot while the
        // page is decoded, which keeps the slots full).
        std::optional<Result<PagingSummary>> result;
        PagedFetch::start(
            *client, ApiRequest::get(server.url(u"/users"_s)), nullptr,
            [](const QJsonArray&, const QJsonObject&) { return true; },
            [&result](Result<PagingSummary> done) { result = std::move(done); });
        int othersDone = 0;
        for (int i = 0; i < 3; ++i)
            client->send(ApiRequest::get(server.url(otherPath + u"?n=%1"_s.arg(i))), nullptr,
                         [&othersDone](ApiResult) { ++othersDone; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value() && othersDone == 3; }, 20000));
        QVERIFY(result->ok());
        QCOMPARE(server.log(), expected);
    }

    void unreadableItemEndsWithItsError()
    {
        LoopbackJsonServer server([&server](const QByteArray&, const QByteArray& target) {
            const int page = pageOf(target);
            if (page != 2)
                return LoopbackJsonServer::Reply{200, usersPage(&server, page, 3, 3)};
            // A user without an id, and an item that is not an object at all.
            const QJsonObject body{
                {u"value"_s, QJsonArray{userJson(u"ok"_s, u"fine"_s), QJsonObject{{u"displayName"_s, u"no id"_s}}, 42}},
                {u"@odata.nextLink"_s, server.url(u"/users?page=3"_s).toString()}};
            return LoopbackJsonServer::Reply{200, QJsonDocument(body).toJson()};
        });
        auto client = makeClient();
        Run run;
        readUsers(*client, server.url(u"/users"_s), run);
        QVERIFY(finished(run));
        QVERIFY(!run.result->ok());
        QCOMPARE(categoryOf(run), Error::Category::MalformedResponse);
        QCOMPARE(run.users.size(), 3); // page 1 only: nothing of the broken page
        QVERIFY(QTest::qWaitFor([&] { return client->isIdle(); }, 5000));
    }

    void stoppingCancelsTheNextPage()
    {
        LoopbackJsonServer server([&server](const QByteArray&, const QByteArray& target) {
            return LoopbackJsonServer::Reply{200, usersPage(&server, pageOf(target), 50, 2)};
        });
        auto client = makeClient();
        Run run;
        readUsers(*client, server.url(u"/users"_s), run, [](const QList<DirectoryUser>&) { return false; });
        QVERIFY(finished(run));
        QVERIFY(run.result->ok());
        QVERIFY(run.result->value().stoppedByCaller);
        QCOMPARE(run.result->value().pages, 1);
        QCOMPARE(run.users.size(), 2);
        // The page requested ahead was cancelled: nothing stays in flight, and no third page was asked for.
        QVERIFY(QTest::qWaitFor([&] { return client->isIdle(); }, 5000));
        QTest::qWait(50);
        QVERIFY(server.log().size() <= 2);
    }

    void repeatedNextLinkIsMalformedAfterItsItems()
    {
        LoopbackJsonServer server([&server](const QByteArray&, const QByteArray&) {
            const QJsonObject body{{u"value"_s, QJsonArray{userJson(u"same"_s, u"Same"_s)}},
                                   {u"@odata.nextLink"_s, server.url(u"/users?page=2"_s).toString()}};
            return LoopbackJsonServer::Reply{200, QJsonDocument(body).toJson()};
        });
        auto client = makeClient();
        Run run;
        readUsers(*client, server.url(u"/users"_s), run);
        QVERIFY(finished(run));
        QCOMPARE(categoryOf(run), Error::Category::MalformedResponse);
        QCOMPARE(run.users.size(), 2);    // both pages' items were handed over first
        QCOMPARE(server.log().size(), 2); // the repeated link was not requested again
    }

    void nextLinkToAnotherServerIsRefused()
    {
        LoopbackJsonServer other([](const QByteArray&, const QByteArray&) {
            return LoopbackJsonServer::Reply{200, "{\"value\":[]}"_ba};
        });
        LoopbackJsonServer server([&other](const QByteArray&, const QByteArray&) {
            const QJsonObject body{{u"value"_s, QJsonArray{userJson(u"a"_s, u"A"_s)}},
                                   {u"@odata.nextLink"_s, other.url(u"/users?page=2"_s).toString()}};
            return LoopbackJsonServer::Reply{200, QJsonDocument(body).toJson()};
        });
        auto client = makeClient();
        Run run;
        readUsers(*client, server.url(u"/users"_s), run);
        QVERIFY(finished(run));
        QCOMPARE(categoryOf(run), Error::Category::MalformedResponse);
        QCOMPARE(run.users.size(), 1);
        QVERIFY(other.log().isEmpty());
    }

    // Pages are read from their bytes (no QJsonDocument): what is not one JSON object with a `value` list of
    // objects, or has anything after it, is malformed, and the error says where.
    void malformedPageShapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("retried"); // not JSON at all: the client asks again
        QTest::newRow("no value list") << "{\"values\":[{\"id\":\"x\"}]}"_ba << false;
        QTest::newRow("an item is not an object") << "{\"value\":[\"just a string\"]}"_ba << false;
        QTest::newRow("value is an object") << "{\"value\":{\"id\":\"x\"}}"_ba << false;
        QTest::newRow("value is null") << "{\"value\":null}"_ba << false;
        QTest::newRow("top level is a list") << "[{\"id\":\"x\"}]"_ba << true;
        QTest::newRow("garbage after the object") << "{\"value\":[]} {}"_ba << true;
        QTest::newRow("invalid escape in an item") << "{\"value\":[{\"id\":\"\\x\"}]}"_ba << true;
        QTest::newRow("invalid UTF-8 in a link") << "{\"@odata.nextLink\":\"\xff\",\"value\":[]}"_ba << true;
        QTest::newRow("empty body") << QByteArray() << true;
    }

    void malformedPageShapesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, retried);
        LoopbackJsonServer server([body](const QByteArray&, const QByteArray&) {
            return LoopbackJsonServer::Reply{200, body};
        });
        auto client = makeClient();
        Run run;
        readUsers(*client, server.url(u"/users"_s), run);
        QVERIFY(finished(run));
        QCOMPARE(categoryOf(run), Error::Category::MalformedResponse);
        QVERIFY(run.users.isEmpty());
        QCOMPARE(server.log().size(), retried ? 2 : 1);
        if (retried && !body.isEmpty() && body.front() == '{')
            QVERIFY2(run.result->error().detail.contains(u"offset"_s), qPrintable(run.result->error().detail));
    }

    // The members around `value` reach the pager whatever their order: a nextLink after the list is followed.
    void nextLinkAfterTheListIsFollowed()
    {
        LoopbackJsonServer* self = nullptr;
        LoopbackJsonServer server([&self](const QByteArray&, const QByteArray& target) {
            if (pageOf(target) == 1)
                return LoopbackJsonServer::Reply{
                    200, "{\"value\":[{\"id\":\"a\"}],\"@odata.count\":2,\"@odata.nextLink\":\""_ba +
                             self->url(u"/users?page=2"_s).toEncoded() + "\"}"_ba};
            return LoopbackJsonServer::Reply{200, "{\"value\":[{\"id\":\"b\"}]}"_ba};
        });
        self = &server;
        auto client = makeClient();
        Run run;
        readUsers(*client, server.url(u"/users"_s), run);
        QVERIFY(finished(run));
        QVERIFY(run.result->ok());
        QCOMPARE(run.users.size(), 2);
        QCOMPARE(run.users.at(1).id, u"b"_s);
    }

    void truncatedBodyIsRetriedThenMalformed()
    {
        LoopbackJsonServer server([](const QByteArray&, const QByteArray&) {
            return LoopbackJsonServer::Reply{200, "{\"value\":[{\"id\":\"a\",\"displayName\":\"cut"_ba};
        });
        auto client = makeClient();
        Run run;
        readUsers(*client, server.url(u"/users"_s), run);
        QVERIFY(finished(run));
        QCOMPARE(categoryOf(run), Error::Category::MalformedResponse);
        QCOMPARE(server.log().size(), 2); // the retry policy's two attempts
    }

    void hostileStringsSurviveDecoding()
    {
        const QString name = u"Quote \" back\\slash \u00e9\u4e2d \U0001F600 tab\t nul-free </script>"_s;
        LoopbackJsonServer server([&name](const QByteArray&, const QByteArray&) {
            const QJsonObject body{{u"value"_s, QJsonArray{userJson(u"h"_s, name)}}};
            return LoopbackJsonServer::Reply{200, QJsonDocument(body).toJson()};
        });
        auto client = makeClient();
        Run run;
        readUsers(*client, server.url(u"/users"_s), run);
        QVERIFY(finished(run));
        QVERIFY(run.result->ok());
        QCOMPARE(run.users.size(), 1);
        QCOMPARE(run.users.first().displayName, name);
    }

    void cancelWhileDecodingReportsCancelled()
    {
        LoopbackJsonServer server([&server](const QByteArray&, const QByteArray& target) {
            return LoopbackJsonServer::Reply{200, usersPage(&server, pageOf(target), 1000, 400)};
        });
        auto client = makeClient();
        Run run;
        QPointer<PagedFetch> pager = readUsers(*client, server.url(u"/users"_s), run);
        QVERIFY(QTest::qWaitFor([&] { return !server.log().isEmpty(); }, 5000));
        pager->cancel();
        QVERIFY(run.result.has_value()); // synchronously
        QCOMPARE(categoryOf(run), Error::Category::Cancelled);
        QVERIFY(QTest::qWaitFor([&] { return client->isIdle(); }, 1000));
    }
};

QTEST_GUILESS_MAIN(TestPagedFetchDecoded)
#include "TestPagedFetchDecoded.moc"
