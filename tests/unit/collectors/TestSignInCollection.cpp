// The sign-in side of the collectors: slicing, the oldest-event scan of a page and the snapshot summary.
#include "graph/SignInSlice.h"
#include "graph/SignInSummary.h"
#include "graph/SignInsCollector.h"

#include "SignInCollectionFixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

const QDateTime now(QDate(2026, 11, 26), QTime(12, 0, 0), Qt::UTC);

SignInRecord makeEvent(const QString& id, const QString& upn, const QString& app, int errorCode, qint64 minutesAgo,
                       const QString& ip, const QString& country = u"DE"_s)
{
    SignInRecord record;
    record.id = id;
    record.userPrincipalName = upn;
    record.clientAppUsed = app;
    record.errorCode = errorCode;
    record.createdMs = now.toMSecsSinceEpoch() - minutesAgo * 60'000;
    record.hasCreated = true;
    record.ipAddress = ip;
    record.countryOrRegion = country;
    return record;
}

} // namespace

class TestSignInCollection : public QObject
{
    Q_OBJECT

private slots:
    void oldestCreatedInPage()
    {
        const QByteArray compact = fixtures::oldestCreatedInPageJson1;
        QCOMPARE(
            SignInSlice::oldestCreatedMs(compact),
            std::optional<qint64>(QDateTime(QDate(2026, 11, 25), QTime(9, 30, 0, 123), Qt::UTC).toMSecsSinceEpoch()));
        const QByteArray spaced = "{\"value\": [{\"createdDateTime\" : \"2026-01-02T03:04:05Z\"}]}";
        QCOMPARE(SignInSlice::oldestCreatedMs(spaced),
                 std::optional<qint64>(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC).toMSecsSinceEpoch()));
        QVERIFY(!SignInSlice::oldestCreatedMs(fixtures::oldestCreatedInPageJson2).has_value());
        QVERIFY(!SignInSlice::oldestCreatedMs(fixtures::oldestCreatedInPageJson3).has_value());
    }

    void automaticSlices()
    {
        QCOMPARE(SignInsCollector::automaticSliceCount(30, 8), 16);
        QCOMPARE(SignInsCollector::automaticSliceCount(30, 1), 2);
        QCOMPARE(SignInsCollector::automaticSliceCount(30, 64), 48);
        QCOMPARE(SignInsCollector::automaticSliceCount(1, 64), 24); // never shorter than an hour
    }

    void summaryFollowsTheSpec()
    {
        SignInStore store;
        const QString smtp = u"Authenticated SMTP"_s;
        store.append(makeEvent(u"a1"_s, u"printer@contoso.com"_s, smtp, 0, 60, u"203.0.113.5"_s));
        store.append(makeEvent(u"a2"_s, u"Printer@Contoso.com"_s, u"authenticated smtp"_s, 0, 30, u"203.0.113.9"_s));
        store.append(makeEvent(u"a3"_s, u"printer@contoso.com"_s, smtp, 50126, 20, u"198.51.100.7"_s, u"US"_s));
        store.append(makeEvent(u"a4"_s, u"printer@contoso.com"_s, u"IMAP4"_s, 0, 10, u"203.0.113.5"_s));
        // Outside the 7-day window: not counted.
        store.append(makeEvent(u"old"_s, u"printer@contoso.com"_s, smtp, 0, 8 * 24 * 60, u"192.0.2.1"_s));
        // A user with only POP3: a row without SMTP counts, with the legacy use.
        store.append(makeEvent(u"b1"_s, u"kiosk@contoso.com"_s, u"POP3"_s, 50126, 5, u"192.0.2.44"_s));
        // Modern sign-ins are not legacy usage.
        store.append(makeEvent(u"c1"_s, u"alex@contoso.com"_s, u"Browser"_s, 0, 5, u"192.0.2.45"_s));

        const SignInData data = summariseSignIns(store, now, 7);
        QCOMPARE(data.window.days, 7);
        QCOMPARE(data.window.to, now);
        QCOMPARE(data.window.from, now.addDays(-7));
        QCOMPARE(data.perUser.size(), 2);

        const UserSignInUsage& kiosk = data.perUser.at(0); // sorted by UPN
        QCOMPARE(kiosk.userPrincipalName, u"kiosk@contoso.com"_s);
        QCOMPARE(kiosk.smtpTotal(), 0);
        QCOMPARE(kiosk.legacyOtherSignIns, 1);
        QCOMPARE(kiosk.legacyClientApps, QStringList{u"POP3"_s});

        const UserSignInUsage& printer = data.perUser.at(1);
        QCOMPARE(printer.userPrincipalName.toLower(), u"printer@contoso.com"_s);
        QCOMPARE(printer.smtpSuccess, 2);
        QCOMPARE(printer.smtpFailure, 1);
        QCOMPARE(printer.smtpLastSuccess, now.addSecs(-30 * 60));
        QCOMPARE(printer.smtpLastFailure, now.addSecs(-20 * 60));
        QCOMPARE(printer.smtpSourceIps, QStringList({u"198.51.100.7"_s, u"203.0.113.5"_s, u"203.0.113.9"_s}));
        QCOMPARE(printer.smtpCountries, QStringList({u"DE"_s, u"US"_s}));
        QCOMPARE(printer.legacyOtherSignIns, 1);
        QCOMPARE(printer.legacyClientApps, QStringList{u"IMAP4"_s});

        QCOMPARE(data.tenant.smtpSuccess, 2);
        QCOMPARE(data.tenant.smtpFailure, 1);
        QCOMPARE(data.tenant.distinctSmtpUsers, 1);
        QCOMPARE(data.tenant.distinctSmtpSourceIps, 3);
        QCOMPARE(data.tenant.eventsScanned, qint64(6)); // everything in the window, modern included
        int perDay = 0;
        for (const DailySmtpCount& day : data.tenant.smtpPerDay)
            perDay += day.success + day.failure;
        QCOMPARE(perDay, 3);
        QCOMPARE(data.tenant.legacyClientApps.first().clientAppUsed, smtp);
        QCOMPARE(data.tenant.legacyClientApps.first().count, 3);
    }

    void summaryDetectsSpray()
    {
        SignInStore store;
        for (int i = 0; i < 12; ++i)
            store.append(makeEvent(u"s%1"_s.arg(i), u"user%1@contoso.com"_s.arg(i), u"Authenticated SMTP"_s, 50126,
                                   40 - i, u"45.155.205.7"_s, u"RU"_s));
        const SignInData data = summariseSignIns(store, now, 30);
        QCOMPARE(data.tenant.sprayPatterns.size(), 1);
        QCOMPARE(data.tenant.sprayPatterns.first().ipAddress, u"45.155.205.7"_s);
        QCOMPARE(data.tenant.sprayPatterns.first().distinctUsers, 12);
        QCOMPARE(data.tenant.sprayPatterns.first().failures, 12);
    }
};

QTEST_GUILESS_MAIN(TestSignInCollection)
#include "TestSignInCollection.moc"
