#include "exchange/ExoRegionalHost.h"

#include "exchange/ExchangeCommand.h"
#include "http/ApiClient.h"
#include "http/UrlPolicy.h"
#include "util/Logging.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace smtpaudit::ExoRegionalHost {
namespace {

struct Waiter
{
    QPointer<QObject> receiver;
    std::function<void()> then;
};

struct Entry
{
    bool known = false;
    QUrl base; // empty: the cloud's default
    std::vector<Waiter> waiting;
};

// Process-wide: the region of a tenant does not change during a run, and every collector of an audit (and a
// re-audit) shares one discovery. Keyed by Exchange host URL and tenant.
QMutex g_mutex;
QHash<QString, Entry>& cache()
{
    static QHash<QString, Entry> entries;
    return entries;
}

QString keyOf(const CollectorContext& context)
{
    return context.cloud.exchangeBase.toString(QUrl::StripTrailingSlash) + u'|' + context.tenantId.toLower();
}

void settle(const QString& key, const QUrl& base)
{
    std::vector<Waiter> waiting;
    {
        QMutexLocker lock(&g_mutex);
        Entry& entry = cache()[key];
        entry.known = true;
        entry.base = base;
        waiting = std::exchange(entry.waiting, {});
    }
    for (Waiter& waiter : waiting)
        if (waiter.receiver)
            QMetaObject::invokeMethod(waiter.receiver.data(), std::move(waiter.then), Qt::QueuedConnection);
}

} // namespace

QUrl discoveryUrl(const CloudEnvironment& cloud, const QString& tenantId)
{
    QUrl url = cloud.exchangeBase;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + u"AdminApi/v1.0/"_s + tenantId + u"/EXOModuleFile"_s);
    return url;
}

std::optional<QUrl> regionalBase(const QUrl& exchangeBase, const QUrl& location)
{
    if (!location.isValid() || location.host().isEmpty() || location.scheme() != exchangeBase.scheme())
        return std::nullopt;
    const QHostAddress literal(exchangeBase.host());
    if (!literal.isNull()) {
        if (!literal.isLoopback() || QHostAddress(location.host()) != literal)
            return std::nullopt;
        QUrl base = exchangeBase;
        base.setPort(location.port(exchangeBase.port()));
        return base;
    }
    // ScubaGear: the first label of the Location host.
    const QString prefix = location.host().section(u'.', 0, 0).toLower();
    static const QRegularExpression label(u"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"_s);
    if (!label.match(prefix).hasMatch())
        return std::nullopt;
    QUrl base = exchangeBase;
    base.setHost(prefix + u'.' + exchangeBase.host());
    return base;
}

QUrl exchangeBase(const CollectorContext& context)
{
    QMutexLocker lock(&g_mutex);
    const auto it = cache().constFind(keyOf(context));
    return it != cache().constEnd() && it->known && !it->base.isEmpty() ? it->base : context.cloud.exchangeBase;
}

QUrl invokeCommandUrl(const CollectorContext& context)
{
    CloudEnvironment cloud = context.cloud;
    cloud.exchangeBase = exchangeBase(context);
    return cloud.exchangeInvokeCommandUrl(context.tenantId);
}

QUrl batchUrl(const CollectorContext& context)
{
    CloudEnvironment cloud = context.cloud;
    cloud.exchangeBase = exchangeBase(context);
    return cloud.exchangeBatchUrl(context.tenantId);
}

bool isKnown(const CollectorContext& context)
{
    QMutexLocker lock(&g_mutex);
    const auto it = cache().constFind(keyOf(context));
    return it != cache().constEnd() && it->known;
}

void discover(const CollectorContext& context, QObject* receiver, std::function<void()> then)
{
    const QString key = keyOf(context);
    bool first = false;
    {
        QMutexLocker lock(&g_mutex);
        Entry& entry = cache()[key];
        if (!entry.known) {
            first = entry.waiting.empty();
            entry.waiting.push_back(Waiter{receiver, std::move(then)});
        } else {
            lock.unlock();
            QMetaObject::invokeMethod(receiver, std::move(then), Qt::QueuedConnection);
            return;
        }
    }
    if (!first)
        return;
    ApiClient* client = context.client.data();
    if (!client) {
        settle(key, {});
        return;
    }
    ApiRequest request = ApiRequest::get(discoveryUrl(context.cloud, context.tenantId));
    request.redirects = ApiRequest::Redirects::Return; // ScubaGear: redirects off, the Location is the answer
    request.expectJson = false;                        // a 200 carries the module file, not JSON
    request.deliverHttpErrors = true;                  // any answer but a 3xx keeps the default host
    // UNVERIFIED whether the endpoint needs the bearer token; the Exchange token goes only to the Exchange host.
    request.tokenScope = context.exchangeScope();
    request.setHeader("X-AnchorMailbox", ExchangeCommand::anchorMailbox(context));
    request.attemptTimeout = 30s;
    request.deadline = 60s;
    request.label = u"Exchange regional host discovery"_s;
    const QUrl defaultBase = context.cloud.exchangeBase;
    client->send(std::move(request), client, [key, defaultBase](ApiResult result) {
        QUrl base;
        if (result.ok() && result.value().status >= 300 && result.value().status < 400) {
            const QUrl location = result.value().url.resolved(
                QUrl::fromEncoded(result.value().header("Location").trimmed(), QUrl::StrictMode));
            if (const std::optional<QUrl> regional = regionalBase(defaultBase, location))
                base = *regional;
            else
                qCWarning(lcExchange) << "Exchange regional host discovery: redirect to an untrusted host ignored";
        }
        settle(key, base);
    });
}

void clearCache()
{
    QMutexLocker lock(&g_mutex);
    cache().clear();
}

} // namespace smtpaudit::ExoRegionalHost
