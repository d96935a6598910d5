#include "sample/identity/ScopeRequest.h"

#include "sample/identity/IdentityOptions.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

struct KnownResource
{
    QString appId;
    QString audience;
};

const QStringList& oidcScopeNames()
{
    static const QStringList names{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s};
    return names;
}

// Identifier URIs compare without a trailing slash and with a case-insensitive scheme and host.
std::optional<KnownResource> resolveResource(const QString& identifier)
{
    QString normalized = identifier;
    while (normalized.endsWith(u'/'))
        normalized.chop(1);
    normalized = normalized.toLower();
    if (normalized == resources::graphUri || normalized == resources::graphAppId)
        return KnownResource{resources::graphAppId, resources::graphUri};
    if (normalized == resources::exchangeUri || normalized == resources::exchangeAppId)
        return KnownResource{resources::exchangeAppId, resources::exchangeUri};
    if (normalized == resources::outlookUri)
        return KnownResource{resources::exchangeAppId, resources::outlookUri};
    return std::nullopt;
}

} // namespace

Result<ScopeRequest, AadError> ScopeRequest::parse(const QString& scope, const QString& tenant)
{
    ScopeRequest request;
    request.raw = scope;
    for (const QString& item : scope.split(u' ', Qt::SkipEmptyParts)) {
        if (oidcScopeNames().contains(item, Qt::CaseInsensitive)) {
            request.oidcScopes << item.toLower();
            continue;
        }
        QString resourceIdentifier = QString(resources::graphUri);
        QString permission = item;
        if (const qsizetype slash = item.lastIndexOf(u'/'); slash >= 0) {
            resourceIdentifier = item.left(slash);
            permission = item.mid(slash + 1);
        }
        if (permission.isEmpty() || resourceIdentifier.isEmpty())
            return aad::scopeInvalid(scope);
        const auto resource = resolveResource(resourceIdentifier);
        if (!resource)
            return aad::resourceNotFound(resourceIdentifier, tenant);
        if (!request.audience.isEmpty() && request.audience != resource->audience)
            return aad::multipleResources(scope);
        request.resourceAppId = resource->appId;
        request.audience = resource->audience;
        if (!request.permissions.contains(permission, Qt::CaseInsensitive))
            request.permissions << permission;
    }
    if (request.audience.isEmpty() && request.oidcScopes.isEmpty())
        return aad::missingParameter(u"scope"_s);
    if (request.audience.isEmpty()) {
        request.resourceAppId = QString(resources::graphAppId);
        request.audience = QString(resources::graphUri);
    }
    if (request.permissions.contains(u".default"_s) && request.permissions.size() > 1)
        return aad::scopeInvalid(scope);
    return request;
}

QString ScopeRequest::responseScope(const QStringList& grantedPermissions) const
{
    QStringList items;
    for (const QString& permission : grantedPermissions)
        items << (audience == resources::graphUri ? permission : audience + u'/' + permission);
    for (const QString& oidc : oidcScopes)
        items << oidc;
    return items.join(u' ');
}

} // namespace smtpaudit::sample
