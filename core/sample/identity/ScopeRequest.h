#pragma once

#include "sample/identity/AadError.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace smtpaudit::sample {

// A token request's `scope` parameter resolved against the resources the sample tenant knows. The v2.0
// endpoint issues a token for exactly one resource per request (v2-oauth2-client-creds-grant-flow.md; the
// reference, section 5); OpenID Connect scopes ride along without naming a resource.
struct ScopeRequest
{
    QString raw;             // the parameter as sent, for error texts
    QString resourceAppId;   // resources::graphAppId or resources::exchangeAppId
    QString audience;        // the identifier URI the token's "aud" will carry
    QStringList permissions; // "User.Read.All", ... or {".default"}
    QStringList oidcScopes;  // "openid", "profile", "email", "offline_access" as requested

    bool isDefault() const { return permissions.size() == 1 && permissions.constFirst() == u".default"; }
    bool wantsRefreshToken() const { return oidcScopes.contains(u"offline_access"); }
    bool wantsIdToken() const { return oidcScopes.contains(u"openid"); }

    // Parses a space-separated scope list. A bare permission ("User.Read") means Microsoft Graph; a request
    // with only OpenID scopes gets a Graph token, as on the real endpoint. Errors: 500011 (unknown resource),
    // 700022 (more than one resource), 70011 (a scope that names no permission).
    static Result<ScopeRequest, AadError> parse(const QString& scope, const QString& tenant);

    // The "scope" field of a delegated token response: Graph permissions by short name, others as full URIs.
    QString responseScope(const QStringList& grantedPermissions) const;
};

} // namespace smtpaudit::sample
