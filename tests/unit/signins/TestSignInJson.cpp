#include "signins/SignInJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestSignInJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesGraphTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("seven fraction digits")
            << u"2020-03-13T19:15:41.6195833Z"_s << utc(2020, 3, 13, 19, 15, 41, 619);
        QTest::newRow("no fraction") << u"2026-11-26T00:00:00Z"_s << utc(2026, 11, 26, 0, 0, 0, 0);
        QTest::newRow("one fraction digit") << u"2026-11-26T00:00:00.5Z"_s << utc(2026, 11, 26, 0, 0, 0, 500);
        QTest::newRow("leap day") << u"2024-02-29T23:59:59Z"_s << utc(2024, 2, 29, 23, 59, 59, 0);
        QTest::newRow("offset") << u"2026-11-26T02:30:00+02:00"_s << utc(2026, 11, 26, 0, 30, 0, 0);
        QTest::newRow("negative offset") << u"2026-11-25T22:00:00-03:00"_s << utc(2026, 11, 26, 1, 0, 0, 0);
        QTest::newRow("no zone is UTC") << u"2026-11-26T08:00:00"_s << utc(2026, 11, 26, 8, 0, 0, 0);
        QTest::newRow("before 1970") << u"1969-12-31T23:59:59.999Z"_s << utc(1969, 12, 31, 23, 59, 59, 999);
        QTest::newRow("lower-case t and z") << u"2026-01-01t00:00:01z"_s << utc(2026, 1, 1, 0, 0, 1, 0);
    }

    void parsesGraphTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = parseGraphDateTime(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected.toMSecsSinceEpoch());
    }

    void rejectsNonTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("word") << u"yesterday"_s;
        QTest::newRow("month 13") << u"2026-13-01T00:00:00Z"_s;
        QTest::newRow("feb 30") << u"2026-02-30T00:00:00Z"_s;
        QTest::newRow("not a leap year") << u"2025-02-29T00:00:00Z"_s;
        QTest::newRow("hour 25") << u"2026-01-01T25:00:00Z"_s;
        QTest::newRow("minute 60") << u"2026-01-01T10:60:00Z"_s;
        QTest::newRow("trailing junk") << u"2026-01-01T00:00:00Zjunk"_s;
        QTest::newRow("dot without digits") << u"2026-01-01T00:00:00.Z"_s;
    }

    void rejectsNonTimestamps()
    {
        QFETCH(QString, text);
        QVERIFY(!parseGraphDateTime(text).has_value());
    }

    void readsABetaSignIn()
    {
        const QJsonObject object = QJsonDocument::fromJson(R"({
            "id": "1f0b5c7e-0000-4000-8000-000000000001",
            "createdDateTime": "2026-11-20T10:00:00Z",
            "userPrincipalName": "scanner@contoso.com",
            "userId": "u-1",
            "appDisplayName": "Office 365 Exchange Online",
            "clientAppUsed": "Authenticated SMTP",
            "ipAddress": " 203.0.113.5 ",
            "isInteractive": false,
            "conditionalAccessStatus": "failure",
            "authenticationProtocol": "ropc",
            "authenticationDetails": [{"authenticationMethod": "password", "succeeded": false}],
            "userAgent": "BAV2ROPC",
            "status": {"errorCode": 50126, "failureReason": "Invalid username or password."},
            "location": {"city": "Berlin", "countryOrRegion": "DE"},
            "deviceDetail": {"operatingSystem": "", "browser": null}
        })")
                                       .object();
        const SignInRecord r = signInFromGraphJson(object);
        QCOMPARE(r.id, u"1f0b5c7e-0000-4000-8000-000000000001"_s);
        QVERIFY(r.hasCreated);
        QCOMPARE(r.userPrincipalName, u"scanner@contoso.com"_s);
        QCOMPARE(r.appDisplayName, u"Office 365 Exchange Online"_s);
        QCOMPARE(r.ipAddress, u"203.0.113.5"_s);
        QCOMPARE(r.isInteractive, std::optional<bool>(false));
        QCOMPARE(r.conditionalAccessStatus, ConditionalAccessStatus::Failure);
        QCOMPARE(r.authProtocol, AuthProtocol::Ropc);
        QVERIFY(r.passwordStepSeen);
        QCOMPARE(r.userAgent, u"BAV2ROPC"_s);
        QCOMPARE(r.errorCode, std::optional<int>(50126));
        QCOMPARE(r.failureReason, u"Invalid username or password."_s);
        QCOMPARE(r.city, u"Berlin"_s);
        QCOMPARE(r.countryOrRegion, u"DE"_s);
        QVERIFY(r.operatingSystem.isEmpty());
        QVERIFY(r.browser.isEmpty());
    }

    void oddErrorCodesAreAbsent()
    {
        for (const QByteArray& status : {R"({"errorCode":1.5})"_ba, R"({"errorCode":"abc"})"_ba,
                                         R"({"errorCode":1e12})"_ba, R"({"errorCode":true})"_ba, R"({})"_ba}) {
            const QJsonObject object = QJsonDocument::fromJson(R"({"status":)"_ba + status + "}").object();
            QVERIFY2(!signInFromGraphJson(object).errorCode.has_value(), status.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestSignInJson)
#include "TestSignInJson.moc"
