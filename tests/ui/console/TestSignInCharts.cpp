#include "UiTestData.h"
#include "signins/SignInChartData.h"
#include "signins/SignInCharts.h"
#include "signins/SignInEventModel.h"
#include "signins/SignInTableModels.h"
#include "signins/SignInsPage.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

class TestSignInCharts : public QObject
{
    Q_OBJECT

    ConsoleAudit m_audit;

    SignInView smtpView() const
    {
        SignInFilter f;
        f.protocol = ProtocolScope::AuthenticatedSmtp;
        return SignInView::filtered(*m_audit.signIns, f);
    }

private slots:
    void initTestCase() { m_audit = uitest::makeAudit(); }

    void aggregationAgreesWithAScan()
    {
        const SignInView view = smtpView();
        const SignInChartData data = SignInChartData::compute(view);
        const SignInStore& s = *m_audit.signIns;
        qint64 events = 0, successes = 0;
        QSet<QString> users;
        view.forEach([&](std::size_t i) {
            ++events;
            successes += s.isSuccess(i);
            users.insert(s.users().at(s.userIndex(i)).toLower());
        });
        QCOMPARE(data.events, events);
        QCOMPARE(data.successes, successes);
        QCOMPARE(data.failures, events - successes);
        QCOMPARE(data.distinctUsers, qint64(users.size()));
        qint64 perDaySum = 0;
        for (const auto& d : data.perDay)
            perDaySum += d.total();
        QCOMPARE(perDaySum, events);
        QCOMPARE(data.sprayFailuresPerDay.size(), data.perDay.size());

        // Both hand-made bursts are found and their failures are marked on their days.
        QCOMPARE(int(data.sprayBursts.size()), 2);
        QStringList burstIps;
        for (const auto& b : data.sprayBursts)
            burstIps << b.ipAddress;
        burstIps.sort();
        QCOMPARE(burstIps, (QStringList{u"198.51.100.23"_s, u"198.51.100.77"_s}));
        qint64 sprayed = 0;
        for (size_t k = 0; k < data.perDay.size(); ++k) {
            QVERIFY(data.sprayFailuresPerDay[k] <= data.perDay[k].failure);
            sprayed += data.sprayFailuresPerDay[k];
        }
        QCOMPARE(sprayed, qint64(40 + 16));
        // Failure reasons leave out successes and explain the codes they list.
        for (const auto& reason : data.failureReasons) {
            QVERIFY(reason.errorCode != std::optional<int>(0));
            QVERIFY(!reason.description.isEmpty());
        }
        QVERIFY(!data.topIps.empty());
        QCOMPARE(data.topIps.front().ipAddress, data.topIps.front().ipAddress); // sorted by the store
        QVERIFY(data.topIps.front().total() >= data.topIps.back().total());
    }

