#pragma once

// Audits the in-process sample tenant over real HTTPS (its own CA pinned, TLS verified) with the real
// identity stack: client-secret credential, TokenProvider, ApiClient, AuditRun. Compares the audit's
// mailboxes with the sample's ground truth field by field.

#include "audit/AuditJson.h"
#include "audit/run/AuditRun.h"
#include "http/ApiClient.h"
#include "identity/Credential.h"
#include "identity/TokenProvider.h"
#include "sample/tenant/SampleTenant.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace smtpaudit::test {

struct AuditFixtureOptions
{
    sample::TenantSize size = sample::TenantSize::Small;
    quint64 seed = 7;
    bool premium = true;
    bool restrictedApp = false;
    int latencyMs = 0;
    double faultRate = 0; // shared by 429, 503, reset, truncated and malformed JSON
    double connectionResetRate = 0;
    int concurrency = ApiClient::defaultConcurrency;
    bool batching = true;
    int signInDays = 30;
    int maxAttempts = 8;
    // Replaces the faults above when set (e.g. one kind of fault on one path only).
    std::optional<sample::FaultOptions> faults;
};

class AuditRunFixture
{
public:
    std::unique_ptr<sample::SampleTenant> tenant;
    std::unique_ptr<ClientSecretCredential> credential;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<AuditRun> run;

    ~AuditRunFixture()
    {
        run.reset();
        client.reset(); // before the server that its replies talk to
        tokens.reset();
        credential.reset();
        tenant.reset();
    }

    bool start(const AuditFixtureOptions& options)
    {
        sample::SampleTenantOptions tenantOptions;
        tenantOptions.tenant.size = options.size;
        tenantOptions.tenant.seed = options.seed;
        tenantOptions.tenant.premium = options.premium;
        tenantOptions.server.faults.seed = static_cast<quint32>(options.seed);
        tenantOptions.server.faults.latencyMs = options.latencyMs;
        const double share = options.faultRate / 5;
        tenantOptions.server.faults.tooManyRequestsRate = share;
        tenantOptions.server.faults.serviceUnavailableRate = share;
        tenantOptions.server.faults.connectionResetRate = share + options.connectionResetRate;
        tenantOptions.server.faults.truncatedJsonRate = share;
        tenantOptions.server.faults.malformedJsonRate = share;
        if (options.faults)
            tenantOptions.server.faults = *options.faults;
        auto started = sample::SampleTenant::start(std::move(tenantOptions));
        if (!started.ok()) {
            qWarning() << started.error().toString();
            return false;
        }
        tenant = std::move(started).value();

        CloudEnvironment::CustomUrls urls;
        urls.login = urls.graph = urls.exchange = tenant->baseUrl();
        auto cloud = CloudEnvironment::custom(urls);
        if (!cloud.ok())
            return false;
        TlsTrust trust;
        const auto ca = TlsTrust::loadCaFile(tenant->caCertificatePath());
        if (!ca.ok())
            return false;
        trust.addCaCertificates(ca.value());

        const sample::SampleAppCredentials& app = options.restrictedApp ? tenant->restrictedApp() : tenant->mainApp();
        credential = std::make_unique<ClientSecretCredential>(cloud.value(), tenant->tenantId(), app.clientId,
                                                              app.clientSecret.toUtf8());
        credential->setTlsTrust(trust);
        tokens = std::make_unique<TokenProvider>(credential.get(), cloud.value());
        client = std::make_unique<ApiClient>();
        client->setTlsTrust(trust);
        client->setMaxConcurrency(options.concurrency);
        client->setTokenSource(tokens->tokenSource());
        client->setJitterSeed(static_cast<quint32>(options.seed));
        // Short waits: the sample's Retry-After is 1 s; the backoff for faults without one need not be long.
        RetryPolicy retry;
        retry.baseDelay = std::chrono::milliseconds(50);
        retry.maxDelay = std::chrono::milliseconds(2000);
        retry.maxAttempts = options.maxAttempts;
        client->setRetryPolicy(retry);

        CollectorContext context;
        context.cloud = cloud.value();
        context.tenantId = tenant->tenantId();
        context.now = QDateTime::currentDateTimeUtc();
        AuditRunOptions runOptions;
        runOptions.collectors.signInDays = options.signInDays;
        runOptions.collectors.batching = options.batching;
        run = std::make_unique<AuditRun>(*client, tokens.get(), context, runOptions);
        return true;
    }

    // Runs to the end; false on timeout.
    bool runToEnd(int timeoutMs)
    {
        QSignalSpy finished(run.get(), &AuditRun::finished);
        run->start();
        return finished.count() > 0 || finished.wait(timeoutMs);
    }

    QJsonObject auditJson() const { return run->result() ? AuditJson::toJson(*run->result()) : QJsonObject(); }
    QJsonObject groundTruth(int signInDays = 30) const { return tenant->groundTruth(signInDays); }
};

// The ground truth's fields for every mailbox, compared with the audit's rows. Returns the first
// differences (empty when equal); `fields` restricts the comparison (empty: every field of the truth).
inline QStringList compareMailboxes(const QJsonObject& audit, const QJsonObject& truth, QStringList fields = {})
{
    QStringList differences;
    QHash<QString, QJsonObject> auditRows;
    for (const QJsonValue& row : audit.value(u"mailboxes").toArray())
        auditRows.insert(row.toObject().value(u"userPrincipalName").toString().toLower(), row.toObject());
    const QJsonArray truthRows = truth.value(u"mailboxes").toArray();
    if (auditRows.size() != truthRows.size())
        differences << QStringLiteral("mailbox count: audit %1, truth %2").arg(auditRows.size()).arg(truthRows.size());
    for (const QJsonValue& value : truthRows) {
        const QJsonObject expected = value.toObject();
        const QString upn = expected.value(u"userPrincipalName").toString();
        const auto found = auditRows.constFind(upn.toLower());
        if (found == auditRows.constEnd()) {
            differences << QStringLiteral("missing mailbox %1").arg(upn);
            continue;
        }
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (!fields.isEmpty() && !fields.contains(it.key()))
                continue;
            const QJsonValue actual = found->value(it.key());
            if (actual != it.value())
                differences << QStringLiteral("%1 %2: audit %3, truth %4")
                                   .arg(upn, it.key(),
                                        QString::fromUtf8(
                                            QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)),
                                        QString::fromUtf8(
                                            QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
        }
        if (differences.size() > 20)
            break;
    }
    return differences;
}

} // namespace smtpaudit::test
