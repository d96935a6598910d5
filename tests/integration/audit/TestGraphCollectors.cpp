// The Graph collectors against the sample Graph service over real HTTPS, one collector at a time: what each
// reads equals the generated tenant, with and without injected faults, and refusals become typed failures.
#include "GraphTenant.h"

#include "audit/TenantSnapshot.h"
#include "graph/GraphCollectors.h"
#include "graph/PerUserMfaCollector.h"
#include "graph/SignInsCollector.h"
#include "graph/UsersCollector.h"
#include "http/ApiClient.h"
#include "identity/Credential.h"
#include "identity/TokenProvider.h"
#include "sample/server/SampleHttpServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

constexpr int mailboxCount = 120;

// Credential, token provider and client for one app of a GraphTenant.
struct Client
{
    std::unique_ptr<ClientSecretCredential> credential;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<ApiClient> api;
    CollectorContext context;

    Client(GraphTenant& tenant, bool restricted = false)
    {
        CloudEnvironment::CustomUrls urls;
        urls.login = urls.graph = urls.exchange = tenant.baseUrl();
        const CloudEnvironment cloud = CloudEnvironment::custom(urls).value();
        TlsTrust trust;
        trust.addCaCertificates(TlsTrust::loadCaFile(tenant.caFile()).value());
        credential = std::make_unique<ClientSecretCredential>(
            cloud, tenant.facts().tenantId, tenant.clientId(restricted), tenant.clientSecret(restricted).toUtf8());
        credential->setTlsTrust(trust);
        tokens = std::make_unique<TokenProvider>(credential.get(), cloud);
        api = std::make_unique<ApiClient>();
        api->setTlsTrust(trust);
        api->setTokenSource(tokens->tokenSource());
        api->setJitterSeed(3);
        RetryPolicy retry;
        retry.baseDelay = std::chrono::milliseconds(20);
        retry.maxDelay = std::chrono::milliseconds(1500);
        retry.maxAttempts = 8;
        api->setRetryPolicy(retry);
        context.client = api.get();
        context.cloud = cloud;
        context.tenantId = tenant.facts().tenantId;
        context.now = QDateTime::currentDateTimeUtc();
    }
};

bool runToEnd(Collector& collector)
{
    QSignalSpy finished(&collector, &Collector::finished);
    collector.start();
    return finished.count() > 0 || finished.wait(60000);
}

// smtpSignIns of the ground truth, by lower-case UPN.
QHash<QString, QJsonObject> truthUsage(const GraphTenantFacts& facts)
{
    QHash<QString, QJsonObject> usage;
    for (const QJsonValue& row : facts.groundTruth.value(u"mailboxes"_s).toArray())
        usage.insert(row.toObject().value(u"userPrincipalName"_s).toString().toLower(),
                     row.toObject().value(u"smtpSignIns"_s).toObject());
    return usage;
}

QString usageDifferences(const SignInData& data, const GraphTenantFacts& facts)
{
    QHash<QString, const UserSignInUsage*> byUpn;
    for (const UserSignInUsage& usage : data.perUser)
        byUpn.insert(usage.userPrincipalName.toLower(), &usage);
    QStringList differences;
    const QHash<QString, QJsonObject> truth = truthUsage(facts);
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        const UserSignInUsage* usage = byUpn.value(it.key());
        const int success = usage ? usage->smtpSuccess : 0;
        const int failure = usage ? usage->smtpFailure : 0;
        const QStringList ips = usage ? usage->smtpSourceIps : QStringList();
        QStringList expectedIps;
        for (const QJsonValue& ip : it->value(u"sourceIps"_s).toArray())
            expectedIps << ip.toString();
        const QString last =
            usage && usage->smtpLastSuccess.isValid() ? usage->smtpLastSuccess.toString(Qt::ISODate) : QString();
        if (success != it->value(u"success"_s).toInt() || failure != it->value(u"failure"_s).toInt() ||
            ips != expectedIps || last != it->value(u"lastSuccess"_s).toString())
            differences << u"%1: %2/%3 %4 vs %5/%6 %7"_s.arg(it.key())
                               .arg(success)
                               .arg(failure)
                               .arg(last)
                               .arg(it->value(u"success"_s).toInt())
                               .arg(it->value(u"failure"_s).toInt())
                               .arg(it->value(u"lastSuccess"_s).toString());
    }
    return differences.mid(0, 10).join(u'\n');
}

} // namespace

