#pragma once

#include "sample/data/TenantModel.h"
#include "sample/identity/IdentityOptions.h"
#include "sample/server/SampleServerOptions.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace smtpaudit::sample {

class ExchangeService;
class GraphService;
class IdentityPlatform;
class SampleHttpServer;

struct SampleTenantOptions
{
    TenantOptions tenant;       // size, seed, now (empty: the current time), premium, ...
    SampleServerOptions server; // port, latency, faults, throttling; caCertificatePath filled by start()
    QString caCertificatePath;  // where the CA PEM is written; empty: a file in a private temp dir
    bool throttling = false;    // Microsoft's documented limits (also server.throttling.enabled); off by default
};

// A complete sample Microsoft 365 tenant on loopback: a generated tenant (TenantModel), the identity
// platform, Graph and the Exchange admin API behind one HTTPS server with a generated CA. Used by
// `smtpaudit --sample-tenant`, `smtpaudit-cli sample-tenant serve` and the integration tests.
class SampleTenant : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<SampleTenant>> start(SampleTenantOptions options, QObject* parent = nullptr);
    ~SampleTenant() override;

    QUrl baseUrl() const;
    QString caCertificatePath() const { return m_caPath; }
    QString tenantId() const;
    QString initialDomain() const;
    const SampleAppCredentials& mainApp() const;
    const SampleAppCredentials& restrictedApp() const;
    const SampleAppCredentials& publicClient() const;

    const TenantModel& model() const { return *m_model; }
    IdentityPlatform& identity() { return *m_identity; }
    SampleHttpServer& server() { return *m_server; }

    // What a correct audit must find (computed from the model, independently of the audit code).
    QJsonObject groundTruth(int signInDays) const;
    // The first line of `sample-tenant serve`: baseUrl, caFile, tenantId, clientId, clientSecret,
    // smtpHost, smtpPort (smtp fields null while no SMTP endpoint runs).
    QJsonObject connectionInfo() const;

private:
    explicit SampleTenant(QObject* parent);

    std::shared_ptr<const TenantModel> m_model;
    std::unique_ptr<IdentityPlatform> m_identity;
    std::unique_ptr<GraphService> m_graph;
    std::unique_ptr<ExchangeService> m_exchange;
    std::unique_ptr<SampleHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_caPath;
};

} // namespace smtpaudit::sample
