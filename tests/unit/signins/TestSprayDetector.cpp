#include "signins/SprayDetector.h"

#include "SignInTestData.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

class TestSprayDetector : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMinute = 60'000;

    // `users` failures (one per user) from `ip`, one every `stepMinutes`, starting at `start`.
    static void addFailures(std::vector<SignInRecord>& out, const QString& ip, int users, qint64 start,
                            qint64 stepMinutes, int errorCode = 50126, const QString& userPrefix = u"user"_s)
    {
        for (int u = 0; u < users; ++u) {
            SignInRecord r;
            r.id = u"%1-%2-%3-%4"_s.arg(ip).arg(start).arg(userPrefix).arg(u);
            r.createdMs = start + u * stepMinutes * kMinute;
            r.hasCreated = true;
            r.userPrincipalName = u"%1%2@contoso.com"_s.arg(userPrefix).arg(u);
            r.clientAppUsed = u"Authenticated SMTP"_s;
            r.errorCode = errorCode;
            r.ipAddress = ip;
            r.countryOrRegion = u"NL"_s;
            out.push_back(r);
        }
    }

    static void addSuccesses(std::vector<SignInRecord>& out, const QString& ip, int count, qint64 start)
    {
        for (int k = 0; k < count; ++k) {
            SignInRecord r;
            r.id = u"ok-%1-%2-%3"_s.arg(ip).arg(start).arg(k);
            r.createdMs = start + k * 1000;
            r.hasCreated = true;
            r.userPrincipalName = u"staff%1@contoso.com"_s.arg(k % 40);
            r.errorCode = 0;
            r.ipAddress = ip;
            out.push_back(r);
        }
    }

    const qint64 m_t0 = *parseGraphDateTime(u"2026-11-20T02:00:00Z");

private slots:
    void firesOnABurst()
    {
        std::vector<SignInRecord> events;
        addFailures(events, u"45.155.205.10"_s, 25, m_t0, 2); // 25 users in 48 minutes
        SignInStore store;
        store.append(events);

        const auto bursts = detectPasswordSpray(SignInView::all(store));
        QCOMPARE(bursts.size(), std::size_t(1));
        const SprayBurst& b = bursts.front();
        QCOMPARE(b.ipAddress, u"45.155.205.10"_s);
        QCOMPARE(b.countryOrRegion, u"NL"_s);
        QCOMPARE(b.startMs, m_t0);
        QCOMPARE(b.endMs, m_t0 + 48 * kMinute);
        QCOMPARE(b.start(), QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC));
        QCOMPARE(b.distinctUsers, 25);
        QCOMPARE(b.failures, 25);
        QCOMPARE(b.successes, 0);
        // Alphabetical by code point: '0' sorts before '@'.
        QCOMPARE(b.sampleUsers, (QStringList{u"user0@contoso.com"_s, u"user10@contoso.com"_s, u"user11@contoso.com"_s,
                                             u"user12@contoso.com"_s, u"user13@contoso.com"_s}));
    }

    void slowSprayOverHoursIsTwoBurstsOrNone()
    {
        std::vector<SignInRecord> events;
        addFailures(events, u"45.155.205.11"_s, 12, m_t0, 1);                                   // burst 1
        addFailures(events, u"45.155.205.11"_s, 12, m_t0 + 5 * 60 * kMinute, 1, 50053, u"b"_s); // 5 h later
        addFailures(events, u"45.155.205.12"_s, 30, m_t0, 10); // one user every 10 min: 6 per hour
        SignInStore store;
        store.append(events);
        const auto bursts = detectPasswordSpray(SignInView::all(store));
        QCOMPARE(bursts.size(), std::size_t(2));
        QCOMPARE(bursts[0].ipAddress, u"45.155.205.11"_s);
        QCOMPARE(bursts[0].distinctUsers, 12);
        QCOMPARE(bursts[1].startMs, m_t0 + 5 * 60 * kMinute);
        QCOMPARE(bursts[1].sampleUsers.first(), u"b0@contoso.com"_s);

        // The same slow IP is a spray with a longer window.
        SprayDetectionParameters wide;
        wide.windowMs = 3 * 60 * kMinute;
        const auto wideBursts = detectPasswordSpray(SignInView::all(store), wide);
        QCOMPARE(wideBursts.size(), std::size_t(3));
        QCOMPARE(wideBursts[1].ipAddress, u"45.155.205.12"_s);
        QCOMPARE(wideBursts[1].distinctUsers, 30); // overlapping windows merge into one burst
        QCOMPARE(wideBursts[1].failures, 30);
    }

    void doesNotFireOnNormalFailures()
    {
        std::vector<SignInRecord> events;
        // Many users mistyping their password, each from their own address.
        for (int i = 0; i < 50; ++i)
            addFailures(events, u"203.0.113.%1"_s.arg(i), 1, m_t0 + i * kMinute, 0, 50126, u"u%1-"_s.arg(i));
        // One user failing 40 times from one address: a broken device, not a spray.
        for (int i = 0; i < 40; ++i)
            addFailures(events, u"198.51.100.20"_s, 1, m_t0 + i * kMinute, 0, 50126, u"printer"_s);
        // An office NAT: 15 people mistype within the hour, among 200 successful sign-ins.
        addFailures(events, u"192.0.2.50"_s, 15, m_t0, 3);
        addSuccesses(events, u"192.0.2.50"_s, 200, m_t0);
        // Many users failing from one IP but with codes that are not credential guessing (MFA required).
        addFailures(events, u"192.0.2.60"_s, 20, m_t0, 1, 50076);
        // Nine users: one short of the threshold.
        addFailures(events, u"192.0.2.70"_s, 9, m_t0, 1);
        SignInStore store;
        store.append(events);
        QVERIFY(detectPasswordSpray(SignInView::all(store)).empty());

        // The NAT case is only spared by its successes: with a permissive ratio it is reported.
        SprayDetectionParameters permissive;
        permissive.maxSuccessRatio = 1.0;
        const auto bursts = detectPasswordSpray(SignInView::all(store), permissive);
        QCOMPARE(bursts.size(), std::size_t(1));
        QCOMPARE(bursts[0].ipAddress, u"192.0.2.50"_s);
        QCOMPARE(bursts[0].successes, 200);
    }

    void aFewSuccessesDoNotHideASpray()
    {
        std::vector<SignInRecord> events;
        addFailures(events, u"45.155.205.20"_s, 40, m_t0, 1);
        addSuccesses(events, u"45.155.205.20"_s, 2, m_t0 + 10 * kMinute); // two guessed passwords
        SignInStore store;
        store.append(events);
        const auto bursts = detectPasswordSpray(SignInView::all(store));
        QCOMPARE(bursts.size(), std::size_t(1));
        QCOMPARE(bursts[0].successes, 2);
        QCOMPARE(bursts[0].failures, 40);
    }

    void respectsTheView()
    {
        std::vector<SignInRecord> events;
        addFailures(events, u"45.155.205.30"_s, 15, m_t0, 1);
        SignInStore store;
        store.append(events);
        SignInFilter imapOnly;
        imapOnly.protocol = ProtocolScope::Listed;
        imapOnly.clientApps = {ClientApp::Imap4};
        QVERIFY(detectPasswordSpray(SignInView::filtered(store, imapOnly)).empty());
        QCOMPARE(detectPasswordSpray(SignInView::filtered(store, SignInFilter{})).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestSprayDetector)
#include "TestSprayDetector.moc"