class TestGraphCollectors : public QObject
{
    Q_OBJECT

private slots:
    void directoryAndPolicies()
    {
        GraphTenant tenant;
        QVERIFY(tenant.start(mailboxCount, 11, true));
        Client client(tenant);

        UsersCollector users(client.context);
        QVERIFY(runToEnd(users));
        QVERIFY(users.status(CollectorId::Users).isComplete());
        QCOMPARE(users.users().size(), tenant.facts().users);
        QVERIFY(users.hasSignInActivity());
        QVERIFY(users.warnings().isEmpty());
        QCOMPARE(users.progress().expectedItems, qint64(tenant.facts().users)); // from /users/$count
        for (const DirectoryUser& user : users.users())
            QCOMPARE(user.accountEnabled, tenant.facts().accountEnabledById.value(user.id));

        TenantSnapshot snapshot;
        const auto registrations = makeRegistrationDetailsCollector(client.context);
        const auto policies = makeConditionalAccessCollector(client.context);
        const auto locations = makeNamedLocationsCollector(client.context);
        const auto applications = makeApplicationsCollector(client.context);
        SecurityDefaultsCollector securityDefaults(client.context);
        for (Collector* collector : {registrations.get(), policies.get(), locations.get(), applications.get(),
                                     static_cast<Collector*>(&securityDefaults)}) {
            QVERIFY(runToEnd(*collector));
            QVERIFY2(collector->status(collector->ids().first()).isComplete(), qPrintable(collector->name()));
            collector->applyTo(snapshot);
        }
        QCOMPARE(snapshot.registrations.size(), tenant.facts().users);
        QCOMPARE(snapshot.conditionalAccessPolicies.size(), tenant.facts().caPolicies);
        QCOMPARE(snapshot.namedLocations.size(), tenant.facts().namedLocations);
        QCOMPARE(snapshot.applications.size(), tenant.facts().applications);
        QCOMPARE(snapshot.organization.securityDefaultsEnabled, std::optional<bool>(tenant.facts().securityDefaults));
        QVERIFY(!snapshot.conditionalAccessPolicies.isEmpty());
    }

    void perUserMfaBatchedAndSingle()
    {
        GraphTenant tenant;
        QVERIFY(tenant.start(mailboxCount, 12, true));
        for (const bool batching : {true, false}) {
            Client client(tenant);
            client.context.settings.batching = batching;
            PerUserMfaCollector collector(client.context);
            const QStringList ids = tenant.facts().mailboxUserIds;
            collector.addUsers(ids.mid(0, 50)); // some before the start, the rest streamed in
            QSignalSpy finished(&collector, &Collector::finished);
            collector.start();
            collector.addUsers(ids.mid(50));
            collector.addUsers(ids.mid(0, 10)); // duplicates are asked once
            collector.noMoreUsers();
            QVERIFY(finished.count() > 0 || finished.wait(60000));
            QVERIFY(collector.status(CollectorId::PerUserMfa).isComplete());
            QCOMPARE(collector.states().size(), ids.size());
            for (const PerUserMfa& state : collector.states())
                QCOMPARE(perUserMfaStateName(state.state), tenant.facts().perUserMfaById.value(state.userId));
            if (batching)
                QCOMPARE(collector.progress().requests, int((ids.size() + 19) / 20));
            else
                QCOMPARE(collector.progress().requests, int(ids.size()));
        }
    }

