#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

class QRandomGenerator;

namespace smtpaudit {

// When and how often a request is sent again. Graph and the Exchange admin API ask clients to wait
// `Retry-After` seconds on 429/503 and otherwise to back off exponentially (learn.microsoft.com/graph/
// throttling); Conditional Access endpoints throttle without a Retry-After, so the backoff must be able
// to stand on its own.
struct RetryPolicy
{
    int maxAttempts = 6; // the first try included
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30000};

    // Exponential backoff with "equal jitter": half of base*2^retry is fixed, the other half random, so
    // parallel clients spread out yet no wait collapses to zero. `retry` counts from 0 (first retry).
    std::chrono::milliseconds backoff(int retry, QRandomGenerator& random) const;

    // The wait before retry number `retry`: the server's Retry-After when it gave one (never shortened),
    // otherwise the backoff.
    std::chrono::milliseconds delayBeforeRetry(int retry, std::optional<std::chrono::milliseconds> retryAfter,
                                               QRandomGenerator& random) const;

    bool mayRetry(int attemptsMade) const { return attemptsMade < maxAttempts; }
};

// Statuses that mean "try again later" whatever the method: 429 Too Many Requests, 503 Service
// Unavailable, 504 Gateway Timeout.
bool isRetryableStatus(int httpStatus);

// RFC 9110 section 10.2.3: delay-seconds or an HTTP-date (IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT").
// A date in the past means "now" (0). Anything else: std::nullopt.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now);

} // namespace smtpaudit
