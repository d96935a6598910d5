#include "identity/CloudEnvironment.h"

#include "http/UrlPolicy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

QUrl https(const QString& host)
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host);
    return url;
}

QUrl appendPath(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString joined = base.path();
    while (joined.endsWith(u'/'))
        joined.chop(1);
    joined += path.startsWith(u'/') ? path : u'/' + path;
    url.setPath(joined);
    return url;
}

CloudEnvironment globalCloud()
{
    CloudEnvironment cloud;
    cloud.kind = CloudEnvironment::Kind::Global;
    cloud.name = u"global"_s;
    cloud.loginBase = https(u"login.microsoftonline.com"_s);
    cloud.graphBase = https(u"graph.microsoft.com"_s);
    cloud.exchangeBase = https(u"outlook.office365.com"_s);
    cloud.graphScope = u"https://graph.microsoft.com/.default"_s;
    cloud.exchangeScope = u"https://outlook.office365.com/.default"_s;    // SCUBA Get-ExchangeOnlineScope
    cloud.delegatedSmtpScope = u"https://outlook.office.com/SMTP.Send"_s; // EXODEV oauth doc
    // UNVERIFIED in Microsoft docs (reference section 4): what third-party apps request for the admin API.
    cloud.delegatedExchangeScope = u"https://outlook.office365.com/Exchange.Manage"_s;
    cloud.unverified = {u"delegatedExchangeScope"_s};
    return cloud;
}

} // namespace

QStringList CloudEnvironment::names()
{
    return {u"global"_s, u"usgov"_s, u"usgovdod"_s, u"china"_s};
}

std::optional<CloudEnvironment> CloudEnvironment::named(const QString& name)
{
    const QString key = name.trimmed().toLower();
    CloudEnvironment cloud = globalCloud();
    if (key == u"global"_s || key == u"commercial"_s || key == u"gcc"_s)
        return cloud; // GCC uses the commercial endpoints (deployments.md; SCUBA)
    if (key == u"usgov"_s || key == u"gcchigh"_s) {
        cloud.kind = Kind::UsGov;
        cloud.name = u"usgov"_s;
        cloud.loginBase = https(u"login.microsoftonline.us"_s);
        cloud.graphBase = https(u"graph.microsoft.us"_s);
        cloud.exchangeBase = https(u"outlook.office365.us"_s);
        cloud.graphScope = u"https://graph.microsoft.us/.default"_s;
        cloud.exchangeScope = u"https://outlook.office365.us/.default"_s; // SCUBA
        // UNVERIFIED: the delegated scopes follow the Exchange host of this cloud by analogy.
        cloud.delegatedSmtpScope = u"https://outlook.office365.us/SMTP.Send"_s;
        cloud.delegatedExchangeScope = u"https://outlook.office365.us/Exchange.Manage"_s;
        cloud.unverified = {u"delegatedSmtpScope"_s, u"delegatedExchangeScope"_s};
        return cloud;
    }
    if (key == u"usgovdod"_s || key == u"dod"_s) {
        cloud.kind = Kind::UsGovDod;
        cloud.name = u"usgovdod"_s;
        cloud.loginBase = https(u"login.microsoftonline.us"_s);
        cloud.graphBase = https(u"dod-graph.microsoft.us"_s);
        cloud.exchangeBase = https(u"outlook-dod.office365.us"_s);
        cloud.graphScope = u"https://dod-graph.microsoft.us/.default"_s;
        cloud.exchangeScope = u"https://outlook-dod.office365.us/.default"_s; // SCUBA
        cloud.delegatedSmtpScope = u"https://outlook-dod.office365.us/SMTP.Send"_s;
        cloud.delegatedExchangeScope = u"https://outlook-dod.office365.us/Exchange.Manage"_s;
        cloud.unverified = {u"delegatedSmtpScope"_s, u"delegatedExchangeScope"_s};
        return cloud;
    }
    if (key == u"china"_s || key == u"21vianet"_s) {
        cloud.kind = Kind::China;
        cloud.name = u"china"_s;
        // authentication-national-cloud.md; Graph's deployments.md lists login.chinacloudapi.cn instead.
        cloud.loginBase = https(u"login.partner.microsoftonline.cn"_s);
        cloud.graphBase = https(u"microsoftgraph.chinacloudapi.cn"_s);
        cloud.exchangeBase = https(u"partner.outlook.cn"_s); // EXOPS Connect-ExchangeOnline.md
        cloud.graphScope = u"https://microsoftgraph.chinacloudapi.cn/.default"_s;
        // UNVERIFIED (reference section 4): the scope of the 21Vianet Exchange host.
        cloud.exchangeScope = u"https://partner.outlook.cn/.default"_s;
        cloud.delegatedSmtpScope = u"https://partner.outlook.cn/SMTP.Send"_s;
        cloud.delegatedExchangeScope = u"https://partner.outlook.cn/Exchange.Manage"_s;
        cloud.unverified = {u"exchangeScope"_s, u"delegatedSmtpScope"_s, u"delegatedExchangeScope"_s};
        return cloud;
    }
    return std::nullopt;
}

