#include "http/RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoffDoublesWithinEqualJitterBounds()
    {
        RetryPolicy policy;
        policy.baseDelay = 500ms;
        policy.maxDelay = 30s;
        QRandomGenerator random(42);
        // Ceiling 500, 1000, 2000, ... capped at 30000; each delay lies in [ceiling/2, ceiling].
        const qint64 ceilings[] = {500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
        for (int retry = 0; retry < 9; ++retry) {
            const qint64 delay = policy.backoff(retry, random).count();
            const qint64 ceiling = ceilings[retry];
            QVERIFY2(
                delay >= ceiling - ceiling / 2 && delay <= ceiling,
                qPrintable(u"retry %1: %2 ms outside [%3, %4]"_s.arg(retry).arg(delay).arg(ceiling / 2).arg(ceiling)));
        }
    }

    void seededJitterIsReproducibleAndActuallyRandom()
    {
        RetryPolicy policy;
        QRandomGenerator a(7);
        QRandomGenerator b(7);
        QList<qint64> first;
        QList<qint64> second;
        for (int retry = 0; retry < 6; ++retry) {
            first << policy.backoff(retry, a).count();
            second << policy.backoff(retry, b).count();
        }
        QCOMPARE(first, second);

        // Across many draws at the same retry the jitter takes more than one value (not a constant).
        QRandomGenerator c(8);
        QSet<qint64> values;
        for (int i = 0; i < 50; ++i)
            values.insert(policy.backoff(4, c).count());
        QVERIFY2(values.size() > 10, "jitter does not vary");
    }

    void hugeRetryCountDoesNotOverflow()
    {
        RetryPolicy policy;
        QRandomGenerator random(1);
        const qint64 delay = policy.backoff(1000, random).count();
        QVERIFY(delay >= policy.maxDelay.count() / 2);
        QVERIFY(delay <= policy.maxDelay.count());
    }

    void retryAfterWinsOverBackoff()
    {
        RetryPolicy policy;
        QRandomGenerator random(3);
        QCOMPARE(policy.delayBeforeRetry(0, 7000ms, random), 7000ms);
        // Not shortened even when the backoff would be shorter, and not capped by maxDelay.
        QCOMPARE(policy.delayBeforeRetry(5, 45000ms, random), 45000ms);
        const auto fallback = policy.delayBeforeRetry(0, std::nullopt, random);
        QVERIFY(fallback >= 250ms && fallback <= 500ms);
    }

    void attemptsAreBounded()
    {
        RetryPolicy policy;
        policy.maxAttempts = 3;
        QVERIFY(policy.mayRetry(1));
        QVERIFY(policy.mayRetry(2));
        QVERIFY(!policy.mayRetry(3));
    }

    void retryableStatuses()
    {
        QVERIFY(isRetryableStatus(429));
        QVERIFY(isRetryableStatus(503));
        QVERIFY(isRetryableStatus(504));
        QVERIFY(!isRetryableStatus(500));
        QVERIFY(!isRetryableStatus(403));
        QVERIFY(!isRetryableStatus(200));
    }

    void parseRetryAfterSeconds()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(parseRetryAfter("120", now), std::optional(120000ms));
        QCOMPARE(parseRetryAfter(" 0 ", now), std::optional(0ms));
        QCOMPARE(parseRetryAfter("", now), std::nullopt);
        QCOMPARE(parseRetryAfter("-5", now), std::nullopt);
        QCOMPARE(parseRetryAfter("1.5", now), std::nullopt);
        QCOMPARE(parseRetryAfter("soon", now), std::nullopt);
        QCOMPARE(parseRetryAfter("99999999999999999999", now), std::nullopt);
    }

    void parseRetryAfterHttpDate()
    {
        // RFC 9110's own example date.
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), QTimeZone::utc());
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), std::optional(30000ms));
        // A date in the past means: now.
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), std::optional(0ms));
        // Not GMT, or not a date at all.
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 PST", now), std::nullopt);
        QCOMPARE(parseRetryAfter("Wed, 32 Oct 2015 07:28:00 GMT", now), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
