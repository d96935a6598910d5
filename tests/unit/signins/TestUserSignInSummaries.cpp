#include "signins/UserSignInSummaries.h"

#include "SignInTestData.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

// Every expectation below is counted by hand from fillFixture() (SignInTestData.h).
class TestUserSignInSummaries : public QObject
{
    Q_OBJECT

private:
    SignInStore m_store;

private slots:
    void initTestCase() { fillFixture(m_store); }

    // spec-effective-smtp-auth.md "SMTP sign-in usage", field by field.
    void smtpUsagePerSpec()
    {
        auto usage = smtpUsageByUser(m_store, fixtureNow(), 30);
        QCOMPARE(usage.size(), std::size_t(3)); // alice never used SMTP
        // Rows come in the order the store first saw each user; find() needs no order.
        QCOMPARE(usage.rows()[0].userPrincipalName, u"printer@contoso.com"_s);
        QCOMPARE(usage.rows()[1].userPrincipalName, u"scanner@contoso.com"_s);
        QCOMPARE(usage.rows()[2].userPrincipalName, u"bob@contoso.com"_s);
        usage.sortByUpn();
        QCOMPARE(usage.rows()[0].userPrincipalName, u"bob@contoso.com"_s);
        QCOMPARE(usage.rows()[1].userPrincipalName, u"printer@contoso.com"_s);
        QCOMPARE(usage.rows()[2].userPrincipalName, u"scanner@contoso.com"_s);

        const UserSignInSummary* printer = usage.find(u"PRINTER@CONTOSO.COM"_s);
        QVERIFY(printer);
        QCOMPARE(printer->success, 3); // e1, e2 ("authenticated smtp", "Printer@Contoso.com"), e10 (= now)
        QCOMPARE(printer->failure, 2); // e3, e11 (exactly now - 30 days); e7 and e12 are older
        QCOMPARE(printer->lastSuccess(), fixtureNow());
        QCOMPARE(printer->sourceIps,
                 (QStringList{u"192.0.2.9"_s, u"198.51.100.5"_s, u"203.0.113.10"_s, u"203.0.113.11"_s}));
        QCOMPARE(printer->basic, 1);
        QCOMPARE(printer->oauth, 1);
        QCOMPARE(printer->authUnknown, 3);

        const UserSignInSummary* scanner = usage.find(u"scanner@contoso.com"_s);
        QVERIFY(scanner);
        QCOMPARE(scanner->success, 0);
        QCOMPARE(scanner->failure, 1);
        QVERIFY(!scanner->lastSuccess().isValid());
        QCOMPARE(scanner->sourceIps, QStringList{u"203.0.113.10"_s});

        const UserSignInSummary* bob = usage.find(u"bob@contoso.com"_s);
        QVERIFY(bob);
        QCOMPARE(bob->failure, 1); // no status: errorCode != 0
        QVERIFY(bob->sourceIps.isEmpty());
        QVERIFY(!usage.find(u"alice@contoso.com"_s));

        // A shorter window: only e9 (2026-11-24T11:00) and e10 (now) are within 3 days.
        const auto recent = smtpUsageByUser(m_store, fixtureNow(), 3);
        QCOMPARE(recent.size(), std::size_t(2));
        QCOMPARE(recent.find(u"printer@contoso.com"_s)->success, 1);
    }

    void summaryOverAllApps()
    {
        const auto users = summariseByUser(SignInView::all(m_store));
        QCOMPARE(users.size(), std::size_t(4));
        const UserSignInSummary* alice = users.find(u"alice@contoso.com"_s);
        QVERIFY(alice);
        QCOMPARE(alice->success, 1);
        QCOMPARE(alice->failure, 1);
        QCOMPARE(alice->sourceIps, (QStringList{u"198.51.100.5"_s, u"203.0.113.10"_s}));
        QCOMPARE(alice->lastSuccess(), QDateTime(QDate(2026, 11, 22), QTime(11, 0), Qt::UTC));
        const UserSignInSummary* printer = users.find(u"printer@contoso.com"_s);
        QCOMPARE(printer->success, 5);
        QCOMPARE(printer->failure, 2);
        QCOMPARE(printer->sourceIps.size(), 6);
    }

    void disabledButStillTrying()
    {
        SignInFilter smtp;
        smtp.protocol = ProtocolScope::AuthenticatedSmtp;
        const auto trends = failuresPerUserPerDay(
            SignInView::filtered(m_store, smtp),
            {u"printer@CONTOSO.com"_s, u"scanner@contoso.com"_s, u"alice@contoso.com"_s, u"nobody@contoso.com"_s});
        QCOMPARE(trends.size(), std::size_t(2)); // alice has no SMTP failure, nobody has no event
        QCOMPARE(trends[0].userPrincipalName, u"printer@contoso.com"_s);
        QCOMPARE(trends[0].failures, 2);
        QCOMPARE(trends[0].days.size(), std::size_t(2));
        QCOMPARE(trends[0].days[0].day, QDate(2026, 10, 27));
        QCOMPARE(trends[0].days[0].failures, 1);
        QCOMPARE(trends[0].days[1].day, QDate(2026, 11, 21));
        QCOMPARE(trends[0].sourceIps, (QStringList{u"192.0.2.9"_s, u"198.51.100.5"_s}));
        QCOMPARE(*trends[0].lastFailureMs, *parseGraphDateTime(u"2026-11-21T10:00:00Z"));
        QCOMPARE(trends[1].userPrincipalName, u"scanner@contoso.com"_s);
        QCOMPARE(trends[1].days.size(), std::size_t(1));
        QCOMPARE(trends[1].days[0].day, QDate(2026, 11, 22));
    }

    void eventsAfterNowStillCount()
    {
        SignInStore store;
        store.append(records({{u"f1"_s, u"2026-11-26T12:05:00Z"_s, u"clock@contoso.com"_s}}));
        const auto usage = smtpUsageByUser(store, fixtureNow(), 30);
        QVERIFY(usage.find(u"clock@contoso.com"_s));
        QCOMPARE(usage.find(u"clock@contoso.com"_s)->success, 1);
    }

    void findAfterSortingAndOnEmptyResults()
    {
        auto users = summariseByUser(SignInView::all(m_store));
        users.sortByUpn();
        QCOMPARE(users.rows().front().userPrincipalName, u"alice@contoso.com"_s);
        QCOMPARE(users.find(u" Bob@Contoso.com "_s)->userPrincipalName, u"bob@contoso.com"_s);
        QCOMPARE(users.find(u"printer@contoso.com"_s)->success, 5);

        SignInStore empty;
        QVERIFY(summariseByUser(SignInView::all(empty)).empty());
        QVERIFY(!summariseByUser(SignInView::all(empty)).find(u"a@contoso.com"_s));
        QVERIFY(UserSignInSummaries().find(u"a@contoso.com"_s) == nullptr);
        QVERIFY(failuresPerUserPerDay(SignInView::all(empty), {u"a@contoso.com"_s}).empty());
    }
};

QTEST_GUILESS_MAIN(TestUserSignInSummaries)
#include "TestUserSignInSummaries.moc"
