#include "sample/server/FaultInjector.h"

#include "sample/identity/IdentityPlatform.h"

namespace smtpaudit::sample {

FaultInjector::FaultInjector(FaultOptions options)
    : m_options(std::move(options))
    , m_random(m_options.seed)
{}

bool FaultInjector::appliesTo(const QString& path) const
{
    if (!m_options.pathPrefix.isEmpty() && !path.startsWith(m_options.pathPrefix))
        return false;
    // Exchange regional host discovery (GET /AdminApi/v1.0/{tenant}/EXOModuleFile) is spared like the token
    // endpoint: the client falls back to the default host on any failure anyway, and sparing it keeps the
    // seeded fault sequence of every other request what it was before the client started asking.
    if (path.startsWith(u"/AdminApi/v1.0/", Qt::CaseInsensitive) &&
        path.endsWith(u"/EXOModuleFile", Qt::CaseInsensitive))
        return false;
    return m_options.includeTokenEndpoint || !IdentityPlatform::ownsPath(path);
}

std::optional<FaultKind> FaultInjector::draw()
{
    const double roll = m_random.generateDouble();
    const std::pair<double, FaultKind> rates[] = {
        {m_options.tooManyRequestsRate, FaultKind::TooManyRequests},
        {m_options.serviceUnavailableRate, FaultKind::ServiceUnavailable},
        {m_options.connectionResetRate, FaultKind::ConnectionReset},
        {m_options.truncatedJsonRate, FaultKind::TruncatedJson},
        {m_options.malformedJsonRate, FaultKind::MalformedJson},
        {m_options.slowTrickleRate, FaultKind::SlowTrickle},
    };
    double cumulative = 0;
    for (const auto& [rate, kind] : rates) {
        cumulative += std::max(0.0, rate);
        if (roll < cumulative)
            return kind;
    }
    return std::nullopt;
}

QByteArray FaultInjector::truncated(const QByteArray& body)
{
    return body.left(body.size() / 2);
}

QByteArray FaultInjector::malformed(const QByteArray& body)
{
    QByteArray broken = body;
    const qsizetype colon = broken.indexOf("\":");
    if (colon >= 0)
        broken[colon + 1] = '=';
    else if (!broken.isEmpty())
        broken[0] = '<';
    else
        broken = "<";
    return broken;
}

} // namespace smtpaudit::sample
