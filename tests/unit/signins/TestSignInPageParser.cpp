#include "signins/SignInPageParser.h"

#include "signins/SignInJson.h"

#include "SignInTestData.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

// What the page means according to QJsonDocument (the reference): nullopt when it must be rejected.
std::optional<SignInPage> reference(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonValue value = document.object().value(u"value"_s);
    if (!value.isArray())
        return std::nullopt;
    SignInPage page;
    for (const QJsonValue& element : value.toArray()) {
        if (!element.isObject())
            return std::nullopt;
        page.records.push_back(signInFromGraphJson(element.toObject()));
    }
    const QJsonValue next = document.object().value(u"@odata.nextLink"_s);
    page.nextLink = next.isString() ? next.toString() : QString();
    return page;
}

QString differences(const SignInRecord& a, const SignInRecord& b)
{
    QStringList diff;
    const auto check = [&diff](const char* name, bool same) {
        if (!same)
            diff << QString::fromLatin1(name);
    };
    check("id", a.id == b.id);
    check("createdMs", a.hasCreated == b.hasCreated && (!a.hasCreated || a.createdMs == b.createdMs));
    check("userPrincipalName", a.userPrincipalName == b.userPrincipalName);
    check("userId", a.userId == b.userId);
    check("appDisplayName", a.appDisplayName == b.appDisplayName);
    check("clientAppUsed", a.clientAppUsed == b.clientAppUsed);
    check("ipAddress", a.ipAddress == b.ipAddress);
    check("city", a.city == b.city);
    check("countryOrRegion", a.countryOrRegion == b.countryOrRegion);
    check("errorCode", a.errorCode == b.errorCode);
    check("failureReason", a.failureReason == b.failureReason);
    check("isInteractive", a.isInteractive == b.isInteractive);
    check("conditionalAccessStatus", a.conditionalAccessStatus == b.conditionalAccessStatus);
    check("authProtocol", a.authProtocol == b.authProtocol);
    check("passwordStepSeen", a.passwordStepSeen == b.passwordStepSeen);
    check("userAgent", a.userAgent == b.userAgent);
    check("operatingSystem", a.operatingSystem == b.operatingSystem);
    check("browser", a.browser == b.browser);
    return diff.join(u", "_s);
}

// QJsonDocument (Qt 6.4) accepts a few things RFC 8259 forbids: raw control characters inside strings,
// unknown escapes such as "\x", and numbers like "1." or ".5". The page parser rejects those on purpose.
bool isDeliberateStrictness(const QString& detail)
{
    return detail.startsWith(u"control character in string"_s) || detail.startsWith(u"invalid escape"_s) ||
           detail.startsWith(u"invalid number"_s);
}

// Empty when the fast parser and the reference agree on `body` (up to the deliberate strictness above),
// else what differs. Accepting what the reference rejects is always a disagreement.
QString disagreement(const QByteArray& body)
{
    const std::optional<SignInPage> expected = reference(body);
    const Result<SignInPage> actual = parseSignInPage(body);
    if (!expected)
        return actual.ok() ? u"accepted what QJsonDocument rejects"_s : QString();
    if (!actual.ok()) {
        if (isDeliberateStrictness(actual.error().detail))
            return {};
        return u"rejected what QJsonDocument accepts: "_s + actual.error().detail;
    }
    if (actual.value().nextLink != expected->nextLink)
        return u"nextLink"_s;
    if (actual.value().records.size() != expected->records.size())
        return u"record count"_s;
    for (std::size_t i = 0; i < expected->records.size(); ++i)
        if (const QString d = differences(actual.value().records[i], expected->records[i]); !d.isEmpty())
            return u"record %1: %2"_s.arg(i).arg(d);
    return {};
}

