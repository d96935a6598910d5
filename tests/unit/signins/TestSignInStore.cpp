#include "signins/SignInStore.h"

#include "SignInTestData.h"

#include <QJsonDocument>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

class TestSignInStore : public QObject
{
    Q_OBJECT

private:
    QByteArray microsoftSample() const
    {
        const QString path = QFINDTESTDATA("data/graph-example-signins.json");
        return readTestFile(path);
    }

private slots:
    // Microsoft's documented example has a trailing comma: it is not JSON, and the store must say so as a
    // typed error instead of storing a partial page or nothing silently.
    void microsoftSampleWithTrailingCommaIsMalformed()
    {
        const QByteArray body = microsoftSample();
        QVERIFY2(!body.isEmpty(), "test data missing");
        QVERIFY(body.contains("},\n              ]"));

        SignInStore store;
        const auto result = store.appendGraphResponse(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().category, Error::Category::MalformedResponse);
        QCOMPARE(result.error().subject, u"signIns"_s);
        QVERIFY(!result.error().detail.isEmpty());
        QCOMPARE(store.size(), 0);
    }

    void microsoftSampleWithoutTheCommaIsReadFieldByField()
    {
        QByteArray body = microsoftSample();
        body.replace("},\n              ]", "}\n              ]");
        SignInStore store;
        const auto result = store.appendGraphResponse(body);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result.value().appended, 1);
        QCOMPARE(
            result.value().nextLink,
            u"https://graph.microsoft.com/v1.0/auditLogs/signIns?$top=1&$skiptoken=9177f2e3532fcd4c4d225f68f7b9bdf7_1"_s);

