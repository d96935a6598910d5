#include "sample/server/Throttler.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

Throttler::Throttler(ThrottlingOptions options, SampleClock clock)
    : m_options(options)
    , m_clock(std::move(clock))
{}

Throttler::Category Throttler::categorize(const QString& path)
{
    // Graph paths are case-insensitive; GDC includes/throttling-aad-reports.md and
    // includes/throttling-identityprotection-ca.md name the resources.
    static const QRegularExpression reports(u"^/(v1\\.0|beta)/(auditLogs|reports)(/|$)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression conditionalAccess(
        u"^/(v1\\.0|beta)/(identity/conditionalAccess|identityProtection|riskyUsers|riskDetections)(/|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (reports.match(path).hasMatch())
        return Category::Reports;
    if (conditionalAccess.match(path).hasMatch())
        return Category::ConditionalAccess;
    return Category::General;
}

Throttler::Decision Throttler::check(const HttpRequest& request)
{
    if (!m_options.enabled || !request.token)
        return {};
    const qint64 nowMs = clockNow(m_clock).toMSecsSinceEpoch();
    const AccessTokenClaims& token = *request.token;
    switch (categorize(request.path)) {
    case Category::Reports:
        return slidingWindow(u"reports/"_s + token.tenantId + u'/' + token.appId, m_options.reportsLimit,
                             m_options.reportsWindowMs, nowMs, true);
    case Category::ConditionalAccess:
        return slidingWindow(u"ca/"_s + token.tenantId, m_options.conditionalAccessLimit,
                             m_options.conditionalAccessWindowMs, nowMs, false);
    case Category::General:
        if (m_options.generalBucketEnabled)
            return tokenBucket(token.tenantId + u'/' + token.appId, nowMs);
        return {};
    }
    return {};
}

Throttler::Decision Throttler::slidingWindow(const QString& key, int limit, int windowMs, qint64 nowMs,
                                             bool sendRetryAfter)
{
    QList<qint64>& admitted = m_windows[key];
    while (!admitted.isEmpty() && admitted.constFirst() + windowMs <= nowMs)
        admitted.removeFirst();
    if (admitted.size() < limit) {
        admitted.append(nowMs);
        return {};
    }
    Decision decision{true, std::nullopt};
    if (sendRetryAfter) {
        // Until the oldest admitted request leaves the window, in whole seconds, at least one.
        const qint64 waitMs = admitted.constFirst() + windowMs - nowMs;
        decision.retryAfterSeconds = std::max(1, static_cast<int>((waitMs + 999) / 1000));
    }
    return decision;
}

Throttler::Decision Throttler::tokenBucket(const QString& key, qint64 nowMs)
{
    const bool known = m_buckets.contains(key);
    Bucket& bucket = m_buckets[key];
    if (!known)
        bucket = {static_cast<double>(m_options.generalBucketCapacity), nowMs};
    const double refill = (nowMs - bucket.updatedMs) / 1000.0 * m_options.generalBucketRefillPerSecond;
    bucket.tokens = std::min<double>(m_options.generalBucketCapacity, bucket.tokens + std::max(0.0, refill));
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return {};
    }
    const double rate = std::max(m_options.generalBucketRefillPerSecond, 0.001);
    return {true, std::max(1, static_cast<int>(std::ceil((1.0 - bucket.tokens) / rate)))};
}

} // namespace smtpaudit::sample
