#include "signins/SignInView.h"

#include "SignInTestData.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

// Rows of the fixture are e1..e12 in order, so event eN is store row N-1.
class TestSignInView : public QObject
{
    Q_OBJECT

private:
    static QList<int> events(const SignInView& view)
    {
        QList<int> ids;
        for (std::size_t i = 0; i < view.size(); ++i)
            ids << int(view.storeRow(i)) + 1;
        return ids;
    }

    SignInStore m_store;

private slots:
    void initTestCase() { fillFixture(m_store); }

    void allIsEverything()
    {
        const SignInView all = SignInView::all(m_store);
        QCOMPARE(all.size(), std::size_t(12));
        QCOMPARE(events(all), (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        QCOMPARE(events(SignInView::filtered(m_store, SignInFilter{})), events(all));
    }

    void filtersMatchHandComputedRows_data()
    {
        QTest::addColumn<SignInFilter>("filter");
        QTest::addColumn<QList<int>>("expected");

        SignInFilter f;
        f.protocol = ProtocolScope::Legacy;
        QTest::newRow("legacy protocols") << f << QList<int>{1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12};
        f = {};
        f.protocol = ProtocolScope::AuthenticatedSmtp;
        QTest::newRow("authenticated smtp, any casing") << f << QList<int>{1, 2, 3, 4, 7, 9, 10, 11, 12};
        f = {};
        f.protocol = ProtocolScope::Listed;
        f.clientApps = {ClientApp::Imap4, ClientApp::ExchangeActiveSync};
        QTest::newRow("listed apps") << f << QList<int>{6, 8};
        f = {};
        f.clientAppUsed = u"AUTHENTICATED smtp"_s;
        QTest::newRow("one client app value") << f << QList<int>{1, 2, 3, 4, 7, 9, 10, 11, 12};
        f = {};
        f.userPrincipalName = u"PRINTER@contoso.com"_s;
        QTest::newRow("user, case-insensitive") << f << QList<int>{1, 2, 3, 7, 10, 11, 12};
        f = {};
        f.ipAddress = u"203.0.113.10"_s;
        QTest::newRow("ip") << f << QList<int>{1, 4, 5, 10};
        f = {};
        f.countryOrRegion = u"de"_s;
        QTest::newRow("country") << f << QList<int>{1, 2, 4, 5, 10};
        f = {};
        f.errorCode = 50126;
        QTest::newRow("error code") << f << QList<int>{3, 6, 11};
        f = {};
        f.withoutStatus = true;
        QTest::newRow("without status") << f << QList<int>{9};
        f = {};
        f.outcome = SignInOutcome::Failure;
        QTest::newRow("failures, no status included") << f << QList<int>{3, 4, 6, 8, 9, 11};
        f = {};
        f.outcome = SignInOutcome::Success;
        QTest::newRow("successes") << f << QList<int>{1, 2, 5, 7, 10, 12};
        QTest::newRow("one UTC day") << SignInFilter::forUtcDay(QDate(2026, 11, 22)) << QList<int>{4, 5, 6};
        f = SignInFilter::lastDays(fixtureNow(), 30);
        f.protocol = ProtocolScope::AuthenticatedSmtp;
        f.outcome = SignInOutcome::Failure;
        QTest::newRow("smtp failures in 30 days, both edges in") << f << QList<int>{3, 4, 9, 11};
        f = {};
        f.userPrincipalName = u"nobody@contoso.com"_s;
        QTest::newRow("unknown user matches nothing") << f << QList<int>{};
        f = {};
        f.errorCode = 0;
        f.withoutStatus = true;
        QTest::newRow("contradiction") << f << QList<int>{};
        f = {};
        f.fromMs = 0;
        QTest::newRow("from the epoch keeps every timed event")
            << f << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    }

    void filtersMatchHandComputedRows()
    {
        QFETCH(SignInFilter, filter);
        QFETCH(QList<int>, expected);
        QCOMPARE(events(SignInView::filtered(m_store, filter)), expected);
    }

    void timelessEventsNeverMatchATimeWindow()
    {
        SignInStore store;
        store.append(records(
            {{u"t1"_s, QString(), u"a@contoso.com"_s}, {u"t2"_s, u"2026-11-20T00:00:00Z"_s, u"a@contoso.com"_s}}));
        SignInFilter f;
        f.fromMs = std::numeric_limits<qint64>::min() + 1;
        QCOMPARE(events(SignInView::filtered(store, f)), QList<int>{2});
    }

    // A click on a chart inside an already filtered table narrows it further.
    void refinedNarrowsAView()
    {
        SignInFilter smtp;
        smtp.protocol = ProtocolScope::AuthenticatedSmtp;
        const SignInView view = SignInView::filtered(m_store, smtp);
        SignInFilter click;
        click.ipAddress = u"203.0.113.10"_s;
        QCOMPARE(events(view.refined(click)), (QList<int>{1, 4, 10}));
    }

    void sortNewestFirst()
    {
        SignInView view = SignInView::all(m_store);
        view.sortNewestFirst();
        QCOMPARE(events(view), (QList<int>{10, 9, 8, 6, 5, 4, 3, 2, 1, 11, 12, 7}));
    }
};

QTEST_GUILESS_MAIN(TestSignInView)
#include "TestSignInView.moc"