    void modelsPassTheTester()
    {
        SignInEventModel events;
        QAbstractItemModelTester t1(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        events.setView(m_audit.signIns, smtpView());
        QVERIFY(events.rowCount() > 0);
        // Newest first.
        const auto first = events.index(0, 0).data(SignInEventModel::StoreRowRole).toULongLong();
        const auto last = events.index(events.rowCount() - 1, 0).data(SignInEventModel::StoreRowRole).toULongLong();
        QVERIFY(m_audit.signIns->createdMs(first) >= m_audit.signIns->createdMs(last));
        events.setView(nullptr, std::nullopt);
        QCOMPARE(events.rowCount(), 0);

        const SignInChartData data = SignInChartData::compute(smtpView());
        FailureReasonModel reasons;
        QAbstractItemModelTester t2(&reasons, QAbstractItemModelTester::FailureReportingMode::QtTest);
        reasons.setReasons(data.failureReasons);
        QCOMPARE(reasons.rowCount(), int(data.failureReasons.size()));
        QCOMPARE(reasons.index(0, FailureReasonModel::Code).data().toString(),
                 QString::number(*data.failureReasons.front().errorCode));
        SprayBurstModel bursts;
        QAbstractItemModelTester t3(&bursts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bursts.setBursts(data.sprayBursts);
        QCOMPARE(bursts.rowCount(), 2);
        QCOMPARE(bursts.index(0, SprayBurstModel::IpAddress).data().toString(), data.sprayBursts.front().ipAddress);
    }

    void clickingABarFiltersTheEvents()
    {
        SignInsPage page;
        page.resize(1200, 800);
        page.setAudit(m_audit);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SignInCharts* charts = page.charts();
        const int allEvents = page.eventModel()->rowCount();
        QCOMPARE(qint64(allEvents), page.chartData().events);

        // Click the failure bar of the top source IP: only that IP's failures remain.
        QBarSet* failures = charts->barSet(SignInCharts::Chart::SourceIps, SignInCharts::FailureSet);
        QVERIFY(failures);
        const int categories = charts->categoryCount(SignInCharts::Chart::SourceIps);
        QVERIFY(categories > 0);
        // Bars of horizontal charts are reversed: the last bar is the top IP.
        emit failures->clicked(categories - 1);
        const QString topIp = page.chartData().topIps.front().ipAddress;
        QVERIFY(page.selection().has_value());
        QCOMPARE(page.selection()->filter.ipAddress, topIp);
        QCOMPARE(page.eventModel()->rowCount(), int(page.chartData().topIps.front().failure));
        for (int r = 0; r < page.eventModel()->rowCount(); ++r) {
            QCOMPARE(page.eventModel()->index(r, SignInEventModel::IpAddress).data().toString(), topIp);
            QVERIFY(!page.eventModel()->index(r, 0).data(SignInEventModel::SuccessRole).toBool());
        }

        // A day bar: only that UTC day's successful sign-ins.
        QBarSet* success = charts->barSet(SignInCharts::Chart::PerDay, SignInCharts::SuccessSet);
        const int dayIndex = int(page.chartData().perDay.size()) - 2;
        emit success->clicked(dayIndex);
        const auto& day = page.chartData().perDay[size_t(dayIndex)];
        QCOMPARE(page.eventModel()->rowCount(), int(day.success));

        // The chip's clear button brings every event back.
        auto* clear = page.findChild<QToolButton*>(u"selectionChipClear"_s);
        QVERIFY(clear);
        clear->click();
        QVERIFY(!page.selection());
        QCOMPARE(page.eventModel()->rowCount(), allEvents);

        // A burst row selects the burst's address and window.
        QTableView* sprayTable = charts->sprayTable();
        emit sprayTable->activated(sprayTable->model()->index(0, 0));
        QVERIFY(page.selection().has_value());
        QCOMPARE(page.eventModel()->rowCount(),
                 int(page.chartData().sprayBursts.front().failures + page.chartData().sprayBursts.front().successes));
    }

    void scopeAndUserNarrowEverything()
    {
        SignInsPage page;
        page.setAudit(m_audit);
        const qint64 smtpEvents = page.chartData().events;
        page.setScope(SignInsPage::Scope::Legacy);
        QVERIFY(page.chartData().events > smtpEvents); // IMAP is legacy too
        page.setScope(SignInsPage::Scope::Smtp);
        page.showUser(uitest::upnOf(2));
        QVERIFY(page.chartData().events > 0);
        QVERIFY(page.chartData().events < smtpEvents);
        for (int r = 0; r < page.eventModel()->rowCount(); ++r)
            QCOMPARE(page.eventModel()->index(r, SignInEventModel::User).data().toString(), uitest::upnOf(2));
        QCOMPARE(page.chartData().distinctUsers, qint64(1));
    }

    void historyAuditExplainsMissingEvents()
    {
        ConsoleAudit withoutEvents = m_audit;
        withoutEvents.signIns.reset();
        SignInsPage page;
        page.setAudit(withoutEvents);
        QCOMPARE(page.eventModel()->rowCount(), 0);
        QCOMPARE(page.chartData().events, qint64(0));
    }
};

QTEST_MAIN(TestSignInCharts)
#include "TestSignInCharts.moc"