// A page that exercises every field the parser reads, escapes, non-ASCII text and values it must skip.
QByteArray richPage()
{
    return QByteArray(
        "{\"@odata.context\":\"x\",\"value\":[\n"
        " {\"id\":\"66ea54eb-6301-4ee5-be62-ff5a759b0100\",\"createdDateTime\":\"2026-11-20T10:00:00.1234567Z\","
        "  \"userPrincipalName\":\"j\\u00fcrgen.m\\u00fcller@contoso.com\",\"userId\":\"u-1\","
        "  \"appDisplayName\":\"Office 365 \\\"Exchange\\\" Online \\/ SMTP\",\"clientAppUsed\":\"Authenticated SMTP\","
        "  \"ipAddress\":\" 2001:db8::1 \",\"isInteractive\":false,\"conditionalAccessStatus\":\"failure\","
        "  \"authenticationProtocol\":\"ropc\",\"userAgent\":\"BAV2ROPC \\ud83d\\ude00\","
        "  \"authenticationDetails\":[{\"authenticationMethod\":\"Password\",\"succeeded\":false},7,null],"
        "  \"status\":{\"errorCode\":50126,\"failureReason\":\"Invalid\\nusername\\tor password.\","
        "\"additionalDetails\":null},"
        "  \"location\":{\"city\":\"Z\xc3\xbcrich\",\"state\":null,\"countryOrRegion\":\"CH\","
        "\"geoCoordinates\":{\"altitude\":null,\"latitude\":47.3,\"longitude\":-8.5e0}},"
        "  \"deviceDetail\":{\"deviceId\":\"\",\"operatingSystem\":\"\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\","
        "\"browser\":null,\"isCompliant\":true},"
        "  \"appliedConditionalAccessPolicies\":[{\"id\":\"a\",\"enforcedGrantControls\":[\"Block\"],"
        "\"result\":\"failure\"}],\"riskEventTypes\":[],\"flag\":true,\"n\":-0.5E+2},\n"
        " {\"id\":\"second\",\"status\":{\"errorCode\":\"53003\"},\"isInteractive\":\"yes\",\"ipAddress\":42,"
        "  \"clientAppUsed\":null,\"location\":[],\"deviceDetail\":\"x\",\"authenticationDetails\":{}},\n"
        " {\"id\":\"third\",\"status\":{\"errorCode\":5.0E4},\"createdDateTime\":\"2026-11-20T10:00:00+01:00\"},\n"
        " {\"id\":\"fourth\",\"status\":{\"errorCode\":1.5},\"userPrincipalName\":\"<script>alert('x')</script>\"},\n"
        " {}\n"
        "],\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=a\\u0026b\"}");
}

} // namespace

