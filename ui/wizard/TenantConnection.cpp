#include "TenantConnection.h"

#include "http/ApiClient.h"
#include "identity/AuthCodeCredential.h"
#include "identity/Credential.h"
#include "identity/DeviceCodeCredential.h"
#include "identity/ProfileCredentialLoader.h"
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
    const ConnectionProfile& p = request.profile;
    if (p.auth == ConnectionProfile::AuthKind::ClientSecret && request.secret.isEmpty())
        return Error::make(Error::Category::InvalidInput, tr("Enter the app's client secret."), {}, u"client-secret"_s);
    // The secret is in hand (typed, or read from the keychain by the tenant page): the loader's synchronous half.
    CredentialLoadOptions options;
    options.use = CredentialUse::Audit;
    options.delegated = DelegatedSignIn::AsProfileSays;
    options.secret = request.secret;
    ProfileCredentialResult loaded = ProfileCredentialLoader::build(p, options, secrets);
    if (!loaded.ok())
        return loaded.error().error;

    std::unique_ptr<TenantConnection> connection(new TenantConnection(parent));
    TenantConnection* self = connection.get();
    self->m_request = request;
    self->m_cloud = loaded.value().cloud;
    self->m_tenantId = p.tenant;
    self->m_certificateExpiry = loaded.value().certificateExpiresAt;
    self->m_credential = loaded.value().credential.release();
    if (auto* deviceCode = qobject_cast<DeviceCodeCredential*>(self->m_credential))
        connect(deviceCode, &DeviceCodeCredential::deviceCodeReady, self, [self](const DeviceCodePrompt& prompt) {
            emit self->deviceCodeReady(prompt.userCode, prompt.verificationUri, prompt.message);
        });
    if (auto* authCode = qobject_cast<AuthCodeCredential*>(self->m_credential))
        connect(authCode, &AuthCodeCredential::authorizationUrlReady, self, &TenantConnection::browserSignInReady);
    self->m_tokens = new TokenProvider(self->m_credential, self->m_cloud);
    self->m_client = new ApiClient;
    self->m_client->setTlsTrust(loaded.value().trust);
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
