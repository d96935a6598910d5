#include "sample/tenant/SampleTenant.h"

#include "sample/data/GroundTruth.h"
#include "sample/data/TenantGenerator.h"
#include "sample/exchange/ExchangeService.h"
#include "sample/graph/GraphService.h"
#include "sample/identity/IdentityPlatform.h"
#include "sample/server/Pki.h"
#include "sample/server/SampleHttpServer.h"
#include "sample/smtp/SampleSmtpPolicy.h"
#include "sample/smtp/SampleSmtpServer.h"
#include "sample/tenant/ExoModuleFileService.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <future>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

SampleTenant::SampleTenant(QObject* parent)
    : QObject(parent)
{}

SampleTenant::~SampleTenant()
{
    m_smtp.reset();
    // The servers hold raw pointers to the services: stop them before they go.
    for (auto* server : {m_regionalServer.get(), m_server.get()})
        if (server)
            server->stop();
    m_regionalServer.reset();
    m_server.reset();
}

Result<std::unique_ptr<SampleTenant>> SampleTenant::start(SampleTenantOptions options, QObject* parent)
{
    std::unique_ptr<SampleTenant> tenant(new SampleTenant(parent));
    if (!options.tenant.now.isValid())
        options.tenant.now = QDateTime::currentDateTimeUtc();
    // The keys do not depend on the tenant: the RSA keys of the identity platform (the longest part of the
    // start after the generation of a large tenant) and the loopback PKI are made on other threads while
    // this one generates the tenant.
    auto identityKeys = std::async(std::launch::async, [] { return IdentityPlatform::generateKeys(); });
    auto pki = std::async(std::launch::async, &SamplePki::generate);
    tenant->m_model = std::make_shared<const TenantModel>(TenantGenerator::generate(options.tenant));
    const TenantModel& model = *tenant->m_model;

    IdentityOptions identity;
    identity.tenantId = model.tenantId;
    identity.verifiedDomains = {model.initialDomain};
    identity.seed = static_cast<quint32>(options.tenant.seed);
    auto keys = identityKeys.get();
    if (!keys)
        return keys.error();
    identity.keys = std::move(keys).value();
    // Device-code approval signs in a user of the generated directory, never an invented one.
    const std::shared_ptr<const TenantModel> modelRef = tenant->m_model;
    identity.userDirectory = [modelRef](const QString& upn) -> std::optional<SampleIdentityUser> {
        const int index = modelRef->userIndexByUpn(upn);
        if (index < 0)
            return std::nullopt;
        const auto& user = modelRef->users.at(static_cast<size_t>(index));
        return SampleIdentityUser{user.userPrincipalName, user.id, user.displayName};
    };
    auto platform = IdentityPlatform::create(std::move(identity));
    if (!platform.ok())
        return platform.error();
    tenant->m_identity = std::move(platform).value();

    tenant->m_graph = std::make_unique<GraphService>(tenant->m_model);
    tenant->m_exchange = std::make_unique<ExchangeService>(tenant->m_model);

    if (options.caCertificatePath.isEmpty()) {
        tenant->m_tempDir = std::make_unique<QTemporaryDir>();
        if (!tenant->m_tempDir->isValid())
            return Error::make(Error::Category::Io,
                               QCoreApplication::translate("SampleTenant", "Cannot create a temporary folder."),
                               tenant->m_tempDir->errorString());
        options.caCertificatePath = tenant->m_tempDir->filePath(u"sample-tenant-ca.pem"_s);
    }
    tenant->m_caPath = options.caCertificatePath;
    options.server.caCertificatePath = options.caCertificatePath;
    // Either switch turns Microsoft's limits on; `throttling` alone never turns off what server options asked.
    options.server.throttling.enabled = options.server.throttling.enabled || options.throttling;

    // One PKI for both endpoints: clients pin the same CA file for HTTPS and SMTP.
    auto generatedPki = pki.get();
    if (!generatedPki.ok())
        return generatedPki.error();
    const auto sharedPki = std::make_shared<const SamplePki>(std::move(generatedPki).value());

    tenant->m_moduleFile = std::make_unique<ExoModuleFileService>(model.tenantId, model.initialDomain);
    if (!options.exchangeRegion.isEmpty()) {
        // The regional front end serves the admin API only; its EXOModuleFile answers 200 (no further hop).
        SampleServerOptions regional = options.server;
        regional.port = 0;
        regional.caCertificatePath.clear(); // the main server writes the one CA file
        tenant->m_regionalModuleFile = std::make_unique<ExoModuleFileService>(model.tenantId, model.initialDomain);
        tenant->m_regionalModuleFile->setRegionName(options.exchangeRegion);
        tenant->m_regionalServer = std::make_unique<SampleHttpServer>(regional);
        tenant->m_regionalServer->setPki(sharedPki);
        tenant->m_regionalServer->setTokenVerifier(tenant->m_identity->tokenVerifier());
        tenant->m_regionalServer->addService(tenant->m_regionalModuleFile.get());
        tenant->m_regionalServer->addService(tenant->m_exchange.get());
        if (const Status started = tenant->m_regionalServer->start(); !started.ok())
            return started.error();
        tenant->m_moduleFile->setRegionalFrontEnd(tenant->m_regionalServer->baseUrl());
    }

    tenant->m_server = std::make_unique<SampleHttpServer>(options.server);
    tenant->m_server->setPki(sharedPki);
    tenant->m_server->setTokenVerifier(tenant->m_identity->tokenVerifier());
    tenant->m_server->addService(tenant->m_identity.get());
    tenant->m_server->addService(tenant->m_moduleFile.get()); // before Exchange, which claims every /adminapi/
    tenant->m_server->addService(tenant->m_graph.get());
    tenant->m_server->addService(tenant->m_exchange.get());
    const Status started = tenant->m_server->start();
    if (!started.ok())
        return started.error();

    if (options.smtp) {
        SampleSmtpConfig smtp;
        smtp.tls = sharedPki->serverConfiguration();
        smtp.tls.setAllowedNextProtocols({}); // the HTTPS server's ALPN "http/1.1" means nothing to SMTP
        smtp.authPolicy = SampleSmtpPolicy::authPolicy(tenant->m_model);
        smtp.maySendAs = SampleSmtpPolicy::sendAsPolicy(tenant->m_model);
        tenant->m_smtp = std::make_unique<SampleSmtpServer>(std::move(smtp));
        const Status listening =
            SampleSmtpServer::start(*tenant->m_smtp, tenant->m_identity->tokenVerifier(), options.smtpPort);
        if (!listening.ok())
            return listening.error();
    }
    return tenant;
}