class TestSignInPageParser : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryFieldLikeTheDomPath()
    {
        const QByteArray body = richPage();
        QVERIFY2(reference(body).has_value(), "the rich page must be valid JSON");
        QCOMPARE(disagreement(body), QString());

        const SignInPage page = parseSignInPage(body).value();
        QCOMPARE(page.records.size(), std::size_t(5));
        const SignInRecord& r = page.records[0];
        QCOMPARE(r.userPrincipalName, u"j\u00fcrgen.m\u00fcller@contoso.com"_s);
        QCOMPARE(r.appDisplayName, u"Office 365 \"Exchange\" Online / SMTP"_s);
        QCOMPARE(r.ipAddress, u"2001:db8::1"_s);
        QCOMPARE(r.userAgent, u"BAV2ROPC \U0001F600"_s);
        QCOMPARE(r.failureReason, u"Invalid\nusername\tor password."_s);
        QCOMPARE(r.city, u"Z\u00fcrich"_s);
        QCOMPARE(r.operatingSystem, u"\u0639\u0631\u0628\u064a"_s);
        QCOMPARE(r.errorCode, std::optional<int>(50126));
        QVERIFY(r.passwordStepSeen);
        QCOMPARE(r.authProtocol, AuthProtocol::Ropc);
        QCOMPARE(page.records[1].errorCode, std::optional<int>(53003));
        QVERIFY(!page.records[1].isInteractive);
        QCOMPARE(page.records[2].errorCode, std::optional<int>(50000));
        QVERIFY(!page.records[3].errorCode);
        QCOMPARE(page.nextLink, u"https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=a&b"_s);
    }

    void microsoftSampleAgrees()
    {
        QByteArray body = readTestFile(QFINDTESTDATA("data/graph-example-signins.json"));
        QVERIFY(!body.isEmpty());
        QCOMPARE(disagreement(body), QString()); // both reject the trailing comma
        const auto rejected = parseSignInPage(body);
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.error().category, Error::Category::MalformedResponse);
        QVERIFY(rejected.error().detail.contains(u"offset"_s));
        body.replace("},\n              ]", "}\n              ]");
        QCOMPARE(disagreement(body), QString());
        QCOMPARE(parseSignInPage(body).value().records.size(), std::size_t(1));
    }

    void rejectsWhatJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QList<QByteArray> bodies{
            "",
            "   ",
            "{",
            "{\"value\":[]",
            "{\"value\":[],}",
            "{\"value\":[{},]}",
            "{\"value\":[{\"id\":\"a\",}]}",
            "{\"value\":[{\"id\":'a'}]}",
            "{\"value\":[{\"id\":\"a\"}]} x",
            "{\"value\":[{\"id\":\"a\"}]}{}",
            "{\"value\":[{\"status\":{\"errorCode\":01}}]}",
            "{\"value\":[{\"status\":{\"errorCode\":+1}}]}",
            "{\"value\":[{\"status\":{\"errorCode\":-}}]}",
            "{\"value\":[{\"status\":{\"errorCode\":1e}}]}",
            "{\"value\":[{\"status\":{\"errorCode\":NaN}}]}",
            "{\"value\":[{\"isInteractive\":tru}]}",
            "{\"value\":[{\"isInteractive\":True}]}",
            "{\"value\":[{\"id\":\"a\\u12\"}]}",
            "{\"value\":[{\"id\":\"a\\u12G4\"}]}",
            "{\"value\":[{\"id\":\"unterminated}]}",
            "{\"value\":[{\"id\":\"a\" \"b\"}]}",
            "{\"value\":[{\"id\" \"a\"}]}",
            "{\"value\":[{id:\"a\"}]}",
            "{\"value\":[{\"id\":\"a\"}/*c*/]}",
            "{\"value\":[{\"id\":\"a\"}]]}",
            "{\"value\":[{\"id\":\"a\"}}",
            "{\"value\" [ ]}",
            "{\"value\":[1,2]}",               // valid JSON, wrong shape
            "{\"value\":[{\"id\":\"a\"},[]]}", // valid JSON, wrong shape
            "{\"value\":{}}",
            "{\"values\":[]}",
            "[{\"value\":[]}]",
            "\"value\"",
            "42",
            "null",
        };
        for (qsizetype i = 0; i < bodies.size(); ++i)
            QTest::addRow("%lld: %s", static_cast<long long>(i), bodies[i].left(40).constData()) << bodies[i];
    }

    void rejectsWhatJsonRejects()
    {
        QFETCH(QByteArray, body);
        QVERIFY2(!reference(body).has_value(), "corpus entry must be invalid for the reference");
        const auto result = parseSignInPage(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().category, Error::Category::MalformedResponse);
        QCOMPARE(result.error().subject, u"signIns"_s);
    }

    void notJsonEvenThoughQtAcceptsIt_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("1.") << QByteArray("{\"value\":[{\"status\":{\"errorCode\":1.}}]}");
        QTest::newRow(".5") << QByteArray("{\"value\":[{\"status\":{\"errorCode\":.5}}]}");
        QTest::newRow("unknown escape") << QByteArray("{\"value\":[{\"id\":\"a\\x\"}]}");
        QTest::newRow("raw newline") << QByteArray("{\"value\":[{\"id\":\"line\nbreak\"}]}");
        QTest::newRow("raw tab") << QByteArray("{\"value\":[{\"id\":\"tab\there\"}]}");
    }

    // RFC 8259 forbids these; Qt 6.4's parser lets them through. A body like that did not come from Graph.
    void notJsonEvenThoughQtAcceptsIt()
    {
        QFETCH(QByteArray, body);
        const auto result = parseSignInPage(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().category, Error::Category::MalformedResponse);
        QVERIFY(isDeliberateStrictness(result.error().detail));
    }

    void invalidUtf8IsRejected()
    {
        for (const QByteArray& bad :
             {QByteArray("\xff"), QByteArray("\xc3"), QByteArray("\xc0\xaf"), QByteArray("\xed\xa0\x80"),
              QByteArray("\xf4\x90\x80\x80"), QByteArray("\xe2\x82")}) {
            const QByteArray body = "{\"value\":[{\"id\":\"a" + bad + "\"}]}";
            QVERIFY2(!parseSignInPage(body).ok(), body.toHex().constData());
        }
        QVERIFY(parseSignInPage("{\"value\":[{\"id\":\"\xe2\x82\xac \xf0\x9f\x98\x80\"}]}").ok());
    }

    // Every proper prefix of a valid page is invalid JSON; both readers must say so at every length.
    void everyTruncationIsRejected()
    {
        const QByteArray body = richPage();
        for (qsizetype n = 0; n < body.size(); ++n) {
            const QByteArray prefix = body.left(n);
            if (prefix.trimmed().endsWith('}') && reference(prefix))
                continue; // cannot happen for this page, kept for clarity
            QVERIFY2(!parseSignInPage(prefix).ok(), qPrintable(u"accepted a truncation at %1"_s.arg(n)));
        }
    }

    // Deterministic single-byte mutations of the rich page: the fast parser accepts exactly what the reference
    // accepts and then yields the same records.
    void mutationsAgreeWithTheReference()
    {
        const QByteArray original = richPage();
        const QByteArray alphabet = "\"{}[]:,\\ 0159-+.eEtfnul/aZ\t\n";
        std::mt19937 rng(20261127);
        int accepted = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray body = original;
            const auto pos = static_cast<qsizetype>(rng() % static_cast<unsigned>(body.size()));
            const char c = alphabet.at(static_cast<qsizetype>(rng() % static_cast<unsigned>(alphabet.size())));
            switch (rng() % 3) {
            case 0:
                body[pos] = c;
                break;
            case 1:
                body.insert(pos, c);
                break;
            default:
                body.remove(pos, 1);
                break;
            }
            const QString d = disagreement(body);
            QVERIFY2(d.isEmpty(),
                     qPrintable(d + u" | "_s + QString::fromUtf8(body.mid(std::max<qsizetype>(0, pos - 30), 60))));
            accepted += reference(body) ? 1 : 0;
        }
        QVERIFY(accepted > 100); // the mutations exercised both outcomes
        QVERIFY(accepted < 3900);
    }

    void repeatedKeysCountWithTheirLastValue()
    {
        const QByteArray body =
            "{\"value\":[{\"id\":\"a\",\"status\":{\"errorCode\":1},\"status\":{\"failureReason\":\"x\"},"
            "\"id\":\"b\",\"ipAddress\":\"1.2.3.4\",\"ipAddress\":null}],"
            "\"value\":[{\"id\":\"c\"}]}";
        QCOMPARE(disagreement(body), QString());
        const SignInPage page = parseSignInPage(body).value();
        QCOMPARE(page.records.size(), std::size_t(1));
        QCOMPARE(page.records[0].id, u"c"_s);
    }

    void deepNestingIsRefused()
    {
        const QByteArray deep = "{\"value\":[{\"x\":" + QByteArray(2000, '[') + QByteArray(2000, ']') + "}]}";
        QVERIFY(!parseSignInPage(deep).ok());
        const QByteArray fine = "{\"value\":[{\"x\":" + QByteArray(100, '[') + QByteArray(100, ']') + "}]}";
        QVERIFY(parseSignInPage(fine).ok());
    }
};

QTEST_GUILESS_MAIN(TestSignInPageParser)
#include "TestSignInPageParser.moc"
