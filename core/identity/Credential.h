#pragma once

#include "identity/ClientAssertion.h"
#include "identity/OAuthClient.h"

#include <QObject>

namespace smtpaudit {

// A way to obtain access tokens for one app in one tenant. Credentials do not cache: TokenProvider does.
// acquire() may take long (a person signing in) and may be called for several scopes.
class Credential : public QObject
{
    Q_OBJECT

public:
    using GrantCallback = OAuthClient::GrantCallback;

    Credential(CloudEnvironment cloud, QString tenant, QString clientId, QObject* parent = nullptr);

    virtual bool isDelegated() const = 0;
    virtual void acquire(const QString& scope, GrantCallback done) = 0;
    // Ends every acquisition in progress with Cancelled.
    virtual void cancel();

    const QString& clientId() const { return m_clientId; }
    const CloudEnvironment& cloud() const { return m_oauth.cloud(); }
    OAuthClient& oauth() { return m_oauth; }
    void setClock(NowFunction now) { m_oauth.setClock(std::move(now)); }
    void setTlsTrust(const TlsTrust& trust) { m_oauth.setTlsTrust(trust); }

protected:
    OAuthClient m_oauth;
    QString m_clientId;
};

// App-only sign-in with a client secret (client credentials grant).
class ClientSecretCredential : public Credential
{
    Q_OBJECT

public:
    ClientSecretCredential(CloudEnvironment cloud, QString tenant, QString clientId, QByteArray secret,
                           QObject* parent = nullptr);
    bool isDelegated() const override { return false; }
    void acquire(const QString& scope, GrantCallback done) override;

private:
    QByteArray m_secret;
};

// App-only sign-in with a certificate: a signed JWT client assertion per token request.
class CertificateCredential : public Credential
{
    Q_OBJECT

public:
    CertificateCredential(CloudEnvironment cloud, QString tenant, QString clientId, ClientCertificate certificate,
                          ClientAssertion::Variant variant = ClientAssertion::Variant::Sha256Pss,
                          QObject* parent = nullptr);
    bool isDelegated() const override { return false; }
    void acquire(const QString& scope, GrantCallback done) override;
    const ClientCertificate& certificate() const { return m_certificate; }

private:
    ClientCertificate m_certificate;
    ClientAssertion::Variant m_variant;
};

} // namespace smtpaudit