        QCOMPARE(store.size(), 1);
        const SignInRow row = store.row(0);
        QCOMPARE(row.createdDateTime(), QDateTime(QDate(2020, 3, 13), QTime(19, 15, 41, 619), Qt::UTC));
        QCOMPARE(row.userPrincipalName, u"testaccount1@contoso.com"_s);
        QCOMPARE(row.userId, u"26be570a-ae82-4189-b4e2-a37c6808512d"_s);
        QCOMPARE(row.appDisplayName, u"Graph explorer"_s);
        QCOMPARE(row.clientAppUsed, u"Browser"_s);
        QCOMPARE(row.clientApp, ClientApp::Browser);
        QCOMPARE(row.ipAddress, u"131.107.159.37"_s);
        QCOMPARE(row.city, u"Redmond"_s);
        QCOMPARE(row.countryOrRegion, u"US"_s);
        QCOMPARE(row.errorCode, std::optional<int>(0));
        QVERIFY(row.isSuccess());
        QVERIFY(row.failureReason.isEmpty()); // null in the sample
        QCOMPARE(row.isInteractive, std::optional<bool>(true));
        QCOMPARE(row.conditionalAccessStatus, ConditionalAccessStatus::NotApplied);
        QCOMPARE(row.authProtocol, AuthProtocol::Missing); // a v1.0 response has no authenticationProtocol
        QCOMPARE(row.authKind, AuthKind::Unknown);
        QCOMPARE(row.operatingSystem, u"Windows 10"_s);
        QCOMPARE(row.browser, u"Edge 80.0.361"_s);
        QVERIFY(store.containsId(u"66EA54EB-6301-4EE5-BE62-FF5A759B0100"_s));
        QCOMPARE(store.value(0, SignInField::CountryOrRegion).toString(), u"US"_s);
        QCOMPARE(store.value(0, SignInField::ErrorCode).toInt(), 0);
        QCOMPARE(store.value(0, SignInField::ConditionalAccessStatus).toString(), u"notApplied"_s);
    }

    void responseShapeErrorsAreMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray(
            "{\"value\":[{\"id\":\"a\",\"createdDateTime\":\"2026-11-"); // not in a raw string: moc 6.4 trips over its
                                                                         // brackets
        QTest::newRow("array at top") << QByteArray(R"([{"id":"a"}])");
        QTest::newRow("no value") << QByteArray(R"({"@odata.context":"x"})");
        QTest::newRow("value not array") << QByteArray(R"({"value":{"id":"a"}})");
        QTest::newRow("element not object") << QByteArray(R"({"value":[{"id":"a"}, 42]})");
        QTest::newRow("empty body") << QByteArray();
    }

    void responseShapeErrorsAreMalformed()
    {
        QFETCH(QByteArray, body);
        SignInStore store;
        const auto result = store.appendGraphResponse(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().category, Error::Category::MalformedResponse);
        QCOMPARE(store.size(), 0); // nothing of a bad page is kept, not even its good first element
    }

    void emptyPageIsFine()
    {
        SignInStore store;
        const auto result = store.appendGraphResponse(R"({"value":[]})");
        QVERIFY(result.ok());
        QCOMPARE(result.value().appended, 0);
        QVERIFY(result.value().nextLink.isEmpty());
    }

    void missingNullAndOddFieldsAreAbsentNotFatal()
    {
        const QByteArray body = R"({"value":[
            {"id":"00000000-0000-0000-0000-000000000001"},
            {"id":"00000000-0000-0000-0000-000000000002","createdDateTime":null,"userPrincipalName":null,
             "status":null,"location":null,"deviceDetail":null,"isInteractive":null,"clientAppUsed":null},
            {"id":"00000000-0000-0000-0000-000000000003","createdDateTime":"yesterday","status":{"errorCode":"50126"},
             "clientAppUsed":"Some Future Client","ipAddress":17,"location":{"countryOrRegion":""}},
            {"createdDateTime":"2026-11-20T10:00:00Z","userPrincipalName":"noid@contoso.com",
             "clientAppUsed":"authenticated smtp","status":{"errorCode":0}}
        ]})";
        SignInStore store;
        const auto result = store.appendGraphResponse(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value().appended, 4);
        QCOMPARE(result.value().withoutId, 1);
        QCOMPARE(result.value().withoutTime, 3);

        const SignInRow bare = store.row(0);
        QVERIFY(!bare.createdMs);
        QVERIFY(bare.userPrincipalName.isEmpty());
        QCOMPARE(bare.clientApp, ClientApp::Missing);
        QVERIFY(!bare.errorCode);
        QVERIFY(!bare.isSuccess()); // no status: not a success
        QVERIFY(!bare.isInteractive);
        QVERIFY(!store.value(0, SignInField::CreatedDateTime).isValid());
        QVERIFY(!store.value(0, SignInField::ErrorCode).isValid());

        const SignInRow odd = store.row(2);
        QCOMPARE(odd.errorCode, std::optional<int>(50126)); // a number sent as text is still read
        QCOMPARE(odd.clientApp, ClientApp::Unrecognized);
        QCOMPARE(odd.clientAppUsed, u"Some Future Client"_s); // kept verbatim
        QVERIFY(odd.ipAddress.isEmpty());                     // a number is not an IP string

        const SignInRow smtp = store.row(3);
        QCOMPARE(smtp.clientApp, ClientApp::AuthenticatedSmtp); // case-insensitive
        QCOMPARE(smtp.userPrincipalName, u"noid@contoso.com"_s);
    }

    void overlappingSlicesNeverCountAnEventTwice()
    {
        // Two time slices sharing their boundary second return the boundary events twice.
        QJsonArray early, late;
        for (int i = 0; i < 6; ++i)
            early.append(graphSignIn(u"00000000-0000-0000-0000-00000000000%1"_s.arg(i),
                                     u"2026-11-20T10:00:0%1Z"_s.arg(i), u"user%1@contoso.com"_s.arg(i),
                                     u"Authenticated SMTP"_s, 0, u"198.51.100.1"_s));
        for (int i = 4; i < 9; ++i)
            late.append(graphSignIn(u"00000000-0000-0000-0000-00000000000%1"_s.arg(i),
                                    u"2026-11-20T10:00:0%1Z"_s.arg(i), u"user%1@contoso.com"_s.arg(i),
                                    u"Authenticated SMTP"_s, 0, u"198.51.100.1"_s));
        SignInStore store;
        const auto first = store.appendGraphPage(early);
        const auto second = store.appendGraphPage(late);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.value().appended, 6);
        QCOMPARE(second.value().appended, 3);
        QCOMPARE(second.value().duplicates, 2);
        QCOMPARE(store.size(), 9);

        // The same GUID in another case, or in braces, is the same event.
        const auto again = store.append(record(
            {u"{00000000-0000-0000-0000-00000000000A}"_s.toLower(), u"2026-11-20T10:00:09Z"_s, u"x@contoso.com"_s}));
        QCOMPARE(again.appended, 1);
        const auto upper = store.append(
            record({u"00000000-0000-0000-0000-00000000000A"_s, u"2026-11-20T10:00:09Z"_s, u"x@contoso.com"_s}));
        QCOMPARE(upper.duplicates, 1);
        QCOMPARE(store.size(), 10);
    }

    void duplicatesWithinOneBatchAndNonGuidIds()
    {
        SignInStore store;
        const auto stats = store.append(records({
            {u"not-a-guid-1"_s, u"2026-11-20T10:00:00Z"_s, u"a@contoso.com"_s},
            {u"not-a-guid-1"_s, u"2026-11-20T10:00:00Z"_s, u"a@contoso.com"_s},
            {u"not-a-guid-2"_s, u"2026-11-20T10:00:00Z"_s, u"a@contoso.com"_s},
        }));
        QCOMPARE(stats.appended, 2);
        QCOMPARE(stats.duplicates, 1);
        QVERIFY(store.containsId(u"not-a-guid-2"_s));
        QVERIFY(!store.containsId(u"not-a-guid-3"_s));
    }

    void idlessCopiesCollapseButDifferentIdlessEventsDoNot()
    {
        SignInStore store;
        SignInRecord a = record({QString(), u"2026-11-20T10:00:00Z"_s, u"a@contoso.com"_s});
        SignInRecord b = a;
        SignInRecord c = a;
        c.errorCode = 50126;
        const auto stats = store.append(std::vector<SignInRecord>{a, b, c});
        QCOMPARE(stats.appended, 2);
        QCOMPARE(stats.duplicates, 1);
        QCOMPARE(stats.withoutId, 2);
    }

    void stringsAreInternedCaseInsensitivelyWhereGraphIs()
    {
        SignInStore store;
        store.append(records({
            {u"1"_s, u"2026-11-20T10:00:00Z"_s, u"Printer@Contoso.com"_s, u"Authenticated SMTP"_s},
            {u"2"_s, u"2026-11-20T10:00:00Z"_s, u"printer@contoso.com"_s, u"AUTHENTICATED SMTP"_s},
            {u"3"_s, u"2026-11-20T10:00:00Z"_s, u"other@contoso.com"_s, u"IMAP4"_s},
        }));
        QCOMPARE(store.users().size(), 3u); // "", printer, other
        QCOMPARE(store.userIndex(0), store.userIndex(1));
        QCOMPARE(store.row(1).userPrincipalName, u"Printer@Contoso.com"_s); // first spelling seen
        QCOMPARE(store.clientAppIndex(0), store.clientAppIndex(1));
        QCOMPARE(store.clientApp(1), ClientApp::AuthenticatedSmtp);
        QCOMPARE(store.clientApp(2), ClientApp::Imap4);
    }

    void authKindIsDerivedFromBetaFieldsOrTakenAsGiven()
    {
        const QByteArray body = R"({"value":[
            {"id":"b1","clientAppUsed":"Authenticated SMTP","authenticationProtocol":"ropc","status":{"errorCode":0}},
            {"id":"b2","clientAppUsed":"Authenticated SMTP","authenticationProtocol":"none",
             "authenticationDetails":[{"authenticationMethod":"Password","succeeded":true}],"status":{"errorCode":0}},
            {"id":"o1","clientAppUsed":"Authenticated SMTP","authenticationProtocol":"oAuth2","status":{"errorCode":0}},
            {"id":"u1","clientAppUsed":"Authenticated SMTP","status":{"errorCode":0}},
            {"id":"u2","clientAppUsed":"Browser","authenticationProtocol":"ropc","status":{"errorCode":0}}
        ]})";
        SignInStore store;
        QVERIFY(store.appendGraphResponse(body).ok());
        QCOMPARE(store.authKind(0), AuthKind::Basic);
        QCOMPARE(store.authKind(1), AuthKind::Basic);
        QCOMPARE(store.authKind(2), AuthKind::OAuth);
        QCOMPARE(store.authKind(3), AuthKind::Unknown);
        QCOMPARE(store.authKind(4), AuthKind::Unknown);
        QCOMPARE(store.row(0).authProtocol, AuthProtocol::Ropc);
        QCOMPARE(store.value(2, SignInField::AuthKind).toString(), u"oauth"_s);

        SignInRecord given = record({u"g1"_s, u"2026-11-20T10:00:00Z"_s, u"a@contoso.com"_s});
        given.authKind = AuthKind::OAuth;
        store.append(given);
        QCOMPARE(store.authKind(5), AuthKind::OAuth);
    }

    void mergeOfPerSliceStoresDeduplicates()
    {
        SignInStore sliceA, sliceB, total;
        sliceA.append(records({
            {u"00000000-0000-0000-0000-000000000001"_s, u"2026-11-20T10:00:00Z"_s, u"a@contoso.com"_s},
            {u"00000000-0000-0000-0000-000000000002"_s, u"2026-11-20T11:00:00Z"_s, u"b@contoso.com"_s, u"IMAP4"_s,
             50126, u"198.51.100.7"_s, u"FR"_s},
        }));
        sliceB.append(records({
            {u"00000000-0000-0000-0000-000000000002"_s, u"2026-11-20T11:00:00Z"_s, u"b@contoso.com"_s, u"IMAP4"_s,
             50126, u"198.51.100.7"_s, u"FR"_s},
            {u"00000000-0000-0000-0000-000000000003"_s, u"2026-11-20T12:00:00Z"_s, u"C@contoso.com"_s},
        }));
        QCOMPARE(total.merge(sliceA).appended, 2);
        const auto stats = total.merge(sliceB);
        QCOMPARE(stats.appended, 1);
        QCOMPARE(stats.duplicates, 1);
        QCOMPARE(total.size(), 3);
        const SignInRow b = total.row(1);
        QCOMPARE(b.userPrincipalName, u"b@contoso.com"_s);
        QCOMPARE(b.clientApp, ClientApp::Imap4);
        QCOMPARE(b.errorCode, std::optional<int>(50126));
        QCOMPARE(b.ipAddress, u"198.51.100.7"_s);
        QCOMPARE(b.countryOrRegion, u"FR"_s);
        QCOMPARE(total.merge(total).appended, 0);
    }

    // Four fetcher threads append overlapping slices at once: every event is stored exactly once.
    void parallelAppendsFromTimeSlices()
    {
        constexpr int kThreads = 4;
        constexpr int kPerSlice = 5000;
        constexpr int kOverlap = 500; // each slice repeats the last 500 events of the previous one
        SignInStore store;
        std::vector<std::thread> threads;
        std::vector<qint64> appended(kThreads, 0), duplicates(kThreads, 0);
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                const int first = t * kPerSlice - (t > 0 ? kOverlap : 0);
                const int last = (t + 1) * kPerSlice;
                for (int begin = first; begin < last; begin += 250) {
                    QJsonArray page;
                    for (int i = begin; i < std::min(begin + 250, last); ++i)
                        page.append(graphSignIn(u"evt-%1"_s.arg(i), u"2026-11-20T10:00:00Z"_s,
                                                u"user%1@contoso.com"_s.arg(i % 97), u"Authenticated SMTP"_s,
                                                i % 3 == 0 ? 50126 : 0, u"198.51.100.%1"_s.arg(i % 200)));
                    // Half the fetchers hand over parsed arrays, half raw response bodies (the page parser).
                    const auto result =
                        t % 2 == 0 ? store.appendGraphPage(page)
                                   : store.appendGraphResponse(
                                         QJsonDocument(QJsonObject{{u"value"_s, page}}).toJson(QJsonDocument::Compact));
                    if (result.ok()) {
                        appended[t] += result.value().appended;
                        duplicates[t] += result.value().duplicates;
                    }
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();

        qint64 totalAppended = 0, totalDuplicates = 0;
        for (int t = 0; t < kThreads; ++t) {
            totalAppended += appended[t];
            totalDuplicates += duplicates[t];
        }
        QCOMPARE(store.size(), kThreads * kPerSlice);
        QCOMPARE(totalAppended, qint64(kThreads * kPerSlice));
        QCOMPARE(totalDuplicates, qint64((kThreads - 1) * kOverlap));
        QCOMPARE(store.users().size(), 98u);
        for (int i = 0; i < kThreads * kPerSlice; i += 997)
            QVERIFY2(store.containsId(u"evt-%1"_s.arg(i)), qPrintable(u"evt-%1"_s.arg(i)));
        qint64 failures = 0;
        for (qsizetype i = 0; i < store.size(); ++i)
            failures += store.isSuccess(static_cast<std::size_t>(i)) ? 0 : 1;
        QCOMPARE(failures, qint64((kThreads * kPerSlice + 2) / 3));
    }

    void manyRowsCrossChunkBoundaries()
    {
        SignInStore store;
        store.reserve(70000);
        std::vector<SignInRecord> batch;
        for (int i = 0; i < 70000; ++i) {
            SignInRecord r;
            r.id = u"id-%1"_s.arg(i);
            r.createdMs = 1'700'000'000'000LL + i;
            r.hasCreated = true;
            r.userPrincipalName = u"u%1@contoso.com"_s.arg(i % 10);
            r.errorCode = i;
            batch.push_back(std::move(r));
        }
        QCOMPARE(store.append(batch).appended, 70000);
        QCOMPARE(store.row(65535).errorCode, std::optional<int>(65535));
        QCOMPARE(store.row(65536).errorCode, std::optional<int>(65536));
        QCOMPARE(store.createdMs(69999), 1'700'000'000'000LL + 69999);
        QCOMPARE(store.append(batch).duplicates, 70000);
    }
};

QTEST_GUILESS_MAIN(TestSignInStore)
#include "TestSignInStore.moc"
