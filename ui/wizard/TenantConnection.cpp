#include "TenantConnection.h"

#include "http/ApiClient.h"
#include "http/TlsTrust.h"
#include "identity/AuthCodeCredential.h"
#include "identity/ClientCertificate.h"
#include "identity/Credential.h"
#include "identity/DeviceCodeCredential.h"
#include "identity/TokenProvider.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

TenantConnection::TenantConnection(QObject* parent)
    : QObject(parent)
{}

TenantConnection::~TenantConnection()
{
    // The client aborts its requests without calling back; the tokens and credential go with it.
    delete m_client;
    delete m_tokens;
    delete m_credential;
}

Result<std::unique_ptr<TenantConnection>> TenantConnection::create(const ConnectionRequest& request,
                                                                   SecretStore* secrets, QObject* parent)
{
    const Status valid = request.profile.validate();
    if (!valid.ok())
        return valid.error();
    Result<CloudEnvironment> cloud = request.profile.environment();
    if (!cloud.ok())
        return cloud.error();

    std::unique_ptr<TenantConnection> connection(new TenantConnection(parent));
    connection->m_request = request;
    connection->m_cloud = cloud.value();
    connection->m_tenantId = request.profile.tenant;

    TlsTrust trust;
    if (!connection->m_cloud.caFile.isEmpty()) {
        Result<QList<QSslCertificate>> ca = TlsTrust::loadCaFile(connection->m_cloud.caFile);
        if (!ca.ok())
            return ca.error();
        trust.addCaCertificates(ca.value());
    }

    const ConnectionProfile& p = request.profile;
    TenantConnection* self = connection.get();
    switch (p.auth) {
    case ConnectionProfile::AuthKind::ClientSecret:
        if (request.secret.isEmpty())
            return Error::make(Error::Category::InvalidInput, tr("Enter the app's client secret."), {},
                               u"client-secret"_s);
        self->m_credential = new ClientSecretCredential(self->m_cloud, p.tenant, p.clientId, request.secret);
        break;
    case ConnectionProfile::AuthKind::Certificate: {
        Result<ClientCertificate> certificate = ClientCertificate::fromFile(p.certificatePath, request.secret);
        if (!certificate.ok())
            return certificate.error();
        self->m_certificateExpiry = certificate.value().expiresAt();
        self->m_credential = new CertificateCredential(self->m_cloud, p.tenant, p.clientId,
                                                       std::move(certificate).value(), p.assertionVariant);
        break;
    }
    case ConnectionProfile::AuthKind::DeviceCode: {
        auto* deviceCode = new DeviceCodeCredential(self->m_cloud, p.tenant, p.clientId);
        connect(deviceCode, &DeviceCodeCredential::deviceCodeReady, self, [self](const DeviceCodePrompt& prompt) {
            emit self->deviceCodeReady(prompt.userCode, prompt.verificationUri, prompt.message);
        });
        if (secrets)
            deviceCode->setRefreshTokenStore(secrets, p.name);
        self->m_credential = deviceCode;
        break;
    }
    case ConnectionProfile::AuthKind::AuthCodePkce: {
        auto* authCode = new AuthCodeCredential(self->m_cloud, p.tenant, p.clientId);
        connect(authCode, &AuthCodeCredential::authorizationUrlReady, self, &TenantConnection::browserSignInReady);
        if (secrets)
            authCode->setRefreshTokenStore(secrets, p.name);
        self->m_credential = authCode;
        break;
    }
    }
    self->m_credential->setTlsTrust(trust);
    self->m_tokens = new TokenProvider(self->m_credential, self->m_cloud);
    self->m_client = new ApiClient;
    self->m_client->setTlsTrust(trust);
    self->m_client->setTokenSource(self->m_tokens->tokenSource());
    return connection;
}

void TenantConnection::checkPermissions(std::function<void(const PermissionOutcome&)> done)
{
    struct Pending
    {
        PermissionOutcome outcome;
        int waiting = 2;
    };
    auto pending = std::make_shared<Pending>();
    const quint64 generation = ++m_generation;
    auto finishOne = [this, pending, generation, done](TokenResource resource, const Result<QByteArray>& token) {
        if (generation != m_generation)
            return;
        if (!token.ok())
            (resource == TokenResource::Graph ? pending->outcome.graphError : pending->outcome.exchangeError) =
                token.error();
        if (--pending->waiting > 0)
            return;
        const auto graph = m_tokens->claims(TokenResource::Graph);
        const auto exchange = m_tokens->claims(TokenResource::ExchangeAdmin);
        pending->outcome.report = smtpaudit::checkPermissions(allAuditChecks(), graph, exchange);
        // A domain in the profile: the Exchange admin API's path wants the tenant's GUID, which the token has.
        const QString tid = graph ? graph->tenantId : (exchange ? exchange->tenantId : QString());
        if (QUuid::fromString(m_tenantId).isNull() && !tid.isEmpty())
            m_tenantId = tid;
        pending->outcome.tenantId = m_tenantId;
        done(pending->outcome);
    };
    m_tokens->token(TokenResource::Graph,
                    [finishOne](Result<QByteArray> token) { finishOne(TokenResource::Graph, token); });
    m_tokens->token(TokenResource::ExchangeAdmin,
                    [finishOne](Result<QByteArray> token) { finishOne(TokenResource::ExchangeAdmin, token); });
}

void TenantConnection::cancel()
{
    ++m_generation;
    m_tokens->cancel();
    m_client->cancelAll();
}

CollectorContext TenantConnection::collectorContext(const CollectorSettings& settings, const QDateTime& now) const
{
    CollectorContext context;
    context.client = m_client;
    context.cloud = m_cloud;
    context.tenantId = m_tenantId;
    context.delegated = m_request.profile.isDelegated();
    if (const auto claims = m_tokens->claims(TokenResource::ExchangeAdmin); claims && claims->isDelegated())
        context.signedInUpn = claims->userPrincipalName;
    context.now = now;
    context.settings = settings;
    return context;
}

OwnCredential TenantConnection::ownCredential() const
{
    OwnCredential own;
    own.appId = m_request.profile.clientId;
    own.label = m_request.profile.name;
    switch (m_request.profile.auth) {
    case ConnectionProfile::AuthKind::ClientSecret:
        own.kind = OwnCredential::Kind::ClientSecret;
        break;
    case ConnectionProfile::AuthKind::Certificate:
        own.kind = OwnCredential::Kind::Certificate;
        own.expiresAt = m_certificateExpiry;
        break;
    case ConnectionProfile::AuthKind::DeviceCode:
    case ConnectionProfile::AuthKind::AuthCodePkce:
        own.kind = OwnCredential::Kind::Delegated;
        break;
    }
    return own;
}

} // namespace smtpaudit::ui
