#include "signins/SignInAggregations.h"

#include "signins/SignInErrorCodes.h"

#include "SignInTestData.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

// Every expectation below is counted by hand from fillFixture() (SignInTestData.h).
class TestSignInAggregations : public QObject
{
    Q_OBJECT

private:
    SignInStore m_store;

private slots:
    void initTestCase() { fillFixture(m_store); }

    void perDayIsContiguousAndStacked()
    {
        const auto days = signInsPerDay(SignInView::all(m_store));
        QCOMPARE(days.size(), std::size_t(57)); // 2026-10-01 .. 2026-11-26
        QCOMPARE(days.front().day, QDate(2026, 10, 1));
        QCOMPARE(days.back().day, QDate(2026, 11, 26));
        QHash<QDate, QPair<qint64, qint64>> nonZero;
        qint64 total = 0;
        for (const SignInDayCount& d : days) {
            total += d.total();
            if (d.total() > 0)
                nonZero.insert(d.day, {d.success, d.failure});
        }
        QCOMPARE(total, 12);
        const QHash<QDate, QPair<qint64, qint64>> expected{
            {QDate(2026, 10, 1), {1, 0}},  {QDate(2026, 10, 27), {1, 1}}, {QDate(2026, 11, 20), {2, 0}},
            {QDate(2026, 11, 21), {0, 1}}, {QDate(2026, 11, 22), {1, 2}}, {QDate(2026, 11, 24), {0, 2}},
            {QDate(2026, 11, 26), {1, 0}},
        };
        QCOMPARE(nonZero, expected);
        QVERIFY(signInsPerDay(SignInView::filtered(m_store, SignInFilter::forUtcDay(QDate(2020, 1, 1)))).empty());
    }

    void perClientApp()
    {
        const auto apps = signInsPerClientApp(SignInView::all(m_store));
        QCOMPARE(apps.size(), std::size_t(4));
        QCOMPARE(apps[0].clientAppUsed, u"Authenticated SMTP"_s); // "authenticated smtp" counted with it
        QCOMPARE(apps[0].clientApp, ClientApp::AuthenticatedSmtp);
        QVERIFY(apps[0].legacy);
        QCOMPARE(apps[0].success, 5);
        QCOMPARE(apps[0].failure, 4);
        QCOMPARE(apps[1].clientAppUsed, u"Browser"_s);
        QVERIFY(!apps[1].legacy);
        QCOMPARE(apps[1].success, 1);
        QCOMPARE(apps[2].clientAppUsed, u"Exchange ActiveSync"_s);
        QCOMPARE(apps[2].failure, 1);
        QCOMPARE(apps[3].clientAppUsed, u"IMAP4"_s);
        QCOMPARE(apps[3].failure, 1);
    }

    void perErrorCodeWithDescriptions()
    {
        const auto codes = signInsPerErrorCode(SignInView::all(m_store));
        QCOMPARE(codes.size(), std::size_t(5));
        QCOMPARE(codes[0].errorCode, std::optional<int>(0));
        QCOMPARE(codes[0].count, 6);
        QCOMPARE(codes[1].errorCode, std::optional<int>(50126));
        QCOMPARE(codes[1].count, 3);
        QCOMPARE(codes[1].description, signInErrorDescription(50126));
        QVERIFY(!codes[1].description.isEmpty());
        QCOMPARE(codes[2].errorCode, std::optional<int>(50057));
        QCOMPARE(codes[3].errorCode, std::optional<int>(53003));
        QVERIFY(!codes[4].errorCode.has_value()); // the event without status
        QCOMPARE(codes[4].count, 1);
        QVERIFY(codes[4].description.isEmpty());
    }

    void failureReasonIsTheMostFrequentOne()
    {
        SignInStore store;
        std::vector<SignInRecord> events;
        for (int i = 0; i < 5; ++i) {
            SignInRecord r = record({u"r%1"_s.arg(i), u"2026-11-20T10:00:00Z"_s, u"a@contoso.com"_s});
            r.errorCode = 50126;
            r.failureReason = i < 3 ? u"Invalid username or password."_s : u"Other text"_s;
            events.push_back(r);
        }
        store.append(events);
        const auto codes = signInsPerErrorCode(SignInView::all(store));
        QCOMPARE(codes.size(), std::size_t(1));
        QCOMPARE(codes[0].failureReason, u"Invalid username or password."_s);
    }

    void topSourceIps()
    {
        const auto ips = smtpaudit::topSourceIps(SignInView::all(m_store), 3);
        QCOMPARE(ips.size(), std::size_t(3));
        QCOMPARE(ips[0].ipAddress, u"203.0.113.10"_s);
        QCOMPARE(ips[0].success, 3);
        QCOMPARE(ips[0].failure, 1);
        QCOMPARE(ips[0].distinctUsers, 3);
        QCOMPARE(ips[0].countryOrRegion, u"DE"_s);
        QCOMPARE(ips[1].ipAddress, u"192.0.2.1"_s); // tie at 2 events: by address text
        QCOMPARE(ips[1].distinctUsers, 2);
        QCOMPARE(ips[1].countryOrRegion, u"US"_s);
        QCOMPARE(ips[2].ipAddress, u"198.51.100.5"_s);
        QCOMPARE(ips[2].failure, 2);
        QCOMPARE(ips[2].countryOrRegion, u"FR"_s);
        QCOMPARE(smtpaudit::topSourceIps(SignInView::all(m_store), 100).size(), std::size_t(6)); // no empty IP
        QVERIFY(smtpaudit::topSourceIps(SignInView::all(m_store), 0).empty());
    }

    void topCountries()
    {
        const auto countries = smtpaudit::topCountries(SignInView::all(m_store), 10);
        QCOMPARE(countries.size(), std::size_t(4));
        QCOMPARE(countries[0].countryOrRegion, u"DE"_s);
        QCOMPARE(countries[0].success, 4);
        QCOMPARE(countries[0].failure, 1);
        QCOMPARE(countries[1].countryOrRegion, u"US"_s);
        QCOMPARE(countries[1].total(), 4);
        QCOMPARE(countries[2].countryOrRegion, u"FR"_s);
        QVERIFY(countries[3].countryOrRegion.isEmpty());
        QCOMPARE(smtpaudit::topCountries(SignInView::all(m_store), 2).size(), std::size_t(2));
    }

    void utcDayBoundaries()
    {
        QCOMPARE(utcDayOf(0), QDate(1970, 1, 1));
        QCOMPARE(utcDayOf(-1), QDate(1969, 12, 31));
        QCOMPARE(utcDayOf(*parseGraphDateTime(u"2026-11-26T23:59:59.999Z")), QDate(2026, 11, 26));
        QCOMPARE(utcDayOf(*parseGraphDateTime(u"2026-11-27T00:00:00Z")), QDate(2026, 11, 27));
    }

    void emptyViews()
    {
        SignInStore empty;
        const SignInView view = SignInView::all(empty);
        QVERIFY(signInsPerDay(view).empty());
        QVERIFY(signInsPerClientApp(view).empty());
        QVERIFY(signInsPerErrorCode(view).empty());
        QVERIFY(smtpaudit::topSourceIps(view).empty());
    }
};

QTEST_GUILESS_MAIN(TestSignInAggregations)
#include "TestSignInAggregations.moc"
