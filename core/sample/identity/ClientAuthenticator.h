#pragma once

#include "sample/identity/AadError.h"
#include "sample/identity/IdentityOptions.h"
#include "sample/server/SampleClock.h"
#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace smtpaudit::sample {

// The client credential a token request presented: form fields or HTTP Basic (RFC 6749 2.3.1).
struct PresentedCredential
{
    QString clientSecret;
    QString assertionType;
    QByteArray assertion;

    bool isEmpty() const { return clientSecret.isEmpty() && assertion.isEmpty(); }
};

struct AuthenticatedClient
{
    enum class Method
    {
        None, // public client
        Secret,
        Certificate,
    };
    Method method = Method::None;

    // The access token's appidacr claim: "0" public, "1" secret, "2" certificate.
    QString appIdAcr() const { return QString::number(static_cast<int>(method)); }
};

// Authenticates the client of a token request against its registration: the secret, or a certificate
// assertion (certificate-credentials.md) whose RS256 (x5t = SHA-1 thumbprint) or PS256 (x5t#S256) signature is
// verified with the registered certificate, with iss = sub = client id, aud = the token endpoint, a valid
// nbf/exp window, and a jti that was not used before.
class ClientAuthenticator
{
public:
    explicit ClientAuthenticator(SampleClock clock = {}, int clockSkewSeconds = 300);

    // `tokenEndpoints` are the URLs an assertion's aud may name (the endpoint as addressed, by tenant id or
    // domain). `credentialRequired` is false for public-client grants (device code, refresh token).
    Result<AuthenticatedClient, AadError> authenticate(const SampleAppRegistration& app,
                                                       const PresentedCredential& credential,
                                                       const QStringList& tokenEndpoints, bool credentialRequired);

private:
    Result<AuthenticatedClient, AadError> verifyAssertion(const SampleAppRegistration& app,
                                                          const PresentedCredential& credential,
                                                          const QStringList& tokenEndpoints);
    bool consumeJti(const QString& jti, qint64 forgetAfter, qint64 now);

    SampleClock m_clock;
    int m_clockSkewSeconds;
    QHash<QString, qint64> m_usedJtis; // jti -> when it may be forgotten (its exp plus the skew)
};

} // namespace smtpaudit::sample