QUrl SampleTenant::regionalExchangeUrl() const
{
    return m_regionalServer ? m_regionalServer->baseUrl() : QUrl();
}

QString SampleTenant::smtpHost() const
{
    return m_smtp ? m_smtp->address().toString() : QString();
}

quint16 SampleTenant::smtpPort() const
{
    return m_smtp ? m_smtp->port() : 0;
}

QByteArray SampleTenant::mailboxPassword(const QString& userPrincipalName) const
{
    return SampleSmtpPolicy::mailboxPassword(*m_model, userPrincipalName);
}

QUrl SampleTenant::baseUrl() const
{
    return m_server->baseUrl();
}

QString SampleTenant::tenantId() const
{
    return m_model->tenantId;
}

QString SampleTenant::initialDomain() const
{
    return m_model->initialDomain;
}

const SampleAppCredentials& SampleTenant::mainApp() const
{
    return m_identity->mainApp();
}

const SampleAppCredentials& SampleTenant::restrictedApp() const
{
    return m_identity->restrictedApp();
}

const SampleAppCredentials& SampleTenant::publicClient() const
{
    return m_identity->publicClient();
}

QJsonObject SampleTenant::groundTruth(int signInDays) const
{
    return sample::groundTruth(*m_model, signInDays);
}

QJsonObject SampleTenant::connectionInfo() const
{
    return QJsonObject{
        {u"baseUrl"_s, baseUrl().toString()},
        {u"caFile"_s, m_caPath},
        {u"tenantId"_s, tenantId()},
        {u"clientId"_s, mainApp().clientId},
        {u"clientSecret"_s, mainApp().clientSecret},
        {u"smtpHost"_s, m_smtp ? QJsonValue(smtpHost()) : QJsonValue()},
        {u"smtpPort"_s, m_smtp ? QJsonValue(int(smtpPort())) : QJsonValue()},
    };
}

} // namespace smtpaudit::sample
