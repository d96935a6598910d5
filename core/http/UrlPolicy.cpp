#include "http/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace smtpaudit::UrlPolicy {

bool isLoopbackHost(const QString& host)
{
    QString name = host.trimmed();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(name);
    if (address.isNull())
        return false;
    // QHostAddress::isLoopback covers 127.0.0.0/8, ::1 and IPv4-mapped loopback (::ffff:127.x.y.z).
    return address.isLoopback();
}

Status checkServiceUrl(const QUrl& url, const QString& what)
{
    const auto invalid = [&](const QString& message) {
        return Error::make(Error::Category::InvalidInput, message, url.toDisplayString(QUrl::RemoveUserInfo), what);
    };
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return invalid(QCoreApplication::translate("UrlPolicy", "%1 is not an absolute URL.").arg(what));
    if (!url.userInfo().isEmpty())
        return invalid(
            QCoreApplication::translate("UrlPolicy", "%1 must not contain a user name or password.").arg(what));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return Success{};
    if (scheme == u"http"_s) {
        if (isLoopbackHost(url.host()))
            return Success{};
        return invalid(QCoreApplication::translate("UrlPolicy",
                                                   "%1 uses plain http:// to a host that is not this computer. "
                                                   "Use https:// (http:// is accepted only for 127.0.0.1, ::1 "
                                                   "and localhost).")
                           .arg(what));
    }
    return invalid(QCoreApplication::translate("UrlPolicy", "%1 must be an https:// URL.").arg(what));
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& url) { return url.scheme().toLower() == u"http"_s ? 80 : 443; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

} // namespace smtpaudit::UrlPolicy
