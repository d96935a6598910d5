#pragma once

#include "sample/SampleHttp.h"
#include "sample/server/SampleServerOptions.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace smtpaudit::sample {

// Graph's service-specific limits for the paths the audit reads (ThrottlingOptions). Only authenticated
// requests count: Microsoft evaluates limits per app and tenant, which an anonymous request does not have.
class Throttler
{
public:
    enum class Category
    {
        Reports,           // /v1.0|beta/auditLogs/*, /v1.0|beta/reports/*
        ConditionalAccess, // /v1.0|beta/identity/conditionalAccess/*, identityProtection/*
        General,
    };

    struct Decision
    {
        bool throttled = false;
        std::optional<int> retryAfterSeconds; // absent for Conditional Access, as documented
    };

    Throttler(ThrottlingOptions options, SampleClock clock);

    static Category categorize(const QString& path);
    Decision check(const HttpRequest& request);

private:
    Decision slidingWindow(const QString& key, int limit, int windowMs, qint64 nowMs, bool sendRetryAfter);
    Decision tokenBucket(const QString& key, qint64 nowMs);

    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    ThrottlingOptions m_options;
    SampleClock m_clock;
    QHash<QString, QList<qint64>> m_windows; // key -> times of the admitted requests in the window
    QHash<QString, Bucket> m_buckets;
};

} // namespace smtpaudit::sample