    void signInsEqualTheGroundTruth()
    {
        GraphTenant tenant;
        QVERIFY(tenant.start(mailboxCount, 13, true));
        Client client(tenant);
        client.context.settings.signInSlices = 5;
        SignInsCollector collector(client.context);
        QVERIFY(runToEnd(collector));
        QVERIFY(collector.status(CollectorId::SignIns).isComplete());
        QCOMPARE(collector.sliceCount(), 5);
        QVERIFY(collector.store()->size() > 0);
        TenantSnapshot snapshot;
        collector.applyTo(snapshot);
        const QString differences = usageDifferences(snapshot.signIns, tenant.facts());
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
        QCOMPARE(collector.progress().completion(), 1.0);
    }

    void faultsAreSurvived()
    {
        sample::FaultOptions faults;
        faults.seed = 5;
        faults.tooManyRequestsRate = 0.03;
        faults.serviceUnavailableRate = 0.03;
        faults.connectionResetRate = 0.04;
        faults.truncatedJsonRate = 0.04;
        faults.malformedJsonRate = 0.04;
        GraphTenant tenant;
        QVERIFY(tenant.start(mailboxCount, 13, true, faults));
        Client client(tenant);
        client.context.settings.signInSlices = 5;
        SignInsCollector signIns(client.context);
        QVERIFY(runToEnd(signIns));
        QVERIFY(signIns.status(CollectorId::SignIns).isComplete());
        TenantSnapshot snapshot;
        signIns.applyTo(snapshot);
        const QString differences = usageDifferences(snapshot.signIns, tenant.facts());
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
        UsersCollector users(client.context);
        QVERIFY(runToEnd(users));
        QCOMPARE(users.users().size(), tenant.facts().users);
        PerUserMfaCollector mfa(client.context);
        mfa.addUsers(tenant.facts().mailboxUserIds);
        mfa.noMoreUsers();
        QVERIFY(runToEnd(mfa));
        QCOMPARE(mfa.states().size(), tenant.facts().mailboxUserIds.size());
        quint64 injected = 0;
        for (const quint64 count : tenant.server().counters().faultsByKind)
            injected += count;
        QVERIFY(injected > 0);
    }

    void restrictedAppFallsBackWithoutSignInActivity()
    {
        GraphTenant tenant;
        QVERIFY(tenant.start(mailboxCount, 14, true));
        Client client(tenant, true);
        UsersCollector users(client.context);
        QVERIFY(runToEnd(users));
        QVERIFY(users.status(CollectorId::Users).isComplete());
        QVERIFY(!users.hasSignInActivity());
        QCOMPARE(users.users().size(), tenant.facts().users);
        QCOMPARE(users.warnings().size(), 1);
        QCOMPARE(users.warnings().first().category, Error::Category::PermissionMissing);
        QCOMPARE(users.warnings().first().subject, u"AuditLog.Read.All"_s);
    }

    void withoutPremiumSignInsFailWithTheLicence()
    {
        GraphTenant tenant;
        QVERIFY(tenant.start(mailboxCount, 15, false));
        Client client(tenant);
        SignInsCollector signIns(client.context);
        QVERIFY(runToEnd(signIns));
        const CollectorStatus status = signIns.status(CollectorId::SignIns);
        QCOMPARE(status.state, CollectorStatus::State::Failed);
        QCOMPARE(status.error->category, Error::Category::LicenceMissing);
        TenantSnapshot snapshot;
        signIns.applyTo(snapshot);
        QVERIFY(snapshot.signIns.perUser.isEmpty()); // nothing applied from a failed collector
        // Users fall back (the licence, not a permission, is missing) and stay complete.
        UsersCollector users(client.context);
        QVERIFY(runToEnd(users));
        QVERIFY(users.status(CollectorId::Users).isComplete());
        QCOMPARE(users.warnings().first().category, Error::Category::LicenceMissing);
        const auto registrations = makeRegistrationDetailsCollector(client.context);
        QVERIFY(runToEnd(*registrations));
        QCOMPARE(registrations->status(CollectorId::UserRegistrationDetails).error->category,
                 Error::Category::LicenceMissing);
    }
};

QTEST_GUILESS_MAIN(TestGraphCollectors)
#include "TestGraphCollectors.moc"
