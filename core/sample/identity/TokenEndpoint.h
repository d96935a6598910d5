#pragma once

#include "sample/SampleHttp.h"
#include "sample/identity/AadError.h"
#include "sample/identity/ClientAuthenticator.h"
#include "sample/identity/DeviceCodeStore.h"
#include "sample/identity/IdentityOptions.h"
#include "sample/identity/ScopeRequest.h"
#include "sample/identity/TokenIssuer.h"

#include <QHash>
#include <QString>

namespace smtpaudit::sample {

// One POST to /{tenant}/oauth2/v2.0/token or /devicecode, decoded by IdentityPlatform.
struct TokenRequest
{
    QString tenantId;      // the sample tenant's id (also when the path named a domain or an alias)
    QString tenantSegment; // the path segment as sent: a GUID, a domain, "organizations" or "common"
    bool tenantIsAlias = false;
    QHash<QString, QString> form; // the form-encoded body, decoded ('+' is a space)
    const SampleAppRegistration* app = nullptr;
    PresentedCredential credential;
    QStringList tokenEndpoints; // audiences a client assertion may name
    QString origin;             // "https://127.0.0.1:<port>" as the client addressed the server
    QDateTime now;

    QString parameter(const char* name) const { return form.value(QString::fromLatin1(name)); }
};

// The identity platform's state shared by the endpoints: options, issuer, apps, pending device codes,
// refresh tokens, used assertion ids.
struct IdentityState
{
    IdentityOptions options;
    TokenIssuer issuer;
    QHash<QString, SampleAppRegistration> apps; // by client id (lower case)
    DeviceCodeStore deviceCodes;
    RefreshTokenStore refreshTokens;
    ClientAuthenticator clients;

    IdentityState(IdentityOptions identityOptions, TokenIssuer tokenIssuer);
};

// The grants of the token endpoint: client_credentials (secret, HTTP Basic or certificate assertion),
// urn:ietf:params:oauth:grant-type:device_code and refresh_token (v2-oauth2-*.md in ENTRA).
class TokenEndpoint
{
public:
    explicit TokenEndpoint(IdentityState& state)
        : m_state(state)
    {}

    Result<QJsonObject, AadError> handle(const TokenRequest& request);

private:
    Result<QJsonObject, AadError> clientCredentials(const TokenRequest& request);
    Result<QJsonObject, AadError> deviceCode(const TokenRequest& request);
    Result<QJsonObject, AadError> refreshToken(const TokenRequest& request);
    Result<QJsonObject, AadError> delegatedTokens(const TokenRequest& request, const AuthenticatedClient& client,
                                                  const SampleIdentityUser& user, const ScopeRequest& scopes);

    IdentityState& m_state;
};

} // namespace smtpaudit::sample
