#include "http/RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit {

std::chrono::milliseconds RetryPolicy::backoff(int retry, QRandomGenerator& random) const
{
    const qint64 base = std::max<qint64>(1, baseDelay.count());
    const qint64 cap = std::max<qint64>(base, maxDelay.count());
    // 2^retry without overflow: stop doubling once the cap is reached.
    qint64 ceiling = base;
    for (int i = 0; i < retry && ceiling < cap; ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, cap);
    const qint64 half = ceiling / 2;
    const qint64 jitter = half > 0 ? static_cast<qint64>(random.bounded(static_cast<quint64>(half) + 1)) : 0;
    return std::chrono::milliseconds(ceiling - half + jitter);
}

std::chrono::milliseconds RetryPolicy::delayBeforeRetry(int retry, std::optional<std::chrono::milliseconds> retryAfter,
                                                        QRandomGenerator& random) const
{
    if (retryAfter)
        return *retryAfter;
    return backoff(retry, random);
}

bool isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 503 || httpStatus == 504;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = true;
    for (const char c : text)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) {
        bool ok = false;
        const qint64 seconds = text.size() <= 9 ? text.toLongLong(&ok) : 0;
        if (!ok)
            return std::nullopt;
        return std::chrono::milliseconds(seconds * 1000);
    }
    // IMF-fixdate is the only form servers may generate (RFC 9110 5.6.7); always English names and GMT.
    const QString string = QString::fromLatin1(text);
    if (!string.endsWith(u" GMT"_s))
        return std::nullopt;
    QDateTime when = QLocale::c().toDateTime(string.chopped(4), u"ddd, dd MMM yyyy HH:mm:ss"_s);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    const qint64 ms = now.msecsTo(when);
    return std::chrono::milliseconds(std::max<qint64>(0, ms));
}

} // namespace smtpaudit
