#include "sample/identity/TokenEndpoint.h"

#include "sample/identity/Discovery.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

const QLatin1StringView deviceCodeGrantType{"urn:ietf:params:oauth:grant-type:device_code"};

// The permissions of `requested` that the tenant consented to for the app, in the registration's spelling;
// std::nullopt when one of them lacks consent.
std::optional<QStringList> consentedPermissions(const SampleAppRegistration& app, const ScopeRequest& scopes)
{
    const QStringList consented = app.delegatedScopes.value(scopes.resourceAppId);
    if (scopes.isDefault())
        return consented;
    QStringList granted;
    for (const QString& permission : scopes.permissions) {
        const auto match = std::find_if(consented.cbegin(), consented.cend(), [&](const QString& candidate) {
            return candidate.compare(permission, Qt::CaseInsensitive) == 0;
        });
        if (match == consented.cend())
            return std::nullopt;
        granted << *match;
    }
    return granted;
}

} // namespace

IdentityState::IdentityState(IdentityOptions identityOptions, TokenIssuer tokenIssuer)
    : options(std::move(identityOptions))
    , issuer(std::move(tokenIssuer))
    , deviceCodes(options.clock, options.deviceCodeLifetimeSeconds, options.deviceCodePollIntervalSeconds)
    , refreshTokens(options.clock, options.refreshTokenLifetimeSeconds)
    , clients(options.clock, options.assertionClockSkewSeconds)
{}

Result<QJsonObject, AadError> TokenEndpoint::handle(const TokenRequest& request)
{
    const QString grantType = request.parameter("grant_type");
    if (grantType.isEmpty())
        return aad::missingParameter(u"grant_type"_s);
    if (grantType == "client_credentials"_L1)
        return clientCredentials(request);
    if (grantType == deviceCodeGrantType)
        return deviceCode(request);
    if (grantType == "refresh_token"_L1)
        return refreshToken(request);
    return aad::unsupportedGrantType(grantType);
}

Result<QJsonObject, AadError> TokenEndpoint::clientCredentials(const TokenRequest& request)
{
    if (request.tenantIsAlias)
        return aad::tenantRequired(request.tenantSegment);
    const SampleAppRegistration& app = *request.app;
    auto client = m_state.clients.authenticate(app, request.credential, request.tokenEndpoints, true);
    if (!client)
        return client.error();

    const QString scope = request.parameter("scope");
    if (scope.isEmpty())
        return aad::missingParameter(u"scope"_s);
    auto scopes = ScopeRequest::parse(scope, request.tenantId);
    if (!scopes)
        return scopes.error();
    // App-only tokens carry what the admin consented to; the request can only name the resource.
    if (!scopes->isDefault() || !scopes->oidcScopes.isEmpty())
        return aad::scopeNotDefault(scope);

    TokenGrant grant;
    grant.tenantId = request.tenantId;
    grant.appId = app.clientId;
    grant.appDisplayName = app.displayName;
    grant.audience = scopes->audience;
    grant.roles = app.appRoles.value(scopes->resourceAppId);
    grant.clientAuthenticationMethod = client->appIdAcr();
    grant.lifetimeSeconds = m_state.options.accessTokenLifetimeSeconds;
    auto token = m_state.issuer.issueAccessToken(grant);
    if (!token)
        return AadError{500, u"server_error"_s, 50000, u"There's an issue with the sign-in service."_s};
    // The response of v2-oauth2-client-creds-grant-flow.md, field by field (no refresh token).
    return QJsonObject{{"token_type"_L1, "Bearer"_L1},
                       {"expires_in"_L1, grant.lifetimeSeconds},
                       {"access_token"_L1, QString::fromLatin1(*token)}};
}

Result<QJsonObject, AadError> TokenEndpoint::deviceCode(const TokenRequest& request)
{
    const QString deviceCode = request.parameter("device_code");
    if (deviceCode.isEmpty())
        return aad::missingParameter(u"device_code"_s);
    auto client = m_state.clients.authenticate(*request.app, request.credential, request.tokenEndpoints, false);
    if (!client)
        return client.error();
    auto flow = m_state.deviceCodes.poll(deviceCode, request.app->clientId);
    if (!flow)
        return flow.error();
    return delegatedTokens(request, *client, flow->user, flow->scopes);
}

Result<QJsonObject, AadError> TokenEndpoint::refreshToken(const TokenRequest& request)
{
    const QString refreshToken = request.parameter("refresh_token");
    if (refreshToken.isEmpty())
        return aad::missingParameter(u"refresh_token"_s);
    auto client = m_state.clients.authenticate(*request.app, request.credential, request.tokenEndpoints, false);
    if (!client)
        return client.error();
    auto grant = m_state.refreshTokens.redeem(refreshToken, request.app->clientId);
    if (!grant)
        return grant.error();

    // A refresh token may be redeemed for another resource the user consented to; without `scope` the
    // original request is repeated. Once offline access was granted, every redemption returns a new one.
    ScopeRequest scopes = grant->scopes;
    if (const QString scope = request.parameter("scope"); !scope.isEmpty()) {
        auto requested = ScopeRequest::parse(scope, request.tenantId);
        if (!requested)
            return requested.error();
        scopes = *requested;
        if (grant->scopes.wantsRefreshToken() && !scopes.wantsRefreshToken())
            scopes.oidcScopes << u"offline_access"_s;
    }
    return delegatedTokens(request, *client, grant->user, scopes);
}

Result<QJsonObject, AadError> TokenEndpoint::delegatedTokens(const TokenRequest& request,
                                                             const AuthenticatedClient& client,
                                                             const SampleIdentityUser& user, const ScopeRequest& scopes)
{
    const SampleAppRegistration& app = *request.app;
    const auto granted = consentedPermissions(app, scopes);
    if (!granted)
        return aad::consentMissing(app.clientId, app.displayName);

    TokenGrant grant;
    grant.tenantId = request.tenantId;
    grant.appId = app.clientId;
    grant.appDisplayName = app.displayName;
    grant.audience = scopes.audience;
    grant.scopes = *granted;
    for (const QString& oidc : scopes.oidcScopes)
        if (oidc != "offline_access"_L1)
            grant.scopes << oidc;
    grant.userPrincipalName = user.userPrincipalName;
    grant.userObjectId = user.objectId;
    grant.userDisplayName = user.displayName;
    grant.clientAuthenticationMethod = client.appIdAcr();
    grant.lifetimeSeconds = m_state.options.accessTokenLifetimeSeconds;
    grant.idTokenIssuer = discovery::idTokenIssuer(request.origin, request.tenantId);
    auto accessToken = m_state.issuer.issueAccessToken(grant);
    if (!accessToken)
        return AadError{500, u"server_error"_s, 50000, u"There's an issue with the sign-in service."_s};

    // Field by field as in v2-oauth2-device-code.md "Successful authentication response".
    QJsonObject response{{"token_type"_L1, "Bearer"_L1},
                         {"scope"_L1, scopes.responseScope(*granted)},
                         {"expires_in"_L1, grant.lifetimeSeconds},
                         {"access_token"_L1, QString::fromLatin1(*accessToken)}};
    if (scopes.wantsRefreshToken())
        response.insert("refresh_token"_L1, m_state.refreshTokens.issue(RefreshGrant{app.clientId, user, scopes, {}}));
    if (scopes.wantsIdToken()) {
        if (auto idToken = m_state.issuer.issueIdToken(grant))
            response.insert("id_token"_L1, QString::fromLatin1(*idToken));
    }
    return response;
}

} // namespace smtpaudit::sample
