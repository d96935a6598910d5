#pragma once

#include "sample/server/Pki.h"

#include <QJsonObject>
#include <QString>

namespace smtpaudit::sample::discovery {

// GET /{tenant}/v2.0/.well-known/openid-configuration: the fields of Entra's v2.0 document that describe what
// the sample tenant implements (token and device-code endpoints, keys, issuer), with the sample's origin in
// place of https://login.microsoftonline.com. Endpoints it does not serve (authorize, logout) are left out.
QJsonObject openIdConfiguration(const QString& origin, const QString& tenantId);

// GET /{tenant}/discovery/v2.0/keys: the token-signing key as a JWK set (kty, use, kid, x5t, n, e, x5c).
QJsonObject keySet(const Credential& signing, const QString& origin, const QString& tenantId);

QString idTokenIssuer(const QString& origin, const QString& tenantId); // "{origin}/{tenant}/v2.0"

} // namespace smtpaudit::sample::discovery
