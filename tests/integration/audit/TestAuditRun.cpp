// AuditRun against the sample tenant over real HTTPS: correctness against the ground truth, resilience to
// faults and killed connections, partial audits (missing permission, missing licence), cancellation.
#include "AuditRunFixture.h"

#include "graph/SignInsCollector.h"
#include "http/ApiClient.h"
#include "sample/server/SampleHttpServer.h"

#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

// Findings by id with their affected objects: what "identical results" means beyond the mailbox rows.
QJsonObject findingsById(const QJsonObject& audit)
{
    QJsonObject byId;
    for (const QJsonValue& value : audit.value(u"findings"_s).toArray()) {
        const QJsonObject finding = value.toObject();
        byId.insert(finding.value(u"id"_s).toString(), finding.value(u"affectedObjects"_s));
    }
    return byId;
}

const CollectorStatus& statusOf(const AuditRun& run, CollectorId id)
{
    return run.result()->snapshot.collectors.find(id).value();
}

} // namespace

class TestAuditRun : public QObject
{
    Q_OBJECT

private slots:
    void smallTenantEqualsGroundTruth()
    {
        AuditRunFixture fixture;
        QVERIFY(fixture.start({}));
        QVERIFY(fixture.runToEnd(60000));
        QCOMPARE(fixture.run->state(), AuditRun::State::Finished);
        QVERIFY(fixture.run->permissionReport().missing.isEmpty());
        const AuditResult& result = *fixture.run->result();
        for (const CollectorId id : allCollectors())
            if (isRequiredCollector(id))
                QVERIFY2(result.snapshot.isComplete(id), qPrintable(collectorName(id)));
        QVERIFY(result.complete);
        QVERIFY(!result.mailboxes.isEmpty());
        const QStringList differences = compareMailboxes(fixture.auditJson(), fixture.groundTruth());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

        // The organisation part of the truth as well.
        const QJsonObject truth = fixture.groundTruth().value(u"organization"_s).toObject();
        const QJsonObject organization = fixture.auditJson().value(u"organization"_s).toObject();
        for (const QString& key : truth.keys())
            QCOMPARE(organization.value(key), truth.value(key));
        // Sign-ins went through the store and the per-user MFA through $batch.
        QVERIFY(fixture.run->signInStore()->size() > 0);
        QVERIFY(fixture.run->collector(CollectorId::PerUserMfa)->progress().requests <
                result.snapshot.mailboxes.size());
    }

    void evaluationNeedsNoThreadOfTheGlobalPool()
    {
        // The evaluation spreads its parts over the global pool and waits for them, so it must not take a
        // thread of that pool itself: with one thread (a one-CPU machine), it would wait for itself forever.
        QThreadPool* pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        AuditRunFixture fixture;
        QVERIFY(fixture.start({}));
        const bool ended = fixture.runToEnd(20000);
        pool->setMaxThreadCount(threads);
        QVERIFY(ended);
        QCOMPARE(fixture.run->state(), AuditRun::State::Finished);
        QVERIFY(!fixture.run->result()->mailboxes.isEmpty());
        QVERIFY(!fixture.run->result()->findings.isEmpty());
    }

