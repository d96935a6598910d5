#include "sample/server/Throttler.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit::sample;

// Graph's documented limits, with a clock the test moves: no sleeping, no timing.
class TestThrottler : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime::fromString(u"2026-11-26T10:00:00.000Z"_s, Qt::ISODateWithMs);

    HttpRequest request(const QString& path, const QString& appId = u"app-1"_s, const QString& tenant = u"tenant-1"_s)
    {
        HttpRequest request;
        request.path = path;
        AccessTokenClaims claims;
        claims.appId = appId;
        claims.tenantId = tenant;
        request.token = claims;
        return request;
    }
    Throttler make(ThrottlingOptions options = {})
    {
        options.enabled = true;
        return Throttler(options, [this] { return m_now; });
    }

private slots:
    void categories()
    {
        QCOMPARE(Throttler::categorize(u"/v1.0/auditLogs/signIns"_s), Throttler::Category::Reports);
        QCOMPARE(Throttler::categorize(u"/beta/auditlogs/signIns"_s), Throttler::Category::Reports);
        QCOMPARE(Throttler::categorize(u"/v1.0/reports/authenticationMethods/userRegistrationDetails"_s),
                 Throttler::Category::Reports);
        QCOMPARE(Throttler::categorize(u"/v1.0/identity/conditionalAccess/policies"_s),
                 Throttler::Category::ConditionalAccess);
        QCOMPARE(Throttler::categorize(u"/beta/identity/conditionalAccess/namedLocations"_s),
                 Throttler::Category::ConditionalAccess);
        QCOMPARE(Throttler::categorize(u"/v1.0/users"_s), Throttler::Category::General);
        QCOMPARE(Throttler::categorize(u"/v1.0/reportsX"_s), Throttler::Category::General);
    }

    void reportsFivePerTenSecondsPerApp()
    {
        Throttler throttler = make();
        for (int i = 0; i < 5; ++i) {
            QVERIFY(!throttler.check(request(u"/v1.0/auditLogs/signIns"_s)).throttled);
            m_now = m_now.addMSecs(100);
        }
        const Throttler::Decision sixth = throttler.check(request(u"/v1.0/reports/x"_s));
        QVERIFY(sixth.throttled);
        QVERIFY(sixth.retryAfterSeconds.has_value());
        QCOMPARE(*sixth.retryAfterSeconds, 10); // the first admitted request leaves the window 9.5 s later: rounds up
        // Another app in the same tenant has its own budget; the first app waits for the window.
        QVERIFY(!throttler.check(request(u"/v1.0/auditLogs/signIns"_s, u"app-2"_s)).throttled);
        m_now = m_now.addMSecs(9400); // 9.9 s after the first request
        QVERIFY(throttler.check(request(u"/v1.0/auditLogs/signIns"_s)).throttled);
        m_now = m_now.addMSecs(100); // exactly 10 s: the first slot is free again
        QVERIFY(!throttler.check(request(u"/v1.0/auditLogs/signIns"_s)).throttled);
        // Non-report paths are not limited by default.
        for (int i = 0; i < 50; ++i)
            QVERIFY(!throttler.check(request(u"/v1.0/users"_s)).throttled);
    }

    void conditionalAccessOnePerSecondWithoutRetryAfter()
    {
        Throttler throttler = make();
        QVERIFY(!throttler.check(request(u"/v1.0/identity/conditionalAccess/policies"_s)).throttled);
        const Throttler::Decision second =
            throttler.check(request(u"/v1.0/identity/conditionalAccess/namedLocations"_s, u"app-2"_s));
        QVERIFY(second.throttled); // per tenant, whichever app asks
        QVERIFY(!second.retryAfterSeconds.has_value());
        QVERIFY(!throttler.check(request(u"/v1.0/identity/conditionalAccess/policies"_s, u"app-1"_s, u"tenant-2"_s))
                     .throttled);
        m_now = m_now.addSecs(1);
        QVERIFY(!throttler.check(request(u"/v1.0/identity/conditionalAccess/policies"_s)).throttled);
    }

    void generalBucketRefills()
    {
        ThrottlingOptions options;
        options.generalBucketEnabled = true;
        options.generalBucketCapacity = 3;
        options.generalBucketRefillPerSecond = 0.5;
        Throttler throttler = make(options);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!throttler.check(request(u"/v1.0/users"_s)).throttled);
        const Throttler::Decision empty = throttler.check(request(u"/v1.0/users"_s));
        QVERIFY(empty.throttled);
        QCOMPARE(empty.retryAfterSeconds.value_or(0), 2);
        m_now = m_now.addSecs(2);
        QVERIFY(!throttler.check(request(u"/v1.0/users"_s)).throttled);
        QVERIFY(throttler.check(request(u"/v1.0/users"_s)).throttled);
    }

    void disabledOrAnonymousIsNeverThrottled()
    {
        Throttler off(ThrottlingOptions{}, [this] { return m_now; });
        Throttler on = make();
        HttpRequest anonymous;
        anonymous.path = u"/v1.0/auditLogs/signIns"_s;
        for (int i = 0; i < 20; ++i) {
            QVERIFY(!off.check(request(u"/v1.0/auditLogs/signIns"_s)).throttled);
            QVERIFY(!on.check(anonymous).throttled);
        }
    }
};

QTEST_GUILESS_MAIN(TestThrottler)
#include "TestThrottler.moc"
