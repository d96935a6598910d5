#include "identity/ConnectionProfile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ConnectionProfile", text);
}

Error invalid(const QString& message, const QString& subject)
{
    return Error::make(Error::Category::InvalidInput, message, {}, subject);
}

} // namespace

QStringList ProfileSecret::all()
{
    return {clientSecret, certificatePassphrase, refreshToken};
}

bool ConnectionProfile::isValidName(const QString& name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._ -]{1,64}$"_s);
    return pattern.match(name).hasMatch() && name.trimmed() == name;
}

QString ConnectionProfile::authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::DeviceCode:
        return u"device-code"_s;
    case AuthKind::AuthCodePkce:
        return u"auth-code"_s;
    case AuthKind::ClientSecret:
        return u"secret"_s;
    case AuthKind::Certificate:
        return u"certificate"_s;
    }
    return {};
}

std::optional<ConnectionProfile::AuthKind> ConnectionProfile::authKindFromName(const QString& name)
{
    for (const AuthKind kind :
         {AuthKind::DeviceCode, AuthKind::AuthCodePkce, AuthKind::ClientSecret, AuthKind::Certificate})
        if (authKindName(kind) == name)
            return kind;
    return std::nullopt;
}

Status ConnectionProfile::validate() const
{
    if (!isValidName(name))
        return invalid(tr("A profile name has 1 to 64 letters, digits, spaces, dots, dashes or underscores."),
                       u"name"_s);
    static const QRegularExpression tenantPattern(u"^[A-Za-z0-9][A-Za-z0-9.-]{0,253}$"_s);
    if (!tenantPattern.match(tenant).hasMatch())
        return invalid(tr("The tenant must be a tenant id or a domain such as contoso.onmicrosoft.com."), u"tenant"_s);
    static const QRegularExpression guidPattern(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    if (!guidPattern.match(clientId).hasMatch())
        return invalid(tr("The client id must be the app registration's application id (a GUID)."), u"clientId"_s);
    if (auth == AuthKind::Certificate && certificatePath.isEmpty())
        return invalid(tr("Certificate sign-in needs the path of the certificate file."), u"certificatePath"_s);
    for (const QString& range : sendingRanges) {
        const auto subnet = QHostAddress::parseSubnet(range);
        if (subnet.first.isNull())
            return invalid(tr("%1 is not an IP range in CIDR notation (e.g. 203.0.113.0/24).").arg(range),
                           u"sendingRanges"_s);
    }
    const Result<CloudEnvironment> cloudEnvironment = environment();
    if (!cloudEnvironment.ok())
        return cloudEnvironment.error();
    return Success{};
}

Result<CloudEnvironment> ConnectionProfile::environment() const
{
    CloudEnvironment result;
    if (cloud == u"custom"_s) {
        CloudEnvironment::CustomUrls urls;
        urls.login = QUrl(loginUrl, QUrl::StrictMode);
        urls.graph = QUrl(graphUrl, QUrl::StrictMode);
        urls.exchange = QUrl(exchangeUrl, QUrl::StrictMode);
        urls.graphScope = graphScope;
        urls.exchangeScope = exchangeScope;
        Result<CloudEnvironment> custom = CloudEnvironment::custom(urls);
        if (!custom.ok())
            return custom.error();
        result = custom.value();
    } else if (const std::optional<CloudEnvironment> named = CloudEnvironment::named(cloud)) {
        result = *named;
    } else {
        return invalid(
            tr("Unknown cloud \"%1\"; use one of %2 or custom.").arg(cloud, CloudEnvironment::names().join(u", "_s)),
            u"cloud"_s);
    }
    result.caFile = caFile;
    return result;
}

} // namespace smtpaudit