    void faultsDoNotChangeTheResult()
    {
        AuditRunFixture clean;
        QVERIFY(clean.start({}));
        QVERIFY(clean.runToEnd(60000));
        QVERIFY(clean.run->result() && clean.run->result()->complete);

        AuditFixtureOptions faulty;
        faulty.faultRate = 0.3; // a small tenant makes few requests: enough faults to matter
        AuditRunFixture withFaults;
        QVERIFY(withFaults.start(faulty));
        QVERIFY(withFaults.runToEnd(120000));
        QCOMPARE(withFaults.run->state(), AuditRun::State::Finished);
        QVERIFY(withFaults.run->result()->complete);
        const sample::ServerCounters& counters = withFaults.tenant->server().counters();
        quint64 faults = 0;
        for (const quint64 count : counters.faultsByKind)
            faults += count;
        QVERIFY2(faults >= 5, "the fault injection must actually have hit the audit");

        // Each tenant is generated at its own "now" (times differ by seconds): the rows are compared with each
        // run's own ground truth, the findings by id.
        const QJsonObject a = clean.auditJson();
        const QJsonObject b = withFaults.auditJson();
        QCOMPARE(findingsById(b).keys(), findingsById(a).keys());
        QCOMPARE(b.value(u"mailboxes"_s).toArray().size(), a.value(u"mailboxes"_s).toArray().size());
        const QStringList differences = compareMailboxes(b, withFaults.groundTruth());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void killedConnectionMidPageIsRetried()
    {
        AuditFixtureOptions options;
        options.connectionResetRate = 0.15; // head and half a body, then a TCP reset
        AuditRunFixture fixture;
        QVERIFY(fixture.start(options));
        QVERIFY(fixture.runToEnd(120000));
        QVERIFY(fixture.tenant->server().counters().faults(sample::FaultKind::ConnectionReset) > 0);
        QVERIFY(fixture.client->progress().retries > 0);
        QVERIFY(fixture.run->result()->complete);
        const QStringList differences = compareMailboxes(fixture.auditJson(), fixture.groundTruth());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void restrictedAppNamesTheMissingPermission()
    {
        AuditFixtureOptions options;
        options.restrictedApp = true; // no AuditLog.Read.All
        AuditRunFixture fixture;
        QVERIFY(fixture.start(options));
        QVERIFY(fixture.runToEnd(60000));
        QCOMPARE(fixture.run->state(), AuditRun::State::Finished);
        // Named before collecting, from the token's roles.
        QStringList missing;
        for (const MissingRequirement& requirement : fixture.run->permissionReport().missing)
            missing << requirement.requirement.name;
        QVERIFY2(missing.contains(u"AuditLog.Read.All"_s), qPrintable(missing.join(u", "_s)));
        // The users were still read, without signInActivity, and the fallback says why.
        QVERIFY(fixture.run->result()->snapshot.isComplete(CollectorId::Users));
        bool warned = false;
        for (const Error& warning : fixture.run->warnings())
            warned = warned || (warning.category == Error::Category::PermissionMissing &&
                                warning.subject == u"AuditLog.Read.All"_s);
        QVERIFY(warned);
        // Whatever else the service refused is marked failed with the permission, never silently empty.
        for (const auto& [id, status] : fixture.run->result()->snapshot.collectors.asKeyValueRange())
            if (status.state == CollectorStatus::State::Failed)
                QCOMPARE(status.error->category, Error::Category::PermissionMissing);
        // The verdicts need no AuditLog data: they still equal the truth.
        const QStringList differences =
            compareMailboxes(fixture.auditJson(), fixture.groundTruth(),
                             {u"userPrincipalName"_s, u"type"_s, u"effectiveSmtpAuth"_s, u"reasons"_s,
                              u"smtpClientAuthenticationDisabled"_s, u"perUserMfaState"_s});
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void withoutPremiumTheAuditIsPartialAndSaysWhy()
    {
        AuditFixtureOptions options;
        options.premium = false;
        AuditRunFixture fixture;
        QVERIFY(fixture.start(options));
        QVERIFY(fixture.runToEnd(60000));
        QCOMPARE(fixture.run->state(), AuditRun::State::Finished);
        const AuditResult& result = *fixture.run->result();
        QVERIFY(!result.complete);
        const CollectorStatus& signIns = statusOf(*fixture.run, CollectorId::SignIns);
        QCOMPARE(signIns.state, CollectorStatus::State::Failed);
        QCOMPARE(signIns.error->category, Error::Category::LicenceMissing);
        QCOMPARE(signIns.error->subject, u"Microsoft Entra ID P1"_s);
        QCOMPARE(statusOf(*fixture.run, CollectorId::UserRegistrationDetails).error->category,
                 Error::Category::LicenceMissing);
        // The rest completed, and the JSON names the failures.
        QVERIFY(result.snapshot.isComplete(CollectorId::CasMailboxes));
        QVERIFY(result.snapshot.isComplete(CollectorId::PerUserMfa));
        const QJsonObject json = fixture.auditJson();
        QCOMPARE(json.value(u"complete"_s).toBool(true), false);
        QVERIFY(!json.value(u"errors"_s).toArray().isEmpty());
        // Verdicts do not depend on P1 data; smtpSignIns is null exactly as the truth says.
        const QStringList differences = compareMailboxes(
            json, fixture.groundTruth(),
            {u"userPrincipalName"_s, u"effectiveSmtpAuth"_s, u"reasons"_s, u"perUserMfaState"_s, u"smtpSignIns"_s});
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void cancelEndsWithinOneSecond()
    {
        AuditFixtureOptions options;
        options.size = sample::TenantSize::Medium;
        options.latencyMs = 25;
        AuditRunFixture fixture;
        QVERIFY(fixture.start(options));
        QSignalSpy finished(fixture.run.get(), &AuditRun::finished);
        fixture.run->start();
        // Wait until collecting is well under way (sign-in pages are arriving).
        QTRY_VERIFY_WITH_TIMEOUT(fixture.run->collector(CollectorId::SignIns) &&
                                     fixture.run->collector(CollectorId::SignIns)->progress().requests > 2,
                                 60000);
        QVERIFY(finished.isEmpty());
        fixture.run->cancel();
        // No timing assertion on a shared 2-core machine: cancel() must end the run from the event loop
        // (the ApiClient unit tests cover how quickly requests are aborted).
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(fixture.run->state(), AuditRun::State::Cancelled);
        QVERIFY(!fixture.run->result());
        // Nothing of the run is left on the wire.
        QTRY_VERIFY_WITH_TIMEOUT(fixture.client->isIdle(), 1000);
        for (Collector* collector : fixture.run->collectors())
            QVERIFY(collector->isFinished());
    }
};

QTEST_GUILESS_MAIN(TestAuditRun)
#include "TestAuditRun.moc"
