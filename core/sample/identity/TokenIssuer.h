#pragma once

#include "sample/identity/TokenVerifier.h"
#include "sample/server/Pki.h"
#include "sample/server/SampleClock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace smtpaudit::sample {

// What goes into one access token. App-only tokens carry `roles`; delegated ones `scopes` and a user.
struct TokenGrant
{
    QString tenantId;
    QString appId;
    QString appDisplayName;
    QString audience; // "https://graph.microsoft.com", "https://outlook.office365.com", ...
    QStringList roles;
    QStringList scopes;
    QString userPrincipalName; // delegated only
    QString userObjectId;
    QString userDisplayName;
    // appidacr: "0" public client, "1" client secret, "2" certificate (access-token claims reference).
    QString clientAuthenticationMethod = QStringLiteral("1");
    int lifetimeSeconds = 3599;
    QString idTokenIssuer; // ID tokens only; empty: "https://login.microsoftonline.com/{tenant}/v2.0"
};

// Issues v1.0 access tokens (and v2.0 ID tokens) signed RS256 with the sample tenant's token-signing key.
// Claim names follow Microsoft's access-token claims reference (ENTRA access-token-claims-reference.md).
class TokenIssuer
{
public:
    // Generates a fresh RSA-2048 token-signing key and its self-signed certificate.
    static Result<TokenIssuer> create(SampleClock clock = {});
    // Just the token-signing credential (valid from a day before `now` for a year), for callers that make
    // it on another thread (IdentityPlatform::generateKeys) and construct the issuer later.
    static Result<Credential> createSigningCredential(const QDateTime& now);
    TokenIssuer(Credential signingCredential, SampleClock clock);

    static QString issuerFor(const QString& tenantId); // "https://sts.windows.net/{tenant}/"

    Result<QByteArray> issueAccessToken(const TokenGrant& grant) const;
    // An OpenID Connect ID token for the client itself (aud = client id), when "openid" was requested.
    Result<QByteArray> issueIdToken(const TokenGrant& grant) const;

    TokenVerifier verifier(const QStringList& tenantIds, int clockSkewSeconds = 300) const;
    const Credential& signingCredential() const { return m_signing; }
    QByteArray keyId() const;

private:
    QJsonObject header() const;

    Credential m_signing;
    SampleClock m_clock;
};

} // namespace smtpaudit::sample
