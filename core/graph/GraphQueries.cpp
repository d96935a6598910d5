#include "graph/GraphQueries.h"

#include "signins/SignInTypes.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace smtpaudit::GraphQuery {
namespace {

QUrl withQuery(QUrl url, const QList<QPair<QString, QString>>& items)
{
    QUrlQuery query;
    for (const auto& [key, value] : items)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

QString odataTime(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"''"_s); // OData string literal escaping
    return u'\'' + escaped + u'\'';
}

} // namespace

QStringList userSelect(bool withSignInActivity)
{
    QStringList select{u"id"_s,
                       u"userPrincipalName"_s,
                       u"displayName"_s,
                       u"mail"_s,
                       u"accountEnabled"_s,
                       u"userType"_s,
                       u"lastPasswordChangeDateTime"_s,
                       u"passwordPolicies"_s,
                       u"assignedLicenses"_s,
                       u"onPremisesSyncEnabled"_s};
    if (withSignInActivity)
        select << u"signInActivity"_s;
    return select;
}

QUrl users(const CloudEnvironment& cloud, bool withSignInActivity, const QString& filter)
{
    const int top = withSignInActivity ? usersPageSizeWithSignInActivity : usersPageSize;
    QList<QPair<QString, QString>> items{{u"$select"_s, userSelect(withSignInActivity).join(u',')},
                                         {u"$top"_s, QString::number(top)}};
    if (!filter.isEmpty())
        items.prepend({u"$filter"_s, filter});
    return withQuery(cloud.graphUrl(u"/v1.0/users"_s), items);
}

QStringList userPartitionFilters()
{
    // Grouped so that common first letters of names spread over the parts; the split only shortens the
    // longest chain, every user is read once whatever the distribution.
    static const QStringList groups{u"ab"_s,    u"cde"_s, u"fg"_s,   u"hi"_s,  u"jk"_s,         u"lm"_s,
                                    u"nopqr"_s, u"s"_s,   u"tuvw"_s, u"xyz"_s, u"0123456789"_s, u"'.-_!#^~"_s};
    QStringList filters;
    for (const QString& group : groups) {
        QStringList clauses;
        for (const QChar first : group)
            clauses << u"startswith(userPrincipalName,"_s + quoted(QString(first)) + u')';
        filters << clauses.join(u" or "_s);
    }
    return filters;
}

QUrl userCount(const CloudEnvironment& cloud)
{
    return cloud.graphUrl(u"/v1.0/users/$count"_s);
}

QUrl registrationDetails(const CloudEnvironment& cloud, bool withTop)
{
    const QUrl url = cloud.graphUrl(u"/v1.0/reports/authenticationMethods/userRegistrationDetails"_s);
    return withTop ? withQuery(url, {{u"$top"_s, QString::number(registrationPageSize)}}) : url;
}

QUrl securityDefaults(const CloudEnvironment& cloud)
{
    return cloud.graphUrl(u"/v1.0/policies/identitySecurityDefaultsEnforcementPolicy"_s);
}

QUrl conditionalAccessPolicies(const CloudEnvironment& cloud)
{
    return cloud.graphUrl(u"/v1.0/identity/conditionalAccess/policies"_s);
}

QUrl namedLocations(const CloudEnvironment& cloud)
{
    return cloud.graphUrl(u"/v1.0/identity/conditionalAccess/namedLocations"_s);
}

QUrl applications(const CloudEnvironment& cloud)
{
    return withQuery(
        cloud.graphUrl(u"/v1.0/applications"_s),
        {{u"$select"_s, u"id,appId,displayName,passwordCredentials,keyCredentials"_s}, {u"$top"_s, u"999"_s}});
}

QString perUserMfaRelativeUrl(const QString& userIdOrUpn)
{
    return u"/users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(userIdOrUpn, "@")) +
           u"/authentication/requirements"_s;
}

QUrl perUserMfa(const CloudEnvironment& cloud, const QString& userIdOrUpn)
{
    QUrl url = cloud.graphUrl(u"/beta/users/"_s);
    // Set the encoded path so an '@' or '#' in a UPN stays one path segment.
    url.setPath(url.path(QUrl::FullyEncoded) + QString::fromLatin1(QUrl::toPercentEncoding(userIdOrUpn, "@")) +
                    u"/authentication/requirements"_s,
                QUrl::TolerantMode);
    return url;
}

QUrl batch(const CloudEnvironment& cloud, QLatin1StringView version)
{
    return cloud.graphUrl(u'/' + QString(version) + u"/$batch"_s);
}

QString signInFilter(const QDateTime& from, const std::optional<QDateTime>& to, SignInScope scope)
{
    QString filter = u"createdDateTime ge "_s + odataTime(from);
    if (to)
        filter += u" and createdDateTime lt "_s + odataTime(*to);
    if (scope == SignInScope::LegacyProtocols) {
        QStringList clauses;
        for (const ClientApp app : clientapp::legacyProtocols())
            clauses << u"clientAppUsed eq "_s + quoted(clientapp::canonicalName(app));
        filter += u" and ("_s + clauses.join(u" or "_s) + u')';
    }
    return filter;
}

QUrl signIns(const CloudEnvironment& cloud, const QString& filter)
{
    return withQuery(cloud.graphUrl(u"/v1.0/auditLogs/signIns"_s),
                     {{u"$filter"_s, filter}, {u"$top"_s, QString::number(signInsPageSize)}});
}

QString describe(const QUrl& url, QLatin1StringView method)
{
    QString text = QString(method) + u' ' + url.path();
    const QString query = url.query(QUrl::FullyDecoded);
    if (!query.isEmpty())
        text += u'?' + query;
    return text;
}

} // namespace smtpaudit::GraphQuery
