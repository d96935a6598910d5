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
class ExoModuleFileService;
class GraphService;
class IdentityPlatform;
class SampleHttpServer;
class SampleSmtpServer;

struct SampleTenantOptions
{
    TenantOptions tenant;       // size, seed, now (empty: the current time), premium, ...
    SampleServerOptions server; // port, latency, faults, throttling; caCertificatePath filled by start()
    QString caCertificatePath;  // where the CA PEM is written; empty: a file in a private temp dir
    bool throttling = false;    // Microsoft's documented limits (also server.throttling.enabled); off by default
    bool smtp = true;           // the O365-like SMTP submission endpoint (STARTTLS, same CA as the HTTPS server)
    quint16 smtpPort = 0;       // 0: any free port
    // Exchange Online regional host discovery: empty, EXOModuleFile answers 200 (the default host serves the
    // admin API); a name (e.g. "emea01"), it answers 302 to a regional front end, a second HTTPS listener on
    // 127.0.0.1 with its own port that stands for https://{region}.outlook.office365.com
    // (ExoModuleFileService.h says why a port and not a host name).
    QString exchangeRegion;
};

// A complete sample Microsoft 365 tenant on loopback: a generated tenant (TenantModel), the identity
// platform, Graph and the Exchange admin API behind one HTTPS server with a generated CA, and the O365-like
// SMTP submission endpoint (its certificate from the same CA, its answers from the generated tenant). Used by
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

    // The regional Exchange front end ("https://127.0.0.1:<port>"); null / empty without exchangeRegion.
    SampleHttpServer* regionalExchangeServer() { return m_regionalServer.get(); }
    QUrl regionalExchangeUrl() const;

    // The SMTP submission endpoint; null when SampleTenantOptions::smtp was off.
    SampleSmtpServer* smtp() { return m_smtp.get(); }
    // "127.0.0.1" (the server certificate names it) and the endpoint's port; empty / 0 without the endpoint.
    QString smtpHost() const;
    quint16 smtpPort() const;
    // The Basic-auth password of a sample mailbox (SampleSmtpPolicy::mailboxPassword). A throw-away sample
    // credential, but still a secret: never log or print it.
    QByteArray mailboxPassword(const QString& userPrincipalName) const;

    // What a correct audit must find (computed from the model, independently of the audit code).
    QJsonObject groundTruth(int signInDays) const;
    // The first line of `sample-tenant serve`: baseUrl, caFile, tenantId, clientId, clientSecret,
    // smtpHost, smtpPort (smtp fields null when the SMTP endpoint is off).
    QJsonObject connectionInfo() const;

private:
    explicit SampleTenant(QObject* parent);

    std::shared_ptr<const TenantModel> m_model;
    std::unique_ptr<IdentityPlatform> m_identity;
    std::unique_ptr<GraphService> m_graph;
    std::unique_ptr<ExchangeService> m_exchange;
    std::unique_ptr<ExoModuleFileService> m_moduleFile;
    std::unique_ptr<ExoModuleFileService> m_regionalModuleFile;
    std::unique_ptr<SampleHttpServer> m_server;
    std::unique_ptr<SampleHttpServer> m_regionalServer;
    std::unique_ptr<SampleSmtpServer> m_smtp;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_caPath;
};

} // namespace smtpaudit::sample
