// One collector's endpoint keeps failing (429 with Retry-After, 503, malformed JSON, a dropped connection)
// while the rest of the sample tenant answers normally: the audit must finish, be marked partial, name
// exactly that collector with the right error category, and lose nothing else. Missing Entra ID P1 is the
// same story for the sign-in log.
#include "AuditRunFixture.h"

#include "sample/server/SampleHttpServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

class TestAuditFaults : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_clean; // the audit of the same tenant without faults

    static QStringList failedCollectors(const QJsonObject& audit)
    {
        QStringList names;
        for (const QJsonValue& error : audit.value(u"errors"_s).toArray())
            names << error.toObject().value(u"collector"_s).toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        AuditRunFixture clean;
        QVERIFY(clean.start({}));
        QVERIFY(clean.runToEnd(60000));
        QVERIFY(clean.run->result() && clean.run->result()->complete);
        m_clean = clean.auditJson();
        QVERIFY(compareMailboxes(m_clean, clean.groundTruth()).isEmpty());
    }

    void oneCollectorFailsNothingElseIsLost_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("collector");
        QTest::addColumn<int>("category");
        QTest::newRow("429 with Retry-After")
            << int(sample::FaultKind::TooManyRequests) << u"/v1.0/identity/conditionalAccess/namedLocations"_s
            << int(CollectorId::NamedLocations) << int(Error::Category::Throttled);
        QTest::newRow("503") << int(sample::FaultKind::ServiceUnavailable) << u"/v1.0/applications"_s
                             << int(CollectorId::Applications) << int(Error::Category::Throttled);
        QTest::newRow("malformed JSON") << int(sample::FaultKind::MalformedJson)
                                        << u"/v1.0/identity/conditionalAccess/namedLocations"_s
                                        << int(CollectorId::NamedLocations) << int(Error::Category::MalformedResponse);
        QTest::newRow("dropped connection") << int(sample::FaultKind::ConnectionReset) << u"/v1.0/applications"_s
                                            << int(CollectorId::Applications) << int(Error::Category::Network);
    }

    void oneCollectorFailsNothingElseIsLost()
    {
        QFETCH(int, kind);
        QFETCH(QString, path);
        QFETCH(int, collector);
        QFETCH(int, category);
        sample::FaultOptions faults;
        faults.pathPrefix = path;
        faults.retryAfterSeconds = 1;
        switch (sample::FaultKind(kind)) {
        case sample::FaultKind::TooManyRequests:
            faults.tooManyRequestsRate = 1;
            break;
        case sample::FaultKind::ServiceUnavailable:
            faults.serviceUnavailableRate = 1;
            break;
        case sample::FaultKind::MalformedJson:
            faults.malformedJsonRate = 1;
            break;
        default:
            faults.connectionResetRate = 1;
            break;
        }
        AuditFixtureOptions options;
        options.faults = faults;
        options.maxAttempts = 3; // the endpoint never recovers: give up soon
        AuditRunFixture fixture;
        QVERIFY(fixture.start(options));
        QVERIFY(fixture.runToEnd(90000));
        QCOMPARE(fixture.run->state(), AuditRun::State::Finished);
        QVERIFY(fixture.tenant->server().counters().faults(sample::FaultKind(kind)) >= 3); // every attempt hit

        const AuditResult& result = *fixture.run->result();
        QVERIFY(!result.complete);
        const CollectorStatus& status = result.snapshot.collectors.value(CollectorId(collector));
        QCOMPARE(status.state, CollectorStatus::State::Failed);
        QVERIFY(status.error);
        QCOMPARE(int(status.error->category), category);
        // Only that collector failed; every other required one is complete.
        for (const CollectorId id : allCollectors())
            if (id != CollectorId(collector) && isRequiredCollector(id))
                QVERIFY2(result.snapshot.isComplete(id), qPrintable(collectorName(id)));

        const QJsonObject audit = fixture.auditJson();
        QCOMPARE(audit.value(u"complete"_s).toBool(true), false);
        QCOMPARE(failedCollectors(audit), QStringList{collectorName(CollectorId(collector))});
        // Nothing else lost: the organisation equals the clean audit's, and every field of every mailbox row
        // equals this tenant's ground truth (each tenant is generated at its own "now", so the rows' times
        // differ from the clean run's by seconds and are compared with the truth instead).
        QCOMPARE(audit.value(u"organization"_s), m_clean.value(u"organization"_s));
        QCOMPARE(audit.value(u"mailboxes"_s).toArray().size(), m_clean.value(u"mailboxes"_s).toArray().size());
        QVERIFY(audit.value(u"signIns"_s).isObject());
        const QStringList differences = compareMailboxes(audit, fixture.groundTruth());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestAuditFaults)
#include "TestAuditFaults.moc"