Result<CloudEnvironment> CloudEnvironment::custom(const CustomUrls& urls)
{
    CloudEnvironment cloud = globalCloud();
    cloud.kind = Kind::Custom;
    cloud.name = u"custom"_s;
    cloud.loginBase = urls.login;
    cloud.graphBase = urls.graph;
    cloud.exchangeBase = urls.exchange;
    if (!urls.graphScope.isEmpty())
        cloud.graphScope = urls.graphScope;
    if (!urls.exchangeScope.isEmpty())
        cloud.exchangeScope = urls.exchangeScope;
    if (!urls.delegatedSmtpScope.isEmpty())
        cloud.delegatedSmtpScope = urls.delegatedSmtpScope;
    if (!urls.delegatedExchangeScope.isEmpty())
        cloud.delegatedExchangeScope = urls.delegatedExchangeScope;
    cloud.unverified.clear();
    if (const Status valid = cloud.validate(); !valid.ok())
        return valid.error();
    return cloud;
}

Status CloudEnvironment::validate() const
{
    const struct
    {
        const QUrl& url;
        const char* what;
    } urls[] = {{loginBase, QT_TRANSLATE_NOOP("CloudEnvironment", "Login URL")},
                {graphBase, QT_TRANSLATE_NOOP("CloudEnvironment", "Graph URL")},
                {exchangeBase, QT_TRANSLATE_NOOP("CloudEnvironment", "Exchange Online URL")}};
    for (const auto& [url, what] : urls)
        if (Status status = UrlPolicy::checkServiceUrl(url, QCoreApplication::translate("CloudEnvironment", what));
            !status.ok())
            return status;
    for (const QString& scope : {graphScope, exchangeScope})
        if (scope.trimmed().isEmpty())
            return Error::make(Error::Category::InvalidInput,
                               QCoreApplication::translate("CloudEnvironment", "A token scope is empty."));
    return Success{};
}

QUrl CloudEnvironment::tokenEndpoint(const QString& tenant) const
{
    return appendPath(loginBase, tenant + u"/oauth2/v2.0/token"_s);
}

QUrl CloudEnvironment::deviceCodeEndpoint(const QString& tenant) const
{
    return appendPath(loginBase, tenant + u"/oauth2/v2.0/devicecode"_s);
}

QUrl CloudEnvironment::authorizeEndpoint(const QString& tenant) const
{
    return appendPath(loginBase, tenant + u"/oauth2/v2.0/authorize"_s);
}

QUrl CloudEnvironment::graphUrl(const QString& path) const
{
    return appendPath(graphBase, path);
}

QUrl CloudEnvironment::exchangeInvokeCommandUrl(const QString& tenantId) const
{
    return appendPath(exchangeBase, u"adminapi/beta/"_s + tenantId + u"/InvokeCommand"_s);
}

QUrl CloudEnvironment::exchangeBatchUrl(const QString& tenantId) const
{
    return appendPath(exchangeBase, u"adminapi/beta/"_s + tenantId + u"/$batch"_s);
}

QString CloudEnvironment::scopeFor(TokenResource resource, bool delegated) const
{
    switch (resource) {
    case TokenResource::Graph:
        return graphScope;
    case TokenResource::ExchangeAdmin:
        return delegated ? delegatedExchangeScope : exchangeScope;
    case TokenResource::Smtp:
        // App-only SMTP uses the Exchange .default scope (SMTP.SendAsApp, reference section 6).
        return delegated ? delegatedSmtpScope : exchangeScope;
    }
    return {};
}

QString tokenResourceKey(TokenResource resource)
{
    switch (resource) {
    case TokenResource::Graph:
        return u"graph"_s;
    case TokenResource::ExchangeAdmin:
        return u"exchange-admin"_s;
    case TokenResource::Smtp:
        return u"smtp"_s;
    }
    return {};
}

std::optional<TokenResource> tokenResourceFromKey(const QString& key)
{
    for (const TokenResource resource : {TokenResource::Graph, TokenResource::ExchangeAdmin, TokenResource::Smtp})
        if (tokenResourceKey(resource) == key)
            return resource;
    return std::nullopt;
}

} // namespace smtpaudit
