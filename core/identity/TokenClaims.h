#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit {

// base64url without padding (RFC 7515 section 2), the encoding of JWT parts and PKCE.
namespace Base64Url {
QByteArray encode(const QByteArray& data);
std::optional<QByteArray> decode(const QByteArray& text);
} // namespace Base64Url

// What an access token says about itself. Read WITHOUT verifying the signature: the client only uses it
// to tell the user which permissions are missing before collecting; the service verifies for real.
struct TokenClaims
{
    QStringList roles;  // application permissions ("roles")
    QStringList scopes; // delegated permissions ("scp", space-separated)
    QStringList wids;   // tenant-wide Entra role template ids ("wids")
    QString audience;
    QString tenantId;
    QString appId;             // "appid" (v1) or "azp" (v2)
    QString userPrincipalName; // "upn" or "preferred_username" (delegated only)
    QString objectId;
    QString identityType; // "idtyp": "app" or "user" when present
    QDateTime notBefore;
    QDateTime expiresAt;
    QJsonObject raw; // every claim, for diagnostics (never logged: it names the user)

    bool isDelegated() const { return !scopes.isEmpty() || identityType == u"user"; }
    bool grants(const QString& permission) const;
    bool hasRoleTemplate(const QString& templateId) const;

    // A JWS compact token (header.payload.signature). Opaque tokens (not JWTs) are MalformedResponse.
    static Result<TokenClaims> decode(const QByteArray& token);
};

} // namespace smtpaudit
