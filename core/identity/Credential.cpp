#include "identity/Credential.h"

#include "util/Logging.h"

using namespace Qt::StringLiterals;

namespace smtpaudit {

Credential::Credential(CloudEnvironment cloud, QString tenant, QString clientId, QObject* parent)
    : QObject(parent)
    , m_oauth(std::move(cloud), std::move(tenant), this)
    , m_clientId(std::move(clientId))
{}

void Credential::cancel()
{
    m_oauth.cancelAll();
}

ClientSecretCredential::ClientSecretCredential(CloudEnvironment cloud, QString tenant, QString clientId,
                                               QByteArray secret, QObject* parent)
    : Credential(std::move(cloud), std::move(tenant), std::move(clientId), parent)
    , m_secret(std::move(secret))
{}

void ClientSecretCredential::acquire(const QString& scope, GrantCallback done)
{
    qCDebug(lcIdentity) << "client credentials (secret) for" << scope;
    const FormFields fields{{u"grant_type"_s, u"client_credentials"_s},
                            {u"client_id"_s, m_clientId},
                            {u"client_secret"_s, QString::fromUtf8(m_secret)},
                            {u"scope"_s, scope}};
    // Asking twice for an app-only token is harmless, so resets and timeouts may be retried.
    m_oauth.requestToken(fields, true, this, std::move(done));
}

CertificateCredential::CertificateCredential(CloudEnvironment cloud, QString tenant, QString clientId,
                                             ClientCertificate certificate, ClientAssertion::Variant variant,
                                             QObject* parent)
    : Credential(std::move(cloud), std::move(tenant), std::move(clientId), parent)
    , m_certificate(std::move(certificate))
    , m_variant(variant)
{}

void CertificateCredential::acquire(const QString& scope, GrantCallback done)
{
    qCDebug(lcIdentity) << "client credentials (certificate) for" << scope;
    ClientAssertion::Claims claims;
    claims.clientId = m_clientId;
    claims.audience = m_oauth.tokenEndpoint().toString(QUrl::FullyEncoded);
    claims.now = m_oauth.now();
    const Result<QByteArray> assertion = ClientAssertion::build(m_certificate, m_variant, claims);
    if (!assertion.ok()) {
        done(assertion.error());
        return;
    }
    const FormFields fields{{u"grant_type"_s, u"client_credentials"_s},
                            {u"client_id"_s, m_clientId},
                            {u"client_assertion_type"_s, u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
                            {u"client_assertion"_s, QString::fromLatin1(assertion.value())},
                            {u"scope"_s, scope}};
    m_oauth.requestToken(fields, true, this, std::move(done));
}

} // namespace smtpaudit
